import type { feeStandards, payments } from '../../db/schema/index.js';
import type {
  ApplicationStatus,
  BatchFeeRow,
  BatchFees,
  BatchIncome,
  FeeStatus,
  FeeStandard,
  PaymentRecord,
} from '../../../shared/registration.js';

/** Fee standards and payments as the API answers them (R-FEE-01). */

type StandardRow = typeof feeStandards.$inferSelect;
const num = (v: string | null) => (v === null ? null : Number(v));

export function presentStandard(r: StandardRow, o: { edition: string; code: string; name: string }): FeeStandard {
  return {
    id: r.id,
    occupationId: r.occupationId,
    edition: o.edition,
    code: o.code,
    occupationName: o.name,
    level: r.level,
    approvedPrice: Number(r.approvedPrice),
    amount: Number(r.amount),
    studentAmount: num(r.studentAmount),
    partAmount: num(r.partAmount),
    free: r.free,
    note: r.note,
    updatedAt: r.updatedAt.toISOString(),
  };
}

type PaymentRow = typeof payments.$inferSelect;
export function presentPayment(p: PaymentRow, recordedByName: string | null): PaymentRecord {
  return {
    id: p.id,
    applicationId: p.applicationId,
    kind: p.kind,
    amount: Number(p.amount),
    method: p.method,
    receiptNumber: p.receiptNumber,
    paidOn: p.paidOn,
    note: p.note,
    recordedByName,
    createdAt: p.createdAt.toISOString(),
  };
}

const cents = (v: number | string) => Math.round(Number(v) * 100);
const yuan = (c: number) => c / 100;

/** R-FEE-01: a batch's fee rows with their payments, and its income: paid, refunded, net and the counts by state. */
export function presentBatchFees(
  b: { id: string; title: string },
  rows: {
    id: string;
    status: ApplicationStatus;
    level: number;
    feeDue: string;
    feeStatus: FeeStatus;
    personName: string;
    idMasked: string;
    studentNumber: string | null;
    collegeName: string | null;
  }[],
  byApp: Map<string, PaymentRecord[]>,
): BatchFees {
  let paid = 0;
  let refunded = 0;
  const count: Record<FeeStatus, number> = { paid: 0, unpaid: 0, free: 0, refunded: 0 };
  const items: BatchFeeRow[] = rows.map((r) => {
    const list = byApp.get(r.id) ?? [];
    const p = list.filter((x) => x.kind === 'payment').reduce((s, x) => s + cents(x.amount), 0);
    const f = list.filter((x) => x.kind === 'refund').reduce((s, x) => s + cents(x.amount), 0);
    paid += p;
    refunded += f;
    count[r.feeStatus] += 1;
    return {
      applicationId: r.id,
      personName: r.personName,
      idMasked: r.idMasked,
      studentNumber: r.studentNumber,
      collegeName: r.collegeName,
      level: r.level,
      feeDue: Number(r.feeDue),
      feeStatus: r.feeStatus,
      paid: yuan(p),
      refunded: yuan(f),
      payments: list,
    };
  });
  const income: BatchIncome = {
    paid: yuan(paid),
    refunded: yuan(refunded),
    net: yuan(paid - refunded),
    countPaid: count.paid,
    countUnpaid: count.unpaid,
    countFree: count.free,
    countRefunded: count.refunded,
  };
  return { batchId: b.id, batchTitle: b.title, income, items };
}
