import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, certificatePrintRuns } from '../../db/schema/index.js';
import { createTestApp, type TestApp, type TestClient } from '../../test/harness.js';
import { DEFAULT_FACE_LAYOUT } from './face/layout.js';
import { finalBatch } from './certificates.testkit.js';
import { givePhoto } from './print.testkit.js';

let t: TestApp;
let admin: TestClient;
let head: TestClient;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
  head = await t.login('zhuren');
}, 120_000);
afterAll(async () => t?.close());

const ALL_PASS = [
  { name: '打印甲', theory: 80, skill: 80 },
  { name: '打印乙', theory: 81, skill: 82 },
  { name: '打印丙', theory: 70, skill: 75 },
];

/** A final batch, its certificates issued, and photos on record for all but the last candidate. */
async function printableBatch(opts: { photos?: number } = {}) {
  const rb = await finalBatch(t, admin, { candidates: ALL_PASS });
  const res = await head.post(`/api/v1/certificates/batches/${rb.batchId}/issue`, { issueDate: '2026-10-12' });
  expect(res.statusCode, res.body).toBe(200);
  const photos = opts.photos ?? ALL_PASS.length - 1;
  for (const c of rb.candidates.slice(0, photos)) await givePhoto(t, admin, c.personId);
  const certs = res.json().detail.certificates as { id: string; number: string; name: string }[];
  return { ...rb, certs };
}

/** Pages of a PDFKit document (its page objects). */
const pages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type \/Page\b(?!s)/g) ?? []).length;

async function runJob(jobId: string) {
  expect(await t.app.ctx.jobs.runOne()).toBe(true);
  const job = await head.get(`/api/v1/jobs/${jobId}`);
  expect(job.statusCode).toBe(200);
  return job.json();
}

const settings = (printers: { name: string; offset: { x: number; y: number } }[], extra: object = {}) => ({
  face: { layout: DEFAULT_FACE_LAYOUT, printers },
  sealFileId: null,
  queryAddresses: { certificate: 'http://jndj.osta.org.cn/', assessment: 'http://pjjg.osta.org.cn/', provincial: null },
  chineseFont: 'wenkai',
  ...extra,
});

async function stock() {
  return (await head.get('/api/v1/certificates/stock')).json();
}

describe('certificate print settings (R-CERT-02)', () => {
  it('R-CERT-02: the settings keep the printers with their offsets, the query addresses and the font', async () => {
    const before = await head.get('/api/v1/certificates/print-settings');
    expect(before.statusCode).toBe(200);
    expect(before.json().fontChoices.map((f: { value: string }) => f.value)).toContain('wenkai');
    const res = await head.put(
      '/api/v1/certificates/print-settings',
      settings([{ name: '教务处 HP M404', offset: { x: 1.5, y: -2 } }], {
        chineseFont: 'noto_serif',
        queryAddresses: {
          certificate: 'http://jndj.osta.org.cn/',
          assessment: 'http://pjig.osta.org.cn/',
          provincial: 'https://hnrs.example.cn/',
        },
      }),
    );
    expect(res.statusCode, res.body).toBe(200);
    const s = res.json();
    expect(s.face.printers).toEqual([{ name: '教务处 HP M404', offset: { x: 1.5, y: -2 } }]);
    expect(s.chineseFont).toBe('noto_serif');
    expect(s.queryAddresses.assessment).toBe('http://pjig.osta.org.cn/');
    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'certificate.print_settings'));
    expect(audit.length).toBeGreaterThan(0);
    // Back to the default font for the other tests.
    await head.put(
      '/api/v1/certificates/print-settings',
      settings([{ name: '教务处 HP M404', offset: { x: 1.5, y: -2 } }]),
    );
  });

  it('R-CERT-02: a wrong layout, a seal that is not a PNG or an unknown font is refused naming the field', async () => {
    const badLayout = await head.put(
      '/api/v1/certificates/print-settings',
      settings([], { face: { layout: { ...DEFAULT_FACE_LAYOUT, page: { width: 10, height: 210 } }, printers: [] } }),
    );
    expect(badLayout.statusCode).toBe(400);
    expect(badLayout.json().error.message).toMatch(/版面位置/);
    const badSeal = await head.put(
      '/api/v1/certificates/print-settings',
      settings([], { sealFileId: '00000000-0000-4000-8000-000000000000' }),
    );
    expect(badSeal.statusCode).toBe(400);
    expect(badSeal.json().error.message).toMatch(/印章图片/);
    const badFont = await head.put('/api/v1/certificates/print-settings', settings([], { chineseFont: 'comic' }));
    expect(badFont.statusCode).toBe(400);
    expect(badFont.json().error.message).toMatch(/中文字体/);
    const clerk = await t.login('kaowu');
    expect((await clerk.put('/api/v1/certificates/print-settings', settings([]))).statusCode).toBe(403);
  });

  it('R-CERT-02: a trial print is one sheet for a printer of the settings; an unknown printer is refused', async () => {
    await head.put('/api/v1/certificates/print-settings', settings([{ name: '试打印机', offset: { x: 2, y: 1 } }]));
    const res = await head.get('/api/v1/certificates/print-settings/trial.pdf?printer=试打印机');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('application/pdf');
    expect(pages(res.rawPayload)).toBe(1);
    const unknown = await head.get('/api/v1/certificates/print-settings/trial.pdf?printer=没有这台');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.message).toMatch(/打印机/);
  });
});

