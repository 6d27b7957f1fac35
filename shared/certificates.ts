import { z } from 'zod';
import { isoDay, text } from './common.js';

/**
 * 职业技能等级证书 (R-CERT-01…05, R-VIOL-05): issued from final results, signed (Ed25519), revoked with a reason or
 * replaced by a reissue, verified by anyone without login. Requests and answers of the API.
 */

/** `suspended`: held while a doubt is checked (a complaint, a violation under review); reinstated or revoked after. */
export const certificateStates = ['valid', 'suspended', 'revoked', 'replaced'] as const;
export type CertificateState = (typeof certificateStates)[number];
export const certificateStateNames: Record<CertificateState, string> = {
  valid: '有效',
  suspended: '暂停使用（核查中）',
  revoked: '已撤销',
  replaced: '已补发新证书（本证书作废）',
};

export const certificateBatchIdParam = z.object({ batchId: z.string().uuid('批次编号格式不正确') });

export const certificateBatch = z.object({
  batchId: z.string(),
  title: z.string(),
  occupation: z.string(),
  finalAt: z.string().nullable(),
  passed: z.number().int(),
  issued: z.number().int(),
});
export type CertificateBatch = z.infer<typeof certificateBatch>;
export const certificateBatchList = z.object({ items: z.array(certificateBatch), total: z.number().int() });

export const certificateItem = z.object({
  id: z.string(),
  number: z.string(),
  batchId: z.string(),
  name: z.string(),
  idTypeName: z.string(),
  idMasked: z.string(),
  occupation: z.string(),
  job: z.string(),
  level: z.number().int(),
  levelName: z.string(),
  issueDate: z.string(),
  centre: z.string(),
  state: z.enum(certificateStates),
  stateName: z.string(),
  revokedAt: z.string().nullable(),
  revokeReason: z.string().nullable(),
  suspendedAt: z.string().nullable(),
  suspendReason: z.string().nullable(),
  replacesNumber: z.string().nullable(),
  replacedByNumber: z.string().nullable(),
  reissueReason: z.string().nullable(),
  /** The address in the certificate's QR code: number and signature (R-CERT-05). */
  verifyUrl: z.string(),
});
export type CertificateItem = z.infer<typeof certificateItem>;

export const certificateBatchDetail = certificateBatch.extend({
  /** Passed candidates without a certificate yet. */
  pending: z.array(z.object({ applicationId: z.string(), name: z.string(), idMasked: z.string() })),
  certificates: z.array(certificateItem),
});
export type CertificateBatchDetail = z.infer<typeof certificateBatchDetail>;

export const issueCertificatesBody = z.object({
  /** The issue date (default today): its year is part of the number (R-CERT-01). */
  issueDate: isoDay.nullable().optional(),
});

export const revokeCertificateBody = z.object({
  revokeReason: text().trim().min(1, '撤销原因：请填写').max(200, '撤销原因：不能超过 200 个字'),
});
export const suspendCertificateBody = z.object({
  suspendReason: text().trim().min(1, '暂停原因：请填写').max(200, '暂停原因：不能超过 200 个字'),
});
export const reinstateCertificateBody = z.object({
  reinstateReason: text()
    .trim()
    .min(1, '恢复原因：请填写（如：核查完毕，证书无误）')
    .max(200, '恢复原因：不能超过 200 个字'),
});
export const reissueCertificateBody = z.object({
  reissueReason: text()
    .trim()
    .min(1, '补发原因：请填写（如：证书遗失，已核对档案）')
    .max(200, '补发原因：不能超过 200 个字'),
});

// ── Public verification (R-CERT-05) ──

export const verifyQuery = z.object({
  certificateNumber: text().max(40, '证书编号：格式不正确'),
  signature: text().max(200, '签名：格式不正确'),
});
export const lookupCertificateBody = z.object({
  certificateNumber: text().trim().min(1, '证书编号：请填写').max(40, '证书编号：格式不正确'),
  holderName: text().trim().min(1, '姓名：请填写').max(50, '姓名：不能超过 50 个字'),
});

/** What the public sees: only what the certificate shows, the ID number masked (R-PPL-02), and its state. */
export const publicCertificate = z.object({
  number: z.string(),
  name: z.string(),
  idTypeName: z.string(),
  idMasked: z.string(),
  occupation: z.string(),
  job: z.string(),
  levelName: z.string(),
  issueDate: z.string(),
  centre: z.string(),
  state: z.enum(certificateStates),
  stateName: z.string(),
  revokedOn: z.string().nullable(),
  suspendedOn: z.string().nullable(),
  replacedByNumber: z.string().nullable(),
  /** The stored data still carries the centre's valid signature. */
  signatureValid: z.boolean(),
});
export const publicVerification = z.object({
  found: z.boolean(),
  message: z.string(),
  certificate: publicCertificate.nullable(),
});
export type PublicVerification = z.infer<typeof publicVerification>;

