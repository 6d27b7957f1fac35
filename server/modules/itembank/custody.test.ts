import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, custodyDuties, documentTransfers } from '../../db/schema/index.js';
import { createTestApp, type TestApp, type TestClient } from '../../test/harness.js';
import { dutyWarnings } from './custody.rules.js';

/** R-BANK-03: the 试卷保密室值班记录 and the 文件移交登记表 through the API. */

let t: TestApp;
let kaowu: TestClient;
let tiku: TestClient;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'custody-test-'));

beforeAll(async () => {
  t = await createTestApp();
  kaowu = await t.login('kaowu');
  tiku = await t.login('tiku');
});
afterAll(async () => {
  await t.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

function pdfText(bytes: Buffer): string {
  const f = path.join(tmp, `${Math.random().toString(36).slice(2)}.pdf`);
  fs.writeFileSync(f, bytes);
  return execFileSync('pdftotext', ['-layout', f, '-'], { encoding: 'utf8' });
}

let n = 0;
const duty = (over: Record<string, unknown> = {}) => ({
  subject: `测试电工四级理论试卷${++n}`,
  startsAt: '2026-12-01T08:00:00+08:00',
  endsAt: '2026-12-01T20:00:00+08:00',
  keeper1: '王建国',
  keeper2: '李秀梅',
  sealIntact: true,
  count: 12,
  note: null,
  ...over,
});
const transfer = (over: Record<string, unknown> = {}) => ({
  documentName: `测试理论试卷（A 卷）${++n}`,
  transferredAt: '2026-12-02T07:30:00+08:00',
  place: '试卷保密室',
  keeper: '王建国',
  receiver: '赵主考',
  approver: '刘主任',
  count: 3,
  sealIntact: true,
  note: null,
  ...over,
});

describe('R-BANK-03: 试卷保密室值班记录', () => {
  it('R-BANK-03: two keepers must differ — the same name twice is refused and nothing is written', async () => {
    const body = duty({ keeper2: ' 王建国 ' });
    const res = await kaowu.post('/api/v1/custody/duties', body);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/值班人二：应与值班人一不同/);
    expect(await t.database.db.select().from(custodyDuties).where(eq(custodyDuties.subject, body.subject))).toEqual([]);
  });

  it('R-BANK-03: a shift ending before it starts is refused with the field named', async () => {
    const res = await kaowu.post('/api/v1/custody/duties', duty({ endsAt: '2026-12-01T07:00:00+08:00' }));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/结束时间/);
  });

  it('R-BANK-03: create, edit and delete are audited with before and after', async () => {
    const created = (await kaowu.post('/api/v1/custody/duties', duty())).json();
    expect(created.id).toBeTruthy();
    const edited = await kaowu.put(`/api/v1/custody/duties/${created.id}`, duty({ count: 11, keeper2: '张伟' }));
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json().keeper2).toBe('张伟');
    expect((await kaowu.del(`/api/v1/custody/duties/${created.id}`)).statusCode).toBe(200);
    const rows = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'custody_duty'), eq(auditLog.entityId, created.id)));
    expect(rows.map((r) => r.action)).toEqual(['create', 'update', 'delete']);
    expect((rows[1].before as { keeper2: string }).keeper2).toBe('李秀梅');
    expect((rows[1].after as { keeper2: string }).keeper2).toBe('张伟');
    expect(await t.database.db.select().from(custodyDuties).where(eq(custodyDuties.id, created.id))).toEqual([]);
  });

  it('R-BANK-03: a broken seal and a count differing from the previous record of the same papers are flagged', async () => {
    const subject = '测试 数量核对试卷';
    await kaowu.post('/api/v1/custody/duties', duty({ subject, count: 10 }));
    await kaowu.post(
      '/api/v1/custody/duties',
      duty({
        subject,
        count: 9,
        sealIntact: false,
        startsAt: '2026-12-01T20:00:00+08:00',
        endsAt: '2026-12-02T08:00:00+08:00',
      }),
    );
    const list = (await kaowu.get('/api/v1/custody/duties?from=2026-12-01&to=2026-12-01')).json();
    const own = list.items.filter((d: { subject: string }) => d.subject === subject);
    expect(own).toHaveLength(2);
    expect(own[0].warnings).toEqual([]);
    expect(own[1].warnings).toEqual(['封存破损', '数量与上次记录不符（上次 10，本次 9）']);
    expect(own[1].previousCount).toBe(10);
    // The date filter keeps the day's records only.
    const later = (await kaowu.get('/api/v1/custody/duties?from=2026-12-03')).json();
    expect(later.items.some((d: { subject: string }) => d.subject === subject)).toBe(false);
  });

  it('R-BANK-03: the duty register PDF lists its rows; the Excel export too; both exports are audited', async () => {
    const subject = '测试 导出理论试卷';
    await kaowu.post('/api/v1/custody/duties', duty({ subject, keeper1: '周明', keeper2: '吴芳', count: 7 }));
    const pdf = await tiku.get('/api/v1/custody/duties/export?format=pdf');
    expect(pdf.statusCode, pdf.body.slice(0, 200)).toBe(200);
    expect(String(pdf.headers['content-type'])).toMatch(/pdf/);
    const text = pdfText(pdf.rawPayload);
    expect(text).toContain('试卷保密室值班记录');
    expect(text).toContain('测试 导出理论试卷');
    expect(text).toMatch(/周明、吴芳/);
    expect(text).toMatch(/第\s*1\s*页\s*共\s*\d+\s*页/);
    const xlsx = await tiku.get('/api/v1/custody/duties/export?format=xlsx');
    expect(xlsx.statusCode).toBe(200);
    expect(decodeURIComponent(String(xlsx.headers['content-disposition']))).toContain('试卷保密室值班记录.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const values = wb.worksheets[0].getSheetValues().flat().map(String);
    expect(values).toContain('值班人（两人）');
    expect(values).toContain('测试 导出理论试卷');
    const exports = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'custody_duty'), eq(auditLog.action, 'export')));
    expect(exports.length).toBeGreaterThanOrEqual(2);
  });
});

