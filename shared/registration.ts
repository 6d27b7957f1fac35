import { z } from 'zod';
import { text, isoDay } from './common.js';

/**
 * Shared names of the registration module (R-REG-01/02, R-FEE-01): application states, decisions, fee states,
 * payment methods and evidence kinds. Request/response schemas of each part live beside these in this file.
 */

/** R-REG-02: the states of an application. */
export const applicationStatuses = ['pending_college', 'pending_centre', 'rejected', 'approved', 'withdrawn'] as const;
export type ApplicationStatus = (typeof applicationStatuses)[number];
export const applicationStatusNames: Record<ApplicationStatus, string> = {
  pending_college: '待学院初审',
  pending_centre: '待中心复审',
  rejected: '已退回',
  approved: '审核通过',
  withdrawn: '已撤回',
};
export const reviewStages = ['candidate', 'college', 'centre'] as const;
export type ReviewStage = (typeof reviewStages)[number];
export const reviewStageNames: Record<ReviewStage, string> = {
  candidate: '考生',
  college: '学院初审',
  centre: '中心复审',
};
export const decisionActions = ['submit', 'resubmit', 'approve', 'reject', 'unlock', 'withdraw', 'import'] as const;
export type DecisionAction = (typeof decisionActions)[number];
export const decisionActionNames: Record<DecisionAction, string> = {
  submit: '提交报名',
  resubmit: '修改后重新提交',
  approve: '审核通过',
  reject: '退回',
  unlock: '解除锁定',
  withdraw: '撤回',
  import: '花名册导入',
};

/** R-FEE-01: payment state of an application. */
export const feeStatuses = ['unpaid', 'paid', 'free', 'refunded'] as const;
export type FeeStatus = (typeof feeStatuses)[number];
export const feeStatusNames: Record<FeeStatus, string> = {
  unpaid: '待缴费',
  paid: '已缴费',
  free: '免费',
  refunded: '已退费',
};
export const paymentMethods = ['cash', 'wechat', 'alipay', 'bank', 'card'] as const;
export type PaymentMethod = (typeof paymentMethods)[number];
export const paymentMethodNames: Record<PaymentMethod, string> = {
  cash: '现金',
  wechat: '微信',
  alipay: '支付宝',
  bank: '银行转账',
  card: '校园卡',
};
export const paymentKinds = ['payment', 'refund'] as const;
export const paymentKindNames = { payment: '缴费', refund: '退费' } as const;

/** R-REG-01: documents a candidate uploads with the application. */
export const evidenceKinds = [
  'id_card',
  'x_certificate',
  'title_certificate',
  'transcript',
  'contest',
  'other',
] as const;
export type EvidenceKind = (typeof evidenceKinds)[number];
export const evidenceKindNames: Record<EvidenceKind, string> = {
  id_card: '身份证件',
  x_certificate: '1+X 证书',
  title_certificate: '职称证书',
  transcript: '课程成绩单',
  contest: '竞赛获奖证书',
  other: '其他材料',
};
export const evidenceItem = z.object({
  kind: z.enum(evidenceKinds, { message: '材料类型不正确' }),
  fileId: text().uuid('材料文件编号格式不正确'),
  name: text().trim().min(1).max(200),
});
export type EvidenceItem = z.infer<typeof evidenceItem>;

// ---------------------------------------------------------------------------------------------------------------
// Fees, payments and bulk photos (R-FEE-01, R-REG-01 photos)
// ---------------------------------------------------------------------------------------------------------------

const feeDay = isoDay;
/** An amount in yuan: not negative, at most 1,000,000, two decimals at most (fees, payments, expenses). */
export const money = (label: string) =>
  z
    .number({ message: `${label}应为数字` })
    .min(0, `${label}不能为负数`)
    .max(1_000_000, `${label}过大`)
    .refine((v) => Math.abs(Math.round(v * 100) - v * 100) < 1e-6, `${label}最多两位小数`);

