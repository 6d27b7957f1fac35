import { z } from 'zod';
import { text, isoDay } from './common.js';
import { eligibilityMethods } from './eligibility.js';
import { occupationCode } from './people.js';

/** Requests and responses of course results (R-ELIG-04), required courses (R-ELIG-03) and the eligibility check. */

const day = isoDay;
const occupationKey = z.object({
  edition: text().trim().min(4, '请填写职业分类大典版本').max(10),
  code: occupationCode,
  name: text().max(60).optional(),
});
const level = z.number().int().min(1, '等级为 1–5').max(5, '等级为 1–5');

export const courseResultRow = z.object({
  id: z.string(),
  personId: z.string(),
  courseCode: z.string(),
  courseName: z.string(),
  part: z.enum(['theory', 'practical']),
  attempt: z.enum(['first', 'retake']),
  score: z.number(),
  term: z.string().nullable(),
  importedAt: z.string(),
});
export type CourseResultRow = z.infer<typeof courseResultRow>;
export const courseResultQuery = z.object({ personId: text().uuid('人员编号不正确') });
export const courseImportResult = z.object({
  rows: z.number(),
  created: z.number(),
  updated: z.number(),
  persons: z.number(),
});

export const requiredCourseQuery = z.object({ edition: text().trim().min(4).max(10), code: occupationCode });
export const requiredCourseItem = z.object({
  courseCode: z.string().trim().min(1, '请填写课程代码').max(30),
  courseName: z.string().trim().min(1, '请填写课程名称').max(60),
  related: z.boolean().default(true),
});
export const requiredCoursesBody = requiredCourseQuery.extend({ courses: z.array(requiredCourseItem).max(100) });
export const requiredCoursesResponse = z.object({
  items: z.array(requiredCourseItem.extend({ related: z.boolean() })),
});

/** A reviewer's eligibility check: every fact (1+X, contests, bans, the excellent flag) comes from the tables. */
export const eligibilityCheckBody = z.object({
  personId: text().uuid('人员编号不正确'),
  occupation: occupationKey,
  jobName: text().trim().max(60).nullish(),
  method: z.enum(eligibilityMethods),
  batchDate: day,
  zhoukou: z.boolean().default(false),
  /** The levels the batch opens (R-ELIG-00); absent: all. */
  levels: z.array(level).nullish(),
  graduated: z.boolean().optional(),
});

const reason = z.object({ rule: z.string(), ok: z.boolean(), text: z.string() });
export const eligibilityResponse = z.object({
  levels: z.array(z.object({ level: z.number(), name: z.string(), eligible: z.boolean(), reasons: z.array(reason) })),
  highest: z.number().nullable(),
  reasons: z.array(reason),
  /** Facts the engine had to assume (said, not hidden). */
  notes: z.array(z.string()),
});
