// R-CERT-03: the distribution register: who collected each certificate, when, and their signature (a typed name or a
// signature image), listed per batch.
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { certificateDistributions, certificates, users } from '../../db/schema/index.js';
import { authorize, type Actor } from '../../http/access.js';
import { AppError, notFound } from '../../http/errors.js';
import type { Distribution } from '../../../shared/certificates.print.js';
import { recordAudit } from '../audit/audit.service.js';
import type { FileStore } from '../files/files.service.js';
import { imagesByIds } from '../files/files.reads.js';

type Opts = { actor: Actor | null };

/** The batch's distribution records, in certificate number order. */
export async function distributionsOfBatch(db: Db, opts: Opts & { batchId: string }) {
  authorize(opts.actor, 'certificates.read');
  const rows = await db
    .select({ d: certificateDistributions, number: certificates.number, data: certificates.data })
    .from(certificateDistributions)
    .innerJoin(certificates, eq(certificates.id, certificateDistributions.certificateId))
    .where(eq(certificateDistributions.batchId, opts.batchId))
    .orderBy(asc(certificates.number));
  const names = new Map(
    (await db.select({ id: users.id, name: users.displayName }).from(users)).map((u) => [u.id, u.name]),
  );
  const items: Distribution[] = rows.map(({ d, number, data }) => ({
    id: d.id,
    certificateId: d.certificateId,
    number,
    holderName: data.name,
    collectorName: d.collectorName,
    collectedOn: d.collectedOn,
    signatureName: d.signatureName,
    signatureFileId: d.signatureFileId,
    createdBy: d.createdBy ? (names.get(d.createdBy) ?? null) : null,
    createdAt: d.createdAt.toISOString(),
  }));
  return { items };
}

/** R-CERT-03: records that a valid certificate was handed out: once per certificate, with a signature. */
export async function recordDistribution(
  db: Db,
  store: FileStore,
  opts: Opts & {
    id: string;
    data: {
      collectorName: string;
      collectedOn: string;
      signatureName?: string | null;
      signatureFileId?: string | null;
    };
  },
) {
  authorize(opts.actor, 'certificates.distribute');
  const actor = opts.actor;
  const d = opts.data;
  if (d.signatureFileId && !(await imagesByIds(db, store, [d.signatureFileId])).has(d.signatureFileId))
    throw new AppError('VALIDATION', '签名图片：请上传 JPEG 或 PNG 图片', [
      { field: 'signatureFileId', message: '签名图片：请上传 JPEG 或 PNG 图片' },
    ]);
  const batchId = await db.transaction(async (tx) => {
    const [cert] = await tx.select().from(certificates).where(eq(certificates.id, opts.id)).for('update');
    if (!cert) throw notFound('证书');
    if (cert.state !== 'valid')
      throw new AppError(
        'CONFLICT',
        `证书 ${cert.number} 状态为“${cert.state === 'revoked' ? '已撤销' : '已补发'}”，不能发放`,
      );
    const [done] = await tx
      .select()
      .from(certificateDistributions)
      .where(eq(certificateDistributions.certificateId, cert.id));
    if (done)
      throw new AppError('CONFLICT', `证书 ${cert.number} 已于 ${done.collectedOn} 由 ${done.collectorName} 领取`);
    const [row] = await tx
      .insert(certificateDistributions)
      .values({
        certificateId: cert.id,
        batchId: cert.batchId,
        collectorName: d.collectorName,
        collectedOn: d.collectedOn,
        signatureName: d.signatureName?.trim() || null,
        signatureFileId: d.signatureFileId ?? null,
        createdBy: actor.userId,
      })
      .returning();
    await recordAudit(tx, actor, {
      action: 'certificate.distribute',
      entity: 'certificate',
      entityId: cert.id,
      after: {
        number: cert.number,
        distributionId: row.id,
        collectorName: d.collectorName,
        collectedOn: d.collectedOn,
        signatureName: row.signatureName,
        signatureFileId: row.signatureFileId,
      },
    });
    return cert.batchId;
  });
  return distributionsOfBatch(db, { actor, batchId });
}
