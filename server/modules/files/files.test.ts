import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../test/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ env: { UPLOAD_MAX_MB: '1' } });
});
afterAll(async () => t.close());

// A valid 1×1 PNG.
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

function upload(c: TestClient, purpose: string, name: string, bytes: Buffer) {
  const boundary = '----skillcert' + Math.random().toString(16).slice(2);
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="purpose"\r\n\r\n${purpose}\r\n`),
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: image/jpeg\r\n\r\n`),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/files',
    headers: { cookie: c.cookie, 'x-csrf-token': c.csrf, 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: body,
  });
}

describe('uploaded files', () => {
  it('stores a photo by content hash and serves it to its owner and to exam staff only', async () => {
    const candidate = await t.login('kaosheng');
    const res = await upload(candidate, 'photo', '证件照.png', png);
    expect(res.statusCode, res.body).toBe(200);
    const meta = res.json();
    expect(meta.mime).toBe('image/png');
    expect(fs.existsSync(`${t.dataDir}/files/${meta.sha256.slice(0, 2)}/${meta.sha256}`)).toBe(true);
    const own = await candidate.get(`/api/v1/files/${meta.id}`);
    expect(own.statusCode).toBe(200);
    expect(own.headers['content-disposition']).toMatch(/filename\*=UTF-8''/);
    expect((await (await t.login('kaowu')).get(`/api/v1/files/${meta.id}`)).statusCode).toBe(200);
    expect((await (await t.login('caiwu')).get(`/api/v1/files/${meta.id}`)).statusCode).toBe(404);
    expect((await t.anonymous().get(`/api/v1/files/${meta.id}`)).statusCode).toBe(401);
  });

  it('judges the type by content: a text file named .jpg is refused', async () => {
    const c = await t.login('kaosheng');
    const res = await upload(c, 'photo', 'photo.jpg', Buffer.from('this is not a picture at all'));
    expect(res.statusCode).toBe(415);
    expect(res.json().error.message).toMatch(/JPEG 或 PNG/);
  });

  it('refuses a file over the size limit', async () => {
    const c = await t.login('kaosheng');
    const big = Buffer.concat([png, Buffer.alloc(1024 * 1024 + 10)]);
    const res = await upload(c, 'evidence', 'big.png', big);
    expect(res.statusCode).toBe(413);
    expect(res.json().error.message).toMatch(/大小|超过/);
  });
});
