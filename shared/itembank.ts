import { z } from 'zod';

/**
 * The item bank's vocabulary (R-BANK-01…03), shared by the server, the web and the assembler. Request and response
 * schemas of each part live beside it: `itembank-blueprint.ts`, `itembank-items.ts`, `itembank-papers.ts`,
 * `custody.ts`.
 */

/** A blueprint, an item and a plan belong to one part of the assessment: 理论知识 or 操作技能. */
export const bankParts = ['theory', 'skill'] as const;
export type BankPart = (typeof bankParts)[number];
export const bankPartNames: Record<BankPart, string> = { theory: '理论知识', skill: '操作技能' };

/** 重要程度 of a 鉴定点: X core, Y general, Z rarely used (the standard's 鉴定要素细目表). */
export const importances = ['X', 'Y', 'Z'] as const;
export type Importance = (typeof importances)[number];
export const importanceNames: Record<Importance, string> = {
  X: 'X（核心要素）',
  Y: 'Y（一般要素）',
  Z: 'Z（辅助要素）',
};

/** Item types: the three theory types, and the skill task (操作技能试题) with its scoring sheet. */
export const itemTypes = ['single', 'multiple', 'truefalse', 'skill'] as const;
export type ItemType = (typeof itemTypes)[number];
export const itemTypeNames: Record<ItemType, string> = {
  single: '单项选择题',
  multiple: '多项选择题',
  truefalse: '判断题',
  skill: '操作技能试题',
};
export const theoryItemTypes = ['single', 'multiple', 'truefalse'] as const satisfies readonly ItemType[];

/** Difficulty in three grades, as assembly plans count them (易/中/难). */
export const difficulties = [1, 2, 3] as const;
export type Difficulty = (typeof difficulties)[number];
export const difficultyNames: Record<Difficulty, string> = { 1: '易', 2: '中', 3: '难' };

/** draft → reviewed (a second expert, never the author) → active → retired. */
export const itemStates = ['draft', 'reviewed', 'active', 'retired'] as const;
export type ItemState = (typeof itemStates)[number];
export const itemStateNames: Record<ItemState, string> = {
  draft: '草稿',
  reviewed: '已审核',
  active: '启用',
  retired: '停用',
};

/** How a multiple-choice answer that is partly right scores (a bank setting). */
export const partialCreditRules = ['none', 'half', 'proportional'] as const;
export type PartialCreditRule = (typeof partialCreditRules)[number];
export const partialCreditRuleNames: Record<PartialCreditRule, string> = {
  none: '错选、漏选均不得分',
  half: '漏选得一半分，错选不得分',
  proportional: '按选对的比例得分，错选不得分',
};

/** 固定试卷, parallel forms (A/B for paper exams), or one form per candidate of a computer-based sitting (千人千卷). */
export const assemblyKinds = ['fixed', 'parallel', 'per_candidate'] as const;
export type AssemblyKind = (typeof assemblyKinds)[number];
export const assemblyKindNames: Record<AssemblyKind, string> = {
  fixed: '固定试卷',
  parallel: '平行试卷（A/B 卷）',
  per_candidate: '千人千卷（机考）',
};

export const paperStates = ['draft', 'published'] as const;
export type PaperState = (typeof paperStates)[number];
export const paperStateNames: Record<PaperState, string> = { draft: '未发布', published: '已发布（已封存）' };

/** What a print run of a paper printed. */
export const printKinds = ['paper', 'key', 'answer_sheet'] as const;
export type PrintKind = (typeof printKinds)[number];
export const printKindNames: Record<PrintKind, string> = { paper: '试卷', key: '参考答案', answer_sheet: '答题卡' };

/** An option of a choice item; `key` is its letter as written (A, B, …). Options may carry an image. */
export const choiceOption = z.object({
  key: z.string().regex(/^[A-H]$/),
  text: z.string().max(2000),
  imageFileId: z.string().uuid().nullish(),
});
export type ChoiceOption = z.infer<typeof choiceOption>;

/** A deduction rule of a scoring step (评分标准): what is wrong and how many points it costs. */
export const deductionRule = z.object({ text: z.string().min(1).max(500), points: z.number().min(0).max(100) });

/** A step of a skill task's scoring sheet (评分记录表): 考核要素, 考核要求, 配分, 评分标准, or a veto item (否决项). */
export const skillStep = z.object({
  element: z.string().min(1).max(200),
  requirement: z.string().max(1000),
  points: z.number().min(0).max(100),
  criteria: z.string().max(1000),
  deductions: z.array(deductionRule).max(30),
  /** 否决项: failing it cancels the task's score. */
  veto: z.boolean(),
});
export type SkillStep = z.infer<typeof skillStep>;

const stemFields = {
  stem: z.string().min(1).max(5000),
  stemImageFileIds: z.array(z.string().uuid()).max(6).default([]),
  explanation: z.string().max(2000).nullish(),
};

/** The content of one item version (what a version's hash covers). */
export const itemContent = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('single'),
    ...stemFields,
    options: z.array(choiceOption).min(2).max(8),
    answer: z.array(z.string()).length(1),
  }),
  z.object({
    type: z.literal('multiple'),
    ...stemFields,
    options: z.array(choiceOption).min(2).max(8),
    answer: z.array(z.string()).min(2),
  }),
  z.object({ type: z.literal('truefalse'), ...stemFields, answer: z.boolean() }),
  z.object({
    type: z.literal('skill'),
    ...stemFields,
    timeLimitMinutes: z.number().int().min(1).max(1440),
    /** 超时规定, e.g. 每超时 1 分钟扣 1 分，超时 10 分钟停止操作. */
    overtimeRule: z.string().max(500),
    materials: z.array(z.string().max(200)).max(50),
    equipment: z.array(z.string().max(200)).max(50),
    steps: z.array(skillStep).min(1).max(50),
  }),
]);
export type ItemContent = z.infer<typeof itemContent>;

/**
 * 组卷方案 of one part: counts and points per 题型, item counts per 鉴定范围 (derived from the 比重, editable),
 * counts per difficulty, the minimum points on X 鉴定点, one item per 鉴定点, and the limits across forms.
 */
export const planSpec = z.object({
  durationMinutes: z.number().int().min(1).max(600),
  sections: z
    .array(
      z.object({
        type: z.enum(itemTypes),
        count: z.number().int().min(1).max(1000),
        pointsEach: z.number().min(0.5).max(100),
      }),
    )
    .min(1),
  /** Ranges of the blueprint (any level, none inside another) and how many items each gives a form. */
  ranges: z.array(z.object({ rangeId: z.string().uuid(), count: z.number().int().min(0).max(1000) })).min(1),
  /** Items per difficulty grade (易/中/难); their sum is the form's item count. */
  difficulty: z.object({ 1: z.number().int().min(0), 2: z.number().int().min(0), 3: z.number().int().min(0) }),
  /** At least this many points on X 鉴定点 (null: no minimum). */
  minXPoints: z.number().min(0).nullable(),
  onePerPoint: z.boolean(),
  /** Two forms share at most this share of their items (0.1 = 10%). */
  maxOverlap: z.number().min(0).max(1),
  /** An item appears on at most this share of the forms of one assembly (0.06 = 6%; at least one form). */
  maxExposure: z.number().min(0).max(1),
  /** Shuffle the options of choice items (items flagged "do not shuffle" keep their order). */
  shuffleOptions: z.boolean(),
});
export type PlanSpec = z.infer<typeof planSpec>;
