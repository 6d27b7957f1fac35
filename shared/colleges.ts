import { z } from 'zod';
import { text } from './common.js';

export const collegeBody = z.object({
  code: text()
    .trim()
    .min(1, '请填写编码')
    .max(20)
    .regex(/^[A-Za-z0-9_-]+$/, '只能包含字母、数字、下划线和短横线'),
  name: text().trim().min(2, '至少 2 个字').max(60),
  head: text().trim().max(30).nullish(),
  contact: text().trim().max(30).nullish(),
  phone: text().trim().max(30).nullish(),
});
export type CollegeBody = z.infer<typeof collegeBody>;

export const college = collegeBody.extend({
  id: z.string(),
  head: z.string().nullable(),
  contact: z.string().nullable(),
  phone: z.string().nullable(),
  createdAt: z.string(),
});
export type College = z.infer<typeof college>;
