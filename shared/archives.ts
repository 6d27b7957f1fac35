import { z } from 'zod';
import { isoDay, text } from './common.js';
import type { BatchMethod } from './plans.js';

/**
 * Each batch's archive (R-ARC-01…03): the checklist of what the archive holds, filled from the product's own
 * documents and, for the rest, by an upload or where the paper original or the recording is kept.
 */

export const archiveMedia = ['paper', 'electronic', 'video'] as const;
export type ArchiveMedium = (typeof archiveMedia)[number];
export const archiveMediumNames: Record<ArchiveMedium, string> = { paper: '纸质', electronic: '电子', video: '视频' };

export const archiveItemKeys = [
  'notice',
  'workplan',
  'applications',
  'records',
  'supervision',
  'video',
  'course_scores',
  'scores',
  'results',
  'certificates',
  'complaints',
] as const;
export type ArchiveItemKey = (typeof archiveItemKeys)[number];

export interface ArchiveItemDefinition {
  key: ArchiveItemKey;
  name: string;
  /** Where the source documents ask for it. */
  basis: string;
  /** product: the product holds the documents (an entry may add the paper originals); manual: an entry is needed. */
  source: 'product' | 'manual';
}

const item = (key: ArchiveItemKey, name: string, basis: string, source: 'product' | 'manual' = 'product') => ({
  key,
  name,
  basis,
  source,
});

/**
 * R-ARC-01: the checklist of a batch by its method. An exam (or contest) batch holds the seven parts of the Henan
 * handbook's 档案管理, the results split into the score summary, the passed list and the certificate register; a
 * process-assessment batch holds the list of the Zhoukou notice 七; a direct recognition has no exam to record.
 * Closed complaints of the batch go into every archive (R-CMP-04).
 */
export function archiveChecklist(method: BatchMethod): ArchiveItemDefinition[] {
  const complaints = item('complaints', '考生投诉处理材料', 'R-CMP-04 投诉办结后归档');
  const supervision = item('supervision', '内部质量督导报告', '手册 档案管理 五；周口通知 七.6');
  const certificates = item('certificates', '证书发放表（证书核发名册、证书编号）', '手册 档案管理 七；周口通知 七.4');
  const results = item('results', '合格人员汇总表', '手册 档案管理 七；周口通知 七.5');
  if (method === 'process')
    return [
      item('notice', '职业技能等级认定备案表（认定计划）', '周口通知 七.1'),
      item('applications', '申报人员花名册', '周口通知 七.2'),
      item('course_scores', '相关课程考核成绩登记册（复印件）', '周口通知 七.3', 'manual'),
      certificates,
      results,
      supervision,
      complaints,
    ];
  const head = [
    item('notice', '技能人才评价工作的通知（计划）', '手册 档案管理 一'),
    item('applications', '通过资格审核人员的报名材料', '手册 档案管理 三'),
  ];
  if (method === 'direct') return [...head, supervision, results, certificates, complaints];
  return [
    head[0],
    item('workplan', '认定工作方案及实施安排表', '手册 档案管理 二'),
    head[1],
    item('records', '评价环节工作记录（考场情况记录表等）', '手册 档案管理 四'),
    supervision,
    item('video', '评价过程视频资料', '手册 档案管理 六', 'manual'),
    item('scores', '成绩汇总表（成绩登记表）', '手册 档案管理 七'),
    results,
    certificates,
    complaints,
  ];
}

export const archiveEntry = z.object({
  id: z.string(),
  itemKey: z.string(),
  medium: z.enum(archiveMedia),
  mediumName: z.string(),
  fileId: z.string().nullable(),
  fileName: z.string().nullable(),
  location: z.string().nullable(),
  note: z.string().nullable(),
  recordedByName: z.string().nullable(),
  recordedAt: z.string(),
});
export type ArchiveEntry = z.infer<typeof archiveEntry>;

export const archiveItem = z.object({
  key: z.enum(archiveItemKeys),
  name: z.string(),
  basis: z.string(),
  source: z.enum(['product', 'manual']),
  /** For product items: whether the product's documents are complete, and what is missing or held. */
  productReady: z.boolean(),
  productDetail: z.string(),
  documents: z.array(z.string()),
  entries: z.array(archiveEntry),
  complete: z.boolean(),
});
export type ArchiveItem = z.infer<typeof archiveItem>;

export const archiveRequestKinds = ['borrow', 'copy', 'destroy'] as const;
export type ArchiveRequestKind = (typeof archiveRequestKinds)[number];
export const archiveRequestKindNames: Record<ArchiveRequestKind, string> = {
  borrow: '借阅',
  copy: '复制',
  destroy: '销毁',
};
export const archiveRequestStates = ['pending', 'approved', 'rejected', 'returned'] as const;
export type ArchiveRequestState = (typeof archiveRequestStates)[number];
export const archiveRequestStateNames: Record<ArchiveRequestState, string> = {
  pending: '待审批',
  approved: '已批准',
  rejected: '未批准',
  returned: '已归还',
};

