// 证书核发 (R-CERT-01, R-CERT-03, R-CERT-04, R-VIOL-05) for the centre: the batches whose results are final, issuing
// one certificate per passed application (idempotent), revoking with a reason and reissuing a lost certificate.
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.js';
import { certificates, type CertificateData } from '../../db/schema/index.js';
import { authorize, type Actor } from '../../http/access.js';
import { AppError, notFound } from '../../http/errors.js';
import {
  certificateStateNames,
  type CertificateBatch,
  type CertificateBatchDetail,
} from '../../../shared/certificates.js';
import { chinaToday } from '../../../shared/dates.js';
import { recordAudit } from '../audit/audit.service.js';
import { centreForCertificates } from '../centre/centre.reads.js';
import { idTypesOfPersons } from '../people/people.reads.js';
import { batchOccupationsByIds } from '../plans/plans.reads.js';
import { finalBatches, finalResultsOfBatch, type FinalResult } from '../publicity/publicity.reads.js';
import { certificateNumber, yearOfIssue } from './certificates.rules.js';
import { loadCertificateKey, signCertificate } from './signing.service.js';
import { nextSerial, nextStatusIndex } from './numbers.store.js';
import { certificatesChanged } from './public.service.js';
import { linkedNumbers, presentCertificate, type CertificateRow, type UrlConfig } from './certificates.present.js';

type Opts = { actor: Actor | null; today?: string };

async function batchSummaries(db: DbOrTx, batchIds: readonly string[]) {
  const finals = new Map((await finalBatches(db)).map((f) => [f.batchId, f.finalAt]));
  const ids = batchIds.filter((id) => finals.has(id));
  const info = await batchOccupationsByIds(db, ids);
  const issued = ids.length
    ? await db
        .select({ batchId: certificates.batchId, n: sql<number>`count(*)::int`.mapWith(Number) })
        .from(certificates)
        .where(and(inArray(certificates.batchId, ids), isNull(certificates.replacesId)))
        .groupBy(certificates.batchId)
    : [];
  const issuedOf = new Map(issued.map((r) => [r.batchId, r.n]));
  const out: (CertificateBatch & { results: FinalResult[] })[] = [];
  for (const b of info) {
    const results = (await finalResultsOfBatch(db, b.id)) ?? [];
    out.push({
      batchId: b.id,
      title: b.title,
      occupation: b.jobName ? `${b.occupationName}（${b.jobName}）` : b.occupationName,
      finalAt: finals.get(b.id) ?? null,
      passed: results.filter((r) => r.outcome === 'pass').length,
      issued: issuedOf.get(b.id) ?? 0,
      results,
    });
  }
  return out.sort((a, b) => (b.finalAt ?? '').localeCompare(a.finalAt ?? ''));
}

/** The batches whose results are final (R-PUB-01): certificates may be issued for them. */
export async function listCertificateBatches(db: Db, opts: Opts) {
  authorize(opts.actor, 'certificates.read');
  const items = (
    await batchSummaries(
      db,
      (await finalBatches(db)).map((f) => f.batchId),
    )
  ).map(({ results: _r, ...b }) => b);
  return { items, total: items.length };
}

export async function certificatesOfBatch(db: DbOrTx, batchId: string): Promise<CertificateRow[]> {
  return db.select().from(certificates).where(eq(certificates.batchId, batchId)).orderBy(certificates.number);
}

export async function getCertificateBatch(
  db: DbOrTx,
  config: UrlConfig,
  opts: Opts & { batchId: string },
): Promise<CertificateBatchDetail> {
  authorize(opts.actor, 'certificates.read');
  const [b] = await batchSummaries(db, [opts.batchId]);
  if (!b) throw notFound('成绩已确定的认定批次');
  const rows = await certificatesOfBatch(db, b.batchId);
  const has = new Set(rows.map((r) => r.applicationId));
  const numbers = await linkedNumbers(db, rows);
  const { results, ...summary } = b;
  return {
    ...summary,
    pending: results
      .filter((r) => r.outcome === 'pass' && !has.has(r.applicationId))
      .map((r) => ({ applicationId: r.applicationId, name: r.name, idMasked: r.idMasked })),
    certificates: rows.map((r) => presentCertificate(config, r, numbers)),
  };
}

interface NewCertificate {
  centre: { id: string; name: string; filingCode: string | null };
  batchId: string;
  applicationId: string;
  personId: string;
  base: Omit<CertificateData, 'number' | 'issueDate'>;
  issueDate: string;
  actor: Actor | null;
  replacesId?: string;
  reissueReason?: string;
}

