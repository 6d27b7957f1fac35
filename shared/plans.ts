import { z } from 'zod';
import { text as safeText } from './common.js';
import { isoDate } from './centre.js';
import { editionSchema, occupationCodeSchema } from './scope.js';
import { examModules } from './people.js';

/** Schemas and labels of the plans module (R-PLAN-01…06): annual and semester plans, training classes, batches. */

const n = z.string().nullable();
const uuid = (label: string) => z.string().uuid(`${label}格式不正确`);
const text = (max: number) => safeText().trim().max(max);
const level = z.number().int().min(1, '等级应为 1–5').max(5, '等级应为 1–5');

/** 评价方式: exam 考试考核, direct 直接认定, process 过程性评价, contest 以赛代评. */
export const batchMethods = ['exam', 'direct', 'process', 'contest'] as const;
export type BatchMethod = (typeof batchMethods)[number];
export const batchMethodNames: Record<BatchMethod, string> = {
  exam: '考试考核',
  direct: '直接认定',
  process: '过程性评价',
  contest: '以赛代评',
};
export const batchMethodSchema = z.enum(batchMethods, {
  message: '评价方式应为考试考核、直接认定、过程性评价或以赛代评',
});

/** R-PLAN-03: a batch's states, in order. */
export const batchStates = [
  'draft',
  'filed',
  'registering',
  'reviewed',
  'arranged',
  'examining',
  'publicity',
  'archived',
] as const;
export type BatchState = (typeof batchStates)[number];
export const batchStateNames: Record<BatchState, string> = {
  draft: '草稿',
  filed: '已报备',
  registering: '报名中',
  reviewed: '审核完成',
  arranged: '已编排',
  examining: '考试中',
  publicity: '成绩公示',
  archived: '已归档',
};
/** The transitions reached through POST /batches/:id/transitions (draft → filed is the R-PLAN-04 submission). */
export const batchMoves = ['registering', 'reviewed', 'arranged', 'examining', 'publicity', 'archived'] as const;
export type BatchMove = (typeof batchMoves)[number];

export const sittingKinds = ['theory', 'skill', 'review'] as const;
export type SittingKind = (typeof sittingKinds)[number];
export const sittingKindNames: Record<SittingKind, string> = {
  theory: '理论知识考试',
  skill: '操作技能考核',
  review: '综合评审',
};

export const lateModes = ['refuse', 'warn'] as const;
export const lateModeNames = { refuse: '拒绝逾期报送', warn: '允许逾期报送并记录警告' } as const;

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间格式应为 HH:MM');

// ---------------------------------------------------------------------------------------------------------------
// Settings (R-PLAN-04, R-PLAN-06)
// ---------------------------------------------------------------------------------------------------------------

export const planSettingsBody = z.object({
  /** R-PLAN-04: working days before the first sitting (H/Z 10, Shandong 5). */
  leadDays: z.number().int().min(1, '提前工作日数：至少 1 天').max(60, '提前工作日数：最多 60 天'),
  lateMode: z.enum(lateModes, { message: '逾期处理应为 refuse（拒绝）或 warn（警告）' }),
  /** R-PLAN-06: working days after enrolment closes to file a training class (P §14(一): 20). */
  trainingFilingDays: z.number().int().min(1, '开班备案期限：至少 1 天').max(60, '开班备案期限：最多 60 天'),
});
export type PlanSettingsBody = z.infer<typeof planSettingsBody>;
export const planSettings = planSettingsBody;

// ---------------------------------------------------------------------------------------------------------------
// Annual and semester plans (R-PLAN-01, R-PLAN-02)
// ---------------------------------------------------------------------------------------------------------------

export const planLineBody = z.object({
  edition: editionSchema,
  code: occupationCodeSchema,
  jobName: text(50).nullish(),
  level,
  method: batchMethodSchema,
  expectedCandidates: z.number().int().min(0, '预计人数不能为负').max(100000),
  month: z.number().int().min(1, '月份应为 1–12').max(12, '月份应为 1–12').nullish(),
  note: text(200).nullish(),
});
export type PlanLineBody = z.infer<typeof planLineBody>;
export const planLine = z.object({
  id: z.string(),
  edition: z.string(),
  code: z.string(),
  occupationName: z.string(),
  jobName: n,
  level: z.number().int(),
  method: z.enum(batchMethods),
  expectedCandidates: z.number().int(),
  month: z.number().int().nullable(),
  note: n,
});

export const annualPlanBody = z.object({
  year: z.number().int().min(2020, '年度：不早于 2020').max(2100, '年度：不晚于 2100'),
  title: safeText().trim().min(2, '至少 2 个字').max(100),
  note: text(1000).nullish(),
  lines: z.array(planLineBody).max(500),
});
export type AnnualPlanBody = z.infer<typeof annualPlanBody>;
export const annualPlanStatuses = { draft: '草稿', issued: '已下发' } as const;
export const annualPlan = z.object({
  id: z.string(),
  year: z.number().int(),
  title: z.string(),
  note: n,
  status: z.enum(['draft', 'issued']),
  issuedAt: n,
  lines: z.array(planLine),
  totalCandidates: z.number().int(),
  updatedAt: z.string(),
});
export type AnnualPlan = z.infer<typeof annualPlan>;

