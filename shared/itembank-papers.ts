import { z } from 'zod';
import { text } from './common.js';
import { assemblyKinds, bankParts, importances, itemTypes, paperStates, planSpec, printKinds } from './itembank.js';

/** Requests and responses of assembly plans (组卷方案), assemblies and papers (R-BANK-02/03). */

export const planBody = z.object({
  blueprintId: z.string().uuid('细目表编号格式不正确'),
  name: text().trim().min(1, '方案名称不能为空').max(100),
  spec: planSpec,
});
export type PlanBody = z.infer<typeof planBody>;

export const planDefaultsQuery = z.object({
  blueprintId: z.string().uuid('细目表编号格式不正确'),
  /** Total items of a form the default ranges are derived from (default: the sum of the default sections). */
  total: z.coerce.number().int().min(1).max(1000).optional(),
});

export const planListQuery = z.object({ blueprintId: z.string().uuid().optional() });

/** A 鉴定范围 of the blueprint a plan may count items in. */
export const planRange = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  code: z.string(),
  name: z.string(),
  weight: z.number().nullable(),
  depth: z.number().int(),
  /** Active items under it, per type. */
  activeItems: z.number().int(),
});

export const blueprintRef = z.object({
  id: z.string(),
  occupationId: z.string(),
  occupationName: z.string(),
  occupationCode: z.string(),
  level: z.number().int(),
  part: z.enum(bankParts),
  title: z.string(),
});

export const planSummary = z.object({
  id: z.string(),
  name: z.string(),
  blueprint: blueprintRef,
  itemCount: z.number().int(),
  totalPoints: z.number(),
  durationMinutes: z.number().int(),
  assemblies: z.number().int(),
  updatedAt: z.string(),
});

export const assemblySummary = z.object({
  id: z.string(),
  kind: z.enum(assemblyKinds),
  formCount: z.number().int(),
  sittingLabel: z.string().nullable(),
  published: z.number().int(),
  passed: z.boolean(),
  createdAt: z.string(),
});

export const planView = planSummary.extend({
  spec: planSpec,
  ranges: z.array(planRange),
  /** Plan warnings (not errors): e.g. a range with fewer items than asked. */
  warnings: z.array(z.string()),
  assemblyList: z.array(assemblySummary),
  /** Theory batches' sittings of the blueprint's occupation and level, for per-candidate forms. */
  sittings: z.array(z.object({ id: z.string(), label: z.string(), candidates: z.number().int() })),
});

export const planDefaults = z.object({ spec: planSpec, ranges: z.array(planRange) });

export const capacityQuery = z.object({ formCount: z.coerce.number().int().min(1).max(5000).default(1) });

const capacityCell = z.object({
  cell: z.string(),
  label: z.string(),
  perForm: z.number(),
  available: z.number(),
  forms: z.number(),
  lacking: z.number(),
});
export const capacityReport = z.object({
  maxForms: z.number().int(),
  cells: z.array(capacityCell),
  short: z.array(capacityCell),
});

export const assembleBody = z
  .object({
    kind: z.enum(assemblyKinds),
    /** Parallel forms: how many (A, B, …). */
    formCount: z.number().int().min(1).max(26).optional(),
    /** Per-candidate forms: the computer-based sitting. */
    sittingId: z.string().uuid().optional(),
    seed: z.number().int().min(0).max(2_147_483_647).optional(),
  })
  .refine((b) => b.kind !== 'per_candidate' || !!b.sittingId, { message: '千人千卷须选择场次', path: ['sittingId'] })
  .refine((b) => b.kind !== 'parallel' || (b.formCount ?? 0) >= 2, {
    message: '平行试卷至少 2 套',
    path: ['formCount'],
  });

export const paperSummary = z.object({
  id: z.string(),
  assemblyId: z.string(),
  label: z.string(),
  title: z.string(),
  occupationName: z.string(),
  level: z.number().int(),
  kind: z.enum(assemblyKinds),
  personName: z.string().nullable(),
  itemCount: z.number().int(),
  totalPoints: z.number(),
  durationMinutes: z.number().int(),
  state: z.enum(paperStates),
  sealHash: z.string().nullable(),
  publishedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type PaperSummary = z.infer<typeof paperSummary>;

export const assemblyReport = z.object({
  capacity: capacityReport,
  unmet: z.array(
    z.object({
      form: z.number().nullable(),
      constraint: z.string(),
      message: z.string(),
      cell: z.string().optional(),
      lacking: z.number().optional(),
    }),
  ),
  violations: z.array(z.object({ form: z.number().nullable(), rule: z.string(), message: z.string() })),
  cells: z.array(
    z.object({ cell: z.string(), label: z.string(), planned: z.number(), min: z.number(), max: z.number() }),
  ),
  maxOverlap: z.number(),
  maxExposure: z.number(),
  millis: z.number(),
});

export const assemblyView = assemblySummary.extend({
  planId: z.string(),
  planName: z.string(),
  blueprint: blueprintRef,
  spec: planSpec,
  seed: z.number().int(),
  report: assemblyReport,
  papers: z.array(paperSummary),
});

export const paperListQuery = z.object({
  occupationId: z.string().uuid().optional(),
  state: z.enum(paperStates).optional(),
  assemblyId: z.string().uuid().optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

/** One item as a paper shows it: options in the form's order, relabelled A, B, …; the answer in that order. */
export const paperItem = z.object({
  no: z.number().int(),
  itemId: z.string(),
  itemCode: z.string(),
  versionId: z.string(),
  version: z.number().int(),
  type: z.enum(itemTypes),
  difficulty: z.number().int(),
  importance: z.enum(importances).nullable(),
  pointLabel: z.string(),
  points: z.number(),
  stem: z.string(),
  /** Images of the stem and of each option (files of purpose `item.image`), drawn on the printed paper. */
  stemImageFileIds: z.array(z.string()),
  options: z.array(z.object({ key: z.string(), text: z.string(), imageFileId: z.string().nullable() })),
  answer: z.string(),
});
export type PaperItem = z.infer<typeof paperItem>;

export const printRun = z.object({
  id: z.string(),
  kind: z.enum(printKinds),
  copies: z.number().int(),
  note: z.string().nullable(),
  printedBy: z.string().nullable(),
  printedAt: z.string(),
});

export const paperView = paperSummary.extend({
  sections: z.array(z.object({ type: z.enum(itemTypes), count: z.number().int(), pointsEach: z.number() })),
  items: z.array(paperItem),
  prints: z.array(printRun),
});

export const sealCheck = z.object({
  state: z.enum(paperStates),
  /** True when the paper, its versions and the audit trail's record agree. */
  intact: z.boolean(),
  sealHash: z.string().nullable(),
  recomputed: z.string(),
  auditHash: z.string().nullable(),
  message: z.string(),
});

export const printBody = z.object({
  kind: z.enum(printKinds),
  copies: z.number().int().min(1, '份数至少 1 份').max(5000, '份数至多 5000 份'),
  note: text().trim().max(200).optional(),
});

export const paperPdfQuery = z.object({ kind: z.enum(printKinds).default('paper') });

export const publishResult = z.object({ published: z.number().int(), papers: z.array(paperSummary) });

/** A short cell of the capacity report in words: items, 鉴定点, points of X, or a plan whose counts do not add up. */
export function shortCellText(c: { cell: string; label: string; lacking: number }) {
  if (c.cell.startsWith('sum:')) return c.label;
  const unit = c.cell === 'x_points' ? '分' : c.cell.startsWith('points:') ? '个鉴定点' : '题';
  return `${c.label} 缺 ${c.lacking} ${unit}`;
}
