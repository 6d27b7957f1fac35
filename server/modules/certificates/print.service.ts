// R-CERT-02: printing certificate faces: one certificate as a PDF (the full face on plain paper, or 套打 with a
// printer's offset), and a batch's bulk printing queued as the durable job `certificates.print` (print.job.ts).
import { and, eq, inArray } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.js';
import { certificates } from '../../db/schema/index.js';
import { authorize, type Actor } from '../../http/access.js';
import { AppError, notFound } from '../../http/errors.js';
import { downloadName } from '../../http/download.js';
import type { PrintMode } from '../../../shared/certificates.print.js';
import { recordAudit } from '../audit/audit.service.js';
import type { FileStore } from '../files/files.service.js';
import { imagesByIds } from '../files/files.reads.js';
import { personsByIds } from '../people/people.reads.js';
import { batchOccupationsByIds } from '../plans/plans.reads.js';
import { applicationsByIds } from '../registration/registration.reads.js';
import { idTypeName, verifyUrl, type CertificateRow, type UrlConfig } from './certificates.present.js';
import { renderCertificateFaces, type CertificateFace, type CertificateLevel } from './face/face.pdf.js';
import { createPrintRun, setRunJob } from './print-runs.service.js';
import { facePrintSetup, printerOffset } from './settings.service.js';

type Opts = { actor: Actor | null };
type Enqueue = { enqueue: (tx: DbOrTx, kind: string, params: object, ownerId: string | null) => Promise<string> };

/** The photo of each certificate's holder: the application's photo first, else the person's (file ids). */
export async function photoFileIdsOf(db: DbOrTx, rows: readonly CertificateRow[]): Promise<Map<string, string | null>> {
  const [apps, persons] = await Promise.all([
    applicationsByIds(
      db,
      rows.map((r) => r.applicationId),
    ),
    personsByIds(
      db,
      rows.map((r) => r.personId),
    ),
  ]);
  const appPhoto = new Map(apps.map((a) => [a.id, a.photoFileId]));
  const personPhoto = new Map(persons.map((p) => [p.id, p.photoFileId]));
  return new Map(rows.map((r) => [r.id, appPhoto.get(r.applicationId) ?? personPhoto.get(r.personId) ?? null]));
}

/** What the face shows of a certificate (its signed data), with the photo bytes (null: none on file). */
export function faceOf(config: UrlConfig, r: CertificateRow, photo: Buffer | null): CertificateFace {
  const d = r.data;
  return {
    number: r.number,
    name: d.name,
    idType: idTypeName(d.idType),
    idNumberMasked: d.idMasked,
    occupationName: d.occupation,
    // R-CERT-02: the job is written `--` when there is none (the renderer writes it for null).
    jobName: d.job && d.job !== '--' ? d.job : null,
    level: d.level as CertificateLevel,
    issueDate: d.issueDate,
    centreName: d.centre,
    photo,
    // The QR code carries the certificate's verification address with its signature (R-CERT-05).
    qrPayload: verifyUrl(config, r.number, r.signature),
  };
}

/** The faces of the rows with their photos read through the files module (sealed at rest, R-PPL-02). */
export async function facesOf(db: DbOrTx, store: FileStore, config: UrlConfig, rows: readonly CertificateRow[]) {
  const photoIds = await photoFileIdsOf(db, rows);
  const images = await imagesByIds(
    db,
    store,
    [...photoIds.values()].filter((x): x is string => !!x),
  );
  return rows.map((r) => faceOf(config, r, images.get(photoIds.get(r.id) ?? '')?.bytes ?? null));
}

/** R-CERT-02: one certificate's face as a PDF: the full face on plain paper, or 套打 with the printer's offset. */
export async function certificateFacePdf(
  db: Db,
  store: FileStore,
  config: UrlConfig,
  opts: Opts & { id: string; mode: PrintMode; printer?: string },
) {
  authorize(opts.actor, 'certificates.print');
  const actor = opts.actor;
  const [row] = await db.select().from(certificates).where(eq(certificates.id, opts.id));
  if (!row) throw notFound('证书');
  if (row.state !== 'valid')
    throw new AppError(
      'CONFLICT',
      `证书 ${row.number} 状态为“${row.state === 'revoked' ? '已撤销' : '已补发'}”，不能打印`,
    );
  const setup = await facePrintSetup(db, store);
  const offset = opts.mode === 'overlay' ? printerOffset(setup, opts.printer) : { x: 0, y: 0 };
  const [face] = await facesOf(db, store, config, [row]);
  // R-CERT-02: a certificate without a photo is not printed.
  if (!face.photo)
    throw new AppError('CONFLICT', `证书 ${row.number}（${row.data.name}）没有照片，不能打印：请先补充照片`);
  const bytes = await renderCertificateFaces([face], {
    mode: opts.mode,
    layout: setup.face.layout,
    offset,
    fonts: setup.fonts,
    seal: setup.seal,
    queryAddresses: setup.queryAddresses,
  });
  await db.transaction((tx) =>
    recordAudit(tx, actor, {
      action: 'certificate.print',
      entity: 'certificate',
      entityId: row.id,
      after: { number: row.number, mode: opts.mode, printer: opts.printer ?? null },
    }),
  );
  return { bytes, name: downloadName(row.data.name, `证书${row.number}`, 'pdf') };
}

