import { z } from 'zod';
import { isoDay, paged, text } from './common.js';
import { outcomes, partStates, scoreParts } from './scoring.js';
import { batchStates } from './plans.js';

/**
 * 成绩公示 (R-PUB-01): a batch's results shown for at least 5 working days (a setting), objections raised during the
 * window and resolved with a reason, the results made final, exported to the authority, and each candidate's final
 * result in the portal. Requests and answers of the API.
 */

/** R-PUB-01: the fewest working days a window may have (S §五(三)). */
export const MIN_PUBLICITY_DAYS = 5;

export const publicitySettings = z.object({
  /** R-PUB-01: the working days of a window (≥ 5). */
  workingDays: z
    .number()
    .int('公示工作日数：应为整数')
    .min(MIN_PUBLICITY_DAYS, `公示工作日数：不能少于 ${MIN_PUBLICITY_DAYS} 个工作日`)
    .max(30, '公示工作日数：不能超过 30 个工作日'),
});
export type PublicitySettings = z.infer<typeof publicitySettings>;
export const defaultPublicitySettings: PublicitySettings = { workingDays: MIN_PUBLICITY_DAYS };
export const publicitySettingsResponse = publicitySettings.extend({ updatedAt: z.string().nullable() });

export const windowStates = ['open', 'final'] as const;
export type WindowState = (typeof windowStates)[number];
export const windowStateNames: Record<WindowState, string> = { open: '公示中', final: '成绩已确定' };

/** Where a batch stands on the centre's page. */
export const publicityStages = ['not_ready', 'ready', 'open', 'ended', 'final'] as const;
export type PublicityStage = (typeof publicityStages)[number];
export const publicityStageNames: Record<PublicityStage, string> = {
  not_ready: '成绩未齐',
  ready: '可开始公示',
  open: '公示中',
  ended: '公示期已满',
  final: '成绩已确定',
};

export const objectionSources = ['candidate', 'public', 'staff'] as const;
export type ObjectionSource = (typeof objectionSources)[number];
export const objectionSourceNames: Record<ObjectionSource, string> = {
  candidate: '考生（报名系统）',
  public: '社会公众（公示页）',
  staff: '工作人员登记',
};
export const objectionStates = ['open', 'resolved'] as const;
export type ObjectionState = (typeof objectionStates)[number];
export const objectionStateNames: Record<ObjectionState, string> = { open: '待处理', resolved: '已处理' };

const part = z.object({
  part: z.enum(scoreParts),
  partName: z.string(),
  state: z.enum(partStates),
  stateName: z.string(),
  score: z.number().nullable(),
});

/** One candidate's result as the centre sees it (the masked ID number only: R-PPL-02). */
export const publicityEntry = z.object({
  no: z.number().int(),
  applicationId: z.string(),
  name: z.string(),
  idMasked: z.string(),
  ticketNumber: z.string().nullable(),
  occupation: z.string(),
  level: z.number().int(),
  levelName: z.string(),
  outcome: z.enum(outcomes),
  outcomeName: z.string(),
  parts: z.array(part),
  /** R-SCORE-04: the result differs from the one published at the start (a correction after sign-off). */
  changed: z.boolean(),
});
export type PublicityEntry = z.infer<typeof publicityEntry>;

export const publicityWindow = z.object({
  startsOn: z.string(),
  endsOn: z.string(),
  days: z.number().int(),
  state: z.enum(windowStates),
  stateName: z.string(),
  /** R-PUB-01 / R-DAYS-01: the first day on which the results may be made final (the working day after `endsOn`). */
  finalFrom: z.string().nullable(),
  publishedAt: z.string(),
  publishedByName: z.string().nullable(),
  finalAt: z.string().nullable(),
  finalByName: z.string().nullable(),
  exportedAt: z.string().nullable(),
  exportSha256: z.string().nullable(),
});

export const publicityBatch = z.object({
  batchId: z.string(),
  title: z.string(),
  occupation: z.string(),
  levels: z.array(z.number().int()),
  batchState: z.enum(batchStates),
  batchStateName: z.string(),
  stage: z.enum(publicityStages),
  stageName: z.string(),
  /** Why the batch cannot start yet, in Chinese (score sheets unsigned, results incomplete). */
  blockers: z.array(z.string()),
  candidates: z.number().int(),
  window: publicityWindow.nullable(),
  objections: z.number().int(),
  openObjections: z.number().int(),
});
export type PublicityBatch = z.infer<typeof publicityBatch>;
export const publicityBatchList = paged(publicityBatch);

