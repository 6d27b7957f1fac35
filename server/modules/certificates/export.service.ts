// R-CERT-04: a batch's certificate data exported for the national query system (技能人才评价证书全国联网查询), in the
// authority's layout of the certificate register (证书编号, 姓名, 性别, 证件类型, 证件号码, 职业名称, 工种, 等级,
// 发证日期, 评价机构), with the certificates revoked or replaced on a second sheet. Each export is stored once as a
// file with its SHA-256 frozen; a download returns those bytes, checked. Exporting again with nothing changed
// returns the same version; after a revocation, reissue or import it makes a new version and keeps the old ones.
// R-PPL-02: the authority needs the full ID number, so every export and download is audited.
import { createHash } from 'node:crypto';
import { and, desc, eq } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.js';
import { certificateExports, files, users } from '../../db/schema/index.js';
import { authorize, type Actor } from '../../http/access.js';
import { AppError, notFound } from '../../http/errors.js';
import { downloadName, XLSX_MIME } from '../../http/download.js';
import type { PiiCipher } from '../../http/pii.js';
import { writeWorkbook } from '../../http/sheet.js';
import { certificateStateNames, type CertificateExportList } from '../../../shared/certificates.js';
import { genderNames } from '../../../shared/people.js';
import { recordAudit } from '../audit/audit.service.js';
import type { FileStore } from '../files/files.service.js';
import { candidatesByIds, idNumberOfPerson } from '../people/people.reads.js';
import { batchTitlesByIds } from '../plans/plans.reads.js';
import { certificatesOfBatch } from './certificates.service.js';
import { canonicalJson } from './certificates.rules.js';
import { idTypeName, levelName, type CertificateRow } from './certificates.present.js';

type Opts = { actor: Actor | null };
const sha256 = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');
const DOCUMENT = '证书数据上报表（全国联网查询）';

/** What the export holds of each certificate, without the ID number: its SHA-256 tells whether anything changed. */
function fingerprintOf(rows: readonly CertificateRow[]): string {
  return sha256(
    canonicalJson(
      rows.map((r) => ({
        number: r.number,
        state: r.state,
        data: r.data,
        revokedAt: r.revokedAt?.toISOString() ?? null,
        revokeReason: r.revokeReason,
        replacedById: r.replacedById,
      })),
    ),
  );
}

async function latestExport(db: DbOrTx, batchId: string) {
  const [row] = await db
    .select()
    .from(certificateExports)
    .where(eq(certificateExports.batchId, batchId))
    .orderBy(desc(certificateExports.version))
    .limit(1);
  return row ?? null;
}

async function exportSheet(tx: DbOrTx, pii: PiiCipher, rows: readonly CertificateRow[]): Promise<Buffer> {
  const people = new Map(
    (
      await candidatesByIds(
        tx,
        rows.map((r) => r.personId),
      )
    ).map((p) => [p.id, p]),
  );
  const ids = new Map<string, string>();
  for (const personId of new Set(rows.map((r) => r.personId))) {
    const id = await idNumberOfPerson(tx, pii, personId);
    if (id) ids.set(personId, id.idNumber);
  }
  const gender = (personId: string) => {
    const g = people.get(personId)?.gender;
    return g === 'male' || g === 'female' ? genderNames[g] : '';
  };
  const valid = rows.filter((r) => r.state === 'valid');
  const voided = rows.filter((r) => r.state !== 'valid');
  return writeWorkbook([
    {
      name: '证书信息',
      title: '职业技能等级证书信息上报表',
      columns: [
        { header: '证书编号', key: 'number', width: 26 },
        { header: '姓名', key: 'name', width: 12 },
        { header: '性别', key: 'gender', width: 6 },
        { header: '证件类型', key: 'idType', width: 14 },
        { header: '证件号码', key: 'idNumber', width: 22 },
        { header: '职业名称', key: 'occupation', width: 18 },
        { header: '工种', key: 'job', width: 14 },
        { header: '等级', key: 'level', width: 14 },
        { header: '发证日期', key: 'issueDate', width: 12 },
        { header: '评价机构', key: 'centre', width: 28 },
      ],
      rows: valid.map((r) => ({
        number: r.number,
        name: r.data.name,
        gender: gender(r.personId),
        idType: idTypeName(r.data.idType),
        idNumber: ids.get(r.personId) ?? '',
        occupation: r.data.occupation,
        job: r.data.job,
        level: levelName(r.data.level),
        issueDate: r.data.issueDate,
        centre: r.data.centre,
      })),
    },
    {
      name: '撤销及作废证书',
      title: '已撤销或已补发（原证作废）的证书',
      columns: [
        { header: '证书编号', key: 'number', width: 26 },
        { header: '姓名', key: 'name', width: 12 },
        { header: '证件号码', key: 'idNumber', width: 22 },
        { header: '状态', key: 'state', width: 24 },
        { header: '撤销日期', key: 'revokedOn', width: 12 },
        { header: '原因', key: 'reason', width: 30 },
      ],
      rows: voided.map((r) => ({
        number: r.number,
        name: r.data.name,
        idNumber: ids.get(r.personId) ?? '',
        state: certificateStateNames[r.state],
        revokedOn: r.revokedAt ? r.revokedAt.toISOString().slice(0, 10) : '',
        reason: r.revokeReason ?? '',
      })),
    },
  ]);
}

