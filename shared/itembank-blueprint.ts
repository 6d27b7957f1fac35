import { z } from 'zod';
import { text } from './common.js';
import { bankParts, importances, partialCreditRules } from './itembank.js';

/** Requests and responses of the blueprint part of the bank (R-BANK-01): 鉴定要素细目表 and the bank's settings. */

const level = z.coerce
  .number({ message: '等级：应为 1–5' })
  .int('等级：应为 1–5')
  .min(1, '等级：应为 1–5')
  .max(5, '等级：应为 1–5');

export const blueprintQuery = z.object({
  occupationId: z.string().uuid().optional(),
  level: level.optional(),
  part: z.enum(bankParts).optional(),
});

export const blueprintCreateBody = z.object({
  occupationId: z.string().uuid(),
  level,
  part: z.enum(bankParts),
  source: text().trim().max(200).nullish(),
});

/** The import's form fields (sent with the file). */
export const blueprintImportFields = blueprintCreateBody;

const stateCounts = z.object({
  draft: z.number().int(),
  reviewed: z.number().int(),
  active: z.number().int(),
  retired: z.number().int(),
});
export type StateCounts = z.infer<typeof stateCounts>;

export const blueprintSummary = z.object({
  id: z.string(),
  occupationId: z.string(),
  occupationCode: z.string(),
  occupationName: z.string(),
  edition: z.string(),
  level: z.number().int(),
  levelName: z.string(),
  part: z.enum(bankParts),
  partName: z.string(),
  /** e.g. 电工 四级 理论知识 */
  title: z.string(),
  source: z.string().nullable(),
  rangeCount: z.number().int(),
  pointCount: z.number().int(),
  itemCount: z.number().int(),
  updatedAt: z.string(),
});
export type BlueprintSummary = z.infer<typeof blueprintSummary>;

export const blueprintNode = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  kind: z.enum(['range', 'point']),
  code: z.string(),
  name: z.string(),
  weight: z.number().nullable(),
  importance: z.enum(importances).nullable(),
  sortOrder: z.number().int(),
  depth: z.number().int(),
  /** Items by state: of the point itself, or of every point below a range. */
  items: stateCounts,
});
export type BlueprintNode = z.infer<typeof blueprintNode>;

/** A check of R-BANK-01 that the blueprint does not meet: a warning, never a refusal. */
export const blueprintWarning = z.object({
  check: z.enum(['x_share', 'z_share', 'items_per_point', 'weight_sum', 'no_points']),
  message: z.string(),
  /** The setting that drives it (its Chinese name and current value), or the standard's fixed rule. */
  setting: z.string(),
  /** Codes of the 鉴定点 or 鉴定范围 concerned. */
  codes: z.array(z.string()),
});
export type BlueprintWarning = z.infer<typeof blueprintWarning>;

export const blueprintDetail = blueprintSummary.extend({
  nodes: z.array(blueprintNode),
  warnings: z.array(blueprintWarning),
  /** Shares of X/Y/Z among the 鉴定点 (0–1). */
  shares: z.object({ X: z.number(), Y: z.number(), Z: z.number() }),
  canDelete: z.boolean(),
});
export type BlueprintDetail = z.infer<typeof blueprintDetail>;

export const blueprintNodeParams = z.object({ id: z.string().uuid(), nodeId: z.string().uuid() });

const weight = z.coerce
  .number({ message: '鉴定比重：应为 0–100 的数' })
  .min(0, '鉴定比重：应为 0–100')
  .max(100, '鉴定比重：应为 0–100');

export const blueprintNodeBody = z.object({
  parentId: z.string().uuid().nullable(),
  kind: z.enum(['range', 'point']),
  code: text().trim().min(1, '代码：不能为空').max(30, '代码：不超过 30 个字符'),
  name: text().trim().min(1, '名称：不能为空').max(200, '名称：不超过 200 个字符'),
  weight: weight.nullish(),
  importance: z.enum(importances).nullish(),
});

/** Rename, reweight, re-grade or move a node (kind never changes). */
export const blueprintNodeUpdateBody = z.object({
  parentId: z.string().uuid().nullable(),
  code: text().trim().min(1, '代码：不能为空').max(30, '代码：不超过 30 个字符'),
  name: text().trim().min(1, '名称：不能为空').max(200, '名称：不超过 200 个字符'),
  weight: weight.nullish(),
  importance: z.enum(importances).nullish(),
  sortOrder: z.number().int().min(0).max(100000).optional(),
});

/** Occupations a blueprint may be made for: the centre's active scope, with the levels it covers. */
export const blueprintOccupation = z.object({
  occupationId: z.string(),
  code: z.string(),
  name: z.string(),
  edition: z.string(),
  levels: z.array(z.number().int()),
});

export const bankSettings = z.object({
  minXShare: z.number(),
  maxZShare: z.number(),
  minItemsPerPoint: z.number().int(),
  multiplePartialCredit: z.enum(partialCreditRules),
  maxOverlap: z.number(),
  maxExposure: z.number(),
  onePerPoint: z.boolean(),
  updatedAt: z.string(),
});
export type BankSettings = z.infer<typeof bankSettings>;

const share = (label: string) =>
  z
    .number({ message: `${label}：应为 0–1 之间的小数` })
    .min(0, `${label}：不小于 0`)
    .max(1, `${label}：不大于 1`);

export const bankSettingsBody = z.object({
  minXShare: share('X 鉴定点最低占比'),
  maxZShare: share('Z 鉴定点最高占比'),
  minItemsPerPoint: z.number().int('每个鉴定点最少试题数：应为整数').min(0).max(1000),
  multiplePartialCredit: z.enum(partialCreditRules),
  maxOverlap: share('两份试卷最大重复率'),
  maxExposure: share('试题最大曝光率'),
  onePerPoint: z.boolean(),
});

/** Chinese names of the settings, as the warnings and the settings page name them. */
export const bankSettingNames = {
  minXShare: 'X 鉴定点最低占比',
  maxZShare: 'Z 鉴定点最高占比',
  minItemsPerPoint: '每个鉴定点最少启用试题数',
  multiplePartialCredit: '多项选择题部分得分规则',
  maxOverlap: '两份试卷最大重复率（默认）',
  maxExposure: '试题最大曝光率（默认）',
  onePerPoint: '每份试卷每个鉴定点只出一题（默认）',
} as const;
