// The centre's scoring pages: the batches with sittings to score and how far each sheet is, a batch's results
// (R-SCORE-01…03 with the violations' effects), and the scoring settings (pass marks, tolerances, carry-over).
import type { Db } from '../../db/client.js';
import { scoringSettings } from '../../db/schema/index.js';
import { authorize, type Actor } from '../../http/access.js';
import { AppError } from '../../http/errors.js';
import { batchStateNames } from '../../../shared/plans.js';
import {
  outcomeNames,
  partStateNames,
  scorePartNames,
  type BatchResults,
  type ScoringSettings,
} from '../../../shared/scoring.js';
import { recordAudit } from '../audit/audit.service.js';
import { batchesForResults, sittingsOfBatches } from '../plans/plans.reads.js';
import { computeBatchResults } from './results.store.js';
import { loadSittingScores, readScoringSettings } from './scoring.store.js';

const SCORING_STATES = ['arranged', 'examining', 'publicity', 'archived'] as const;

export async function listScoringBatches(db: Db, opts: { actor: Actor | null }) {
  authorize(opts.actor, 'scoring.manage');
  const batches = (await batchesForResults(db, { states: SCORING_STATES })).slice(0, 50);
  const sittings = await sittingsOfBatches(
    db,
    batches.map((b) => b.id),
  );
  const rows = await Promise.all(
    sittings.map(async (s) => {
      const ss = await loadSittingScores(db, s.id);
      return {
        batchId: s.batchId,
        sittingId: s.id,
        kind: s.kind,
        kindName: scorePartNames[s.kind],
        day: s.day,
        startsAt: s.startsAt,
        endsAt: s.endsAt,
        candidates: ss.candidates.length,
        entered: ss.candidates.filter((c) => c.absent || c.score !== null || c.exempt).length,
        signedAt: ss.sheet.signedAt?.toISOString() ?? null,
      };
    }),
  );
  const items = batches.map((b) => ({
    batchId: b.id,
    title: b.title,
    state: b.state,
    stateName: batchStateNames[b.state],
    sittings: rows.filter((r) => r.batchId === b.id).map(({ batchId: _, ...r }) => r),
  }));
  return { items };
}

export async function getResults(db: Db, opts: { actor: Actor | null; batchId: string }): Promise<BatchResults> {
  authorize(opts.actor, 'scoring.manage');
  const [batch] = await batchesForResults(db, { ids: [opts.batchId] });
  if (!batch) throw new AppError('NOT_FOUND', '未找到该认定批次');
  const r = await computeBatchResults(db, opts.batchId);
  const counts: Record<string, number> = { total: r.results.length, pass: 0, fail: 0, cancelled: 0, incomplete: 0 };
  for (const x of r.results) counts[x.outcome] += 1;
  return {
    batchId: r.batchId,
    title: r.title,
    signedOff: r.signedOff,
    counts,
    rows: r.results.map((x) => ({
      applicationId: x.applicationId,
      name: x.name,
      idMasked: x.idMasked,
      ticketNumber: x.ticketNumber,
      level: x.level,
      parts: x.parts.map((p) => ({ part: p.part, state: p.state, score: p.score, stateName: partStateNames[p.state] })),
      outcome: x.outcome,
      outcomeName: outcomeNames[x.outcome],
      reasons: x.reasons,
    })),
  };
}

export async function getScoringSettings(db: Db, opts: { actor: Actor | null }) {
  authorize(opts.actor, 'scoring.read');
  return readScoringSettings(db);
}

export async function saveScoringSettings(db: Db, opts: { actor: Actor | null; data: ScoringSettings }) {
  authorize(opts.actor, 'scoring.approve');
  const actor = opts.actor;
  await db.transaction(async (tx) => {
    const before = await readScoringSettings(tx);
    await tx
      .insert(scoringSettings)
      .values({ id: 1, settings: opts.data, updatedBy: actor.userId })
      .onConflictDoUpdate({
        target: scoringSettings.id,
        set: { settings: opts.data, updatedBy: actor.userId, updatedAt: new Date() },
      });
    await recordAudit(tx, actor, {
      action: 'update',
      entity: 'scoring_settings',
      entityId: '1',
      before,
      after: opts.data,
    });
  });
  return readScoringSettings(db);
}