/** R-FEE-01: a fee standard of an occupation (edition + code) and level. */
export const feeStandardBody = z.object({
  edition: text().trim().min(1, '请选择职业目录版本'),
  code: text().trim().min(1, '请填写职业编码'),
  level: z.number().int().min(1, '等级应为 1–5').max(5, '等级应为 1–5'),
  approvedPrice: money('物价核定价'),
  amount: money('收费标准'),
  studentAmount: money('在校生优惠价').nullish(),
  /** R-SCORE-03: 单科报考收费, for an application for one part alone (the other part kept); empty: the full fee. */
  partAmount: money('单科报考收费').nullish(),
  free: z.boolean().default(false),
  note: text().trim().max(500).nullish(),
});
export type FeeStandardBody = z.infer<typeof feeStandardBody>;
export const feeStandard = z.object({
  id: z.string(),
  occupationId: z.string(),
  edition: z.string(),
  code: z.string(),
  occupationName: z.string(),
  level: z.number(),
  approvedPrice: z.number(),
  amount: z.number(),
  studentAmount: z.number().nullable(),
  partAmount: z.number().nullable(),
  free: z.boolean(),
  note: z.string().nullable(),
  updatedAt: z.string(),
});
export type FeeStandard = z.infer<typeof feeStandard>;
export const feeStandardQuery = z.object({ keyword: text().trim().max(60).optional() });

/** R-FEE-01: a payment for an approved application (POST /api/v1/payments). */
export const paymentBody = z.object({
  applicationId: text().uuid('报名编号格式不正确'),
  amount: money('缴费金额').refine((v) => v > 0, '缴费金额应大于 0'),
  method: z.enum(paymentMethods, { message: '缴费方式应为现金、微信、支付宝、银行转账或校园卡' }),
  receiptNumber: text().trim().min(1, '请填写票据号').max(60, '票据号过长'),
  paidOn: feeDay,
  note: text().trim().max(500).nullish(),
});
export type PaymentBody = z.infer<typeof paymentBody>;
/** R-FEE-01: a refund (POST /api/v1/refunds), recorded apart from the payment (收支两条线). */
export const refundBody = z.object({
  applicationId: text().uuid('报名编号格式不正确'),
  amount: money('退费金额').refine((v) => v > 0, '退费金额应大于 0'),
  method: z.enum(paymentMethods, { message: '退费方式应为现金、微信、支付宝、银行转账或校园卡' }),
  receiptNumber: text().trim().min(1, '请填写退费凭证号').max(60, '凭证号过长'),
  paidOn: feeDay,
  reason: text().trim().min(2, '请填写退费原因（至少 2 个字）').max(500),
});
export type RefundBody = z.infer<typeof refundBody>;
export const paymentRecord = z.object({
  id: z.string(),
  applicationId: z.string(),
  kind: z.enum(paymentKinds),
  amount: z.number(),
  method: z.enum(paymentMethods),
  receiptNumber: z.string(),
  paidOn: z.string(),
  note: z.string().nullable(),
  recordedByName: z.string().nullable(),
  createdAt: z.string(),
});
export type PaymentRecord = z.infer<typeof paymentRecord>;
/** The answer of POST /payments and /refunds: the record and the application's new fee state. */
export const paymentResult = z.object({ payment: paymentRecord, feeStatus: z.enum(feeStatuses), feeDue: z.number() });

/** R-FEE-01: one approved application of a batch with its fee state, for the finance desk. */
export const batchFeeRow = z.object({
  applicationId: z.string(),
  personName: z.string(),
  idMasked: z.string(),
  studentNumber: z.string().nullable(),
  collegeName: z.string().nullable(),
  level: z.number(),
  feeDue: z.number(),
  feeStatus: z.enum(feeStatuses),
  paid: z.number(),
  refunded: z.number(),
  payments: z.array(paymentRecord),
});
export type BatchFeeRow = z.infer<typeof batchFeeRow>;
/** R-FEE-01: a batch's income: payments, refunds and net, kept apart from its expenses. */
export const batchIncome = z.object({
  paid: z.number(),
  refunded: z.number(),
  net: z.number(),
  countPaid: z.number(),
  countUnpaid: z.number(),
  countFree: z.number(),
  countRefunded: z.number(),
});
export type BatchIncome = z.infer<typeof batchIncome>;
export const batchFees = z.object({
  batchId: z.string(),
  batchTitle: z.string(),
  income: batchIncome,
  items: z.array(batchFeeRow),
});
export type BatchFees = z.infer<typeof batchFees>;

/** R-REG-01: the per-file result of a bulk photo ZIP (照片批量导入). */
export const photoMatchKinds = ['idNumber', 'studentNumber'] as const;
export const photoMatchKindNames = { idNumber: '身份证号', studentNumber: '学号' } as const;
export const photoImportResult = z.object({
  imported: z.number(),
  matched: z.array(
    z.object({
      file: z.string(),
      applicationId: z.string(),
      personName: z.string(),
      by: z.enum(photoMatchKinds),
      size: z.number(),
      warnings: z.array(z.string()),
    }),
  ),
  unmatched: z.array(z.object({ file: z.string(), reason: z.string() })),
  duplicate: z.array(z.object({ file: z.string(), reason: z.string() })),
  bad: z.array(z.object({ file: z.string(), reason: z.string() })),
});
export type PhotoImportResult = z.infer<typeof photoImportResult>;

