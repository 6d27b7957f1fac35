import fs from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { colleges, persons } from '../../db/schema/index.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { filedBatch, okJson } from '../plans/plans.testkit.js';
import { seedDemoArrangement } from '../arrangement/arrangement.demo.js';
import { rosterRows, rosterXlsx, rosterIdNumber } from '../registration/roster.testkit.js';
import { makeIdNumber, personFor, postFile } from './people.testkit.js';

/**
 * R-PPL-02, issue 8 "No leaks": after the suite's kinds of data are loaded (the demo, persons entered by hand, a
 * roster import, a portal sign-up, photo uploads, searches by number, full-number views and forms), neither the
 * database (the PGlite data directory, or pg_dump on PostgreSQL), the stored files under DATA_DIR/files, nor the
 * server's log at `info` holds any person's full ID number, the region-and-birth run of it, or (in the database)
 * the full birth date in any usual format. The key is used only to list the numbers to look for; the search itself
 * decrypts nothing, it greps the bytes.
 */
let t: TestApp;
const log: Buffer[] = [];
const manual = [
  makeIdNumber('1979-08-08', 201, '410105'),
  makeIdNumber('1991-11-11', 202, '440306'),
  '41010219880512108X',
];
const phones = ['13911112222', '13933334444', '13955556666'];
const signupId = makeIdNumber('1996-04-23', 211, '411302');
const rosterFrom = 4200;

beforeAll(async () => {
  const stream = new Writable({
    write(chunk, _enc, done) {
      log.push(Buffer.from(chunk));
      done();
    },
  });
  t = await createTestApp({ logger: { level: 'info', stream } });
  // The whole demo, as `npm run dev` seeds it: the arrangement scenarios add ~75 students with photos.
  await seedDemoArrangement(t.database.db, t.app.ctx.pii, { files: t.app.ctx.files });
  const [kaowu, zhuren, jidian] = [await t.login('kaowu'), await t.login('zhuren'), await t.login('jidian')];
  const photo = await sharp({ create: { width: 300, height: 420, channels: 3, background: '#8899aa' } })
    .png()
    .toBuffer();
  for (const [i, id] of manual.entries()) {
    const body = {
      ...personFor(`转储${i}`, '1980-01-01', 201 + i),
      idNumber: id,
      phone: phones[i],
      gender: Number(id[16]) % 2 ? 'male' : 'female',
    };
    const p = await okJson(kaowu.post('/api/v1/persons', body));
    expect((await okJson(kaowu.get(`/api/v1/persons/${p.id}/id-number`))).idNumber).toBe(id);
    expect((await postFile(t, kaowu, `/api/v1/persons/${p.id}/photo`, 'photo.png', photo)).statusCode).toBe(200);
    // Searches by number: the POST body, and an old client's URL (which the log must not keep either).
    expect((await okJson(kaowu.post('/api/v1/persons/search', { idNumber: id }))).total).toBe(1);
    await kaowu.get(`/api/v1/persons?idNumber=${id}`);
  }
  // A roster import by the college (R-REG-01).
  const [jd] = await t.database.db.select().from(colleges).where(eq(colleges.code, 'JD'));
  const batch = await filedBatch(kaowu, zhuren, jd.id, true);
  await okJson(kaowu.post(`/api/v1/batches/${batch}/transitions`, { to: 'registering' }));
  const roster = await postFile(
    t,
    jidian,
    `/api/v1/batches/${batch}/roster/import`,
    '花名册.xlsx',
    await rosterXlsx(rosterRows(5, { from: rosterFrom, prefix: 'LK' })),
  );
  expect(roster.statusCode, roster.body).toBe(200);
  // A portal sign-up of someone not on record.
  const signup = await t.anonymous().post('/api/v1/portal/signup', {
    name: '社会学员',
    gender: 'male',
    idType: 'resident',
    idNumber: signupId,
    phone: '13977778888',
    password: 'Qz7#rv9!Lm2@wX5k',
  });
  expect(signup.statusCode, signup.body).toBe(200);
  // An uploaded photo through the file store.
  expect((await postFile(t, kaowu, '/api/v1/files', 'scan.png', photo, { purpose: 'evidence' })).statusCode).toBe(200);
}, 120_000);
afterAll(async () => t.close());

/** Every number on record (the key lists them; nothing found below is decrypted). */
async function numbersOnRecord(): Promise<string[]> {
  const rows = await t.database.db.select({ c: persons.idCipher, type: persons.idType }).from(persons);
  return rows.map((r) => t.app.ctx.pii.decrypt(r.c));
}