describe('printing certificates (R-CERT-02)', () => {
  it('R-CERT-02: the bulk print job prints N pages for the N certificates with a photo and lists the one without', async () => {
    const b = await printableBatch();
    const start = await head.post(`/api/v1/certificates/batches/${b.batchId}/print`, { mode: 'full' });
    expect(start.statusCode, start.body).toBe(200);
    expect(start.json().printable).toBe(2);
    expect(start.json().withoutPhoto.map((w: { name: string }) => w.name)).toEqual(['打印丙']);
    expect(start.json().runId).toBeNull();
    const job = await runJob(start.json().jobId);
    expect(job.status, job.error).toBe('succeeded');
    expect(job.kindName).toBe('批量打印证书');
    expect(job.result.printed).toBe(2);
    expect(job.result.withoutPhoto.map((w: { name: string }) => w.name)).toEqual(['打印丙']);
    const file = await head.get(`/api/v1/files/${job.result.fileId}`);
    expect(file.statusCode).toBe(200);
    expect(pages(file.rawPayload)).toBe(2);
  });

  it('R-CERT-02: a batch print in 套打 passes the chosen printer offset (+5 mm) to the face', async () => {
    await head.put('/api/v1/certificates/print-settings', settings([{ name: '偏移 5 毫米', offset: { x: 5, y: 5 } }]));
    await head.post('/api/v1/certificates/stock/moves', {
      kind: 'receive',
      firstSerial: 7001,
      lastSerial: 7100,
      stockNote: '偏移测试入库',
    });
    const b = await printableBatch();
    const start = await head.post(`/api/v1/certificates/batches/${b.batchId}/print`, {
      mode: 'overlay',
      printer: '偏移 5 毫米',
      firstSerial: 7001,
    });
    expect(start.statusCode, start.body).toBe(200);
    const job = await runJob(start.json().jobId);
    expect(job.status, job.error).toBe('succeeded');
    expect(job.result.mode).toBe('overlay');
    expect(job.result.offset).toEqual({ x: 5, y: 5 });
    // The full face on plain paper needs no correction.
    const full = await head.post(`/api/v1/certificates/batches/${b.batchId}/print`, {
      mode: 'full',
      printer: '偏移 5 毫米',
    });
    expect((await runJob(full.json().jobId)).result.offset).toEqual({ x: 0, y: 0 });
  });

  it('R-CERT-02: one certificate prints as a PDF in both modes; one without a photo is refused', async () => {
    const b = await printableBatch();
    const withPhoto = b.certs.find((c) => c.name === '打印甲')!;
    const without = b.certs.find((c) => c.name === '打印丙')!;
    const full = await head.get(`/api/v1/certificates/${withPhoto.id}/face.pdf?mode=full`);
    expect(full.statusCode, full.body).toBe(200);
    expect(pages(full.rawPayload)).toBe(1);
    await head.put('/api/v1/certificates/print-settings', settings([{ name: '单张', offset: { x: 0, y: 0 } }]));
    const overlay = await head.get(`/api/v1/certificates/${withPhoto.id}/face.pdf?mode=overlay&printer=单张`);
    expect(overlay.statusCode, overlay.body).toBe(200);
    const refused = await head.get(`/api/v1/certificates/${without.id}/face.pdf`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toMatch(/没有照片/);
  });
});

describe('print runs on blank stock (R-CERT-03)', () => {
  it('R-CERT-03: a 套打 print run takes one blank sheet per certificate from stock; without a serial it is refused', async () => {
    await head.put('/api/v1/certificates/print-settings', settings([{ name: '库存打印机', offset: { x: 0, y: 0 } }]));
    await head.post('/api/v1/certificates/stock/moves', {
      kind: 'receive',
      firstSerial: 8001,
      lastSerial: 8010,
      stockNote: '打印批次测试入库',
    });
    const b = await printableBatch();
    const noSerial = await head.post(`/api/v1/certificates/batches/${b.batchId}/print`, {
      mode: 'overlay',
      printer: '库存打印机',
    });
    expect(noSerial.statusCode).toBe(400);
    expect(noSerial.json().error.message).toMatch(/起始流水号/);
    // Sheets not in stock: refused, no run and no job.
    const runsBefore = (await head.get('/api/v1/certificates/print-runs')).json().items.length;
    const notInStock = await head.post(`/api/v1/certificates/batches/${b.batchId}/print`, {
      mode: 'overlay',
      printer: '库存打印机',
      firstSerial: 9990001,
    });
    expect(notInStock.statusCode).toBe(400);
    expect(notInStock.json().error.message).toMatch(/未入库/);
    expect((await head.get('/api/v1/certificates/print-runs')).json().items.length).toBe(runsBefore);

    const before = await stock();
    const start = await head.post(`/api/v1/certificates/batches/${b.batchId}/print`, {
      mode: 'overlay',
      printer: '库存打印机',
      firstSerial: 8001,
    });
    expect(start.statusCode, start.body).toBe(200);
    const after = await stock();
    expect(after.issued - before.issued).toBe(2);
    expect(after.inStock - before.inStock).toBe(-2);
    const run = (await head.get('/api/v1/certificates/print-runs'))
      .json()
      .items.find((r: { id: string }) => r.id === start.json().runId);
    expect(run).toMatchObject({ firstSerial: 8001, lastSerial: 8002, sheets: 2, state: 'open', printer: '库存打印机' });
    await runJob(start.json().jobId);
    const [row] = await t.database.db
      .select()
      .from(certificatePrintRuns)
      .where(eq(certificatePrintRuns.id, start.json().runId));
    expect(row.printed).toBe(2);
  });

  it('R-CERT-03: a print run whose numbers do not add up is refused and nothing changes; then it settles', async () => {
    await head.put('/api/v1/certificates/print-settings', settings([{ name: '结算打印机', offset: { x: 0, y: 0 } }]));
    await head.post('/api/v1/certificates/stock/moves', {
      kind: 'receive',
      firstSerial: 8101,
      lastSerial: 8110,
      stockNote: '结算测试入库',
    });
    const b = await printableBatch({ photos: 3 });
    const start = await head.post(`/api/v1/certificates/batches/${b.batchId}/print`, {
      mode: 'overlay',
      printer: '结算打印机',
      firstSerial: 8101,
    });
    expect(start.statusCode, start.body).toBe(200);
    const runId = start.json().runId as string;
    await runJob(start.json().jobId);
    const settle = (body: object) => head.post(`/api/v1/certificates/print-runs/${runId}/settle`, body);
    const stockBefore = await stock();
    const auditBefore = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'certificate.print_settle'), eq(auditLog.entityId, runId)));

    // 3 sheets used: 3 printed + 1 spoiled ≠ 3.
    const wrong = await settle({ printedSheets: 3, spoiledSerials: [8102] });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.message).toMatch(/打印成功张数/);
    expect(wrong.json().error.message).toMatch(/领用 3 张/);
    // A serial of another run.
    const foreign = await settle({ printedSheets: 2, spoiledSerials: [8109] });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.message).toMatch(/作废流水号：8109/);
    // Twice the same serial.
    const twice = await settle({ printedSheets: 1, spoiledSerials: [8102, 8102] });
    expect(twice.statusCode).toBe(400);
    expect(twice.json().error.message).toMatch(/重复/);
    // Nothing changed: run open, ledger and audit as before.
    const [open] = await t.database.db.select().from(certificatePrintRuns).where(eq(certificatePrintRuns.id, runId));
    expect(open.state).toBe('open');
    expect(await stock()).toMatchObject({ spoiled: stockBefore.spoiled, issued: stockBefore.issued });
    expect(
      await t.database.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, 'certificate.print_settle'), eq(auditLog.entityId, runId))),
    ).toHaveLength(auditBefore.length);

    // used 3 = printed 2 + spoiled 1: settled, the spoiled sheet recorded in the ledger.
    const ok = await settle({ printedSheets: 2, spoiledSerials: [8102], settleNote: '8102 卡纸' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({
      state: 'settled',
      stateName: '已结算',
      printedSheets: 2,
      spoiledSerials: [8102],
    });
    const stockAfter = await stock();
    expect(stockAfter.spoiled - stockBefore.spoiled).toBe(1);
    expect(stockAfter.issued - stockBefore.issued).toBe(-1);
    expect((await settle({ printedSheets: 2, spoiledSerials: [8102] })).statusCode).toBe(409);
  });
});

