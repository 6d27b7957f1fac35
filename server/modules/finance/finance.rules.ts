import {
  dutyCategory,
  expenseCategories,
  type ExpenseCategory,
  type FeeRates,
  type PaidDuty,
} from '../../../shared/finance.js';

/** Money is added in fen (integers), so 0.1 + 0.2 is 0.30 yuan. */
export const fen = (yuan: number) => Math.round(yuan * 100);
export const yuan = (f: number) => f / 100;

/** R-FEE-01: the exam-day fee of one person for one duty: sittings × the rate of the duty (0 when unpaid). */
export function dutyFee(rates: FeeRates['rates'], duty: PaidDuty, sittings: number) {
  return { category: dutyCategory[duty], amount: yuan(fen(rates[duty]) * sittings) };
}

/**
 * R-FEE-01 (收支两条线): the statement's sums. Income is payments less refunds; expenses are summed by category; the
 * balance is the net income less the expenses. Voided lines count nowhere.
 */
export function sumStatement(
  money: { kind: 'payment' | 'refund'; amount: number }[],
  expenses: { category: string; amount: number; voided: boolean }[],
) {
  let payments = 0;
  let refunds = 0;
  let paymentCount = 0;
  let refundCount = 0;
  for (const m of money)
    if (m.kind === 'payment') {
      payments += fen(m.amount);
      paymentCount++;
    } else {
      refunds += fen(m.amount);
      refundCount++;
    }
  const byCategory = new Map<ExpenseCategory, { amount: number; count: number }>();
  let total = 0;
  for (const e of expenses) {
    if (e.voided) continue;
    const c = byCategory.get(e.category as ExpenseCategory) ?? { amount: 0, count: 0 };
    c.amount += fen(e.amount);
    c.count++;
    byCategory.set(e.category as ExpenseCategory, c);
    total += fen(e.amount);
  }
  return {
    income: {
      payments: yuan(payments),
      paymentCount,
      refunds: yuan(refunds),
      refundCount,
      net: yuan(payments - refunds),
    },
    expenses: expenseCategories
      .filter((c) => byCategory.has(c))
      .map((c) => ({ category: c, amount: yuan(byCategory.get(c)!.amount), count: byCategory.get(c)!.count })),
    totalExpenses: yuan(total),
    balance: yuan(payments - refunds - total),
  };
}
