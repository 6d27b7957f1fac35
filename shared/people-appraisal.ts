import { z } from 'zod';
import { text, isoDay } from './common.js';
import { appraisalGrades, examinerGrades, misconductActs } from './people.js';

/** Examiner appraisal (R-PPL-09), staff misconduct (R-PPL-10) and the roster import. */

const day = isoDay;

export const appraisalScoreBody = z
  .object({
    examinerId: text().uuid('请选择考评员'),
    batchRef: text().trim().min(1, '请填写批次').max(60),
    batchDate: day,
    attended: z.boolean(),
    score: z.coerce.number().min(0, '分数为 0–100').max(100, '分数为 0–100').nullish(),
    weight: z.coerce.number().min(0.1, '权重须大于 0').max(100).default(1),
    note: text().trim().max(200).nullish(),
  })
  .refine((b) => !b.attended || (b.score !== null && b.score !== undefined), {
    path: ['score'],
    message: '参加了考评的批次须填写认定分数',
  });
export type AppraisalScoreBody = z.infer<typeof appraisalScoreBody>;

export const appraisalScore = z.object({
  id: z.string(),
  batchRef: z.string(),
  batchDate: z.string(),
  attended: z.boolean(),
  score: z.number().nullable(),
  weight: z.number(),
  note: z.string().nullable(),
});

export const appraisalRow = z.object({
  examinerId: z.string(),
  personId: z.string(),
  name: z.string(),
  idMasked: z.string(),
  examinerGrade: z.enum(examinerGrades),
  certificateNumber: z.string(),
  year: z.number(),
  scores: z.array(appraisalScore),
  attendedCount: z.number(),
  missedCount: z.number(),
  average: z.number().nullable(),
  grade: z.enum(appraisalGrades),
  reason: z.string().nullable(),
  finalized: z.boolean(),
  dismissed: z.boolean(),
});
export type AppraisalRow = z.infer<typeof appraisalRow>;

export const yearQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
/** Issue 9: the year's appraisals with a keyword box (name, certificate number, ID tail, occupation). */
export const appraisalQuery = yearQuery.extend({ keyword: text().trim().max(40).optional() });
export const finalizeResult = z.object({
  year: z.number(),
  finalized: z.number(),
  dismissed: z.array(z.object({ examinerId: z.string(), name: z.string() })),
});

// ---------------------------------------------------------------- misconduct (R-PPL-10)

export const misconductBody = z.object({
  personId: text().uuid('请选择人员'),
  act: z.enum(misconductActs),
  occurredOn: day,
  batchRef: text().trim().max(60).nullish(),
  description: text().trim().min(1, '请填写事实经过').max(2000),
  evidenceFileIds: z.array(text().uuid()).max(20).default([]),
});
export const misconductRecord = z.object({
  id: z.string(),
  personId: z.string(),
  name: z.string(),
  idMasked: z.string(),
  act: z.enum(misconductActs),
  occurredOn: z.string(),
  batchRef: z.string().nullable(),
  description: z.string(),
  evidence: z.array(z.object({ id: z.string(), name: z.string() })),
  appealStatus: z.enum(['none', 'pending', 'upheld', 'overturned']),
  appealText: z.string().nullable(),
  appealOutcome: z.string().nullable(),
  createdAt: z.string(),
});
export type MisconductRecord = z.infer<typeof misconductRecord>;
export const appealBody = z.object({ text: text().trim().min(1, '请填写申诉理由').max(2000) });
export const appealDecisionBody = z.object({
  outcome: z.enum(['upheld', 'overturned']),
  note: text().trim().min(1, '请填写处理意见').max(2000),
});

// ---------------------------------------------------------------- roster import

export const importKinds = ['staff', 'examiners'] as const;
export const importKindNames = { staff: '工作人员名册', examiners: '考评员名册' } as const;
export const importKindQuery = z.object({ kind: z.enum(importKinds) });
export const importResult = z.object({
  kind: z.enum(importKinds),
  createdPersons: z.number(),
  createdRoles: z.number(),
});
