import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { createHash, randomUUID } from 'node:crypto';
import { and, eq, notInArray } from 'drizzle-orm';
import { fileTypeFromBuffer } from 'file-type';
import type { Db, DbOrTx } from '../../db/client.js';
import { files } from '../../db/schema/index.js';
import { authorize, type Actor } from '../../http/access.js';
import { can } from '../../../shared/access.js';
import { AppError, forbidden, notFound } from '../../http/errors.js';
import { recordAudit } from '../audit/audit.service.js';
import type { PiiCipher } from '../../http/pii.js';
import { presentFile } from './files.present.js';

/** What each purpose of upload accepts, judged by the bytes, never by the name or the browser's claim. */
export const uploadKinds = {
  photo: { mimes: ['image/jpeg', 'image/png'], label: 'JPEG 或 PNG 图片', maxBytes: 2 * 1024 * 1024 },
  evidence: {
    mimes: ['image/jpeg', 'image/png', 'application/pdf'],
    label: 'JPEG、PNG 图片或 PDF 文件',
    maxBytes: 10 * 1024 * 1024,
  },
  /** R-VIOL-01…04: evidence of a violation recorded on exam day (readable by exam staff, see mayReadFile). */
  'exam.evidence': {
    mimes: ['image/jpeg', 'image/png', 'application/pdf'],
    label: 'JPEG、PNG 图片或 PDF 文件',
    maxBytes: 10 * 1024 * 1024,
  },
  /** R-CMP-01: evidence attached to a complaint (readable by its uploader and the complaint handlers, see mayReadFile). */
  'complaint.evidence': {
    mimes: ['image/jpeg', 'image/png', 'application/pdf'],
    label: 'JPEG、PNG 图片或 PDF 文件',
    maxBytes: 10 * 1024 * 1024,
  },
  /**
   * R-ARC-01: a document added to a batch's archive checklist (scans of signed originals, minutes, a recording):
   * readable by its uploader and the archive staff (see mayReadFile).
   */
  'archive.document': {
    mimes: ['image/jpeg', 'image/png', 'application/pdf', 'video/mp4'],
    label: 'JPEG、PNG 图片、PDF 文件或 MP4 视频',
    maxBytes: 200 * 1024 * 1024,
  },
  /** R-BANK-01: an image in an item's stem or option (readable by bank roles only, see mayReadFile). */
  'item.image': { mimes: ['image/jpeg', 'image/png'], label: 'JPEG 或 PNG 图片', maxBytes: 2 * 1024 * 1024 },
  spreadsheet: {
    mimes: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/zip'],
    label: 'Excel（.xlsx）文件',
    maxBytes: 20 * 1024 * 1024,
  },
} as const;
export type UploadPurpose = keyof typeof uploadKinds;

type FileRow = typeof files.$inferSelect;

/** Purposes whose callers seal the bytes themselves (PiiCipher.sealBytes) before handing them to the store. */
const SEALED_BY_CALLER = new Set(['roster', 'roster.upload']);

/**
 * Storage under DATA_DIR/files/<aa>/<sha256>; the database row (name, type, owner, purpose) decides who may fetch
 * them. R-PPL-02: with a PII cipher every file is sealed at rest (photos, ID-card scans, exports all name people),
 * and addressed by the hash of the sealed bytes: a fresh IV each time, so the name confirms no guessed photo.
 * Rows from before sealing (`sealed` false) still read as they are. See docs/OPERATIONS.md for S3.
 */
export class FileStore {
  constructor(
    private db: Db,
    readonly root: string,
    readonly maxBytes: number,
    private readonly pii?: PiiCipher,
  ) {
    fs.mkdirSync(root, { recursive: true });
  }

  get sealing(): boolean {
    return !!this.pii;
  }

  /** The bytes as stored (sealed when a cipher is set) and whether they are sealed. */
  seal(bytes: Buffer): { stored: Buffer; sealed: boolean } {
    return this.pii ? { stored: this.pii.sealBytes(bytes), sealed: true } : { stored: bytes, sealed: false };
  }

  /** Seals and writes the bytes; returns what a `files` row records about them. */
  async putSealed(bytes: Buffer): Promise<{ sha256: string; sealed: boolean }> {
    const { stored, sealed } = this.seal(bytes);
    return { sha256: await this.putBytes(stored), sealed };
  }