export const archiveRequest = z.object({
  id: z.string(),
  batchId: z.string(),
  kind: z.enum(archiveRequestKinds),
  kindName: z.string(),
  medium: z.enum(archiveMedia),
  mediumName: z.string(),
  applicant: z.string(),
  reason: z.string(),
  dueOn: z.string().nullable(),
  state: z.enum(archiveRequestStates),
  stateName: z.string(),
  requestedByName: z.string().nullable(),
  requestedAt: z.string(),
  decidedByName: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decisionNote: z.string().nullable(),
  returnedAt: z.string().nullable(),
});
export type ArchiveRequest = z.infer<typeof archiveRequest>;

export const archiveClosing = z.object({
  closedOn: z.string(),
  closedAt: z.string(),
  closedByName: z.string().nullable(),
  packageSha256: z.string().nullable(),
  manifestSha256: z.string().nullable(),
  signatureKeyId: z.string().nullable(),
  documentCount: z.number().int().nullable(),
  retention: z.array(
    z.object({
      medium: z.enum(archiveMedia),
      mediumName: z.string(),
      until: z.string(),
      destroyedOn: z.string().nullable(),
    }),
  ),
});

export const archiveBatchSummary = z.object({
  batchId: z.string(),
  title: z.string(),
  state: z.string(),
  stateName: z.string(),
  method: z.string(),
  itemsTotal: z.number().int(),
  itemsComplete: z.number().int(),
  closedOn: z.string().nullable(),
  pendingRequests: z.number().int(),
});
export type ArchiveBatchSummary = z.infer<typeof archiveBatchSummary>;

export const archiveDetail = archiveBatchSummary.extend({
  items: z.array(archiveItem),
  /** Why the batch cannot be closed now (R-ARC-02), or null. */
  closeRefusal: z.string().nullable(),
  closing: archiveClosing.nullable(),
  requests: z.array(archiveRequest),
});
export type ArchiveDetail = z.infer<typeof archiveDetail>;

export const archiveEntryBody = z
  .object({
    itemKey: z.enum(archiveItemKeys, { error: '清单项目不存在' }),
    medium: z.enum(archiveMedia, { error: '载体应为纸质、电子或视频' }),
    fileId: z.string().uuid('文件编号格式不正确').nullish(),
    storageLocation: text().trim().max(200, '不能超过 200 字').nullish(),
    entryNote: text().trim().max(500, '不能超过 500 字').nullish(),
  })
  .refine((b) => !!b.fileId || !!b.storageLocation, {
    message: '请上传文件或填写存放位置',
    path: ['storageLocation'],
  });
export type ArchiveEntryBody = z.infer<typeof archiveEntryBody>;

/** R-ARC-03: the minimum years of each medium; the centre may keep longer, never shorter. */
export const retentionMinimum: Record<ArchiveMedium, number> = { paper: 3, electronic: 5, video: 5 };

export const archiveSettings = z.object({
  paperYears: z.number().int().min(retentionMinimum.paper, '纸质档案保存年限不能少于 3 年').max(100, '不能超过 100 年'),
  electronicYears: z
    .number()
    .int()
    .min(retentionMinimum.electronic, '电子档案保存年限不能少于 5 年')
    .max(100, '不能超过 100 年'),
  videoYears: z.number().int().min(retentionMinimum.video, '视频资料保存年限不能少于 5 年').max(100, '不能超过 100 年'),
});
export type ArchiveSettings = z.infer<typeof archiveSettings>;

export const archiveRequestBody = z.object({
  kind: z.enum(archiveRequestKinds, { error: '类型应为借阅、复制或销毁' }),
  medium: z.enum(archiveMedia, { error: '载体应为纸质、电子或视频' }),
  applicant: text().trim().min(1, '请填写申请人').max(50, '不能超过 50 字'),
  reason: text().trim().min(1, '请填写事由').max(500, '不能超过 500 字'),
  dueOn: isoDay.nullish(),
});
export type ArchiveRequestBody = z.infer<typeof archiveRequestBody>;

export const archiveDecisionBody = z.object({
  approve: z.boolean({ error: '请选择是否批准' }),
  decisionNote: text().trim().max(500, '不能超过 500 字').nullish(),
});

export const archiveBatchParams = z.object({ batchId: z.string().uuid('批次编号格式不正确') });
export const archiveEntryParams = archiveBatchParams.extend({ entryId: z.string().uuid('编号格式不正确') });
export const archiveRequestParams = archiveBatchParams.extend({ requestId: z.string().uuid('编号格式不正确') });
