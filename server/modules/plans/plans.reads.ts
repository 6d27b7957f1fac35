// What other modules may read of plans's data (docs/ARCHITECTURE.md, "Module boundaries"). Functions here take the
// database or the caller's transaction and plain arguments, no actor: the calling service has already authorised
// its user. They return plain objects, never Drizzle rows of plans's tables.
import { and, asc, desc, eq, gte, inArray, like, lte, min, ne, or } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import {
  annualPlans,
  batchNotices,
  batchSittings,
  batches,
  occupations,
  semesterPlans,
  trainingClasses,
} from '../../db/schema/index.js';
import type { BatchMethod, BatchState, SittingKind } from '../../../shared/plans.js';

/** A sitting of a batch (场次): when and where, and its exam modules (R-ARR-04). */
export interface SittingRecord {
  id: string;
  batchId: string;
  seq: number;
  kind: SittingKind;
  day: string;
  startsAt: string;
  endsAt: string;
  place: string;
  modules: string[];
}

const sittingColumns = {
  id: batchSittings.id,
  batchId: batchSittings.batchId,
  seq: batchSittings.seq,
  kind: batchSittings.kind,
  day: batchSittings.day,
  startsAt: batchSittings.startsAt,
  endsAt: batchSittings.endsAt,
  place: batchSittings.place,
  modules: batchSittings.modules,
};
const sittingOf = (r: { modules: string[] | null } & Omit<SittingRecord, 'modules'>) => ({
  ...r,
  modules: [...(r.modules ?? [])],
});

/** The sittings of `batchIds`, in batch order of `seq`. */
export async function sittingsOfBatches(db: DbOrTx, batchIds: readonly string[]): Promise<SittingRecord[]> {
  if (!batchIds.length) return [];
  const rows = await db
    .select(sittingColumns)
    .from(batchSittings)
    .where(inArray(batchSittings.batchId, [...new Set(batchIds)]));
  return rows.map(sittingOf).sort((a, b) => (a.batchId === b.batchId ? a.seq - b.seq : a.batchId < b.batchId ? -1 : 1));
}

/** The sittings of `ids` (unknown ids are left out). */
export async function sittingsByIds(db: DbOrTx, ids: readonly string[]): Promise<SittingRecord[]> {
  if (!ids.length) return [];
  const rows = await db
    .select(sittingColumns)
    .from(batchSittings)
    .where(inArray(batchSittings.id, [...new Set(ids)]));
  return rows.map(sittingOf);
}

/** The sittings of `ids` with their batch's title (unknown ids are left out). */
export async function sittingsWithBatchTitles(
  db: DbOrTx,
  ids: readonly string[],
): Promise<(SittingRecord & { batchTitle: string })[]> {
  if (!ids.length) return [];
  const rows = await db
    .select({ ...sittingColumns, batchTitle: batches.title })
    .from(batchSittings)
    .innerJoin(batches, eq(batches.id, batchSittings.batchId))
    .where(inArray(batchSittings.id, [...new Set(ids)]));
  return rows.map((r) => ({ ...sittingOf(r), batchTitle: r.batchTitle }));
}

/** Title and state of the batches of `ids` (unknown ids are left out). */
export async function batchTitlesByIds(
  db: DbOrTx,
  ids: readonly string[],
): Promise<{ id: string; title: string; state: BatchState }[]> {
  if (!ids.length) return [];
  const rows = await db
    .select({ id: batches.id, title: batches.title, state: batches.state })
    .from(batches)
    .where(inArray(batches.id, [...new Set(ids)]));
  return rows.map((b) => ({ ...b, state: b.state }));
}

/** Titles of annual plans, semester plans and training classes by id, for the audit log's object names (issue 9). */
export async function planTitlesByIds(
  db: DbOrTx,
  ids: readonly string[],
): Promise<{ id: string; kind: 'annual_plan' | 'semester_plan' | 'training_class'; title: string }[]> {
  if (!ids.length) return [];
  const set = [...new Set(ids)];
  const [annual, semester, classes] = await Promise.all([
    db.select({ id: annualPlans.id, title: annualPlans.title }).from(annualPlans).where(inArray(annualPlans.id, set)),
    db
      .select({ id: semesterPlans.id, title: semesterPlans.title })
      .from(semesterPlans)
      .where(inArray(semesterPlans.id, set)),
    db
      .select({ id: trainingClasses.id, title: trainingClasses.name })
      .from(trainingClasses)
      .where(inArray(trainingClasses.id, set)),
  ]);
  return [
    ...annual.map((r) => ({ ...r, kind: 'annual_plan' as const })),
    ...semester.map((r) => ({ ...r, kind: 'semester_plan' as const })),
    ...classes.map((r) => ({ ...r, kind: 'training_class' as const })),
  ];
}

