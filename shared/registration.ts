import { z } from 'zod';

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
export const reviewStageNames: Record<ReviewStage, string> = { candidate: '考生', college: '学院初审', centre: '中心复审' };
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
export const feeStatusNames: Record<FeeStatus, string> = { unpaid: '待缴费', paid: '已缴费', free: '免费', refunded: '已退费' };
export const paymentMethods = ['cash', 'wechat', 'alipay', 'bank', 'card'] as const;
export type PaymentMethod = (typeof paymentMethods)[number];
export const paymentMethodNames: Record<PaymentMethod, string> = { cash: '现金', wechat: '微信', alipay: '支付宝', bank: '银行转账', card: '校园卡' };
export const paymentKinds = ['payment', 'refund'] as const;
export const paymentKindNames = { payment: '缴费', refund: '退费' } as const;

/** R-REG-01: documents a candidate uploads with the application. */
export const evidenceKinds = ['id_card', 'x_certificate', 'title_certificate', 'transcript', 'contest', 'other'] as const;
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
  fileId: z.string().uuid('材料文件编号格式不正确'),
  name: z.string().trim().min(1).max(200),
});
export type EvidenceItem = z.infer<typeof evidenceItem>;
