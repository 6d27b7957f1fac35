import { z } from 'zod';
import { isoDay, paged, text } from './common.js';

/**
 * 考生投诉 (R-CMP-01…04): complaints recorded by staff, filed on the public page or in the candidate's portal,
 * decided within 3 working days, answered within 7 (extendable with notice), handled by nobody complained about,
 * archived once closed. Requests and answers of the API.
 */

export const complaintChannels = ['oral', 'phone', 'letter', 'online'] as const;
export type ComplaintChannel = (typeof complaintChannels)[number];
export const complaintChannelNames: Record<ComplaintChannel, string> = {
  oral: '口头',
  phone: '电话',
  letter: '信件',
  online: '网上',
};
export const complaintSources = ['staff', 'public', 'portal'] as const;
export type ComplaintSource = (typeof complaintSources)[number];
export const complaintSourceNames: Record<ComplaintSource, string> = {
  staff: '工作人员登记',
  public: '公开投诉页',
  portal: '考生报名系统',
};
export const complaintStates = ['received', 'investigating', 'not_investigated', 'decided', 'archived'] as const;
export type ComplaintState = (typeof complaintStates)[number];
export const complaintStateNames: Record<ComplaintState, string> = {
  received: '已登记',
  investigating: '调查中',
  not_investigated: '不予调查',
  decided: '已处理',
  archived: '已归档',
};
export const appealKinds = ['violation', 'misconduct'] as const;
export type AppealKind = (typeof appealKinds)[number];
export const appealKindNames: Record<AppealKind, string> = {
  violation: '考生违纪处理决定',
  misconduct: '考务人员违纪处理决定',
};

/** R-CMP-02: working days to decide whether to investigate, and to a result (R-DAYS-01, after the received day). */
export const ACCEPT_WORKING_DAYS = 3;
export const RESULT_WORKING_DAYS = 7;

const complainantName = text().trim().min(1, '投诉人姓名：请填写').max(50, '投诉人姓名：不能超过 50 个字');
const complainantUnit = text().trim().max(100, '投诉人单位：不能超过 100 个字').nullish();
const complainantContact = text().trim().min(5, '联系方式：请填写电话或邮箱').max(100, '联系方式：不能超过 100 个字');
const complaintText = text()
  .trim()
  .min(5, '投诉内容：请写明投诉的事项（至少 5 个字）')
  .max(4000, '投诉内容：不能超过 4000 个字');
const uuids = (msg: string) => z.array(z.string().uuid(msg)).max(20, '最多 20 项');

/** R-CMP-01: what every complaint records, however it came in. */
const complaintCore = {
  complainantName,
  complainantUnit,
  complainantContact,
  complaintText,
  batchId: z.string().uuid('批次编号格式不正确').nullish(),
  respondentText: text().trim().max(500, '被投诉对象说明：不能超过 500 个字').nullish(),
};

/** Recorded by staff: any channel, the received day (not in the future), respondents, an appeal link. */
export const recordComplaintBody = z.object({
  ...complaintCore,
  channel: z.enum(complaintChannels, { message: '投诉方式：应为口头、电话、信件或网上' }),
  receivedOn: isoDay.nullish(),
  evidenceFileIds: uuids('证据材料编号格式不正确').nullish(),
  respondentPersonIds: uuids('被投诉人员编号格式不正确').nullish(),
  respondentUserIds: uuids('被投诉工作人员账号编号格式不正确').nullish(),
  appealKind: z.enum(appealKinds).nullish(),
  appealId: z.string().uuid('申诉的处理决定编号格式不正确').nullish(),
  handlerId: z.string().uuid('承办人编号格式不正确').nullish(),
});
export type RecordComplaintBody = z.infer<typeof recordComplaintBody>;

/** The public page (no login): channel 网上, today. */
export const publicComplaintBody = z.object({ ...complaintCore });
/** The candidate's portal: its name comes from its record. */
export const portalComplaintBody = z.object({
  complainantContact,
  complainantUnit,
  complaintText,
  batchId: complaintCore.batchId,
  respondentText: complaintCore.respondentText,
  evidenceFileIds: uuids('证据材料编号格式不正确').nullish(),
  appealKind: z.enum(appealKinds).nullish(),
  appealId: z.string().uuid('申诉的处理决定编号格式不正确').nullish(),
});

