import { and, eq } from 'drizzle-orm';
import { batchSittings, batches, persons, scoreEntries, scoreSheets } from '../../db/schema/index.js';
import type { TestApp, TestClient } from '../../test/harness.js';
import { maskIdNumber } from '../../../shared/idcard.js';
import { makeIdNumber } from '../people/people.testkit.js';
import { makeApplication } from '../arrangement/arrangement.testkit.js';
import { batchBodyFor, okJson } from '../plans/plans.testkit.js';

/**
 * Data of the publicity tests (not a test file): a 电工 level-4 batch in 考试中 with a theory and a skill sitting,
 * approved candidates with sealed ID numbers, and the scores scoring reads (score_entries) on 成绩登记表 signed or not
 * (score_sheets.signedAt), written directly.
 */

let seq = 1;

export interface Candidate {
  name: string;
  /** A score, 缺考, or null: nothing entered (the result is incomplete). */
  theory: number | 'absent' | null;
  skill: number | 'absent' | null;
}

export interface ResultsBatch {
  batchId: string;
  title: string;
  sittingIds: string[];
  candidates: { personId: string; applicationId: string; name: string; idNumber: string }[];
}

export const DEFAULT_CANDIDATES: Candidate[] = [
  { name: '公示甲', theory: 78, skill: 85 },
  { name: '公示乙', theory: 59.5, skill: 90 },
  { name: '公示丙', theory: 'absent', skill: 70 },
];

/** A batch in 考试中 whose scores are entered and, with `signed` (default), signed off (R-SCORE-04). */
export async function resultsBatch(
  t: TestApp,
  admin: TestClient,
  collegeId: string,
  opts: { candidates?: Candidate[]; signed?: boolean; personIds?: string[] } = {},
): Promise<ResultsBatch> {
  const n = seq++;
  const title = `电工公示测试 ${n}-${Math.random().toString(36).slice(2, 6)}`;
  const b = await okJson(admin.post('/api/v1/batches', batchBodyFor(collegeId, { examDay: '2026-09-10', title })));
  const db = t.database.db;
  await db.update(batches).set({ state: 'examining' }).where(eq(batches.id, b.id));
  const sittings = await db.select().from(batchSittings).where(eq(batchSittings.batchId, b.id));
  const pii = t.app.ctx.pii;
  const out: ResultsBatch['candidates'] = [];
  const list = opts.candidates ?? DEFAULT_CANDIDATES;
  for (const [i, c] of list.entries()) {
    let personId = opts.personIds?.[i];
    const idNumber = makeIdNumber('2004-05-06', (n * 37 + i) % 1000);
    if (!personId) {
      const [p] = await db
        .insert(persons)
        .values({
          name: c.name,
          gender: 'male',
          idType: 'resident',
          idCipher: pii.encrypt(idNumber),
          idHash: `pub-test-${n}-${i}-${Math.random()}`,
          idMasked: maskIdNumber(idNumber),
          kind: 'student',
          collegeId,
        })
        .returning();
      personId = p.id;
    }
    const applicationId = await makeApplication(t, { batchId: b.id, personId, collegeId });
    out.push({ personId, applicationId, name: c.name, idNumber });
    for (const s of sittings) {
      const v = s.kind === 'theory' ? c.theory : c.skill;
      if (v === null) continue;
      await db.insert(scoreEntries).values({
        sittingId: s.id,
        applicationId,
        absent: v === 'absent' ? 'yes' : 'no',
        score: v === 'absent' ? null : v,
        source: 'entry',
      });
    }
  }
  for (const s of sittings)
    await db
      .insert(scoreSheets)
      .values({ sittingId: s.id, signedAt: opts.signed === false ? null : new Date() })
      .onConflictDoNothing();
  return { batchId: b.id, title, sittingIds: sittings.map((s) => s.id), candidates: out };
}

/** Changes one candidate's score of a sitting kind (a correction after sign-off, as scoring would write it). */
export async function correctScore(
  t: TestApp,
  rb: ResultsBatch,
  applicationId: string,
  kind: 'theory' | 'skill',
  score: number,
) {
  const sittings = await t.database.db.select().from(batchSittings).where(eq(batchSittings.batchId, rb.batchId));
  const s = sittings.find((x) => x.kind === kind)!;
  await t.database.db
    .update(scoreEntries)
    .set({ score, absent: 'no', source: 'correction' })
    .where(and(eq(scoreEntries.sittingId, s.id), eq(scoreEntries.applicationId, applicationId)));
}
