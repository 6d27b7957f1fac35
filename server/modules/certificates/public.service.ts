// R-CERT-05: verification by anyone, free and without login: by the QR code's number + signature, or by number +
// name. The answer shows only what the certificate shows (ID number masked, R-PPL-02) and its state; an unknown
// number, a wrong name and a forged or altered QR code all get the same answer, so nothing reveals whether a number
// exists to someone who does not also know the name.
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { certificates } from '../../db/schema/index.js';
import { certificateStateNames, type PublicVerification } from '../../../shared/certificates.js';
import { chinaToday } from '../../../shared/dates.js';
import { idTypeName, levelName, linkedNumbers, type CertificateRow, type UrlConfig } from './certificates.present.js';
import { loadCertificateKey, verifyCertificate } from './signing.service.js';
import { parseCertificateNumber } from './certificates.rules.js';

export const NOT_FOUND_MESSAGE = '未查询到符合条件的证书，请核对证书编号和姓名（或重新扫描证书上的二维码）';

const nothing: PublicVerification = { found: false, message: NOT_FOUND_MESSAGE, certificate: null };

async function byNumber(db: Db, number: string): Promise<CertificateRow | null> {
  if (!parseCertificateNumber(number)) return null;
  const [row] = await db.select().from(certificates).where(eq(certificates.number, number));
  return row ?? null;
}

/** Compares names as people type them: surrounding and inner spaces and the middle-dot variants ignored. */
const sameName = (a: string, b: string) => {
  const norm = (s: string) => s.normalize('NFKC').replace(/[\s·•・.]/g, '');
  return norm(a) === norm(b);
};

async function answer(db: Db, config: UrlConfig, row: CertificateRow): Promise<PublicVerification> {
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
      replacedByNumber: row.replacedById ? (numbers.get(row.replacedById) ?? null) : null,
      signatureValid,
    },
  };
}

/** R-CERT-05: by the QR code: the number and the signature must match the stored, signed data exactly. */
export async function verifyByQr(db: Db, config: UrlConfig, q: { certificateNumber: string; signature: string }) {
  const row = await byNumber(db, q.certificateNumber.trim());
  if (!row) return nothing;
  const key = loadCertificateKey(config.dataDir);
  if (row.signature !== q.signature || !verifyCertificate(key.publicKey, row.data, q.signature)) return nothing;
  return answer(db, config, row);
}

/** R-CERT-05: by number + name; a wrong name answers exactly like an unknown number. */
export async function verifyByNumberAndName(
  db: Db,
  config: UrlConfig,
  q: { certificateNumber: string; holderName: string },
) {
  const row = await byNumber(db, q.certificateNumber.trim().toUpperCase());
  if (!row || !sameName(row.data.name, q.holderName)) return nothing;
  return answer(db, config, row);
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
