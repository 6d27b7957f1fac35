import { createPublicKey, verify } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, certificates } from '../../db/schema/index.js';
import type { Actor } from '../../http/access.js';
import { AppError } from '../../http/errors.js';
import { createTestApp, type TestApp, type TestClient } from '../../test/harness.js';
import { centreForCertificates } from '../centre/centre.reads.js';
import {
  base58btc,
  canonicalJson,
  certificateNumber,
  fromBase58btc,
  isBitSet,
  parseCertificateNumber,
  STATUS_LIST_MIN_BITS,
} from './certificates.rules.js';
import { publicKeyOfDid, signedBytes, verifyProof } from './signing.service.js';
import { issueCertificates } from './certificates.service.js';
import { revokeForViolation } from './certificates.reads.js';
import { nextSerial, setLastSerial } from './numbers.store.js';
import { NOT_FOUND_MESSAGE } from './public.service.js';
import { actorOf, finalBatch } from './certificates.testkit.js';

let t: TestApp;
let admin: TestClient;
let head: TestClient;
let anon: TestClient;
let zhuren: Actor;
let centreId = '';

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
  head = await t.login('zhuren');
  anon = t.anonymous();
  zhuren = await actorOf(t, 'zhuren');
  centreId = (await centreForCertificates(t.database.db))!.id;
}, 120_000);
afterAll(async () => t?.close());

