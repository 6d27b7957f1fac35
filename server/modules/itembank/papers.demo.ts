import type { Db } from '../../db/client.js';

/** The demo's assembly plan and published paper (after the demo items exist). */
export async function seedDemoPapers(db: Db) {
  void db;
}
