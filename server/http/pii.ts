import fs from 'node:fs';
import path from 'node:path';
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Config } from '../config.js';
import type { Db } from '../db/client.js';
import { persons, platformSettings } from '../db/schema/index.js';

/**
 * R-PPL-02: ID numbers are stored encrypted (AES-256-GCM) with a key the database never holds, so a dump alone
 * reveals none. Lookups and the one-person-per-number constraint use a keyed hash (HMAC-SHA256), which a dump
 * cannot reverse by trying every possible number without the key either.
 */
const SEALED_V2 = Buffer.from('SCv2', 'latin1');

export class PiiCipher {
  private readonly encKey: Buffer;
  private readonly macKey: Buffer;

  constructor(masterKey: Buffer) {
    if (masterKey.length !== 32) throw new Error('PII_KEY must be 32 bytes');
    this.encKey = Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), 'skillcert pii encryption v1', 32));
    this.macKey = Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), 'skillcert pii lookup v1', 32));
  }

  /** `v1.<iv>.<tag>.<ciphertext>` in base64url; a fresh IV each time, so equal numbers encrypt differently. */
  encrypt(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.encKey, iv);
    const ct = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return ['v1', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), ct.toString('base64url')].join(
      '.',
    );
  }

  decrypt(sealed: string): string {
    const [v, iv, tag, ct] = sealed.split('.');
    if (v !== 'v1' || !iv || !tag || ct === undefined) throw new Error('unknown ciphertext format');
    const decipher = createDecipheriv('aes-256-gcm', this.encKey, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(ct, 'base64url')), decipher.final()]).toString('utf8');
  }

  /**
   * A whole file that may hold personal data (an uploaded roster, a photo, a printed batch), sealed for storing at
   * rest: binary `SCv2` + IV (12) + tag (16) + ciphertext, the same size as the file plus 32 bytes. (Files sealed
   * before as the text form `v1.…` of a base64 string still open; that form could not hold a file over ~300 MB:
   * 10,000 printed certificates.)
   */
  sealBytes(bytes: Buffer): Buffer {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.encKey, iv);
    const ct = Buffer.concat([cipher.update(bytes), cipher.final()]);
    return Buffer.concat([SEALED_V2, iv, cipher.getAuthTag(), ct]);
  }

  unsealBytes(sealed: Buffer): Buffer {
    if (sealed.subarray(0, 4).equals(SEALED_V2)) {
      const decipher = createDecipheriv('aes-256-gcm', this.encKey, sealed.subarray(4, 16));
      decipher.setAuthTag(sealed.subarray(16, 32));
      return Buffer.concat([decipher.update(sealed.subarray(32)), decipher.final()]);
    }
    return Buffer.from(this.decrypt(sealed.toString('utf8')), 'base64');
  }

  /** The lookup hash of a (type, number) pair: equal inputs give equal hashes. */
  lookupHash(kind: string, value: string): string {
    return createHmac('sha256', this.macKey).update(`${kind}\u0000${value}`).digest('hex');
  }
}

function parseKey(text: string): Buffer | null {
  const t = text.trim();
  if (/^[0-9a-fA-F]{64}$/.test(t)) return Buffer.from(t, 'hex');
  const b = Buffer.from(t, 'base64');
  return b.length === 32 ? b : null;
}

/**
 * The key from PII_KEY, else (embedded only) from DATA_DIR/pii.key. A PostgreSQL installation must set PII_KEY: its
 * data directory is not where the key would be backed up, and several app processes must share one key. Never
 * generates a key: that is `preparePiiKey`'s decision, made once it has looked at the data.
 */
export function loadPiiKey(config: Pick<Config, 'PII_KEY' | 'DATABASE_URL' | 'dataDir'>): Buffer {
  const key = readPiiKey(config);
  if (!key)
    throw new Error(
      `身份证号加密密钥 ${path.join(config.dataDir, 'pii.key')} 不存在，拒绝启动。 / ID-number key file is missing; refusing to start.`,
    );
  return key;
}

