import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { zipSync, strToU8 } from 'fflate';
import sharp from 'sharp';
import { createTestApp, type TestApp, type TestClient } from '../../test/harness.js';
import { applications, files, persons } from '../../db/schema/index.js';
import { postFile } from '../people/people.testkit.js';
import { collegeIds, makeApplication, makeBatch, makePerson } from './fees.testkit.js';
import { PHOTO_ZIP_MAX_ENTRIES, decodeEntryName, preparePhoto, unsafeEntryName } from './photos.service.js';

let t: TestApp;
let jidian: TestClient;
let kaowu: TestClient;
let caiwu: TestClient;
let batch = '';
const p: Record<string, { id: string; idNumber: string; app: string }> = {};

/** A portrait photo: a background colour and a dark "face" in the middle. */
async function photo(w: number, h: number, background: string, format: 'jpeg' | 'png' = 'jpeg') {
  const face = await sharp({
    create: { width: Math.round(w / 2), height: Math.round(h / 2), channels: 3, background: '#553322' },
  })
    .png()
    .toBuffer();
  const img = sharp({ create: { width: w, height: h, channels: 3, background } }).composite([
    { input: face, gravity: 'centre' },
  ]);
  return format === 'png' ? img.png().toBuffer() : img.jpeg().toBuffer();
}
const zip = (entries: Record<string, Uint8Array>) => Buffer.from(zipSync(entries));
const upload = (c: TestClient, bytes: Buffer, id = batch) =>
  postFile(t, c, `/api/v1/batches/${id}/photos/import`, 'photos.zip', bytes);

beforeAll(async () => {
  t = await createTestApp();
  const admin = await t.login('admin');
  [jidian, kaowu, caiwu] = await Promise.all(['jidian', 'kaowu', 'caiwu'].map((u) => t.login(u)));
  const { JD, XX } = await collegeIds(t);
  batch = await makeBatch(admin, JD);
  let seq = 901;
  for (const [key, college, sn] of [
    ['甲', JD, 'JD2023001'],
    ['乙', JD, 'JD2023002'],
    ['丙', JD, 'JD2023003'],
    ['丁', JD, 'JD2023004'],
    ['外', XX, 'XX2023001'],
  ] as const) {
    const person = await makePerson(t, kaowu, `学生${key}`, (seq += 2), { collegeId: college, studentNumber: sn });
    const a = await makeApplication(t, {
      batchId: batch,
      personId: person.id,
      collegeId: college,
      status: 'pending_college',
    });
    p[key] = { ...person, app: a.id };
  }
});
afterAll(() => t?.close());