// ------------------------------------------------------------------------------------------------ roster import and candidate accounts (R-REG-01)

/**
 * R-REG-01, issue 8 item 4: a candidate account created by a roster import has no password of its own yet: its
 * first login uses a random one-time activation code the college prints per class, and that login must set a
 * password at once. Said to the clerk on the import result, in the template's instructions and on the code sheets.
 */
export const INITIAL_PASSWORD_NOTE =
  '考生账号：可用学号或身份证号登录，首次登录的密码为学院发放的激活码（在“考生账号与激活码”中按班级打印，只能使用一次，不区分大小写），登录后须立即设置新密码；激活码遗失的，由学院重新生成，旧码随即作废。';

/** The columns of the roster (花名册), key → Chinese header (the template's header row, and the error table). */
export const rosterColumnNames = {
  name: '姓名',
  gender: '性别',
  idType: '证件类型',
  idNumber: '身份证号码',
  studentNumber: '学号',
  college: '院系',
  major: '专业',
  className: '班级',
  educationLevel: '学历层次',
  enrolmentYear: '入学年份',
  graduating: '是否毕业年级',
  graduationYear: '毕业年份',
  phone: '手机号码',
  occupationCode: '职业编码',
  occupationName: '职业名称',
  jobName: '工种',
  level: '申报等级',
  method: '评价方式',
  file: '文件',
} as const;

export const rosterImportResult = z.object({
  batchId: z.string(),
  rows: z.number(),
  personsCreated: z.number(),
  personsUpdated: z.number(),
  accountsCreated: z.number(),
  applicationsCreated: z.number(),
  eligible: z.number(),
  notEligible: z.number(),
  fileId: z.string(),
  initialPasswordNote: z.string(),
});
export type RosterImportResult = z.infer<typeof rosterImportResult>;

/** POST /portal/signup: a social learner (社会人员) makes their own candidate account (one person, one account). */
export const signupBody = z.object({
  name: text().trim().min(1, '请填写姓名').max(30, '不能超过 30 个字'),
  gender: z.enum(['male', 'female'], { message: '请选择性别' }),
  idType: z.enum(['resident', 'hmt_residence', 'passport', 'other'], { message: '请选择证件类型' }),
  idNumber: text().trim().min(1, '请填写证件号码').max(40),
  phone: text()
    .trim()
    .regex(/^1\d{10}$/, '请填写 11 位手机号码'),
  password: text().min(1, '请设置密码').max(128),
});
export type SignupBody = z.infer<typeof signupBody>;
export const signupResult = z.object({ ok: z.literal(true), loginHint: z.string() });

// ------------------------------------------------------------------------------------------------ applications: portal and review (R-REG-01/02/03, R-ELIG-00…07)

const appDay = isoDay;
const appLevel = z
  .number({ message: '申报等级：请选择' })
  .int()
  .min(1, '申报等级：应为 1–5')
  .max(5, '申报等级：应为 1–5');
const optText = (label: string, max: number) => text().trim().max(max, `${label}：不能超过 ${max} 个字`).nullish();

/** R-REG-01: the fields of the 报名表 / 职业技能等级认定备案表 beyond the person record. */
export const applicationForm = z.object({
  phone: text()
    .trim()
    .regex(/^(1\d{10}|0\d{2,3}-?\d{7,8})$/, '联系电话：请填写 11 位手机号码或带区号的固定电话'),
  address: optText('通讯地址', 100),
  postcode: text()
    .trim()
    .regex(/^\d{6}$/, '邮政编码：应为 6 位数字')
    .nullish()
    .or(z.literal('')),
  workUnit: optText('工作单位', 60),
  /** 从事本职业（工种）年限. */
  yearsOfWork: z
    .number({ message: '从事本职业年限：应为数字' })
    .int('从事本职业年限：应为整数')
    .min(0, '从事本职业年限：不能为负数')
    .max(60, '从事本职业年限：不能超过 60')
    .nullish(),
  /** 文化程度 (e.g. 大专在读). */
  education: optText('文化程度', 20),
  school: optText('毕业（就读）院校', 60),
  major: optText('所学专业', 60),
  /** 现有职业资格 / 技能等级证书. */
  currentCertificate: optText('现有职业资格（技能等级）', 60),
  /** 学习和工作经历. */
  resume: optText('学习和工作经历', 500),
  note: optText('备注', 200),
});
export type ApplicationForm = z.infer<typeof applicationForm>;
export const applicationFormNames: Record<keyof ApplicationForm, string> = {
  phone: '联系电话',
  address: '通讯地址',
  postcode: '邮政编码',
  workUnit: '工作单位',
  yearsOfWork: '从事本职业年限',
  education: '文化程度',
  school: '毕业（就读）院校',
  major: '所学专业',
  currentCertificate: '现有职业资格（技能等级）',
  resume: '学习和工作经历',
  note: '备注',
};

