import { and, eq, ne, sql } from 'drizzle-orm';
import { unzipSync, type UnzipFileInfo } from 'fflate';
import { fileTypeFromBuffer } from 'file-type';
import sharp from 'sharp';
import type { Db } from '../../db/client.js';
import { applications, files } from '../../db/schema/index.js';
import { authorize, collegeFilter, type Actor } from '../../http/access.js';
import { AppError, notFound } from '../../http/errors.js';
import type { PiiCipher } from '../../http/pii.js';
import { idTypes, normalizeIdNumber } from '../../../shared/idcard.js';
import type { PhotoImportResult } from '../../../shared/registration.js';
import { recordAudit } from '../audit/audit.service.js';
import type { FileStore } from '../files/files.service.js';
import { PHOTO_HEIGHT, PHOTO_WIDTH } from '../people/photo.service.js';
import { candidatesByIds } from '../people/people.reads.js';
import { fillMissingPhotos } from '../people/roster.service.js';
import { batchTitlesByIds } from '../plans/plans.reads.js';

/**
 * R-REG-01: a batch's application photos from one ZIP, each file named by the candidate's ID number or student
 * number. Every file is checked (image by content, portrait 1-inch proportions, white background) and normalised
 * to a 295 × 413 JPEG of at most 100 KB; the matched ones are stored in one transaction.
 */

export const PHOTO_ZIP_MAX_BYTES = 50 * 1024 * 1024;
/** Zip-bomb limits: entries, declared size of one entry and of all entries (fflate never inflates past them). */
export const PHOTO_ZIP_MAX_ENTRIES = 2000;
export const PHOTO_ENTRY_MAX_BYTES = 10 * 1024 * 1024;
export const PHOTO_ZIP_MAX_TOTAL = 200 * 1024 * 1024;
export const PHOTO_OUT_MAX_BYTES = 100 * 1024;
const MAX_INPUT_PIXELS = 80_000_000;
/** Width / height of the 1-inch photo is 5:7 (≈0.714). Inside [0.6, 0.85] it is cropped silently, else warned or refused. */
const ASPECT_OK: [number, number] = [0.6, 0.85];
const ASPECT_CROP: [number, number] = [0.5, 1.0];

type Outcome = { kind: 'bad'; reason: string } | { kind: 'ok'; jpeg: Buffer; warnings: string[] };

/** Names the ZIP tools of Chinese Windows write in GBK without the UTF-8 flag; fflate hands them over as latin1. */
export function decodeEntryName(raw: string): string {
  if (!/[\u0080-\u00ff]/.test(raw) || /[^\u0000-\u00ff]/.test(raw)) return raw;
  const bytes = Buffer.from(raw, 'latin1');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gbk').decode(bytes);
  }
}

/** A name is refused when it tries to leave the archive (absolute, drive letter, `..`, control characters). */
export function unsafeEntryName(name: string): boolean {
  if (/[\u0000-\u001f]/.test(name) || name.startsWith('/') || name.startsWith('\\') || /^[a-zA-Z]:/.test(name))
    return true;
  return name.split(/[\\/]+/).some((s) => s === '..');
}

const ignoredEntry = (name: string) =>
  name.endsWith('/') || /(^|\/)__MACOSX\//.test(name) || /(^|\/)(\.[^/]*|Thumbs\.db|desktop\.ini)$/i.test(name);

/** The white share of the border strips (top band and both sides of the upper part, where no shoulders are). */
async function whiteBorderShare(jpeg: Buffer): Promise<number> {
  const { data, info } = await sharp(jpeg).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const w = info.width;
  const band = Math.round(info.height * 0.06);
  const side = Math.round(w * 0.08);
  const sideRows = Math.round(info.height * 0.55);
  let white = 0;
  let total = 0;
  const look = (x: number, y: number) => {
    const i = (y * w + x) * info.channels;
    const r = data[i];
    const g = data[i + 1];
    const b = data[i + 2];
    total++;
    if (Math.min(r, g, b) >= 200 && Math.max(r, g, b) - Math.min(r, g, b) <= 30) white++;
  };
  for (let y = 0; y < band; y++) for (let x = 0; x < w; x++) look(x, y);
  for (let y = band; y < sideRows; y++) {
    for (let x = 0; x < side; x++) look(x, y);
    for (let x = w - side; x < w; x++) look(x, y);
  }
  return total ? white / total : 1;
}

