// 成绩公示 (R-PUB-01) for the centre: the window's length (a setting), the batches whose results are ready, in
// publicity or final, starting a window (R-DAYS-01) and making the results final.
import { eq } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.js';
import { publicityObjections, publicitySettings, publicityWindows } from '../../db/schema/index.js';
import { authorize, type Actor } from '../../http/access.js';
import { AppError, notFound } from '../../http/errors.js';
import { batchStateNames } from '../../../shared/plans.js';
import {
  publicityStageNames,
  type PublicityBatch,
  type PublicityDetail,
  type PublicitySettings,
  type PublicityStage,
} from '../../../shared/publicity.js';
import { chinaToday } from '../../../shared/dates.js';
import { recordAudit } from '../audit/audit.service.js';
import { loadWorkCalendar } from '../calendar/calendar.service.js';
import type { WorkCalendar } from '../calendar/calendar.rules.js';
import { publishResults } from '../plans/batch.service.js';
import { batchesForResults, type BatchForResults } from '../plans/plans.reads.js';
import { keptPartsOf, resultsOfBatch, type CandidateResult } from '../scoring/scoring.reads.js';
import { recordKeptParts } from '../registration/kept-parts.service.js';
import { finalFrom, finalRefusal, publicityWindow } from './publicity.rules.js';
import {
  composeEntries,
  entryChanged,
  loadPublicitySettings,
  objectionCounts,
  openObjectionCount,
  storedEntries,
  windowOf,
  windowsOf,
  type StoredEntry,
  type WindowRow,
} from './publicity.store.js';
import { presentEntry, presentObjection, presentWindow, userNames } from './publicity.present.js';

type Opts = { actor: Actor | null; today?: string };

export async function getPublicitySettings(db: Db, opts: Opts) {
  authorize(opts.actor, 'publicity.read');
  return loadPublicitySettings(db);
}

/** R-PUB-01: the window's working days, the head's setting (≥ 5, checked by the schema). */
export async function putPublicitySettings(db: Db, opts: Opts & { data: PublicitySettings }) {
  authorize(opts.actor, 'publicity.settings');
  const actor = opts.actor;
  return db.transaction(async (tx) => {
    const before = await loadPublicitySettings(tx);
    const values = { settings: { days: opts.data.workingDays }, updatedAt: new Date(), updatedBy: actor.userId };
    await tx
      .insert(publicitySettings)
      .values({ id: 1, ...values })
      .onConflictDoUpdate({ target: publicitySettings.id, set: values });
    const after = await loadPublicitySettings(tx);
    await recordAudit(tx, actor, {
      action: 'update',
      entity: 'publicity_settings',
      entityId: null,
      before: { workingDays: before.workingDays },
      after: { workingDays: after.workingDays },
    });
    return after;
  });
}

/** Why a batch's results cannot be publicised yet (R-SCORE-04 sign-off, every result complete), in Chinese. */
function blockersOf(signedOff: boolean, results: readonly CandidateResult[]): string[] {
  const out: string[] = [];
  if (!results.length) out.push('本批次尚无考生成绩');
  if (!signedOff) out.push('成绩登记表尚未全部签字');
  const incomplete = results.filter((r) => r.outcome === 'incomplete').length;
  if (incomplete) out.push(`有 ${incomplete} 名考生成绩未齐`);
  return out;
}

const safeFinalFrom = (cal: WorkCalendar, w: WindowRow) => {
  try {
    return finalFrom(cal, w);
  } catch (e) {
    if (e instanceof AppError) return null; // CALENDAR_MISSING: the next year is not loaded yet
    throw e;
  }
};

function stageOf(w: WindowRow | null, blockers: string[], today: string): PublicityStage {
  if (!w) return blockers.length ? 'not_ready' : 'ready';
  if (w.state === 'final') return 'final';
  return today > w.endsOn ? 'ended' : 'open';
}

