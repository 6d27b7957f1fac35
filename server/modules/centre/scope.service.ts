import { and, asc, eq, ilike, inArray, or, type SQL } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.js';
import { colleges, occupations, scopeApprovals, scopeRows } from '../../db/schema/index.js';
import { assertCollegeScope, authorize, collegeFilter, type Actor } from '../../http/access.js';
import { AppError, notFound, type FieldIssue } from '../../http/errors.js';
import type { ScopeRow, ScopeRowBody } from '../../../shared/scope.js';
import { levelNames } from '../../../shared/centre.rules.js';
import type { z } from 'zod';
import type { scopeApprovalBody } from '../../../shared/scope.js';
import { recordAudit } from '../audit/audit.service.js';
import { findOccupation } from './catalogue.service.js';
import { loadCentre } from './centre.service.js';
import { checkScopeRow, filingStatus, sameJobName, scopeKey } from './centre.rules.js';
import { chinaToday } from '../../../shared/dates.js';

/** Scope rows with their occupation, college and approvals, presented; `where` filters scope_rows. */
export async function loadScopeRows(db: DbOrTx, where?: SQL): Promise<ScopeRow[]> {
  const rows = await db
    .select({
      r: scopeRows,
      o: { edition: occupations.edition, code: occupations.code, name: occupations.name },
      collegeName: colleges.name,
    })
    .from(scopeRows)
    .innerJoin(occupations, eq(occupations.id, scopeRows.occupationId))
    .innerJoin(colleges, eq(colleges.id, scopeRows.collegeId))
    .where(where)
    .orderBy(asc(scopeRows.seq), asc(occupations.code), asc(scopeRows.jobName));
  const ids = rows.map((x) => x.r.id);
  const approvals = ids.length
    ? await db
        .select({ a: scopeApprovals, collegeName: colleges.name })
        .from(scopeApprovals)
        .innerJoin(colleges, eq(colleges.id, scopeApprovals.collegeId))
        .where(inArray(scopeApprovals.scopeRowId, ids))
    : [];
  return rows.map(({ r, o, collegeName }) => ({
    id: r.id,
    filingId: r.filingId,
    edition: o.edition,
    code: o.code,
    occupationName: o.name,
    jobName: r.jobName,
    levels: r.levels,
    standardType: r.standardType,
    collegeId: r.collegeId,
    collegeName,
    major: r.major,
    status: r.status,
    activatedAt: r.activatedAt?.toISOString() ?? null,
    approvals: approvals
      .filter((x) => x.a.scopeRowId === r.id)
      .map((x) => ({
        id: x.a.id,
        collegeId: x.a.collegeId,
        collegeName: x.collegeName,
        approvedBy: x.a.approvedBy,
        approvedOn: x.a.approvedOn,
        number: x.a.number,
        note: x.a.note,
      })),
  }));
}