/** R-CERT-01: numbers the certificate (serial per centre, year, level), signs its data (R-CERT-05) and stores it. */
async function insertCertificate(tx: DbOrTx, config: UrlConfig, c: NewCertificate): Promise<CertificateRow> {
  const year = yearOfIssue(c.issueDate);
  if (!c.centre.filingCode)
    throw new AppError(
      'CONFLICT',
      '认定中心尚未填写备案号，不能生成证书编号（R-CERT-01）：请先在“认定中心”中填写备案号',
    );
  // Checks the filing code before a serial is used.
  certificateNumber(c.centre.filingCode, year, c.base.level, 1);
  const serial = await nextSerial(tx, c.centre.id, year, c.base.level);
  const number = certificateNumber(c.centre.filingCode, year, c.base.level, serial);
  const data: CertificateData = { ...c.base, number, issueDate: c.issueDate };
  const signature = signCertificate(loadCertificateKey(config.dataDir), data);
  const [row] = await tx
    .insert(certificates)
    .values({
      number,
      centreId: c.centre.id,
      batchId: c.batchId,
      applicationId: c.applicationId,
      personId: c.personId,
      year,
      level: c.base.level,
      serial,
      issueDate: c.issueDate,
      data,
      signature,
      statusIndex: await nextStatusIndex(tx, c.centre.id),
      issuedBy: c.actor?.userId ?? null,
      replacesId: c.replacesId ?? null,
      reissueReason: c.reissueReason ?? null,
    })
    .returning();
  return row;
}

/**
 * R-CERT-01 / R-PUB-01: issues a certificate to every passed candidate of a batch whose results are final, one per
 * application; running it again issues only the missing ones (idempotent, serialised per batch).
 */
