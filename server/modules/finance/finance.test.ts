import ExcelJS from 'exceljs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, batchExpenses, batches } from '../../db/schema/index.js';
import { createTestApp, type TestApp, type TestClient } from '../../test/harness.js';
import { okJson } from '../plans/plans.testkit.js';
import {
  collegeIds,
  makeApplication,
  makeBatch,
  makePerson,
  payApplication,
  refundApplication,
} from '../registration/fees.testkit.js';
import { buildPublishedRun, buildScenario } from '../arrangement/arrangement.testkit.js';
import type { Expense, Ledger, Statement } from '../../../shared/finance.js';

let t: TestApp;
let caiwu: TestClient;
let kaowu: TestClient;
let zhuren: TestClient;
let JD: string;
let seq = 700; // ID numbers take a three-digit sequence
beforeAll(async () => {
  t = await createTestApp();
  caiwu = await t.login('caiwu');
  kaowu = await t.login('kaowu');
  zhuren = await t.login('zhuren');
  JD = (await collegeIds(t)).JD;
});
afterAll(async () => t.close());

/** A filed batch of 电工 (fee 150) with `paid` approved applications paid in full, and `refunded` of them refunded. */
async function batchWithIncome(paid: number, refunded: number) {
  const batchId = await makeBatch(kaowu, JD, 150, [4]);
  await t.database.db.update(batches).set({ state: 'registering' }).where(eq(batches.id, batchId));
  for (let i = 0; i < paid; i++) {
    const p = await makePerson(t, kaowu, `收支考生${i}`, (seq += 2), { collegeId: JD });
    const a = await makeApplication(t, { batchId, personId: p.id, collegeId: JD });
    await payApplication(caiwu, a.id, 150, `SF-${seq}`);
    if (i < refunded) await okJson(refundApplication(caiwu, a.id, 150, `TF-${seq}`));
  }
  return batchId;
}

const expense = (batchId: string, over: Record<string, unknown> = {}) => ({
  batchId,
  expenseCategory: 'materials',
  amount: 0.1,
  spentOn: '2026-09-21',
  payee: '文具店',
  ...over,
});

