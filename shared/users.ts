import { z } from 'zod';
import { text } from './common.js';
import { roles } from './access.js';

export const userBody = z.object({
  username: z
    .string()
    .trim()
    .min(3, '至少 3 个字符')
    .max(32)
    .regex(/^[a-zA-Z0-9_.-]+$/, '只能包含字母、数字、下划线、点和短横线'),
  displayName: text().trim().min(1, '请填写姓名').max(30),
  role: z.enum(roles),
  collegeId: text().uuid().nullish(),
});
export type UserBody = z.infer<typeof userBody>;

/** What an admin may change on an account; the username is fixed once created. */
export const userUpdateBody = userBody.omit({ username: true });
export type UserUpdateBody = z.infer<typeof userUpdateBody>;

export const user = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(roles),
  collegeId: z.string().nullable(),
  collegeName: z.string().nullable(),
  disabled: z.boolean(),
  mustChangePassword: z.boolean(),
  lockedUntil: z.string().nullable(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
});
export type User = z.infer<typeof user>;

export const usersQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
  keyword: text().trim().max(50).optional(),
  role: z.enum(roles).optional(),
});

/** The one-time password of a new or reset account, shown once to the admin. */
export const oneTimePasswordResponse = z.object({ user, oneTimePassword: z.string() });
