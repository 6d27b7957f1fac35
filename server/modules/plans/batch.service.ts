import { and, asc, desc, eq, exists, gte, ilike, inArray, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.js';
import {
  batchNotices,
  batchSittings,
  batchTransitions,
  batches,
  colleges,
  occupations,
  semesterPlans,
} from '../../db/schema/index.js';
import { assertCollegeScope, authorize, collegeFilter, type Actor } from '../../http/access.js';
import { AppError, notFound, type FieldIssue } from '../../http/errors.js';
import {
  batchStateNames,
  type Batch,
  type BatchBody,
  type BatchQuery,
  type BatchState,
} from '../../../shared/plans.js';
import { recordAudit } from '../audit/audit.service.js';
import { loadWorkCalendar } from '../calendar/calendar.service.js';
import type { WorkCalendar } from '../calendar/calendar.rules.js';
import { findOccupation } from '../centre/catalogue.service.js';
import { loadCentre } from '../centre/centre.service.js';
import { assertCanPlanBatch } from '../centre/scope.service.js';
import { loadPlanSettings, type PlanSettingsValue } from './plans.service.js';
import { assertTransition, batchFlow, checkSubmission, editableStates, submissionDeadline } from './plans.rules.js';
import { chinaToday } from '../../../shared/dates.js';

/** 认定批次 (R-PLAN-03/04): the batch, its sittings, its state machine and its submission to the authority. */

type BatchRow = typeof batches.$inferSelect;
type Joined = { b: BatchRow; collegeName: string; edition: string; code: string; occupationName: string };

async function selectBatches(db: DbOrTx, where?: SQL) {
  return db
    .select({
      b: batches,
      collegeName: colleges.name,
      edition: occupations.edition,
      code: occupations.code,
      occupationName: occupations.name,
    })
    .from(batches)
    .innerJoin(colleges, eq(colleges.id, batches.collegeId))
    .innerJoin(occupations, eq(occupations.id, batches.occupationId))
    .where(where)
    .orderBy(desc(batches.createdAt));
}

/** R-PLAN-04: the deadline of a batch, or why it cannot be computed (no sitting, or CALENDAR_MISSING). */
export function batchDeadline(
  cal: WorkCalendar,
  firstSittingDay: string | null,
  leadDays: number,
): { deadline: string | null; error: string | null } {
  if (!firstSittingDay) return { deadline: null, error: '尚未安排考核场次' };
  try {
    return { deadline: submissionDeadline(cal, firstSittingDay, leadDays), error: null };
  } catch (e) {
    if (e instanceof AppError) return { deadline: null, error: e.message };
    throw e;
  }
}

async function presentBatches(db: DbOrTx, rows: Joined[], withTransitions: boolean): Promise<Batch[]> {
  if (!rows.length) return [];
  const ids = rows.map((r) => r.b.id);
  const [sittings, transitions, notices, cal, settings] = await Promise.all([
    db
      .select()
      .from(batchSittings)
      .where(inArray(batchSittings.batchId, ids))
      .orderBy(asc(batchSittings.day), asc(batchSittings.startsAt), asc(batchSittings.seq)),
    withTransitions
      ? db
          .select()
          .from(batchTransitions)
          .where(inArray(batchTransitions.batchId, ids))
          .orderBy(asc(batchTransitions.at))
      : [],
    db
      .select({ batchId: batchNotices.batchId, publishedAt: batchNotices.publishedAt })
      .from(batchNotices)
      .where(inArray(batchNotices.batchId, ids)),
    loadWorkCalendar(db),
    loadPlanSettings(db),
  ]);
  return rows.map((r) => presentBatch(r, sittings, transitions, notices, cal, settings));
}

function presentBatch(
  r: Joined,
  sittings: (typeof batchSittings.$inferSelect)[],
  transitions: (typeof batchTransitions.$inferSelect)[],
  notices: { batchId: string; publishedAt: Date }[],
  cal: WorkCalendar,
  settings: PlanSettingsValue,
): Batch {
  const b = r.b;
  const own = sittings.filter((s) => s.batchId === b.id);
  const firstSittingDay = own.length ? own.map((s) => s.day).sort()[0] : null;
  const { deadline, error } = batchDeadline(cal, firstSittingDay, settings.leadDays);
  return {
    id: b.id,
    title: b.title,
    collegeId: b.collegeId,
    collegeName: r.collegeName,
    edition: r.edition,
    code: r.code,
    occupationName: r.occupationName,
    jobName: b.jobName,
    levels: b.levels,
    method: b.method,
    semesterPlanId: b.semesterPlanId,
    state: b.state,
    sittings: own.map((s) => ({
      id: s.id,
      kind: s.kind,
      day: s.day,
      startsAt: s.startsAt,
      endsAt: s.endsAt,
      place: s.place,
      modules: s.modules,
    })),
    firstSittingDay,
    registrationOpensOn: b.registrationOpensOn,
    registrationClosesOn: b.registrationClosesOn,
    registrationPlace: b.registrationPlace,
    applicants: b.applicants,
    conditions: b.conditions,
    standard: b.standard,
    fee: Number(b.fee),
    capacity: b.capacity,
    zhoukouCourseVariant: b.zhoukouCourseVariant,
    submissionDeadline: deadline,
    leadDays: settings.leadDays,
    deadlineError: error,
    submittedOn: b.submittedOn,
    submittedLate: b.submittedLate,
    submissionWarning: b.submissionWarning,
    approvalNumber: b.approvalNumber,
    approvalDate: b.approvalDate,
    noticePublishedAt: notices.find((n) => n.batchId === b.id)?.publishedAt.toISOString() ?? null,
    transitions: transitions
      .filter((t) => t.batchId === b.id)
      .map((t) => ({
        id: t.id,
        from: t.fromState,
        to: t.toState,
        actorName: t.actorName,
        at: t.at.toISOString(),
        note: t.note,
      })),
    updatedAt: b.updatedAt.toISOString(),
  };
}

/** For other modules (registration, arrangement): one batch, presented, without an actor check. */
export async function findBatch(db: DbOrTx, id: string): Promise<Batch | null> {
  const rows = await selectBatches(db, eq(batches.id, id));
  return (await presentBatches(db, rows, true))[0] ?? null;
}

/** R-ORG-07: a clerk asking for another college's batch gets 404. */
export async function getBatch(db: DbOrTx, opts: { actor: Actor | null; id: string }): Promise<Batch> {
  authorize(opts.actor, 'batches.read');
  const b = await findBatch(db, opts.id);
  if (!b) throw notFound('认定批次');
  assertCollegeScope(opts.actor, b.collegeId, '认定批次');
  return b;
}

/** The batch list with its filters: college, state, occupation code, keyword, and a sitting within a date range. */
export async function listBatches(db: Db, opts: { actor: Actor | null } & BatchQuery) {
  authorize(opts.actor, 'batches.read');
  const only = collegeFilter(opts.actor);
  const cond: SQL[] = [];
  if (only) cond.push(eq(batches.collegeId, only));
  if (opts.collegeId) cond.push(eq(batches.collegeId, opts.collegeId));
  if (opts.state) cond.push(eq(batches.state, opts.state));
  if (opts.code) cond.push(eq(occupations.code, opts.code));
  if (opts.from || opts.to) {
    const onDay: SQL[] = [eq(batchSittings.batchId, batches.id)];
    if (opts.from) onDay.push(gte(batchSittings.day, opts.from));
    if (opts.to) onDay.push(lte(batchSittings.day, opts.to));
    cond.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(batchSittings)
          .where(and(...onDay)),
      ),
    );
  }
  if (opts.keyword) {
    const k = `%${opts.keyword}%`;
    cond.push(or(ilike(batches.title, k), ilike(occupations.name, k), ilike(occupations.code, k))!);
  }
  const items = await presentBatches(db, await selectBatches(db, cond.length ? and(...cond) : undefined), false);
  return { items, total: items.length };
}

