// R-CERT-05 beyond the anchors: each certificate as a W3C Verifiable Credential 2.0 / Open Badges 3.0 document with
// a Data Integrity proof (eddsa-jcs-2022), and revocation and suspension published as Bitstring Status List
// credentials (W3C 2025) with a validity time; each credential's `credentialStatus` points to its bit in both.
import { gzipSync } from 'node:zlib';
import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { certificates } from '../../db/schema/index.js';
import { authorize, type Actor } from '../../http/access.js';
import { notFound } from '../../http/errors.js';
import { addProof, loadCertificateKey } from './signing.service.js';
import { statusBits } from './certificates.rules.js';
import { levelName, type CertificateRow, type UrlConfig } from './certificates.present.js';

const VC_V2 = 'https://www.w3.org/ns/credentials/v2';
const OB_V3 = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
/** How long a status list is valid after it was made: a verifier fetches it again after this. */
export const STATUS_LIST_TTL_MS = 10 * 60 * 1000;

const base = (config: UrlConfig) => config.PUBLIC_URL.replace(/\/$/, '');
export type StatusPurpose = 'revocation' | 'suspension';
export const statusListUrl = (config: UrlConfig, purpose: StatusPurpose = 'revocation') =>
  `${base(config)}/api/v1/public/certificates/status/${purpose}`;
/** The states whose bit is set in each list: a replaced certificate counts as revoked (it must not be used). */
const statesOf: Record<StatusPurpose, ('suspended' | 'revoked' | 'replaced')[]> = {
  revocation: ['revoked', 'replaced'],
  suspension: ['suspended'],
};

const iso = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

/** The credential of one certificate (unsigned part), then signed. */
export function credentialOf(config: UrlConfig, row: CertificateRow) {
  const key = loadCertificateKey(config.dataDir);
  const d = row.data;
  const achievement = `${d.occupation}${d.job && d.job !== '--' ? `（${d.job}）` : ''} ${levelName(d.level)}`;
  const doc = {
    '@context': [VC_V2, OB_V3],
    id: `urn:uuid:${row.id}`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: '职业技能等级证书',
    issuer: { id: key.did, type: ['Profile'], name: d.centre },
    validFrom: `${d.issueDate}T00:00:00+08:00`,
    credentialSubject: {
      type: ['AchievementSubject'],
      name: d.name,
      identifier: [{ type: 'IdentityObject', identityHash: d.idMasked, identityType: 'identifier', hashed: false }],
      achievement: {
        id: `${base(config)}/verify?n=${row.number}`,
        type: ['Achievement'],
        name: achievement,
        description: `${d.name}通过${achievement}职业技能等级认定`,
        criteria: { narrative: '经职业技能等级认定考核合格（理论知识与操作技能成绩均合格），成绩经公示后确定。' },
        achievementType: 'Certificate',
      },
      certificateNumber: d.number,
      level: d.level,
      occupation: d.occupation,
      job: d.job,
    },
    credentialStatus: (['revocation', 'suspension'] as const).map((purpose) => ({
      id: `${statusListUrl(config, purpose)}#${row.statusIndex}`,
      type: 'BitstringStatusListEntry',
      statusPurpose: purpose,
      statusListIndex: String(row.statusIndex),
      statusListCredential: statusListUrl(config, purpose),
    })),
  };
  return addProof(key, doc, row.createdAt);
}

export async function getCredential(db: Db, config: UrlConfig, opts: { actor: Actor | null; id: string }) {
  authorize(opts.actor, 'certificates.read');
  const [row] = await db.select().from(certificates).where(eq(certificates.id, opts.id));
  if (!row) throw notFound('证书');
  return credentialOf(config, row);
}

/**
 * A Bitstring Status List: a bit per certificate (≥ 131,072 bits); for revocation set for a revoked certificate and
 * for one replaced by a reissue, for suspension set while suspended; GZIP then multibase base64url (`u…`); valid for
 * STATUS_LIST_TTL_MS.
 */
export async function statusList(db: Db, config: UrlConfig, purpose: StatusPurpose, now = new Date()) {
  const set = await db
    .select({ i: certificates.statusIndex })
    .from(certificates)
    .where(inArray(certificates.state, statesOf[purpose]));
  const encodedList = `u${gzipSync(statusBits(set.map((r) => r.i))).toString('base64url')}`;
  const url = statusListUrl(config, purpose);
  const key = loadCertificateKey(config.dataDir);
  return addProof(
    key,
    {
      '@context': [VC_V2],
      id: url,
      type: ['VerifiableCredential', 'BitstringStatusListCredential'],
      issuer: key.did,
      validFrom: iso(now),
      validUntil: iso(new Date(now.getTime() + STATUS_LIST_TTL_MS)),
      credentialSubject: { id: `${url}#list`, type: 'BitstringStatusList', statusPurpose: purpose, encodedList },
    },
    now,
  );
}
