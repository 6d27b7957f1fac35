import { z } from 'zod';
import { text, isoDay } from './common.js';

const day = isoDay;

export const auditQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
  /** Name (partial) or user id of the person who acted. */
  actor: text().trim().max(50).optional(),
  entity: text().trim().max(50).optional(),
  entityId: text().trim().max(64).optional(),
  action: text().trim().max(50).optional(),
  from: day.optional(),
  to: day.optional(),
});
export type AuditQueryInput = z.infer<typeof auditQuery>;

export const auditRow = z.object({
  seq: z.number().int(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  actorRole: z.string().nullable(),
  ip: z.string().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  hash: z.string(),
});
export type AuditRow = z.infer<typeof auditRow>;

/** Chinese names of audited entities and actions, for the audit page and exports. */
export const entityNames: Record<string, string> = {
  user: '用户',
  college: '二级学院',
  centre: '认定中心',
  calendar: '工作日历',
  file: '文件',
  job: '后台任务',
  audit: '审计日志',
  appointment: '聘任',
  appraisal: '年度考核',
  appraisalScore: '批次评价',
  assessment: '备案自评',
  assessment_sheet: '自评评分表',
  catalogue: '职业目录',
  conflict: '回避关系',
  equipment: '设备',
  examStaff: '考务人员',
  examiner: '考评员',
  expert: '专家',
  filing: '备案申请',
  misconduct: '违纪记录',
  occupation: '职业',
  occupation_job: '工种',
  peopleSettings: '人员设置',
  person: '人员',
  'person.photo': '人员照片',
  personDocument: '人员档案材料',
  regulations: '制度清单',
  scope: '认定范围',
  scope_approval: '跨学院认定批准',
  supervisor: '督导员',
  teacherClass: '任课班级',
  venues: '场地',
};
export const actionNames: Record<string, string> = {
  create: '新增',
  update: '修改',
  delete: '删除',
  login: '登录',
  logout: '退出',
  'login.failed': '登录失败',
  'login.locked': '账户锁定',
  'password.change': '修改密码',
  'password.reset': '重置密码',
  disable: '停用',
  enable: '启用',
  unlock: '解锁',
  upload: '上传',
  export: '导出',
  seed: '初始化',
  import: '导入',
  approve: '批准',
  submit: '提交',
  return: '退回',
  finalize: '定级',
  disqualify: '取消资格',
  dismiss: '解聘',
  appeal: '申诉',
  'appeal.decide': '申诉处理',
  'view.idNumber': '查看完整证件号',
};
