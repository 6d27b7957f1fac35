import { z } from 'zod';
import { text } from './common.js';

/**
 * 成绩管理 (R-SCORE-01…05, R-VIOL-01…05 applied): settings, the marks of the skill scoring sheet, the sheet's
 * signatures and the result of a candidate. The requests and answers of the API are below the catalogues.
 */

export const scoreParts = ['theory', 'skill', 'review'] as const;
export type ScorePart = (typeof scoreParts)[number];
export const scorePartNames: Record<ScorePart, string> = {
  theory: '理论知识',
  skill: '操作技能',
  review: '综合评审',
};

/** R-SCORE-02/03, 2+1+1: the settings of scoring (one row). */
export const scoringSettings = z.object({
  /** R-SCORE-02: pass marks (合格线), each part. */
  theoryPass: z.number().min(0).max(100),
  skillPass: z.number().min(0).max(100),
  reviewPass: z.number().min(0).max(100),
  /** 2+1+1: two marks differing by more than this (per step or on the total) call a third examiner. */
  toleranceTotal: z.number().min(0).max(100),
  toleranceStep: z.number().min(0).max(100),
  /** 2+1+1: how many examiners of the group mark each candidate first (2: two blind marks). */
  marksPerCandidate: z.number().int().min(1).max(5),
  /** R-SCORE-03: days a passed part stays valid (365: one calendar year counted in days). */
  carryDays: z.number().int().min(1).max(3650),
  /** Marking window after the sitting's end, in hours (the centre may set another window per sitting). */
  markingHours: z
    .number()
    .int()
    .min(1)
    .max(24 * 60),
  /** R-VIOL-04: the ban's length in years for a candidate whose graduation is not on record. */
  banYearsWithoutGraduation: z.number().int().min(1).max(10),
  /** Length of a higher-vocational programme in years (graduation = 31 July of enrolment year + this). */
  programmeYears: z.number().int().min(1).max(8),
  /** R-SCORE-01 §5: a pair is flagged from this many identical wrong answers… */
  patternMinShared: z.number().int().min(1).max(200),
  /** …when the chance of so many under independence is below 10^-this. */
  patternExponent: z.number().int().min(2).max(20),
});
export type ScoringSettings = z.infer<typeof scoringSettings>;
export const defaultScoringSettings: ScoringSettings = {
  theoryPass: 60,
  skillPass: 60,
  reviewPass: 60,
  toleranceTotal: 5,
  toleranceStep: 3,
  marksPerCandidate: 2,
  carryDays: 365,
  markingHours: 72,
  banYearsWithoutGraduation: 3,
  programmeYears: 3,
  patternMinShared: 6,
  patternExponent: 6,
};

/** One step of an examiner's mark: the points given (配分 minus deductions), and a failed veto item (否决项). */
export const markStep = z.object({
  task: z.number().int().min(0).max(50),
  step: z.number().int().min(0).max(50),
  points: z.number().min(0).max(100),
  vetoFailed: z.boolean().default(false),
  note: text().max(500).nullish(),
});
export type MarkStep = z.infer<typeof markStep>;

export const sheetSignRoles = ['leader', 'recorder'] as const;
export type SheetSignRole = (typeof sheetSignRoles)[number];
export const sheetSignRoleNames: Record<SheetSignRole, string> = { leader: '考评组组长', recorder: '汇总记分员' };

export interface ScoreSheetSignature {
  role: SheetSignRole;
  userId: string;
  name: string;
  at: string;
}

/** How a part of a result stands. */
export const partStates = ['scored', 'absent', 'cancelled', 'cheating', 'missing', 'carried', 'exempt'] as const;
export type PartState = (typeof partStates)[number];
export const partStateNames: Record<PartState, string> = {
  scored: '已评分',
  absent: '缺考',
  cancelled: '成绩取消',
  cheating: '按作弊处理',
  missing: '未录入',
  carried: '沿用合格成绩',
  exempt: '依据材料认定合格',
};

