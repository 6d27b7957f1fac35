import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp, type TestClient } from '../../test/harness.js';
import { applications, feeStandards, payments } from '../../db/schema/index.js';
import { okJson } from '../plans/plans.testkit.js';
import { feeForApplications } from './fees.service.js';
import { ticketAllowed, ticketAllowedSql } from './payments.service.js';
import {
  collegeIds,
  makeApplication,
  makeBatch,
  makePerson,
  payApplication,
  refundApplication,
} from './fees.testkit.js';

let t: TestApp;
let admin: TestClient;
let zhuren: TestClient;
let caiwu: TestClient;
let kaowu: TestClient;
let JD = '';
let batch = '';
const ELEC = { edition: '2022', code: '6-31-01-03' };
let seq = 801;
const person = (name: string, o: { social?: boolean; studentNumber?: string } = {}) =>
  makePerson(t, kaowu, name, (seq += 2), { collegeId: JD, ...o });
const pay = (applicationId: string, amount: number, receiptNumber: string) =>
  caiwu.post('/api/v1/payments', { applicationId, amount, method: 'wechat', receiptNumber, paidOn: '2026-09-20' });

beforeAll(async () => {
  t = await createTestApp();
  [admin, zhuren, caiwu, kaowu] = await Promise.all(['admin', 'zhuren', 'caiwu', 'kaowu'].map((u) => t.login(u)));
  JD = (await collegeIds(t)).JD;
  batch = await makeBatch(admin, JD, 150);
  // Level 4 of 电工: approved price 200, charged 180, students 120 (J §6).
  await okJson(
    zhuren.post('/api/v1/fee-standards', {
      ...ELEC,
      level: 4,
      approvedPrice: 200,
      amount: 180,
      studentAmount: 120,
      free: false,
    }),
  );
});
afterAll(() => t?.close());

describe('fee standards', () => {
  it('R-FEE-01: an amount above the approved price is refused, naming the field, and nothing is stored', async () => {
    const res = await zhuren.post('/api/v1/fee-standards', {
      ...ELEC,
      level: 3,
      approvedPrice: 200,
      amount: 260,
      studentAmount: null,
      free: false,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/收费标准：不能高于物价核定价/);
    expect(res.json().error.details[0].field).toBe('amount');
    const all = await okJson(caiwu.get('/api/v1/fee-standards'));
    expect(all.items.filter((s: { level: number }) => s.level === 3)).toHaveLength(0);
  });
  it('R-FEE-01: a student price above the amount is refused', async () => {
    const res = await zhuren.post('/api/v1/fee-standards', {
      ...ELEC,
      level: 2,
      approvedPrice: 200,
      amount: 100,
      studentAmount: 150,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].field).toBe('studentAmount');
  });
  it('R-FEE-01: one standard per occupation and level; finance reads but cannot change them', async () => {
    const dup = await zhuren.post('/api/v1/fee-standards', { ...ELEC, level: 4, approvedPrice: 200, amount: 150 });
    expect(dup.statusCode).toBe(409);
    expect(
      (await caiwu.post('/api/v1/fee-standards', { ...ELEC, level: 5, approvedPrice: 100, amount: 80 })).statusCode,
    ).toBe(403);
    const list = await okJson(caiwu.get('/api/v1/fee-standards?keyword=电工'));
    expect(list.items[0]).toMatchObject({
      code: '6-31-01-03',
      level: 4,
      approvedPrice: 200,
      amount: 180,
      studentAmount: 120,
    });
  });
});

describe('the fee of an approved application', () => {
  it('R-FEE-01: a student pays the student price, a social learner the standard amount', async () => {
    const s = await person('优惠学生');
    const w = await person('社会学员', { social: true });
    const a = await makeApplication(t, { batchId: batch, personId: s.id, collegeId: JD });
    const b = await makeApplication(t, { batchId: batch, personId: w.id, collegeId: null });
    expect([a.feeDue, a.feeStatus]).toEqual(['120.00', 'unpaid']);
    expect([b.feeDue, b.feeStatus]).toEqual(['180.00', 'unpaid']);
  });
  it("R-FEE-01: without a standard the batch's fee applies", async () => {
    const s = await person('三级学生');
    const a = await makeApplication(t, { batchId: batch, personId: s.id, collegeId: JD, level: 3 });
    expect([a.feeDue, a.feeStatus]).toEqual(['150.00', 'unpaid']);
  });
  it('R-FEE-01: a free centre (H 八) charges nothing: the application is free and cannot be paid', async () => {
    // A standard marked free makes even a priced batch free.
    const std = await okJson(
      zhuren.post('/api/v1/fee-standards', { ...ELEC, level: 3, approvedPrice: 200, amount: 0, free: true }),
    );
    const a = await makeApplication(t, {
      batchId: batch,
      personId: (await person('免费三级')).id,
      collegeId: JD,
      level: 3,
    });
    expect([a.feeDue, a.feeStatus]).toEqual(['0.00', 'free']);
    const res = await pay(a.id, 1, 'FREE-1');
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toMatch(/免费/);
    await okJson(zhuren.del(`/api/v1/fee-standards/${std.id}`));
    // Without a standard, a batch announced at 0 yuan is free too.
    const free = await makeBatch(admin, JD, 0, [3]);
    const b = await makeApplication(t, {
      batchId: free,
      personId: (await person('免费学生')).id,
      collegeId: JD,
      level: 3,
    });
    expect([b.feeDue, b.feeStatus]).toEqual(['0.00', 'free']);
  });
  it('R-FEE-01: the fee is set for many applications in one call, and a paid one keeps its amount', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 3; i++)
      ids.push(
        (await makeApplication(t, { batchId: batch, personId: (await person(`批量${i}`)).id, collegeId: JD })).id,
      );
    await okJson(pay(ids[0], 120, 'BULK-0'));
    await t.database.db.update(feeStandards).set({ studentAmount: '100' }).where(eq(feeStandards.level, 4));
    await feeForApplications(t.database.db, ids);
    const rows = await Promise.all(
      ids.map(async (id) => (await t.database.db.select().from(applications).where(eq(applications.id, id)))[0]),
    );
    expect(rows.map((r) => [r.feeDue, r.feeStatus])).toEqual([
      ['120.00', 'paid'],
      ['100.00', 'unpaid'],
      ['100.00', 'unpaid'],
    ]);
    await t.database.db.update(feeStandards).set({ studentAmount: '120' }).where(eq(feeStandards.level, 4));
  });
});

