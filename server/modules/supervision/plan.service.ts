// R-SUP-01: the internal supervision group's plan of a year (areas with what is supervised and how), approved by
// the centre head; R-SUP-02: the external supervisors sent by the authority (双随机一公开), recorded by the centre.
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.js';
import { files, supervisionExternal, supervisionPlans } from '../../db/schema/index.js';
import { authorize, type Actor } from '../../http/access.js';
import { AppError, notFound } from '../../http/errors.js';
import {
  planStateNames,
  supervisionAreaNames,
  supervisionAreas,
  type ExternalBody,
  type PlanBody,
  type SupervisionPlan,
} from '../../../shared/supervision.js';
import { recordAudit } from '../audit/audit.service.js';
import { batchTitlesByIds } from '../plans/plans.reads.js';
import { externalRecords, userNames, type ExternalRow } from './supervision.store.js';

type Opts = { actor: Actor | null };
type PlanRow = typeof supervisionPlans.$inferSelect;

async function presentPlans(db: DbOrTx, rows: readonly PlanRow[]): Promise<SupervisionPlan[]> {
  const names = await userNames(
    db,
    rows.map((r) => r.approvedBy),
  );
  const order = (a: string) => supervisionAreas.indexOf(a as never);
  return rows.map((r) => ({
    id: r.id,
    year: r.year,
    title: r.title,
    areas: [...r.areas]
      .sort((a, b) => order(a.aspect) - order(b.aspect))
      .map((a) => ({ ...a, aspectName: supervisionAreaNames[a.aspect] })),
    state: r.state,
    stateName: planStateNames[r.state],
    approvedByName: names.get(r.approvedBy ?? '') ?? null,
    approvedAt: r.approvedAt?.toISOString() ?? null,
    updatedAt: r.updatedAt.toISOString(),
  }));
}

export async function listPlans(db: Db, opts: Opts) {
  authorize(opts.actor, 'supervision.read');
  const rows = await db.select().from(supervisionPlans).orderBy(desc(supervisionPlans.year));
  const items = await presentPlans(db, rows);
  return { items, total: items.length };
}

async function onePlan(db: DbOrTx, id: string) {
  const [row] = await db.select().from(supervisionPlans).where(eq(supervisionPlans.id, id));
  if (!row) throw notFound('质量督导计划');
  return (await presentPlans(db, [row]))[0];
}

/** R-SUP-01: a plan per year. */
export async function createPlan(db: Db, opts: Opts & { data: PlanBody }) {
  authorize(opts.actor, 'supervision.manage');
  const actor = opts.actor;
  const id = await db.transaction(async (tx) => {
    const [dup] = await tx
      .select({ id: supervisionPlans.id })
      .from(supervisionPlans)
      .where(eq(supervisionPlans.year, opts.data.year));
    if (dup)
      throw new AppError('CONFLICT', `年份：${opts.data.year} 年的质量督导计划已存在`, [
        { field: 'year', message: '已存在' },
      ]);
    const [row] = await tx
      .insert(supervisionPlans)
      .values({ ...opts.data, createdBy: actor.userId })
      .returning();
    await recordAudit(tx, actor, {
      action: 'supervision.plan.create',
      entity: 'supervision_plan',
      entityId: row.id,
      after: opts.data,
    });
    return row.id;
  });
  return onePlan(db, id);
}

