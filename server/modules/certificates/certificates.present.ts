// Certificates as the API answers them (shared/certificates.ts).
import { inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { certificates } from '../../db/schema/index.js';
import type { Config } from '../../config.js';
import { certificateStateNames, type CertificateItem } from '../../../shared/certificates.js';
import { levelNames } from '../../../shared/centre.rules.js';
import { idTypeNames, type IdType } from '../../../shared/idcard.js';

export type CertificateRow = typeof certificates.$inferSelect;
export type UrlConfig = Pick<Config, 'PUBLIC_URL' | 'dataDir'>;

export const levelName = (l: number) => levelNames[l] ?? `${l}级`;
export const idTypeName = (t: string) => idTypeNames[t as IdType] ?? t;

/** R-CERT-05: the address in the QR code: the public page with the number and its signature. */
export const verifyUrl = (config: UrlConfig, number: string, signature: string) =>
  `${config.PUBLIC_URL.replace(/\/$/, '')}/verify?n=${number}&s=${signature}`;

/** The numbers of the certificates a reissue links (original ↔ reissue), by id. */
export async function linkedNumbers(db: DbOrTx, rows: readonly CertificateRow[]): Promise<Map<string, string>> {
  const ids = [...new Set(rows.flatMap((r) => [r.replacesId, r.replacedById]).filter((x): x is string => !!x))];
  if (!ids.length) return new Map();
  const found = await db
    .select({ id: certificates.id, number: certificates.number })
    .from(certificates)
    .where(inArray(certificates.id, ids));
  return new Map(found.map((f) => [f.id, f.number]));
}

export function presentCertificate(
  config: UrlConfig,
  r: CertificateRow,
  numbers: ReadonlyMap<string, string>,
): CertificateItem {
  const d = r.data;
  return {
    id: r.id,
    number: r.number,
    batchId: r.batchId,
    name: d.name,
    idTypeName: idTypeName(d.idType),
    idMasked: d.idMasked,
    occupation: d.occupation,
    job: d.job,
    level: d.level,
    levelName: levelName(d.level),
    issueDate: d.issueDate,
    centre: d.centre,
    state: r.state,
    stateName: certificateStateNames[r.state],
    revokedAt: r.revokedAt?.toISOString() ?? null,
    revokeReason: r.revokeReason,
    suspendedAt: r.suspendedAt?.toISOString() ?? null,
    suspendReason: r.suspendReason,
    replacesNumber: r.replacesId ? (numbers.get(r.replacesId) ?? null) : null,
    replacedByNumber: r.replacedById ? (numbers.get(r.replacedById) ?? null) : null,
    reissueReason: r.reissueReason,
    verifyUrl: verifyUrl(config, r.number, r.signature),
  };
}
