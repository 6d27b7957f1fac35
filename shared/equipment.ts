import { z } from 'zod';
import { isoDay, text } from './common.js';

/**
 * 设备设施 (R-EQ-01…04): the ledger per occupation, maintenance/repair/calibration records, requests approved by
 * the centre head, and the pre-batch check.
 */

export const ownerships = ['owned', 'leased'] as const;
export const ownershipLabels: Record<(typeof ownerships)[number], string> = { owned: '自有', leased: '租赁' };

export const recordKinds = ['maintenance', 'repair', 'calibration'] as const;
export type RecordKind = (typeof recordKinds)[number];
export const recordKindNames: Record<RecordKind, string> = {
  maintenance: '维护保养',
  repair: '维修',
  calibration: '检定',
};

export const requestKinds = ['loan', 'return', 'damage', 'loss', 'purchase', 'scrapping'] as const;
export type RequestKind = (typeof requestKinds)[number];
export const requestKindNames: Record<RequestKind, string> = {
  loan: '借用',
  return: '归还',
  damage: '损坏',
  loss: '丢失',
  purchase: '购置',
  scrapping: '报废',
};
export const requestStatuses = ['pending', 'approved', 'rejected'] as const;
export type RequestStatus = (typeof requestStatuses)[number];
export const requestStatusNames: Record<RequestStatus, string> = {
  pending: '待审批',
  approved: '已批准',
  rejected: '已驳回',
};

/** R-EQ-03: a measuring instrument's calibration state on a day. */
export const calibrationStates = ['valid', 'due_soon', 'lapsed'] as const;
export type CalibrationState = (typeof calibrationStates)[number];
export const calibrationStateNames: Record<CalibrationState, string> = {
  valid: '检定有效',
  due_soon: '30 天内到期',
  lapsed: '检定过期',
};

const optText = (max: number, label: string) => text().trim().max(max, `${label}：不超过 ${max} 个字`).nullish();

export const itemBody = z.object({
  occupationId: text().uuid('职业：编号格式不正确'),
  name: text().trim().min(1, '设备名称：请填写').max(100, '设备名称：不超过 100 个字'),
  model: optText(100, '规格/型号'),
  quantity: z.number({ message: '数量：应为整数' }).int('数量：应为整数').min(0, '数量：不能为负').max(100000),
  unit: optText(10, '单位'),
  purchasedOn: isoDay.nullish(),
  price: z.number({ message: '购置价格：应为数字' }).min(0, '购置价格：不能为负').max(1e9).nullish(),
  parameters: optText(1000, '技术参数'),
  workContents: optText(1000, '对应工作内容'),
  ownership: z.enum(ownerships, { message: '权属：应为自有或租赁' }),
  location: text().trim().min(1, '设备所在地：请填写').max(100, '设备所在地：不超过 100 个字'),
  roomId: text().uuid('考场：编号格式不正确').nullish(),
  isInstrument: z.boolean().default(false),
  calibrationDueOn: isoDay.nullish(),
});
export type ItemBody = z.input<typeof itemBody>;

export const itemQuery = z.object({ occupationId: text().uuid('职业：编号格式不正确').optional() });

export const equipmentItem = z.object({
  id: z.string(),
  occupationId: z.string(),
  occupationCode: z.string(),
  occupationName: z.string(),
  name: z.string(),
  model: z.string().nullable(),
  quantity: z.number(),
  onLoan: z.number(),
  unit: z.string().nullable(),
  purchasedOn: z.string().nullable(),
  price: z.number().nullable(),
  parameters: z.string().nullable(),
  workContents: z.string().nullable(),
  ownership: z.enum(ownerships),
  location: z.string(),
  roomId: z.string().nullable(),
  roomName: z.string().nullable(),
  isInstrument: z.boolean(),
  calibrationDueOn: z.string().nullable(),
  calibrationState: z.enum(calibrationStates).nullable(),
  status: z.enum(['in_service', 'retired']),
});
export type EquipmentItem = z.infer<typeof equipmentItem>;