export const outcomes = ['pass', 'fail', 'cancelled', 'incomplete'] as const;
export type Outcome = (typeof outcomes)[number];
export const outcomeNames: Record<Outcome, string> = {
  pass: '合格',
  fail: '不合格',
  cancelled: '成绩取消',
  incomplete: '成绩未齐',
};

// ——— requests and answers ———

const score = z
  .number({ message: '成绩：应为 0–100 的数字' })
  .min(0, '成绩：不能小于 0')
  .max(100, '成绩：不能大于 100')
  .refine((v) => Math.round(v * 100) === v * 100, '成绩：最多两位小数');
const reason = (what: string) => text().trim().min(2, `${what}：请填写理由（至少 2 个字）`).max(500);

export const sittingParams = z.object({ sittingId: z.string().uuid() });
export const batchParams = z.object({ batchId: z.string().uuid() });
export const markParams = z.object({ sittingId: z.string().uuid(), applicationId: z.string().uuid() });
export const idParams = z.object({ id: z.string().uuid() });

/** One entry of the grid: a score, or 缺考. */
export const entryInput = z.object({
  applicationId: z.string().uuid(),
  absent: z.boolean().default(false),
  score: score.nullable().default(null),
});
export const entriesBody = z.object({ entries: z.array(entryInput).min(1).max(2000) });

export const sheetSetupBody = z
  .object({
    paperId: z.string().uuid().nullish(),
    windowOpensAt: z.string().datetime({ offset: true }).nullish(),
    windowClosesAt: z.string().datetime({ offset: true }).nullish(),
  })
  .refine((b) => !b.windowOpensAt || !b.windowClosesAt || b.windowOpensAt < b.windowClosesAt, {
    message: '评分时间：结束时间应晚于开始时间',
    path: ['windowClosesAt'],
  });

export const signBody = z.object({ role: z.enum(sheetSignRoles) });

export const markBody = z.object({
  steps: z.array(markStep).min(1).max(500),
  overtimeDeduction: z.number().min(0).max(100).default(0),
  note: text().trim().max(500).nullish(),
  /** false: keep as draft; true: submit (final). */
  submit: z.boolean().default(false),
});
export const decisionBody = z.object({ score, reason: reason('组长裁定') });
export const correctionBody = z.object({
  applicationId: z.string().uuid(),
  absent: z.boolean().default(false),
  score: score.nullable().default(null),
  reason: reason('更正理由'),
});
export const correctionDecisionBody = z.object({ approve: z.boolean(), note: text().trim().max(500).nullish() });
export const rulingBody = z.object({ state: z.enum(['upheld', 'overturned']), reason: reason('处理意见') });
export const flagDecisionBody = z.object({ state: z.enum(['cleared', 'referred']), note: reason('复核意见') });
export const scoringSettingsBody = scoringSettings;

const person = { name: z.string(), idMasked: z.string(), ticketNumber: z.string().nullable() };

export const sheetRow = z.object({
  applicationId: z.string(),
  ...person,
  roomName: z.string().nullable(),
  seatNo: z.number().nullable(),
  level: z.number(),
  /** What counts now: entered/imported/marking/cbt, or absent by attendance. */
  absent: z.boolean(),
  score: z.number().nullable(),
  source: z.string().nullable(),
  sourceName: z.string(),
  attendance: z.enum(['present', 'absent', 'pending', 'none']),
  violations: z.array(z.object({ tier: z.number(), clauseName: z.string(), overturned: z.boolean() })),
  /** Skill sittings: the 2+1+1 state and the marks submitted. */
  marking: z.object({ state: z.string(), stateName: z.string(), submitted: z.number(), needed: z.number() }).nullable(),
});
export type SheetRow = z.infer<typeof sheetRow>;