export const certificatePublicKey = z.object({
  algorithm: z.literal('Ed25519'),
  publicKeyPem: z.string(),
  did: z.string(),
  /** How the signature is made, for a verifier written elsewhere. */
  signedData: z.string(),
});

/** A W3C Verifiable Credential 2.0 (Open Badges 3.0) or a status list credential: JSON as signed. */
export const credentialDocument = z.record(z.string(), z.unknown());

// ── Blank certificate stock (R-CERT-03) ──

export const stockMoveKinds = ['receive', 'issue', 'spoil', 'destroy'] as const;
const serial = (label: string) =>
  z.number().int(`${label}：应为整数`).min(1, `${label}：应为正整数`).max(2_000_000_000, `${label}：过大`);
export const stockMoveBody = z.object({
  kind: z.enum(stockMoveKinds, { error: '类型：应为入库、领用打印、作废或销毁' }),
  firstSerial: serial('起始流水号'),
  lastSerial: serial('终止流水号'),
  stockNote: text()
    .trim()
    .min(1, '说明：请填写（如：供货单号、打印批次、作废原因、监销人）')
    .max(200, '说明：不能超过 200 个字'),
});
export const stocktakeBody = z.object({
  countedQuantity: z
    .number()
    .int('实盘数量：应为整数')
    .min(0, '实盘数量：不能为负数')
    .max(10_000_000, '实盘数量：过大'),
  stockNote: text().trim().min(1, '说明：请填写盘点人').max(200, '说明：不能超过 200 个字'),
});
export const stockSettingsBody = z.object({
  lowStockThreshold: z
    .number()
    .int('库存预警数量：应为整数')
    .min(0, '库存预警数量：不能为负数')
    .max(1_000_000, '库存预警数量：过大'),
});
export const certificateStock = z.object({
  received: z.number().int(),
  inStock: z.number().int(),
  issued: z.number().int(),
  spoiled: z.number().int(),
  destroyed: z.number().int(),
  lowStockThreshold: z.number().int(),
  lowStock: z.boolean(),
  moves: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(stockMoveKinds),
      kindName: z.string(),
      firstSerial: z.number().int(),
      lastSerial: z.number().int(),
      sheets: z.number().int(),
      note: z.string(),
      createdBy: z.string().nullable(),
      createdAt: z.string(),
    }),
  ),
  stocktakes: z.array(
    z.object({
      id: z.string(),
      expected: z.number().int(),
      counted: z.number().int(),
      difference: z.number().int(),
      note: z.string(),
      createdBy: z.string().nullable(),
      createdAt: z.string(),
    }),
  ),
});

// ── Numbers assigned by the province, imported (R-CERT-01) ──

export const certificateImportQuery = z.object({
  /** false: preview only (nothing written); true: write every row in one transaction, or nothing. */
  confirm: z
    .enum(['true', 'false'], { error: '确认导入：应为 true 或 false' })
    .default('false')
    .transform((v) => v === 'true'),
  /** The issue date (default today): its year must be the number's (R-CERT-01). */
  issueDate: isoDay.optional(),
});
/** One row of the file: whom it matched and what is wrong with it (Chinese, naming row and column). */
export const certificateImportRow = z.object({
  row: z.number().int(),
  name: z.string(),
  idMasked: z.string(),
  certificateNumber: z.string(),
  levelName: z.string().nullable(),
  issues: z.array(z.string()),
});
export type CertificateImportRow = z.infer<typeof certificateImportRow>;
export const certificateImportResult = z.object({
  confirmed: z.boolean(),
  rows: z.array(certificateImportRow),
  good: z.number().int(),
  bad: z.number().int(),
  imported: z.number().int(),
});
export type CertificateImportResult = z.infer<typeof certificateImportResult>;

// ── Export for the national query system (R-CERT-04) ──

export const certificateExportItem = z.object({
  id: z.string(),
  version: z.number().int(),
  sha256: z.string(),
  rows: z.number().int(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
});
export type CertificateExportItem = z.infer<typeof certificateExportItem>;
export const certificateExportList = z.object({
  items: z.array(certificateExportItem),
  /** The certificates changed since the latest export (or none was made): a new export makes a new version. */
  changed: z.boolean(),
});
export type CertificateExportList = z.infer<typeof certificateExportList>;

// ── The holder's own certificates (portal, R-CERT-04, R-VIOL-05) ──

export const myCertificate = z.object({
  id: z.string(),
  number: z.string(),
  occupation: z.string(),
  job: z.string(),
  levelName: z.string(),
  issueDate: z.string(),
  state: z.enum(certificateStates),
  stateName: z.string(),
  revokedOn: z.string().nullable(),
  revokeReason: z.string().nullable(),
  replacesNumber: z.string().nullable(),
  replacedByNumber: z.string().nullable(),
  verifyUrl: z.string(),
});
export type MyCertificate = z.infer<typeof myCertificate>;
export const myCertificateList = z.object({ items: z.array(myCertificate) });
