import type { Db } from '../../db/client.js';
import { demoTomorrowTheorySittingId } from '../plans/plans.reads.js';
import { AppError } from '../../http/errors.js';
import { actorOf } from '../plans/plans.demo.js';
import { prepareSitting, setExamMode } from './prepare.service.js';

/** The theory sitting of the demo's 明日开考 batch (数控机床装调维修工 四级), or null outside the demo. */
export async function demoTomorrowTheorySitting(db: Db): Promise<string | null> {
  return demoTomorrowTheorySittingId(db);
}

/**
 * R-EXAM-02 demo: the 明日开考 theory sitting is computer-based and prepared by the exam administrator `kaowu`
 * (its 30 per-candidate forms are published by itembank/papers.demo.ts). Demo mode, first start only; a demo
 * without the forms stays on paper.
 */
export async function seedDemoCbt(db: Db): Promise<string | null> {
  const sittingId = await demoTomorrowTheorySitting(db);
  if (!sittingId) return null;
  const actor = await actorOf(db, 'kaowu');
  try {
    await setExamMode(db, { actor, sittingId, mode: 'computer' });
    await prepareSitting(db, { actor, sittingId });
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    return null;
  }
  return sittingId;
}
