import { z } from 'zod';
import { isoDay, paged, text } from './common.js';

/**
 * 质量督导 (R-SUP-01…03): the internal supervision group's annual plan, per batch and site the team's report with
 * every member's signature, the observations of the team during the batch (with breaches stopped and reported), and
 * the external supervisors sent by the authority (双随机一公开). Requests and answers of the API.
 */

/** R-SUP-01: what the internal group supervises (H 七 (2) 5), Z 六). */
export const supervisionAreas = [
  'conditions',
  'scope',
  'itembank',
  'examiners',
  'candidates',
  'procedure',
  'order',
  'certificates',
] as const;
export type SupervisionArea = (typeof supervisionAreas)[number];
export const supervisionAreaNames: Record<SupervisionArea, string> = {
  conditions: '运行条件',
  scope: '认定范围',
  itembank: '试题和题库',
  examiners: '考评人员资格',
  candidates: '考生资格审查',
  procedure: '考务管理程序',
  order: '考试现场秩序',
  certificates: '证书管理程序',
};

/** The checklist of each area an observation answers item by item (ok / not ok, with a note). */
export const supervisionChecklists: Record<SupervisionArea, string[]> = {
  conditions: ['场地、设备符合认定要求', '考务人员按要求配备到位', '应急预案与保障措施落实'],
  scope: ['认定职业（工种）、等级在备案范围内', '认定对象符合认定范围'],
  itembank: ['试卷从题库抽取并按规定组卷', '试卷保管、交接手续完整', '启封前试卷密封完好'],
  examiners: ['考评员持有效证件上岗', '考评员配备数量符合规定', '执行回避制度'],
  candidates: ['考生报名资格经审核', '考生身份核验无误'],
  procedure: ['考务流程按规定执行', '考场记录表如实填写', '成绩登记与复核按规定进行'],
  order: ['考场纪律良好', '监考员履职到位', '违纪情况按规定处理并记录'],
  certificates: ['证书核发按程序办理', '证书领取登记完整'],
};

const area = z.enum(supervisionAreas);
const shortText = (max: number) => text().trim().max(max, `不能超过 ${max} 个字`);

/** R-SUP-01: one area of the plan: what is supervised and how. */
export const planArea = z.object({
  aspect: area,
  focus: shortText(1000).min(1, '不能为空'),
  approach: shortText(500).min(1, '不能为空'),
});
export const planBody = z.object({
  year: z.number().int('年份：应为整数').min(2000, '年份：不早于 2000 年').max(2100, '年份：不晚于 2100 年'),
  title: shortText(200).min(1, '不能为空'),
  areas: z
    .array(planArea)
    .min(1, '至少填写一个督导项目')
    .max(supervisionAreas.length)
    .refine((a) => new Set(a.map((x) => x.aspect)).size === a.length, '督导项目不能重复'),
});
export type PlanBody = z.infer<typeof planBody>;

export const planStates = ['draft', 'approved'] as const;
export const planStateNames: Record<(typeof planStates)[number], string> = { draft: '草稿', approved: '已批准' };

export const supervisionPlan = z.object({
  id: z.string(),
  year: z.number().int(),
  title: z.string(),
  areas: z.array(z.object({ aspect: area, aspectName: z.string(), focus: z.string(), approach: z.string() })),
  state: z.enum(planStates),
  stateName: z.string(),
  approvedByName: z.string().nullable(),
  approvedAt: z.string().nullable(),
  updatedAt: z.string(),
});
export type SupervisionPlan = z.infer<typeof supervisionPlan>;
export const supervisionPlanList = paged(supervisionPlan);

/** One member of a team with their signature of the report. */
export const teamMember = z.object({
  personId: z.string(),
  name: z.string(),
  signedAt: z.string().nullable(),
  signedByName: z.string().nullable(),
  /** The member is the logged-in user. */
  me: z.boolean(),
});