/** The configured key, or null when an embedded installation has no pii.key yet. */
export function readPiiKey(config: Pick<Config, 'PII_KEY' | 'DATABASE_URL' | 'dataDir'>): Buffer | null {
  if (config.PII_KEY) {
    const key = parseKey(config.PII_KEY);
    if (!key)
      throw new Error('PII_KEY must be 32 bytes, written as 64 hex characters or base64 (e.g. `openssl rand -hex 32`)');
    return key;
  }
  if (config.DATABASE_URL)
    throw new Error(
      'PII_KEY is not set. With DATABASE_URL (PostgreSQL) the key that encrypts ID numbers must be given: ' +
        'generate one with `openssl rand -hex 32`, keep it with your backups, and set PII_KEY. Refusing to start.',
    );
  const file = path.join(config.dataDir, 'pii.key');
  if (!fs.existsSync(file)) return null;
  const key = parseKey(fs.readFileSync(file, 'utf8'));
  if (!key) throw new Error(`${file} does not hold a 32-byte key (64 hex characters); refusing to start`);
  return key;
}

/** R-PPL-02: the key check value stored in the database: an HMAC of a constant, which reveals nothing of the key. */
export function piiKeyCheck(key: Buffer): string {
  const k = Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), 'skillcert pii key check v1', 32));
  return 'v1.' + createHmac('sha256', k).update('skillcert pii key check').digest('hex');
}

const KEY_CHECK = 'pii.key_check';

/**
 * R-PPL-02: at start, before anything reads or writes an ID number: the key must be the one the data was encrypted
 * with (its check value in `platform_settings`, or, on data from before the check value existed, a stored number
 * that decrypts). A key is generated only into an empty installation: never over existing persons or a stored check.
 */
export async function preparePiiKey(
  db: Db,
  config: Pick<Config, 'PII_KEY' | 'DATABASE_URL' | 'dataDir'>,
): Promise<PiiCipher> {
  const [stored] = await db.select().from(platformSettings).where(eq(platformSettings.key, KEY_CHECK));
  let key = readPiiKey(config);
  if (!key) {
    const [person] = await db.select({ id: persons.id }).from(persons).limit(1);
    if (stored || person)
      throw new Error(
        [
          `身份证号加密密钥文件 ${path.join(config.dataDir, 'pii.key')} 不存在，但数据库中已有加密的身份证号。`,
          '请从备份中取回原密钥文件（或设置 PII_KEY）后再启动；不会生成新密钥，否则已有身份证号将无法解密。拒绝启动。',
          `The ID-number key file ${path.join(config.dataDir, 'pii.key')} is missing but the database already holds encrypted`,
          'ID numbers. Restore the original key from your backup (or set PII_KEY); a new key is never generated over',
          'existing data. Refusing to start.',
        ].join('\n'),
      );
    key = generateKeyFile(config.dataDir);
  }
  const check = piiKeyCheck(key);
  if (stored) {
    if (stored.value !== check) throw wrongKey();
    return new PiiCipher(key);
  }
  const cipher = new PiiCipher(key);
  const [sample] = await db.select({ idCipher: persons.idCipher }).from(persons).limit(1);
  if (sample) {
    try {
      cipher.decrypt(sample.idCipher);
    } catch {
      throw wrongKey();
    }
  }
  await db.insert(platformSettings).values({ key: KEY_CHECK, value: check }).onConflictDoNothing();
  const [now] = await db.select().from(platformSettings).where(eq(platformSettings.key, KEY_CHECK));
  if (now?.value !== check) throw wrongKey(); // another process set a different key at the same moment
  return cipher;
}

function wrongKey() {
  return new Error(
    [
      '身份证号加密密钥与数据库中的数据不匹配（密钥校验值不符）：PII_KEY 或 pii.key 不是加密这些数据时所用的密钥。',
      '请使用原密钥（从备份中取回）后再启动。拒绝启动。',
      'The ID-number key (PII_KEY or pii.key) does not match the data in this database (key check value differs).',
      'Start with the original key from your backup. Refusing to start.',
    ].join('\n'),
  );
}

function generateKeyFile(dataDir: string): Buffer {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'pii.key');
  const key = randomBytes(32);
  // 'wx': never overwrite a key another process has just written.
  try {
    fs.writeFileSync(file, key.toString('hex') + '\n', { mode: 0o600, flag: 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return parseKey(fs.readFileSync(file, 'utf8'))!;
    throw e;
  }
  return key;
}

export const loadPiiCipher = (config: Pick<Config, 'PII_KEY' | 'DATABASE_URL' | 'dataDir'>) =>
  new PiiCipher(loadPiiKey(config));
