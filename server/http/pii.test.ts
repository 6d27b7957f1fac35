import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { freshDatabase, TEST_PII_KEY } from '../test/harness.js';
import { migrateDatabase, openPglite, type Database } from '../db/client.js';
import { persons, platformSettings } from '../db/schema/index.js';
import { PiiCipher, piiKeyCheck, preparePiiKey } from './pii.js';

const OTHER_KEY = 'ff'.repeat(32);
const opened: Database[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const d of opened.splice(0)) await d.close();
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});
const tempDir = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'skillcert-pii-'));
  dirs.push(d);
  return d;
};
async function demoDatabase() {
  const d = await freshDatabase();
  opened.push(d);
  return d;
}

describe('the ID-number key is checked against the data at start', () => {
  it('R-PPL-02: the right key passes and its check value is stored; a wrong key is then refused with a clear message', async () => {
    const { db } = await demoDatabase();
    const dataDir = tempDir();
    const cipher = await preparePiiKey(db, { PII_KEY: TEST_PII_KEY, dataDir });
    const [p] = await db.select().from(persons).limit(1);
    expect(cipher.decrypt(p.idCipher)).toMatch(/^\d{17}[\dX]$/);
    const [row] = await db.select().from(platformSettings).where(eq(platformSettings.key, 'pii.key_check'));
    expect(row.value).toBe(piiKeyCheck(Buffer.from(TEST_PII_KEY, 'hex')));
    expect(row.value).not.toContain(TEST_PII_KEY);

    await expect(preparePiiKey(db, { PII_KEY: OTHER_KEY, dataDir })).rejects.toThrow(
      /密钥与数据库中的数据不匹配[\s\S]*does not match/,
    );
  });

  it('R-PPL-02: a wrong key on data stored before the check value existed is refused, and no check value is written', async () => {
    const { db } = await demoDatabase();
    await expect(preparePiiKey(db, { PII_KEY: OTHER_KEY, dataDir: tempDir() })).rejects.toThrow(/拒绝启动/);
    expect(await db.select().from(platformSettings)).toHaveLength(0);
  });

  it('R-PPL-02: a missing pii.key over existing persons is refused and no key is generated', async () => {
    const { db } = await demoDatabase();
    const dataDir = tempDir();
    await expect(preparePiiKey(db, { dataDir })).rejects.toThrow(/pii\.key 不存在[\s\S]*Refusing to start/);
    expect(fs.existsSync(path.join(dataDir, 'pii.key'))).toBe(false);
  });

  it('R-PPL-02: a missing pii.key with a stored check value (no persons yet) is refused', async () => {
    const database = await openPglite({});
    opened.push(database);
    await migrateDatabase(database);
    await database.db
      .insert(platformSettings)
      .values({ key: 'pii.key_check', value: piiKeyCheck(Buffer.from(OTHER_KEY, 'hex')) });
    const dataDir = tempDir();
    await expect(preparePiiKey(database.db, { dataDir })).rejects.toThrow(/Refusing to start/);
    expect(fs.existsSync(path.join(dataDir, 'pii.key'))).toBe(false);
  });

  it('R-PPL-02: a fresh embedded installation generates its key (0600) and stores the check value; the next start reuses it', async () => {
    const database = await openPglite({});
    opened.push(database);
    await migrateDatabase(database);
    const dataDir = tempDir();
    const cipher = await preparePiiKey(database.db, { dataDir });
    const file = path.join(dataDir, 'pii.key');
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const key = Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'hex');
    const [row] = await database.db.select().from(platformSettings);
    expect(row.value).toBe(piiKeyCheck(key));
    const again = await preparePiiKey(database.db, { dataDir });
    expect(again.decrypt(cipher.encrypt('110101199003077777'))).toBe('110101199003077777');
  });
});

describe('sealed files', () => {
  const cipher = new PiiCipher(Buffer.from(TEST_PII_KEY, 'hex'));
  it('R-PPL-02: a file is sealed in the binary form (32 bytes more than the file), opens again, and a changed byte is refused', () => {
    const bytes = Buffer.from('姓名,证件号码\n张三,410102199001011234\n', 'utf8');
    const sealed = cipher.sealBytes(bytes);
    expect(sealed.length).toBe(bytes.length + 32);
    expect(sealed.includes(Buffer.from('410102199001011234'))).toBe(false);
    expect(cipher.unsealBytes(sealed).equals(bytes)).toBe(true);
    const bad = Buffer.from(sealed);
    bad[bad.length - 1] ^= 1;
    expect(() => cipher.unsealBytes(bad)).toThrow();
    expect(() => new PiiCipher(Buffer.from(OTHER_KEY, 'hex')).unsealBytes(sealed)).toThrow();
  });

  it('R-PPL-02: files sealed before in the text form (v1) still open', () => {
    const bytes = Buffer.from([0, 1, 2, 250, 251, 252]);
    const old = Buffer.from(cipher.encrypt(bytes.toString('base64')), 'utf8'); // the earlier sealBytes
    expect(old.subarray(0, 3).toString()).toBe('v1.');
    expect(cipher.unsealBytes(old).equals(bytes)).toBe(true);
  });

  it('a file larger than a JavaScript string can hold as base64 twice (~300 MB, a batch of 10,000 printed certificates) seals and opens', () => {
    const bytes = Buffer.alloc(420 * 1024 * 1024, 7);
    const sealed = cipher.sealBytes(bytes);
    expect(sealed.length).toBe(bytes.length + 32);
    expect(cipher.unsealBytes(sealed).equals(bytes)).toBe(true);
  }, 120_000);
});
