import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db, DbOrTx } from '../../db/client.js';
import { equipmentItems, equipmentRecords, equipmentRequests, occupations, users } from '../../db/schema/index.js';
import { authorize, type Actor } from '../../http/access.js';
import { AppError, notFound } from '../../http/errors.js';
import { chinaToday } from '../../../shared/dates.js';
import {
  recordKindNames,
  requestKindNames,
  type EquipmentItem,
  type EquipmentRequest,
  type ItemBody,
  type RecordBody,
  type RequestBody,
  type RequestStatus,
} from '../../../shared/equipment.js';
import { recordAudit } from '../audit/audit.service.js';
import { calibrationState, requestEffect } from './equipment.rules.js';
import type { EquipmentBatchReader } from './equipment.types.js';

/** R-EQ-01/02/04: the ledger, its records and the requests approved by the centre head. */

const bad = (field: string, message: string) => new AppError('VALIDATION', message, [{ field, message }]);

type ItemRow = typeof equipmentItems.$inferSelect;

export async function presentItems(
  db: DbOrTx,
  rows: ItemRow[],
  reader: EquipmentBatchReader | null,
  today = chinaToday(),
): Promise<EquipmentItem[]> {
  const occIds = [...new Set(rows.map((r) => r.occupationId))];
  const occ = new Map(
    (occIds.length
      ? await db
          .select({ id: occupations.id, code: occupations.code, name: occupations.name })
          .from(occupations)
          .where(inArray(occupations.id, occIds))
      : []
    ).map((o) => [o.id, o]),
  );
  const roomIds = [...new Set(rows.flatMap((r) => (r.roomId ? [r.roomId] : [])))];
  const rooms = reader && roomIds.length ? await reader.roomNames(db, roomIds) : new Map<string, string>();
  return rows.map((r) => ({
    id: r.id,
    occupationId: r.occupationId,
    occupationCode: occ.get(r.occupationId)?.code ?? '',
    occupationName: occ.get(r.occupationId)?.name ?? '',
    name: r.name,
    model: r.model,
    quantity: r.quantity,
    onLoan: r.onLoan,
    unit: r.unit,
    purchasedOn: r.purchasedOn,
    price: r.price === null ? null : Number(r.price),
    parameters: r.parameters,
    workContents: r.workContents,
    ownership: r.ownership,
    location: r.location,
    roomId: r.roomId,
    roomName: r.roomId ? (rooms.get(r.roomId) ?? null) : null,
    isInstrument: r.isInstrument,
    calibrationDueOn: r.calibrationDueOn,
    calibrationState: calibrationState(r, today),
    status: r.status,
  }));
}

export async function listItems(
  db: DbOrTx,
  opts: { actor: Actor | null; occupationId?: string; reader: EquipmentBatchReader | null },
): Promise<{ items: EquipmentItem[]; total: number }> {
  authorize(opts.actor, 'equipment.read');
  const rows = await db
    .select()
    .from(equipmentItems)
    .where(opts.occupationId ? eq(equipmentItems.occupationId, opts.occupationId) : undefined)
    .orderBy(asc(equipmentItems.location), asc(equipmentItems.name));
  const items = await presentItems(db, rows, opts.reader);
  return { items, total: items.length };
}

async function lockItem(db: DbOrTx, id: string): Promise<ItemRow> {
  const [row] = await db.select().from(equipmentItems).where(eq(equipmentItems.id, id)).for('update');
  if (!row) throw notFound('设备');
  return row;
}

function itemValues(d: ItemBody) {
  if (d.isInstrument && !d.calibrationDueOn) throw bad('calibrationDueOn', '检定有效期至：计量器具须填写');
  return {
    occupationId: d.occupationId,
    name: d.name,
    model: d.model || null,
    quantity: d.quantity,
    unit: d.unit || null,
    purchasedOn: d.purchasedOn || null,
    price: d.price == null ? null : d.price.toFixed(2),
    parameters: d.parameters || null,
    workContents: d.workContents || null,
    ownership: d.ownership,
    location: d.location,
    roomId: d.roomId || null,
    isInstrument: d.isInstrument ?? false,
    calibrationDueOn: d.isInstrument ? d.calibrationDueOn! : null,
  };
}

async function assertReferences(db: DbOrTx, d: ItemBody, reader: EquipmentBatchReader | null) {
  const [occ] = await db.select({ id: occupations.id }).from(occupations).where(eq(occupations.id, d.occupationId));
  if (!occ) throw bad('occupationId', '职业：不在职业目录中');
  if (d.roomId && reader && !(await reader.roomNames(db, [d.roomId])).size) throw bad('roomId', '考场：不存在');
}

/** R-EQ-01: a ledger line of an occupation. */
export async function createItem(
  db: Db,
  opts: { actor: Actor | null; data: ItemBody; reader: EquipmentBatchReader | null },
): Promise<EquipmentItem> {
  authorize(opts.actor, 'equipment.manage');
  const actor = opts.actor;
  const values = itemValues(opts.data);
  return db.transaction(async (tx) => {
    await assertReferences(tx, opts.data, opts.reader);
    const [row] = await tx
      .insert(equipmentItems)
      .values({ ...values, createdBy: actor.userId })
      .returning();
    await recordAudit(tx, actor, { action: 'create', entity: 'equipment_item', entityId: row.id, after: row });
    return (await presentItems(tx, [row], opts.reader))[0];
  });
}