/** A batch as registration needs it: what candidates apply to, the engine's inputs, and the first sitting day. */
export interface BatchForRegistration {
  id: string;
  title: string;
  state: BatchState;
  collegeId: string;
  occupationId: string;
  jobName: string | null;
  levels: number[];
  method: BatchMethod;
  registrationOpensOn: string;
  registrationClosesOn: string;
  registrationPlace: string | null;
  fee: number;
  zhoukouCourseVariant: boolean;
  /** The first sitting's day (the batch date of R-ELIG-00), null while the batch has no sitting. */
  firstSittingDay: string | null;
  noticePublished: boolean;
}

/** The batches of `ids` for registration (unknown ids are left out). */
export async function batchesForRegistration(db: DbOrTx, ids: readonly string[]): Promise<BatchForRegistration[]> {
  if (!ids.length) return [];
  const wanted = [...new Set(ids)];
  const [rows, firsts, notices] = await Promise.all([
    db.select().from(batches).where(inArray(batches.id, wanted)),
    db
      .select({ batchId: batchSittings.batchId, day: min(batchSittings.day) })
      .from(batchSittings)
      .where(inArray(batchSittings.batchId, wanted))
      .groupBy(batchSittings.batchId),
    db.select({ batchId: batchNotices.batchId }).from(batchNotices).where(inArray(batchNotices.batchId, wanted)),
  ]);
  const first = new Map(firsts.map((f) => [f.batchId, f.day]));
  const published = new Set(notices.map((n) => n.batchId));
  return rows.map((b) => ({
    id: b.id,
    title: b.title,
    state: b.state,
    collegeId: b.collegeId,
    occupationId: b.occupationId,
    jobName: b.jobName,
    levels: b.levels,
    method: b.method,
    registrationOpensOn: b.registrationOpensOn,
    registrationClosesOn: b.registrationClosesOn,
    registrationPlace: b.registrationPlace,
    fee: Number(b.fee),
    zhoukouCourseVariant: b.zhoukouCourseVariant,
    firstSittingDay: first.get(b.id) ?? null,
    noticePublished: published.has(b.id),
  }));
}

/** R-REG-01: the batches 报名中 with a published notice whose registration window holds `today`. */
export async function batchIdsOpenForRegistration(db: DbOrTx, today: string): Promise<string[]> {
  const rows = await db
    .select({ id: batches.id })
    .from(batches)
    .innerJoin(batchNotices, eq(batchNotices.batchId, batches.id))
    .where(
      and(
        eq(batches.state, 'registering'),
        lte(batches.registrationOpensOn, today),
        gte(batches.registrationClosesOn, today),
      ),
    );
  return rows.map((r) => r.id);
}

/** R-REG-01: the batches 报名中 of `occupationIds` (where a roster row of another occupation belongs). */
export async function registeringBatchesOfOccupations(
  db: DbOrTx,
  occupationIds: readonly string[],
): Promise<
  {
    id: string;
    title: string;
    collegeId: string;
    occupationId: string;
    jobName: string | null;
    levels: number[];
    method: BatchMethod;
  }[]
> {
  if (!occupationIds.length) return [];
  const rows = await db
    .select({
      id: batches.id,
      title: batches.title,
      collegeId: batches.collegeId,
      occupationId: batches.occupationId,
      jobName: batches.jobName,
      levels: batches.levels,
      method: batches.method,
      closes: batches.registrationClosesOn,
    })
    .from(batches)
    .where(and(eq(batches.state, 'registering'), inArray(batches.occupationId, [...new Set(occupationIds)])));
  return rows
    .sort((a, b) => (a.closes < b.closes ? 1 : a.closes > b.closes ? -1 : 0))
    .map(({ closes: _closes, ...b }) => ({ ...b, levels: [...b.levels] }));
}

/** Batches past their draft, newest first (what a custody register may name: R-BANK-03). */
export async function batchChoices(db: DbOrTx, limit = 200): Promise<{ id: string; title: string }[]> {
  return db
    .select({ id: batches.id, title: batches.title })
    .from(batches)
    .where(ne(batches.state, 'draft'))
    .orderBy(desc(batches.registrationOpensOn), asc(batches.title))
    .limit(limit);
}