/** J §7: 学期 written as 2026-2027-1 (school year, then semester 1 or 2). */
export const SEMESTER = /^(\d{4})-(\d{4})-([12])$/;
export const semesterSchema = z
  .string()
  .trim()
  .regex(SEMESTER, '学期格式应为 2026-2027-1（学年-学期）')
  .refine((s) => {
    const m = SEMESTER.exec(s);
    return !!m && Number(m[2]) === Number(m[1]) + 1;
  }, '学年的两个年份应相邻，如 2026-2027');

export const semesterPlanBody = z.object({
  collegeId: uuid('所属二级学院'),
  semester: semesterSchema,
  /** J §7: 临时性认定项目 may be submitted at any time. */
  adHoc: z.boolean().default(false),
  title: safeText().trim().min(2, '至少 2 个字').max(100),
  note: text(1000).nullish(),
  lines: z.array(planLineBody).min(1, '请至少填写一个认定项目').max(200),
});
export type SemesterPlanBody = z.infer<typeof semesterPlanBody>;
export const semesterPlanStatuses = {
  draft: '草稿',
  submitted: '已提交',
  approved: '已批准',
  returned: '已退回',
} as const;
export const semesterPlan = z.object({
  id: z.string(),
  collegeId: z.string(),
  collegeName: z.string(),
  semester: z.string(),
  adHoc: z.boolean(),
  title: z.string(),
  note: n,
  status: z.enum(['draft', 'submitted', 'approved', 'returned']),
  reason: n,
  submittedAt: n,
  decidedAt: n,
  decidedBy: n,
  lines: z.array(planLine),
  updatedAt: z.string(),
});
export type SemesterPlan = z.infer<typeof semesterPlan>;
export const semesterPlanQuery = z.object({
  collegeId: uuid('所属二级学院').optional(),
  semester: text(20).optional(),
  status: z.enum(['draft', 'submitted', 'approved', 'returned']).optional(),
  /** Issue 9: title, college, semester or an occupation of its lines. */
  keyword: safeText().trim().max(40).optional(),
});
/** Issue 9: the annual plans' keyword box (title, year or an occupation of its lines). */
export const annualPlanQuery = z.object({ keyword: safeText().trim().max(40).optional() });
export const reasonBody = z.object({ reason: safeText().trim().min(2, '请填写退回原因（至少 2 个字）').max(500) });

// ---------------------------------------------------------------------------------------------------------------
// Training classes (R-PLAN-06)
// ---------------------------------------------------------------------------------------------------------------

export const trainingClassBody = z.object({
  collegeId: uuid('所属二级学院'),
  name: safeText().trim().min(2, '至少 2 个字').max(100),
  edition: editionSchema,
  code: occupationCodeSchema,
  jobName: text(50).nullish(),
  level,
  enrolmentClosesOn: isoDate,
  traineeCount: z.number().int().min(0, '学员人数不能为负').max(10000),
  note: text(1000).nullish(),
});
export type TrainingClassBody = z.infer<typeof trainingClassBody>;
/** R-PLAN-06: the filing deadline a new class would get, shown while the form is filled in. */
export const trainingDeadlineQuery = z.object({ enrolmentClosesOn: isoDate });
export const trainingDeadline = z.object({
  enrolmentClosesOn: z.string(),
  days: z.number().int(),
  deadline: n,
  error: n,
});
export const trainingFilingBody = z.object({ filedOn: isoDate, filingNumber: text(60).nullish() });
export const trainingClass = z.object({
  id: z.string(),
  collegeId: z.string(),
  collegeName: z.string(),
  name: z.string(),
  edition: z.string(),
  code: z.string(),
  occupationName: z.string(),
  jobName: n,
  level: z.number().int(),
  enrolmentClosesOn: z.string(),
  traineeCount: z.number().int(),
  note: n,
  /** R-PLAN-06: the last day to file (null with `deadlineError` when the calendar lacks the year). */
  filingDeadline: n,
  deadlineError: n,
  filedOn: n,
  filingNumber: n,
  /** filed | filed_late | overdue | open */
  filingStatus: z.enum(['filed', 'filed_late', 'overdue', 'open', 'unknown']),
});
export type TrainingClass = z.infer<typeof trainingClass>;

// ---------------------------------------------------------------------------------------------------------------
// Batches (R-PLAN-03…05)
// ---------------------------------------------------------------------------------------------------------------

export const sittingBody = z
  .object({
    kind: z.enum(sittingKinds, { message: '场次类型应为理论知识考试、操作技能考核或综合评审' }),
    day: isoDate,
    startsAt: hhmm,
    endsAt: hhmm,
    place: safeText().trim().min(2, '请填写考核地点').max(100),
    /** R-ARR-04: the sitting's exam modules (考试模块), each needing ≥1 examiner. */
    modules: examModules.optional(),
  })
  .refine((s) => s.endsAt > s.startsAt, { message: '结束时间应晚于开始时间', path: ['endsAt'] });