describe('distribution register (R-CERT-03)', () => {
  it('R-CERT-03: who collected a certificate, when and the signature, listed per batch, once per certificate', async () => {
    const b = await printableBatch();
    const cert = b.certs.find((c) => c.name === '打印甲')!;
    const noSignature = await head.post(`/api/v1/certificates/${cert.id}/distribution`, {
      collectorName: '打印甲',
      collectedOn: '2026-10-20',
    });
    expect(noSignature.statusCode).toBe(400);
    expect(noSignature.json().error.message).toMatch(/签名/);
    const res = await head.post(`/api/v1/certificates/${cert.id}/distribution`, {
      collectorName: '打印甲',
      collectedOn: '2026-10-20',
      signatureName: '打印甲',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().items).toEqual([
      expect.objectContaining({
        certificateId: cert.id,
        number: cert.number,
        holderName: '打印甲',
        collectorName: '打印甲',
        collectedOn: '2026-10-20',
        signatureName: '打印甲',
      }),
    ]);
    const again = await head.post(`/api/v1/certificates/${cert.id}/distribution`, {
      collectorName: '代领人',
      collectedOn: '2026-10-21',
      signatureName: '代领人',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toMatch(/已于 2026-10-20 由 打印甲 领取/);
    const list = await head.get(`/api/v1/certificates/batches/${b.batchId}/distributions`);
    expect(list.json().items).toHaveLength(1);
    const audit = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'certificate.distribute'), eq(auditLog.entityId, cert.id)));
    expect(audit).toHaveLength(1);
  });
});