/** R-ORG-02/07: the scope; a college clerk sees only its own college's rows. */
export async function listScope(
  db: Db,
  opts: { actor: Actor | null; status?: 'pending' | 'active'; collegeId?: string; keyword?: string },
) {
  authorize(opts.actor, 'scope.read');
  const where: SQL[] = [eq(scopeRows.status, opts.status ?? 'active')];
  const only = collegeFilter(opts.actor);
  if (only) where.push(eq(scopeRows.collegeId, only));
  else if (opts.collegeId) where.push(eq(scopeRows.collegeId, opts.collegeId));
  if (opts.keyword) {
    const like = `%${opts.keyword.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    where.push(
      or(
        ilike(occupations.code, like),
        ilike(occupations.name, like),
        ilike(scopeRows.jobName, like),
        ilike(scopeRows.major, like),
      )!,
    );
  }
  const items = await loadScopeRows(db, and(...where));
  return { items, total: items.length };
}

export async function getScopeRow(db: DbOrTx, opts: { actor: Actor | null; id: string }) {
  authorize(opts.actor, 'scope.read');
  const [row] = await loadScopeRows(db, eq(scopeRows.id, opts.id));
  if (!row) throw notFound('认定范围');
  assertCollegeScope(opts.actor, row.collegeId, '认定范围');
  return row;
}

/**
 * R-ORG-02: a scope row entered by hand or from Excel, checked against the catalogue of its edition. Returns the
 * resolved row or the issues (field names as in the request). `issueAt` prefixes messages (e.g. 第 5 行).
 */
export async function resolveScopeRow(db: DbOrTx, body: ScopeRowBody) {
  const issues: FieldIssue[] = [];
  const occ = await findOccupation(db, { edition: body.edition, code: body.code });
  if (!occ) {
    issues.push({ field: 'code', message: `职业编码：${body.edition} 版职业目录中没有 ${body.code}` });
    return { issues, row: null };
  }
  const [college] = await db.select({ id: colleges.id }).from(colleges).where(eq(colleges.id, body.collegeId));
  if (!college) issues.push({ field: 'collegeId', message: '所属二级学院：不存在' });
  const job = body.jobName ? (occ.jobs.find((j) => sameJobName(j.name, body.jobName!))?.name ?? body.jobName) : null;
  for (const i of checkScopeRow(occ, { jobName: job, levels: body.levels }))
    issues.push({
      field: i.field === 'occupation' ? 'code' : i.field,
      message: `${i.field === 'levels' ? '等级' : '工种'}：${i.message}`,
    });
  const levels = [...body.levels].sort((a, b) => b - a);
  return {
    issues,
    row: {
      occupationId: occ.id,
      occupationName: occ.name,
      edition: occ.edition,
      code: occ.code,
      jobName: job,
      levels,
      standardType: body.standardType,
      collegeId: body.collegeId,
      major: body.major || null,
    },
  };
}

/** R-ORG-02: the keys of active rows, to refuse a filing row that is already in force. */
export async function activeScopeKeys(db: DbOrTx) {
  const rows = await loadScopeRows(db, eq(scopeRows.status, 'active'));
  return new Map(rows.map((r) => [scopeKey(r), r]));
}

/** R-ORG-03: the centre records its approval for another college to run the occupation of a scope row. */
export async function approveOtherCollege(
  db: Db,
  opts: { actor: Actor | null; data: z.infer<typeof scopeApprovalBody> },
) {
  authorize(opts.actor, 'scope.approve');
  const actor = opts.actor;
  const d = opts.data;
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(scopeRows).where(eq(scopeRows.id, d.scopeRowId)).for('update');
    if (!row) throw notFound('认定范围');
    if (row.status !== 'active') throw new AppError('CONFLICT', '该认定范围尚未备案生效，不能批准其他学院使用');
    if (row.collegeId === d.collegeId)
      throw new AppError('VALIDATION', '二级学院：该职业本就属于此学院，无需批准', [
        { field: 'collegeId', message: '本就属于此学院' },
      ]);
    const [college] = await tx.select().from(colleges).where(eq(colleges.id, d.collegeId));
    if (!college) throw new AppError('VALIDATION', '二级学院：不存在', [{ field: 'collegeId', message: '不存在' }]);
    const [dup] = await tx
      .select({ id: scopeApprovals.id })
      .from(scopeApprovals)
      .where(and(eq(scopeApprovals.scopeRowId, d.scopeRowId), eq(scopeApprovals.collegeId, d.collegeId)));
    if (dup) throw new AppError('CONFLICT', `${college.name}已获准使用该认定范围`);
    const [a] = await tx
      .insert(scopeApprovals)
      .values({ ...d, number: d.number ?? null, note: d.note ?? null, recordedBy: actor.userId })
      .returning();
    await recordAudit(tx, actor, { action: 'approve', entity: 'scope_approval', entityId: a.id, after: a });
    return getScopeRow(tx, { actor, id: d.scopeRowId });
  });
}

export interface PlanBatchTarget {
  collegeId: string;
  edition: string;
  code: string;
  jobName?: string | null;
  level: number;
  /** The day the batch is planned (default today in China). */
  today?: string;
}

/**
 * For the plans module (R-ORG-01/02/03): refuses to plan a batch when the centre's filing has expired, when the
 * occupation/job/level is outside the active scope, or when the scope row belongs to another college and the
 * centre has recorded no approval for this college. Returns the scope row the batch runs under.
 */
export async function assertCanPlanBatch(db: DbOrTx, target: PlanBatchTarget): Promise<ScopeRow> {
  const centre = await loadCentre(db);
  const today = target.today ?? chinaToday();
  const f = filingStatus(centre, today, centre.filingWarnDays);
  // R-ORG-01: no filing, or an expired one, means no new batch.
  if (f.status === 'none') throw new AppError('CONFLICT', '认定中心尚未备案（无备案号或备案日期），不能安排认定批次');
  if (f.status === 'expired')
    throw new AppError('CONFLICT', `认定中心备案已于 ${f.validUntil} 到期，不能安排新的认定批次`);
  // R-ORG-02: inside the active scope.
  const rows = (await loadScopeRows(db, eq(scopeRows.status, 'active'))).filter(
    (r) => r.edition === target.edition && r.code === target.code && sameJobName(r.jobName ?? '', target.jobName ?? ''),
  );
  const what = `${target.code}${target.jobName ? `（${target.jobName}）` : ''}`;
  if (!rows.length)
    throw new AppError('CONFLICT', `职业 ${what} 不在认定中心已备案的认定范围内（${target.edition} 版目录）`);
  const withLevel = rows.filter((r) => r.levels.includes(target.level));
  if (!withLevel.length)
    throw new AppError(
      'CONFLICT',
      `职业 ${what} 的认定范围不含${levelNames[target.level] ?? `${target.level} 级`}（已备案等级：${rows.map((r) => r.levels.join('、')).join('；')}）`,
    );
  // R-ORG-03: 谁申报谁受益 — another college needs the centre's recorded approval.
  const own = withLevel.find((r) => r.collegeId === target.collegeId);
  if (own) return own;
  const approved = withLevel.find((r) => r.approvals.some((a) => a.collegeId === target.collegeId));
  if (approved) return approved;
  throw new AppError(
    'CONFLICT',
    `职业 ${what} 由${withLevel[0].collegeName}申报备案，其他学院须经认定中心批准后方可组织认定`,
  );
}

/** The scope check as the screens ask it: the same rules, as an answer rather than an error. */
export async function checkScope(db: Db, opts: { actor: Actor | null } & PlanBatchTarget & { day?: string }) {
  authorize(opts.actor, 'scope.read');
  assertCollegeScope(opts.actor, opts.collegeId, '二级学院');
  try {
    const row = await assertCanPlanBatch(db, { ...opts, today: opts.day });
    return {
      ok: true,
      message: `可以安排：${row.occupationName}${row.jobName ? `（${row.jobName}）` : ''}`,
      scopeRowId: row.id,
    };
  } catch (e) {
    if (e instanceof AppError && e.code === 'CONFLICT') return { ok: false, message: e.message, scopeRowId: null };
    throw e;
  }
}