export const sitting = z.object({
  id: z.string(),
  kind: z.enum(sittingKinds),
  day: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  place: z.string(),
  modules: z.array(z.string()),
});

export const batchBody = z
  .object({
    title: safeText().trim().min(2, '至少 2 个字').max(100),
    collegeId: uuid('所属二级学院'),
    edition: editionSchema,
    code: occupationCodeSchema,
    jobName: text(50).nullish(),
    levels: z
      .array(level)
      .min(1, '请至少选择一个等级')
      .max(5)
      .refine((l) => new Set(l).size === l.length, '等级重复'),
    method: batchMethodSchema,
    semesterPlanId: uuid('学期计划').nullish(),
    sittings: z.array(sittingBody).min(1, '请至少安排一个考核场次').max(20),
    registrationOpensOn: isoDate,
    registrationClosesOn: isoDate,
    registrationPlace: text(100).nullish(),
    /** 报名对象 and 报名条件 of the notice (R-PLAN-05). */
    applicants: text(500).nullish(),
    conditions: text(2000).nullish(),
    standard: text(200).nullish(),
    fee: z.number().min(0, '收费标准不能为负').max(100000),
    capacity: z.number().int().min(1, '计划人数至少 1 人').max(100000),
    /** Zhoukou course-count variant of the eligibility engine (R-ELIG, Z 二). */
    zhoukouCourseVariant: z.boolean().default(false),
  })
  .refine((b) => b.registrationClosesOn >= b.registrationOpensOn, {
    message: '报名截止日期不能早于报名开始日期',
    path: ['registrationClosesOn'],
  });
export type BatchBody = z.infer<typeof batchBody>;

export const batchTransition = z.object({
  id: z.string(),
  from: z.string(),
  to: z.string(),
  actorName: z.string(),
  at: z.string(),
  note: n,
});

export const batch = z.object({
  id: z.string(),
  title: z.string(),
  collegeId: z.string(),
  collegeName: z.string(),
  edition: z.string(),
  code: z.string(),
  occupationName: z.string(),
  jobName: n,
  levels: z.array(z.number().int()),
  method: z.enum(batchMethods),
  semesterPlanId: n,
  state: z.enum(batchStates),
  sittings: z.array(sitting),
  firstSittingDay: n,
  registrationOpensOn: z.string(),
  registrationClosesOn: z.string(),
  registrationPlace: n,
  applicants: n,
  conditions: n,
  standard: n,
  fee: z.number(),
  capacity: z.number().int(),
  zhoukouCourseVariant: z.boolean(),
  /** R-PLAN-04: the last day to submit the plan to the authority, its lead time, and why it is unknown. */
  submissionDeadline: n,
  leadDays: z.number().int(),
  deadlineError: n,
  submittedOn: n,
  submittedLate: z.boolean(),
  submissionWarning: n,
  approvalNumber: n,
  approvalDate: n,
  noticePublishedAt: n,
  transitions: z.array(batchTransition),
  updatedAt: z.string(),
});
export type Batch = z.infer<typeof batch>;
export const batchListItem = batch.omit({ transitions: true, conditions: true, applicants: true });
export const batchQuery = z
  .object({
    collegeId: uuid('所属二级学院').optional(),
    state: z.enum(batchStates).optional(),
    keyword: text(50).optional(),
    /** 职业编码 (any edition). */
    code: occupationCodeSchema.optional(),
    /** Batches with a sitting on a day from `from` to `to` (both included). */
    from: isoDate.optional(),
    to: isoDate.optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: '考核日期：结束日期不能早于开始日期', path: ['to'] });
export type BatchQuery = z.infer<typeof batchQuery>;

/** R-PLAN-04: the day the plan went to the authority (default today). */
export const batchSubmitBody = z.object({ submittedOn: isoDate.nullish(), note: text(500).nullish() });
export const batchApprovalBody = z.object({
  approvalNumber: safeText().trim().min(2, '请填写批复文号').max(60),
  approvalDate: isoDate,
});
export const batchMoveBody = z.object({
  to: z.enum(batchMoves, { message: '目标状态不正确' }),
  note: text(500).nullish(),
});

/** R-PLAN-05: the notice as generated from the batch (and as stored when published). */
export const batchNotice = z.object({
  batchId: z.string(),
  title: z.string(),
  centreName: z.string(),
  occupation: z.string(),
  levels: z.string(),
  method: z.string(),
  sittings: z.array(z.object({ kind: z.string(), day: z.string(), time: z.string(), place: z.string() })),
  applicants: z.string(),
  conditions: z.string(),
  registrationPeriod: z.string(),
  registrationPlace: z.string(),
  standard: z.string(),
  fee: z.string(),
  publishedAt: n,
});
export type BatchNotice = z.infer<typeof batchNotice>;
/** Issue 9: the notices' keyword box (title, occupation, method, place). */
export const noticeQuery = z.object({ keyword: safeText().trim().max(40).optional() });
