import type { Db } from '../../db/client.js';
import { seedDemoPapers } from './papers.demo.js';

/**
 * The demo centre's item bank (demo mode, first start only): blueprints, items, then the plan and the published
 * paper (`papers.demo.ts`).
 */
export async function seedDemoItemBank(db: Db) {
  await seedDemoPapers(db);
}
