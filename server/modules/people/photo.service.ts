import fs from 'node:fs';
import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { fileTypeFromBuffer } from 'file-type';
import type { Db } from '../../db/client.js';
import { files, persons } from '../../db/schema/index.js';
import { authorize, type Actor } from '../../http/access.js';
import { AppError, notFound } from '../../http/errors.js';
import { can } from '../../../shared/access.js';
import { recordAudit } from '../audit/audit.service.js';
import type { FileStore } from '../files/files.service.js';
import { loadPerson } from './people.store.js';

/** R-PPL-01: the 1-inch certificate photo: 25 × 35 mm at 300 dpi. */
export const PHOTO_WIDTH = 295;
export const PHOTO_HEIGHT = 413;
export const PHOTO_MAX_BYTES = 5 * 1024 * 1024;
/** Refuses decompression bombs: a phone photo is ~12–50 megapixels. */
const MAX_INPUT_PIXELS = 80_000_000;

/**
 * Checks the upload by its bytes (JPEG or PNG only, never the name), turns it upright (EXIF), crops it to the
 * 1-inch proportions around the centre, fills transparency with white, and stores a 295 × 413 JPEG.
 */
export async function setPersonPhoto(
  db: Db,
  store: FileStore,
  opts: { actor: Actor | null; id: string; bytes: Buffer },
) {
  authorize(opts.actor, 'people.manage');
  const actor = opts.actor;
  await loadPerson(db, actor, opts.id);
  if (opts.bytes.length === 0)
    throw new AppError('VALIDATION', '照片：内容为空', [{ field: 'file', message: '内容为空' }]);
  if (opts.bytes.length > PHOTO_MAX_BYTES)
    throw new AppError('PAYLOAD_TOO_LARGE', `照片：不能超过 ${PHOTO_MAX_BYTES / 1024 / 1024} MB`, [
      { field: 'file', message: '文件过大' },
    ]);
  const type = await fileTypeFromBuffer(opts.bytes);
  if (!type || !['image/jpeg', 'image/png'].includes(type.mime))
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', '照片：只接受 JPEG 或 PNG 图片', [
      { field: 'file', message: '应为 JPEG 或 PNG 图片' },
    ]);
  let jpeg: Buffer;
  try {
    const img = sharp(opts.bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' });
    const meta = await img.metadata();
    if ((meta.width ?? 0) < 100 || (meta.height ?? 0) < 140)
      throw new AppError('VALIDATION', `照片：分辨率过低（${meta.width}×${meta.height}），至少 100×140 像素`, [
        { field: 'file', message: '分辨率过低' },
      ]);
    jpeg = await img
      .rotate()
      .resize(PHOTO_WIDTH, PHOTO_HEIGHT, { fit: 'cover', position: 'centre' })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 90, mozjpeg: true })
      .withMetadata({ density: 300 })
      .toBuffer();
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError('VALIDATION', '照片：图片已损坏或无法读取', [{ field: 'file', message: '无法读取' }]);
  }
  return db.transaction(async (tx) => {
    const person = await loadPerson(tx, actor, opts.id);
    const file = await store.record(tx, {
      bytes: jpeg,
      name: `${person.id}.jpg`,
      mime: 'image/jpeg',
      ownerId: actor.userId,
      purpose: 'photo',
    });
    await tx.update(persons).set({ photoFileId: file.id, updatedAt: new Date() }).where(eq(persons.id, person.id));
    await recordAudit(tx, actor, {
      action: 'upload',
      entity: 'person.photo',
      entityId: person.id,
      before: { photoFileId: person.photoFileId },
      after: { photoFileId: file.id, size: jpeg.length },
    });
    return { ok: true as const, width: PHOTO_WIDTH, height: PHOTO_HEIGHT, size: jpeg.length };
  });
}

/** The photo bytes, for those who may see the person (or the person themself). */
export async function openPersonPhoto(db: Db, store: FileStore, opts: { actor: Actor | null; id: string }) {
  if (!opts.actor) throw new AppError('UNAUTHENTICATED', '请先登录');
  const actor = opts.actor;
  const [own] = await db.select({ id: persons.id }).from(persons).where(eq(persons.userId, actor.userId));
  if (!(own?.id === opts.id && can(actor.role, 'people.self'))) authorize(actor, 'people.read');
  const person =
    own?.id === opts.id
      ? (await db.select().from(persons).where(eq(persons.id, opts.id)))[0]
      : await loadPerson(db, actor, opts.id);
  if (!person?.photoFileId) throw notFound('照片');
  const [file] = await db.select().from(files).where(eq(files.id, person.photoFileId));
  if (!file || !fs.existsSync(store.pathOf(file.sha256))) throw new AppError('INTERNAL', '照片文件缺失，请重新上传');
  return { bytes: await store.read(file), mime: file.mime }; // R-PPL-02: sealed at rest
}
