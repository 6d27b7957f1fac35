import ExcelJS from 'exceljs';
import { count, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, certificates, persons, users } from '../../db/schema/index.js';
import { writeWorkbook } from '../../http/sheet.js';
import { createTestApp, type TestApp, type TestClient } from '../../test/harness.js';
import type { ResultsBatch } from '../publicity/publicity.testkit.js';
import { finalBatch } from './certificates.testkit.js';
import { DEMO_CERTIFICATES_TITLE, DEMO_IMPORT_TITLE, seedDemoCertificates } from './certificates.demo.js';

/**
 * Issue 14: numbers assigned by the province imported with a preview (R-CERT-01), the export for the national query
 * system with a frozen checksum (R-CERT-04), the holder told in the portal and on its home page (R-CERT-04,
 * R-VIOL-05), and the demo's certificates.
 */

let t: TestApp;
let admin: TestClient;
let zhuren: TestClient;
let rb: ResultsBatch;
const ISSUE_DATE = '2026-10-12';
/** A number of the handbook's centre, 2026, level 4 (the test batch's), serial `n`. */
const num = (n: number) => `Y000041019001264${String(n).padStart(6, '0')}`;

/** A batch of final results whose persons carry the real lookup hash of their ID number (R-PPL-02). */
async function hashedBatch(opts: Parameters<typeof finalBatch>[2] = {}) {
  const b = await finalBatch(t, admin, opts);
  for (const c of b.candidates)
    await t.database.db
      .update(persons)
      .set({ idHash: t.app.ctx.pii.lookupHash('resident', c.idNumber) })
      .where(eq(persons.id, c.personId));
  return b;
}

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
  zhuren = await t.login('zhuren');
  rb = await hashedBatch(); // 证书甲 and 证书乙 pass, 证书丙 fails theory
}, 120_000);
afterAll(async () => t?.close());

const person = (name: string) => rb.candidates.find((c) => c.name === name)!;

async function sheet(rows: [string, string, string][]) {
  return writeWorkbook([
    {
      name: '证书编号',
      columns: [
        { header: '姓名', key: 'name' },
        { header: '证件号码', key: 'idNumber' },
        { header: '证书编号', key: 'number' },
      ],
      rows: rows.map(([name, idNumber, number]) => ({ name, idNumber, number })),
    },
  ]);
}

