import { z } from 'zod';
import { text } from './common.js';
import { OCCUPATION_CODE } from './centre.rules.js';
import { isoDate } from './centre.js';

/** Schemas of the catalogue (职业目录), the scope (认定范围) and filings (备案). */

export const editions = ['2015', '2022'] as const;
export const editionSchema = z.enum(editions, { message: '目录版本应为 2015 或 2022' });
export const occupationCodeSchema = z
  .string()
  .trim()
  .regex(OCCUPATION_CODE, '职业编码格式应为 N-NN-NN-NN，如 6-31-01-03');
export const levelsSchema = z
  .array(z.number().int().min(1, '等级应为 1–5').max(5, '等级应为 1–5'))
  .min(1, '请至少选择一个等级')
  .max(5)
  .refine((l) => new Set(l).size === l.length, '等级重复');

const n = z.string().nullable();

export const catalogueEdition = z.object({
  edition: z.string(),
  name: z.string(),
  isDefault: z.boolean(),
  count: z.number().int(),
});

export const occupationJob = z.object({
  id: z.string(),
  name: z.string(),
  levels: z.array(z.number().int()).nullable(),
  source: n,
  sourceNote: n,
});
export const occupation = z.object({
  id: z.string(),
  edition: z.string(),
  code: z.string(),
  name: z.string(),
  marker: n,
  jobCount: z.number().int().nullable(),
  levels: z.array(z.number().int()).nullable(),
  levelsNote: n,
  standardNotice: n,
  sourceNote: n,
  jobs: z.array(occupationJob),
});
export type Occupation = z.infer<typeof occupation>;

export const occupationQuery = z.object({
  edition: editionSchema.optional(),
  keyword: text().trim().max(50).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export const occupationLevelsBody = z.object({
  levels: levelsSchema.nullable(),
  levelsNote: text().trim().max(200).nullish(),
});
export const jobBody = z.object({ name: text().trim().min(2, '至少 2 个字').max(50), levels: levelsSchema.nullish() });

export const standardTypes = { national: '国家职业技能标准', spec: '评价规范' } as const;
export const standardTypeSchema = z.enum(['national', 'spec'], {
  message: '评价标准应为“国家职业技能标准”或“评价规范”',
});

/** R-ORG-02/03: a scope row as entered in a filing. */
export const scopeRowBody = z.object({
  edition: editionSchema,
  code: occupationCodeSchema,
  jobName: text().trim().max(50).nullish(),
  levels: levelsSchema,
  standardType: standardTypeSchema,
  collegeId: text().uuid('所属二级学院格式不正确'),
  major: text().trim().max(100).nullish(),
});
export type ScopeRowBody = z.infer<typeof scopeRowBody>;

export const scopeRow = z.object({
  id: z.string(),
  filingId: z.string(),
  edition: z.string(),
  code: z.string(),
  occupationName: z.string(),
  jobName: n,
  levels: z.array(z.number().int()),
  standardType: z.enum(['national', 'spec']),
  collegeId: z.string(),
  collegeName: z.string(),
  major: n,
  status: z.enum(['pending', 'active']),
  activatedAt: n,
  approvals: z.array(
    z.object({
      id: z.string(),
      collegeId: z.string(),
      collegeName: z.string(),
      approvedBy: z.string(),
      approvedOn: z.string(),
      number: n,
      note: n,
    }),
  ),
});
export type ScopeRow = z.infer<typeof scopeRow>;

export const scopeQuery = z.object({
  status: z.enum(['pending', 'active']).optional(),
  collegeId: text().uuid().optional(),
  keyword: text().trim().max(50).optional(),
});

/** R-ORG-03: the centre allows another college to run an occupation of a scope row it does not own. */
export const scopeApprovalBody = z.object({
  scopeRowId: text().uuid('认定范围编号格式不正确'),
  collegeId: text().uuid('二级学院格式不正确'),
  approvedBy: text().trim().min(2, '至少 2 个字').max(30),
  approvedOn: isoDate,
  number: text().trim().max(50).nullish(),
  note: text().trim().max(500).nullish(),
});

export const scopeCheckQuery = z.object({
  collegeId: text().uuid('二级学院格式不正确'),
  edition: editionSchema,
  code: occupationCodeSchema,
  jobName: text().trim().max(50).optional(),
  level: z.coerce.number().int().min(1, '等级应为 1–5').max(5, '等级应为 1–5'),
  day: isoDate.optional(),
});
export const scopeCheckResult = z.object({ ok: z.boolean(), message: z.string(), scopeRowId: z.string().nullable() });

export const filingCategories = { initial: '机构设置备案申请', incremental: '评价职业(工种)增量备案申请' } as const;
export const filingStatusNames = {
  draft: '草稿',
  submitted: '已报送',
  approved: '已备案',
  returned: '已退回',
} as const;

export const filingBody = z.object({
  category: z.enum(['initial', 'incremental'], { message: '备案类别应为初次备案或增量备案' }),
  title: text().trim().min(2, '至少 2 个字').max(100),
});
export const filingApproveBody = z.object({
  replyNumber: text().trim().min(2, '请填写回执文号').max(50),
  replyDate: isoDate,
  /** Initial filing: the 备案号 the authority assigned (sets the centre's filing code and date). */
  filingCode: text().trim().toUpperCase().nullish(),
});
export const filingReturnBody = z.object({ reason: text().trim().min(2, '请填写退回原因').max(500) });

export const filing = z.object({
  id: z.string(),
  category: z.enum(['initial', 'incremental']),
  title: z.string(),
  status: z.enum(['draft', 'submitted', 'approved', 'returned']),
  rowCount: z.number().int(),
  submittedAt: n,
  replyNumber: n,
  replyDate: n,
  returnReason: n,
  decidedAt: n,
  createdAt: z.string(),
});
export type Filing = z.infer<typeof filing>;
export const filingDetail = filing.extend({ rows: z.array(scopeRow) });
/** Issue 9: the filings list's keyword box (title, reply number, an occupation or college of its rows). */
export const filingQuery = z.object({ keyword: text().trim().max(40).optional() });

export const scopeImportResult = z.object({ filingId: z.string(), imported: z.number().int() });
export const jobsImportResult = z.object({ added: z.number().int(), skipped: z.number().int() });

const person = z.object({
  name: z.string(),
  detail: z.string(),
  idMasked: z.string(),
  title: z.string(),
  ownStaff: z.boolean(),
});
/** R-ORG-05: the 备案申请表 as assembled from what the system knows, with its warnings. */
export const filingApplication = z.object({
  filing,
  warnings: z.array(z.string()),
  /** false: the people module gave no data (the form says 暂无数据). */
  peopleAvailable: z.boolean(),
  staff: z.array(person),
  experts: z.array(person.extend({ occupation: z.string() })),
  examiners: z.array(person.extend({ occupation: z.string(), certificateNumber: z.string() })),
  supervisors: z.array(person),
  /** R-ORG-05: examiners per occupation of the filing (≥3 each). */
  examinersPerOccupation: z.array(z.object({ code: z.string(), name: z.string(), count: z.number().int() })),
});
export type FilingApplication = z.infer<typeof filingApplication>;