/**
 * R-EQ-01: corrections of a ledger line. The quantity changes only through approved requests (R-EQ-04), and the
 * due date of an instrument through a calibration record once it is set.
 */
export async function updateItem(
  db: Db,
  opts: { actor: Actor | null; id: string; data: ItemBody; reader: EquipmentBatchReader | null },
): Promise<EquipmentItem> {
  authorize(opts.actor, 'equipment.manage');
  const actor = opts.actor;
  const values = itemValues(opts.data);
  return db.transaction(async (tx) => {
    const before = await lockItem(tx, opts.id);
    await assertReferences(tx, opts.data, opts.reader);
    // R-EQ-04: the count in service changes by approved requests only.
    if (values.quantity !== before.quantity)
      throw bad('quantity', `数量：请通过购置、报废、丢失申请变更（当前 ${before.quantity}）`);
    // R-EQ-03: a set due date moves by a calibration record (who calibrated, when), not by editing the line.
    if (before.isInstrument && before.calibrationDueOn && values.calibrationDueOn !== before.calibrationDueOn)
      throw bad('calibrationDueOn', `检定有效期至：请通过登记检定记录更新（当前 ${before.calibrationDueOn}）`);
    const [row] = await tx
      .update(equipmentItems)
      .set({ ...values, updatedAt: new Date() })
      .where(eq(equipmentItems.id, before.id))
      .returning();
    await recordAudit(tx, actor, { action: 'update', entity: 'equipment_item', entityId: row.id, before, after: row });
    return (await presentItems(tx, [row], opts.reader))[0];
  });
}

export async function listRecords(db: DbOrTx, opts: { actor: Actor | null; itemId: string }) {
  authorize(opts.actor, 'equipment.read');
  const [item] = await db
    .select({ id: equipmentItems.id })
    .from(equipmentItems)
    .where(eq(equipmentItems.id, opts.itemId));
  if (!item) throw notFound('设备');
  const rows = await db
    .select({ r: equipmentRecords, by: users.displayName })
    .from(equipmentRecords)
    .leftJoin(users, eq(users.id, equipmentRecords.recordedBy))
    .where(eq(equipmentRecords.itemId, opts.itemId))
    .orderBy(desc(equipmentRecords.doneOn), desc(equipmentRecords.createdAt));
  const items = rows.map(({ r, by }) => ({
    id: r.id,
    itemId: r.itemId,
    kind: r.kind,
    doneOn: r.doneOn,
    description: r.description,
    doneBy: r.doneBy,
    calibrationDueOn: r.calibrationDueOn,
    recordedByName: by,
    createdAt: r.createdAt.toISOString(),
  }));
  return { items, total: items.length };
}

/** R-EQ-02: a maintenance or repair record; R-EQ-03: a calibration record sets the instrument's new due date. */
export async function addRecord(db: Db, opts: { actor: Actor | null; itemId: string; data: RecordBody }) {
  authorize(opts.actor, 'equipment.manage');
  const actor = opts.actor;
  const d = opts.data;
  return db.transaction(async (tx) => {
    const item = await lockItem(tx, opts.itemId);
    if (d.recordKind === 'calibration') {
      if (!item.isInstrument) throw bad('recordKind', `记录类型：「${item.name}」不是计量器具，无需检定`);
      if (!d.calibrationDueOn) throw bad('calibrationDueOn', '检定有效期至：检定记录须填写新的有效期');
      if (d.calibrationDueOn < d.doneOn) throw bad('calibrationDueOn', '检定有效期至：不能早于检定日期');
    }
    const [row] = await tx
      .insert(equipmentRecords)
      .values({
        itemId: item.id,
        kind: d.recordKind,
        doneOn: d.doneOn,
        description: d.recordText,
        doneBy: d.doneBy,
        calibrationDueOn: d.recordKind === 'calibration' ? d.calibrationDueOn! : null,
        recordedBy: actor.userId,
      })
      .returning();
    if (d.recordKind === 'calibration')
      await tx
        .update(equipmentItems)
        .set({ calibrationDueOn: d.calibrationDueOn!, updatedAt: new Date() })
        .where(eq(equipmentItems.id, item.id));
    await recordAudit(tx, actor, {
      action: 'create',
      entity: 'equipment_record',
      entityId: row.id,
      after: { ...row, kindName: recordKindNames[d.recordKind], item: item.name },
    });
    return (await listRecords(tx, { actor, itemId: item.id })).items.find((r) => r.id === row.id)!;
  });
}

const requester = alias(users, 'requester');
const decider = alias(users, 'decider');