/**
 * R-PLAN-03 with R-ORG-01/02/03: every level must be inside the scope for the owning college (assertCanPlanBatch);
 * the registration window closes before the first sitting; a linked semester plan is the same college's, approved.
 */
async function checkBatchBody(db: DbOrTx, d: BatchBody, today: string) {
  const occ = await findOccupation(db, { edition: d.edition, code: d.code });
  if (!occ)
    throw new AppError('VALIDATION', `职业编码：${d.code} 不在 ${d.edition} 版职业目录中`, [
      { field: 'code', message: '职业编码：不在目录中' },
    ]);
  for (const level of d.levels)
    await assertCanPlanBatch(db, {
      collegeId: d.collegeId,
      edition: d.edition,
      code: d.code,
      jobName: d.jobName,
      level,
      today,
    });
  const issues: FieldIssue[] = [];
  const first = d.sittings.map((s) => s.day).sort()[0];
  if (d.registrationClosesOn >= first)
    issues.push({ field: 'registrationClosesOn', message: `报名截止日期：应早于首场考核日期 ${first}` });
  if (d.semesterPlanId) {
    const [p] = await db.select().from(semesterPlans).where(eq(semesterPlans.id, d.semesterPlanId));
    if (!p || p.collegeId !== d.collegeId)
      issues.push({ field: 'semesterPlanId', message: '学期计划：不存在或不属于该学院' });
    else if (p.status !== 'approved') issues.push({ field: 'semesterPlanId', message: '学期计划：尚未经认定中心批准' });
  }
  if (issues.length) throw new AppError('VALIDATION', issues.map((i) => i.message).join('；'), issues);
  return occ.id;
}

