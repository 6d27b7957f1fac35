// R-PUB-01: after the results are final, they are exported to the authority: an Excel sheet stored as a file, its
// SHA-256 frozen on the window; every later download returns the same bytes. R-PPL-02: the sheet carries full ID
// numbers, so the export and each download are audited.
import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { files, publicityWindows } from '../../db/schema/index.js';
import { authorize, type Actor } from '../../http/access.js';
import { AppError, notFound } from '../../http/errors.js';
import { downloadName, XLSX_MIME } from '../../http/download.js';
import type { PiiCipher } from '../../http/pii.js';
import { chinaToday } from '../../../shared/dates.js';
import { recordAudit } from '../audit/audit.service.js';
import type { FileStore } from '../files/files.service.js';
import { idNumberOfPerson } from '../people/people.reads.js';
import { batchesForResults } from '../plans/plans.reads.js';
import { storedEntries, windowOf } from './publicity.store.js';
import { resultSheetXlsx } from './results.xlsx.js';
import { getPublicityBatch } from './publicity.service.js';

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const DOCUMENT = '职业技能等级认定成绩上报表';

/** Builds and stores the sheet once; exporting again keeps the first file (the authority got those bytes). */
export async function exportResults(
  db: Db,
  deps: { files: FileStore; pii: PiiCipher },
  opts: { actor: Actor | null; batchId: string; today?: string },
) {
  authorize(opts.actor, 'publicity.export');
  const actor = opts.actor;
  await db.transaction(async (tx) => {
    const w = await windowOf(tx, opts.batchId, true);
    if (!w) throw notFound('成绩公示');
    if (w.state !== 'final') throw new AppError('CONFLICT', '成绩确定后方可导出上报');
    if (w.exportFileId) return;
    const [batch] = await batchesForResults(tx, { ids: [w.batchId] });
    const entries = storedEntries(w);
    const ids = new Map<string, string>();
    for (const e of entries) {
      const id = await idNumberOfPerson(tx, deps.pii, e.personId);
      if (id) ids.set(e.personId, id.idNumber);
    }
    const bytes = await resultSheetXlsx(batch, entries, ids);
    const digest = sha256(bytes);
    const file = await deps.files.record(tx, {
      bytes,
      name: downloadName(batch.title, DOCUMENT, 'xlsx'),
      mime: XLSX_MIME,
      ownerId: actor.userId,
      purpose: 'publicity.export',
    });
    const exportedAt = new Date();
    await tx
      .update(publicityWindows)
      .set({ exportFileId: file.id, exportSha256: digest, exportedAt })
      .where(eq(publicityWindows.batchId, w.batchId));
    // R-PPL-02: the full ID numbers of every candidate leave the system here.
    await recordAudit(tx, actor, {
      action: 'publicity.export',
      entity: 'publicity_window',
      entityId: w.batchId,
      after: { fileId: file.id, sha256: digest, rows: entries.length, fullIdNumbers: ids.size },
    });
  });
  return getPublicityBatch(db, { actor, batchId: opts.batchId, today: opts.today ?? chinaToday() });
}

/** The stored sheet, checked against the SHA-256 frozen on the window; each download audited (R-PPL-02). */
export async function downloadResults(
  db: Db,
  deps: { files: FileStore },
  opts: { actor: Actor | null; batchId: string },
): Promise<{ bytes: Buffer; name: string }> {
  authorize(opts.actor, 'publicity.export');
  const actor = opts.actor;
  const w = await windowOf(db, opts.batchId);
  if (!w?.exportFileId || !w.exportSha256) throw notFound('成绩上报表');
  const [row] = await db.select().from(files).where(eq(files.id, w.exportFileId));
  if (!row) throw notFound('成绩上报表');
  const bytes = await deps.files.read(row);
  if (sha256(bytes) !== w.exportSha256)
    throw new AppError('INTERNAL', '成绩上报表与导出时的校验值不一致，请联系系统管理员');
  await db.transaction((tx) =>
    recordAudit(tx, actor, {
      action: 'download',
      entity: 'publicity_window',
      entityId: w.batchId,
      after: { fileId: row.id, sha256: w.exportSha256 },
    }),
  );
  return { bytes, name: row.name };
}
