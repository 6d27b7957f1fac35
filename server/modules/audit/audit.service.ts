import { and, desc, eq, gte, ilike, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.js';
import { rowsOf } from '../../db/client.js';
import { auditLog } from '../../db/schema/index.js';
import { authorize, type Actor } from '../../http/access.js';
import { GENESIS_HASH, hashAuditRow, toJsonValue, type AuditFields } from './audit.rules.js';

/** Advisory-lock key that serialises audit appends (any constant unique to this purpose). */
const AUDIT_LOCK_KEY = 7_201_001;

export interface AuditEntry {
  action: string;
  entity: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
}

/**
 * R-AUD-01: append one row to the hash chain inside the caller's transaction. The advisory lock is held until that
 * transaction ends, so concurrent writers queue here and each chains to the row committed before it.
 */
export async function recordAudit(tx: DbOrTx, actor: Actor | null, entry: AuditEntry): Promise<number> {
  await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`);
  const [last] = await tx
    .select({ seq: auditLog.seq, hash: auditLog.hash })
    .from(auditLog)
    .orderBy(desc(auditLog.seq))
    .limit(1);
  const fields: AuditFields = {
    seq: (last?.seq ?? 0) + 1,
    at: new Date().toISOString(),
    actorId: actor?.userId ?? null,
    actorName: actor?.displayName ?? null,
    actorRole: actor?.role ?? null,
    ip: actor?.ip ?? null,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId ?? null,
    before: toJsonValue(entry.before),
    after: toJsonValue(entry.after),
  };
  const prevHash = last?.hash ?? GENESIS_HASH;
  const hash = hashAuditRow(prevHash, fields);
  await tx.insert(auditLog).values({ ...fields, at: new Date(fields.at), prevHash, hash });
  return fields.seq;
}

export interface AuditQuery {
  actor?: string;
  entity?: string;
  entityId?: string;
  action?: string;
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

export async function listAudit(db: Db, opts: { actor: Actor | null; query: AuditQuery }) {
  authorize(opts.actor, 'audit.read');
  const q = opts.query;
  const where: SQL[] = [];
  if (q.actor) where.push(or(ilike(auditLog.actorName, `%${q.actor}%`), eq(auditLog.actorId, q.actor))!);
  if (q.entity) where.push(eq(auditLog.entity, q.entity));
  if (q.entityId) where.push(eq(auditLog.entityId, q.entityId));
  if (q.action) where.push(eq(auditLog.action, q.action));
  if (q.from) where.push(gte(auditLog.at, new Date(`${q.from}T00:00:00+08:00`)));
  if (q.to) where.push(lt(auditLog.at, new Date(new Date(`${q.to}T00:00:00+08:00`).getTime() + 86_400_000)));
  const cond = where.length ? and(...where) : undefined;
  const [items, [{ total }]] = await Promise.all([
    db
      .select()
      .from(auditLog)
      .where(cond)
      .orderBy(desc(auditLog.seq))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db
      .select({ total: sql<number>`count(*)::int` })
      .from(auditLog)
      .where(cond),
  ]);
  return { items, total: Number(total) };
}

export async function listAuditEntities(db: Db, opts: { actor: Actor | null }) {
  authorize(opts.actor, 'audit.read');
  const rows = rowsOf<{ entity: string }>(await db.execute(sql`select distinct entity from audit_log order by entity`));
  return rows.map((r) => r.entity);
}

export interface ChainReport {
  ok: boolean;
  checked: number;
  firstBroken?: { seq: number; reason: string };
}

/** R-AUD-01: walk the chain in order, recomputing every hash; report the first row that does not match. */
export async function verifyAuditChain(db: Db, batchSize = 2000): Promise<ChainReport> {
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let checked = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(auditLog)
      .where(gte(auditLog.seq, expectedSeq))
      .orderBy(auditLog.seq)
      .limit(batchSize);
    if (rows.length === 0) return { ok: true, checked };
    for (const r of rows) {
      if (r.seq !== expectedSeq)
        return { ok: false, checked, firstBroken: { seq: expectedSeq, reason: `缺少第 ${expectedSeq} 条记录` } };
      if (r.prevHash !== prevHash)
        return { ok: false, checked, firstBroken: { seq: r.seq, reason: '前序哈希与上一条记录不符' } };
      const fields: AuditFields = {
        seq: r.seq,
        at: r.at.toISOString(),
        actorId: r.actorId,
        actorName: r.actorName,
        actorRole: r.actorRole,
        ip: r.ip,
        action: r.action,
        entity: r.entity,
        entityId: r.entityId,
        before: r.before,
        after: r.after,
      };
      if (hashAuditRow(prevHash, fields) !== r.hash)
        return { ok: false, checked, firstBroken: { seq: r.seq, reason: '记录内容与哈希不符（已被篡改）' } };
      prevHash = r.hash;
      expectedSeq++;
      checked++;
    }
  }
}

/** Starts the Excel export of the filtered trail as a durable job (see audit.xlsx.ts). */
export async function requestAuditExport(
  ctx: {
    db: Db;
    jobs: { enqueue: (tx: DbOrTx, kind: string, params: object, ownerId: string | null) => Promise<string> };
  },
  opts: { actor: Actor | null; filters: Omit<AuditQuery, 'page' | 'pageSize'> },
) {
  authorize(opts.actor, 'audit.export');
  const actor = opts.actor;
  const jobId = await ctx.db.transaction(async (tx) => {
    const id = await ctx.jobs.enqueue(tx, 'audit.export', { filters: opts.filters, actor }, actor.userId);
    await recordAudit(tx, actor, { action: 'export', entity: 'audit', entityId: id, after: opts.filters });
    return id;
  });
  return { jobId };
}

export async function countAuditSince(db: Db, opts: { actor: Actor | null; since: Date }) {
  authorize(opts.actor, 'audit.read');
  const [r] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(auditLog)
    .where(gte(auditLog.at, opts.since));
  return Number(r.n);
}
