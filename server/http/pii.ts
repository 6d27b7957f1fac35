import fs from 'node:fs';
import path from 'node:path';
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import type { Config } from '../config.js';

/**
 * R-PPL-02: ID numbers are stored encrypted (AES-256-GCM) with a key the database never holds, so a dump alone
 * reveals none. Lookups and the one-person-per-number constraint use a keyed hash (HMAC-SHA256), which a dump
 * cannot reverse by trying every possible number without the key either.
 */
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
    return ['v1', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), ct.toString('base64url')].join('.');
  }

  decrypt(sealed: string): string {
    const [v, iv, tag, ct] = sealed.split('.');
    if (v !== 'v1' || !iv || !tag || ct === undefined) throw new Error('unknown ciphertext format');
    const decipher = createDecipheriv('aes-256-gcm', this.encKey, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(ct, 'base64url')), decipher.final()]).toString('utf8');
  }

  /** A whole file that holds ID numbers (an uploaded roster), sealed the same way for storing at rest. */
  sealBytes(bytes: Buffer): Buffer {
    return Buffer.from(this.encrypt(bytes.toString('base64')), 'utf8');
  }

  unsealBytes(sealed: Buffer): Buffer {
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
 * The key from PII_KEY; without it, embedded installations get one generated into DATA_DIR/pii.key (mode 0600) on
 * first start and reused. A PostgreSQL installation must set PII_KEY: its data directory is not where the key
 * would be backed up, and several app processes must share one key.
 */
export function loadPiiKey(config: Pick<Config, 'PII_KEY' | 'DATABASE_URL' | 'dataDir'>): Buffer {
  if (config.PII_KEY) {
    const key = parseKey(config.PII_KEY);
    if (!key) throw new Error('PII_KEY must be 32 bytes, written as 64 hex characters or base64 (e.g. `openssl rand -hex 32`)');
    return key;
  }
  if (config.DATABASE_URL)
    throw new Error(
      'PII_KEY is not set. With DATABASE_URL (PostgreSQL) the key that encrypts ID numbers must be given: ' +
        'generate one with `openssl rand -hex 32`, keep it with your backups, and set PII_KEY. Refusing to start.',
    );
  const file = path.join(config.dataDir, 'pii.key');
  if (fs.existsSync(file)) {
    const key = parseKey(fs.readFileSync(file, 'utf8'));
    if (!key) throw new Error(`${file} does not hold a 32-byte key (64 hex characters); refusing to start`);
    return key;
  }
  fs.mkdirSync(config.dataDir, { recursive: true });
  const key = randomBytes(32);
  // 'wx': never overwrite a key another process has just written.
  try {
    fs.writeFileSync(file, key.toString('hex') + '\n', { mode: 0o600, flag: 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return loadPiiKey(config);
    throw e;
  }
  return key;
}

export const loadPiiCipher = (config: Pick<Config, 'PII_KEY' | 'DATABASE_URL' | 'dataDir'>) => new PiiCipher(loadPiiKey(config));
