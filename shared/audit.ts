import { z } from 'zod';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');

export const auditQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
  /** Name (partial) or user id of the person who acted. */
  actor: z.string().trim().max(50).optional(),
  entity: z.string().trim().max(50).optional(),
  entityId: z.string().trim().max(64).optional(),
  action: z.string().trim().max(50).optional(),
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
};
