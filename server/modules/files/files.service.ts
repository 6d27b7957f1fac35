import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { createHash, randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { fileTypeFromBuffer } from 'file-type';
import type { Db, DbOrTx } from '../../db/client.js';
import { files } from '../../db/schema/index.js';
import { authorize, type Actor } from '../../http/access.js';
import { can } from '../../../shared/access.js';
import { AppError, notFound } from '../../http/errors.js';
import { recordAudit } from '../audit/audit.service.js';

/** What each purpose of upload accepts, judged by the bytes, never by the name or the browser's claim. */
export const uploadKinds = {
  photo: { mimes: ['image/jpeg', 'image/png'], label: 'JPEG 或 PNG 图片', maxBytes: 2 * 1024 * 1024 },
  evidence: { mimes: ['image/jpeg', 'image/png', 'application/pdf'], label: 'JPEG、PNG 图片或 PDF 文件', maxBytes: 10 * 1024 * 1024 },
  spreadsheet: {
    mimes: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/zip'],
    label: 'Excel（.xlsx）文件',
    maxBytes: 20 * 1024 * 1024,
  },
} as const;
export type UploadPurpose = keyof typeof uploadKinds;

type FileRow = typeof files.$inferSelect;

/**
 * Content-addressed file storage under DATA_DIR/files/<aa>/<sha256>: the same bytes are stored once, and the
 * database row (name, type, owner, purpose) decides who may fetch them. See docs/OPERATIONS.md for S3.
 */
export class FileStore {
  constructor(
    private db: Db,
    readonly root: string,
    readonly maxBytes: number,
  ) {
    fs.mkdirSync(root, { recursive: true });
  }

  pathOf(sha256: string) {
    return path.join(this.root, sha256.slice(0, 2), sha256);
  }

  /** Writes the bytes (once per content) and returns their hash. The write is atomic: temp file, fsync, rename. */
  async putBytes(bytes: Buffer): Promise<string> {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const target = this.pathOf(sha256);
    if (fs.existsSync(target)) return sha256;
    await fsp.mkdir(path.dirname(target), { recursive: true });
    const tmp = `${target}.${randomUUID()}.tmp`;
    const fh = await fsp.open(tmp, 'w');
    try {
      await fh.writeFile(bytes);
      await fh.sync();
    } finally {
      await fh.close();
    }
    await fsp.rename(tmp, target);
    // The rename is durable only once the directory entry is flushed too.
    const dir = await fsp.open(path.dirname(target), 'r');
    try {
      await dir.sync();
    } finally {
      await dir.close();
    }
    return sha256;
  }

  /** Records a stored file; the caller's transaction also carries the audit row. */
  async record(tx: DbOrTx, f: { bytes: Buffer; name: string; mime: string; ownerId: string | null; purpose: string }) {
    const sha256 = await this.putBytes(f.bytes);
    const [row] = await tx
      .insert(files)
      .values({ sha256, name: f.name, mime: f.mime, size: f.bytes.length, ownerId: f.ownerId, purpose: f.purpose })
      .returning();
    return row;
  }
}

export function presentFile(f: FileRow) {
  return { id: f.id, name: f.name, mime: f.mime, size: f.size, purpose: f.purpose, sha256: f.sha256, createdAt: f.createdAt.toISOString() };
}

/** Checks an upload by its content and size, then stores it (R-AUD-01: the upload is audited). */
export async function uploadFile(db: Db, store: FileStore, opts: { actor: Actor | null; purpose: UploadPurpose; name: string; bytes: Buffer }) {
  authorize(opts.actor, 'files.upload');
  const actor = opts.actor;
  const kind = uploadKinds[opts.purpose];
  if (opts.bytes.length === 0) throw new AppError('VALIDATION', '文件：内容为空', [{ field: 'file', message: '内容为空' }]);
  const limit = Math.min(kind.maxBytes, store.maxBytes);
  if (opts.bytes.length > limit)
    throw new AppError('PAYLOAD_TOO_LARGE', `文件：不能超过 ${(limit / 1024 / 1024).toFixed(0)} MB`, [{ field: 'file', message: '文件过大' }]);
  const type = await fileTypeFromBuffer(opts.bytes);
  if (!type || !(kind.mimes as readonly string[]).includes(type.mime))
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', `文件：内容不是${kind.label}`, [{ field: 'file', message: `应为${kind.label}` }]);
  const mime = type.mime === 'application/zip' ? uploadKinds.spreadsheet.mimes[0] : type.mime;
  const name = sanitizeName(opts.name) || `file.${type.ext}`;
  return db.transaction(async (tx) => {
    const row = await store.record(tx, { bytes: opts.bytes, name, mime, ownerId: actor.userId, purpose: opts.purpose });
    await recordAudit(tx, actor, { action: 'upload', entity: 'file', entityId: row.id, after: presentFile(row) });
    return presentFile(row);
  });
}

/** A file is served to its owner, and to staff who handle candidates' documents. */
export async function openFile(db: Db, store: FileStore, opts: { actor: Actor | null; id: string }) {
  if (!opts.actor) throw new AppError('UNAUTHENTICATED', '请先登录');
  const [row] = await db.select().from(files).where(eq(files.id, opts.id));
  if (!row || (row.ownerId !== opts.actor.userId && !can(opts.actor.role, 'files.readAny'))) throw notFound('文件');
  const p = store.pathOf(row.sha256);
  if (!fs.existsSync(p)) throw new AppError('INTERNAL', '文件内容缺失，请联系系统管理员');
  return { row, stream: fs.createReadStream(p) };
}

function sanitizeName(name: string) {
  return path.basename(name).replace(/[\u0000-\u001f<>:"/\\|?*]/g, '_').slice(0, 120);
}
