import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desc } from 'drizzle-orm';
import { createTestApp, type TestApp, type TestClient } from '../test/harness.js';
import { auditLog } from '../db/schema/index.js';
import { isRealDay } from '../../shared/common.js';

/**
 * Bad input answers a Chinese 4xx and changes nothing (issue 8 items 2 and 15): control characters in text and
 * query values, dates that do not exist, broken multipart bodies, file names with a NUL, and client request ids.
 */
let t: TestApp;
let admin: TestClient;
let bank: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
  bank = await t.login('tiku');
});
afterAll(async () => t.close());

const auditHead = async () =>
  (await t.database.db.select({ seq: auditLog.seq }).from(auditLog).orderBy(desc(auditLog.seq)).limit(1))[0]?.seq ?? 0;
const CJK = /[\u4e00-\u9fa5]/;

/** The upload operations of the OpenAPI document (multipart request bodies). */
async function uploadOperations() {
  const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
  const ops: { method: string; path: string }[] = [];
  for (const [p, item] of Object.entries<
    Record<string, { consumes?: string[]; requestBody?: { content?: Record<string, unknown> } }>
  >(doc.paths))
    for (const [method, op] of Object.entries(item))
      if (op.requestBody?.content?.['multipart/form-data']) ops.push({ method: method.toUpperCase(), path: p });
  return ops;
}
const fill = (p: string) => p.replace(/\{[^}]+\}/g, '00000000-0000-4000-8000-000000000000');

describe('the shared schemas', () => {
  it('isRealDay: real calendar dates only, years 1900–2100', () => {
    expect(['2024-02-29', '2026-12-31', '1900-01-01', '2100-12-31'].every(isRealDay)).toBe(true);
    expect(
      [
        '2026-02-30',
        '2025-02-29',
        '9999-99-99',
        '0000-00-00',
        '2026-04-31',
        '2026-13-01',
        '1899-12-31',
        '2026-1-1',
      ].some(isRealDay),
    ).toBe(false);
  });
});

describe('text and dates', () => {
  it('R-AUD-01: a NUL in a body text field answers 400 naming the field in Chinese, and nothing is written', async () => {
    const head = await auditHead();
    const res = await admin.post('/api/v1/colleges', { code: 'NUL1', name: '测试\u0000学院' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe('名称：不能包含控制字符');
    expect(await auditHead()).toBe(head);
  });

  it('a NUL in a query value answers 400, not 500', async () => {
    const res = await admin.get('/api/v1/persons?keyword=%E5%BC%A0%00');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/^关键字：/);
  });

  it('a NUL in the login name answers 400, not 500', async () => {
    const res = await t.anonymous().post('/api/v1/auth/login', { username: 'ad\u0000min', password: 'whatever1' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(CJK);
  });

  it('dates that match YYYY-MM-DD but do not exist answer 400 naming the field', async () => {
    for (const day of ['2026-02-30', '9999-99-99', '0000-00-00']) {
      const res = await admin.get(`/api/v1/audit?from=${day}`);
      expect(res.statusCode, day).toBe(400);
      expect(res.json().error.message).toBe(`开始日期：${day} 不是有效日期（应为 1900–2100 年间真实存在的日期）`);
    }
  });
});

describe('uploads', () => {
  it('all 14 upload routes answer a Chinese 400 to a body without a boundary or cut off before its end', async () => {
    const ops = await uploadOperations();
    expect(ops.length).toBe(14);
    const boundary = 'XfuzzBoundary';
    const cut = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.xlsx"\r\nContent-Type: application/octet-stream\r\n\r\nPK\u0003\u0004abc`,
    );
    const by = (op: { path: string }) => (op.path.includes('/itembank/') ? bank : admin);
    for (const op of ops) {
      const cases = [
        { 'content-type': 'multipart/form-data', payload: cut },
        { 'content-type': `multipart/form-data; boundary=${boundary}`, payload: cut },
        {
          'content-type': `multipart/form-data; boundary=${boundary}`,
          payload: Buffer.from(`--${boundary}\r\nContent-Disp`),
        },
      ];
      for (const c of cases) {
        const res = await t.app.inject({
          method: op.method as 'POST',
          url: fill(op.path),
          // R-BANK-02: the bank's imports answer everyone outside the bank 404; its administrator uploads there.
          headers: { cookie: by(op).cookie, 'x-csrf-token': by(op).csrf, 'content-type': c['content-type'] },
          payload: c.payload,
        });
        expect(res.statusCode, `${op.method} ${op.path} ${c['content-type']}`).toBe(400);
        expect(res.json().error.message).toMatch(CJK);
      }
    }
  });

  it('a NUL in an uploaded file name is taken out of the name', async () => {
    const boundary = 'XnulName';
    const payload = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="purpose"\r\n\r\nevidence\r\n`),
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="证明\u0000材料.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
      ),
      Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n'),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/files',
      headers: {
        cookie: admin.cookie,
        'x-csrf-token': admin.csrf,
        'content-type': `multipart/form-data; boundary=${boundary}`,
      },
      payload,
    });
    expect(res.statusCode).toBeLessThan(500);
    if (res.statusCode === 200) expect(res.json().name).toBe('证明材料.pdf');
    else expect(res.json().error.message).toMatch(CJK);
  });

  it('a NUL in an upload form field answers 400 naming the field', async () => {
    const boundary = 'XnulField';
    const payload = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="purpose"\r\n\r\nevi\u0000dence\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n%%EOF\n\r\n--${boundary}--\r\n`,
    );
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/files',
      headers: {
        cookie: admin.cookie,
        'x-csrf-token': admin.csrf,
        'content-type': `multipart/form-data; boundary=${boundary}`,
      },
      payload,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe('用途：不能包含控制字符');
  });
});

describe('request ids', () => {
  it('a plain client request id is kept and echoed', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health', headers: { 'x-request-id': 'trace-ABC-123' } });
    expect(res.headers['x-request-id']).toBe('trace-ABC-123');
  });

  it('any other client request id is replaced by a generated one', async () => {
    for (const bad of ['a'.repeat(65), 'evil id', 'x<script>', 'id\u00e9', '', 'a_b', 'a/b']) {
      const res = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { 'x-request-id': bad } });
      const echoed = String(res.headers['x-request-id']);
      expect(echoed, JSON.stringify(bad)).not.toBe(bad);
      expect(echoed).toMatch(/^[A-Za-z0-9-]{1,64}$/);
      expect(res.json().error.requestId).toBe(echoed);
    }
  });
});

describe('rate limit', () => {
  it('refused requests count too: an unauthenticated flood gets 429', async () => {
    const small = await createTestApp({ env: { RATE_PER_MINUTE: '5' } });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 6; i++)
        codes.push((await small.app.inject({ method: 'GET', url: '/api/v1/users' })).statusCode);
      expect(codes.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
      expect(codes[5]).toBe(429);
      const last = await small.app.inject({ method: 'GET', url: '/api/v1/users' });
      expect(last.json().error.message).toMatch(CJK);
    } finally {
      await small.close();
    }
  });
});