/** POST /portal/applications. */
/** R-SCORE-03: the part an application takes alone (the other one kept from an earlier batch). */
export const singleParts = ['theory', 'skill'] as const;
export type SinglePart = (typeof singleParts)[number];
export const singlePartNames: Record<SinglePart, string> = { theory: '理论知识', skill: '操作技能' };
/** R-SCORE-03: a level of a batch the candidate may take one part of alone, and the kept part that allows it. */
export const retakeOption = z.object({
  level: z.number(),
  part: z.enum(singleParts),
  keptPart: z.enum(singleParts),
  keptScore: z.number().nullable(),
  passedOn: z.string(),
  validUntil: z.string(),
});
export type RetakeOption = z.infer<typeof retakeOption>;

export const applyBody = z.object({
  batchId: text().uuid('认定批次：编号格式不正确'),
  level: appLevel,
  /** R-SCORE-03: empty for the whole exam; a part to take it alone (the other part kept). */
  onlyPart: z.enum(singleParts, { message: '单科报考：应为理论知识或操作技能' }).nullish(),
  form: applicationForm,
  photoFileId: text().uuid('照片：文件编号格式不正确').nullish(),
  evidence: z.array(evidenceItem).max(20, '证明材料：不能超过 20 份').default([]),
});
export type ApplyBody = z.input<typeof applyBody>;
/** PUT /portal/applications/:id: correct a rejected application and resubmit it (R-REG-02). */
export const resubmitBody = applyBody.omit({ batchId: true });
export type ResubmitBody = z.input<typeof resubmitBody>;
export const withdrawBody = z.object({ reason: text().trim().max(200).nullish() });

/** The engine's answer (shared/eligibility.ts) as stored in applications.eligibility and shown to everyone. */
export const eligibilityReasonOut = z.object({ rule: z.string(), ok: z.boolean(), text: z.string() });
export const eligibilityOut = z.object({
  /** `manual`: open to manual review (no rule of the documents decides, R-ELIG-00); absent in older snapshots. */
  levels: z.array(
    z.object({
      level: z.number(),
      name: z.string(),
      eligible: z.boolean(),
      manual: z.boolean().optional(),
      reasons: z.array(eligibilityReasonOut),
    }),
  ),
  highest: z.number().nullable(),
  reasons: z.array(eligibilityReasonOut),
  notes: z.array(z.string()),
  /** When the engine ran (ISO). */
  at: z.string(),
});
export type EligibilityOut = z.infer<typeof eligibilityOut>;

/** GET /portal/me: the candidate's own person record. */
export const portalMe = z.object({
  person: z
    .object({
      id: z.string(),
      name: z.string(),
      gender: z.string(),
      idMasked: z.string(),
      /** R-PPL-02: the year only beside the mask. */
      birthYear: z.number().nullable(),
      kind: z.enum(['student', 'staff', 'social']),
      collegeId: z.string().nullable(),
      collegeName: z.string().nullable(),
      studentNumber: z.string().nullable(),
      major: z.string().nullable(),
      className: z.string().nullable(),
      educationLevel: z.string().nullable(),
      phone: z.string().nullable(),
      workUnit: z.string().nullable(),
      photoFileId: z.string().nullable(),
    })
    .nullable(),
  profileComplete: z.boolean(),
  /** What is missing, in Chinese (e.g. 照片, 联系电话); '未关联人员档案' when the account has no person. */
  missing: z.array(z.string()),
});
export type PortalMe = z.infer<typeof portalMe>;