/** R-BANK-02: theory sittings from `fromDay` on of the batches of one occupation and level past their draft (per-candidate papers). */
export async function theorySittingsOfOccupation(
  db: DbOrTx,
  occupationId: string,
  level: number,
  fromDay: string,
): Promise<(SittingRecord & { batchTitle: string })[]> {
  const rows = await db
    .select({ ...sittingColumns, batchTitle: batches.title, levels: batches.levels })
    .from(batchSittings)
    .innerJoin(batches, eq(batches.id, batchSittings.batchId))
    .where(
      and(
        eq(batches.occupationId, occupationId),
        ne(batches.state, 'draft'),
        eq(batchSittings.kind, 'theory'),
        gte(batchSittings.day, fromDay),
      ),
    )
    .orderBy(asc(batchSittings.day), asc(batchSittings.startsAt));
  return rows
    .filter((r) => r.levels.includes(level))
    .map(({ levels: _levels, batchTitle, ...r }) => ({ ...sittingOf(r), batchTitle }));
}

/** The sittings held on `day` (YYYY-MM-DD) with their batch's title, by start time. */
export async function sittingsOnDay(db: DbOrTx, day: string): Promise<(SittingRecord & { batchTitle: string })[]> {
  const rows = await db
    .select({ ...sittingColumns, batchTitle: batches.title })
    .from(batchSittings)
    .innerJoin(batches, eq(batches.id, batchSittings.batchId))
    .where(eq(batchSittings.day, day))
    .orderBy(asc(batchSittings.startsAt));
  return rows.map((r) => ({ ...sittingOf(r), batchTitle: r.batchTitle }));
}

/** The theory sitting of the demo's 明日开考 batch (found by its title), or null outside the demo. */
export async function demoTomorrowTheorySittingId(db: DbOrTx): Promise<string | null> {
  const [row] = await db
    .select({ id: batchSittings.id })
    .from(batchSittings)
    .innerJoin(batches, eq(batches.id, batchSittings.batchId))
    .where(and(like(batches.title, '%明日开考演示%'), eq(batchSittings.kind, 'theory')));
  return row?.id ?? null;
}

/** A batch as its results are shown (R-PUB-01): title, state, occupation with its job, levels. */
export interface BatchForResults {
  id: string;
  title: string;
  state: BatchState;
  collegeId: string;
  /** The occupation as the result sheet writes it: 职业（工种）. */
  occupation: string;
  occupationId: string;
  levels: number[];
  method: BatchMethod;
}

/** The batches of `ids` and/or in one of `states` (both given: either matches), newest first. */
export async function batchesForResults(
  db: DbOrTx,
  where: { ids?: readonly string[]; states?: readonly BatchState[] },
): Promise<BatchForResults[]> {
  const conds = [
    where.ids?.length ? inArray(batches.id, [...new Set(where.ids)]) : undefined,
    where.states?.length ? inArray(batches.state, [...where.states]) : undefined,
  ].filter((c) => c !== undefined);
  if (!conds.length) return [];
  const rows = await db
    .select({
      id: batches.id,
      title: batches.title,
      state: batches.state,
      method: batches.method,
      collegeId: batches.collegeId,
      occupationId: batches.occupationId,
      occupationName: occupations.name,
      jobName: batches.jobName,
      levels: batches.levels,
    })
    .from(batches)
    .innerJoin(occupations, eq(occupations.id, batches.occupationId))
    .where(conds.length === 1 ? conds[0] : or(...conds))
    .orderBy(desc(batches.createdAt));
  return rows.map(({ occupationName, jobName, ...r }) => ({
    ...r,
    occupation: jobName ? `${occupationName}（${jobName}）` : occupationName,
    levels: [...r.levels],
  }));
}

/** The id of the batch whose title ends with `suffix` (the demo's batches are found by their title), or null. */
export async function batchIdByTitleSuffix(db: DbOrTx, suffix: string): Promise<string | null> {
  const [row] = await db
    .select({ id: batches.id })
    .from(batches)
    .where(like(batches.title, `%${suffix}`))
    .limit(1);
  return row?.id ?? null;
}

/** The occupation of a batch as the catalogue keys it (edition and code), or null. */
export async function occupationKeyOfBatch(
  db: DbOrTx,
  batchId: string,
): Promise<{ edition: string; code: string } | null> {
  const [row] = await db
    .select({ edition: occupations.edition, code: occupations.code })
    .from(batches)
    .innerJoin(occupations, eq(occupations.id, batches.occupationId))
    .where(eq(batches.id, batchId));
  return row ?? null;
}

/** R-CERT-02: the occupation and job (工种, null when none) of the batches of `ids`, as the certificate prints them. */
export async function batchOccupationsByIds(
  db: DbOrTx,
  ids: readonly string[],
): Promise<{ id: string; title: string; occupationName: string; jobName: string | null }[]> {
  if (!ids.length) return [];
  return db
    .select({ id: batches.id, title: batches.title, occupationName: occupations.name, jobName: batches.jobName })
    .from(batches)
    .innerJoin(occupations, eq(occupations.id, batches.occupationId))
    .where(inArray(batches.id, [...new Set(ids)]));
}
