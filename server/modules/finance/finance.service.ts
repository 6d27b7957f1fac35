import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.js';
import { batchExpenses, financeSettings, users } from '../../db/schema/index.js';
import { authorize, type Actor } from '../../http/access.js';
import { AppError, notFound } from '../../http/errors.js';
import {
  dutyCategory,
  expenseCategoryNames,
  paidDuties,
  paidDutyNames,
  type Expense,
  type ExpenseBody,
  type FeeRates,
  type Ledger,
  type PaidDuty,
  type Statement,
} from '../../../shared/finance.js';
import { recordAudit } from '../audit/audit.service.js';
import { publishedExaminersOfSitting, publishedStaffOfSitting } from '../arrangement/arrangement.reads.js';
import { personsByIds } from '../people/people.reads.js';
import { batchTitlesByIds, sittingsOfBatches } from '../plans/plans.reads.js';
import { paymentsOfBatches } from '../registration/registration.reads.js';
import { dutyFee, fen, sumStatement, yuan } from './finance.rules.js';

const DEFAULT_RATES: FeeRates['rates'] = { examiner: 0, supervisor: 0, proctor: 0, site_head: 0, exam_staff: 0 };

export async function getFeeRates(db: DbOrTx, opts: { actor: Actor | null }): Promise<FeeRates> {
  authorize(opts.actor, 'finance.read');
  const [row] = await db.select().from(financeSettings).where(eq(financeSettings.id, 1));
  return { rates: { ...DEFAULT_RATES, ...(row?.rates as Partial<FeeRates['rates']> | undefined) } };
}

export async function updateFeeRates(db: Db, opts: { actor: Actor | null; data: FeeRates }): Promise<FeeRates> {
  authorize(opts.actor, 'finance.manage');
  const actor = opts.actor;
  return db.transaction(async (tx) => {
    const before = await getFeeRates(tx, { actor });
    await tx
      .insert(financeSettings)
      .values({ id: 1, rates: opts.data.rates, updatedBy: actor.userId })
      .onConflictDoUpdate({
        target: financeSettings.id,
        set: { rates: opts.data.rates, updatedBy: actor.userId, updatedAt: new Date() },
      });
    await recordAudit(tx, actor, {
      action: 'update',
      entity: 'finance_settings',
      entityId: '1',
      before,
      after: opts.data,
    });
    return opts.data;
  });
}

async function batchOf(db: DbOrTx, batchId: string) {
  const [b] = await batchTitlesByIds(db, [batchId]);
  if (!b) throw notFound('认定批次');
  return b;
}

async function expenseRows(db: DbOrTx, where: ReturnType<typeof eq> | undefined): Promise<Expense[]> {
  const rows = await db
    .select({ e: batchExpenses, recordedByName: users.displayName })
    .from(batchExpenses)
    .leftJoin(users, eq(users.id, batchExpenses.recordedBy))
    .where(where)
    .orderBy(asc(batchExpenses.spentOn), asc(batchExpenses.createdAt));
  return rows.map(({ e, recordedByName }) => ({
    id: e.id,
    batchId: e.batchId,
    category: e.category as Expense['category'],
    amount: Number(e.amount),
    spentOn: e.spentOn,
    payee: e.payee,
    voucherNumber: e.voucherNumber,
    note: e.note,
    source: e.source,
    duty: (e.duty as PaidDuty | null) ?? null,
    sittings: e.sittings,
    voided: e.voidedAt !== null,
    voidReason: e.voidReason,
    recordedByName,
    createdAt: e.createdAt.toISOString(),
  }));
}

export async function listExpenses(db: DbOrTx, opts: { actor: Actor | null; batchId: string }) {
  authorize(opts.actor, 'finance.read');
  await batchOf(db, opts.batchId);
  const items = await expenseRows(db, eq(batchExpenses.batchId, opts.batchId));
  return { items, total: items.length };
}

