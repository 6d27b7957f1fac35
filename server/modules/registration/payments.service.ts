import { and, asc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.js';
import { applications, colleges, payments, users } from '../../db/schema/index.js';
import { authorize, type Actor } from '../../http/access.js';
import { AppError, notFound } from '../../http/errors.js';
import { writeWorkbook } from '../../http/sheet.js';
import {
  applicationStatusNames,
  feeStatusNames,
  paymentKindNames,
  paymentMethodNames,
  type BatchFees,
  type PaymentBody,
  type PaymentRecord,
  type RefundBody,
} from '../../../shared/registration.js';
import { levelNames } from '../../../shared/centre.rules.js';
import { recordAudit } from '../audit/audit.service.js';
import { presentBatchFees, presentPayment } from './fees.present.js';
import { isUniqueViolation } from '../../db/errors.js';
import { candidatesByIds } from '../people/people.reads.js';
import { batchTitlesByIds } from '../plans/plans.reads.js';
import { downloadName } from '../../http/download.js';

/**
 * R-FEE-01: payments and refunds of approved applications, kept as separate records (收支两条线, J §6(一)), the
 * batch's income and the rule the ticket (准考证) follows: approved applicants pay first (J §10).
 */

/** R-FEE-01 (J §10): a ticket is issued only to an approved application that is paid or free. */
export function ticketAllowed(a: { status: string; feeStatus: string }): boolean {
  return a.status === 'approved' && (a.feeStatus === 'paid' || a.feeStatus === 'free');
}
/** R-FEE-01 (J §10): `ticketAllowed` as a SQL predicate on `applications`, for the arrangement's queries. */
export const ticketAllowedSql: SQL = sql`(${applications.status} = 'approved' and ${applications.feeStatus} in ('paid', 'free'))`;

const cents = (v: number | string) => Math.round(Number(v) * 100);
const yuan = (c: number) => c / 100;

async function lockApplication(tx: DbOrTx, id: string) {
  const [row] = await tx.select().from(applications).where(eq(applications.id, id)).for('update');
  if (!row) throw notFound('报名');
  return row;
}

/** Paid minus refunded, in cents, of one application. */
async function balanceOf(tx: DbOrTx, applicationId: string) {
  const [r] = await tx
    .select({
      paid: sql<string>`coalesce(sum(${payments.amount}) filter (where ${payments.kind} = 'payment'), 0)`,
      refunded: sql<string>`coalesce(sum(${payments.amount}) filter (where ${payments.kind} = 'refund'), 0)`,
    })
    .from(payments)
    .where(eq(payments.applicationId, applicationId));
  return cents(r.paid) - cents(r.refunded);
}

async function insertPayment(tx: DbOrTx, actor: Actor, values: typeof payments.$inferInsert, label: string) {
  const [dup] = await tx
    .select({ id: payments.id })
    .from(payments)
    .where(and(eq(payments.kind, values.kind), eq(payments.receiptNumber, values.receiptNumber)));
  if (dup)
    throw new AppError('CONFLICT', `${label}：${values.receiptNumber} 已登记过`, [
      { field: 'receiptNumber', message: '已被使用' },
    ]);
  try {
    const [row] = await tx
      .insert(payments)
      .values({ ...values, recordedBy: actor.userId })
      .returning();
    return row;
  } catch (e) {
    if (isUniqueViolation(e))
      throw new AppError('CONFLICT', `${label}：${values.receiptNumber} 已登记过`, [
        { field: 'receiptNumber', message: '已被使用' },
      ]);
    throw e;
  }
}

/**
 * R-FEE-01: the fee of an approved application, in full (the amount due, J §6 price), with a unique receipt number.
 * Unapproved and free applications pay nothing here.
 */
export async function recordPayment(db: Db, opts: { actor: Actor | null; data: PaymentBody }) {
  authorize(opts.actor, 'payments.record');
  const actor = opts.actor;
  const d = opts.data;
  return db.transaction(async (tx) => {
    const a = await lockApplication(tx, d.applicationId);
    if (a.status !== 'approved')
      throw new AppError('CONFLICT', `报名：${applicationStatusNames[a.status] ?? a.status}，审核通过后才能缴费`, [
        { field: 'applicationId', message: '未审核通过' },
      ]);
    if (a.feeStatus === 'free')
      throw new AppError('CONFLICT', '报名：本项目免费，无需缴费', [{ field: 'applicationId', message: '免费' }]);
    if (a.feeStatus === 'paid')
      throw new AppError('CONFLICT', '报名：已缴费，不能重复登记', [{ field: 'applicationId', message: '已缴费' }]);
    if (cents(d.amount) !== cents(a.feeDue))
      throw new AppError('VALIDATION', `缴费金额：应为应缴金额 ${Number(a.feeDue).toFixed(2)} 元`, [
        { field: 'amount', message: '与应缴金额不符' },
      ]);
    const row = await insertPayment(
      tx,
      actor,
      {
        applicationId: a.id,
        kind: 'payment',
        amount: String(d.amount),
        method: d.method,
        receiptNumber: d.receiptNumber,
        paidOn: d.paidOn,
        note: d.note ?? null,
      },
      '票据号',
    );
    await tx.update(applications).set({ feeStatus: 'paid', updatedAt: new Date() }).where(eq(applications.id, a.id));
    const payment = presentPayment(row, actor.displayName);
    await recordAudit(tx, actor, {
      action: 'payment',
      entity: 'application',
      entityId: a.id,
      before: { feeStatus: a.feeStatus },
      after: { feeStatus: 'paid', payment },
    });
    return { payment, feeStatus: 'paid' as const, feeDue: Number(a.feeDue) };
  });
}

/** R-FEE-01: a refund of (part of) what was paid, with its reason; recorded as its own row, never by editing the payment. */
export async function recordRefund(db: Db, opts: { actor: Actor | null; data: RefundBody }) {
  authorize(opts.actor, 'payments.record');
  const actor = opts.actor;
  const d = opts.data;
  return db.transaction(async (tx) => {
    const a = await lockApplication(tx, d.applicationId);
    if (a.feeStatus !== 'paid')
      throw new AppError(
        'CONFLICT',
        `报名：缴费状态为“${feeStatusNames[a.feeStatus] ?? a.feeStatus}”，只有已缴费的报名才能退费`,
        [{ field: 'applicationId', message: '未缴费' }],
      );
    const balance = await balanceOf(tx, a.id);
    if (cents(d.amount) > balance)
      throw new AppError('VALIDATION', `退费金额：不能超过已缴金额 ${yuan(balance).toFixed(2)} 元`, [
        { field: 'amount', message: '超过已缴金额' },
      ]);
    const row = await insertPayment(
      tx,
      actor,
      {
        applicationId: a.id,
        kind: 'refund',
        amount: String(d.amount),
        method: d.method,
        receiptNumber: d.receiptNumber,
        paidOn: d.paidOn,
        note: d.reason,
      },
      '退费凭证号',
    );
    await tx
      .update(applications)
      .set({ feeStatus: 'refunded', updatedAt: new Date() })
      .where(eq(applications.id, a.id));
    const payment = presentPayment(row, actor.displayName);
    await recordAudit(tx, actor, {
      action: 'refund',
      entity: 'application',
      entityId: a.id,
      before: { feeStatus: a.feeStatus },
      after: { feeStatus: 'refunded', payment },
    });
    return { payment, feeStatus: 'refunded' as const, feeDue: Number(a.feeDue) };
  });
}

/** R-FEE-01: a batch's approved (or once paid) applications with their payments, and the batch's income. */
export async function listBatchFees(db: DbOrTx, opts: { actor: Actor | null; batchId: string }): Promise<BatchFees> {
  authorize(opts.actor, 'fees.read');
  const [b] = await batchTitlesByIds(db, [opts.batchId]);
  if (!b) throw notFound('认定批次');
  const own = await db
    .select({
      id: applications.id,
      personId: applications.personId,
      status: applications.status,
      level: applications.level,
      feeDue: applications.feeDue,
      feeStatus: applications.feeStatus,
      collegeName: colleges.name,
    })
    .from(applications)
    .leftJoin(colleges, eq(colleges.id, applications.collegeId))
    .where(
      and(
        eq(applications.batchId, b.id),
        or(eq(applications.status, 'approved'), inArray(applications.feeStatus, ['paid', 'refunded'])),
      ),
    );
  const people = new Map(
    (
      await candidatesByIds(
        db,
        own.map((r) => r.personId),
      )
    ).map((p) => [p.id, p]),
  );
  const rows = own.flatMap((r) => {
    const p = people.get(r.personId);
    return p ? [{ ...r, personName: p.name, idMasked: p.idMasked, studentNumber: p.studentNumber }] : [];
  });
  // By college, 学号 and name (a missing college or 学号 last, as PostgreSQL's ascending order puts nulls).
  const cmp = (x: string | null, y: string | null) => (x === y ? 0 : x === null ? 1 : y === null ? -1 : x < y ? -1 : 1);
  rows.sort(
    (x, y) =>
      cmp(x.collegeName, y.collegeName) || cmp(x.studentNumber, y.studentNumber) || cmp(x.personName, y.personName),
  );
  const pays = rows.length
    ? await db
        .select({ p: payments, by: users.displayName })
        .from(payments)
        .leftJoin(users, eq(users.id, payments.recordedBy))
        .where(
          inArray(
            payments.applicationId,
            rows.map((r) => r.id),
          ),
        )
        .orderBy(asc(payments.createdAt))
    : [];
  const byApp = new Map<string, PaymentRecord[]>();
  for (const p of pays)
    byApp.set(p.p.applicationId, [...(byApp.get(p.p.applicationId) ?? []), presentPayment(p.p, p.by)]);
  return presentBatchFees(b, rows, byApp);
}

/** R-FEE-01: the batch's payment list for the finance office (收费明细), Chinese headers, one row per record. */
export async function exportBatchFeesXlsx(db: DbOrTx, opts: { actor: Actor | null; batchId: string }) {
  const f = await listBatchFees(db, opts);
  const rows: Record<string, unknown>[] = [];
  f.items.forEach((r, i) => {
    const base = {
      no: String(i + 1),
      name: r.personName,
      id: r.idMasked,
      studentNumber: r.studentNumber ?? '',
      college: r.collegeName ?? '社会人员',
      level: levelNames[r.level] ?? String(r.level),
      due: r.feeDue.toFixed(2),
      status: feeStatusNames[r.feeStatus],
    };
    if (!r.payments.length) rows.push(base);
    for (const p of r.payments)
      rows.push({
        ...base,
        kind: paymentKindNames[p.kind],
        amount: (p.kind === 'refund' ? -p.amount : p.amount).toFixed(2),
        method: paymentMethodNames[p.method],
        receipt: p.receiptNumber,
        paidOn: p.paidOn,
        note: p.note ?? '',
        by: p.recordedByName ?? '',
      });
  });
  const t = f.income;
  rows.push({
    no: '合计',
    name: `已缴 ${t.countPaid} 人，待缴 ${t.countUnpaid} 人，免费 ${t.countFree} 人，已退费 ${t.countRefunded} 人`,
    kind: '净收入',
    amount: t.net.toFixed(2),
  });
  const bytes = await writeWorkbook([
    {
      name: '缴费明细',
      title: `${f.batchTitle} 缴费明细（收入 ${t.paid.toFixed(2)} 元，退费 ${t.refunded.toFixed(2)} 元，净收入 ${t.net.toFixed(2)} 元）`,
      columns: [
        { header: '序号', key: 'no', width: 6 },
        { header: '姓名', key: 'name', width: 12 },
        { header: '证件号码', key: 'id', width: 22 },
        { header: '学号', key: 'studentNumber', width: 14 },
        { header: '所在学院', key: 'college', width: 18 },
        { header: '申报等级', key: 'level', width: 14 },
        { header: '应缴金额（元）', key: 'due', width: 12 },
        { header: '缴费状态', key: 'status', width: 10 },
        { header: '收支类型', key: 'kind', width: 10 },
        { header: '金额（元）', key: 'amount', width: 12 },
        { header: '方式', key: 'method', width: 10 },
        { header: '票据号', key: 'receipt', width: 16 },
        { header: '日期', key: 'paidOn', width: 12 },
        { header: '备注/退费原因', key: 'note', width: 20 },
        { header: '经办人', key: 'by', width: 10 },
      ],
      rows,
    },
  ]);
  return { bytes, name: downloadName(f.batchTitle, '缴费明细', 'xlsx') };
}