describe('payments and refunds', () => {
  /** An approved application of a new student in `b`: student price 120 (level 4). */
  const approved = async (name: string, b = batch) =>
    (await makeApplication(t, { batchId: b, personId: (await person(name)).id, collegeId: JD })).id;

  it('R-FEE-01: an unapproved application cannot pay', async () => {
    const a = await makeApplication(t, {
      batchId: batch,
      personId: (await person('待审学生')).id,
      collegeId: JD,
      status: 'pending_centre',
    });
    const res = await pay(a.id, 120, 'PEND-1');
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toMatch(/审核通过后才能缴费/);
  });
  it('R-FEE-01: the payment must equal the amount due', async () => {
    const app = await approved('缴费学生');
    const res = await pay(app, 100, 'R-0001');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/缴费金额：应为应缴金额 120.00 元/);
    expect(await t.database.db.select().from(payments).where(eq(payments.applicationId, app))).toHaveLength(0);
  });
  it('R-FEE-01: a payment makes the application paid; only finance records it', async () => {
    const app = await approved('缴费学生');
    expect(
      (
        await kaowu.post('/api/v1/payments', {
          applicationId: app,
          amount: 120,
          method: 'cash',
          receiptNumber: 'R-0001',
          paidOn: '2026-09-20',
        })
      ).statusCode,
    ).toBe(403);
    const out = await okJson(pay(app, 120, 'R-0001'));
    expect(out.feeStatus).toBe('paid');
    expect(out.payment).toMatchObject({
      kind: 'payment',
      amount: 120,
      method: 'wechat',
      receiptNumber: 'R-0001',
      recordedByName: expect.any(String),
    });
    expect((await pay(app, 120, 'R-0009')).statusCode).toBe(409); // paid already
  });
  it('R-FEE-01: a receipt number is used once', async () => {
    await payApplication(caiwu, await approved('先缴学生'), 120, 'R-0002');
    const other = await approved('重复票据');
    const res = await pay(other, 120, 'R-0002');
    expect(res.statusCode).toBe(409);
    expect(res.json().error.details[0].field).toBe('receiptNumber');
    const [row] = await t.database.db.select().from(applications).where(eq(applications.id, other));
    expect(row.feeStatus).toBe('unpaid');
  });
  it('R-FEE-01: a refund is its own record, at most what was paid, with a reason (收支两条线)', async () => {
    const app = await approved('退费学生');
    await payApplication(caiwu, app, 120, 'R-0003');
    const over = await refundApplication(caiwu, app, 150, 'T-0001');
    expect(over.statusCode).toBe(400);
    expect(over.json().error.message).toMatch(/退费金额：不能超过已缴金额 120.00 元/);
    const out = await okJson(refundApplication(caiwu, app, 120, 'T-0001'));
    expect(out.feeStatus).toBe('refunded');
    const rows = await t.database.db.select().from(payments).where(eq(payments.applicationId, app));
    expect(rows.map((r) => [r.kind, r.amount]).sort()).toEqual([
      ['payment', '120.00'],
      ['refund', '120.00'],
    ]);
    expect((await refundApplication(caiwu, app, 1, 'T-0002')).statusCode).toBe(409); // nothing left paid
  });
  it("R-FEE-01: the batch's income: paid, refunded, net and the counts", async () => {
    // A batch of its own at 0 yuan: level 4 has the standard (students 120), level 3 none, so it is free.
    const own = await makeBatch(admin, JD, 0, [4, 3]);
    const app = await approved('退费学生', own);
    await payApplication(caiwu, app, 120, 'R-0004');
    await okJson(refundApplication(caiwu, app, 120, 'T-0004'));
    await payApplication(caiwu, await approved('已缴学生', own), 120, 'R-0005');
    await approved('未缴学生', own);
    await makeApplication(t, { batchId: own, personId: (await person('免费学生')).id, collegeId: JD, level: 3 });
    await makeApplication(t, {
      batchId: own,
      personId: (await person('待审学生')).id,
      collegeId: JD,
      status: 'pending_centre',
    });
    const f = await okJson(caiwu.get(`/api/v1/batches/${own}/payments`));
    // Paid: R-0004 (120) and R-0005 (120); refunded: 120.
    expect(f.income).toMatchObject({ paid: 240, refunded: 120, net: 120, countPaid: 1, countRefunded: 1 });
    expect(f.income.countFree).toBe(1);
    expect(f.income.countUnpaid).toBe(f.items.filter((r: { feeStatus: string }) => r.feeStatus === 'unpaid').length);
    expect(f.items.some((r: { personName: string }) => r.personName === '待审学生')).toBe(false);
    const row = f.items.find((r: { applicationId: string }) => r.applicationId === app);
    expect(row).toMatchObject({ paid: 120, refunded: 120, feeStatus: 'refunded' });
    expect(row.idMasked).not.toMatch(/^\d{18}$/);
  });
  it("R-FEE-01: the batch's payment list exports to Excel with Chinese headers", async () => {
    const own = await makeBatch(admin, JD, 150);
    const app = await approved('导出学生', own);
    await payApplication(caiwu, app, 120, 'R-0006');
    await okJson(refundApplication(caiwu, app, 120, 'T-0006'));
    const res = await caiwu.get(`/api/v1/batches/${own}/payments/xlsx`);
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws.getRow(2).values).toEqual(
      expect.arrayContaining(['姓名', '应缴金额（元）', '缴费状态', '收支类型', '票据号']),
    );
    const texts = ws.getSheetValues().flat().map(String);
    expect(texts).toContain('R-0006');
    expect(texts).toContain('-120.00');
  });
});