export interface PrintJobParams {
  actor: Actor;
  batchId: string;
  mode: PrintMode;
  printer: string | null;
  certificateIds: string[];
  runId: string | null;
}

/**
 * R-CERT-02 / R-CERT-03: starts the bulk printing of a batch's valid certificates with a photo (job
 * `certificates.print`); those without a photo are listed, not printed. In 套打 on blank stock the print run takes one
 * sheet per certificate from `firstSerial` (an issue move of the stock ledger) in the same transaction.
 */
export async function startBulkPrint(
  deps: { db: Db; files: FileStore; jobs: Enqueue },
  opts: Opts & { batchId: string; mode: PrintMode; printer?: string | null; firstSerial?: number | null },
) {
  authorize(opts.actor, 'certificates.print');
  const actor = opts.actor;
  const db = deps.db;
  const [batch] = await batchOccupationsByIds(db, [opts.batchId]);
  if (!batch) throw notFound('认定批次');
  const setup = await facePrintSetup(db, deps.files);
  const printer = opts.mode === 'overlay' ? (opts.printer ?? null) : null;
  printerOffset(setup, printer);
  const rows = await db
    .select()
    .from(certificates)
    .where(and(eq(certificates.batchId, opts.batchId), eq(certificates.state, 'valid')))
    .orderBy(certificates.number);
  if (!rows.length) throw new AppError('CONFLICT', '本批次没有可打印的有效证书：请先核发证书');
  const photoIds = await photoFileIdsOf(db, rows);
  const printable = rows.filter((r) => photoIds.get(r.id));
  const withoutPhoto = rows
    .filter((r) => !photoIds.get(r.id))
    .map((r) => ({ id: r.id, number: r.number, name: r.data.name }));
  if (!printable.length)
    throw new AppError('CONFLICT', `本批次的 ${rows.length} 本证书都没有照片，不能打印：请先补充考生照片`, {
      withoutPhoto,
    });
  if (opts.mode === 'overlay' && !opts.firstSerial)
    throw new AppError('VALIDATION', '起始流水号：空白证书套打时请填写第一张空白证书的印制流水号', [
      { field: 'firstSerial', message: '起始流水号：空白证书套打时请填写第一张空白证书的印制流水号' },
    ]);
  return db.transaction(async (tx) => {
    const runId =
      opts.mode === 'overlay'
        ? await createPrintRun(tx, actor, {
            batchId: opts.batchId,
            batchTitle: batch.title,
            printer,
            firstSerial: opts.firstSerial!,
            sheets: printable.length,
          })
        : null;
    const params: PrintJobParams = {
      actor,
      batchId: opts.batchId,
      mode: opts.mode,
      printer,
      certificateIds: rows.map((r) => r.id),
      runId,
    };
    const jobId = await deps.jobs.enqueue(tx, 'certificates.print', params, actor.userId);
    if (runId) await setRunJob(tx, runId, jobId);
    await recordAudit(tx, actor, {
      action: 'certificate.print',
      entity: 'certificate',
      entityId: opts.batchId,
      after: {
        batchId: opts.batchId,
        mode: opts.mode,
        printer,
        printable: printable.length,
        withoutPhoto: withoutPhoto.map((w) => w.number),
        runId,
        jobId,
      },
    });
    return { jobId, runId, printable: printable.length, withoutPhoto };
  });
}

/** The certificates of the ids still valid, in number order (the job prints what was asked, unless revoked since). */
export async function validCertificatesByIds(db: DbOrTx, ids: readonly string[]) {
  if (!ids.length) return [];
  return db
    .select()
    .from(certificates)
    .where(and(inArray(certificates.id, [...ids]), eq(certificates.state, 'valid')))
    .orderBy(certificates.number);
}