async function summarize(
  db: DbOrTx,
  batches: BatchForResults[],
  today: string,
): Promise<{ items: PublicityBatch[]; windows: Map<string, WindowRow>; live: Map<string, CandidateResult[]> }> {
  const ids = batches.map((b) => b.id);
  const [windows, counts, cal] = await Promise.all([
    windowsOf(db, ids),
    objectionCounts(db, ids),
    loadWorkCalendar(db),
  ]);
  const byBatch = new Map(windows.map((w) => [w.batchId, w]));
  const names = await userNames(
    db,
    windows.flatMap((w) => [w.publishedBy, w.finalBy]),
  );
  const live = new Map<string, CandidateResult[]>();
  const items: PublicityBatch[] = [];
  for (const b of batches) {
    const w = byBatch.get(b.id) ?? null;
    let blockers: string[] = [];
    let candidates = w ? storedEntries(w).length : 0;
    if (!w || w.state === 'open') {
      const r = await resultsOfBatch(db, b.id);
      live.set(b.id, r.results);
      if (!w) blockers = blockersOf(r.signedOff, r.results);
      candidates = r.results.length;
    }
    const stage = stageOf(w, blockers, today);
    const c = counts.get(b.id) ?? { all: 0, open: 0 };
    items.push({
      batchId: b.id,
      title: b.title,
      occupation: b.occupation,
      levels: b.levels,
      batchState: b.state,
      batchStateName: batchStateNames[b.state],
      stage,
      stageName: publicityStageNames[stage],
      blockers,
      candidates,
      window: w ? presentWindow(w, safeFinalFrom(cal, w), names) : null,
      objections: c.all,
      openObjections: c.open,
    });
  }
  return { items, windows: byBatch, live };
}

/** The batches of the centre's page: in examining (results being readied), in publicity, or with a window. */
export async function listPublicityBatches(db: Db, opts: Opts) {
  authorize(opts.actor, 'publicity.read');
  const withWindow = (await windowsOf(db)).map((w) => w.batchId);
  const batches = await batchesForResults(db, { ids: withWindow, states: ['examining', 'publicity'] });
  const { items } = await summarize(db, batches, opts.today ?? chinaToday());
  return { items, total: items.length };
}

/** One batch: its window, its entries (live while open, frozen once final) and its objections. */
export async function getPublicityBatch(db: DbOrTx, opts: Opts & { batchId: string }): Promise<PublicityDetail> {
  authorize(opts.actor, 'publicity.read');
  const [batch] = await batchesForResults(db, { ids: [opts.batchId] });
  if (!batch) throw notFound('认定批次');
  const { items, windows, live } = await summarize(db, [batch], opts.today ?? chinaToday());
  const w = windows.get(batch.id) ?? null;
  const published = new Map((w ? storedEntries(w) : []).map((e) => [e.applicationId, e]));
  let entries: StoredEntry[];
  if (w?.state === 'final') entries = storedEntries(w);
  else entries = await composeEntries(db, batch, live.get(batch.id) ?? []);
  const objections = await db
    .select()
    .from(publicityObjections)
    .where(eq(publicityObjections.batchId, batch.id))
    .orderBy(publicityObjections.createdAt);
  const names = await userNames(
    db,
    objections.map((o) => o.resolvedBy),
  );
  const all = new Map([...published, ...entries.map((e) => [e.applicationId, e] as const)]);
  return {
    ...items[0],
    entries: entries.map((e, i) =>
      presentEntry(e, i + 1, !!w && w.state === 'open' && entryChanged(e, published.get(e.applicationId))),
    ),
    objectionList: objections.map((o) => presentObjection(o, names, all)),
  };
}

/**
 * R-PUB-01: starts the batch's publicity: the batch must be examining with every 成绩登记表 signed and no result
 * incomplete; the window is N working days from the given day or today (R-DAYS-01); the results as published are
 * kept; the batch moves to 成绩公示 through the plans module, all in one transaction with the audit row.
 */
