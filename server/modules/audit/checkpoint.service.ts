import fs from 'node:fs';
import path from 'node:path';
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';
import { desc, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { auditLog } from '../../db/schema/index.js';
import type { Config } from '../../config.js';
import { authorize, type Actor } from '../../http/access.js';
import type { AuditCheckpointStatus } from '../../../shared/audit.checkpoint.js';
import { recordAudit } from './audit.service.js';
import { downloadName } from '../../http/download.js';

/**
 * R-AUD-01: signed checkpoints of the chain head. The hash chain alone cannot show that its last rows were deleted,
 * or that a row was changed and every hash after it recomputed: whoever can write the table can rebuild a sound
 * chain. A checkpoint is the head (seq, hash) signed with an Ed25519 key that the database never holds, appended to
 * a file outside the database (DATA_DIR/audit-checkpoints.jsonl, also downloadable); `npm run audit:verify` checks
 * the table against every checkpoint.
 */
export interface AuditCheckpoint {
  v: 1;
  seq: number;
  hash: string;
  at: string;
  /** First 16 hex characters of the SHA-256 of the public key (raw 32 bytes). */
  keyId: string;
  /** The public key (SPKI DER, base64), so an exported file can be checked elsewhere against a known key id. */
  publicKey: string;
  /** Ed25519 signature (base64) of `checkpointMessage`. */
  sig: string;
}

export interface SigningKey {
  privateKey: KeyObject;
  publicKey: KeyObject;
  keyId: string;
}

export const CHECKPOINT_FILE = 'audit-checkpoints.jsonl';
export const SIGNING_KEY_FILE = 'audit-signing.key';

const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

export const checkpointMessage = (c: Pick<AuditCheckpoint, 'seq' | 'hash' | 'at'>) =>
  `skillcert audit checkpoint v1\n${c.seq}\n${c.hash}\n${c.at}`;

function keyIdOf(publicKey: KeyObject): string {
  const raw = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32);
  return createHash('sha256').update(raw).digest('hex').slice(0, 16);
}

function toSigningKey(privateKey: KeyObject): SigningKey {
  if (privateKey.asymmetricKeyType !== 'ed25519') throw new Error('AUDIT_SIGNING_KEY must be an Ed25519 key');
  const publicKey = createPublicKey(privateKey);
  return { privateKey, publicKey, keyId: keyIdOf(publicKey) };
}

/** A PEM private key, or a 32-byte seed as 64 hex characters or base64 (`openssl rand -hex 32`). */
function parseSigningKey(text: string): SigningKey {
  const t = text.trim();
  if (t.startsWith('-----BEGIN')) return toSigningKey(createPrivateKey(t));
  const seed = /^[0-9a-fA-F]{64}$/.test(t) ? Buffer.from(t, 'hex') : Buffer.from(t, 'base64');
  if (seed.length !== 32)
    throw new Error('AUDIT_SIGNING_KEY must be an Ed25519 PEM private key or 32 bytes (64 hex characters)');
  return toSigningKey(
    createPrivateKey({ key: Buffer.concat([PKCS8_ED25519_PREFIX, seed]), format: 'der', type: 'pkcs8' }),
  );
}

type KeyConfig = Pick<Config, 'AUDIT_SIGNING_KEY' | 'dataDir'>;

/**
 * The signing key from AUDIT_SIGNING_KEY, else DATA_DIR/audit-signing.key; `create` generates the file (0600) when
 * neither exists (the app process does; the verifier never does: without a key it cannot check signatures).
 */