describe('R-REG-01: bulk photos from a ZIP', () => {
  let result: any;
  beforeAll(async () => {
    const white = await photo(600, 840, '#ffffff');
    const res = await upload(
      jidian,
      zip({
        [`${p.甲.idNumber}.jpg`]: white, // by ID number
        'photos/JD2023002.png': await photo(500, 700, '#fdfdfd', 'png'), // by student number, in a folder
        'JD2023003.jpg': await photo(600, 840, '#9a9a9a'), // grey background: warned, imported
        [`${p.丁.idNumber}.jpg`]: white, // 丁 twice: duplicate
        'jd2023004.jpg': white,
        'XX2023001.jpg': white, // another college's student: not this clerk's
        'S9999999.jpg': white, // nobody
        'readme.txt': strToU8('照片说明'),
        'broken.jpg': Buffer.concat([white.subarray(0, 200)]),
        'wide.jpg': await photo(800, 500, '#ffffff'),
        '__MACOSX/._JD2023002.png': strToU8('x'),
        '../../etc/evil.jpg': white,
      }),
    );
    expect(res.statusCode, res.body).toBe(200);
    result = res.json();
  });

  it('R-REG-01: photos are matched by ID number and by student number, and imported', async () => {
    expect(result.imported).toBe(3);
    const byFile = Object.fromEntries(result.matched.map((m: any) => [m.file, m]));
    expect(byFile[`${p.甲.idNumber}.jpg`]).toMatchObject({
      by: 'idNumber',
      personName: '学生甲',
      applicationId: p.甲.app,
    });
    expect(byFile['photos/JD2023002.png']).toMatchObject({ by: 'studentNumber', personName: '学生乙' });
    const [a] = await t.database.db.select().from(applications).where(eq(applications.id, p.甲.app));
    const [person] = await t.database.db.select().from(persons).where(eq(persons.id, p.甲.id));
    expect(a.photoFileId).toBeTruthy();
    expect(person.photoFileId).toBe(a.photoFileId);
  });

  it('R-REG-01: each imported photo is a 295×413 JPEG of at most 100 KB', async () => {
    const [a] = await t.database.db.select().from(applications).where(eq(applications.id, p.乙.app));
    const [f] = await t.database.db.select().from(files).where(eq(files.id, a.photoFileId!));
    const bytes = await t.app.ctx.files.read(f); // sealed at rest (R-PPL-02)
    const meta = await sharp(bytes).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 295, 413]);
    expect(bytes.length).toBeLessThanOrEqual(100 * 1024);
    expect(f.mime).toBe('image/jpeg');
  });

  it('R-REG-01: a grey background is warned, a white one is not', () => {
    const byFile = Object.fromEntries(result.matched.map((m: any) => [m.file, m]));
    expect(byFile['JD2023003.jpg'].warnings.join()).toMatch(/背景不是白色/);
    expect(byFile[`${p.甲.idNumber}.jpg`].warnings).toEqual([]);
  });

  it('R-REG-01: unmatched, duplicate and bad files are listed by name', () => {
    const names = (list: { file: string }[]) => list.map((x) => x.file).sort();
    expect(names(result.unmatched)).toEqual(['S9999999.jpg', 'XX2023001.jpg']);
    expect(names(result.duplicate)).toEqual([`${p.丁.idNumber}.jpg`, 'jd2023004.jpg'].sort());
    expect(names(result.bad)).toEqual(['../../etc/evil.jpg', 'broken.jpg', 'readme.txt', 'wide.jpg']);
    const reason = (f: string) => result.bad.find((b: any) => b.file === f).reason;
    expect(reason('readme.txt')).toMatch(/不是 JPEG 或 PNG 图片/);
    expect(reason('broken.jpg')).toMatch(/损坏/);
    expect(reason('wide.jpg')).toMatch(/竖版/);
    expect(reason('../../etc/evil.jpg')).toMatch(/非法路径/);
  });

  it('R-REG-01: a photo that is already tight is brought under 100 KB by lowering the quality', async () => {
    const noise = await sharp(
      Buffer.from(Array.from({ length: 700 * 980 * 3 }, () => Math.floor(Math.random() * 256))),
      { raw: { width: 700, height: 980, channels: 3 } },
    )
      .jpeg({ quality: 100 })
      .toBuffer();
    const out = await preparePhoto(noise);
    expect(out.kind).toBe('ok');
    if (out.kind === 'ok') expect(out.jpeg.length).toBeLessThanOrEqual(100 * 1024);
  });

  it('R-REG-01: zip bombs and unsafe names are refused', async () => {
    expect(unsafeEntryName('../a.jpg')).toBe(true);
    expect(unsafeEntryName('C:\\a.jpg')).toBe(true);
    expect(unsafeEntryName('/etc/a.jpg')).toBe(true);
    expect(unsafeEntryName('照片/110101.jpg')).toBe(false);
    expect(decodeEntryName(Buffer.from([0xd5, 0xd5, 0xc6, 0xac]).toString('latin1'))).toBe('照片'); // GBK
    // One entry declaring 11 MB (zeros compress to a few KB): refused before inflating.
    const big = await upload(jidian, zip({ [`${p.甲.idNumber}.jpg`]: new Uint8Array(11 * 1024 * 1024) }));
    expect(big.statusCode).toBe(200);
    expect(big.json().bad[0].reason).toMatch(/文件过大/);
    const many: Record<string, Uint8Array> = {};
    for (let i = 0; i <= PHOTO_ZIP_MAX_ENTRIES; i++) many[`${i}.jpg`] = new Uint8Array(1);
    const res = await upload(jidian, zip(many));
    expect(res.statusCode).toBe(413);
    expect(res.json().error.message).toMatch(/文件数不能超过/);
  });

  it('R-REG-01: not a ZIP is refused; finance may not import photos', async () => {
    const res = await upload(jidian, await photo(300, 420, '#ffffff'));
    expect(res.statusCode).toBe(415);
    expect(res.json().error.message).toMatch(/ZIP/);
    expect((await upload(caiwu, zip({ 'a.jpg': new Uint8Array(1) }))).statusCode).toBe(403);
  });

  it("R-REG-01: the centre imports any college's photos", async () => {
    const res = await upload(kaowu, zip({ 'XX2023001.jpg': await photo(300, 420, '#ffffff') }));
    expect(res.json()).toMatchObject({ imported: 1, unmatched: [] });
  });

  it('R-REG-02: the photo of an approved (locked) application is not replaced', async () => {
    await t.database.db.update(applications).set({ status: 'approved' }).where(eq(applications.id, p.甲.app));
    const [before] = await t.database.db.select().from(applications).where(eq(applications.id, p.甲.app));
    const res = await upload(kaowu, zip({ [`${p.甲.idNumber}.jpg`]: await photo(300, 420, '#ffffff') }));
    expect(res.json()).toMatchObject({ imported: 0 });
    expect(res.json().unmatched[0].reason).toMatch(/锁定/);
    const [after] = await t.database.db.select().from(applications).where(eq(applications.id, p.甲.app));
    expect(after.photoFileId).toBe(before.photoFileId);
  });
});