/** Checks one photo and makes the 295 × 413 JPEG (≤ 100 KB, lowering the quality until it fits). */
export async function preparePhoto(bytes: Buffer): Promise<Outcome> {
  if (!bytes.length) return { kind: 'bad', reason: '文件为空' };
  const type = await fileTypeFromBuffer(bytes);
  if (!type || !['image/jpeg', 'image/png'].includes(type.mime))
    return { kind: 'bad', reason: '不是 JPEG 或 PNG 图片' };
  const warnings: string[] = [];
  try {
    const meta = await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' }).metadata();
    const turned = (meta.orientation ?? 1) >= 5;
    const w = (turned ? meta.height : meta.width) ?? 0;
    const h = (turned ? meta.width : meta.height) ?? 0;
    if (w < 100 || h < 140) return { kind: 'bad', reason: `分辨率过低（${w}×${h}），至少 100×140 像素` };
    const aspect = w / h;
    if (aspect < ASPECT_CROP[0] || aspect > ASPECT_CROP[1])
      return { kind: 'bad', reason: `不是竖版一寸照（${w}×${h}，宽高比应约为 5:7）` };
    if (aspect < ASPECT_OK[0] || aspect > ASPECT_OK[1])
      warnings.push(`宽高比 ${w}:${h} 与一寸照 5:7 相差较大，已居中裁剪`);
    const base = sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' })
      .rotate()
      .resize(PHOTO_WIDTH, PHOTO_HEIGHT, { fit: 'cover', position: 'centre' })
      .flatten({ background: '#ffffff' });
    let jpeg = Buffer.alloc(0);
    for (let q = 90; q >= 20; q -= 10) {
      jpeg = await base.clone().jpeg({ quality: q, mozjpeg: true }).withMetadata({ density: 300 }).toBuffer();
      if (jpeg.length <= PHOTO_OUT_MAX_BYTES) break;
    }
    if (jpeg.length > PHOTO_OUT_MAX_BYTES) return { kind: 'bad', reason: '压缩后仍超过 100 KB' };
    const share = await whiteBorderShare(jpeg);
    if (share < 0.8) warnings.push(`背景不是白色（边缘白色像素仅占 ${Math.round(share * 100)}%）`);
    return { kind: 'ok', jpeg, warnings };
  } catch {
    return { kind: 'bad', reason: '图片已损坏或无法读取' };
  }
}

/** The photo entries of the ZIP, with the limits checked before anything is inflated. */
function readZip(zip: Buffer, bad: PhotoImportResult['bad']): { name: string; bytes: Buffer }[] {
  const take = new Set<string>();
  let count = 0;
  let total = 0;
  const tooMany = new AppError('PAYLOAD_TOO_LARGE', `压缩包：文件数不能超过 ${PHOTO_ZIP_MAX_ENTRIES} 个`, [
    { field: 'file', message: '文件过多' },
  ]);
  try {
    // First pass: headers only (the filter answers false, nothing is inflated).
    unzipSync(zip, {
      filter: (f: UnzipFileInfo) => {
        if (++count > PHOTO_ZIP_MAX_ENTRIES) throw tooMany;
        if (ignoredEntry(f.name)) return false;
        const name = decodeEntryName(f.name);
        if (unsafeEntryName(name)) bad.push({ file: name, reason: '文件名含有非法路径' });
        else if (f.compression !== 0 && f.compression !== 8) bad.push({ file: name, reason: '压缩方式不受支持' });
        else if (f.originalSize > PHOTO_ENTRY_MAX_BYTES)
          bad.push({ file: name, reason: `文件过大（超过 ${PHOTO_ENTRY_MAX_BYTES / 1024 / 1024} MB）` });
        else {
          total += f.originalSize;
          take.add(f.name);
        }
        return false;
      },
    });
    if (total > PHOTO_ZIP_MAX_TOTAL)
      throw new AppError('PAYLOAD_TOO_LARGE', `压缩包：解压后总大小不能超过 ${PHOTO_ZIP_MAX_TOTAL / 1024 / 1024} MB`, [
        { field: 'file', message: '解压后过大' },
      ]);
    const out = unzipSync(zip, { filter: (f) => take.has(f.name) });
    return Object.entries(out).map(([name, bytes]) => ({ name: decodeEntryName(name), bytes: Buffer.from(bytes) }));
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError('VALIDATION', '压缩包：文件已损坏或不是 ZIP 格式', [{ field: 'file', message: '无法解压' }]);
  }
}