export function loadAuditSigningKey(config: KeyConfig, opts: { create: boolean }): SigningKey | null {
  if (config.AUDIT_SIGNING_KEY) return parseSigningKey(config.AUDIT_SIGNING_KEY);
  const file = path.join(config.dataDir, SIGNING_KEY_FILE);
  if (fs.existsSync(file)) return parseSigningKey(fs.readFileSync(file, 'utf8'));
  if (!opts.create) return null;
  fs.mkdirSync(config.dataDir, { recursive: true });
  const { privateKey } = generateKeyPairSync('ed25519');
  try {
    fs.writeFileSync(file, privateKey.export({ format: 'pem', type: 'pkcs8' }), { mode: 0o600, flag: 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return parseSigningKey(fs.readFileSync(file, 'utf8'));
    throw e;
  }
  return toSigningKey(privateKey);
}

export const checkpointFile = (config: Pick<Config, 'dataDir'>) => path.join(config.dataDir, CHECKPOINT_FILE);

/** Every checkpoint of a file; a line that is not a checkpoint is reported by its line number. */
export function readCheckpoints(file: string): {
  checkpoints: (AuditCheckpoint & { line: number })[];
  badLines: number[];
} {
  if (!fs.existsSync(file)) return { checkpoints: [], badLines: [] };
  const checkpoints: (AuditCheckpoint & { line: number })[] = [];
  const badLines: number[] = [];
  fs.readFileSync(file, 'utf8')
    .split('\n')
    .forEach((text, i) => {
      if (!text.trim()) return;
      try {
        const c = JSON.parse(text) as AuditCheckpoint;
        if (
          c.v !== 1 ||
          !Number.isSafeInteger(c.seq) ||
          typeof c.hash !== 'string' ||
          typeof c.sig !== 'string' ||
          typeof c.at !== 'string'
        )
          throw new Error('shape');
        checkpoints.push({ ...c, line: i + 1 });
      } catch {
        badLines.push(i + 1);
      }
    });
  return { checkpoints, badLines };
}

/** The file's last checkpoint, read from its tail (the file grows by one line every few minutes, for years). */
function readLastCheckpoint(file: string): AuditCheckpoint | null {
  if (!fs.existsSync(file)) return null;
  const size = fs.statSync(file).size;
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(Math.min(size, 16 * 1024));
    const n = fs.readSync(fd, buf, 0, buf.length, size - buf.length);
    const text = buf
      .subarray(0, n)
      .toString('utf8')
      .split('\n')
      .filter((l) => l.trim())
      .at(-1);
    return text ? (JSON.parse(text) as AuditCheckpoint) : null;
  } catch {
    return null;
  } finally {
    fs.closeSync(fd);
  }
}

function lastByte(file: string): number | null {
  if (!fs.existsSync(file)) return null;
  const size = fs.statSync(file).size;
  if (size === 0) return null;
  const fd = fs.openSync(file, 'r');
  try {
    const b = Buffer.alloc(1);
    fs.readSync(fd, b, 0, 1, size - 1);
    return b[0];
  } finally {
    fs.closeSync(fd);
  }
}

/** R-AUD-01: signs the current head and appends it to the checkpoint file (fsync'd); nothing when the head is unchanged. */
export async function writeAuditCheckpoint(
  db: Db,
  opts: { config: KeyConfig; key?: SigningKey },
): Promise<AuditCheckpoint | null> {
  const key = opts.key ?? loadAuditSigningKey(opts.config, { create: true })!;
  const [head] = await db
    .select({ seq: auditLog.seq, hash: auditLog.hash })
    .from(auditLog)
    .orderBy(desc(auditLog.seq))
    .limit(1);
  if (!head) return null;
  const file = checkpointFile(opts.config);
  const last = readLastCheckpoint(file);
  if (last && last.seq === head.seq && last.hash === head.hash && last.keyId === key.keyId) return null;
  const body = { seq: head.seq, hash: head.hash, at: new Date().toISOString() };
  const checkpoint: AuditCheckpoint = {
    v: 1,
    ...body,
    keyId: key.keyId,
    publicKey: key.publicKey.export({ format: 'der', type: 'spki' }).toString('base64'),
    sig: sign(null, Buffer.from(checkpointMessage(body)), key.privateKey).toString('base64'),
  };
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // After a write cut off by a crash, start on a new line so the torn one stays alone.
  const torn = lastByte(file) !== null && lastByte(file) !== 0x0a;
  const fd = fs.openSync(file, 'a', 0o600);
  try {
    fs.writeSync(fd, (torn ? '\n' : '') + JSON.stringify(checkpoint) + '\n');
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  return checkpoint;
}

export interface CheckpointProblem {
  /** The checkpoint's line in the file, its seq and time: how the report names it. */
  line: number;
  seq: number;
  at: string;
  reason: string;
}

export interface CheckpointReport {
  ok: boolean;
  checked: number;
  last: (AuditCheckpoint & { line: number }) | null;
  problems: CheckpointProblem[];
  /**
   * Lines that are not checkpoints: a write cut off by a crash (kill -9) leaves one. Reported, not counted as a
   * failure: removing a line is no harder than spoiling it, and copies kept elsewhere are the defence against both.
   */
  unreadableLines: number[];
}

const describeCheckpoint = (c: { line: number; seq: number; at: string }) =>
  `检查点（第 ${c.line} 行，第 ${c.seq} 条，${c.at}）`;
export const formatProblem = (p: CheckpointProblem) => `${describeCheckpoint(p)}：${p.reason}`;

/**
 * R-AUD-01: each checkpoint's signature must be the configured key's, the trail must still reach its seq (else the
 * tail was deleted) and the row at its seq must have the signed hash (else the row or one before it was rewritten
 * and the chain recomputed).
 */
export async function verifyAuditCheckpoints(
  db: Db,
  opts: { key: SigningKey | null; file: string; lastOnly?: boolean },
): Promise<CheckpointReport> {
  // lastOnly (the audit page): the tail of the file only; its line number is not known then (0).
  const lastOne = opts.lastOnly ? readLastCheckpoint(opts.file) : null;
  const read = opts.lastOnly
    ? { checkpoints: lastOne ? [{ ...lastOne, line: 0 }] : [], badLines: [] }
    : readCheckpoints(opts.file);
  const { checkpoints, badLines } = read;
  const problems: CheckpointProblem[] = [];
  if (!opts.key && checkpoints.length)
    problems.push({
      ...checkpoints.at(-1)!,
      reason: '找不到审计签名密钥（AUDIT_SIGNING_KEY 或 DATA_DIR/audit-signing.key），无法验证签名',
    });
  const [head] = await db.select({ seq: auditLog.seq }).from(auditLog).orderBy(desc(auditLog.seq)).limit(1);
  const headSeq = head?.seq ?? 0;
  const hashes = new Map<number, string>();
  const seqs = [...new Set(checkpoints.map((c) => c.seq))];
  for (let i = 0; i < seqs.length; i += 1000) {
    const rows = await db
      .select({ seq: auditLog.seq, hash: auditLog.hash })
      .from(auditLog)
      .where(inArray(auditLog.seq, seqs.slice(i, i + 1000)));
    for (const r of rows) hashes.set(r.seq, r.hash);
  }
  for (const c of checkpoints) {
    if (opts.key) {
      let good = false;
      try {
        good =
          c.keyId === opts.key.keyId &&
          verify(null, Buffer.from(checkpointMessage(c)), opts.key.publicKey, Buffer.from(c.sig, 'base64'));
      } catch {
        good = false;
      }
      if (!good) {
        problems.push({ ...c, reason: '签名无效（检查点文件被改动，或不是本系统的签名密钥所签）' });
        continue;
      }
    }
    if (headSeq < c.seq)
      problems.push({
        ...c,
        reason: `审计日志末尾的记录被删除：现存最后一条为第 ${headSeq} 条，少于检查点的第 ${c.seq} 条`,
      });
    else if (hashes.get(c.seq) !== c.hash)
      problems.push({
        ...c,
        reason: `第 ${c.seq} 条记录的哈希与签名的哈希不符（该条或此前的记录被改写后重算了哈希链）`,
      });
  }
  return {
    ok: problems.length === 0,
    checked: checkpoints.length,
    last: checkpoints.at(-1) ?? null,
    problems,
    unreadableLines: badLines,
  };
}

// ---- the audit page's view of the checkpoints, and checkpoints on demand ----

/** R-AUD-01: the last checkpoint and whether it still matches the trail (signature, seq present, hash equal). */
export async function describeAuditCheckpoint(
  db: Db,
  opts: { actor: Actor | null; config: KeyConfig },
): Promise<AuditCheckpointStatus> {
  authorize(opts.actor, 'audit.read');
  const report = await verifyAuditCheckpoints(db, {
    key: loadAuditSigningKey(opts.config, { create: false }),
    file: checkpointFile(opts.config),
    lastOnly: true,
  });
  const [head] = await db.select({ seq: auditLog.seq }).from(auditLog).orderBy(desc(auditLog.seq)).limit(1);
  const c = report.last;
  return {
    headSeq: head?.seq ?? 0,
    checkpoint: c
      ? { seq: c.seq, at: c.at, keyId: c.keyId, verified: report.ok, problem: report.problems[0]?.reason ?? null }
      : null,
  };
}

/** R-AUD-01: a checkpoint now (recorded in the trail first, so the checkpoint covers its own record). */
export async function createAuditCheckpoint(db: Db, opts: { actor: Actor | null; config: KeyConfig }) {
  authorize(opts.actor, 'audit.export');
  const actor = opts.actor;
  await db.transaction(async (tx) => {
    await recordAudit(tx, actor, { action: 'create', entity: 'audit', entityId: 'checkpoint' });
  });
  await writeAuditCheckpoint(db, { config: opts.config });
  return describeAuditCheckpoint(db, opts);
}

/** R-AUD-01: the checkpoint file as a download, to keep a copy away from the server; the download is audited. */
export async function exportAuditCheckpoints(db: Db, opts: { actor: Actor | null; config: KeyConfig }) {
  authorize(opts.actor, 'audit.export');
  const actor = opts.actor;
  await db.transaction(async (tx) => {
    await recordAudit(tx, actor, { action: 'export', entity: 'audit', entityId: 'checkpoints' });
  });
  const file = checkpointFile(opts.config);
  const bytes = fs.existsSync(file) ? fs.readFileSync(file) : Buffer.alloc(0);
  return { bytes, name: downloadName(new Date().toISOString().slice(0, 10), '审计日志检查点', 'jsonl') };
}
