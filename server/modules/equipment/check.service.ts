import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.js';
import { equipmentCheckLines, equipmentChecks, equipmentItems, occupations, users } from '../../db/schema/index.js';
import { authorize, type Actor } from '../../http/access.js';
import { AppError, notFound } from '../../http/errors.js';
import type { CheckLinesBody, EquipmentCheck } from '../../../shared/equipment.js';
import { recordAudit } from '../audit/audit.service.js';
import { calibrationState, calibrationValidOn } from './equipment.rules.js';
import type { CheckBatch, EquipmentBatchReader } from './equipment.types.js';

/**
 * R-EQ-02: the check before a batch that the equipment its skill sittings need is there and working: the ledger's
 * in-service items of the batch's occupation, each marked present and working, signed in the product (who, when),
 * read-only once signed. R-EQ-03: an instrument whose calibration is not valid on the exam day cannot be marked usable.
 */

const bad = (field: string, message: string) => new AppError('VALIDATION', message, [{ field, message }]);

async function batchOf(
  db: DbOrTx,
  reader: EquipmentBatchReader,
  batchId: string,
): Promise<CheckBatch & { examDay: string }> {
  const b = await reader.batch(db, batchId);
  if (!b) throw notFound('认定批次');
  const days = b.skillSittings.map((s) => s.day).sort();
  if (!days.length) throw new AppError('CONFLICT', `批次「${b.title}」没有操作技能考核场次，无需设备核查`);
  return { ...b, examDay: days.at(-1)! };
}

/** The ledger items a batch's skill sittings need: in service, of the batch's occupation (any catalogue edition). */
async function neededItems(db: DbOrTx, occupationCode: string) {
  return db
    .select({ item: equipmentItems })
    .from(equipmentItems)
    .innerJoin(occupations, eq(occupations.id, equipmentItems.occupationId))
    .where(and(eq(occupations.code, occupationCode), eq(equipmentItems.status, 'in_service')))
    .orderBy(asc(equipmentItems.location), asc(equipmentItems.name))
    .then((rows) => rows.map((r) => r.item).filter((i) => i.quantity > 0));
}

export async function listCheckBatches(db: DbOrTx, opts: { actor: Actor | null; reader: EquipmentBatchReader }) {
  authorize(opts.actor, 'equipment.read');
  const batches = await opts.reader.batchesWithSkillSittings(db);
  const signed = batches.length
    ? await db
        .select({ batchId: equipmentChecks.batchId, signedAt: equipmentChecks.signedAt })
        .from(equipmentChecks)
        .where(
          inArray(
            equipmentChecks.batchId,
            batches.map((b) => b.id),
          ),
        )
    : [];
  const at = new Map(signed.map((s) => [s.batchId, s.signedAt?.toISOString() ?? null]));
  return { items: batches.map((b) => ({ ...b, signedAt: at.get(b.id) ?? null })) };
}

export async function getCheck(
  db: DbOrTx,
  opts: { actor: Actor | null; batchId: string; reader: EquipmentBatchReader },
): Promise<EquipmentCheck> {
  authorize(opts.actor, 'equipment.read');
  const b = await batchOf(db, opts.reader, opts.batchId);
  const [check] = await db
    .select({ c: equipmentChecks, signedByName: users.displayName })
    .from(equipmentChecks)
    .leftJoin(users, eq(users.id, equipmentChecks.signedBy))
    .where(eq(equipmentChecks.batchId, b.id));
  const examDay = check?.c.examDay ?? b.examDay;
  let lines: EquipmentCheck['lines'];
  const line = (i: typeof equipmentItems.$inferSelect) => ({
    itemId: i.id,
    name: i.name,
    model: i.model,
    quantity: i.quantity,
    unit: i.unit,
    location: i.location,
    isInstrument: i.isInstrument,
    calibrationDueOn: i.calibrationDueOn,
    calibrationState: calibrationState(i, examDay),
  });
  if (check) {
    const rows = await db
      .select({ l: equipmentCheckLines, i: equipmentItems })
      .from(equipmentCheckLines)
      .innerJoin(equipmentItems, eq(equipmentItems.id, equipmentCheckLines.itemId))
      .where(eq(equipmentCheckLines.checkId, check.c.id))
      .orderBy(asc(equipmentItems.location), asc(equipmentItems.name));
    lines = rows.map(({ l, i }) => ({ ...line(i), present: l.present, working: l.working, note: l.note }));
  } else
    lines = (await neededItems(db, b.occupationCode)).map((i) => ({
      ...line(i),
      present: null,
      working: null,
      note: null,
    }));
  return {
    id: check?.c.id ?? null,
    batchId: b.id,
    batchTitle: b.title,
    examDay,
    sittings: b.skillSittings,
    lines,
    signedByName: check?.c.signedAt ? check.signedByName : null,
    signedAt: check?.c.signedAt?.toISOString() ?? null,
  };
}

