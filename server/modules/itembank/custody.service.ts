import { and, asc, eq, gte, lt, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Db, DbOrTx } from '../../db/client.js';
import { custodyDuties, documentTransfers } from '../../db/schema/index.js';
import { authorize, type Actor } from '../../http/access.js';
import { AppError, notFound, type FieldIssue } from '../../http/errors.js';
import type {
  CustodyDuty,
  CustodyDutyBody,
  CustodyQuery,
  DocumentTransfer,
  DocumentTransferBody,
} from '../../../shared/custody.js';
import { addDays } from '../../../shared/dates.js';
import { recordAudit } from '../audit/audit.service.js';
import { batchChoices, batchTitlesByIds } from '../plans/plans.reads.js';
import { presentDuties, presentTransfers } from './custody.present.js';
import { chinaDayStart, dutyIssues, transferIssues } from './custody.rules.js';

/**
 * R-BANK-03: the 试卷保密室值班记录 and the 文件移交登记表. They name documents, never their contents, so they use
 * the ordinary permissions (`custody.read` / `custody.manage`, a plain 403 for others) and not the bank's 404.
 */

function refuse(issues: FieldIssue[]) {
  if (issues.length) throw new AppError('VALIDATION', issues.map((i) => i.message).join('；'), issues);
}

async function checkBatch(db: DbOrTx, batchId: string | null | undefined) {
  if (batchId && !(await batchTitlesByIds(db, [batchId])).length)
    refuse([{ field: 'batchId', message: '批次：不存在' }]);
}

/** The query's filters on a time column (days in China time, both ends included) and the batch. */
function filters(q: CustodyQuery, batchColumn: AnyPgColumn, time: AnyPgColumn) {
  const where: SQL[] = [];
  if (q.batchId) where.push(eq(batchColumn, q.batchId));
  if (q.from) where.push(gte(time, chinaDayStart(q.from)));
  if (q.to) where.push(lt(time, chinaDayStart(addDays(q.to, 1))));
  return where.length ? and(...where) : undefined;
}

/** The batches a record may name. */
export async function listCustodyBatches(db: DbOrTx, opts: { actor: Actor | null }) {
  authorize(opts.actor, 'custody.read');
  const items = await batchChoices(db);
  return { items, total: items.length };
}

// ——— 试卷保密室值班记录 ———

export async function listDuties(db: DbOrTx, opts: { actor: Actor | null; query: CustodyQuery }) {
  authorize(opts.actor, 'custody.read');
  const rows = await db
    .select()
    .from(custodyDuties)
    .where(filters(opts.query, custodyDuties.batchId, custodyDuties.startsAt))
    .orderBy(asc(custodyDuties.startsAt), asc(custodyDuties.createdAt));
  const items = await presentDuties(db, rows);
  return { items, total: items.length };
}

export async function saveDuty(
  db: Db,
  opts: { actor: Actor | null; id?: string; data: CustodyDutyBody },
): Promise<CustodyDuty> {
  authorize(opts.actor, 'custody.manage');
  const actor = opts.actor;
  const d = opts.data;
  // R-BANK-03: two different people on duty, the shift ending after it starts.
  refuse(dutyIssues(d));
  await checkBatch(db, d.batchId);
  const values = {
    subject: d.subject,
    batchId: d.batchId ?? null,
    startsAt: new Date(d.startsAt),
    endsAt: new Date(d.endsAt),
    keeper1: d.keeper1,
    keeper2: d.keeper2,
    sealIntact: d.sealIntact,
    count: d.count,
    note: d.note || null,
  };
  const row = await db.transaction(async (tx) => {
    if (!opts.id) {
      const [created] = await tx
        .insert(custodyDuties)
        .values({ ...values, recordedBy: actor.userId })
        .returning();
      await recordAudit(tx, actor, { action: 'create', entity: 'custody_duty', entityId: created.id, after: created });
      return created;
    }
    const [before] = await tx.select().from(custodyDuties).where(eq(custodyDuties.id, opts.id)).for('update');
    if (!before) throw notFound('值班记录');
    const [after] = await tx.update(custodyDuties).set(values).where(eq(custodyDuties.id, opts.id)).returning();
    await recordAudit(tx, actor, { action: 'update', entity: 'custody_duty', entityId: after.id, before, after });
    return after;
  });
  return (await presentDuties(db, [row]))[0];
}

export async function deleteDuty(db: Db, opts: { actor: Actor | null; id: string }) {
  authorize(opts.actor, 'custody.manage');
  const actor = opts.actor;
  await db.transaction(async (tx) => {
    const [before] = await tx.delete(custodyDuties).where(eq(custodyDuties.id, opts.id)).returning();
    if (!before) throw notFound('值班记录');
    await recordAudit(tx, actor, { action: 'delete', entity: 'custody_duty', entityId: before.id, before });
  });
  return { ok: true as const };
}

// ——— 文件移交登记表 ———

export async function listTransfers(db: DbOrTx, opts: { actor: Actor | null; query: CustodyQuery }) {
  authorize(opts.actor, 'custody.read');
  const rows = await db
    .select()
    .from(documentTransfers)
    .where(filters(opts.query, documentTransfers.batchId, documentTransfers.transferredAt))
    .orderBy(asc(documentTransfers.transferredAt), asc(documentTransfers.createdAt));
  const items = await presentTransfers(db, rows);
  return { items, total: items.length };
}

export async function saveTransfer(
  db: Db,
  opts: { actor: Actor | null; id?: string; data: DocumentTransferBody },
): Promise<DocumentTransfer> {
  authorize(opts.actor, 'custody.manage');
  const actor = opts.actor;
  const d = opts.data;
  // R-BANK-03: keeper and receiver are two people; the leader's signature is required (schema).
  refuse(transferIssues(d));
  await checkBatch(db, d.batchId);
  const values = {
    documentName: d.documentName,
    batchId: d.batchId ?? null,
    transferredAt: new Date(d.transferredAt),
    place: d.place,
    keeper: d.keeper,
    receiver: d.receiver,
    leader: d.approver,
    count: d.count ?? null,
    sealIntact: d.sealIntact ?? null,
    note: d.note || null,
  };
  const row = await db.transaction(async (tx) => {
    if (!opts.id) {
      const [created] = await tx
        .insert(documentTransfers)
        .values({ ...values, recordedBy: actor.userId })
        .returning();
      await recordAudit(tx, actor, {
        action: 'create',
        entity: 'document_transfer',
        entityId: created.id,
        after: created,
      });
      return created;
    }
    const [before] = await tx.select().from(documentTransfers).where(eq(documentTransfers.id, opts.id)).for('update');
    if (!before) throw notFound('移交记录');
    const [after] = await tx.update(documentTransfers).set(values).where(eq(documentTransfers.id, opts.id)).returning();
    await recordAudit(tx, actor, { action: 'update', entity: 'document_transfer', entityId: after.id, before, after });
    return after;
  });
  return (await presentTransfers(db, [row]))[0];
}

export async function deleteTransfer(db: Db, opts: { actor: Actor | null; id: string }) {
  authorize(opts.actor, 'custody.manage');
  const actor = opts.actor;
  await db.transaction(async (tx) => {
    const [before] = await tx.delete(documentTransfers).where(eq(documentTransfers.id, opts.id)).returning();
    if (!before) throw notFound('移交记录');
    await recordAudit(tx, actor, { action: 'delete', entity: 'document_transfer', entityId: before.id, before });
  });
  return { ok: true as const };
}
