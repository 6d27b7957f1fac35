// R-CERT-05: verification by anyone, free and without login: by the QR code's number + signature, or by number +
// name. The answer shows only what the certificate shows (ID number masked, R-PPL-02) and its state; an unknown
// number, a wrong name and a forged or altered QR code all get the same answer, so nothing reveals whether a number
// exists to someone who does not also know the name.
import { eq, sql } from 'drizzle-orm';
import { LRUCache } from 'lru-cache';
import type { Db } from '../../db/client.js';
import { certificates } from '../../db/schema/index.js';
import { certificateStateNames, type PublicVerification } from '../../../shared/certificates.js';
import { chinaToday } from '../../../shared/dates.js';
import { idTypeName, levelName, linkedNumbers, type CertificateRow, type UrlConfig } from './certificates.present.js';
import { loadCertificateKey, verifyCertificate } from './signing.service.js';
import { parseCertificateNumber } from './certificates.rules.js';

export const NOT_FOUND_MESSAGE = '未查询到符合条件的证书，请核对证书编号和姓名（或重新扫描证书上的二维码）';

const nothing: PublicVerification = { found: false, message: NOT_FOUND_MESSAGE, certificate: null };

/**
 * The public answers of found certificates, kept in memory per database (the public page is what thousands open at
 * once: bench/certificates). Only on the embedded database, which one process owns: on PostgreSQL several app
 * processes may share the data, and a revocation in one must show in all at once (R-CERT-04), so each request reads.
 * Any change of a certificate's state in this process (`certificatesChanged`) makes every kept answer stale; an
 * answer read while a change happened is not kept. Unknown numbers are never kept.
 */
interface Kept {
  generation: number;
  row: CertificateRow;
  answer: PublicVerification;
}
const kept = new WeakMap<Db, LRUCache<string, Kept>>();
let generation = 0;

/** R-CERT-04 / R-CERT-05: a certificate was revoked or replaced: no kept public answer may be served again. */
export function certificatesChanged() {
  generation++;
}

export interface PublicOpts {
  /** Keep answers in memory (the embedded database only, see above). */
  cache: boolean;
}

/** The one query of a public check, prepared once per database (no query building per request). */
const prepared = new WeakMap<Db, ReturnType<typeof prepareByNumber>>();
const prepareByNumber = (db: Db) =>
  db
    .select()
    .from(certificates)
    .where(eq(certificates.number, sql.placeholder('number')))
    .prepare('public_certificate_by_number');
const byNumber = (db: Db) => {
  let p = prepared.get(db);
  if (!p) prepared.set(db, (p = prepareByNumber(db)));
  return p;
};

async function found(
  db: Db,
  config: UrlConfig,
  number: string,
  opts: PublicOpts,
): Promise<{ row: CertificateRow; answer: PublicVerification } | null> {
  if (!parseCertificateNumber(number)) return null;
  let cache = opts.cache ? kept.get(db) : undefined;
  if (opts.cache && !cache) kept.set(db, (cache = new LRUCache<string, Kept>({ max: 100_000 })));
  const hit = cache?.get(number);
  if (hit && hit.generation === generation) return hit;
  const before = generation;
  const [row] = await byNumber(db).execute({ number });
  if (!row) return null;
  const answer = await answerOf(db, config, row);
  if (cache && before === generation) cache.set(number, { generation: before, row, answer });
  return { row, answer };
}

/** Compares names as people type them: surrounding and inner spaces and the middle-dot variants ignored. */
const sameName = (a: string, b: string) => {
  const norm = (s: string) => s.normalize('NFKC').replace(/[\s·•・.]/g, '');
  return norm(a) === norm(b);
};

async function answerOf(db: Db, config: UrlConfig, row: CertificateRow): Promise<PublicVerification> {
  const signatureValid = verifyCertificate(loadCertificateKey(config.dataDir).publicKey, row.data, row.signature);
  const numbers = await linkedNumbers(db, [row]);
  const d = row.data;
  const stateName = certificateStateNames[row.state];
  const message = !signatureValid
    ? '证书数据与认定中心的签名不符，请联系发证机构核实'
    : row.state === 'valid'
      ? '证书有效'
      : row.state === 'revoked'
        ? `证书已于 ${chinaToday(row.revokedAt ?? new Date())} 撤销`
        : row.state === 'suspended'
          ? `证书自 ${chinaToday(row.suspendedAt ?? new Date())} 起暂停使用（认定中心核查中），请联系发证机构`
          : '证书已补发新证书，本证书作废';
  return {
    found: true,
    message,
    certificate: {
      number: row.number,
      name: d.name,
      idTypeName: idTypeName(d.idType),
      idMasked: d.idMasked,
      occupation: d.occupation,
      job: d.job,
      levelName: levelName(d.level),
      issueDate: d.issueDate,
      centre: d.centre,
      state: row.state,
      stateName,
      revokedOn: row.revokedAt ? chinaToday(row.revokedAt) : null,
      suspendedOn: row.suspendedAt ? chinaToday(row.suspendedAt) : null,
      replacedByNumber: row.replacedById ? (numbers.get(row.replacedById) ?? null) : null,
      signatureValid,
    },
  };
}

/** R-CERT-05: by the QR code: the number and the signature must match the stored, signed data exactly. */
export async function verifyByQr(
  db: Db,
  config: UrlConfig,
  q: { certificateNumber: string; signature: string },
  opts: PublicOpts = { cache: false },
) {
  const f = await found(db, config, q.certificateNumber.trim(), opts);
  // The stored signature was checked against the stored data when the answer was made (signatureValid).
  if (!f || f.row.signature !== q.signature || !f.answer.certificate?.signatureValid) return nothing;
  return f.answer;
}

/** R-CERT-05: by number + name; a wrong name answers exactly like an unknown number. */
export async function verifyByNumberAndName(
  db: Db,
  config: UrlConfig,
  q: { certificateNumber: string; holderName: string },
  opts: PublicOpts = { cache: false },
) {
  const f = await found(db, config, q.certificateNumber.trim().toUpperCase(), opts);
  if (!f || !sameName(f.row.data.name, q.holderName)) return nothing;
  return f.answer;
}

/** The centre's public key, for offline verification (R-CERT-05). */
export function publicKeyOf(config: UrlConfig) {
  const key = loadCertificateKey(config.dataDir);
  return {
    algorithm: 'Ed25519' as const,
    publicKeyPem: key.publicKeyPem,
    did: key.did,
    signedData:
      '签名对象为证书数据的规范化 JSON（RFC 8785 JCS，键按字典序）：{centre, idMasked, idType, issueDate, job, level, name, number, occupation}；二维码中的 s 参数为 Ed25519 签名的 base64url 编码。',
  };
}