/** R-EQ-02/03: marks the check's lines (present, working, note) until it is signed. */
export async function saveCheck(
  db: Db,
  opts: { actor: Actor | null; batchId: string; data: CheckLinesBody; reader: EquipmentBatchReader },
): Promise<EquipmentCheck> {
  authorize(opts.actor, 'equipment.manage');
  const actor = opts.actor;
  return db.transaction(async (tx) => {
    const b = await batchOf(tx, opts.reader, opts.batchId);
    let [check] = await tx.select().from(equipmentChecks).where(eq(equipmentChecks.batchId, b.id)).for('update');
    if (check?.signedAt) throw new AppError('CONFLICT', '设备核查已签字确认，不能再修改');
    const needed = new Map((await neededItems(tx, b.occupationCode)).map((i) => [i.id, i]));
    const existing = check
      ? await tx.select().from(equipmentCheckLines).where(eq(equipmentCheckLines.checkId, check.id))
      : [];
    const known = new Map(existing.map((l) => [l.itemId, l]));
    const examDay = check?.examDay ?? b.examDay;
    opts.data.checkLines.forEach((l, k) => {
      const item = needed.get(l.equipmentItemId);
      if (!item && !known.has(l.equipmentItemId))
        throw bad(`checkLines.${k}.equipmentItemId`, `第 ${k + 1} 项的设备：不是本批次职业在用的设备`);
      // R-EQ-03: an instrument past its calibration date on the exam day is not usable in the batch.
      if (item?.isInstrument && l.working && !calibrationValidOn(item.calibrationDueOn, examDay))
        throw bad(
          `checkLines.${k}.working`,
          `R-EQ-03：计量器具「${item.name}」检定有效期至 ${item.calibrationDueOn}，考试日 ${examDay} 已过期，不能标记为完好可用`,
        );
    });
    const before = existing;
    if (!check) {
      [check] = await tx
        .insert(equipmentChecks)
        .values({ batchId: b.id, examDay, createdBy: actor.userId })
        .returning();
      // The check lists every needed item, marked or not.
      if (needed.size)
        await tx
          .insert(equipmentCheckLines)
          .values([...needed.keys()].map((itemId) => ({ checkId: check!.id, itemId })));
    }
    for (const l of opts.data.checkLines)
      await tx
        .insert(equipmentCheckLines)
        .values({
          checkId: check.id,
          itemId: l.equipmentItemId,
          present: l.present,
          working: l.working,
          note: l.note || null,
        })
        .onConflictDoUpdate({
          target: [equipmentCheckLines.checkId, equipmentCheckLines.itemId],
          set: { present: l.present, working: l.working, note: l.note || null },
        });
    await recordAudit(tx, actor, {
      action: 'update',
      entity: 'equipment_check',
      entityId: check.id,
      before,
      after: opts.data.checkLines,
    });
    return getCheck(tx, { actor, batchId: b.id, reader: opts.reader });
  });
}

/** R-EQ-02: signing the check (who, when) once every line is marked; read-only after. */
export async function signCheck(
  db: Db,
  opts: { actor: Actor | null; batchId: string; reader: EquipmentBatchReader },
): Promise<EquipmentCheck> {
  authorize(opts.actor, 'equipment.manage');
  const actor = opts.actor;
  return db.transaction(async (tx) => {
    const b = await batchOf(tx, opts.reader, opts.batchId);
    const [check] = await tx.select().from(equipmentChecks).where(eq(equipmentChecks.batchId, b.id)).for('update');
    if (!check) throw new AppError('CONFLICT', '请先逐项核查设备后再签字确认');
    if (check.signedAt) throw new AppError('CONFLICT', '设备核查已签字确认，不能再修改');
    const lines = await tx.select().from(equipmentCheckLines).where(eq(equipmentCheckLines.checkId, check.id));
    const open = lines.filter((l) => l.present === null || l.working === null).length;
    if (open) throw new AppError('CONFLICT', `还有 ${open} 项设备未核查（在位、完好），不能签字确认`);
    const [after] = await tx
      .update(equipmentChecks)
      .set({ signedBy: actor.userId, signedAt: new Date() })
      .where(eq(equipmentChecks.id, check.id))
      .returning();
    await recordAudit(tx, actor, {
      action: 'equipment.sign',
      entity: 'equipment_check',
      entityId: check.id,
      before: check,
      after,
    });
    return getCheck(tx, { actor, batchId: b.id, reader: opts.reader });
  });
}
