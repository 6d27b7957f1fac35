// The publicity module's own queries (its tables only) and the composition of a batch's result entries from the
// owners' reads: scoring's results, people's names and masked ID numbers, the arrangement's ticket numbers.
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { publicityObjections, publicitySettings, publicityWindows } from '../../db/schema/index.js';
import { defaultPublicitySettings, type PublicitySettings } from '../../../shared/publicity.js';
import type { Outcome, PartState, ScorePart } from '../../../shared/scoring.js';
import { personsByIds } from '../people/people.reads.js';
import { publishedSeatsOfApplications } from '../arrangement/arrangement.reads.js';
import type { BatchForResults } from '../plans/plans.reads.js';
import type { CandidateResult } from '../scoring/scoring.reads.js';

export type WindowRow = typeof publicityWindows.$inferSelect;
export type ObjectionRow = typeof publicityObjections.$inferSelect;

/** One candidate's result as published and frozen (the window's `entries`): no full ID number (R-PPL-02). */
export interface StoredEntry {
  applicationId: string;
  personId: string;
  name: string;
  idMasked: string;
  ticketNumber: string | null;
  occupation: string;
  level: number;
  outcome: Outcome;
  parts: { part: ScorePart; state: PartState; score: number | null }[];
}

export async function loadPublicitySettings(db: DbOrTx): Promise<PublicitySettings & { updatedAt: string | null }> {
  const [row] = await db.select().from(publicitySettings).where(eq(publicitySettings.id, 1));
  if (!row) return { ...defaultPublicitySettings, updatedAt: null };
  // The row stores `{ days }` (the schema's name); the API calls it `workingDays`.
  return {
    workingDays: row.settings.days ?? defaultPublicitySettings.workingDays,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function windowOf(db: DbOrTx, batchId: string, lock = false): Promise<WindowRow | null> {
  const q = db.select().from(publicityWindows).where(eq(publicityWindows.batchId, batchId));
  const [row] = lock ? await q.for('update') : await q;
  return row ?? null;
}

export async function windowsOf(db: DbOrTx, batchIds?: readonly string[]): Promise<WindowRow[]> {
  if (batchIds && !batchIds.length) return [];
  return db
    .select()
    .from(publicityWindows)
    .where(batchIds ? inArray(publicityWindows.batchId, [...new Set(batchIds)]) : undefined);
}

/** Objections per batch: all, and those still open. */
export async function objectionCounts(db: DbOrTx, batchIds: readonly string[]) {
  if (!batchIds.length) return new Map<string, { all: number; open: number }>();
  const rows = await db
    .select({
      batchId: publicityObjections.batchId,
      all: sql<number>`count(*)::int`.mapWith(Number),
      open: sql<number>`count(*) filter (where ${publicityObjections.state} = 'open')::int`.mapWith(Number),
    })
    .from(publicityObjections)
    .where(inArray(publicityObjections.batchId, [...new Set(batchIds)]))
    .groupBy(publicityObjections.batchId);
  return new Map(rows.map((r) => [r.batchId, { all: r.all, open: r.open }]));
}

export async function openObjectionCount(db: DbOrTx, batchId: string): Promise<number> {
  const [r] = await db
    .select({ n: sql<number>`count(*)::int`.mapWith(Number) })
    .from(publicityObjections)
    .where(and(eq(publicityObjections.batchId, batchId), eq(publicityObjections.state, 'open')));
  return r?.n ?? 0;
}

/**
 * The entries of a batch from scoring's live results, in ticket-number order (then name): what the public page
 * shows while the window is open and what is frozen when results become final.
 */
export async function composeEntries(
  db: DbOrTx,
  batch: BatchForResults,
  results: readonly CandidateResult[],
): Promise<StoredEntry[]> {
  const [persons, seats] = await Promise.all([
    personsByIds(
      db,
      results.map((r) => r.personId),
    ),
    publishedSeatsOfApplications(
      db,
      results.map((r) => r.applicationId),
    ),
  ]);
  const person = new Map(persons.map((p) => [p.id, p]));
  const ticket = new Map<string, string>();
  for (const s of seats)
    if (s.ticketNumber && !ticket.has(s.applicationId)) ticket.set(s.applicationId, s.ticketNumber);
  const entries = results.map((r): StoredEntry => ({
    applicationId: r.applicationId,
    personId: r.personId,
    name: person.get(r.personId)?.name ?? '',
    idMasked: person.get(r.personId)?.idMasked ?? '',
    ticketNumber: ticket.get(r.applicationId) ?? null,
    occupation: batch.occupation,
    level: r.level,
    outcome: r.outcome,
    parts: r.parts.map((p) => ({ part: p.part, state: p.state, score: p.score })),
  }));
  return entries.sort(
    (a, b) =>
      (a.ticketNumber ?? '\uffff').localeCompare(b.ticketNumber ?? '\uffff') ||
      a.name.localeCompare(b.name, 'zh-CN') ||
      a.applicationId.localeCompare(b.applicationId),
  );
}

/** Whether a live entry differs from the one published (a correction after sign-off, R-SCORE-04). */
export function entryChanged(live: StoredEntry, published: StoredEntry | undefined): boolean {
  if (!published) return true;
  if (live.outcome !== published.outcome) return true;
  const key = (e: StoredEntry) =>
    e.parts
      .map((p) => `${p.part}:${p.state}:${p.score ?? ''}`)
      .sort()
      .join('|');
  return key(live) !== key(published);
}

export const storedEntries = (w: WindowRow): StoredEntry[] => w.entries as StoredEntry[];
