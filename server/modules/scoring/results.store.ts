// A batch's results (R-SCORE-01/02/03, R-VIOL-01…04): every sitting's scores as they count now, the violations in
// effect (those not overturned), and the passed parts carried from an earlier batch, through `computeResult`.
import { inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { scoreSheets, violationRulings } from '../../db/schema/index.js';
import type { Outcome, PartState, ScorePart } from '../../../shared/scoring.js';
import { violationsOfBatch } from '../exams/exams.reads.js';
import { personsByIds } from '../people/people.reads.js';
import { batchesForRegistration, sittingsByIds, sittingsOfBatches } from '../plans/plans.reads.js';
import { applicationsOfPersons, approvedCandidatesOfBatches } from '../registration/registration.reads.js';
import { carryValid, computeResult, type PartInput, type ViolationInput } from './results.rules.js';
import { loadSittingScores, readScoringSettings, storedEntries, type CandidateScore } from './scoring.store.js';

export interface CandidateResult {
  applicationId: string;
  personId: string;
  level: number;
  name: string;
  idMasked: string;
  ticketNumber: string | null;
  outcome: Outcome;
  /** `passed` and the sitting's `day` say which parts R-SCORE-03 keeps for a retake of the other part alone. */
  parts: { part: ScorePart; state: PartState; score: number | null; passed: boolean; day: string | null }[];
  reasons: string[];
}

export interface BatchResultSet {
  batchId: string;
  title: string;
  /** R-SCORE-04: every sitting's 成绩登记表 signed by the leader and the recorder. */
  signedOff: boolean;
  results: CandidateResult[];
}

export async function computeBatchResults(db: DbOrTx, batchId: string, now = new Date()): Promise<BatchResultSet> {
  const [[batch], sittings, candidates, settings, violations] = await Promise.all([
    batchesForRegistration(db, [batchId]),
    sittingsOfBatches(db, [batchId]),
    approvedCandidatesOfBatches(db, [batchId]),
    readScoringSettings(db),
    violationsOfBatch(db, batchId),
  ]);
  const perSitting = await Promise.all(sittings.map((s) => loadSittingScores(db, s.id, now)));
  const sheets = sittings.length
    ? await db
        .select({ sittingId: scoreSheets.sittingId, signedAt: scoreSheets.signedAt })
        .from(scoreSheets)
        .where(
          inArray(
            scoreSheets.sittingId,
            sittings.map((s) => s.id),
          ),
        )
    : [];
  const signed = new Set(sheets.filter((s) => s.signedAt).map((s) => s.sittingId));
  const rulings = violations.length
    ? await db
        .select()
        .from(violationRulings)
        .where(
          inArray(
            violationRulings.violationId,
            violations.map((v) => v.id),
          ),
        )
    : [];
  const overturned = new Set(rulings.filter((r) => r.state === 'overturned').map((r) => r.violationId));
  const kindOf = new Map(sittings.map((s) => [s.id, s.kind]));
  const held = [...new Set(sittings.map((s) => s.kind))];
  const dayOfKind = new Map<ScorePart, string>();
  for (const s of sittings) if (!dayOfKind.has(s.kind)) dayOfKind.set(s.kind, s.day);

  // Who is where: a candidate's score per part (a part may be split over several sittings: the one it sat).
  const byApp = new Map<string, Map<ScorePart, { c: CandidateScore; day: string }>>();
  perSitting.forEach((ss) => {
    for (const c of ss.candidates) {
      const m = byApp.get(c.applicationId) ?? new Map();
      const had = m.get(ss.part);
      if (!had || (had.c.score === null && !had.c.absent && !had.c.exempt)) m.set(ss.part, { c, day: ss.sitting.day });
      byApp.set(c.applicationId, m);
    }
  });

  // R-SCORE-03: parts a candidate has no seat or score for here, carried from an earlier batch of the same
  // occupation and level when passed there within `carryDays`.
  const lacking = candidates.filter((a) => held.some((k) => !byApp.get(a.id)?.has(k)));
  const carried = new Map<string, Map<ScorePart, { score: number; day: string }>>();
  if (lacking.length && batch) {
    const others = (
      await applicationsOfPersons(
        db,
        lacking.map((a) => a.personId),
      )
    ).filter((o) => o.batchId !== batchId && o.status === 'approved');
    const otherBatches = await batchesForRegistration(db, [...new Set(others.map((o) => o.batchId))]);
    const sameOcc = new Set(otherBatches.filter((b) => b.occupationId === batch.occupationId).map((b) => b.id));
    const relevant = others.filter((o) => sameOcc.has(o.batchId));
    const otherSittings = await sittingsOfBatches(db, [...sameOcc]);
    const entries = await storedEntries(
      db,
      otherSittings.map((s) => s.id),
      relevant.map((o) => o.id),
    );
    const signedOther = new Set(
      (otherSittings.length
        ? await db
            .select({ sittingId: scoreSheets.sittingId, signedAt: scoreSheets.signedAt })
            .from(scoreSheets)
            .where(
              inArray(
                scoreSheets.sittingId,
                otherSittings.map((s) => s.id),
              ),
            )
        : []
      )
        .filter((s) => s.signedAt)
        .map((s) => s.sittingId),
    );
    const sittingOf = new Map(
      (await sittingsByIds(db, [...new Set(entries.map((e) => e.sittingId))])).map((s) => [s.id, s]),
    );
    for (const a of lacking) {
      const mine = relevant.filter((o) => o.personId === a.personId && o.level === a.level).map((o) => o.id);
      for (const e of entries) {
        const s = sittingOf.get(e.sittingId);
        if (!s || !mine.includes(e.applicationId) || !signedOther.has(s.id) || e.absent === 'yes' || e.score === null)
          continue;
        const on = dayOfKind.get(s.kind);
        if (!on || !carryValid(s.day, on, settings.carryDays)) continue;
        const m = carried.get(a.id) ?? new Map();
        const had = m.get(s.kind);
        if (!had || had.day < s.day) m.set(s.kind, { score: e.score, day: s.day });
        carried.set(a.id, m);
      }
    }
  }

  const results: CandidateResult[] = candidates.map((a) => {
    const mine = byApp.get(a.id) ?? new Map();
    const parts: PartInput[] = held.map((part) => {
      const here = mine.get(part);
      return {
        part,
        day: here?.day ?? dayOfKind.get(part) ?? null,
        entry:
          here && (here.c.absent || here.c.score !== null || here.c.exempt)
            ? { absent: here.c.absent, score: here.c.score, exempt: here.c.exempt }
            : null,
        carried: here ? null : (carried.get(a.id)?.get(part) ?? null),
      };
    });
    const vs: ViolationInput[] = violations
      .filter((v) => v.applicationId === a.id && !overturned.has(v.id))
      .map((v) => ({ tier: v.tier, part: kindOf.get(v.sittingId) ?? 'theory' }));
    const r = computeResult({ level: a.level, parts, violations: vs, settings });
    const any = [...mine.values()][0]?.c;
    return {
      applicationId: a.id,
      personId: a.personId,
      level: a.level,
      name: any?.name ?? '',
      idMasked: any?.idMasked ?? '',
      ticketNumber: any?.ticketNumber ?? null,
      outcome: r.outcome,
      parts: r.parts.map((p) => ({
        part: p.part,
        state: p.state,
        score: p.score,
        passed: p.passed,
        day: mine.get(p.part)?.day ?? null,
      })),
      reasons: r.reasons,
    };
  });
  const nameless = results.filter((r) => !r.name);
  if (nameless.length) {
    const people = new Map(
      (
        await personsByIds(
          db,
          nameless.map((r) => r.personId),
        )
      ).map((p) => [p.id, p]),
    );
    for (const r of nameless) {
      r.name = people.get(r.personId)?.name ?? '';
      r.idMasked = people.get(r.personId)?.idMasked ?? '';
    }
  }
  return {
    batchId,
    title: batch?.title ?? '',
    signedOff: sittings.length > 0 && sittings.every((s) => signed.has(s.id)),
    results,
  };
}