/** The exports of a batch, newest first, and whether its certificates changed since the latest one. */
export async function listCertificateExports(db: Db, opts: Opts & { batchId: string }): Promise<CertificateExportList> {
  authorize(opts.actor, 'certificates.read');
  const [title] = await batchTitlesByIds(db, [opts.batchId]);
  if (!title) throw notFound('认定批次');
  const rows = await db
    .select({ e: certificateExports, by: users.displayName })
    .from(certificateExports)
    .leftJoin(users, eq(users.id, certificateExports.createdBy))
    .where(eq(certificateExports.batchId, opts.batchId))
    .orderBy(desc(certificateExports.version));
  const certs = await certificatesOfBatch(db, opts.batchId);
  return {
    items: rows.map(({ e, by }) => ({
      id: e.id,
      version: e.version,
      sha256: e.sha256,
      rows: e.rowCount,
      createdAt: e.createdAt.toISOString(),
      createdBy: by,
    })),
    changed: certs.length > 0 && rows[0]?.e.fingerprint !== fingerprintOf(certs),
  };
}

/** R-CERT-04: exports the batch's certificate data (a new version only when it changed since the latest export). */
export async function exportCertificates(
  db: Db,
  deps: { files: FileStore; pii: PiiCipher },
  opts: Opts & { batchId: string },
): Promise<CertificateExportList> {
  authorize(opts.actor, 'certificates.issue');
  const actor = opts.actor;
  await db.transaction(async (tx) => {
    const [title] = await batchTitlesByIds(tx, [opts.batchId]);
    if (!title) throw notFound('认定批次');
    const certs = await certificatesOfBatch(tx, opts.batchId);
    if (!certs.length) throw new AppError('CONFLICT', '本批次尚未核发证书，没有可上报的证书数据');
    const fingerprint = fingerprintOf(certs);
    const last = await latestExport(tx, opts.batchId);
    if (last?.fingerprint === fingerprint) return; // nothing changed: the authority has these bytes already
    const bytes = await exportSheet(tx, deps.pii, certs);
    const digest = sha256(bytes);
    const version = (last?.version ?? 0) + 1;
    const file = await deps.files.record(tx, {
      bytes,
      name: downloadName(title.title, `${DOCUMENT}（第 ${version} 版）`, 'xlsx'),
      mime: XLSX_MIME,
      ownerId: actor.userId,
      purpose: 'certificate.export',
    });
    const [e] = await tx
      .insert(certificateExports)
      .values({
        batchId: opts.batchId,
        version,
        fileId: file.id,
        sha256: digest,
        fingerprint,
        rowCount: certs.length,
        createdBy: actor.userId,
      })
      .returning();
    // R-PPL-02: the full ID numbers of the batch's holders leave the system here.
    await recordAudit(tx, actor, {
      action: 'certificate.export',
      entity: 'certificate_export',
      entityId: e.id,
      after: { batchId: opts.batchId, version, fileId: file.id, sha256: digest, rows: certs.length },
    });
  });
  return listCertificateExports(db, opts);
}

/** One export's stored file, checked against its frozen SHA-256; each download audited (R-PPL-02). */
export async function downloadCertificateExport(
  db: Db,
  deps: { files: FileStore },
  opts: Opts & { id: string },
): Promise<{ bytes: Buffer; name: string }> {
  authorize(opts.actor, 'certificates.read');
  const actor = opts.actor;
  const [e] = await db.select().from(certificateExports).where(eq(certificateExports.id, opts.id));
  if (!e) throw notFound('证书数据上报表');
  const [row] = await db
    .select()
    .from(files)
    .where(and(eq(files.id, e.fileId)));
  if (!row) throw notFound('证书数据上报表');
  const bytes = await deps.files.read(row);
  if (sha256(bytes) !== e.sha256)
    throw new AppError('INTERNAL', '证书数据上报表与导出时的校验值不一致，请联系系统管理员');
  await db.transaction((tx) =>
    recordAudit(tx, actor, {
      action: 'download',
      entity: 'certificate_export',
      entityId: e.id,
      after: { fileId: row.id, sha256: e.sha256, version: e.version },
    }),
  );
  return { bytes, name: row.name };
}