function batchValues(d: BatchBody, occupationId: string) {
  return {
    title: d.title,
    collegeId: d.collegeId,
    semesterPlanId: d.semesterPlanId ?? null,
    occupationId,
    jobName: d.jobName || null,
    levels: [...d.levels].sort((a, b) => b - a),
    method: d.method,
    registrationOpensOn: d.registrationOpensOn,
    registrationClosesOn: d.registrationClosesOn,
    registrationPlace: d.registrationPlace ?? null,
    applicants: d.applicants ?? null,
    conditions: d.conditions ?? null,
    standard: d.standard ?? null,
    fee: d.fee.toFixed(2),
    capacity: d.capacity,
    zhoukouCourseVariant: d.zhoukouCourseVariant,
    updatedAt: new Date(),
  };
}

async function writeSittings(tx: DbOrTx, batchId: string, d: BatchBody) {
  await tx.delete(batchSittings).where(eq(batchSittings.batchId, batchId));
  await tx
    .insert(batchSittings)
    .values(d.sittings.map((s, i) => ({ batchId, seq: i + 1, ...s, modules: s.modules ?? [] })));
}

/** R-PLAN-03: a new batch in state 草稿. */
export async function createBatch(db: Db, opts: { actor: Actor | null; data: BatchBody; today?: string }) {
  authorize(opts.actor, 'batches.manage');
  const actor = opts.actor;
  return db.transaction(async (tx) => {
    const occupationId = await checkBatchBody(tx, opts.data, opts.today ?? chinaToday());
    const centre = await loadCentre(tx);
    const [row] = await tx
      .insert(batches)
      .values({ ...batchValues(opts.data, occupationId), centreId: centre.id, state: 'draft', createdBy: actor.userId })
      .returning();
    await writeSittings(tx, row.id, opts.data);
    const after = await getBatch(tx, { actor, id: row.id });
    await recordAudit(tx, actor, { action: 'create', entity: 'batch', entityId: row.id, after });
    return after;
  });
}

/** R-PLAN-03: only a draft is edited; once submitted to the authority the plan is what the authority has. */
export async function updateBatch(db: Db, opts: { actor: Actor | null; id: string; data: BatchBody; today?: string }) {
  authorize(opts.actor, 'batches.manage');
  const actor = opts.actor;
  return db.transaction(async (tx) => {
    const row = await lockBatch(tx, actor, opts.id);
    if (!editableStates.includes(row.state))
      throw new AppError('CONFLICT', `批次当前状态为“${batchStateNames[row.state]}”，不能修改（只有草稿可以修改）`, {
        state: row.state,
      });
    const before = await getBatch(tx, { actor, id: row.id });
    const occupationId = await checkBatchBody(tx, opts.data, opts.today ?? chinaToday());
    await tx.update(batches).set(batchValues(opts.data, occupationId)).where(eq(batches.id, row.id));
    await writeSittings(tx, row.id, opts.data);
    const after = await getBatch(tx, { actor, id: row.id });
    await recordAudit(tx, actor, { action: 'update', entity: 'batch', entityId: row.id, before, after });
    return after;
  });
}

