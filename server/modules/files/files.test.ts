import fs from 'node:fs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { files, users } from '../../db/schema/index.js';
import { createTestApp, type TestApp, type TestClient } from '../../test/harness.js';
import { FileStore, sealStoredFiles } from './files.service.js';

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
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: image/jpeg\r\n\r\n`,
    ),
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
  it('R-PPL-02: stores a photo sealed (no plain copy on disk) and serves it to its owner and to exam staff only', async () => {
    const candidate = await t.login('kaosheng');
    const res = await upload(candidate, 'photo', '证件照.png', png);
    expect(res.statusCode, res.body).toBe(200);
    const meta = res.json();
    expect(meta.mime).toBe('image/png');
    const [row] = await t.database.db.select().from(files).where(eq(files.id, meta.id));
    expect(row.sealed).toBe(true);
    const stored = fs.readFileSync(t.app.ctx.files.pathOf(row.sha256));
    expect(stored.includes(png.subarray(0, 64)), 'the plain image bytes are on disk').toBe(false);
    expect(stored.subarray(0, 4).toString('latin1')).not.toBe('\x89PNG');
    const own = await candidate.get(`/api/v1/files/${meta.id}`);
    expect(own.statusCode).toBe(200);
    expect(own.rawPayload.equals(png), 'read back transparently').toBe(true);
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

  it('issue 8 item 14: an audit export goes to its maker only; 考务 (files.readAny) gets 404, and so does any other export', async () => {
    const admin = await t.login('admin');
    const kaowu = await t.login('kaowu');
    const job = await admin.post('/api/v1/audit/exports', {});
    expect(job.statusCode, job.body).toBe(200);
    while (await t.app.ctx.jobs.runOne()) {
      /* run the export */
    }
    const done = (await admin.get(`/api/v1/jobs/${job.json().jobId}`)).json();
    expect(done.status, JSON.stringify(done)).toBe('succeeded');
    const fileId = done.result.fileId as string;
    const [row] = await t.database.db.select().from(files).where(eq(files.id, fileId));
    expect([row.purpose, row.sealed]).toEqual(['audit.export', true]);
    expect((await admin.get(`/api/v1/files/${fileId}`)).statusCode).toBe(200);
    expect((await kaowu.get(`/api/v1/files/${fileId}`)).statusCode).toBe(404);
    expect((await (await t.login('zhuren')).get(`/api/v1/files/${fileId}`)).statusCode).toBe(404);
    // A generated export of another kind: its maker only, even for files.readAny.
    const [adminUser] = await t.database.db.select().from(users).where(eq(users.username, 'admin'));
    const other = await t.database.db.transaction((tx) =>
      t.app.ctx.files.record(tx, {
        bytes: Buffer.from('%PDF-1.4 准考证'),
        name: '准考证.pdf',
        mime: 'application/pdf',
        ownerId: adminUser.id,
        purpose: 'export',
      }),
    );
    expect((await kaowu.get(`/api/v1/files/${other.id}`)).statusCode).toBe(404);
    expect((await admin.get(`/api/v1/files/${other.id}`)).statusCode).toBe(200);
  });

  it('R-PPL-02: files stored plain before sealing existed are sealed at start, the plain copy removed, and still read back', async () => {
    const kaosheng = await t.login('kaosheng');
    const [u] = await t.database.db.select().from(users).where(eq(users.username, 'kaosheng'));
    const plainStore = new FileStore(t.database.db, t.app.ctx.files.root, 1024 * 1024); // no key: as before sealing
    const old = await t.database.db.transaction((tx) =>
      plainStore.record(tx, { bytes: png, name: '旧照片.png', mime: 'image/png', ownerId: u.id, purpose: 'photo' }),
    );
    expect(old.sealed).toBe(false);
    const plainPath = plainStore.pathOf(old.sha256);
    expect(fs.readFileSync(plainPath).equals(png)).toBe(true);
    expect(await sealStoredFiles(t.database.db, t.app.ctx.files)).toBeGreaterThanOrEqual(1);
    const [row] = await t.database.db.select().from(files).where(eq(files.id, old.id));
    expect(row.sealed).toBe(true);
    expect(row.sha256).not.toBe(old.sha256);
    expect(fs.existsSync(plainPath)).toBe(false);
    const res = await kaosheng.get(`/api/v1/files/${old.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.equals(png)).toBe(true);
    expect(await sealStoredFiles(t.database.db, t.app.ctx.files)).toBe(0);
  });
});