export const scoreSheet = z.object({
  sittingId: z.string(),
  batchId: z.string(),
  batchTitle: z.string(),
  kind: z.enum(scoreParts),
  kindName: z.string(),
  day: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  computer: z.boolean(),
  paper: z.object({ id: z.string(), title: z.string() }).nullable(),
  paperChoices: z.array(z.object({ id: z.string(), title: z.string(), level: z.number() })),
  windowOpensAt: z.string().nullable(),
  windowClosesAt: z.string().nullable(),
  examiners: z.array(z.object({ personId: z.string(), name: z.string(), leader: z.boolean() })),
  signatures: z.array(
    z.object({ role: z.enum(sheetSignRoles), roleName: z.string(), name: z.string(), at: z.string() }),
  ),
  signedAt: z.string().nullable(),
  rows: z.array(sheetRow),
  counts: z.object({ total: z.number(), entered: z.number(), absent: z.number(), missing: z.number() }),
  may: z.object({
    enter: z.boolean(),
    setup: z.boolean(),
    sign: z.array(z.enum(sheetSignRoles)),
    correct: z.boolean(),
    /** R-SCORE-05: a direct, process or contest batch's sheet is written from the registration evidence. */
    evidence: z.boolean(),
  }),
});
export type ScoreSheet = z.infer<typeof scoreSheet>;

export const scoringSittingRow = z.object({
  sittingId: z.string(),
  kind: z.enum(scoreParts),
  kindName: z.string(),
  day: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  candidates: z.number(),
  entered: z.number(),
  signedAt: z.string().nullable(),
});
export const scoringBatchRow = z.object({
  batchId: z.string(),
  title: z.string(),
  state: z.string(),
  stateName: z.string(),
  sittings: z.array(scoringSittingRow),
});
export const scoringBatchList = z.object({ items: z.array(scoringBatchRow) });

export const resultRow = z.object({
  applicationId: z.string(),
  ...person,
  level: z.number(),
  parts: z.array(
    z.object({
      part: z.enum(scoreParts),
      state: z.enum(partStates),
      stateName: z.string(),
      score: z.number().nullable(),
    }),
  ),
  outcome: z.enum(outcomes),
  outcomeName: z.string(),
  reasons: z.array(z.string()),
});
export const batchResults = z.object({
  batchId: z.string(),
  title: z.string(),
  signedOff: z.boolean(),
  counts: z.record(z.string(), z.number()),
  rows: z.array(resultRow),
});
export type BatchResults = z.infer<typeof batchResults>;

export const correctionRow = z.object({
  id: z.string(),
  sittingId: z.string(),
  batchTitle: z.string(),
  kindName: z.string(),
  applicationId: z.string(),
  name: z.string(),
  from: z.string(),
  to: z.string(),
  reason: z.string(),
  state: z.enum(['requested', 'approved', 'rejected']),
  requestedByName: z.string(),
  requestedAt: z.string(),
  decidedByName: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decisionNote: z.string().nullable(),
});
export const correctionList = z.object({ items: z.array(correctionRow) });

export const violationRuling = z.object({
  violationId: z.string(),
  applicationId: z.string(),
  name: z.string(),
  kindName: z.string(),
  tier: z.number(),
  clauseName: z.string(),
  occurredAt: z.string(),
  description: z.string(),
  effect: z.string(),
  ruling: z
    .object({
      state: z.enum(['upheld', 'overturned']),
      reason: z.string(),
      decidedAt: z.string(),
      banUntil: z.string().nullable(),
    })
    .nullable(),
});
export const violationRulingList = z.object({ items: z.array(violationRuling) });