export const assignHandlerBody = z.object({ handlerId: z.string().uuid('承办人编号格式不正确') });
export const decideComplaintBody = z.object({
  investigate: z.boolean({ message: '是否调查：请选择' }),
  decisionReason: text().trim().min(2, '决定理由：请写明理由').max(2000, '决定理由：不能超过 2000 个字'),
  notifiedOn: isoDay.nullish(),
});
export const extendComplaintBody = z.object({
  extendedDueOn: isoDay,
  extensionReason: text().trim().min(2, '延长原因：请写明原因').max(1000, '延长原因：不能超过 1000 个字'),
});
export const complaintResultBody = z.object({
  result: text().trim().min(2, '处理结果：请写明处理结果').max(4000, '处理结果：不能超过 4000 个字'),
  notifiedOn: isoDay.nullish(),
});
export const complaintListQuery = z.object({
  state: z.enum(complaintStates).optional(),
  overdue: z.enum(['true', 'false']).optional(),
});
export const complaintIdParam = z.object({ id: z.string().uuid('投诉编号格式不正确') });
export const trackingQuery = z.object({
  trackingCode: text().trim().min(6, '查询码：请填写完整的查询码').max(40, '查询码：格式不正确'),
});

const person = z.object({ id: z.string(), name: z.string() });

export const complaintSummary = z.object({
  id: z.string(),
  channel: z.enum(complaintChannels),
  channelName: z.string(),
  source: z.enum(complaintSources),
  sourceName: z.string(),
  complainantName: z.string(),
  complaintText: z.string(),
  receivedOn: z.string(),
  state: z.enum(complaintStates),
  stateName: z.string(),
  handlerId: z.string().nullable(),
  handlerName: z.string().nullable(),
  /** R-CMP-02: the day by which the decision is due, and by which the result is due (extended if so). */
  acceptDueOn: z.string(),
  resultDueOn: z.string(),
  extendedDueOn: z.string().nullable(),
  acceptOverdue: z.boolean(),
  resultOverdue: z.boolean(),
  archived: z.boolean(),
});
export type ComplaintSummary = z.infer<typeof complaintSummary>;
export const complaintList = paged(complaintSummary);

export const complaintDetail = complaintSummary.extend({
  complainantUnit: z.string().nullable(),
  complainantContact: z.string(),
  evidence: z.array(z.object({ id: z.string(), name: z.string() })),
  batchId: z.string().nullable(),
  batchTitle: z.string().nullable(),
  respondentPersons: z.array(person),
  respondentUsers: z.array(person),
  respondentText: z.string().nullable(),
  appealKind: z.enum(appealKinds).nullable(),
  appealKindName: z.string().nullable(),
  appealId: z.string().nullable(),
  appealLabel: z.string().nullable(),
  extensionReason: z.string().nullable(),
  extendedAt: z.string().nullable(),
  investigate: z.boolean().nullable(),
  decisionReason: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decidedByName: z.string().nullable(),
  decisionNotifiedOn: z.string().nullable(),
  result: z.string().nullable(),
  resultAt: z.string().nullable(),
  resultByName: z.string().nullable(),
  resultNotifiedOn: z.string().nullable(),
  closedAt: z.string().nullable(),
  archivedAt: z.string().nullable(),
  createdAt: z.string(),
  /** Who may handle it (R-CMP-03: nobody complained about). */
  handlerChoices: z.array(person),
});
export type ComplaintDetail = z.infer<typeof complaintDetail>;

/** The answer to a filing: the tracking code, shown this once. */
export const complaintReceipt = z.object({
  id: z.string(),
  trackingCode: z.string(),
  receivedOn: z.string(),
  acceptDueOn: z.string(),
  resultDueOn: z.string(),
  message: z.string(),
});
/** The public lookup by code: state and due days only. */
export const complaintStatus = z.object({
  state: z.enum(complaintStates),
  stateName: z.string(),
  receivedOn: z.string(),
  acceptDueOn: z.string(),
  resultDueOn: z.string(),
});
export type ComplaintStatus = z.infer<typeof complaintStatus>;
/** The candidate's own complaints in the portal. */
export const myComplaint = complaintStatus.extend({
  id: z.string(),
  complaintText: z.string(),
  channelName: z.string(),
  decisionReason: z.string().nullable(),
  result: z.string().nullable(),
});
export const myComplaintList = z.object({ items: z.array(myComplaint) });
