import { eq } from 'drizzle-orm';
import { users } from '../../db/schema/index.js';
import type { Actor } from '../../http/access.js';
import type { TestApp, TestClient } from '../../test/harness.js';
import { collegeIdsOf } from '../arrangement/arrangement.testkit.js';
import { makeResultsFinal, startPublicity } from '../publicity/publicity.service.js';
import { resultsBatch, type Candidate, type ResultsBatch } from '../publicity/publicity.testkit.js';

/**
 * Data of the certificates tests (not a test file): a batch whose results became final through publicity (a window
 * from Monday 2026-09-28, final on 2026-10-10, R-PUB-01), with the default candidates: one pass, two fails.
 */

export async function actorOf(t: TestApp, username: string): Promise<Actor> {
  const [u] = await t.database.db.select().from(users).where(eq(users.username, username));
  return { userId: u.id, username, displayName: u.displayName, role: u.role, collegeId: u.collegeId, ip: null };
}

export const PASSING: Candidate[] = [
  { name: '证书甲', theory: 78, skill: 85 },
  { name: '证书乙', theory: 90, skill: 66 },
  { name: '证书丙', theory: 40, skill: 70 },
];

/** A batch with signed results made final (R-PUB-01); `final: false` leaves the window open. */
export async function finalBatch(
  t: TestApp,
  admin: TestClient,
  opts: { candidates?: Candidate[]; final?: boolean } = {},
): Promise<ResultsBatch> {
  const rb = await resultsBatch(t, admin, (await collegeIdsOf(t)).JD, { candidates: opts.candidates ?? PASSING });
  const actor = await actorOf(t, 'zhuren');
  await startPublicity(t.database.db, { actor, batchId: rb.batchId, today: '2026-09-28' });
  if (opts.final !== false) await makeResultsFinal(t.database.db, { actor, batchId: rb.batchId, today: '2026-10-10' });
  return rb;
}
