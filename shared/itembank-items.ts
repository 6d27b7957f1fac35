import { z } from 'zod';
import { text } from './common.js';
import { difficulties, itemContent, itemStates, itemTypes } from './itembank.js';

/** Requests and responses of the items part of the bank (R-BANK-01/02): entry, versions, review, import, export. */

const difficulty = z.coerce
  .number()
  .int()
  .refine((v) => (difficulties as readonly number[]).includes(v), '难度：应为 1（易）、2（中）或 3（难）');

export const itemQuery = z.object({
  blueprintId: z.string().uuid().optional(),
  pointId: z.string().uuid().optional(),
  type: z.enum(itemTypes).optional(),
  state: z.enum(itemStates).optional(),
  difficulty: difficulty.optional(),
  keyword: text().trim().max(50).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

/** A row of the list: the stem, never the key (R-BANK-02). */
export const itemRow = z.object({
  id: z.string(),
  code: z.string(),
  blueprintId: z.string(),
  blueprintTitle: z.string(),
  pointId: z.string(),
  pointCode: z.string(),
  pointName: z.string(),
  type: z.enum(itemTypes),
  typeName: z.string(),
  state: z.enum(itemStates),
  stateName: z.string(),
  difficulty: z.number().int(),
  difficultyName: z.string(),
  stem: z.string(),
  version: z.number().int(),
  authorName: z.string().nullable(),
  returned: z.boolean(),
  updatedAt: z.string(),
});
export type ItemRow = z.infer<typeof itemRow>;

export const itemVersionRow = z.object({
  id: z.string(),
  version: z.number().int(),
  difficulty: z.number().int(),
  contentHash: z.string(),
  createdByName: z.string().nullable(),
  createdAt: z.string(),
  usedAt: z.string().nullable(),
  current: z.boolean(),
});

/** The detail (audited view): the current version's full content with its key, and the versions. */
export const itemDetail = itemRow.extend({
  occupationName: z.string(),
  level: z.number().int(),
  enemyKey: z.string().nullable(),
  noShuffle: z.boolean(),
  content: itemContent,
  /** A skill task's 配分 sum (the steps' points). */
  pointsTotal: z.number().nullable(),
  reviewerName: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  reviewNote: z.string().nullable(),
  versions: z.array(itemVersionRow),
  /** R-SCORE-01 §5: statistics from computer-based sittings (difficulty p, discrimination), newest first. */
  statistics: z.array(
    z.object({
      version: z.number().int(),
      sitting: z.string(),
      answered: z.number().int(),
      difficulty: z.number(),
      discrimination: z.number().nullable(),
      computedAt: z.string(),
    }),
  ),
  /** What the viewer may do now (the buttons shown). */
  may: z.object({ edit: z.boolean(), review: z.boolean(), activate: z.boolean(), retire: z.boolean() }),
});
export type ItemDetail = z.infer<typeof itemDetail>;

const itemFields = {
  pointId: z.string().uuid(),
  difficulty,
  noShuffle: z.boolean().default(false),
  enemyKey: text().trim().max(50).nullish(),
  content: itemContent,
};
export const itemCreateBody = z.object({ blueprintId: z.string().uuid(), ...itemFields });
export const itemUpdateBody = z.object(itemFields);

export const itemReviewBody = z.object({
  approve: z.boolean(),
  /** Required when returning: what the author must fix. */
  note: text().trim().max(1000).nullish(),
});

/** The blueprints in the viewer's scope and their 鉴定点, for filters and the edit form. */
export const itemChoices = z.object({
  blueprints: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      part: z.string(),
      points: z.array(z.object({ id: z.string(), code: z.string(), name: z.string(), rangeName: z.string() })),
    }),
  ),
});

export const itemImportQuery = z.object({
  blueprintId: z.string().uuid(),
  /** false: preview only (nothing created); true: create every question, or refuse the whole file. */
  confirm: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
});

/** One question of an import's preview: what would be created, or what is wrong with it. */
export const importQuestion = z.object({
  /** 题号 in the Word file, or the row in Excel. */
  number: z.number().int(),
  label: z.string(),
  type: z.enum(itemTypes).nullable(),
  typeName: z.string().nullable(),
  stem: z.string(),
  options: z.array(z.string()),
  answer: z.string(),
  difficultyName: z.string().nullable(),
  pointCode: z.string().nullable(),
  images: z.number().int(),
  issues: z.array(z.string()),
});
export type ImportQuestion = z.infer<typeof importQuestion>;

export const itemImportResult = z.object({
  confirmed: z.boolean(),
  questions: z.array(importQuestion),
  good: z.number().int(),
  bad: z.number().int(),
  created: z.number().int(),
});
export type ItemImportResult = z.infer<typeof itemImportResult>;

export const itemExportQuery = z.object({ blueprintId: z.string().uuid() });
export const itemTemplateQuery = z.object({ blueprintId: z.string().uuid().optional() });