/** R-FEE-01: an expense of a batch, recorded apart from its income (收支两条线). */
export async function recordExpense(db: Db, opts: { actor: Actor | null; data: ExpenseBody }): Promise<Expense> {
  authorize(opts.actor, 'finance.manage');
  const actor = opts.actor;
  const d = opts.data;
  return db.transaction(async (tx) => {
    const b = await batchOf(tx, d.batchId);
    if (b.state === 'draft') throw new AppError('CONFLICT', `批次「${b.title}」尚未备案，不能登记支出`);
    if (d.voucherNumber) {
      const [dup] = await tx
        .select({ id: batchExpenses.id })
        .from(batchExpenses)
        .where(and(eq(batchExpenses.voucherNumber, d.voucherNumber), isNull(batchExpenses.voidedAt)));
      if (dup)
        throw new AppError('CONFLICT', `凭证号：${d.voucherNumber} 已登记过`, [
          { field: 'voucherNumber', message: `凭证号：${d.voucherNumber} 已登记过` },
        ]);
    }
    const [row] = await tx
      .insert(batchExpenses)
      .values({
        batchId: d.batchId,
        category: d.expenseCategory,
        amount: d.amount.toFixed(2),
        spentOn: d.spentOn,
        payee: d.payee,
        voucherNumber: d.voucherNumber || null,
        note: d.note || null,
        source: 'manual',
        recordedBy: actor.userId,
      })
      .returning();
    await recordAudit(tx, actor, { action: 'create', entity: 'batch_expense', entityId: row.id, after: row });
    return (await expenseRows(tx, eq(batchExpenses.id, row.id)))[0];
  });
}

/** A wrong expense is voided with a reason and stays on record; it counts nowhere after. */
export async function voidExpense(db: Db, opts: { actor: Actor | null; id: string; reason: string }): Promise<Expense> {
  authorize(opts.actor, 'finance.manage');
  const actor = opts.actor;
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(batchExpenses).where(eq(batchExpenses.id, opts.id)).for('update');
    if (!row) throw notFound('支出记录');
    if (row.voidedAt) throw new AppError('CONFLICT', '该支出已作废');
    const [after] = await tx
      .update(batchExpenses)
      .set({ voidedAt: new Date(), voidedBy: actor.userId, voidReason: opts.reason })
      .where(eq(batchExpenses.id, row.id))
      .returning();
    await recordAudit(tx, actor, {
      action: 'expense.void',
      entity: 'batch_expense',
      entityId: row.id,
      before: row,
      after,
    });
    return (await expenseRows(tx, eq(batchExpenses.id, row.id)))[0];
  });
}

/**
 * R-FEE-01: the exam-day fees of a batch from its published arrangement: per person and duty, the number of sittings
 * served × the rate of the duty. Refused while earlier computed lines are still valid (void them to recompute).
 */
export async function computeStaffFees(
  db: Db,
  opts: { actor: Actor | null; batchId: string; spentOn: string },
): Promise<{ created: number; total: number }> {
  authorize(opts.actor, 'finance.manage');
  const actor = opts.actor;
  return db.transaction(async (tx) => {
    const b = await batchOf(tx, opts.batchId);
    const existing = await tx
      .select({ id: batchExpenses.id })
      .from(batchExpenses)
      .where(
        and(eq(batchExpenses.batchId, b.id), eq(batchExpenses.source, 'arrangement'), isNull(batchExpenses.voidedAt)),
      );
    if (existing.length)
      throw new AppError('CONFLICT', `本批次已生成劳务费 ${existing.length} 条；如需重新计算，请先作废原记录`);
    const { rates } = await getFeeRates(tx, { actor });
    const served = new Map<string, number>(); // `${personId} ${duty}` → sittings
    const add = (personId: string, duty: PaidDuty) =>
      served.set(`${personId} ${duty}`, (served.get(`${personId} ${duty}`) ?? 0) + 1);
    for (const s of await sittingsOfBatches(tx, [b.id])) {
      for (const e of await publishedExaminersOfSitting(tx, s.id)) add(e.personId, 'examiner');
      const staff = await publishedStaffOfSitting(tx, s.id);
      // A site-wide duty is one sitting's work however many rooms it covers.
      for (const key of new Set(staff.map((d) => `${d.personId} ${d.duty}`))) {
        const [personId, duty] = key.split(' ') as [string, PaidDuty];
        add(personId, duty);
      }
    }
    if (!served.size) throw new AppError('CONFLICT', `批次「${b.title}」还没有已发布的考场编排，无法计算劳务费`);
    const names = new Map(
      (
        await personsByIds(
          tx,
          [...served.keys()].map((k) => k.split(' ')[0]),
        )
      ).map((p) => [p.id, p.name]),
    );
    let created = 0;
    let total = 0;
    const ordered = [...served.entries()].sort(
      ([a], [b2]) => paidDuties.indexOf(a.split(' ')[1] as PaidDuty) - paidDuties.indexOf(b2.split(' ')[1] as PaidDuty),
    );
    for (const [key, sittings] of ordered) {
      const [personId, duty] = key.split(' ') as [string, PaidDuty];
      const fee = dutyFee(rates, duty, sittings);
      if (fee.amount <= 0) continue;
      const [row] = await tx
        .insert(batchExpenses)
        .values({
          batchId: b.id,
          category: dutyCategory[duty],
          amount: fee.amount.toFixed(2),
          spentOn: opts.spentOn,
          payee: names.get(personId) ?? '（未知人员）',
          note: `${paidDutyNames[duty]} ${sittings} 场 × ${rates[duty].toFixed(2)} 元`,
          source: 'arrangement',
          personId,
          duty,
          sittings,
          recordedBy: actor.userId,
        })
        .returning();
      await recordAudit(tx, actor, { action: 'create', entity: 'batch_expense', entityId: row.id, after: row });
      created++;
      total += fen(fee.amount);
    }
    if (!created) throw new AppError('CONFLICT', '劳务费标准均为 0，请先在「劳务费标准」中填写每场金额');
    return { created, total: yuan(total) };
  });
}