async function refusal(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

const config = () => t.app.ctx.config;
/** A final batch with its certificates issued (two passes: 证书甲, 证书乙). */
async function issuedBatch() {
  const rb = await finalBatch(t, admin);
  const res = await head.post(`/api/v1/certificates/batches/${rb.batchId}/issue`, { issueDate: '2026-10-12' });
  expect(res.statusCode).toBe(200);
  return {
    rb,
    certs: res.json().detail.certificates as { id: string; number: string; name: string; verifyUrl: string }[],
  };
}
const qrParams = (url: string) => {
  const u = new URL(url);
  return { n: u.searchParams.get('n')!, s: u.searchParams.get('s')! };
};
const verifyQr = (n: string, s: string) =>
  anon.get(
    `/api/v1/public/certificates/verify?certificateNumber=${encodeURIComponent(n)}&signature=${encodeURIComponent(s)}`,
  );
const lookup = (certificateNumber: string, holderName: string) =>
  anon.post('/api/v1/public/certificates/lookup', { certificateNumber, holderName });
const flip = (s: string, i: number) => s.slice(0, i) + (s[i] === 'A' ? 'B' : 'A') + s.slice(i + 1);

describe('R-CERT-01: numbers', () => {
  it("R-CERT-01: the handbook's example: filing code Y000041019001, 2022, level 1, serial 1 → Y000041019001221000001", () => {
    expect(certificateNumber('Y000041019001', '22', 1, 1)).toBe('Y000041019001221000001');
    expect(certificateNumber('Y000041019001', '22', 1, 1)).toHaveLength(22);
    expect(parseCertificateNumber('Y000041019001221000001')).toEqual({
      filingCode: 'Y000041019001',
      year: '22',
      level: 1,
      serial: 1,
    });
    expect(certificateNumber('S000041019001', '26', 4, 999_999)).toBe('S000041019001264999999');
    expect(() => certificateNumber('Y00004101900', '26', 4, 1)).toThrow(/备案号/);
    expect(() => certificateNumber('Y000099019001', '26', 4, 1)).toThrow(/省级行政区代码/);
  });

  it('R-CERT-01: serials count per (centre, year, level): serial 999999 is the last, then a refusal with a clear Chinese message', async () => {
    const db = t.database.db;
    expect(await db.transaction((tx) => nextSerial(tx, centreId, '31', 3))).toBe(1);
    expect(await db.transaction((tx) => nextSerial(tx, centreId, '31', 3))).toBe(2);
    expect(await db.transaction((tx) => nextSerial(tx, centreId, '31', 2))).toBe(1); // another level
    await setLastSerial(db, centreId, '31', 3, 999_998);
    expect(await db.transaction((tx) => nextSerial(tx, centreId, '31', 3))).toBe(999_999);
    const e = await refusal(db.transaction((tx) => nextSerial(tx, centreId, '31', 3)));
    expect(e.code).toBe('CONFLICT');
    expect(e.message).toBe('证书编号已用完：2031 年三级/高级工的流水号已达 999999，本年度不能再核发该等级的证书');
  });

  it('R-CERT-01: issuing when the serial reached 999999 is refused over HTTP and nothing is half-saved', async () => {
    const rb = await finalBatch(t, admin);
    await setLastSerial(t.database.db, centreId, '32', 4, 999_999);
    const res = await head.post(`/api/v1/certificates/batches/${rb.batchId}/issue`, { issueDate: '2032-03-01' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toContain('流水号已达 999999');
    const rows = await t.database.db.select().from(certificates).where(eq(certificates.batchId, rb.batchId));
    expect(rows).toHaveLength(0);
  });

  it('R-CERT-01: 300 serials taken at once in one process: no duplicate, no gap', async () => {
    const db = t.database.db;
    const got = await Promise.all(
      Array.from({ length: 300 }, () => db.transaction((tx) => nextSerial(tx, centreId, '33', 5))),
    );
    expect(new Set(got).size).toBe(300);
    expect(Math.max(...got)).toBe(300);
  });
});

describe('R-CERT-01 / R-PUB-01: issue from final results only', () => {
  it('R-PUB-01: a batch still in publicity gets no certificates', async () => {
    const rb = await finalBatch(t, admin, { final: false });
    const res = await head.post(`/api/v1/certificates/batches/${rb.batchId}/issue`, {});
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toContain('成绩尚未确定');
  });

  it('R-CERT-01: one certificate per passed application, numbered from the filing code; issuing again adds none', async () => {
    const { rb, certs } = await issuedBatch();
    expect(certs.map((c) => c.name).sort()).toEqual(['证书乙', '证书甲']);
    for (const c of certs) expect(c.number).toMatch(/^Y000041019001264\d{6}$/); // filing code, 26, level 4, serial
    const again = await head.post(`/api/v1/certificates/batches/${rb.batchId}/issue`, { issueDate: '2026-10-12' });
    expect(again.json().issued).toBe(0);
    expect(again.json().detail.certificates).toHaveLength(2);
    expect(again.json().detail.pending).toHaveLength(0);
    const list = (await head.get('/api/v1/certificates/batches')).json();
    expect(list.items.find((b: { batchId: string }) => b.batchId === rb.batchId)).toMatchObject({
      passed: 2,
      issued: 2,
    });
    const audits = await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'certificate.issue'));
    expect(audits.some((a) => a.entityId === rb.batchId)).toBe(true);
  });

  it('R-CERT-01: a bad issue date is refused naming the field', async () => {
    const rb = await finalBatch(t, admin);
    const res = await head.post(`/api/v1/certificates/batches/${rb.batchId}/issue`, { issueDate: '2026-02-30' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('发证日期');
  });

  it('R-CERT-03: the issuance register (证书核发名册) as PDF and Excel, ID numbers masked', async () => {
    const { rb, certs } = await issuedBatch();
    const pdf = await head.get(`/api/v1/certificates/batches/${rb.batchId}/register.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 4).toString()).toBe('%PDF');
    const xlsx = await head.get(`/api/v1/certificates/batches/${rb.batchId}/register.xlsx`);
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('证书核发名册')!;
    const values = ws.getSheetValues().flat().map(String);
    for (const c of certs) expect(values).toContain(c.number);
    expect(values.some((v) => /^\*{14}\d{3}[\dX]$/.test(v))).toBe(true);
  });
});

describe('R-CERT-05: signed, verified by anyone', () => {
  it('R-CERT-05: the QR payload (number + signature) verifies without login; one character changed is refused', async () => {
    const { rb, certs } = await issuedBatch();
    const { n, s } = qrParams(certs[0].verifyUrl);
    const ok = (await verifyQr(n, s)).json();
    expect(ok).toMatchObject({ found: true, certificate: { number: n, state: 'valid', signatureValid: true } });
    expect(ok.certificate.idMasked).toMatch(/^\*{14}\d{3}[\dX]$/); // R-PPL-02: last four only
    for (const c of rb.candidates) expect(JSON.stringify(ok)).not.toContain(c.idNumber); // never a full ID number
    for (const bad of [verifyQr(n, flip(s, 10)), verifyQr(flip(n, 20), s), verifyQr(n.slice(0, 21) + '9', s)]) {
      const r = await bad;
      expect(r.statusCode).toBe(200);
      expect(r.json()).toEqual({ found: false, message: NOT_FOUND_MESSAGE, certificate: null });
    }
  });

  it('R-CERT-05: anyone with the published public key checks the signature offline', async () => {
    const { certs } = await issuedBatch();
    const key = (await anon.get('/api/v1/public/certificates/key')).json();
    const pub = createPublicKey(key.publicKeyPem);
    const [row] = await t.database.db.select().from(certificates).where(eq(certificates.id, certs[0].id));
    const { s } = qrParams(certs[0].verifyUrl);
    expect(verify(null, signedBytes(row.data), pub, Buffer.from(s, 'base64url'))).toBe(true);
    expect(
      verify(null, signedBytes({ ...row.data, level: row.data.level - 1 }), pub, Buffer.from(s, 'base64url')),
    ).toBe(false);
    expect(publicKeyOfDid(key.did).export({ format: 'pem', type: 'spki' })).toBe(key.publicKeyPem);
  });

  it('R-CERT-05: by number + name; a wrong name reveals nothing (the same answer as an unknown number)', async () => {
    const { certs } = await issuedBatch();
    const c = certs[0];
    expect((await lookup(c.number, c.name)).json()).toMatchObject({ found: true, certificate: { name: c.name } });
    expect((await lookup(c.number.toLowerCase(), ` ${c.name} `)).json().found).toBe(true);
    const wrongName = await lookup(c.number, '张三');
    const unknown = await lookup('Y000041019001269999999', '张三');
    const malformed = await lookup('123', '张三');
    expect(wrongName.statusCode).toBe(200);
    expect(wrongName.body).toBe(unknown.body);
    expect(malformed.body).toBe(unknown.body);
  });

  it('R-CERT-05: a missing name is refused naming the field in Chinese', async () => {
    const res = await lookup('Y000041019001261000001', '');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('姓名');
  });

  it('R-CERT-05: the Verifiable Credential 2.0 / Open Badges 3.0 document carries an eddsa-jcs-2022 proof checked with the issuer did:key', async () => {
    const { certs } = await issuedBatch();
    const vc = (await head.get(`/api/v1/certificates/${certs[0].id}/credential`)).json();
    expect(vc['@context'][0]).toBe('https://www.w3.org/ns/credentials/v2');
    expect(vc.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(vc.proof).toMatchObject({ type: 'DataIntegrityProof', cryptosuite: 'eddsa-jcs-2022' });
    expect(vc.proof.proofValue).toMatch(/^z[1-9A-HJ-NP-Za-km-z]+$/);
    expect(vc.credentialStatus).toEqual([
      expect.objectContaining({ type: 'BitstringStatusListEntry', statusPurpose: 'revocation' }),
      expect.objectContaining({ type: 'BitstringStatusListEntry', statusPurpose: 'suspension' }),
    ]);
    expect(vc.credentialStatus[1].statusListCredential).toMatch(/\/api\/v1\/public\/certificates\/status\/suspension$/);
    const pub = publicKeyOfDid(vc.issuer.id);
    expect(verifyProof(vc, pub)).toBe(true);
    expect(verifyProof({ ...vc, credentialSubject: { ...vc.credentialSubject, level: 1 } }, pub)).toBe(false);
  });

  it('JCS and base58btc: keys sorted, round trip', () => {
    expect(canonicalJson({ b: 1, a: [true, null, 'x'], c: { z: '中', y: 2 } })).toBe(
      '{"a":[true,null,"x"],"b":1,"c":{"y":2,"z":"中"}}',
    );
    const bytes = Uint8Array.from([0, 0, 1, 2, 255, 17]);
    expect(Array.from(fromBase58btc(base58btc(bytes)))).toEqual(Array.from(bytes));
    expect(base58btc(Buffer.from('Hello World!'))).toBe('2NEpo7TZRRrLZSi2U');
  });
});

const statusBitOf = async (index: number, purpose: 'revocation' | 'suspension' = 'revocation') => {
  const list = (await anon.get(`/api/v1/public/certificates/status/${purpose}`)).json();
  const bits = gunzipSync(Buffer.from(list.credentialSubject.encodedList.slice(1), 'base64url'));
  return { list, bits, set: isBitSet(bits, index) };
};

describe('R-CERT-04 / R-VIOL-05: revocation and reissue', () => {
  it('R-CERT-04: the centre revokes with a reason: at once revoked with its date on the public page and in the status list', async () => {
    const { certs } = await issuedBatch();
    const c = certs[0];
    const vc = (await head.get(`/api/v1/certificates/${c.id}/credential`)).json();
    const index = Number(vc.credentialStatus[0].statusListIndex);
    expect((await statusBitOf(index)).set).toBe(false);
    // Looked up before (on the embedded database the public answer is then kept in memory, public.service.ts).
    expect((await lookup(c.number, c.name)).json().certificate.state).toBe('valid');
    const qr = Object.values(qrParams(c.verifyUrl)) as [string, string];
    expect((await verifyQr(...qr)).json().certificate.state).toBe('valid');
    const empty = await head.post(`/api/v1/certificates/${c.id}/revoke`, { revokeReason: ' ' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.message).toContain('撤销原因');
    const kaowu = await t.login('kaowu');
    expect((await kaowu.post(`/api/v1/certificates/${c.id}/revoke`, { revokeReason: '测试' })).statusCode).toBe(403);
    const res = await head.post(`/api/v1/certificates/${c.id}/revoke`, { revokeReason: '资格材料不实' });
    expect(res.json()).toMatchObject({ state: 'revoked', stateName: '已撤销', revokeReason: '资格材料不实' });
    const pub = (await lookup(c.number, c.name)).json();
    expect(pub.certificate).toMatchObject({ state: 'revoked', stateName: '已撤销' });
    expect(pub.certificate.revokedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(pub.message).toContain('撤销');
    expect((await verifyQr(...qr)).json().certificate.state).toBe('revoked');
    const { list, bits, set } = await statusBitOf(index);
    expect(set).toBe(true);
    expect(bits.length * 8).toBeGreaterThanOrEqual(STATUS_LIST_MIN_BITS);
    expect(list.credentialSubject.encodedList.startsWith('u')).toBe(true);
    expect(Date.parse(list.validUntil)).toBeGreaterThan(Date.now());
    expect(verifyProof(list, publicKeyOfDid(list.issuer))).toBe(true);
    expect((await head.post(`/api/v1/certificates/${c.id}/revoke`, { revokeReason: '再次' })).statusCode).toBe(409);
  });

  it('R-CERT-04: a certificate suspended while a doubt is checked: the public page and the suspension list say so at once; reinstated, or revoked from suspension', async () => {
    const { certs } = await issuedBatch();
    const [a, b] = certs;
    const index = async (id: string) =>
      Number((await head.get(`/api/v1/certificates/${id}/credential`)).json().credentialStatus[1].statusListIndex);
    const ia = await index(a.id);
    expect((await lookup(a.number, a.name)).json().certificate.state).toBe('valid'); // kept in memory now
    const kaowu = await t.login('kaowu');
    expect((await kaowu.post(`/api/v1/certificates/${a.id}/suspend`, { suspendReason: '投诉核查' })).statusCode).toBe(
      403,
    );
    const empty = await head.post(`/api/v1/certificates/${a.id}/suspend`, { suspendReason: '' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.message).toContain('暂停原因');
    const res = await head.post(`/api/v1/certificates/${a.id}/suspend`, { suspendReason: '收到举报，核查考试资格' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ state: 'suspended', suspendReason: '收到举报，核查考试资格' });
    const pub = (await lookup(a.number, a.name)).json();
    expect(pub.certificate).toMatchObject({ state: 'suspended', stateName: '暂停使用（核查中）' });
    expect(pub.certificate.suspendedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(pub.message).toContain('暂停使用');
    expect(
      (await verifyQr(...(Object.values(qrParams(a.verifyUrl)) as [string, string]))).json().certificate.state,
    ).toBe('suspended');
    expect((await statusBitOf(ia, 'suspension')).set).toBe(true);
    expect((await statusBitOf(ia, 'revocation')).set).toBe(false);
    const list = (await statusBitOf(ia, 'suspension')).list;
    expect(list.credentialSubject.statusPurpose).toBe('suspension');
    expect(verifyProof(list, publicKeyOfDid(list.issuer))).toBe(true);
    // Suspended: not again, not reissued.
    expect((await head.post(`/api/v1/certificates/${a.id}/suspend`, { suspendReason: '再次' })).statusCode).toBe(409);
    expect(
      (await head.post(`/api/v1/certificates/${a.id}/reissue`, { reissueReason: '遗失' })).json().error.message,
    ).toContain('暂停使用');
    // Reinstated: valid again, the bit cleared, each step in the audit trail.
    const back = await head.post(`/api/v1/certificates/${a.id}/reinstate`, { reinstateReason: '核查完毕，资格无误' });
    expect(back.json()).toMatchObject({ state: 'valid', suspendedAt: null, suspendReason: null });
    expect((await lookup(a.number, a.name)).json().certificate.state).toBe('valid');
    expect((await statusBitOf(ia, 'suspension')).set).toBe(false);
    expect((await head.post(`/api/v1/certificates/${a.id}/reinstate`, { reinstateReason: '再次' })).statusCode).toBe(
      409,
    );
    const trail = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, a.id));
    expect(trail.map((r) => r.action)).toEqual(
      expect.arrayContaining(['certificate.suspend', 'certificate.reinstate']),
    );
    // Revoked from suspension: out of the suspension list, into the revocation list.
    const ib = await index(b.id);
    await head.post(`/api/v1/certificates/${b.id}/suspend`, { suspendReason: '违纪复核中' });
    expect((await head.post(`/api/v1/certificates/${b.id}/revoke`, { revokeReason: '复核确认替考' })).statusCode).toBe(
      200,
    );
    expect((await lookup(b.number, b.name)).json().certificate.state).toBe('revoked');
    expect((await statusBitOf(ib, 'suspension')).set).toBe(false);
    expect((await statusBitOf(ib, 'revocation')).set).toBe(true);
  });

  it('R-VIOL-05: a violation upheld after issue revokes the application’s certificate through revokeForViolation', async () => {
    const { certs } = await issuedBatch();
    const [row] = await t.database.db.select().from(certificates).where(eq(certificates.id, certs[1].id));
    expect((await lookup(row.number, row.data.name)).json().certificate.state).toBe('valid');
    // Suspended while the violation was reviewed: the upheld ruling revokes it all the same.
    expect(
      (await head.post(`/api/v1/certificates/${row.id}/suspend`, { suspendReason: '违纪复核中' })).statusCode,
    ).toBe(200);
    const revoked = await t.database.db.transaction((tx) =>
      revokeForViolation(tx, row.applicationId, '考后查实替考（R-VIOL-04）', zhuren),
    );
    expect(revoked).toEqual([row.number]);
    expect((await lookup(row.number, row.data.name)).json().certificate.state).toBe('revoked');
  });

  it('R-CERT-04: a lost certificate is reissued on request: a new number linked to the original, the original shown as replaced', async () => {
    const { certs } = await issuedBatch();
    const c = certs[0];
    expect((await lookup(c.number, c.name)).json().certificate.state).toBe('valid');
    const res = await head.post(`/api/v1/certificates/${c.id}/reissue`, { reissueReason: '证书遗失，已核对档案' });
    expect(res.statusCode).toBe(200);
    const re = res.json();
    expect(re.number).not.toBe(c.number);
    expect(re).toMatchObject({ state: 'valid', replacesNumber: c.number, name: c.name });
    const pub = (await lookup(c.number, c.name)).json();
    expect(pub.certificate).toMatchObject({ state: 'replaced', replacedByNumber: re.number });
    expect(
      (await verifyQr(...(Object.values(qrParams(re.verifyUrl)) as [string, string]))).json().certificate.state,
    ).toBe('valid');
    expect((await head.post(`/api/v1/certificates/${c.id}/reissue`, { reissueReason: '又遗失' })).statusCode).toBe(409);
  });

  it('R-CERT-01: issuing directly through the service names the filing code problem when the centre has none', async () => {
    const rb = await finalBatch(t, admin);
    const { centres } = await import('../../db/schema/index.js');
    await t.database.db.update(centres).set({ filingCode: null }).where(eq(centres.id, centreId));
    try {
      const e = await refusal(issueCertificates(t.database.db, config(), { actor: zhuren, batchId: rb.batchId }));
      expect(e.message).toContain('备案号');
    } finally {
      await t.database.db.update(centres).set({ filingCode: 'Y000041019001' }).where(eq(centres.id, centreId));
    }
  });
});

describe('R-CERT-05: rate limit', () => {
  it('R-CERT-05: the public lookup is rate limited per client address with a clear Chinese 429', async () => {
    const small = await createTestApp({ env: { LOGIN_RATE_PER_MINUTE: '2' } });
    try {
      const a = small.anonymous();
      const codes: number[] = [];
      let last: { statusCode: number; json(): any } | null = null;
      for (let i = 0; i < 4; i++) {
        last = await a.post('/api/v1/public/certificates/lookup', {
          certificateNumber: 'Y000041019001261000001',
          holderName: '张三',
        });
        codes.push(last.statusCode);
      }
      expect(codes).toEqual([200, 200, 429, 429]);
      expect(last!.json().error.message).toBe('请求过于频繁，请稍后再试');
    } finally {
      await small.close();
    }
  }, 60_000);
});

describe('R-CERT-03: blank certificate stock', () => {
  const move = (kind: string, firstSerial: number, lastSerial: number, stockNote = '登记') =>
    head.post('/api/v1/certificates/stock/moves', { kind, firstSerial, lastSerial, stockNote });

  it('R-CERT-03: sheets received by serial range, issued to a print run, spoiled, destroyed; every sheet traceable; wrong moves refused with nothing saved', async () => {
    expect((await move('receive', 1001, 1200, '供货单 2026-01')).statusCode).toBe(200);
    const dup = await move('receive', 1150, 1250);
    expect(dup.statusCode).toBe(400);
    expect(dup.json().error.message).toBe('流水号 1150 已入库过，不能重复入库');
    expect((await move('issue', 1001, 1050, '2026 年第一批电工打印')).statusCode).toBe(200);
    expect((await move('spoil', 1049, 1050, '卡纸作废')).statusCode).toBe(200);
    const notSpoiled = await move('destroy', 1048, 1050);
    expect(notSpoiled.json().error.message).toBe('流水号 1048 状态为“已领用”，不能销毁');
    expect((await move('destroy', 1049, 1050, '监销人：王五、赵六')).statusCode).toBe(200);
    const notReceived = await move('issue', 5000, 5001);
    expect(notReceived.json().error.message).toBe('流水号 5000 未入库，不能领用打印');
    const reversed = await move('issue', 1100, 1099);
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().error.message).toContain('终止流水号');
    const stock = (await head.get('/api/v1/certificates/stock')).json();
    expect(stock).toMatchObject({ received: 200, inStock: 150, issued: 48, spoiled: 0, destroyed: 2 });
    expect(stock.moves.map((m: { kindName: string }) => m.kindName)).toEqual(['销毁', '作废', '领用打印', '入库']);
  });

  it('R-CERT-03: a stocktake keeps the difference; the low-stock alert is a setting', async () => {
    const s0 = (await head.get('/api/v1/certificates/stock')).json();
    const take = (
      await head.post('/api/v1/certificates/stock/stocktakes', {
        countedQuantity: s0.inStock - 1,
        stockNote: '盘点人：李四',
      })
    ).json();
    expect(take.stocktakes[0]).toMatchObject({ expected: s0.inStock, counted: s0.inStock - 1, difference: -1 });
    const low = (await head.put('/api/v1/certificates/stock/settings', { lowStockThreshold: s0.inStock + 10 })).json();
    expect(low.lowStock).toBe(true);
    const ok = (await head.put('/api/v1/certificates/stock/settings', { lowStockThreshold: 0 })).json();
    expect(ok.lowStock).toBe(s0.inStock === 0);
    const bad = await head.put('/api/v1/certificates/stock/settings', { lowStockThreshold: -1 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('库存预警数量');
  });
});