/** What must not be found: for each 18-character number, the number, its first 14 and first 10, its last 12, the old mask's head. */
function idNeedles(ids: string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const id of ids) {
    out.set(id, `ID number ${id}`);
    if (id.length !== 18) continue;
    out.set(id.slice(0, 14), `region + birth date of ${id}`);
    out.set(id.slice(0, 10), `region + birth year of ${id}`);
    out.set(id.slice(6), `birth date + sequence of ${id}`);
    out.set(`${id.slice(0, 4)}**`, `old mask head of ${id}`);
  }
  return out;
}

/** The full birth date of each 18-character number in every usual spelling (a year alone is fine). */
function birthNeedles(ids: string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const id of ids) {
    if (id.length !== 18) continue;
    const [y, m, d] = [id.slice(6, 10), id.slice(10, 12), id.slice(12, 14)];
    for (const s of [
      `${y}-${m}-${d}`,
      `${y}${m}${d}`,
      `${y}/${m}/${d}`,
      `${y}/${Number(m)}/${Number(d)}`,
      `${y}年${Number(m)}月${Number(d)}日`,
      `${y}年${m}月${d}日`,
    ])
      out.set(s, `birth date of ${id} as ${s}`);
  }
  return out;
}

/** One pass over the bytes for every needle (UTF-8 needles matched as bytes). */
function findIn(bytes: Buffer, needles: Map<string, string>): string[] {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const keys = [...needles.keys()].sort((a, b) => b.length - a.length);
  const re = new RegExp(keys.map((k) => escape(Buffer.from(k, 'utf8').toString('latin1'))).join('|'), 'g');
  const found = new Set<string>();
  for (const m of bytes.toString('latin1').matchAll(re))
    found.add(needles.get(Buffer.from(m[0], 'latin1').toString('utf8')) ?? m[0]);
  return [...found];
}

async function databaseBytes(): Promise<Buffer> {
  if (t.database.url) {
    const { stdout } = await promisify(execFile)('pg_dump', ['--no-owner', '--data-only', t.database.url], {
      maxBuffer: 512 * 1024 * 1024,
      encoding: 'buffer',
    });
    return stdout;
  }
  const client = (
    t.database.db as unknown as {
      $client: { query(s: string): Promise<unknown>; dumpDataDir(c: 'none'): Promise<Blob> };
    }
  ).$client;
  await client.query('checkpoint');
  return Buffer.from(await (await client.dumpDataDir('none')).arrayBuffer());
}

function storedFiles(dir: string): Buffer[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => fs.readFileSync(path.join(e.parentPath, e.name)));
}

describe('R-PPL-02: no leaks', () => {
  it('R-PPL-02: the data loaded covers the demo, hand entry, the roster import and the sign-up', async () => {
    const ids = await numbersOnRecord();
    expect(ids.length).toBeGreaterThan(80);
    for (const id of [...manual, signupId, rosterIdNumber(rosterFrom), rosterIdNumber(rosterFrom + 4)])
      expect(ids).toContain(id);
  });

  it(`R-PPL-02: ${process.env.TEST_DATABASE_URL ? 'pg_dump of the test database' : 'the PGlite data directory'} holds no ID number, no fragment beyond the last four, no full birth date`, async () => {
    const ids = await numbersOnRecord();
    const dump = await databaseBytes();
    expect(dump.length).toBeGreaterThan(10_000);
    for (const phone of phones) expect(dump.includes(phone), `control value ${phone} should be in the dump`).toBe(true);
    expect(findIn(dump, idNeedles(ids))).toEqual([]);
    expect(findIn(dump, birthNeedles(ids))).toEqual([]);
  });

  it('R-PPL-02: the stored files (photos, scans, the roster) hold no ID number and no plain image', async () => {
    const ids = await numbersOnRecord();
    const stored = storedFiles(path.join(t.dataDir, 'files'));
    expect(stored.length).toBeGreaterThanOrEqual(5);
    for (const bytes of stored) {
      expect(findIn(bytes, idNeedles(ids))).toEqual([]);
      expect(bytes.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff])), 'a plain JPEG on disk').toBe(false);
      expect(bytes.subarray(0, 4).toString('latin1'), 'a plain PNG or xlsx on disk').not.toMatch(
        /^(\x89PNG|PK\x03\x04)/,
      );
    }
  });

  it('R-PPL-02: the server log at info holds no ID number (URLs redacted, no SQL parameters)', async () => {
    const ids = await numbersOnRecord();
    const text = Buffer.concat(log);
    expect(text.toString('utf8')).toContain('/api/v1/persons'); // the control: requests are logged
    expect(findIn(text, idNeedles(ids))).toEqual([]);
  });
});