const stemOf = (name: string) =>
  (name.split(/[\\/]/).pop() ?? name)
    .replace(/\.[^.]*$/, '')
    .trim()
    .toUpperCase();

/** R-REG-01: imports the photos of a batch's applications from a ZIP (a clerk: its own college's only, R-ORG-07). */
export async function importBatchPhotos(
  db: Db,
  store: FileStore,
  opts: { actor: Actor | null; pii: PiiCipher; batchId: string; zip: Buffer },
): Promise<PhotoImportResult> {
  authorize(opts.actor, 'applications.import');
  const actor = opts.actor;
  const [batch] = await batchTitlesByIds(db, [opts.batchId]);
  if (!batch) throw notFound('认定批次');
  if (!opts.zip.length) throw new AppError('VALIDATION', '压缩包：内容为空', [{ field: 'file', message: '内容为空' }]);
  if (opts.zip.length > PHOTO_ZIP_MAX_BYTES)
    throw new AppError('PAYLOAD_TOO_LARGE', `压缩包：不能超过 ${PHOTO_ZIP_MAX_BYTES / 1024 / 1024} MB`, [
      { field: 'file', message: '文件过大' },
    ]);
  const type = await fileTypeFromBuffer(opts.zip);
  if (type?.mime !== 'application/zip')
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', '压缩包：应为 ZIP 文件', [
      { field: 'file', message: '应为 ZIP 文件' },
    ]);

  const result: PhotoImportResult = { imported: 0, matched: [], unmatched: [], duplicate: [], bad: [] };
  const entries = readZip(opts.zip, result.bad);

  const college = collegeFilter(actor);
  const own = await db
    .select({
      id: applications.id,
      status: applications.status,
      appPhoto: applications.photoFileId,
      personId: applications.personId,
    })
    .from(applications)
    .where(
      and(
        eq(applications.batchId, batch.id),
        ne(applications.status, 'withdrawn'),
        college ? eq(applications.collegeId, college) : undefined,
      ),
    );
  const personById = new Map(
    (
      await candidatesByIds(
        db,
        own.map((a) => a.personId),
      )
    ).map((p) => [p.id, p]),
  );
  const apps = own.flatMap((a) => {
    const p = personById.get(a.personId);
    return p
      ? [
          {
            ...a,
            name: p.name,
            idType: p.idType,
            idHash: p.idHash,
            studentNumber: p.studentNumber,
            personPhoto: p.photoFileId,
          },
        ]
      : [];
  });
  const byHash = new Map(apps.map((a) => [a.idHash, a]));
  const byNumber = new Map(apps.filter((a) => a.studentNumber).map((a) => [a.studentNumber!.toUpperCase(), a]));
  const types = [...new Set(apps.map((a) => a.idType))].filter((t) => (idTypes as readonly string[]).includes(t));

  // Every file is checked first (a bad file is reported as bad whatever its name), then matched by its name;
  // two files naming one person are both set aside.
  const hits = new Map<
    string,
    {
      app: (typeof apps)[number];
      by: 'idNumber' | 'studentNumber';
      files: { name: string; jpeg: Buffer; warnings: string[] }[];
    }
  >();
  for (const e of entries) {
    const out = await preparePhoto(e.bytes);
    if (out.kind === 'bad') {
      result.bad.push({ file: e.name, reason: out.reason });
      continue;
    }
    const stem = stemOf(e.name);
    let app: (typeof apps)[number] | undefined;
    let by: 'idNumber' | 'studentNumber' = 'idNumber';
    for (const t of types) {
      app = byHash.get(opts.pii.lookupHash(t, normalizeIdNumber(t, stem)));
      if (app) break;
    }
    if (!app) {
      app = byNumber.get(stem);
      by = 'studentNumber';
    }
    if (!app) {
      result.unmatched.push({ file: e.name, reason: `本批次没有身份证号或学号为“${stem}”的报名` });
      continue;
    }
    const hit = hits.get(app.id) ?? { app, by, files: [] };
    hit.files.push({ name: e.name, jpeg: out.jpeg, warnings: out.warnings });
    hits.set(app.id, hit);
  }
  const ready: { app: (typeof apps)[number]; file: string; jpeg: Buffer }[] = [];
  for (const hit of hits.values()) {
    if (hit.files.length > 1) {
      for (const f of hit.files)
        result.duplicate.push({
          file: f.name,
          reason: `与 ${hit.files
            .filter((x) => x !== f)
            .map((x) => x.name)
            .join('、')} 对应同一考生（${hit.app.name}），均未导入`,
        });
      continue;
    }
    const f = hit.files[0];
    // R-REG-02: an approved application is locked; its photo is not replaced (a missing one may still be added).
    if (hit.app.status === 'approved' && hit.app.appPhoto) {
      result.unmatched.push({
        file: f.name,
        reason: `${hit.app.name}的报名已审核通过并锁定，照片不能更换（须中心解除锁定）`,
      });
      continue;
    }
    ready.push({ app: hit.app, file: f.name, jpeg: f.jpeg });
    result.matched.push({
      file: f.name,
      applicationId: hit.app.id,
      personName: hit.app.name,
      by: hit.by,
      size: f.jpeg.length,
      warnings: f.warnings,
    });
  }
  for (const list of [result.matched, result.unmatched, result.duplicate, result.bad])
    list.sort((a, b) => a.file.localeCompare(b.file));
  if (!ready.length) return result;

  // R-PPL-02: photos are sealed at rest, addressed by the hash of the sealed bytes.
  const stored: { sha256: string; sealed: boolean }[] = [];
  for (const r of ready) stored.push(await store.putSealed(r.jpeg));
  return db.transaction(async (tx) => {
    const rows = await tx
      .insert(files)
      .values(
        ready.map((r, i) => ({
          ...stored[i],
          name: `${stemOf(r.file)}.jpg`,
          mime: 'image/jpeg',
          size: r.jpeg.length,
          ownerId: actor.userId,
          purpose: 'photo',
        })),
      )
      .returning({ id: files.id });
    const pairs = sql.join(
      ready.map((r, i) => sql`(${r.app.id}::uuid, ${r.app.personId}::uuid, ${rows[i].id}::uuid)`),
      sql`, `,
    );
    await tx.execute(
      sql`update applications a set photo_file_id = v.fid, updated_at = now() from (values ${pairs}) as v(aid, pid, fid) where a.id = v.aid`,
    );
    // The person's own photo is set only when it has none (a later upload on the person stays theirs).
    await fillMissingPhotos(
      tx,
      ready.map((r, i) => ({ personId: r.app.personId, fileId: rows[i].id })),
    );
    result.imported = ready.length;
    await recordAudit(tx, actor, {
      action: 'import',
      entity: 'batch.photos',
      entityId: opts.batchId,
      after: {
        imported: ready.length,
        files: ready.map((r, i) => ({ file: r.file, applicationId: r.app.id, fileId: rows[i].id })),
        unmatched: result.unmatched.length,
        duplicate: result.duplicate.length,
        bad: result.bad.length,
      },
    });
    return result;
  });
}
