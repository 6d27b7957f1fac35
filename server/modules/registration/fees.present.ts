import type { feeStandards, payments } from '../../db/schema/index.js';
import type { FeeStandard, PaymentRecord } from '../../../shared/registration.js';

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
