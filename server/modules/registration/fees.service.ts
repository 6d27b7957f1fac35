import { and, asc, desc, eq, ilike, inArray, ne, or, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.js';
import { applications, feeStandards, occupations } from '../../db/schema/index.js';
import { authorize, type Actor } from '../../http/access.js';
import { AppError, notFound, type FieldIssue } from '../../http/errors.js';
import type { FeeStandard, FeeStandardBody } from '../../../shared/registration.js';
import { recordAudit } from '../audit/audit.service.js';
import { presentStandard } from './fees.present.js';
import { findOccupation } from '../centre/catalogue.service.js';
import { candidatesByIds } from '../people/people.reads.js';
import { batchesForRegistration } from '../plans/plans.reads.js';

/**
 * R-FEE-01: fee standards (per occupation and level, within the approved price, with the student price, or free)
 * and the fee each approved application owes.
 */

/**
 * R-FEE-01: set the amount due of the given applications, set-based (one statement). The fee standard of the
 * batch's occupation and the application's level decides it: a free standard ⇒ 0, a student (persons.kind
 * 'student') pays the student amount when one is set (J §6), others the amount; without a standard the batch's fee
 * applies. R-SCORE-03: an application for one part alone pays the standard's part fee when one is set (the lower
 * of it and the student amount for a student). 0 ⇒ 'free', otherwise 'unpaid'. An application already paid keeps its amount and state. Called by the
 * centre's approval inside its transaction (no authorize: the caller has done it).
 */
export async function feeForApplications(tx: DbOrTx, applicationIds: string[]): Promise<void> {
  if (!applicationIds.length) return;
  const apps = await tx
    .select({
      id: applications.id,
      batchId: applications.batchId,
      personId: applications.personId,
      level: applications.level,
      onlyPart: applications.onlyPart,
    })
    .from(applications)
    .where(sql`${applications.id} = any(${sql.param([...new Set(applicationIds)])}::uuid[])`);
  const [batchRows, people] = await Promise.all([
    batchesForRegistration(
      tx,
      apps.map((a) => a.batchId),
    ),
    candidatesByIds(
      tx,
      apps.map((a) => a.personId),
    ),
  ]);
  const batchById = new Map(batchRows.map((b) => [b.id, b]));
  const kindOf = new Map(people.map((p) => [p.id, p.kind]));
  const occupationIds = [...new Set(batchRows.map((b) => b.occupationId))];
  const standards = occupationIds.length
    ? await tx.select().from(feeStandards).where(inArray(feeStandards.occupationId, occupationIds))
    : [];
  const standardOf = new Map(standards.map((f) => [`${f.occupationId}|${f.level}`, f]));
  const due = apps.flatMap((a) => {
    const b = batchById.get(a.batchId);
    const kind = kindOf.get(a.personId);
    if (!b || !kind) return [];
    const fs = standardOf.get(`${b.occupationId}|${a.level}`);
    const full = !fs
      ? String(b.fee)
      : fs.free
        ? '0'
        : kind === 'student' && fs.studentAmount !== null
          ? fs.studentAmount
          : fs.amount;
    // R-SCORE-03: one part alone pays the part fee, never more than the full fee it would owe.
    const amount =
      a.onlyPart && fs && !fs.free && fs.partAmount !== null && Number(fs.partAmount) < Number(full)
        ? fs.partAmount
        : full;
    return [{ id: a.id, amount }];
  });
  if (!due.length) return;
  await tx.execute(sql`
    update applications as a
       set fee_due = x.amount,
           fee_status = case when x.amount = 0 then 'free' else 'unpaid' end,
           updated_at = now()
      from json_to_recordset(${JSON.stringify(due)}::json) as x(id uuid, amount numeric)
     where a.id = x.id and a.fee_status <> 'paid'`);
}

/** R-FEE-01: the fee standards, by occupation and level. */
export async function listFeeStandards(
  db: DbOrTx,
  opts: { actor: Actor | null; keyword?: string },
): Promise<{ items: FeeStandard[]; total: number }> {
  authorize(opts.actor, 'fees.read');
  const k = opts.keyword ? `%${opts.keyword}%` : null;
  const rows = await db
    .select({ s: feeStandards, edition: occupations.edition, code: occupations.code, name: occupations.name })
    .from(feeStandards)
    .innerJoin(occupations, eq(occupations.id, feeStandards.occupationId))
    .where(k ? or(ilike(occupations.name, k), ilike(occupations.code, k)) : undefined)
    .orderBy(asc(occupations.edition), asc(occupations.code), desc(feeStandards.level));
  const items = rows.map((r) => presentStandard(r.s, r));
  return { items, total: items.length };
}

/** R-FEE-01 (J §6): the amount stays within the approved price and the student price within the amount. */
function checkPrices(data: FeeStandardBody) {
  const issues: FieldIssue[] = [];
  if (data.amount > data.approvedPrice)
    issues.push({ field: 'amount', message: `收费标准：不能高于物价核定价（${data.approvedPrice} 元）` });
  if (data.studentAmount != null && data.studentAmount > data.amount)
    issues.push({ field: 'studentAmount', message: `在校生优惠价：不能高于收费标准（${data.amount} 元）` });
  if (data.partAmount != null && data.partAmount > data.amount)
    issues.push({ field: 'partAmount', message: `单科报考收费：不能高于收费标准（${data.amount} 元）` });
  if (issues.length) throw new AppError('VALIDATION', issues.map((i) => i.message).join('；'), issues);
}

async function resolveOccupation(db: DbOrTx, data: FeeStandardBody) {
  const o = await findOccupation(db, { edition: data.edition, code: data.code });
  if (!o)
    throw new AppError('VALIDATION', `职业编码：${data.edition} 版目录中没有 ${data.code}`, [
      { field: 'code', message: '职业不存在' },
    ]);
  return o;
}

function standardValues(data: FeeStandardBody, occupationId: string) {
  return {
    occupationId,
    level: data.level,
    approvedPrice: String(data.approvedPrice),
    amount: String(data.amount),
    studentAmount: data.studentAmount == null ? null : String(data.studentAmount),
    partAmount: data.partAmount == null ? null : String(data.partAmount),
    free: data.free,
    note: data.note ?? null,
    updatedAt: new Date(),
  };
}

const duplicateStandard = (level: number) =>
  new AppError('CONFLICT', `等级：该职业的${level}级收费标准已存在，请直接修改`, [
    { field: 'level', message: '已存在' },
  ]);

/** R-FEE-01: a new fee standard (H 八: `free` lets the centre run free of charge). */
export async function createFeeStandard(
  db: Db,
  opts: { actor: Actor | null; data: FeeStandardBody },
): Promise<FeeStandard> {
  authorize(opts.actor, 'fees.manage');
  const actor = opts.actor;
  checkPrices(opts.data);
  return db.transaction(async (tx) => {
    const o = await resolveOccupation(tx, opts.data);
    const [dup] = await tx
      .select({ id: feeStandards.id })
      .from(feeStandards)
      .where(and(eq(feeStandards.occupationId, o.id), eq(feeStandards.level, opts.data.level)));
    if (dup) throw duplicateStandard(opts.data.level);
    const [row] = await tx.insert(feeStandards).values(standardValues(opts.data, o.id)).returning();
    const out = presentStandard(row, o);
    await recordAudit(tx, actor, { action: 'create', entity: 'fee_standard', entityId: row.id, after: out });
    return out;
  });
}

export async function updateFeeStandard(
  db: Db,
  opts: { actor: Actor | null; id: string; data: FeeStandardBody },
): Promise<FeeStandard> {
  authorize(opts.actor, 'fees.manage');
  const actor = opts.actor;
  checkPrices(opts.data);
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(feeStandards).where(eq(feeStandards.id, opts.id));
    if (!before) throw notFound('收费标准');
    const o = await resolveOccupation(tx, opts.data);
    const [dup] = await tx
      .select({ id: feeStandards.id })
      .from(feeStandards)
      .where(
        and(eq(feeStandards.occupationId, o.id), eq(feeStandards.level, opts.data.level), ne(feeStandards.id, opts.id)),
      );
    if (dup) throw duplicateStandard(opts.data.level);
    const [row] = await tx
      .update(feeStandards)
      .set(standardValues(opts.data, o.id))
      .where(eq(feeStandards.id, opts.id))
      .returning();
    const out = presentStandard(row, o);
    await recordAudit(tx, actor, { action: 'update', entity: 'fee_standard', entityId: row.id, before, after: out });
    return out;
  });
}

/** Applications already priced keep their amount: only later approvals read the standard. */
export async function deleteFeeStandard(db: Db, opts: { actor: Actor | null; id: string }) {
  authorize(opts.actor, 'fees.manage');
  const actor = opts.actor;
  return db.transaction(async (tx) => {
    const [before] = await tx.delete(feeStandards).where(eq(feeStandards.id, opts.id)).returning();
    if (!before) throw notFound('收费标准');
    await recordAudit(tx, actor, { action: 'delete', entity: 'fee_standard', entityId: before.id, before });
    return { ok: true as const };
  });
}
