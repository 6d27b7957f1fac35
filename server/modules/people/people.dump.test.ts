import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { makeIdNumber, personFor } from './people.testkit.js';

/**
 * R-PPL-02: a database dump alone reveals no ID number. On PostgreSQL (TEST_DATABASE_URL) the dump is pg_dump's
 * output for this test's own database; on PGlite it is the data directory itself (every table and WAL file, as a
 * tarball), which holds strictly more than pg_dump would. A phone number, stored in clear, is the control that
 * proves the search would find a plain value.
 */
let t: TestApp;
const ids = [makeIdNumber('1979-08-08', 201, '410105'), makeIdNumber('1991-11-11', 202, '440306'), '41010219880512108X'];
const phones = ['13911112222', '13933334444', '13955556666'];

beforeAll(async () => {
  t = await createTestApp();
  const c = await t.login('kaowu');
  for (const [i, id] of ids.entries()) {
    const body = { ...personFor(`转储${i}`, '1980-01-01', 201 + i), idNumber: id, phone: phones[i], gender: Number(id[16]) % 2 ? 'male' : 'female' };
    const res = await c.post('/api/v1/persons', body);
    expect(res.statusCode, res.body).toBe(200);
    // A full view is audited: the audit row must not carry the number either.
    expect((await c.get(`/api/v1/persons/${res.json().id}/id-number`)).json().idNumber).toBe(id);
  }
});
afterAll(async () => t.close());

async function dumpText(): Promise<string> {
  if (t.database.url) {
    const { stdout } = await promisify(execFile)('pg_dump', ['--no-owner', '--data-only', t.database.url], { maxBuffer: 256 * 1024 * 1024 });
    return stdout;
  }
  const client = (t.database.db as unknown as { $client: { query(s: string): Promise<unknown>; dumpDataDir(c: 'none'): Promise<Blob> } }).$client;
  await client.query('checkpoint');
  const tar = Buffer.from(await (await client.dumpDataDir('none')).arrayBuffer());
  return tar.toString('latin1');
}

describe('R-PPL-02: no ID number in a database dump', () => {
  it(`R-PPL-02: ${process.env.TEST_DATABASE_URL ? 'pg_dump of the test database' : 'the PGlite data directory'} contains no plain ID number`, async () => {
    const dump = await dumpText();
    expect(dump.length).toBeGreaterThan(10_000);
    for (const phone of phones) expect(dump.includes(phone), `control value ${phone} should be in the dump`).toBe(true);
    for (const id of ids) {
      expect(dump.includes(id), `ID number ${id} found in the dump`).toBe(false);
      expect(dump.includes(id.slice(0, 14)), 'the first 14 characters (region + birth date run) found in the dump').toBe(false);
    }
  });
});
