import { and, asc, desc, eq, type SQL } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.js';
import { annualPlans, colleges, planLines, planSettings, semesterPlans } from '../../db/schema/index.js';
import { assertCollegeScope, authorize, collegeFilter, type Actor } from '../../http/access.js';
import { AppError, notFound, type FieldIssue } from '../../http/errors.js';
import type {
  AnnualPlan,
  AnnualPlanBody,
  PlanLineBody,
  PlanSettingsBody,
  SemesterPlan,
  SemesterPlanBody,
} from '../../../shared/plans.js';
import { recordAudit } from '../audit/audit.service.js';
import { findOccupation } from '../centre/catalogue.service.js';
import { loadCentre } from '../centre/centre.service.js';
import { assertCanPlanBatch } from '../centre/scope.service.js';
import { presentAnnual, presentSemester } from './plans.present.js';
import { matchesKeyword } from '../../http/keyword.js';

// ---------------------------------------------------------------------------------------------------------------
// Settings (R-PLAN-04, R-PLAN-06)
// ---------------------------------------------------------------------------------------------------------------

export interface PlanSettingsValue {
  leadDays: number;
  lateMode: 'refuse' | 'warn';
  trainingFilingDays: number;
}

/** For other modules: the centre's plan settings (defaults 10 working days, refuse, 20 working days). */
export async function loadPlanSettings(db: DbOrTx): Promise<PlanSettingsValue> {
  const centre = await loadCentre(db);
  const [row] = await db.select().from(planSettings).where(eq(planSettings.centreId, centre.id));
  return {
    leadDays: row?.leadDays ?? 10,
    lateMode: row?.lateMode === 'warn' ? 'warn' : 'refuse',
    trainingFilingDays: row?.trainingFilingDays ?? 20,
  };
}

export async function getPlanSettings(db: Db, opts: { actor: Actor | null }) {
  authorize(opts.actor, 'plans.read');
  return loadPlanSettings(db);
}