export const publicityObjection = z.object({
  id: z.string(),
  batchId: z.string(),
  source: z.enum(objectionSources),
  sourceName: z.string(),
  name: z.string(),
  contact: z.string(),
  content: z.string(),
  /** The entry the objection is about, when named: the candidate's name and ticket number. */
  applicationId: z.string().nullable(),
  entryLabel: z.string().nullable(),
  state: z.enum(objectionStates),
  stateName: z.string(),
  resolution: z.string().nullable(),
  resolvedByName: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type PublicityObjection = z.infer<typeof publicityObjection>;

export const publicityDetail = publicityBatch.extend({
  entries: z.array(publicityEntry),
  objectionList: z.array(publicityObjection),
});
export type PublicityDetail = z.infer<typeof publicityDetail>;

export const batchIdParam = z.object({ batchId: z.string().uuid('批次编号格式不正确') });
export const objectionIdParam = z.object({ id: z.string().uuid('异议编号格式不正确') });

export const startPublicityBody = z.object({
  /** The first day (today when left out); a day that is not a working day starts on the next working day. */
  startsOn: isoDay.nullish(),
});
const objectorName = text().trim().min(1, '姓名：请填写').max(50, '姓名：不能超过 50 个字');
const objectorContact = text().trim().min(5, '联系方式：请填写电话或邮箱').max(100, '联系方式：不能超过 100 个字');
const objectionText = text().trim().min(5, '异议内容：请写明异议的事项（至少 5 个字）').max(2000);

/** Recorded by staff (a letter, a call): the entry is optional. */
export const staffObjectionBody = z.object({
  objectorName,
  objectorContact,
  objectionText,
  applicationId: z.string().uuid('报名申请编号格式不正确').nullish(),
});
export const resolveObjectionBody = z.object({
  resolution: text().trim().min(2, '处理结果：请写明处理结果和理由').max(2000),
});

// ── The public page (no login) ──

export const publicPublicityBatch = z.object({
  batchId: z.string(),
  title: z.string(),
  occupation: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  state: z.enum(windowStates),
  stateName: z.string(),
  /** R-PUB-01: objections are accepted from the first day to the last day of the window only. */
  acceptsObjections: z.boolean(),
});
export const publicPublicityList = z.object({ items: z.array(publicPublicityBatch) });
/** R-PUB-01 / R-PPL-02: what the public sees of a person: name, the masked ID number, ticket, occupation, level, result. */
export const publicPublicityEntry = z.object({
  no: z.number().int(),
  name: z.string(),
  idMasked: z.string(),
  ticketNumber: z.string().nullable(),
  occupation: z.string(),
  levelName: z.string(),
  result: z.string(),
});
export const publicPublicityResults = z.object({
  batch: publicPublicityBatch,
  entries: z.array(publicPublicityEntry),
});
export type PublicPublicityResults = z.infer<typeof publicPublicityResults>;
export const publicObjectionBody = z.object({
  objectorName,
  objectorContact,
  objectionText,
  /** Which entry: its 序号 on the page or the ticket number (both optional). */
  entryNo: z.number().int().min(1).max(100000).nullish(),
  ticketNumber: text().trim().max(40).nullish(),
});
export const objectionReceipt = z.object({ id: z.string(), message: z.string() });

// ── The candidate's own results (portal) ──

export const myResult = z.object({
  batchId: z.string(),
  batchTitle: z.string(),
  applicationId: z.string(),
  occupation: z.string(),
  levelName: z.string(),
  state: z.enum(windowStates),
  stateName: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  acceptsObjections: z.boolean(),
  outcome: z.enum(outcomes),
  outcomeName: z.string(),
  /** The part scores, once the results are final. */
  parts: z.array(part),
  finalAt: z.string().nullable(),
});
export type MyResult = z.infer<typeof myResult>;
export const myResultList = z.object({ items: z.array(myResult) });
export const candidateObjectionBody = z.object({
  applicationId: z.string().uuid('报名申请编号格式不正确'),
  objectorContact,
  objectionText,
});