export async function issueCertificates(
  db: Db,
  config: UrlConfig,
  opts: Opts & { batchId: string; issueDate?: string | null },
) {
  authorize(opts.actor, 'certificates.issue');
  const actor = opts.actor;
  const issueDate = opts.issueDate ?? opts.today ?? chinaToday();
  const issued = await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`certificates:${opts.batchId}`}))`);
    const results = await finalResultsOfBatch(tx, opts.batchId);
    if (!results) throw new AppError('CONFLICT', '本批次成绩尚未确定：公示期满并确定成绩后才能核发证书');
    const [info] = await batchOccupationsByIds(tx, [opts.batchId]);
    if (!info) throw notFound('认定批次');
    const centre = await centreForCertificates(tx);
    if (!centre) throw new AppError('CONFLICT', '尚未设置认定中心');
    const existing = new Set((await certificatesOfBatch(tx, opts.batchId)).map((r) => r.applicationId));
    const todo = results.filter((r) => r.outcome === 'pass' && !existing.has(r.applicationId));
    const idTypes = await idTypesOfPersons(
      tx,
      todo.map((r) => r.personId),
    );
    const numbers: string[] = [];
    for (const r of todo) {
      const row = await insertCertificate(tx, config, {
        centre,
        batchId: opts.batchId,
        applicationId: r.applicationId,
        personId: r.personId,
        issueDate,
        actor,
        base: {
          name: r.name,
          idType: idTypes.get(r.personId) ?? 'resident',
          idMasked: r.idMasked,
          occupation: info.occupationName,
          // R-CERT-02: the job is written `--` when there is none.
          job: info.jobName || '--',
          level: r.level,
          centre: centre.name,
        },
      });
      numbers.push(row.number);
    }
    if (numbers.length)
      await recordAudit(tx, actor, {
        action: 'certificate.issue',
        entity: 'certificate',
        entityId: opts.batchId,
        after: { batchId: opts.batchId, issueDate, count: numbers.length, first: numbers[0], last: numbers.at(-1) },
      });
    return numbers.length;
  });
  return { issued, detail: await getCertificateBatch(db, config, { actor, batchId: opts.batchId }) };
}

async function certificateRow(db: DbOrTx, id: string, lock = false): Promise<CertificateRow | null> {
  const q = db.select().from(certificates).where(eq(certificates.id, id));
  const [row] = lock ? await q.for('update') : await q;
  return row ?? null;
}

export async function getCertificate(db: Db, config: UrlConfig, opts: Opts & { id: string }) {
  authorize(opts.actor, 'certificates.read');
  const row = await certificateRow(db, opts.id);
  if (!row) throw notFound('证书');
  return presentCertificate(config, row, await linkedNumbers(db, [row]));
}

/** Revokes one certificate (in the caller's transaction): state, date, reason and the audit row. */
export async function revokeRow(tx: DbOrTx, actor: Actor | null, row: CertificateRow, reason: string, cause: string) {
  const revokedAt = new Date();
  await tx
    .update(certificates)
    .set({ state: 'revoked', revokedAt, revokedBy: actor?.userId ?? null, revokeReason: reason })
    .where(eq(certificates.id, row.id));
  certificatesChanged(); // the public page shows it at once (R-CERT-04)
  await recordAudit(tx, actor, {
    action: 'certificate.revoke',
    entity: 'certificate',
    entityId: row.id,
    before: { state: row.state },
    after: { state: 'revoked', number: row.number, reason, cause },
  });
}

/** R-CERT-04: the centre revokes a certificate with a reason; the public page and the status list show it at once. */
export async function revokeCertificate(db: Db, config: UrlConfig, opts: Opts & { id: string; reason: string }) {
  authorize(opts.actor, 'certificates.revoke');
  const actor = opts.actor;
  await db.transaction(async (tx) => {
    const row = await certificateRow(tx, opts.id, true);
    if (!row) throw notFound('证书');
    if (row.state !== 'valid' && row.state !== 'suspended')
      throw new AppError('CONFLICT', `证书状态为“${row.state === 'revoked' ? '已撤销' : '已补发'}”，不能撤销`);
    await revokeRow(tx, actor, row, opts.reason, 'centre');
  });
  return getCertificate(db, config, { actor, id: opts.id });
}

/**
 * Suspension (issue 14: published in the suspension status list): a valid certificate is held while a doubt is
 * checked (a complaint, a violation under review); the public page says so at once; reinstated or revoked after.
 */
export async function suspendCertificate(db: Db, config: UrlConfig, opts: Opts & { id: string; reason: string }) {
  authorize(opts.actor, 'certificates.revoke');
  const actor = opts.actor;
  await db.transaction(async (tx) => {
    const row = await certificateRow(tx, opts.id, true);
    if (!row) throw notFound('证书');
    if (row.state !== 'valid')
      throw new AppError('CONFLICT', `证书状态为“${certificateStateNames[row.state]}”，只有有效的证书可以暂停使用`);
    await tx
      .update(certificates)
      .set({
        state: 'suspended',
        suspendedAt: new Date(),
        suspendedBy: actor?.userId ?? null,
        suspendReason: opts.reason,
      })
      .where(eq(certificates.id, row.id));
    certificatesChanged();
    await recordAudit(tx, actor, {
      action: 'certificate.suspend',
      entity: 'certificate',
      entityId: row.id,
      before: { state: row.state },
      after: { state: 'suspended', number: row.number, reason: opts.reason },
    });
  });
  return getCertificate(db, config, { actor, id: opts.id });
}

/** A suspended certificate is valid again once the check found nothing; the reason is kept in the audit trail. */
export async function reinstateCertificate(db: Db, config: UrlConfig, opts: Opts & { id: string; reason: string }) {
  authorize(opts.actor, 'certificates.revoke');
  const actor = opts.actor;
  await db.transaction(async (tx) => {
    const row = await certificateRow(tx, opts.id, true);
    if (!row) throw notFound('证书');
    if (row.state !== 'suspended')
      throw new AppError('CONFLICT', `证书状态为“${certificateStateNames[row.state]}”，不是暂停使用，无需恢复`);
    await tx
      .update(certificates)
      .set({ state: 'valid', suspendedAt: null, suspendedBy: null, suspendReason: null })
      .where(eq(certificates.id, row.id));
    certificatesChanged();
    await recordAudit(tx, actor, {
      action: 'certificate.reinstate',
      entity: 'certificate',
      entityId: row.id,
      before: { state: row.state, suspendedAt: row.suspendedAt, suspendReason: row.suspendReason },
      after: { state: 'valid', number: row.number, reason: opts.reason },
    });
  });
  return getCertificate(db, config, { actor, id: opts.id });
}

/**
 * R-CERT-04: a lost certificate is reissued on the holder's request after the centre has checked the records: a new
 * number (of the reissue's year), the same data, linked to the original, which is shown as replaced.
 */
export async function reissueCertificate(
  db: Db,
  config: UrlConfig,
  opts: Opts & { id: string; reason: string; issueDate?: string },
) {
  authorize(opts.actor, 'certificates.issue');
  const actor = opts.actor;
  const issueDate = opts.issueDate ?? opts.today ?? chinaToday();
  const id = await db.transaction(async (tx) => {
    const row = await certificateRow(tx, opts.id, true);
    if (!row) throw notFound('证书');
    if (row.state !== 'valid')
      throw new AppError(
        'CONFLICT',
        row.state === 'revoked'
          ? '证书已撤销，不能补发'
          : row.state === 'suspended'
            ? '证书暂停使用（核查中），核查完毕恢复后才能补发'
            : '该证书已补发过，请对补发后的证书办理',
      );
    const centre = await centreForCertificates(tx);
    if (!centre) throw new AppError('CONFLICT', '尚未设置认定中心');
    const { number: _n, issueDate: _d, ...base } = row.data;
    const created = await insertCertificate(tx, config, {
      centre,
      batchId: row.batchId,
      applicationId: row.applicationId,
      personId: row.personId,
      issueDate,
      actor,
      base,
      replacesId: row.id,
      reissueReason: opts.reason,
    });
    await tx
      .update(certificates)
      .set({ state: 'replaced', replacedById: created.id })
      .where(eq(certificates.id, row.id));
    certificatesChanged(); // the public page shows the original as replaced at once
    await recordAudit(tx, actor, {
      action: 'certificate.reissue',
      entity: 'certificate',
      entityId: created.id,
      before: { number: row.number, state: row.state },
      after: { number: created.number, replaces: row.number, reason: opts.reason },
    });
    return created.id;
  });
  return getCertificate(db, config, { actor, id });
}
