import { and, desc, eq, ilike, or, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.js';
import { centres, filings, scopeRows } from '../../db/schema/index.js';
import { authorize, type Actor } from '../../http/access.js';
import { AppError, notFound, type FieldIssue } from '../../http/errors.js';
import { likePattern } from '../../http/keyword.js';
import type { ScopeRowBody } from '../../../shared/scope.js';
import { checkFilingCode } from '../../../shared/centre.rules.js';
import { recordAudit } from '../audit/audit.service.js';
import { loadCentre } from './centre.service.js';
import { scopeKey } from './centre.rules.js';
import { presentFiling } from './filing.present.js';
import { activeScopeKeys, loadScopeRows, resolveScopeRow } from './scope.service.js';

type FilingRow = typeof filings.$inferSelect;

const rowCountOf = sql<number>`(select count(*)::int from scope_rows s where s.filing_id = "filings"."id")`;

export async function listFilings(db: Db, opts: { actor: Actor | null; keyword?: string }) {
  authorize(opts.actor, 'filing.read');
  const k = opts.keyword ? likePattern(opts.keyword) : null;
  // Issue 9: the keyword finds a filing by its title or reply number, or an occupation or college of its rows.
  const matches = k
    ? or(
        ilike(filings.title, k),
        ilike(filings.replyNumber, k),
        sql`exists (select 1 from scope_rows s join occupations o on o.id = s.occupation_id
          join colleges c on c.id = s.college_id where s.filing_id = ${filings.id}
          and (o.name ilike ${k} or o.code ilike ${k} or c.name ilike ${k} or s.job_name ilike ${k}))`,
      )
    : undefined;
  const rows = await db
    .select({ f: filings, n: rowCountOf })
    .from(filings)
    .where(matches)
    .orderBy(desc(filings.createdAt));
  return { items: rows.map((r) => presentFiling(r.f, Number(r.n))), total: rows.length };
}

async function loadFiling(db: DbOrTx, id: string, lock = false) {
  const q = db.select().from(filings).where(eq(filings.id, id));
  const [row] = lock ? await q.for('update') : await q;
  if (!row) throw notFound('备案申请');
  return row;
}

export async function getFiling(db: DbOrTx, opts: { actor: Actor | null; id: string }) {
  authorize(opts.actor, 'filing.read');
  const f = await loadFiling(db, opts.id);
  const rows = await loadScopeRows(db, eq(scopeRows.filingId, f.id));
  return { ...presentFiling(f, rows.length), rows };
}

export async function createFiling(
  db: Db,
  opts: { actor: Actor | null; category: 'initial' | 'incremental'; title: string },
) {
  authorize(opts.actor, 'filing.manage');
  const actor = opts.actor;
  return db.transaction(async (tx) => {
    const centre = await loadCentre(tx);
    const [f] = await tx
      .insert(filings)
      .values({ centreId: centre.id, category: opts.category, title: opts.title, createdBy: actor.userId })
      .returning();
    await recordAudit(tx, actor, { action: 'create', entity: 'filing', entityId: f.id, after: presentFiling(f, 0) });
    return presentFiling(f, 0);
  });
}

/** Only a draft or a returned filing may change (R-ORG-04: a submitted one waits for the authority's reply). */
function assertEditable(f: FilingRow) {
  if (f.status !== 'draft' && f.status !== 'returned')
    throw new AppError('CONFLICT', `备案申请${f.status === 'approved' ? '已备案' : '已报送'}，不能再修改`);
}

/**
 * R-ORG-02/04: adds rows to a draft filing, all or none. Each row is checked against the catalogue; a row already
 * in force or repeated within the filing is refused. `label(i)` names the row in messages (第 N 项 / 第 N 行).
 */
export async function insertFilingRows(
  tx: DbOrTx,
  actor: Actor,
  f: FilingRow,
  bodies: { body: ScopeRowBody; label: string; row?: number }[],
  columnOf: Record<string, string> = {},
): Promise<string[]> {
  assertEditable(f);
  const active = await activeScopeKeys(tx);
  const existing = new Map((await loadScopeRows(tx, eq(scopeRows.filingId, f.id))).map((r) => [scopeKey(r), r]));
  const issues: FieldIssue[] = [];
  const resolved: NonNullable<Awaited<ReturnType<typeof resolveScopeRow>>['row']>[] = [];
  for (const { body, label, row } of bodies) {
    const r = await resolveScopeRow(tx, body);
    const where = (field: string) => (columnOf[field] ? `${label} ${columnOf[field]} 列` : label);
    for (const i of r.issues)
      issues.push({ ...i, row, column: columnOf[i.field], message: `${where(i.field)}：${i.message}` });
    if (!r.row) continue;
    const key = scopeKey(r.row);
    const what = `${r.row.code} ${r.row.occupationName}${r.row.jobName ? `（${r.row.jobName}）` : ''}`;
    if (active.has(key))
      issues.push({
        field: 'code',
        row,
        column: columnOf.code,
        message: `${where('code')}：${what} 已在现行认定范围内`,
      });
    else if (existing.has(key))
      issues.push({
        field: 'code',
        row,
        column: columnOf.code,
        message: `${where('code')}：${what} 在本备案申请中重复`,
      });
    existing.set(key, { ...r.row, id: '' } as never);
    resolved.push(r.row);
  }
  if (issues.length)
    throw new AppError(
      'VALIDATION',
      issues
        .slice(0, 5)
        .map((i) => i.message)
        .join('；') + (issues.length > 5 ? '……' : ''),
      issues,
    );
  const [{ seq }] = await tx
    .select({ seq: sql<number>`coalesce(max(seq), 0)::int` })
    .from(scopeRows)
    .where(eq(scopeRows.filingId, f.id));
  const inserted = resolved.length
    ? await tx
        .insert(scopeRows)
        .values(
          resolved.map((r, i) => ({
            centreId: f.centreId,
            filingId: f.id,
            occupationId: r.occupationId,
            jobName: r.jobName,
            levels: r.levels,
            standardType: r.standardType,
            collegeId: r.collegeId,
            major: r.major,
            seq: Number(seq) + i + 1,
          })),
        )
        .returning({ id: scopeRows.id })
    : [];
  await recordAudit(tx, actor, { action: 'update', entity: 'filing', entityId: f.id, after: { addedRows: resolved } });
  return inserted.map((r) => r.id);
}

export async function addFilingRow(db: Db, opts: { actor: Actor | null; id: string; body: ScopeRowBody }) {
  authorize(opts.actor, 'filing.manage');
  const actor = opts.actor;
  return db.transaction(async (tx) => {
    const f = await loadFiling(tx, opts.id, true);
    await insertFilingRows(tx, actor, f, [{ body: opts.body, label: '认定范围' }]);
    return getFiling(tx, { actor, id: f.id });
  });
}

export async function removeFilingRow(db: Db, opts: { actor: Actor | null; id: string; rowId: string }) {
  authorize(opts.actor, 'filing.manage');
  const actor = opts.actor;
  return db.transaction(async (tx) => {
    const f = await loadFiling(tx, opts.id, true);
    assertEditable(f);
    const [before] = await loadScopeRows(tx, and(eq(scopeRows.id, opts.rowId), eq(scopeRows.filingId, f.id)));
    if (!before) throw notFound('认定范围');
    await tx.delete(scopeRows).where(eq(scopeRows.id, opts.rowId));
    await recordAudit(tx, actor, {
      action: 'update',
      entity: 'filing',
      entityId: f.id,
      before: { removedRow: before },
    });
    return getFiling(tx, { actor, id: f.id });
  });
}

export async function submitFiling(db: Db, opts: { actor: Actor | null; id: string }) {
  authorize(opts.actor, 'filing.manage');
  const actor = opts.actor;
  return db.transaction(async (tx) => {
    const f = await loadFiling(tx, opts.id, true);
    assertEditable(f);
    const [{ n }] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(scopeRows)
      .where(eq(scopeRows.filingId, f.id));
    if (Number(n) === 0) throw new AppError('CONFLICT', '备案申请中还没有认定范围（职业工种），不能报送');
    await tx
      .update(filings)
      .set({ status: 'submitted', submittedAt: new Date(), returnReason: null })
      .where(eq(filings.id, f.id));
    await recordAudit(tx, actor, {
      action: 'submit',
      entity: 'filing',
      entityId: f.id,
      before: { status: f.status },
      after: { status: 'submitted' },
    });
    return getFiling(tx, { actor, id: f.id });
  });
}

/**
 * R-ORG-04: the authority's reply (备案回执 / 增量备案回执) with its number and date makes the filing's rows active.
 * An initial filing also records the 备案号 it assigned and starts the 3-year validity (R-ORG-01).
 */
export async function approveFiling(
  db: Db,
  opts: { actor: Actor | null; id: string; replyNumber: string; replyDate: string; filingCode?: string | null },
) {
  authorize(opts.actor, 'filing.decide');
  const actor = opts.actor;
  return db.transaction(async (tx) => {
    const f = await loadFiling(tx, opts.id, true);
    if (f.status !== 'submitted') throw new AppError('CONFLICT', '只有已报送的备案申请才能登记备案回执');
    if (f.category === 'initial') {
      if (!opts.filingCode)
        throw new AppError('VALIDATION', '备案号：初次备案须填写备案回执中的机构备案号', [
          { field: 'filingCode', message: '请填写备案号' },
        ]);
      const reason = checkFilingCode(opts.filingCode);
      if (reason) throw new AppError('VALIDATION', `备案号：${reason}`, [{ field: 'filingCode', message: reason }]);
    }
    const active = await activeScopeKeys(tx);
    const rows = await loadScopeRows(tx, eq(scopeRows.filingId, f.id));
    const clash = rows.find((r) => active.has(scopeKey(r)));
    if (clash)
      throw new AppError(
        'CONFLICT',
        `${clash.code} ${clash.occupationName}${clash.jobName ? `（${clash.jobName}）` : ''} 已在现行认定范围内，请先从本申请中删除`,
      );
    const now = new Date();
    await tx
      .update(filings)
      .set({ status: 'approved', replyNumber: opts.replyNumber, replyDate: opts.replyDate, decidedAt: now })
      .where(eq(filings.id, f.id));
    await tx.update(scopeRows).set({ status: 'active', activatedAt: now }).where(eq(scopeRows.filingId, f.id));
    if (f.category === 'initial')
      await tx
        .update(centres)
        .set({ filingCode: opts.filingCode!, filingDate: opts.replyDate, updatedAt: now })
        .where(eq(centres.id, f.centreId));
    await recordAudit(tx, actor, {
      action: 'approve',
      entity: 'filing',
      entityId: f.id,
      before: { status: f.status },
      after: {
        status: 'approved',
        replyNumber: opts.replyNumber,
        replyDate: opts.replyDate,
        filingCode: opts.filingCode ?? null,
        activatedRows: rows.length,
      },
    });
    return getFiling(tx, { actor, id: f.id });
  });
}

export async function returnFiling(db: Db, opts: { actor: Actor | null; id: string; reason: string }) {
  authorize(opts.actor, 'filing.decide');
  const actor = opts.actor;
  return db.transaction(async (tx) => {
    const f = await loadFiling(tx, opts.id, true);
    if (f.status !== 'submitted') throw new AppError('CONFLICT', '只有已报送的备案申请才能退回');
    await tx
      .update(filings)
      .set({ status: 'returned', returnReason: opts.reason, decidedAt: new Date() })
      .where(eq(filings.id, f.id));
    await recordAudit(tx, actor, {
      action: 'return',
      entity: 'filing',
      entityId: f.id,
      before: { status: f.status },
      after: { status: 'returned', reason: opts.reason },
    });
    return getFiling(tx, { actor, id: f.id });
  });
}

export { loadFiling };