/** R-FEE-01: the batch's income and expense statement (收支两条线: income and expenses side by side, never netted). */
export async function batchStatement(db: DbOrTx, opts: { actor: Actor | null; batchId: string }): Promise<Statement> {
  authorize(opts.actor, 'finance.read');
  const b = await batchOf(db, opts.batchId);
  const money = await paymentsOfBatches(db, [b.id]);
  const items = await expenseRows(db, eq(batchExpenses.batchId, b.id));
  return { batchId: b.id, batchTitle: b.title, ...sumStatement(money, items), items };
}

/** The centre's ledger across batches and years: income by the day paid, expenses by the day spent. */
export async function centreLedger(db: DbOrTx, opts: { actor: Actor | null; year?: number }): Promise<Ledger> {
  authorize(opts.actor, 'finance.read');
  const money = await paymentsOfBatches(db, null);
  const spent = await db
    .select({ batchId: batchExpenses.batchId, amount: batchExpenses.amount, spentOn: batchExpenses.spentOn })
    .from(batchExpenses)
    .where(isNull(batchExpenses.voidedAt));
  const rows = new Map<
    string,
    { year: number; batchId: string; payments: number; refunds: number; expenses: number }
  >();
  const rowOf = (year: number, batchId: string) => {
    const key = `${year} ${batchId}`;
    let r = rows.get(key);
    if (!r) rows.set(key, (r = { year, batchId, payments: 0, refunds: 0, expenses: 0 }));
    return r;
  };
  for (const m of money) {
    const r = rowOf(Number(m.paidOn.slice(0, 4)), m.batchId);
    if (m.kind === 'payment') r.payments += fen(m.amount);
    else r.refunds += fen(m.amount);
  }
  for (const e of spent) rowOf(Number(e.spentOn.slice(0, 4)), e.batchId).expenses += fen(Number(e.amount));
  const years = [...new Set([...rows.values()].map((r) => r.year))].sort((a, b) => b - a);
  const chosen = [...rows.values()].filter((r) => opts.year === undefined || r.year === opts.year);
  const titles = new Map(
    (
      await batchTitlesByIds(
        db,
        chosen.map((r) => r.batchId),
      )
    ).map((b) => [b.id, b.title]),
  );
  const items = chosen
    .map((r) => ({
      year: r.year,
      batchId: r.batchId,
      batchTitle: titles.get(r.batchId) ?? '',
      payments: yuan(r.payments),
      refunds: yuan(r.refunds),
      expenses: yuan(r.expenses),
      balance: yuan(r.payments - r.refunds - r.expenses),
    }))
    .sort((a, b) => b.year - a.year || a.batchTitle.localeCompare(b.batchTitle, 'zh-CN'));
  const totals = new Map<number, { payments: number; refunds: number; expenses: number }>();
  for (const r of chosen) {
    const t = totals.get(r.year) ?? { payments: 0, refunds: 0, expenses: 0 };
    t.payments += r.payments;
    t.refunds += r.refunds;
    t.expenses += r.expenses;
    totals.set(r.year, t);
  }
  return {
    years,
    items,
    totals: [...totals.entries()]
      .sort(([a], [b]) => b - a)
      .map(([year, t]) => ({
        year,
        payments: yuan(t.payments),
        refunds: yuan(t.refunds),
        expenses: yuan(t.expenses),
        balance: yuan(t.payments - t.refunds - t.expenses),
      })),
  };
}

export { expenseCategoryNames };