  /** The plain bytes of a stored file (unsealed transparently); throws ENOENT when the content is missing. */
  async read(row: { sha256: string; sealed: boolean }): Promise<Buffer> {
    const raw = await fsp.readFile(this.pathOf(row.sha256));
    if (!row.sealed) return raw;
    if (!this.pii) throw new Error('sealed file read without the PII key');
    return this.pii.unsealBytes(raw);
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

  /** Records a stored file (sealed, R-PPL-02); the caller's transaction also carries the audit row. */
  async record(tx: DbOrTx, f: { bytes: Buffer; name: string; mime: string; ownerId: string | null; purpose: string }) {
    const { sha256, sealed } = SEALED_BY_CALLER.has(f.purpose)
      ? { sha256: await this.putBytes(f.bytes), sealed: false }
      : await this.putSealed(f.bytes);
    const [row] = await tx
      .insert(files)
      .values({
        sha256,
        name: f.name,
        mime: f.mime,
        size: f.bytes.length,
        ownerId: f.ownerId,
        purpose: f.purpose,
        sealed,
      })
      .returning();
    return row;
  }
}

/**
 * R-PPL-02: seals the files stored before sealing existed (run at start, after migrations): each plain file is
 * written again sealed under the hash of its sealed bytes, its row switched over, and the plain copy removed once
 * no row points at it. Safe with several processes: a row switches only once (`where not sealed`).
 */
export async function sealStoredFiles(db: Db, store: FileStore): Promise<number> {
  let sealed = 0;
  for (;;) {
    const rows = await db
      .select({ id: files.id, sha256: files.sha256 })
      .from(files)
      .where(and(eq(files.sealed, false), notInArray(files.purpose, [...SEALED_BY_CALLER])))
      .limit(200);
    if (!rows.length || !store.sealing) return sealed;
    for (const r of rows) {
      const plainPath = store.pathOf(r.sha256);
      if (!fs.existsSync(plainPath)) {
        // Content already missing: nothing to seal; the row is marked so the loop ends (reads report it missing).
        await db
          .update(files)
          .set({ sealed: true })
          .where(and(eq(files.id, r.id), eq(files.sealed, false)));
        continue;
      }
      const { sha256 } = await store.putSealed(await fsp.readFile(plainPath));
      const [won] = await db
        .update(files)
        .set({ sha256, sealed: true })
        .where(and(eq(files.id, r.id), eq(files.sealed, false)))
        .returning({ id: files.id });
      if (!won) await fsp.rm(store.pathOf(sha256), { force: true });
      else sealed++;
      const [still] = await db.select({ id: files.id }).from(files).where(eq(files.sha256, r.sha256)).limit(1);
      if (!still) await fsp.rm(plainPath, { force: true });
    }
  }
}

/** Checks an upload by its content and size, then stores it (R-AUD-01: the upload is audited). */
export async function uploadFile(
  db: Db,
  store: FileStore,
  opts: { actor: Actor | null; purpose: UploadPurpose; name: string; bytes: Buffer },
) {
  authorize(opts.actor, 'files.upload');
  const actor = opts.actor;
  // R-BANK-02: only those who write items put images into the bank.
  if (opts.purpose === 'item.image' && !can(actor.role, 'itembank.author')) throw forbidden();
  const kind = uploadKinds[opts.purpose];
  if (opts.bytes.length === 0)
    throw new AppError('VALIDATION', '文件：内容为空', [{ field: 'file', message: '内容为空' }]);
  const limit = Math.min(kind.maxBytes, store.maxBytes);
  if (opts.bytes.length > limit)
    throw new AppError('PAYLOAD_TOO_LARGE', `文件：不能超过 ${(limit / 1024 / 1024).toFixed(0)} MB`, [
      { field: 'file', message: '文件过大' },
    ]);
  const type = await fileTypeFromBuffer(opts.bytes);
  if (!type || !(kind.mimes as readonly string[]).includes(type.mime))
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', `文件：内容不是${kind.label}`, [
      { field: 'file', message: `应为${kind.label}` },
    ]);
  const mime = type.mime === 'application/zip' ? uploadKinds.spreadsheet.mimes[0] : type.mime;
  const name = sanitizeName(opts.name) || `file.${type.ext}`;
  return db.transaction(async (tx) => {
    const row = await store.record(tx, { bytes: opts.bytes, name, mime, ownerId: actor.userId, purpose: opts.purpose });
    await recordAudit(tx, actor, { action: 'upload', entity: 'file', entityId: row.id, after: presentFile(row) });
    return presentFile(row);
  });
}

/**
 * Issue 8 item 14: who may fetch a file through /files/:id depends on its purpose. Uploaded personal documents
 * (photos, evidence) go to their uploader and to the centre staff who handle candidates' documents; generated
 * exports (tickets, lists, the audit export) only to whoever made them, and an audit export only while they may
 * still read the audit; sealed rosters never (only their import job reads them).
 */
export function mayReadFile(actor: Actor, row: Pick<FileRow, 'ownerId' | 'purpose'>): boolean {
  const own = row.ownerId !== null && row.ownerId === actor.userId;
  switch (row.purpose) {
    case 'photo':
    case 'evidence':
      return own || can(actor.role, 'files.readAny');
    case 'audit.export':
      return own && can(actor.role, 'audit.read');
    case 'roster':
    case 'roster.upload':
      return false;
    // R-VIOL-01…04: a violation's evidence goes to the exam staff (the room's record shows it) and the centre.
    case 'exam.evidence':
      return own || can(actor.role, 'exams.read');
    // R-CMP-01: a complaint's evidence goes to whoever uploaded it and those who handle complaints.
    case 'complaint.evidence':
      return own || can(actor.role, 'complaints.read');
    // R-ARC-01: what was added to a batch's archive goes to the archive staff.
    case 'archive.document':
      return own || can(actor.role, 'archives.read');
    // R-BANK-02: images of items (stems, options) are as secret as the items: bank roles only.
    case 'item.image':
      return can(actor.role, 'itembank.read');
    default:
      return own;
  }
}

/** A file by the rules of its purpose; a file the actor may not read answers 404 like a missing one. */
export async function openFile(db: Db, store: FileStore, opts: { actor: Actor | null; id: string }) {
  if (!opts.actor) throw new AppError('UNAUTHENTICATED', '请先登录');
  const [row] = await db.select().from(files).where(eq(files.id, opts.id));
  if (!row || !mayReadFile(opts.actor, row)) throw notFound('文件');
  if (!fs.existsSync(store.pathOf(row.sha256))) throw new AppError('INTERNAL', '文件内容缺失，请联系系统管理员');
  return { row, bytes: await store.read(row) };
}

function sanitizeName(name: string) {
  return path
    .basename(name)
    .replace(/[\u0000-\u001f<>:"/\\|?*]/g, '_')
    .slice(0, 120);
}