describe('R-BANK-03: 文件移交登记表', () => {
  it('R-BANK-03: keeper ≠ receiver — a hand-over to oneself is refused and nothing is written', async () => {
    const body = transfer({ receiver: '王建国' });
    const res = await kaowu.post('/api/v1/custody/transfers', body);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/接收人：应与保管员不同/);
    expect(
      await t.database.db.select().from(documentTransfers).where(eq(documentTransfers.documentName, body.documentName)),
    ).toEqual([]);
  });

  it("R-BANK-03: the leader's signature is required (H 质量保障 3)", async () => {
    const res = await kaowu.post('/api/v1/custody/transfers', transfer({ approver: '' }));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/领导/);
  });

  it('R-BANK-03: create, edit, delete are audited; the transfer register PDF lists the rows in the handbook columns', async () => {
    const created = (
      await tiku.post('/api/v1/custody/transfers', transfer({ documentName: '测试 技能评分记录表' }))
    ).json();
    const edited = await tiku.put(
      `/api/v1/custody/transfers/${created.id}`,
      transfer({ documentName: '测试 技能评分记录表', sealIntact: false, note: '封条一角破损，已拍照' }),
    );
    expect(edited.json().warnings).toEqual(['封存破损']);
    const pdf = await tiku.get('/api/v1/custody/transfers/export');
    expect(pdf.statusCode).toBe(200);
    const text = pdfText(pdf.rawPayload);
    for (const h of ['文件名称', '移交时间', '移交地点', '保管员签字', '接收人签字', '领导签字', '备注'])
      expect(text).toContain(h);
    expect(text).toContain('测试 技能评分记录表');
    expect(text).toContain('刘主任');
    expect((await tiku.del(`/api/v1/custody/transfers/${created.id}`)).statusCode).toBe(200);
    const rows = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'document_transfer'), eq(auditLog.entityId, created.id)));
    expect(rows.map((r) => r.action)).toEqual(['create', 'update', 'delete']);
  });

  it('R-BANK-03: a clerk, an examiner and a candidate are refused (403), reading and writing', async () => {
    for (const who of ['jidian', 'kaopingyuan', 'kaosheng', 'zhuanjia']) {
      const c = await t.login(who);
      expect((await c.get('/api/v1/custody/duties')).statusCode).toBe(403);
      expect((await c.get('/api/v1/custody/transfers/export')).statusCode).toBe(403);
      expect((await c.post('/api/v1/custody/transfers', transfer())).statusCode).toBe(403);
    }
  });
});

describe('R-BANK-03: warnings rule', () => {
  it('R-BANK-03: the previous record is by start time within the same papers, whatever the insertion order', () => {
    const at = (h: number) => new Date(Date.UTC(2026, 11, 1, h));
    const flags = dutyWarnings([
      { id: 'c', subject: '甲', startsAt: at(16), sealIntact: true, count: 8 },
      { id: 'a', subject: '甲', startsAt: at(0), sealIntact: true, count: 10 },
      { id: 'b', subject: '甲', startsAt: at(8), sealIntact: true, count: 10 },
      { id: 'x', subject: '乙', startsAt: at(4), sealIntact: true, count: 3 },
    ]);
    expect(flags.get('a')!.warnings).toEqual([]);
    expect(flags.get('b')!.warnings).toEqual([]);
    expect(flags.get('c')!.previousCount).toBe(10);
    expect(flags.get('x')!.warnings).toEqual([]);
  });
});