/** R-SUP-01: a draft plan is edited; an approved one stays as approved. */
export async function updatePlan(db: Db, opts: Opts & { id: string; data: PlanBody }) {
  authorize(opts.actor, 'supervision.manage');
  const actor = opts.actor;
  await db.transaction(async (tx) => {
    const [before] = await tx.select().from(supervisionPlans).where(eq(supervisionPlans.id, opts.id)).for('update');
    if (!before) throw notFound('质量督导计划');
    if (before.state === 'approved') throw new AppError('CONFLICT', '质量督导计划已批准，不能再修改');
    const [dup] = await tx
      .select({ id: supervisionPlans.id })
      .from(supervisionPlans)
      .where(eq(supervisionPlans.year, opts.data.year));
    if (dup && dup.id !== opts.id)
      throw new AppError('CONFLICT', `年份：${opts.data.year} 年的质量督导计划已存在`, [
        { field: 'year', message: '已存在' },
      ]);
    await tx
      .update(supervisionPlans)
      .set({ ...opts.data, updatedAt: new Date() })
      .where(eq(supervisionPlans.id, opts.id));
    await recordAudit(tx, actor, {
      action: 'supervision.plan.update',
      entity: 'supervision_plan',
      entityId: opts.id,
      before: { year: before.year, title: before.title, areas: before.areas },
      after: opts.data,
    });
  });
  return onePlan(db, opts.id);
}

/** R-SUP-01: the centre head approves the plan. */
export async function approvePlan(db: Db, opts: Opts & { id: string }) {
  authorize(opts.actor, 'supervision.approve');
  const actor = opts.actor;
  await db.transaction(async (tx) => {
    const [before] = await tx.select().from(supervisionPlans).where(eq(supervisionPlans.id, opts.id)).for('update');
    if (!before) throw notFound('质量督导计划');
    if (before.state === 'approved') throw new AppError('CONFLICT', '质量督导计划已批准');
    const now = new Date();
    await tx
      .update(supervisionPlans)
      .set({ state: 'approved', approvedBy: actor.userId, approvedAt: now, updatedAt: now })
      .where(eq(supervisionPlans.id, opts.id));
    await recordAudit(tx, actor, {
      action: 'supervision.plan.approve',
      entity: 'supervision_plan',
      entityId: opts.id,
      after: { state: 'approved' },
    });
  });
  return onePlan(db, opts.id);
}

export async function presentExternal(db: DbOrTx, rows: readonly ExternalRow[]) {
  const titles = await batchTitlesByIds(
    db,
    rows.map((r) => r.batchId).filter((b): b is string => !!b),
  );
  return rows.map((r) => ({
    id: r.id,
    batchId: r.batchId,
    batchTitle: titles.find((b) => b.id === r.batchId)?.title ?? null,
    authority: r.authority,
    names: r.names,
    visitedOn: r.visitedOn,
    findings: r.findings,
    fileIds: r.fileIds,
    createdAt: r.createdAt.toISOString(),
  }));
}

export async function listExternal(db: Db, opts: Opts) {
  authorize(opts.actor, 'supervision.read');
  const items = await presentExternal(db, await externalRecords(db));
  return { items, total: items.length };
}

/** R-SUP-02: the authority's external supervisors (双随机一公开) and what they found, with files. */
export async function addExternal(db: Db, opts: Opts & { data: ExternalBody }) {
  authorize(opts.actor, 'supervision.manage');
  const actor = opts.actor;
  const d = opts.data;
  const row = await db.transaction(async (tx) => {
    if (d.batchId && !(await batchTitlesByIds(tx, [d.batchId])).length)
      throw new AppError('VALIDATION', '批次：不存在', [{ field: 'batchId', message: '不存在' }]);
    if (d.fileIds.length) {
      const found = await tx
        .select({ id: files.id })
        .from(files)
        .where(and(inArray(files.id, d.fileIds), eq(files.ownerId, actor.userId)));
      if (found.length !== new Set(d.fileIds).size)
        throw new AppError('VALIDATION', '附件：文件不存在或不是您上传的', [
          { field: 'fileIds', message: '文件不存在或不是您上传的' },
        ]);
    }
    const [r] = await tx
      .insert(supervisionExternal)
      .values({ ...d, createdBy: actor.userId })
      .returning();
    await recordAudit(tx, actor, {
      action: 'supervision.external',
      entity: 'supervision_external',
      entityId: r.id,
      after: d,
    });
    return r;
  });
  return (await presentExternal(db, [row]))[0];
}
