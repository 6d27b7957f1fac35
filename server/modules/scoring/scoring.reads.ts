// What other modules may read of scoring (docs/ARCHITECTURE.md, "Module boundaries"): a batch's results as they
// count now (publicity publishes them; certificates issue from the final ones). Functions of the database or the
// caller's transaction, no actor, returning plain objects.
import { inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { scoreSheets, violationRulings } from '../../db/schema/index.js';
import { violationClauseByCode } from '../../../shared/exams.js';
import { scorePartNames } from '../../../shared/scoring.js';
import { violationsOfPersons } from '../exams/exams.reads.js';
import { sittingsWithBatchTitles } from '../plans/plans.reads.js';
import { computeBatchResults, type CandidateResult } from './results.store.js';
import { effectOf } from './violations.rules.js';
import { readScoringSettings } from './scoring.store.js';
import { addDays } from '../../../shared/dates.js';

export type { CandidateResult };

/**
 * R-SCORE-01…04: the results of a batch. `signedOff`: every sitting's 成绩登记表 is signed (R-SCORE-04). Live: a
 * correction approved after sign-off shows at once.
 */
export async function resultsOfBatch(
  db: DbOrTx,
  batchId: string,
): Promise<{ signedOff: boolean; results: CandidateResult[] }> {
  const r = await computeBatchResults(db, batchId);
  return { signedOff: r.signedOff, results: r.results };
}

/** R-SCORE-03: a part a candidate passed while failing the other, kept for a retake of that other part alone. */
export interface KeptPart {
  applicationId: string;
  personId: string;
  level: number;
  part: 'theory' | 'skill';
  score: number | null;
  passedOn: string;
  /** The last day it counts: `passedOn` + the carry-over days (365 by default; `carryValid`). */
  validUntil: string;
}

/**
 * R-SCORE-03: of a batch's results, the theory or skill parts passed here by candidates who did not pass (a
 * cancelled result keeps nothing: its parts are cancelled). A part carried into this batch is not kept again: it
 * keeps its first day.
 */
export async function keptPartsOf(db: DbOrTx, results: readonly CandidateResult[]): Promise<KeptPart[]> {
  const { carryDays } = await readScoringSettings(db);
  return results
    .filter((r) => r.outcome === 'fail')
    .flatMap((r) =>
      r.parts.flatMap((p) =>
        (p.part === 'theory' || p.part === 'skill') && p.passed && p.state === 'scored' && p.day
          ? [
              {
                applicationId: r.applicationId,
                personId: r.personId,
                level: r.level,
                part: p.part,
                score: p.score,
                passedOn: p.day,
                validUntil: addDays(p.day, carryDays),
              },
            ]
          : [],
      ),
    );
}

/** A violation as its candidate is told of it (R-VIOL-01…04): what, its effect, and the centre's ruling. */
export interface ViolationNotice {
  violationId: string;
  batchTitle: string;
  part: string;
  clause: string;
  tier: number;
  occurredAt: string;
  effect: string;
  ruling: 'upheld' | 'overturned' | null;
  reason: string | null;
  banUntil: string | null;
}

/** The violations recorded against the persons of `personIds`, with their effect and ruling, latest first. */
export async function violationNoticesOfPersons(db: DbOrTx, personIds: readonly string[]): Promise<ViolationNotice[]> {
  const violations = await violationsOfPersons(db, personIds);
  if (!violations.length) return [];
  const [sittings, rulings] = await Promise.all([
    sittingsWithBatchTitles(db, [...new Set(violations.map((v) => v.sittingId))]),
    db
      .select()
      .from(violationRulings)
      .where(
        inArray(
          violationRulings.violationId,
          violations.map((v) => v.id),
        ),
      ),
  ]);
  const sittingOf = new Map(sittings.map((s) => [s.id, s]));
  const rulingOf = new Map(rulings.map((r) => [r.violationId, r]));
  return violations.map((v) => {
    const s = sittingOf.get(v.sittingId);
    const part = scorePartNames[s?.kind ?? 'theory'];
    const r = rulingOf.get(v.id);
    return {
      violationId: v.id,
      batchTitle: s?.batchTitle ?? '',
      part,
      clause: violationClauseByCode.get(v.clause)?.name ?? v.clause,
      tier: v.tier,
      occurredAt: v.occurredAt,
      effect: r?.state === 'overturned' ? '已撤销，不影响成绩' : effectOf(v.tier, part),
      ruling: r?.state ?? null,
      reason: r?.reason ?? null,
      banUntil: r?.banUntil ?? null,
    };
  });
}

/** Whether each sitting's score sheet is signed off by the group leader and the recorder (R-SCORE-04). */
export async function scoreSheetStates(
  db: DbOrTx,
  sittingIds: readonly string[],
): Promise<{ sittingId: string; signed: boolean }[]> {
  if (!sittingIds.length) return [];
  const rows = await db
    .select({ sittingId: scoreSheets.sittingId, signedAt: scoreSheets.signedAt })
    .from(scoreSheets)
    .where(inArray(scoreSheets.sittingId, [...sittingIds]));
  return sittingIds.map((id) => ({ sittingId: id, signed: !!rows.find((r) => r.sittingId === id)?.signedAt }));
}