async function requestRows(db: DbOrTx, where: ReturnType<typeof eq> | undefined): Promise<EquipmentRequest[]> {
  const rows = await db
    .select({
      r: equipmentRequests,
      itemName: equipmentItems.name,
      occupationName: occupations.name,
      requestedByName: requester.displayName,
      decidedByName: decider.displayName,
    })
    .from(equipmentRequests)
    .innerJoin(equipmentItems, eq(equipmentItems.id, equipmentRequests.itemId))
    .innerJoin(occupations, eq(occupations.id, equipmentItems.occupationId))
    .leftJoin(requester, eq(requester.id, equipmentRequests.requestedBy))
    .leftJoin(decider, eq(decider.id, equipmentRequests.decidedBy))
    .where(where)
    .orderBy(desc(equipmentRequests.requestedAt));
  return rows.map(({ r, ...x }) => ({
    id: r.id,
    itemId: r.itemId,
    itemName: x.itemName,
    occupationName: x.occupationName,
    kind: r.kind,
    quantity: r.quantity,
    reason: r.reason,
    borrower: r.borrower,
    status: r.status,
    requestedBy: r.requestedBy,
    requestedByName: x.requestedByName,
    requestedAt: r.requestedAt.toISOString(),
    decidedByName: x.decidedByName,
    decidedAt: r.decidedAt?.toISOString() ?? null,
    decisionNote: r.decisionNote,
  }));
}

export async function listRequests(db: DbOrTx, opts: { actor: Actor | null; status?: RequestStatus }) {
  authorize(opts.actor, 'equipment.read');
  const items = await requestRows(db, opts.status ? eq(equipmentRequests.status, opts.status) : undefined);
  return { items, total: items.length };
}

/** R-EQ-04: a loan, return, damage, loss, purchase or scrapping, requested by staff; nothing changes until approved. */
export async function createRequest(db: Db, opts: { actor: Actor | null; data: RequestBody }) {
  authorize(opts.actor, 'equipment.manage');
  const actor = opts.actor;
  const d = opts.data;
  return db.transaction(async (tx) => {
    const item = await lockItem(tx, d.equipmentItemId);
    if (item.status === 'retired' && d.requestKind !== 'purchase')
      throw bad('equipmentItemId', `设备：「${item.name}」已全部报废或丢失`);
    if (d.requestKind === 'loan' && !d.borrower) throw bad('borrower', '借用人：借用申请须填写');
    const effect = requestEffect(item, d.requestKind, d.quantity); // refused now if it could never take effect
    if (typeof effect === 'string') throw bad('quantity', effect);
    const [row] = await tx
      .insert(equipmentRequests)
      .values({
        itemId: item.id,
        kind: d.requestKind,
        quantity: d.quantity,
        reason: d.reason,
        borrower: d.borrower || null,
        requestedBy: actor.userId,
      })
      .returning();
    await recordAudit(tx, actor, {
      action: 'create',
      entity: 'equipment_request',
      entityId: row.id,
      after: { ...row, kindName: requestKindNames[d.requestKind], item: item.name },
    });
    return (await requestRows(tx, eq(equipmentRequests.id, row.id)))[0];
  });
}

/**
 * R-EQ-04: the centre head approves or rejects a pending request; the quantity changes only on approval, and the
 * one who asked never decides its own request.
 */
export async function decideRequest(
  db: Db,
  opts: { actor: Actor | null; id: string; decision: 'approved' | 'rejected'; note?: string | null },
) {
  authorize(opts.actor, 'equipment.approve');
  const actor = opts.actor;
  return db.transaction(async (tx) => {
    const [req] = await tx.select().from(equipmentRequests).where(eq(equipmentRequests.id, opts.id)).for('update');
    if (!req) throw notFound('设备申请');
    if (req.status !== 'pending') throw new AppError('CONFLICT', '该申请已审批，不能再次审批');
    // R-EQ-04: approval is by someone other than the requester.
    if (req.requestedBy === actor.userId) throw new AppError('FORBIDDEN', '不能审批本人提交的申请');
    const item = await lockItem(tx, req.itemId);
    const approved = opts.decision === 'approved';
    let after = item;
    if (approved) {
      const effect = requestEffect(item, req.kind, req.quantity);
      if (typeof effect === 'string') throw new AppError('CONFLICT', `无法批准：${effect}`);
      [after] = await tx
        .update(equipmentItems)
        .set({
          quantity: effect.quantity,
          onLoan: effect.onLoan,
          status: effect.quantity > 0 ? 'in_service' : 'retired',
          updatedAt: new Date(),
        })
        .where(eq(equipmentItems.id, item.id))
        .returning();
    }
    const [row] = await tx
      .update(equipmentRequests)
      .set({ status: opts.decision, decidedBy: actor.userId, decidedAt: new Date(), decisionNote: opts.note || null })
      .where(and(eq(equipmentRequests.id, req.id), eq(equipmentRequests.status, 'pending')))
      .returning();
    await recordAudit(tx, actor, {
      action: approved ? 'equipment.approve' : 'equipment.reject',
      entity: 'equipment_request',
      entityId: req.id,
      before: { request: req, quantity: item.quantity, onLoan: item.onLoan },
      after: { request: row, quantity: after.quantity, onLoan: after.onLoan },
    });
    return (await requestRows(tx, eq(equipmentRequests.id, req.id)))[0];
  });
}