export const recordBody = z.object({
  recordKind: z.enum(recordKinds, { message: '记录类型：应为维护保养、维修或检定' }),
  doneOn: isoDay,
  recordText: text().trim().min(2, '记录内容：至少 2 个字').max(1000, '记录内容：不超过 1000 个字'),
  doneBy: text().trim().min(1, '经办人：请填写').max(50, '经办人：不超过 50 个字'),
  calibrationDueOn: isoDay.nullish(),
});
export type RecordBody = z.infer<typeof recordBody>;
export const equipmentRecord = z.object({
  id: z.string(),
  itemId: z.string(),
  kind: z.enum(recordKinds),
  doneOn: z.string(),
  description: z.string(),
  doneBy: z.string(),
  calibrationDueOn: z.string().nullable(),
  recordedByName: z.string().nullable(),
  createdAt: z.string(),
});

export const requestBody = z.object({
  equipmentItemId: text().uuid('设备：编号格式不正确'),
  requestKind: z.enum(requestKinds, { message: '申请类型：应为借用、归还、损坏、丢失、购置或报废' }),
  quantity: z.number({ message: '数量：应为整数' }).int('数量：应为整数').min(1, '数量：至少 1').max(100000),
  reason: text().trim().min(2, '原因：至少 2 个字').max(500, '原因：不超过 500 个字'),
  borrower: optText(50, '借用人'),
});
export type RequestBody = z.infer<typeof requestBody>;
export const decideBody = z.object({
  equipmentDecision: z.enum(['approved', 'rejected'], { message: '审批结论：应为批准或驳回' }),
  decisionNote: optText(500, '审批意见'),
});
export const requestQuery = z.object({
  status: z.enum(requestStatuses, { message: '状态：应为待审批、已批准或已驳回' }).optional(),
});
export const equipmentRequest = z.object({
  id: z.string(),
  itemId: z.string(),
  itemName: z.string(),
  occupationName: z.string(),
  kind: z.enum(requestKinds),
  quantity: z.number(),
  reason: z.string(),
  borrower: z.string().nullable(),
  status: z.enum(requestStatuses),
  requestedBy: z.string(),
  requestedByName: z.string().nullable(),
  requestedAt: z.string(),
  decidedByName: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decisionNote: z.string().nullable(),
});
export type EquipmentRequest = z.infer<typeof equipmentRequest>;

export const checkBatchParam = z.object({ batchId: text().uuid('批次：编号格式不正确') });
export const checkLinesBody = z.object({
  checkLines: z
    .array(
      z.object({
        equipmentItemId: text().uuid('设备：编号格式不正确'),
        present: z.boolean().nullable(),
        working: z.boolean().nullable(),
        note: optText(200, '备注'),
      }),
    )
    .min(1, '核查项目：至少 1 项')
    .max(500),
});
export type CheckLinesBody = z.infer<typeof checkLinesBody>;
export const equipmentCheck = z.object({
  id: z.string().nullable(),
  batchId: z.string(),
  batchTitle: z.string(),
  examDay: z.string().nullable(),
  /** The batch's skill sittings the equipment serves. */
  sittings: z.array(z.object({ id: z.string(), day: z.string(), startsAt: z.string(), place: z.string() })),
  lines: z.array(
    z.object({
      itemId: z.string(),
      name: z.string(),
      model: z.string().nullable(),
      quantity: z.number(),
      unit: z.string().nullable(),
      location: z.string(),
      isInstrument: z.boolean(),
      calibrationDueOn: z.string().nullable(),
      calibrationState: z.enum(calibrationStates).nullable(),
      present: z.boolean().nullable(),
      working: z.boolean().nullable(),
      note: z.string().nullable(),
    }),
  ),
  signedByName: z.string().nullable(),
  signedAt: z.string().nullable(),
});
export type EquipmentCheck = z.infer<typeof equipmentCheck>;
export const checkBatches = z.object({
  items: z.array(
    z.object({ id: z.string(), title: z.string(), firstSkillDay: z.string(), signedAt: z.string().nullable() }),
  ),
});