/** The examiner's view of a skill or review sitting (blind: its own marks only until it submits). */
export const markingTask = z.object({
  no: z.number(),
  title: z.string(),
  points: z.number(),
  timeLimitMinutes: z.number(),
  overtimeRule: z.string(),
  steps: z.array(
    z.object({
      element: z.string(),
      requirement: z.string(),
      points: z.number(),
      criteria: z.string(),
      deductions: z.array(z.object({ text: z.string(), points: z.number() })),
      veto: z.boolean(),
    }),
  ),
});
export const markingCandidate = z.object({
  applicationId: z.string(),
  ...person,
  seatNo: z.number().nullable(),
  /** mine: none | draft | submitted; what I may do: mark (round 1 or 3), decide (leader), nothing. */
  mine: z.enum(['none', 'draft', 'submitted']),
  myTotal: z.number().nullable(),
  state: z.string(),
  stateName: z.string(),
  score: z.number().nullable(),
  conflict: z.boolean(),
  may: z.object({ mark: z.boolean(), round: z.number().nullable(), decide: z.boolean() }),
});
export const markingView = z.object({
  sittingId: z.string(),
  batchTitle: z.string(),
  kindName: z.string(),
  day: z.string(),
  leader: z.boolean(),
  agreed: z.boolean(),
  agreementText: z.string(),
  windowOpensAt: z.string().nullable(),
  windowClosesAt: z.string().nullable(),
  windowOpen: z.boolean(),
  paperTitle: z.string().nullable(),
  tasks: z.array(markingTask),
  candidates: z.array(markingCandidate),
});
export type MarkingView = z.infer<typeof markingView>;

export const markDetail = z.object({
  applicationId: z.string(),
  ...person,
  mine: z
    .object({
      steps: z.array(markStep),
      overtimeDeduction: z.number(),
      total: z.number(),
      note: z.string().nullable(),
      submitted: z.boolean(),
      round: z.number(),
    })
    .nullable(),
  /** The others' marks: shown only after mine is submitted (blind marking), and to the leader for a decision. */
  others: z.array(
    z.object({
      examinerName: z.string(),
      round: z.number(),
      total: z.number(),
      steps: z.array(markStep),
      submittedAt: z.string(),
    }),
  ),
  state: z.string(),
  stateName: z.string(),
  score: z.number().nullable(),
});
export type MarkDetail = z.infer<typeof markDetail>;

export const mySittingRow = z.object({
  sittingId: z.string(),
  batchTitle: z.string(),
  kind: z.enum(scoreParts),
  kindName: z.string(),
  day: z.string(),
  leader: z.boolean(),
  candidates: z.number(),
  myMarks: z.number(),
  resolved: z.number(),
  windowOpen: z.boolean(),
});
export const mySittingList = z.object({ items: z.array(mySittingRow) });

export const skillStateNames: Record<string, string> = {
  waiting: '待评分',
  third_needed: '分差超出，待第三评',
  leader_needed: '待组长裁定',
  resolved: '已确定',
};

export const sourceNames: Record<string, string> = {
  entry: '录入',
  import: '导入',
  cbt: '机考自动评分',
  marking: '考评员评分',
  evidence: '依据材料认定',
  correction: '更正',
  attendance: '入场登记缺考',
};

/** R-SCORE-04: the confidentiality agreement an examiner confirms before the first mark of a batch (成绩管理 §2). */
export const CONFIDENTIALITY_TEXT =
  '本人承诺：严格遵守职业技能等级认定考评工作纪律，对评分标准、考生成绩及评分过程中知悉的一切信息保密；' +
  '不泄露、不擅自更改考生成绩，不为任何考生谋取不正当利益；与考生存在利害关系时主动回避。如有违反，愿承担相应责任。';

export const patternFlagRow = z.object({
  id: z.string(),
  a: z.object({
    applicationId: z.string(),
    name: z.string(),
    ticketNumber: z.string().nullable(),
    score: z.number().nullable(),
  }),
  b: z.object({
    applicationId: z.string(),
    name: z.string(),
    ticketNumber: z.string().nullable(),
    score: z.number().nullable(),
  }),
  common: z.number(),
  sharedWrong: z.number(),
  sharedSame: z.number(),
  expected: z.number(),
  log10p: z.number(),
  state: z.enum(['open', 'cleared', 'referred']),
  stateName: z.string(),
  note: z.string().nullable(),
});
export const patternReport = z.object({
  sittingId: z.string(),
  computer: z.boolean(),
  candidates: z.number(),
  analysedAt: z.string().nullable(),
  flags: z.array(patternFlagRow),
});
export type PatternReport = z.infer<typeof patternReport>;
export const patternStateNames = { open: '待复核', cleared: '复核排除', referred: '移交违纪处理' } as const;