/** R-SUP-02: a team's report (one per batch and site: each site has its 3 supervisors, R-ARR-03). */
export const reportStates = ['open', 'submitted'] as const;
export const reportStateNames: Record<(typeof reportStates)[number], string> = {
  open: '未提交',
  submitted: '已提交',
};

export const supervisionTeam = z.object({
  batchId: z.string(),
  siteId: z.string(),
  batchTitle: z.string(),
  siteName: z.string(),
  lastExamDay: z.string(),
  /** R-SUP-02: the last day the report may be submitted (2 calendar days after the last exam day). */
  dueOn: z.string(),
  overdue: z.boolean(),
  state: z.enum(reportStates),
  stateName: z.string(),
  team: z.array(teamMember),
  signed: z.number().int(),
  observations: z.number().int(),
  breaches: z.number().int(),
  submittedAt: z.string().nullable(),
});
export type SupervisionTeam = z.infer<typeof supervisionTeam>;
export const supervisionTeamList = paged(supervisionTeam);

export const checklistEntry = z.object({
  item: shortText(200).min(1, '不能为空'),
  ok: z.boolean(),
  note: shortText(500).default(''),
});

export const observationBody = z
  .object({
    aspect: area,
    checklist: z.array(checklistEntry).max(20),
    notes: shortText(2000).default(''),
    photoFileIds: z.array(z.string().uuid('编号格式不正确')).max(10).default([]),
    /** R-SUP-03: a breach stopped on the spot and reported to the centre; what was stopped. */
    breach: z.boolean().default(false),
    stopped: shortText(1000).default(''),
  })
  .refine((o) => !o.breach || o.stopped.length > 0, {
    path: ['stopped'],
    message: '报告违规时请写明制止的行为',
  });
export type ObservationBody = z.infer<typeof observationBody>;

export const supervisionObservation = z.object({
  id: z.string(),
  batchId: z.string(),
  siteId: z.string(),
  batchTitle: z.string(),
  siteName: z.string(),
  aspect: area,
  aspectName: z.string(),
  checklist: z.array(z.object({ item: z.string(), ok: z.boolean(), note: z.string() })),
  notes: z.string(),
  photoFileIds: z.array(z.string()),
  breach: z.boolean(),
  stopped: z.string(),
  byName: z.string(),
  createdAt: z.string(),
});
export type SupervisionObservation = z.infer<typeof supervisionObservation>;
export const supervisionObservationList = paged(supervisionObservation);

export const reportBody = z.object({
  findings: shortText(5000),
  problems: shortText(5000),
  suggestions: shortText(5000),
});
export type ReportBody = z.infer<typeof reportBody>;

/** R-SUP-02: external supervisors sent by the authority (双随机一公开). */
export const externalBody = z.object({
  batchId: z.string().uuid('编号格式不正确').nullable().default(null),
  authority: shortText(200).min(1, '不能为空'),
  names: z.array(shortText(50).min(1, '不能为空')).min(1, '至少填写一名督导人员').max(10),
  visitedOn: isoDay,
  findings: shortText(5000).default(''),
  fileIds: z.array(z.string().uuid('编号格式不正确')).max(10).default([]),
});
export type ExternalBody = z.infer<typeof externalBody>;

export const externalSupervision = z.object({
  id: z.string(),
  batchId: z.string().nullable(),
  batchTitle: z.string().nullable(),
  authority: z.string(),
  names: z.array(z.string()),
  visitedOn: z.string(),
  findings: z.string(),
  fileIds: z.array(z.string()),
  createdAt: z.string(),
});
export const externalSupervisionList = paged(externalSupervision);

export const supervisionReport = supervisionTeam.extend({
  findings: z.string(),
  problems: z.string(),
  suggestions: z.string(),
  /** The logged-in user is a member of the team. */
  member: z.boolean(),
  observationList: z.array(supervisionObservation),
  externalList: z.array(externalSupervision),
});
export type SupervisionReport = z.infer<typeof supervisionReport>;

export const teamParams = z.object({
  batchId: z.string().uuid('编号格式不正确'),
  siteId: z.string().uuid('编号格式不正确'),
});