export async function startPublicity(db: Db, opts: Opts & { batchId: string; startsOn?: string | null }) {
  authorize(opts.actor, 'publicity.decide');
  const actor = opts.actor;
  const today = opts.today ?? chinaToday();
  await db.transaction(async (tx) => {
    const [batch] = await batchesForResults(tx, { ids: [opts.batchId] });
    if (!batch) throw notFound('认定批次');
    if (await windowOf(tx, batch.id, true)) throw new AppError('CONFLICT', '本批次已开始成绩公示');
    // A batch moved to 成绩公示 by hand before this module existed gets its window without a second move.
    if (batch.state !== 'examining' && batch.state !== 'publicity')
      throw new AppError(
        'CONFLICT',
        `认定批次状态为“${batchStateNames[batch.state]}”，只有“考试中”的批次可以开始成绩公示`,
      );
    const { signedOff, results } = await resultsOfBatch(tx, batch.id);
    const blockers = blockersOf(signedOff, results);
    if (blockers.length) throw new AppError('CONFLICT', `不能开始成绩公示：${blockers.join('；')}`);
    const requested = opts.startsOn ?? today;
    if (requested < today)
      throw new AppError('VALIDATION', `公示开始日期：不能早于今天（${today}）`, [
        { field: 'startsOn', message: '公示开始日期：不能早于今天' },
      ]);
    const [settings, cal] = await Promise.all([loadPublicitySettings(tx), loadWorkCalendar(tx)]);
    const w = publicityWindow(cal, requested, settings.workingDays);
    const entries = await composeEntries(tx, batch, results);
    if (batch.state === 'examining')
      await publishResults(tx, { actor, id: batch.id, note: `成绩公示 ${w.startsOn} 至 ${w.endsOn}` });
    await tx.insert(publicityWindows).values({
      batchId: batch.id,
      startsOn: w.startsOn,
      endsOn: w.endsOn,
      days: w.days,
      state: 'open',
      entries,
      publishedBy: actor.userId,
    });
    await recordAudit(tx, actor, {
      action: 'publicity.start',
      entity: 'publicity_window',
      entityId: batch.id,
      after: { startsOn: w.startsOn, endsOn: w.endsOn, days: w.days, candidates: entries.length },
    });
  });
  return getPublicityBatch(db, { actor, batchId: opts.batchId, today });
}

/**
 * R-PUB-01: results become final only after the window's last day (from the next working day, R-DAYS-01) and with
 * every objection resolved; the results then are frozen on the window (corrections after this are not shown here).
 */
export async function makeResultsFinal(db: Db, opts: Opts & { batchId: string }) {
  authorize(opts.actor, 'publicity.decide');
  const actor = opts.actor;
  const today = opts.today ?? chinaToday();
  await db.transaction(async (tx) => {
    const w = await windowOf(tx, opts.batchId, true);
    if (!w) throw notFound('成绩公示');
    const [cal, open] = await Promise.all([loadWorkCalendar(tx), openObjectionCount(tx, w.batchId)]);
    const refusal = finalRefusal(cal, w, today, open);
    if (refusal) throw new AppError('CONFLICT', refusal);
    const [batch] = await batchesForResults(tx, { ids: [w.batchId] });
    const { signedOff, results } = await resultsOfBatch(tx, w.batchId);
    const blockers = blockersOf(signedOff, results);
    if (blockers.length) throw new AppError('CONFLICT', `不能确定成绩：${blockers.join('；')}`);
    const entries = await composeEntries(tx, batch, results);
    const finalAt = new Date();
    await tx
      .update(publicityWindows)
      .set({ state: 'final', entries, finalAt, finalBy: actor.userId })
      .where(eq(publicityWindows.batchId, w.batchId));
    // R-SCORE-03: a part passed by a candidate who failed the other is kept for a retake of that part alone.
    await recordKeptParts(tx, actor, batch.occupationId, await keptPartsOf(tx, results));
    await recordAudit(tx, actor, {
      action: 'publicity.final',
      entity: 'publicity_window',
      entityId: w.batchId,
      before: { state: w.state },
      after: {
        state: 'final',
        candidates: entries.length,
        passed: entries.filter((e) => e.outcome === 'pass').length,
        changedSincePublished: entries.filter((e) =>
          entryChanged(
            e,
            storedEntries(w).find((p) => p.applicationId === e.applicationId),
          ),
        ).length,
      },
    });
  });
  return getPublicityBatch(db, { actor, batchId: opts.batchId, today });
}