describe('tickets', () => {
  it('R-FEE-01: a ticket is allowed to an approved application that is paid or free, not before', async () => {
    // One of each on record: paid, free (a batch at 0 yuan, level 3 without a standard), unpaid.
    const paid = await makeApplication(t, { batchId: batch, personId: (await person('准考学生')).id, collegeId: JD });
    await payApplication(caiwu, paid.id, 120, 'R-0007');
    const free = await makeBatch(admin, JD, 0, [3]);
    await makeApplication(t, { batchId: free, personId: (await person('免费准考')).id, collegeId: JD, level: 3 });
    await makeApplication(t, { batchId: batch, personId: (await person('未缴准考')).id, collegeId: JD });
    expect(ticketAllowed({ status: 'approved', feeStatus: 'paid' })).toBe(true);
    expect(ticketAllowed({ status: 'approved', feeStatus: 'free' })).toBe(true);
    expect(ticketAllowed({ status: 'approved', feeStatus: 'unpaid' })).toBe(false);
    expect(ticketAllowed({ status: 'approved', feeStatus: 'refunded' })).toBe(false);
    expect(ticketAllowed({ status: 'pending_centre', feeStatus: 'free' })).toBe(false);
    const rows = await t.database.db
      .select({ id: applications.id, status: applications.status, feeStatus: applications.feeStatus })
      .from(applications)
      .where(ticketAllowedSql);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every(ticketAllowed)).toBe(true);
  });
});