async function lockBatch(tx: DbOrTx, actor: Actor, id: string): Promise<BatchRow> {
  const [row] = await tx.select().from(batches).where(eq(batches.id, id)).for('update');
  if (!row) throw notFound('认定批次');
  assertCollegeScope(actor, row.collegeId, '认定批次');
  return row;
}

async function recordTransition(
  tx: DbOrTx,
  actor: Actor,
  row: BatchRow,
  to: BatchState,
  note: string | null,
  extra: Partial<BatchRow> = {},
) {
  await tx
    .update(batches)
    .set({ ...extra, state: to, updatedAt: new Date() })
    .where(eq(batches.id, row.id));
  await tx.insert(batchTransitions).values({
    batchId: row.id,
    fromState: row.state,
    toState: to,
    actorId: actor.userId,
    actorName: actor.displayName,
    note,
  });
  await recordAudit(tx, actor, {
    action: `transition:${to}`,
    entity: 'batch',
    entityId: row.id,
    before: { state: row.state },
    after: { state: to, note, ...extra },
  });
}

/**
 * R-PLAN-04: the batch plan is submitted to the authority (草稿 → 已报备) no later than `leadDays` working days before
 * the first sitting; late is refused, or by setting passes with the warning recorded. `submittedOn` is the day it
 * was sent (default today; never in the future).
 */
export async function submitBatch(
  db: Db,
  opts: { actor: Actor | null; id: string; submittedOn?: string | null; note?: string | null; today?: string },
) {
  authorize(opts.actor, batchFlow.filed.permission);
  const actor = opts.actor;
  const today = opts.today ?? chinaToday();
  const day = opts.submittedOn ?? today;
  if (day > today)
    throw new AppError('VALIDATION', `报送日期：不能晚于今天（${today}）`, [
      { field: 'submittedOn', message: '报送日期：不能晚于今天' },
    ]);
  return db.transaction(async (tx) => {
    const row = await lockBatch(tx, actor, opts.id);
    assertTransition(row.state, 'filed');
    const [first] = await tx
      .select({ day: batchSittings.day })
      .from(batchSittings)
      .where(eq(batchSittings.batchId, row.id))
      .orderBy(asc(batchSittings.day))
      .limit(1);
    if (!first) throw new AppError('CONFLICT', '批次尚未安排考核场次，不能报送');
    const [cal, settings] = await Promise.all([loadWorkCalendar(tx), loadPlanSettings(tx)]);
    const check = checkSubmission({
      deadline: submissionDeadline(cal, first.day, settings.leadDays),
      day,
      leadDays: settings.leadDays,
      lateMode: settings.lateMode,
    });
    await recordTransition(tx, actor, row, 'filed', opts.note ?? check.warning, {
      submittedOn: day,
      submittedLate: check.late,
      submissionWarning: check.warning,
    });
    return getBatch(tx, { actor, id: row.id });
  });
}