async function upload(c: TestClient, batchId: string, bytes: Buffer, confirm: boolean) {
  const boundary = '----certimport';
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="证书编号.xlsx"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/certificates/batches/${batchId}/import?confirm=${confirm}&issueDate=${ISSUE_DATE}`,
    headers: { cookie: c.cookie, 'x-csrf-token': c.csrf, 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: body,
  });
}

const countOf = async (batchId: string) =>
  (await t.database.db.select({ n: count() }).from(certificates).where(eq(certificates.batchId, batchId)))[0].n;
const auditRows = async () => (await t.database.db.select({ n: count() }).from(auditLog))[0].n;

describe('numbers assigned by the province (R-CERT-01)', () => {
  it('R-CERT-01: the template has the three columns 姓名, 证件号码, 证书编号', async () => {
    const res = await zhuren.get('/api/v1/certificates/import/template.xlsx');
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const header = (wb.worksheets[0].getRow(2).values as unknown[]).filter(Boolean);
    expect(header).toEqual(['姓名', '证件号码', '证书编号']);
  });

  it('R-CERT-01: a preview matches rows by name + ID number and writes nothing', async () => {
    const before = await auditRows();
    const bytes = await sheet([
      ['证书甲', person('证书甲').idNumber, num(500001)],
      ['证书乙', person('证书乙').idNumber, num(500002)],
    ]);
    const res = await upload(zhuren, rb.batchId, bytes, false);
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json();
    expect(r).toMatchObject({ confirmed: false, good: 2, bad: 0, imported: 0 });
    expect(r.rows[0]).toMatchObject({ row: 2, name: '证书甲', certificateNumber: num(500001), issues: [] });
    expect(r.rows[0].idMasked).toMatch(/^\*{14}[0-9X]{4}$/); // R-PPL-02
    expect(await countOf(rb.batchId)).toBe(0);
    expect(await auditRows()).toBe(before);
  });

  it('R-CERT-01: a number twice in the file is refused naming both rows, and nothing is written', async () => {
    const bytes = await sheet([
      ['证书甲', person('证书甲').idNumber, num(500001)],
      ['证书乙', person('证书乙').idNumber, num(500001)],
    ]);
    const preview = (await upload(zhuren, rb.batchId, bytes, false)).json();
    expect(preview.bad).toBe(1);
    expect(preview.rows[1].issues[0]).toBe(`第 3 行 C 列（证书编号）：证书编号 ${num(500001)} 与第 2 行重复`);
    const res = await upload(zhuren, rb.batchId, bytes, true);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('未导入任何数据');
    expect(res.json().error.details).toContainEqual(
      expect.objectContaining({ row: 3, column: 'C', field: 'certificateNumber' }),
    );
    expect(await countOf(rb.batchId)).toBe(0);
  });

  it('R-CERT-01: malformed numbers, an unknown ID number, a wrong name and a candidate without a final pass are refused by row and column', async () => {
    const bytes = await sheet([
      ['证书甲', person('证书甲').idNumber, 'Y00004101900126400001'], // 21 characters
      ['证书乙', person('证书乙').idNumber, 'Y000041019001253500009'], // year 25, level 3
      ['证书丙', person('证书丙').idNumber, num(500003)], // failed theory
      ['无此人', '110101199003074518', num(500004)],
      ['不是甲', person('证书甲').idNumber, num(500005)],
    ]);
    const r = (await upload(zhuren, rb.batchId, bytes, false)).json();
    expect(r.bad).toBe(5);
    const issues = r.rows.map((x: { issues: string[] }) => x.issues.join('；'));
    expect(issues[0]).toMatch(/^第 2 行 C 列（证书编号）：应为 22 位/);
    expect(issues[1]).toContain('第 3 行 C 列（证书编号）：第 14–15 位年份“25”与发证日期 2026-10-12 的年份不符');
    expect(issues[2]).toBe('第 4 行 A 列（姓名）：证书丙 本批次的确定成绩为“不合格”，不能登记证书');
    expect(issues[3]).toBe('第 5 行 B 列（证件号码）：找不到证件号码为 **************4518 的考生');
    expect(issues[4]).toBe('第 6 行 A 列（姓名）：姓名“不是甲”与该证件号码登记的姓名不一致');
    expect((await upload(zhuren, rb.batchId, bytes, true)).statusCode).toBe(400);
    expect(await countOf(rb.batchId)).toBe(0);
  });

  it('R-CERT-01: a batch whose results are not final refuses the import', async () => {
    const open = await hashedBatch({ final: false, candidates: [{ name: '未定甲', theory: 80, skill: 80 }] });
    const bytes = await sheet([['未定甲', open.candidates[0].idNumber, num(500006)]]);
    const res = await upload(zhuren, open.batchId, bytes, false);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toContain('成绩尚未确定');
  });

  it('R-CERT-01: every role without the issue permission is refused the upload', async () => {
    const bytes = await sheet([['证书甲', person('证书甲').idNumber, num(500001)]]);
    for (const u of ['jidian', 'kaopingyuan', 'dudao', 'caiwu', 'tiku', 'jiankao', 'kaosheng']) {
      const res = await upload(await t.login(u), rb.batchId, bytes, false);
      expect([403, 404], u).toContain(res.statusCode);
    }
  });

  it('R-CERT-01 / R-CERT-05: confirm writes every row in one transaction, signed like issued ones; a number already used is refused afterwards', async () => {
    const bytes = await sheet([
      ['证书甲', person('证书甲').idNumber, num(500001)],
      ['证书乙', person('证书乙').idNumber, num(500002)],
    ]);
    const res = await upload(zhuren, rb.batchId, bytes, true);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ confirmed: true, good: 2, bad: 0, imported: 2 });
    const rows = await t.database.db.select().from(certificates).where(eq(certificates.batchId, rb.batchId));
    expect(rows.map((r) => [r.number, r.source, r.issueDate]).sort()).toEqual([
      [num(500001), 'imported', ISSUE_DATE],
      [num(500002), 'imported', ISSUE_DATE],
    ]);
    // R-CERT-05: verifiable by number + name like an issued one.
    const v = (
      await t
        .anonymous()
        .post('/api/v1/public/certificates/lookup', { certificateNumber: num(500001), holderName: '证书甲' })
    ).json();
    expect(v.certificate).toMatchObject({ state: 'valid', signatureValid: true });
    const [audit] = await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'certificate.import'));
    expect(audit.after).toMatchObject({ count: 2, numbers: [num(500001), num(500002)] });
    // Issuing now finds nobody pending, and the counter moved past the imported serials.
    expect((await zhuren.post(`/api/v1/certificates/batches/${rb.batchId}/issue`, {})).json().issued).toBe(0);

    // The same numbers again, for another batch's candidate: already used.
    const other = await hashedBatch({ candidates: [{ name: '证书丁', theory: 80, skill: 80 }] });
    const again = await sheet([['证书丁', other.candidates[0].idNumber, num(500002)]]);
    const r = (await upload(zhuren, other.batchId, again, false)).json();
    expect(r.rows[0].issues).toEqual([`第 2 行 C 列（证书编号）：证书编号 ${num(500002)} 已被使用，不能重复登记`]);
    // And a candidate who already holds a certificate cannot get a second number.
    const twice = await sheet([['证书甲', person('证书甲').idNumber, num(500009)]]);
    const t2 = (await upload(zhuren, rb.batchId, twice, false)).json();
    expect(t2.rows[0].issues[0]).toContain(`已有证书 ${num(500001)}`);
    // The counter continues after the imported serials: the next issued number of 2026 level 4 is above them.
    const issued = (await zhuren.post(`/api/v1/certificates/batches/${other.batchId}/issue`, {})).json();
    expect(issued.detail.certificates[0].number > num(500002)).toBe(true);
  });
});

describe('export for the national query system (R-CERT-04)', () => {
  it('R-CERT-04: the export is stored once with its SHA-256; downloads give the same bytes; a revocation makes a new version and keeps the old', async () => {
    const first = await zhuren.post(`/api/v1/certificates/batches/${rb.batchId}/exports`, {});
    expect(first.statusCode, first.body).toBe(200);
    const v1 = first.json().items[0];
    expect(v1).toMatchObject({ version: 1, rows: 2 });
    expect(v1.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(first.json().changed).toBe(false);
    const a = await zhuren.get(`/api/v1/certificates/exports/${v1.id}/file.xlsx`);
    const b = await zhuren.get(`/api/v1/certificates/exports/${v1.id}/file.xlsx`);
    expect(a.statusCode).toBe(200);
    expect(a.rawPayload.equals(b.rawPayload)).toBe(true);
    const { createHash } = await import('node:crypto');
    expect(createHash('sha256').update(a.rawPayload).digest('hex')).toBe(v1.sha256);
    // The authority's layout, the full ID number (R-PPL-02: audited).
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(a.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('证书信息')!;
    expect((ws.getRow(2).values as unknown[]).filter(Boolean)).toEqual([
      '证书编号',
      '姓名',
      '性别',
      '证件类型',
      '证件号码',
      '职业名称',
      '工种',
      '等级',
      '发证日期',
      '评价机构',
    ]);
    const cells = [3, 4].map((r) => (ws.getRow(r).values as unknown[]).map(String));
    expect(cells.flat()).toContain(person('证书甲').idNumber);
    // Exporting again with nothing changed keeps version 1.
    expect((await zhuren.post(`/api/v1/certificates/batches/${rb.batchId}/exports`, {})).json().items).toHaveLength(1);

    // A revocation: the list says changed, and the next export is version 2; version 1 still gives its bytes.
    const cert = (await zhuren.get(`/api/v1/certificates/batches/${rb.batchId}`)).json().certificates[1];
    await zhuren.post(`/api/v1/certificates/${cert.id}/revoke`, { revokeReason: '考后查实违纪，成绩无效' });
    expect((await zhuren.get(`/api/v1/certificates/batches/${rb.batchId}/exports`)).json().changed).toBe(true);
    const second = (await zhuren.post(`/api/v1/certificates/batches/${rb.batchId}/exports`, {})).json();
    expect(second.items.map((x: { version: number }) => x.version)).toEqual([2, 1]);
    expect(second.items[0].sha256).not.toBe(v1.sha256);
    const again = await zhuren.get(`/api/v1/certificates/exports/${v1.id}/file.xlsx`);
    expect(again.rawPayload.equals(a.rawPayload)).toBe(true);
    const downloads = await t.database.db.select().from(auditLog).where(eq(auditLog.entity, 'certificate_export'));
    expect(downloads.filter((d) => d.action === 'download')).toHaveLength(3);
    expect(downloads.filter((d) => d.action === 'certificate.export')).toHaveLength(2);
  });
});

describe('the holder is told (R-CERT-04, R-VIOL-05)', () => {
  it('R-CERT-04 / R-VIOL-05: the portal shows a revoked certificate as revoked with its date and reason, and the home page tells the holder', async () => {
    // The demo candidate's login stands for 证书乙 (revoked in the export test above).
    const [u] = await t.database.db.select().from(users).where(eq(users.username, 'kaosheng'));
    await t.database.db.update(persons).set({ userId: null }).where(eq(persons.userId, u.id));
    await t.database.db
      .update(persons)
      .set({ userId: u.id })
      .where(eq(persons.id, person('证书乙').personId));
    const kaosheng = await t.login('kaosheng');
    const mine = await kaosheng.get('/api/v1/me/certificates');
    expect(mine.statusCode, mine.body).toBe(200);
    expect(mine.json().items).toEqual([
      expect.objectContaining({
        number: num(500002),
        state: 'revoked',
        stateName: '已撤销',
        revokeReason: '考后查实违纪，成绩无效',
        revokedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        levelName: expect.stringContaining('四级'),
      }),
    ]);
    const home = (await kaosheng.get('/api/v1/home')).json();
    const notice = home.tasks.find((x: { key: string }) => x.key === 'revokedCertificates');
    expect(notice).toMatchObject({ title: '证书撤销告知', count: 1, level: 'error' });
    expect(notice.lines[0].detail).toContain('考后查实违纪，成绩无效');
    // Staff have no "own" certificates.
    expect((await zhuren.get('/api/v1/me/certificates')).statusCode).toBe(403);
  });
});

describe('the demo (npm start)', () => {
  it('R-CERT-01 / R-CERT-04: the demo has a final batch with issued certificates (one revoked) and one waiting for the province’s numbers', async () => {
    const db = t.database.db;
    const config = t.app.ctx.config;
    const seeded = await seedDemoCertificates(db, t.app.ctx.pii, { config, today: '2026-12-07' });
    expect(seeded).not.toBeNull();
    expect(await seedDemoCertificates(db, t.app.ctx.pii, { config, today: '2026-12-07' })).toBeNull();
    const list = (await zhuren.get('/api/v1/certificates/batches')).json();
    const issued = list.items.find((b: { title: string }) => b.title.endsWith(DEMO_CERTIFICATES_TITLE));
    const toImport = list.items.find((b: { title: string }) => b.title.endsWith(DEMO_IMPORT_TITLE));
    expect(issued).toMatchObject({ passed: 5, issued: 5 });
    expect(toImport).toMatchObject({ passed: 3, issued: 0 });
    const d = (await zhuren.get(`/api/v1/certificates/batches/${issued.batchId}`)).json();
    expect(d.certificates.map((c: { state: string }) => c.state).sort()).toEqual([
      'revoked',
      'valid',
      'valid',
      'valid',
      'valid',
    ]);
    for (const c of d.certificates) expect(c.number).toMatch(/^Y000041019001\d{9}$/);
    // Every certificate row was written through the services: each batch's issue is audited.
    const issuedAudit = await db.select().from(auditLog).where(eq(auditLog.action, 'certificate.issue'));
    expect(issuedAudit.some((a) => a.entityId === issued.batchId)).toBe(true);
    expect((await db.select({ n: count() }).from(certificates).where(isNull(certificates.issuedBy)))[0].n).toBe(0);
  });
});