/** GET /portal/batches: a batch open for registration, with the engine's answer for this candidate (R-ELIG-00). */
export const portalBatch = z.object({
  id: z.string(),
  title: z.string(),
  collegeName: z.string(),
  edition: z.string(),
  code: z.string(),
  occupationName: z.string(),
  jobName: z.string().nullable(),
  method: z.string(),
  levels: z.array(z.number()),
  registrationOpensOn: z.string(),
  registrationClosesOn: z.string(),
  registrationPlace: z.string().nullable(),
  firstSittingDay: z.string().nullable(),
  fee: z.number(),
  eligibility: eligibilityOut,
  /** Levels the candidate may pick: eligible ones, and those open to manual review (R-ELIG-00). */
  eligibleLevels: z.array(z.number()),
  /** Of those, the ones no rule decides: the application goes to the reviewers as 须人工审核. */
  manualLevels: z.array(z.number()),
  /** The candidate's live application to this batch, if any. */
  application: z.object({ id: z.string(), status: z.enum(applicationStatuses), level: z.number() }).nullable(),
  /** R-SCORE-03: levels where the candidate may take one part alone, the other being kept. */
  retakeOptions: z.array(retakeOption),
});
export type PortalBatch = z.infer<typeof portalBatch>;

/** R-REG-02: one decision on an application. */
export const applicationDecision = z.object({
  id: z.string(),
  stage: z.enum(reviewStages),
  action: z.enum(decisionActions),
  reason: z.string().nullable(),
  actorName: z.string(),
  /** The reviewer's role in Chinese (e.g. 二级学院经办人), or 考生. */
  roleName: z.string(),
  at: z.string(),
});
export type ApplicationDecision = z.infer<typeof applicationDecision>;

/** A row of the review list and of the candidate's own list. */
export const applicationRow = z.object({
  id: z.string(),
  batchId: z.string(),
  batchTitle: z.string(),
  occupationName: z.string(),
  code: z.string(),
  personId: z.string(),
  name: z.string(),
  idMasked: z.string(),
  studentNumber: z.string().nullable(),
  collegeId: z.string().nullable(),
  collegeName: z.string().nullable(),
  className: z.string().nullable(),
  level: z.number(),
  /** R-SCORE-03: null for the whole exam, else the only part taken (单科报考). */
  onlyPart: z.enum(singleParts).nullable(),
  status: z.enum(applicationStatuses),
  rejectedStage: z.enum(reviewStages).nullable(),
  source: z.enum(['portal', 'import']),
  eligible: z.boolean().nullable(),
  /** The failing reasons of the applied level, shortened (empty when eligible). */
  eligibilitySummary: z.string(),
  feeDue: z.number(),
  feeStatus: z.enum(feeStatuses),
  submittedAt: z.string(),
  updatedAt: z.string(),
});
export type ApplicationRow = z.infer<typeof applicationRow>;

/** GET /applications/:id and /portal/applications/:id. */
export const applicationDetail = applicationRow.extend({
  method: z.string(),
  gender: z.string(),
  /** R-PPL-02: the year only beside the mask; the printed form derives the full date from the number. */
  birthYear: z.number().nullable(),
  kind: z.enum(['student', 'staff', 'social']),
  major: z.string().nullable(),
  educationLevel: z.string().nullable(),
  form: applicationForm.partial(),
  photoFileId: z.string().nullable(),
  evidence: z.array(evidenceItem),
  eligibility: eligibilityOut.nullable(),
  decisions: z.array(applicationDecision),
  /** What the viewer may do now (the screens show buttons from it). */
  can: z.object({ resubmit: z.boolean(), withdraw: z.boolean(), review: z.boolean(), unlock: z.boolean() }),
});
export type ApplicationDetail = z.infer<typeof applicationDetail>;

