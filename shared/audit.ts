import { z } from 'zod';
import { text, isoDay } from './common.js';
import { batchStateNames, type BatchState } from './plans.js';

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

export const auditRow = z.object({
  seq: z.number().int(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  actorRole: z.string().nullable(),
  ip: z.string().nullable(),
  action: z.string(),
  /** The action in Chinese (issue 9: no raw codes on screen). */
  actionName: z.string(),
  entity: z.string(),
  /** The object type in Chinese. */
  entityName: z.string(),
  /** The raw id, for the tooltip beside `objectLabel`. */
  entityId: z.string().nullable(),
  /**
   * The object as a person reads it: the batch's title, the person's name, the account's name (never a full ID
   * number); null when nothing better than the id is known.
   */
  objectLabel: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  hash: z.string(),
});
export type AuditRow = z.infer<typeof auditRow>;

/**
 * Chinese names of audited object types and actions, for the audit page and its Excel export (issue 9: no raw
 * codes). `server/modules/audit/audit.codes.test.ts` reads every `recordAudit(…)` of the code and fails when an
 * action or object type it records has no name here.
 */
export const entityNames: Record<string, string> = {
  user: '用户账号',
  college: '二级学院',
  centre: '认定中心',
  calendar: '工作日历',
  file: '文件',
  job: '后台任务',
  audit: '审计日志',
  appointment: '聘任',
  appraisal: '年度考核',
  appraisalScore: '批次评价',
  annual_plan: '年度计划',
  application: '报名申请',
  arrangement: '考场编排',
  assessment: '备案自评',
  assessment_sheet: '自评评分表',
  batch: '认定批次',
  'batch.photos': '批次照片',
  batch_notice: '认定通知',
  candidate_ban: '禁考记录',
  kept_part: '保留的单科合格成绩',
  catalogue: '职业目录',
  conflict: '回避关系',
  contest_result: '竞赛成绩',
  course_results: '课程成绩',
  equipment: '设备',
  examStaff: '考务人员',
  exam_room: '考场',
  exam_site: '考点',
  examiner: '考评员',
  expert: '专家',
  fee_standard: '收费标准',
  filing: '备案申请',
  misconduct: '违纪记录',
  occupation: '职业',
  occupation_job: '工种',
  peopleSettings: '人员设置',
  person: '人员',
  'person.photo': '人员照片',
  personDocument: '人员档案材料',
  plan_settings: '计划设置',
  regulations: '制度清单',
  required_courses: '应修课程',
  roster: '花名册',
  scope: '认定范围',
  scope_approval: '跨学院认定批准',
  semester_plan: '学期计划',
  signup_request: '注册申请',
  supervisor: '督导员',
  teacherClass: '任课班级',
  training_class: '培训班',
  venues: '场地',
  x_certificate: '1+X 证书',
  item: '试题',
  custody_duty: '试卷保密室值班记录',
  document_transfer: '文件移交登记',
  assembly_plan: '组卷方案',
  assembly: '组卷',
  paper: '试卷',
  blueprint: '鉴定要素细目表',
  blueprint_node: '细目表节点',
  bank_settings: '题库设置',
  // computer-based exam (R-EXAM-02)
  exam_sitting: '机考场次',
  exam_attempt: '机考答卷',
  exam_room_session: '机考考场',
  // exam day (R-EXAM-01, 03, 04; R-VIOL-01…04 recorded)
  exam_settings: '考试实施设置',
  exam_checkin: '入场登记',
  exam_incident: '考场突发事件',
  exam_violation: '考生违纪记录',
  exam_room_record: '考场情况记录表',
  // scoring (R-SCORE-01…05)
  score_sheet: '成绩登记表',
  score_correction: '成绩更正',
  scoring_settings: '成绩设置',
  // supervision (R-SUP-01…03)
  supervision_plan: '质量督导计划',
  supervision_report: '质量督导报告',
  supervision_observation: '督导记录',
  supervision_external: '外部质量督导',
  // publicity (R-PUB-01)
  publicity_settings: '成绩公示设置',
  publicity_window: '成绩公示',
  publicity_objection: '公示异议',
  // complaints (R-CMP-01…04)
  complaint: '考生投诉',
  // certificates (R-CERT-01…05)
  certificate: '职业技能等级证书',
  certificate_stock: '空白证书库存',
  certificate_print: '证书打印',
  certificate_export: '证书数据上报表',
  // a batch's accounts (R-FEE-01)
  batch_expense: '批次支出',
  finance_settings: '劳务费标准',
};
export const actionNames: Record<string, string> = {
  create: '新增',
  update: '修改',
  edit: '修改',
  delete: '删除',
  login: '登录',
  logout: '退出',
  'login.failed': '登录失败',
  'login.locked': '账户锁定',
  'password.change': '修改密码',
  'password.reset': '重置密码',
  'link.account': '关联账号',
  'unlink.account': '解除账号关联',
  'activation.print': '打印激活码',
  'activation.replace': '重发激活码',
  'activation.upgrade': '激活码升级',
  disable: '停用',
  enable: '启用',
  unlock: '解锁',
  upload: '上传',
  export: '导出',
  seed: '初始化',
  import: '导入',
  run: '运行',
  publish: '发布',
  issue: '下达',
  file: '报备',
  approve: '批准',
  approval: '审批',
  reject: '退回',
  submit: '提交',
  resubmit: '重新提交',
  withdraw: '撤回',
  return: '退回',
  recheck: '重新判定资格',
  payment: '登记缴费',
  refund: '退费',
  finalize: '定级',
  disqualify: '取消资格',
  dismiss: '解聘',
  appeal: '申诉',
  'appeal.decide': '申诉处理',
  'unavailable.add': '登记不可用时段',
  'unavailable.remove': '取消不可用时段',
  signup: '注册',
  'signup.request': '注册申请',
  'signup.confirm': '确认注册',
  'signup.reject': '拒绝注册',
  'view.idNumber': '查看完整证件号',
  view: '查看',
  download: '下载',
  print: '登记印制',
  // computer-based exam (R-EXAM-02)
  'exam.mode': '设置考试方式',
  'exam.prepare': '机考准备',
  'exam.login': '考生登录机考',
  'exam.release': '释放座位',
  'exam.collect': '监考员收卷',
  'exam.open': '开考',
  'exam.pause': '暂停考试',
  'exam.resume': '继续考试',
  'exam.ip_ranges': '设置考场网络地址范围',
  // exam day (R-EXAM-01, 03, 04)
  'exam.checkin': '入场核验',
  'exam.absent': '登记缺考',
  'exam.credit.approve': '批准补时',
  'exam.credit.reject': '驳回补时',
  'exam.sign': '监考员签字',
  'exam.observe': '填写督导意见',
  // scoring (R-SCORE-01…05, R-VIOL-01…05)
  'scoring.enter': '录入成绩',
  'scoring.import': '导入成绩',
  'scoring.setup': '评分设置',
  'scoring.sign': '成绩登记表签字',
  'scoring.agree': '确认保密承诺',
  'scoring.mark': '提交评分',
  'scoring.decide': '组长裁定成绩',
  'scoring.correction.request': '提出成绩更正',
  'scoring.correction.approve': '批准成绩更正',
  'scoring.correction.reject': '驳回成绩更正',
  'scoring.violation.uphold': '确认违纪处理',
  'scoring.violation.overturn': '撤销违纪处理',
  'scoring.patterns': '雷同分析',
  'scoring.evidence': '依据材料生成成绩',
  'scoring.patterns.decide': '雷同复核',
  'itembank.statistics': '试题统计（难度、区分度）',
  // supervision (R-SUP-01…03)
  'supervision.plan.create': '制定质量督导计划',
  'supervision.plan.update': '修改质量督导计划',
  'supervision.plan.approve': '批准质量督导计划',
  'supervision.report.update': '填写质量督导报告',
  'supervision.report.sign': '督导组成员签名',
  'supervision.report.submit': '提交质量督导报告',
  'supervision.observe': '记录督导情况',
  'supervision.breach': '制止并报告违规行为',
  'supervision.external': '登记外部质量督导',
  // publicity (R-PUB-01)
  'publicity.start': '开始成绩公示',
  'publicity.objection': '登记公示异议',
  'publicity.resolve': '处理公示异议',
  'publicity.final': '公示结束，成绩确定',
  'publicity.export': '导出成绩上报表',
  // complaints (R-CMP-01…04)
  'complaint.record': '登记考生投诉',
  'complaint.assign': '指定投诉承办人',
  'complaint.decide': '决定是否调查投诉',
  'complaint.extend': '延长投诉处理期限',
  'complaint.result': '登记投诉处理结果',
  'complaint.close': '投诉办结归档',
  // certificates (R-CERT-01…05, R-VIOL-05)
  'expense.void': '作废支出',
  'certificate.issue': '核发证书',
  'certificate.revoke': '撤销证书',
  'certificate.reissue': '补发证书',
  'certificate.suspend': '暂停使用证书',
  'certificate.reinstate': '恢复证书',
  'certificate.import': '导入省平台证书编号',
  'certificate.export': '导出证书数据（全国联网查询上报）',
  'certificate.register': '下载证书核发名册',
  'certificate.stock': '登记空白证书出入库',
  'certificate.stocktake': '空白证书盘点',
  'certificate.stock_settings': '修改证书库存预警',
  'certificate.print_settings': '修改证书打印设置',
  'certificate.print': '打印证书',
  'certificate.print_run': '领用空白证书打印',
  'certificate.print_settle': '证书打印结算',
  'certificate.distribute': '登记证书发放',
};

/** The Chinese name of an audited action; a code nobody named yet shows as itself. */
export function auditActionName(code: string): string {
  if (actionNames[code]) return actionNames[code];
  const to = /^transition:(.+)$/.exec(code)?.[1];
  if (to && to in batchStateNames) return `状态变更：${batchStateNames[to as BatchState]}`; // a batch's move (plans)
  return code;
}

/** The Chinese name of an audited object type; a code nobody named yet shows as itself. */
export const auditEntityName = (code: string): string => entityNames[code] ?? code;
