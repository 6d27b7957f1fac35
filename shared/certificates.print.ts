import { z } from 'zod';
import { isoDay, text } from './common.js';

/**
 * 证书打印 (R-CERT-02, R-CERT-03): the centre's print settings (face layout, printers with their offsets, seal,
 * query addresses, font), printing one face or a batch as a job, print runs on blank stock with their settlement,
 * and the distribution register. Requests and answers of the API.
 */

/** The Chinese faces the printed certificate may use (server: face/fonts.ts, all shipped through npm). */
export const faceFontChoices = ['wenkai', 'wenkai_mono', 'noto_serif'] as const;
export type FaceFontChoice = (typeof faceFontChoices)[number];
export const faceFontNames: Record<FaceFontChoice, string> = {
  wenkai: '霞鹜文楷（楷体，默认）',
  wenkai_mono: '霞鹜文楷等宽（楷体）',
  noto_serif: '思源宋体（Noto Serif SC）',
};

export const printModes = ['full', 'overlay'] as const;
export type PrintMode = (typeof printModes)[number];
export const printModeNames: Record<PrintMode, string> = {
  full: '普通纸完整打印',
  overlay: '空白证书套打',
};

const mmOffset = (label: string) =>
  z
    .number({ error: `${label}：应为数字（毫米）` })
    .min(-30, `${label}：不能小于 -30 毫米`)
    .max(30, `${label}：不能大于 30 毫米`);

export const printerSetting = z.object({
  name: text().trim().min(1, '打印机名称：请填写').max(100, '打印机名称：不能超过 100 个字'),
  offset: z.object({ x: mmOffset('横向偏移'), y: mmOffset('纵向偏移') }),
});

const address = (label: string) =>
  text()
    .trim()
    .max(200, `${label}：不能超过 200 个字符`)
    .regex(/^(https?:\/\/\S+)?$/, `${label}：应为以 http:// 或 https:// 开头的网址`);

export const queryAddressesSchema = z.object({
  certificate: address('证书信息查询网址').min(1, '证书信息查询网址：请填写'),
  assessment: address('机构信息查询网址').min(1, '机构信息查询网址：请填写'),
  provincial: address('省级查询网址').nullable(),
});

/** The settings as stored and edited. `face.layout`: positions in mm (checked by the server's layout schema). */
export const printSettingsBody = z.object({
  face: z.object({
    layout: z.record(z.string(), z.unknown()),
    printers: z.array(printerSetting).max(50, '打印机：最多 50 台'),
  }),
  sealFileId: z.string().uuid('印章图片：文件编号格式不正确').nullable(),
  queryAddresses: queryAddressesSchema,
  chineseFont: z.enum(faceFontChoices, { error: '中文字体：应为可选字体之一' }),
});
export type PrintSettingsBody = z.infer<typeof printSettingsBody>;

export const printSettings = printSettingsBody.extend({
  fontChoices: z.array(z.object({ value: z.enum(faceFontChoices), label: z.string() })),
  updatedAt: z.string().nullable(),
});
export type PrintSettings = z.infer<typeof printSettings>;

export const trialPrintQuery = z.object({
  printer: text().max(100, '打印机名称：不能超过 100 个字').optional(),
});

export const facePdfQuery = z.object({
  mode: z.enum(printModes, { error: '打印方式：应为普通纸完整打印或空白证书套打' }).default('full'),
  printer: text().max(100, '打印机名称：不能超过 100 个字').optional(),
});

export const bulkPrintBody = z.object({
  mode: z.enum(printModes, { error: '打印方式：应为普通纸完整打印或空白证书套打' }),
  printer: text().trim().max(100, '打印机名称：不能超过 100 个字').nullable().optional(),
  /** 套打: the first blank sheet's serial; the run takes one sheet per certificate from it (R-CERT-03). */
  firstSerial: z
    .number()
    .int('起始流水号：应为整数')
    .min(1, '起始流水号：应为正整数')
    .max(2_000_000_000, '起始流水号：过大')
    .nullable()
    .optional(),
});

export const withoutPhotoItem = z.object({ id: z.string(), number: z.string(), name: z.string() });
export const bulkPrintStarted = z.object({
  jobId: z.string(),
  runId: z.string().nullable(),
  printable: z.number().int(),
  withoutPhoto: z.array(withoutPhotoItem),
});

export const printRunStates = ['open', 'settled'] as const;
export const printRunStateNames: Record<(typeof printRunStates)[number], string> = {
  open: '待结算',
  settled: '已结算',
};
export const printRun = z.object({
  id: z.string(),
  batchId: z.string(),
  batchTitle: z.string(),
  jobId: z.string().nullable(),
  printer: z.string().nullable(),
  firstSerial: z.number().int(),
  lastSerial: z.number().int(),
  sheets: z.number().int(),
  printed: z.number().int().nullable(),
  state: z.enum(printRunStates),
  stateName: z.string(),
  printedSheets: z.number().int().nullable(),
  spoiledSerials: z.array(z.number().int()),
  settleNote: z.string().nullable(),
  settledAt: z.string().nullable(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
});
export type PrintRun = z.infer<typeof printRun>;
export const printRunList = z.object({ items: z.array(printRun) });

export const settlePrintRunBody = z.object({
  printedSheets: z
    .number()
    .int('打印成功张数：应为整数')
    .min(0, '打印成功张数：不能为负数')
    .max(100_000, '打印成功张数：过大'),
  spoiledSerials: z
    .array(z.number().int('作废流水号：应为整数').min(1, '作废流水号：应为正整数'))
    .max(100_000, '作废流水号：过多'),
  settleNote: text().trim().max(200, '结算说明：不能超过 200 个字').optional(),
});

export const distributionBody = z
  .object({
    collectorName: text().trim().min(1, '领取人：请填写').max(50, '领取人：不能超过 50 个字'),
    collectedOn: isoDay,
    signatureName: text().trim().max(50, '签名：不能超过 50 个字').nullable().optional(),
    signatureFileId: z.string().uuid('签名图片：文件编号格式不正确').nullable().optional(),
  })
  .refine((d) => !!d.signatureName?.trim() || !!d.signatureFileId, {
    message: '签名：请填写签名或上传签名图片',
    path: ['signatureName'],
  });

export const distribution = z.object({
  id: z.string(),
  certificateId: z.string(),
  number: z.string(),
  holderName: z.string(),
  collectorName: z.string(),
  collectedOn: z.string(),
  signatureName: z.string().nullable(),
  signatureFileId: z.string().nullable(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
});
export type Distribution = z.infer<typeof distribution>;
export const distributionList = z.object({ items: z.array(distribution) });