/** The review list's filters (ProTable: page, pageSize). Also the `filter` of a bulk review. */
export const applicationFilter = z.object({
  batchId: text().uuid('认定批次：编号格式不正确').optional(),
  status: z.enum(applicationStatuses).optional(),
  collegeId: text().uuid('学院：编号格式不正确').optional(),
  /** 系统判定: true 符合, false 不符合, 'manual' (null) 须人工审核 (R-ELIG-00). */
  eligible: z
    .union([z.boolean(), z.null(), z.enum(['true', 'false', 'manual'])])
    .transform((v) => (v === null || v === 'manual' ? null : v === true || v === 'true'))
    .optional(),
  level: z.coerce.number().int().min(1).max(5).optional(),
  /** 姓名、学号或证件号码（脱敏后的） */
  keyword: text().trim().max(40).optional(),
});
export type ApplicationFilter = z.infer<typeof applicationFilter>;
export const applicationQuery = applicationFilter.extend({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type ApplicationQuery = z.input<typeof applicationQuery>;

/** POST /applications/review: bulk two-stage review (R-REG-02); ids or a filter, never both. */
export const reviewBody = z
  .object({
    ids: z
      .array(text().uuid('报名编号格式不正确'))
      .min(1, '请选择报名记录')
      .max(1000, '一次最多审核 1000 条')
      .optional(),
    filter: applicationFilter.optional(),
    decision: z.enum(['approve', 'reject'], { message: '审核结论：应为通过或退回' }),
    reason: text().trim().max(500, '审核意见：不能超过 500 个字').nullish(),
  })
  .refine((b) => !!b.ids !== !!b.filter, { message: '请选择报名记录（勾选或按筛选条件，二选一）', path: ['ids'] })
  .refine((b) => b.decision !== 'reject' || (b.reason && b.reason.length >= 2), {
    message: '退回原因：退回时必须填写（至少 2 个字）',
    path: ['reason'],
  });
export type ReviewBody = z.input<typeof reviewBody>;
export const reviewResult = z.object({
  count: z.number(),
  status: z.enum(applicationStatuses),
  ids: z.array(z.string()),
});

/** POST /applications/:id/unlock (R-REG-02). */
export const unlockBody = z.object({ reason: text().trim().min(2, '解锁原因：必须填写（至少 2 个字）').max(500) });
/** POST /applications/recheck. */
export const recheckBody = z.object({ batchId: text().uuid('认定批次：编号格式不正确') });
export const recheckResult = z.object({
  count: z.number(),
  eligible: z.number(),
  notEligible: z.number(),
  changed: z.number(),
});

// ------------------------------------------------------------------------------------------------ candidate facts (R-ELIG-01/02/05/07)

const factOccupation = {
  edition: text().trim().min(4, '职业分类大典版本：请填写').max(10),
  occupationCode: text()
    .trim()
    .regex(/^\d-\d{2}-\d{2}-\d{2}$/, '职业编码：格式应为 X-XX-XX-XX'),
};
export const xCertificateBody = z.object({
  name: text().trim().min(1, '证书名称：请填写').max(60),
  certificateNumber: optText('证书编号', 40),
  ...factOccupation,
  level: z.enum(['elementary', 'intermediate', 'advanced'], { message: '证书等级：应为初级、中级或高级' }),
  issuedOn: appDay,
  evidenceFileId: text().uuid('证书扫描件：文件编号格式不正确').nullish(),
});
export type XCertificateBody = z.input<typeof xCertificateBody>;
export const xCertificateOut = xCertificateBody.extend({
  id: z.string(),
  personId: z.string(),
  certificateNumber: z.string().nullable(),
  evidenceFileId: z.string().nullable(),
  createdAt: z.string(),
});
export const contestResultBody = z.object({
  contest: text().trim().min(1, '竞赛名称：请填写').max(60),
  rank: optText('名次（奖项）', 30),
  ...factOccupation,
  grantedLevel: appLevel,
  evidenceFileId: text().uuid('获奖证书：文件编号格式不正确').nullish(),
});
export type ContestResultBody = z.input<typeof contestResultBody>;
export const contestResultOut = contestResultBody.extend({
  id: z.string(),
  personId: z.string(),
  rank: z.string().nullable(),
  evidenceFileId: z.string().nullable(),
  createdAt: z.string(),
});
export const banBody = z.object({ until: appDay, reason: text().trim().min(2, '禁考原因：必须填写').max(200) });
export const banOut = banBody.extend({
  id: z.string(),
  personId: z.string(),
  createdByName: z.string().nullable(),
  createdAt: z.string(),
});
export const excellentBody = z.object({ excellent: z.boolean() });
/** GET /candidates/:personId/facts. */
export const candidateFacts = z.object({
  personId: z.string(),
  name: z.string(),
  excellent: z.boolean(),
  xCertificates: z.array(xCertificateOut),
  contestResults: z.array(contestResultOut),
  bans: z.array(banOut),
});
export type CandidateFacts = z.infer<typeof candidateFacts>;
export const factIdParams = z.object({
  personId: text().uuid('人员编号格式不正确'),
  id: text().uuid('编号格式不正确'),
});
export const personIdParam = z.object({ personId: text().uuid('人员编号格式不正确') });
