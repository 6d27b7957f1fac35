import { z } from 'zod';
import { isoDay, text } from './common.js';
import { money } from './registration.js';

/**
 * A batch's accounts (R-FEE-01, 收支两条线): the income is registration's payments and refunds; the expenses are
 * recorded here, apart, and the two meet only in the statement and the ledger.
 */

export const expenseCategories = [
  'examiner_fee',
  'supervisor_fee',
  'proctor_fee',
  'staff_fee',
  'materials',
  'venue',
  'printing',
  'other',
] as const;
export type ExpenseCategory = (typeof expenseCategories)[number];
export const expenseCategoryNames: Record<ExpenseCategory, string> = {
  examiner_fee: '考评员劳务费',
  supervisor_fee: '督导员劳务费',
  proctor_fee: '监考人员劳务费',
  staff_fee: '考务人员劳务费',
  materials: '材料费',
  venue: '场地费',
  printing: '印刷费',
  other: '其他支出',
};

/** The exam-day duties paid per sitting, and the category each one's fee is booked under. */
export const paidDuties = ['examiner', 'supervisor', 'proctor', 'site_head', 'exam_staff'] as const;
export type PaidDuty = (typeof paidDuties)[number];
export const paidDutyNames: Record<PaidDuty, string> = {
  examiner: '考评员',
  supervisor: '督导员',
  proctor: '监考员',
  site_head: '考场负责人',
  exam_staff: '考务人员',
};
export const dutyCategory: Record<PaidDuty, ExpenseCategory> = {
  examiner: 'examiner_fee',
  supervisor: 'supervisor_fee',
  proctor: 'proctor_fee',
  site_head: 'staff_fee',
  exam_staff: 'staff_fee',
};

/** 劳务费标准: yuan per sitting for each duty (0: not paid). */
export const feeRates = z.object({
  rates: z.object({
    examiner: money('考评员每场劳务费'),
    supervisor: money('督导员每场劳务费'),
    proctor: money('监考员每场劳务费'),
    site_head: money('考场负责人每场劳务费'),
    exam_staff: money('考务人员每场劳务费'),
  }),
});
export type FeeRates = z.infer<typeof feeRates>;

export const expenseBody = z.object({
  batchId: text().uuid('批次编号格式不正确'),
  expenseCategory: z.enum(expenseCategories, { message: '请选择支出类别' }),
  amount: money('支出金额').refine((v) => v > 0, '支出金额应大于 0'),
  spentOn: isoDay,
  payee: text().trim().min(1, '请填写收款方').max(100, '收款方过长'),
  voucherNumber: text().trim().max(60, '凭证号过长').nullish(),
  note: text().trim().max(500, '说明过长').nullish(),
});
export type ExpenseBody = z.infer<typeof expenseBody>;

export const voidBody = z.object({ reason: text().trim().min(2, '请填写作废原因（至少 2 个字）').max(500) });
export const staffFeesBody = z.object({ spentOn: isoDay });
export const batchQuery = z.object({ batchId: text().uuid('批次编号格式不正确') });
export const statementQuery = z.object({
  batchId: text().uuid('批次编号格式不正确'),
  format: z.enum(['xlsx', 'pdf'], { message: '格式应为 xlsx 或 pdf' }),
});
export const ledgerQuery = z.object({
  year: z.coerce
    .number({ message: '年度应为数字' })
    .int('年度应为整数')
    .min(2000, '年度应在 2000–2100')
    .max(2100, '年度应在 2000–2100')
    .optional(),
});

export const expense = z.object({
  id: z.string(),
  batchId: z.string(),
  category: z.enum(expenseCategories),
  amount: z.number(),
  spentOn: z.string(),
  payee: z.string(),
  voucherNumber: z.string().nullable(),
  note: z.string().nullable(),
  source: z.enum(['manual', 'arrangement']),
  duty: z.enum(paidDuties).nullable(),
  sittings: z.number().nullable(),
  voided: z.boolean(),
  voidReason: z.string().nullable(),
  recordedByName: z.string().nullable(),
  createdAt: z.string(),
});
export type Expense = z.infer<typeof expense>;

export const statement = z.object({
  batchId: z.string(),
  batchTitle: z.string(),
  income: z.object({
    payments: z.number(),
    paymentCount: z.number(),
    refunds: z.number(),
    refundCount: z.number(),
    net: z.number(),
  }),
  expenses: z.array(z.object({ category: z.enum(expenseCategories), amount: z.number(), count: z.number() })),
  totalExpenses: z.number(),
  balance: z.number(),
  items: z.array(expense),
});
export type Statement = z.infer<typeof statement>;

export const ledgerRow = z.object({
  year: z.number(),
  batchId: z.string(),
  batchTitle: z.string(),
  payments: z.number(),
  refunds: z.number(),
  expenses: z.number(),
  balance: z.number(),
});
export const ledger = z.object({
  years: z.array(z.number()),
  items: z.array(ledgerRow),
  totals: z.array(
    z.object({
      year: z.number(),
      payments: z.number(),
      refunds: z.number(),
      expenses: z.number(),
      balance: z.number(),
    }),
  ),
});
export type Ledger = z.infer<typeof ledger>;