/** R-PLAN-04: the lead time (10; Shandong 5) and whether a late submission is refused or warned. */
export async function savePlanSettings(db: Db, opts: { actor: Actor | null; data: PlanSettingsBody }) {
  authorize(opts.actor, 'plans.settings');
  const actor = opts.actor;
  return db.transaction(async (tx) => {
    const centre = await loadCentre(tx);
    const before = await loadPlanSettings(tx);
    await tx
      .insert(planSettings)
      .values({ centreId: centre.id, ...opts.data })
      .onConflictDoUpdate({ target: planSettings.centreId, set: { ...opts.data, updatedAt: new Date() } });
    await recordAudit(tx, actor, {
      action: 'update',
      entity: 'plan_settings',
      entityId: centre.id,
      before,
      after: opts.data,
    });
    return loadPlanSettings(tx);
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Plan lines (shared by annual and semester plans)
// ---------------------------------------------------------------------------------------------------------------

/**
 * Resolves each line's occupation in the catalogue; with `collegeId`, also the scope (R-ORG-01/02/03). Every bad
 * line is reported, named by its line number, and nothing is saved.
 */
async function resolveLines(db: DbOrTx, lines: PlanLineBody[], scope?: { collegeId: string }) {
  const issues: FieldIssue[] = [];
  const out: { occupationId: string; line: PlanLineBody }[] = [];
  for (const [i, line] of lines.entries()) {
    const occ = await findOccupation(db, { edition: line.edition, code: line.code });
    if (!occ) {
      issues.push({
        field: `lines.${i}.code`,
        message: `第 ${i + 1} 项：职业编码 ${line.code} 不在 ${line.edition} 版职业目录中`,
      });
      continue;
    }
    if (scope) {
      try {
        await assertCanPlanBatch(db, {
          collegeId: scope.collegeId,
          edition: line.edition,
          code: line.code,
          jobName: line.jobName,
          level: line.level,
        });
      } catch (e) {
        if (!(e instanceof AppError)) throw e;
        issues.push({ field: `lines.${i}.code`, message: `第 ${i + 1} 项：${e.message}` });
        continue;
      }
    }
    out.push({ occupationId: occ.id, line });
  }
  if (issues.length) throw new AppError('VALIDATION', issues.map((i) => i.message).join('；'), issues);
  return out;
}

async function writeLines(
  tx: DbOrTx,
  parent: { annualPlanId?: string; semesterPlanId?: string },
  lines: { occupationId: string; line: PlanLineBody }[],
) {
  if (parent.annualPlanId) await tx.delete(planLines).where(eq(planLines.annualPlanId, parent.annualPlanId));
  if (parent.semesterPlanId) await tx.delete(planLines).where(eq(planLines.semesterPlanId, parent.semesterPlanId));
  if (!lines.length) return;
  await tx.insert(planLines).values(
    lines.map(({ occupationId, line }, i) => ({
      annualPlanId: parent.annualPlanId ?? null,
      semesterPlanId: parent.semesterPlanId ?? null,
      seq: i + 1,
      occupationId,
      jobName: line.jobName || null,
      level: line.level,
      method: line.method,
      expectedCandidates: line.expectedCandidates,
      month: line.month ?? null,
      note: line.note ?? null,
    })),
  );
}

/** What a plan's keyword box finds in its lines: occupation code and name, job. */
const planLineTexts = (lines: { code: string; occupationName: string; jobName: string | null }[]) =>
  lines.flatMap((l) => [l.code, l.occupationName, l.jobName]);

// ---------------------------------------------------------------------------------------------------------------
// Annual plan (R-PLAN-01)
// ---------------------------------------------------------------------------------------------------------------

export async function listAnnualPlans(db: Db, opts: { actor: Actor | null; keyword?: string }) {
  authorize(opts.actor, 'plans.read');
  const rows = await db.select().from(annualPlans).orderBy(desc(annualPlans.year));
  const items = (await Promise.all(rows.map((r) => presentAnnual(db, r)))).filter((p) =>
    matchesKeyword(opts.keyword, [p.title, p.year, ...planLineTexts(p.lines)]),
  );
  return { items, total: items.length };
}

export async function getAnnualPlan(db: DbOrTx, opts: { actor: Actor | null; id: string }) {
  authorize(opts.actor, 'plans.read');
  const [row] = await db.select().from(annualPlans).where(eq(annualPlans.id, opts.id));
  if (!row) throw notFound('年度计划');
  return presentAnnual(db, row);
}

/** R-PLAN-01: the annual plan for a year, with its lines; one plan per year. */
export async function saveAnnualPlan(db: Db, opts: { actor: Actor | null; id?: string; data: AnnualPlanBody }) {
  authorize(opts.actor, 'plans.manage');
  const actor = opts.actor;
  const d = opts.data;
  return db.transaction(async (tx) => {
    const lines = await resolveLines(tx, d.lines);
    const [dup] = await tx.select({ id: annualPlans.id }).from(annualPlans).where(eq(annualPlans.year, d.year));
    if (dup && dup.id !== opts.id)
      throw new AppError('CONFLICT', `年度：${d.year} 年的年度计划已存在`, [
        { field: 'year', message: '年度：该年度计划已存在' },
      ]);
    let id = opts.id;
    let before: AnnualPlan | null = null;
    if (id) {
      const [row] = await tx.select().from(annualPlans).where(eq(annualPlans.id, id)).for('update');
      if (!row) throw notFound('年度计划');
      before = await presentAnnual(tx, row);
      await tx
        .update(annualPlans)
        .set({ year: d.year, title: d.title, note: d.note ?? null, updatedAt: new Date() })
        .where(eq(annualPlans.id, id));
    } else {
      const centre = await loadCentre(tx);
      const [row] = await tx
        .insert(annualPlans)
        .values({ centreId: centre.id, year: d.year, title: d.title, note: d.note ?? null })
        .returning();
      id = row.id;
    }
    await writeLines(tx, { annualPlanId: id }, lines);
    const after = await getAnnualPlan(tx, { actor, id });
    await recordAudit(tx, actor, {
      action: before ? 'update' : 'create',
      entity: 'annual_plan',
      entityId: id,
      before,
      after,
    });
    return after;
  });
}

/** R-PLAN-01 (H 认定计划 一): the plan is issued as a notice (下发通知); it stays editable, each change audited. */
export async function issueAnnualPlan(db: Db, opts: { actor: Actor | null; id: string }) {
  authorize(opts.actor, 'plans.manage');
  const actor = opts.actor;
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(annualPlans).where(eq(annualPlans.id, opts.id)).for('update');
    if (!row) throw notFound('年度计划');
    if (row.status === 'issued') throw new AppError('CONFLICT', `${row.year} 年度计划已下发`);
    await tx
      .update(annualPlans)
      .set({ status: 'issued', issuedAt: new Date(), updatedAt: new Date() })
      .where(eq(annualPlans.id, row.id));
    await recordAudit(tx, actor, { action: 'issue', entity: 'annual_plan', entityId: row.id });
    return getAnnualPlan(tx, { actor, id: row.id });
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Semester plans and ad-hoc projects (R-PLAN-02)
// ---------------------------------------------------------------------------------------------------------------

/** R-ORG-07: a clerk lists its own college's plans only. */
export async function listSemesterPlans(
  db: Db,
  opts: {
    actor: Actor | null;
    collegeId?: string;
    semester?: string;
    status?: SemesterPlan['status'];
    keyword?: string;
  },
) {
  authorize(opts.actor, 'plans.read');
  const only = collegeFilter(opts.actor);
  const cond: SQL[] = [];
  if (only) cond.push(eq(semesterPlans.collegeId, only));
  if (opts.collegeId) cond.push(eq(semesterPlans.collegeId, opts.collegeId));
  if (opts.semester) cond.push(eq(semesterPlans.semester, opts.semester));
  if (opts.status) cond.push(eq(semesterPlans.status, opts.status));
  const rows = await db
    .select()
    .from(semesterPlans)
    .where(cond.length ? and(...cond) : undefined)
    .orderBy(desc(semesterPlans.semester), asc(semesterPlans.createdAt));
  const items = (await Promise.all(rows.map((r) => presentSemester(db, r)))).filter((p) =>
    matchesKeyword(opts.keyword, [p.title, p.collegeName, p.semester, ...planLineTexts(p.lines)]),
  );
  return { items, total: items.length };
}

async function loadSemester(db: DbOrTx, actor: Actor, id: string, lock = false) {
  const q = db.select().from(semesterPlans).where(eq(semesterPlans.id, id));
  const [row] = lock ? await q.for('update') : await q;
  if (!row) throw notFound('学期计划');
  assertCollegeScope(actor, row.collegeId, '学期计划');
  return row;
}

export async function getSemesterPlan(db: DbOrTx, opts: { actor: Actor | null; id: string }) {
  authorize(opts.actor, 'plans.read');
  return presentSemester(db, await loadSemester(db, opts.actor, opts.id));
}

/** R-PLAN-02: a college drafts (or, after a return, corrects) its semester plan; lines must be inside its scope. */
export async function saveSemesterPlan(db: Db, opts: { actor: Actor | null; id?: string; data: SemesterPlanBody }) {
  authorize(opts.actor, 'plans.submitSemester');
  const actor = opts.actor;
  const d = opts.data;
  assertCollegeScope(actor, d.collegeId, '二级学院');
  return db.transaction(async (tx) => {
    const [college] = await tx.select({ id: colleges.id }).from(colleges).where(eq(colleges.id, d.collegeId));
    if (!college)
      throw new AppError('VALIDATION', '所属二级学院：不存在', [
        { field: 'collegeId', message: '所属二级学院：不存在' },
      ]);
    let before: SemesterPlan | null = null;
    if (opts.id) {
      const row = await loadSemester(tx, actor, opts.id, true);
      if (row.status === 'submitted' || row.status === 'approved')
        throw new AppError(
          'CONFLICT',
          `学期计划当前状态为“${row.status === 'approved' ? '已批准' : '已提交'}”，不能修改`,
        );
      before = await presentSemester(tx, row);
    }
    const lines = await resolveLines(tx, d.lines, { collegeId: d.collegeId });
    if (!d.adHoc) {
      const [dup] = await tx
        .select({ id: semesterPlans.id })
        .from(semesterPlans)
        .where(
          and(
            eq(semesterPlans.collegeId, d.collegeId),
            eq(semesterPlans.semester, d.semester),
            eq(semesterPlans.adHoc, false),
          ),
        );
      if (dup && dup.id !== opts.id)
        throw new AppError('CONFLICT', `学期：该学院 ${d.semester} 学期计划已存在（临时性项目请勾选“临时项目”）`, [
          { field: 'semester', message: '学期：计划已存在' },
        ]);
    }
    const values = {
      collegeId: d.collegeId,
      semester: d.semester,
      adHoc: d.adHoc,
      title: d.title,
      note: d.note ?? null,
      updatedAt: new Date(),
    };
    let id = opts.id;
    if (id) await tx.update(semesterPlans).set(values).where(eq(semesterPlans.id, id));
    else id = (await tx.insert(semesterPlans).values(values).returning())[0].id;
    await writeLines(tx, { semesterPlanId: id }, lines);
    const after = await getSemesterPlan(tx, { actor, id });
    await recordAudit(tx, actor, {
      action: before ? 'update' : 'create',
      entity: 'semester_plan',
      entityId: id,
      before,
      after,
    });
    return after;
  });
}

/** R-PLAN-02: the college submits its draft (or returned) plan to the centre. */
export async function submitSemesterPlan(db: Db, opts: { actor: Actor | null; id: string }) {
  authorize(opts.actor, 'plans.submitSemester');
  const actor = opts.actor;
  return db.transaction(async (tx) => {
    const row = await loadSemester(tx, actor, opts.id, true);
    if (row.status !== 'draft' && row.status !== 'returned')
      throw new AppError(
        'CONFLICT',
        `学期计划当前状态为“${row.status === 'approved' ? '已批准' : '已提交'}”，不能再次提交`,
      );
    await tx
      .update(semesterPlans)
      .set({ status: 'submitted', submittedAt: new Date(), submittedBy: actor.userId, updatedAt: new Date() })
      .where(eq(semesterPlans.id, row.id));
    await recordAudit(tx, actor, { action: 'submit', entity: 'semester_plan', entityId: row.id });
    return getSemesterPlan(tx, { actor, id: row.id });
  });
}

/** R-PLAN-02: the centre approves a submitted plan, or returns it with a reason the college sees. */
export async function decideSemesterPlan(
  db: Db,
  opts: { actor: Actor | null; id: string; approve: boolean; reason?: string },
) {
  authorize(opts.actor, 'plans.decide');
  const actor = opts.actor;
  return db.transaction(async (tx) => {
    const row = await loadSemester(tx, actor, opts.id, true);
    if (row.status !== 'submitted') throw new AppError('CONFLICT', '只有“已提交”的学期计划才能批准或退回');
    const status = opts.approve ? 'approved' : 'returned';
    await tx
      .update(semesterPlans)
      .set({
        status,
        reason: opts.approve ? null : (opts.reason ?? null),
        decidedAt: new Date(),
        decidedBy: actor.userId,
        updatedAt: new Date(),
      })
      .where(eq(semesterPlans.id, row.id));
    await recordAudit(tx, actor, {
      action: opts.approve ? 'approve' : 'return',
      entity: 'semester_plan',
      entityId: row.id,
      after: { status, reason: opts.reason ?? null },
    });
    return getSemesterPlan(tx, { actor, id: row.id });
  });
}