describe('R-FEE-01: a batch’s accounts (收支两条线)', () => {
  it('R-FEE-01: the statement shows income (payments less refunds) and expenses by category apart; a voided expense counts nowhere; the ledger sums by year', async () => {
    const batchId = await batchWithIncome(2, 1);
    await okJson(caiwu.post('/api/v1/finance/expenses', expense(batchId, { voucherNumber: `PZ-${seq}-1` })));
    await okJson(caiwu.post('/api/v1/finance/expenses', expense(batchId, { amount: 0.2 })));
    const venue: Expense = await okJson(
      caiwu.post(
        '/api/v1/finance/expenses',
        expense(batchId, { expenseCategory: 'venue', amount: 500, payee: '实训楼' }),
      ),
    );
    // A wrong line is voided with a reason, never deleted, and kept on the statement as voided.
    expect((await caiwu.post(`/api/v1/finance/expenses/${venue.id}/void`, { reason: '' })).statusCode).toBe(400);
    const voided: Expense = await okJson(
      caiwu.post(`/api/v1/finance/expenses/${venue.id}/void`, { reason: '重复登记' }),
    );
    expect(voided).toMatchObject({ voided: true, voidReason: '重复登记' });
    expect((await caiwu.post(`/api/v1/finance/expenses/${venue.id}/void`, { reason: '再次作废' })).statusCode).toBe(
      409,
    );

    const s: Statement = await okJson(zhuren.get(`/api/v1/finance/statement?batchId=${batchId}`));
    expect(s.income).toEqual({ payments: 300, paymentCount: 2, refunds: 150, refundCount: 1, net: 150 });
    // 0.1 + 0.2 is 0.30 yuan exactly (summed in fen).
    expect(s.expenses).toEqual([{ category: 'materials', amount: 0.3, count: 2 }]);
    expect(s.totalExpenses).toBe(0.3);
    expect(s.balance).toBe(149.7);
    expect(s.items).toHaveLength(3);

    const ledger: Ledger = await okJson(zhuren.get('/api/v1/finance/ledger?year=2026'));
    expect(ledger.items.find((r) => r.batchId === batchId)).toMatchObject({
      year: 2026,
      payments: 300,
      refunds: 150,
      expenses: 0.3,
      balance: 149.7,
    });
    expect(ledger.years).toContain(2026);
    expect(ledger.items.every((r) => r.year === 2026)).toBe(true);

    // The statement as Excel: the summary sheet in Chinese with the balance, the lines with the voided one marked.
    const xlsx = await caiwu.get(`/api/v1/finance/statement/file?batchId=${batchId}&format=xlsx`);
    expect(xlsx.statusCode).toBe(200);
    expect(String(xlsx.headers['content-disposition'])).toContain(encodeURIComponent('收支明细表'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sum = wb.getWorksheet('收支汇总')!;
    expect(sum.getRow(2).values).toEqual([undefined, '类别', '项目', '金额（元）']);
    const rows = sum.getSheetValues().slice(3) as unknown[][];
    expect(rows.map((r) => r.slice(1))).toContainEqual(['结余', '净收入 − 支出合计', '149.70']);
    expect(rows.map((r) => r.slice(1))).toContainEqual(['收入', '退费（1 笔）', '-150.00']);
    const lines = wb.getWorksheet('支出明细')!.getSheetValues().slice(3) as unknown[][];
    expect(lines.filter((r) => String(r[8]).startsWith('已作废：重复登记'))).toHaveLength(1);
    const pdf = await caiwu.get(`/api/v1/finance/statement/file?batchId=${batchId}&format=pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('R-FEE-01: bad input names the field and saves nothing; a voucher is used once; a draft batch and other roles are refused', async () => {
    const batchId = await batchWithIncome(0, 0);
    const count = async () =>
      (await t.database.db.select().from(batchExpenses).where(eq(batchExpenses.batchId, batchId))).length;
    const bad = async (over: Record<string, unknown>, field: string, message: RegExp) => {
      const res = await caiwu.post('/api/v1/finance/expenses', expense(batchId, over));
      expect(res.statusCode, res.body).toBe(400);
      const issue = res.json().error.details.find((d: { field: string }) => d.field === field);
      expect(issue?.message, res.body).toMatch(message);
    };
    await bad({ payee: '文具\u0000店' }, 'payee', /收款方：不能包含控制字符/);
    await bad({ spentOn: '2026-02-30' }, 'spentOn', /支出日期：2026-02-30 不是有效日期/);
    await bad({ amount: -1 }, 'amount', /金额：支出金额不能为负数/);
    await bad({ amount: 1.234 }, 'amount', /最多两位小数/);
    await bad({ expenseCategory: 'party' }, 'expenseCategory', /支出类别：请选择支出类别/);
    await bad({ payee: '' }, 'payee', /请填写收款方/);
    expect(await count()).toBe(0);

    await okJson(caiwu.post('/api/v1/finance/expenses', expense(batchId, { voucherNumber: `PZ-${seq}-D` })));
    const dup = await caiwu.post('/api/v1/finance/expenses', expense(batchId, { voucherNumber: `PZ-${seq}-D` }));
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.message).toContain('凭证号');
    expect(await count()).toBe(1);

    const draft = await makeBatch(kaowu, JD, 150, [4]);
    const refused = await caiwu.post('/api/v1/finance/expenses', expense(draft));
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toContain('尚未备案');
    // The exam admin does not keep the accounts; the head reads but does not record.
    expect((await kaowu.get(`/api/v1/finance/statement?batchId=${batchId}`)).statusCode).toBe(403);
    expect((await zhuren.post('/api/v1/finance/expenses', expense(batchId))).statusCode).toBe(403);
    expect(await count()).toBe(1);
  });

  it('R-FEE-01: exam-day fees from the published arrangement: sittings × the duty’s rate per person; computed once until voided', async () => {
    const s = await buildScenario(t);
    const v = await buildPublishedRun(t, s);
    const rates = { examiner: 200, supervisor: 150, proctor: 100.5, site_head: 120, exam_staff: 0 };
    await okJson(caiwu.put('/api/v1/finance/rates', { rates }));
    const url = `/api/v1/finance/batches/${s.batchId}/staff-fees`;
    const { created, total } = await okJson(caiwu.post(url, { spentOn: '2026-09-30' }));
    const lines = (await okJson(caiwu.get(`/api/v1/finance/expenses?batchId=${s.batchId}`))).items as Expense[];
    expect(lines).toHaveLength(created);
    // Each line: the person's sittings in the duty × the rate; an unpaid duty (rate 0) gets no line.
    for (const l of lines) {
      expect(l.source).toBe('arrangement');
      expect(l.amount).toBeCloseTo(l.sittings! * rates[l.duty as keyof typeof rates], 2);
    }
    expect(lines.some((l) => l.duty === 'exam_staff')).toBe(false);
    // The examiners: every examiner of the run's sittings, each with the number of sittings it examines.
    const examinerSittings = new Map<string, number>();
    for (const sitting of v.sittings)
      for (const e of sitting.examiners) examinerSittings.set(e.id, (examinerSittings.get(e.id) ?? 0) + 1);
    const examinerLines = lines.filter((l) => l.duty === 'examiner');
    expect(examinerLines).toHaveLength(examinerSittings.size);
    expect(examinerLines.map((l) => l.sittings).sort()).toEqual([...examinerSittings.values()].sort());
    expect(total).toBeCloseTo(
      lines.reduce((a, l) => a + l.amount, 0),
      2,
    );
    expect(lines.find((l) => l.duty === 'proctor')?.category).toBe('proctor_fee');

    const again = await caiwu.post(url, { spentOn: '2026-09-30' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toContain('已生成劳务费');
    for (const l of lines)
      await okJson(caiwu.post(`/api/v1/finance/expenses/${l.id}/void`, { reason: '标准调整后重算' }));
    const redo = await okJson(caiwu.post(url, { spentOn: '2026-10-09' }));
    expect(redo.created).toBe(created);
    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.entity, 'batch_expense'));
    const ids = new Set(lines.map((l) => l.id));
    expect(audit.filter((a) => a.action === 'expense.void' && ids.has(a.entityId ?? ''))).toHaveLength(lines.length);
  }, 120_000);
});