/** R-PLAN-04: the authority's approval (批复文号, date), recorded once the plan is submitted. */
export async function recordBatchApproval(
  db: Db,
  opts: { actor: Actor | null; id: string; approvalNumber: string; approvalDate: string },
) {
  authorize(opts.actor, 'batches.decide');
  const actor = opts.actor;
  return db.transaction(async (tx) => {
    const row = await lockBatch(tx, actor, opts.id);
    if (row.state === 'draft') throw new AppError('CONFLICT', '批次当前状态为“草稿”，尚未报送，不能登记批复');
    if (row.submittedOn && opts.approvalDate < row.submittedOn)
      throw new AppError('VALIDATION', `批复日期：不能早于报送日期 ${row.submittedOn}`, [
        { field: 'approvalDate', message: '批复日期：早于报送日期' },
      ]);
    await tx
      .update(batches)
      .set({ approvalNumber: opts.approvalNumber, approvalDate: opts.approvalDate, updatedAt: new Date() })
      .where(eq(batches.id, row.id));
    await recordAudit(tx, actor, {
      action: 'approval',
      entity: 'batch',
      entityId: row.id,
      before: { approvalNumber: row.approvalNumber, approvalDate: row.approvalDate },
      after: { approvalNumber: opts.approvalNumber, approvalDate: opts.approvalDate },
    });
    return getBatch(tx, { actor, id: row.id });
  });
}

type Move = Exclude<BatchState, 'draft' | 'filed'>;

/** R-PLAN-03: one state change: the role's permission, the one allowed previous state, a transition row, an audit row. */
async function moveBatch(
  db: DbOrTx,
  opts: { actor: Actor | null; id: string; note?: string | null },
  to: Move,
  guard?: (row: BatchRow) => void,
) {
  authorize(opts.actor, batchFlow[to].permission);
  const actor = opts.actor;
  return db.transaction(async (tx) => {
    const row = await lockBatch(tx, actor, opts.id);
    assertTransition(row.state, to);
    guard?.(row);
    await recordTransition(tx, actor, row, to, opts.note ?? null);
    return getBatch(tx, { actor, id: row.id });
  });
}

type MoveOpts = { actor: Actor | null; id: string; note?: string | null };
/** 已报备 → 报名中: registration opens once the authority's approval is recorded. */
export const openRegistration = (db: Db, o: MoveOpts) =>
  moveBatch(db, o, 'registering', (row) => {
    if (!row.approvalNumber) throw new AppError('CONFLICT', '尚未登记鉴定指导中心的批复（文号、日期），不能开始报名');
  });
/** 报名中 → 审核完成 (the registration module's two-stage review is done). */
export const finishReview = (db: Db, o: MoveOpts) => moveBatch(db, o, 'reviewed');
/** 审核完成 → 已编排 (rooms, seats, proctors assigned by the arrangement module). */
/** Takes the caller's transaction too: the arrangement's publishing moves its batches inside its own (a savepoint). */
export const markArranged = (db: DbOrTx, o: MoveOpts) => moveBatch(db, o, 'arranged');
/** 已编排 → 考试中. */
export const startExam = (db: Db, o: MoveOpts) => moveBatch(db, o, 'examining');
/** 考试中 → 成绩公示. Takes the caller's transaction too: the publicity module starts its window in its own (R-PUB-01). */
export const publishResults = (db: DbOrTx, o: MoveOpts) => moveBatch(db, o, 'publicity');
/**
 * 成绩公示 → 已归档. R-ARC-02: only the archives module closes a batch, once its archive checklist is complete, in its
 * own transaction (a savepoint here).
 */
export const archiveBatch = (db: DbOrTx, o: MoveOpts) => moveBatch(db, o, 'archived');

export const batchMovers: Record<Move, (db: Db, o: MoveOpts) => Promise<Batch>> = {
  registering: openRegistration,
  reviewed: finishReview,
  arranged: markArranged,
  examining: startExam,
  // R-PUB-01: publicity starts only with its window, on the 成绩公示 page (publicity.service.ts calls publishResults).
  publicity: async (_db, o) => {
    authorize(o.actor, batchFlow.publicity.permission);
    throw new AppError(
      'CONFLICT',
      '成绩公示须在“成绩公示”页面开始（公示期按工作日计算，至少 5 个工作日），不能直接改变批次状态',
    );
  },
  // R-ARC-02: closing needs the complete archive checklist, on the 认定档案 page (archives.service.ts calls archiveBatch).
  archived: async (_db, o) => {
    authorize(o.actor, batchFlow.archived.permission);
    throw new AppError('CONFLICT', '归档须在“认定档案”页面进行：档案清单齐全后方可归档，不能直接改变批次状态');
  },
};
