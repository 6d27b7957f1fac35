// R-CERT-02: the job `certificates.print`: a batch's certificates with a photo as ONE PDF, one face per page; those
// without a photo (or whose photo file is missing) are listed in the result, not printed.
import type { Db } from '../../db/client.js';
import { AppError, notFound } from '../../http/errors.js';
import { downloadName } from '../../http/download.js';
import type { Config } from '../../config.js';
import { printModeNames } from '../../../shared/certificates.print.js';
import { recordAudit } from '../audit/audit.service.js';
import type { FileStore } from '../files/files.service.js';
import type { JobContext } from '../jobs/jobs.service.js';
import { batchOccupationsByIds } from '../plans/plans.reads.js';
import { renderCertificateFaces, withoutPhoto, type CertificateFace } from './face/face.pdf.js';
import { offsetFor } from './face/layout.js';
import { facesOf, validCertificatesByIds, type PrintJobParams } from './print.service.js';
import { setRunPrinted } from './print-runs.service.js';
import { facePrintSetup } from './settings.service.js';

/** Photos are read this many certificates at a time, each step reported on the progress bar. */
const CHUNK = 50;

export async function bulkPrintJob(deps: { db: Db; files: FileStore; config: Config }, ctx: JobContext) {
  const p = ctx.job.params as PrintJobParams;
  const db = deps.db;
  const [batch] = await batchOccupationsByIds(db, [p.batchId]);
  if (!batch) throw notFound('认定批次');
  await ctx.progress(2, '读取证书和照片');
  const rows = await validCertificatesByIds(db, p.certificateIds);
  const faces: CertificateFace[] = [];
  for (let i = 0; i < rows.length; i += CHUNK) {
    faces.push(...(await facesOf(db, deps.files, deps.config, rows.slice(i, i + CHUNK))));
    const done = Math.min(rows.length, i + CHUNK);
    await ctx.progress(2 + (done / rows.length) * 48, `已读取 ${done} / ${rows.length} 本证书的照片`);
  }
  // R-CERT-02: a certificate without a photo is listed, not printed.
  const missing = withoutPhoto(faces);
  const printable = faces.filter((f) => !missing.includes(f));
  if (!printable.length) throw new AppError('CONFLICT', '没有可打印的证书：证书都没有照片或已失效');
  const setup = await facePrintSetup(db, deps.files);
  const offset = p.mode === 'overlay' ? offsetFor(setup.face, p.printer) : { x: 0, y: 0 };
  await ctx.progress(55, `正在生成 ${printable.length} 本证书`);
  const bytes = await renderCertificateFaces(printable, {
    mode: p.mode,
    layout: setup.face.layout,
    offset,
    fonts: setup.fonts,
    seal: setup.seal,
    queryAddresses: setup.queryAddresses,
  });
  await ctx.progress(95, '保存文件');
  const fileName = downloadName(batch.title, `证书（${printModeNames[p.mode]}）`, 'pdf');
  const file = await db.transaction(async (tx) => {
    const f = await deps.files.record(tx, {
      bytes,
      name: fileName,
      mime: 'application/pdf',
      ownerId: p.actor.userId,
      purpose: 'export',
    });
    if (p.runId) await setRunPrinted(tx, p.runId, printable.length);
    await recordAudit(tx, p.actor, {
      action: 'create',
      entity: 'file',
      entityId: f.id,
      after: { name: fileName, certificates: printable.length, withoutPhoto: missing.length, runId: p.runId },
    });
    return f;
  });
  const nameOf = new Map(rows.map((r) => [r.number, r.data.name]));
  return {
    fileId: file.id,
    fileName,
    printed: printable.length,
    mode: p.mode,
    printer: p.printer,
    offset,
    runId: p.runId,
    withoutPhoto: missing.map((f) => ({ number: f.number, name: nameOf.get(f.number) ?? f.name })),
  };
}
