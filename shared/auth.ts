import { z } from 'zod';
import { roles } from './access.js';
import { text } from './common.js';

/** Password policy shown to the user and enforced by the server (NIST 800-63B style: length, not symbols). */
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN, `至少 ${PASSWORD_MIN} 个字符`)
  .max(PASSWORD_MAX, `不能超过 ${PASSWORD_MAX} 个字符`);

export const loginBody = z.object({
  username: text().trim().min(1, '请输入用户名').max(64),
  password: z.string().min(1, '请输入密码').max(PASSWORD_MAX),
});

export const changePasswordBody = z.object({
  currentPassword: z.string().min(1, '请输入当前密码').max(PASSWORD_MAX),
  newPassword: passwordSchema,
});

export const sessionUser = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(roles),
  roleName: z.string(),
  collegeId: z.string().nullable(),
  collegeName: z.string().nullable(),
  mustChangePassword: z.boolean(),
});

export const meResponse = z.object({
  user: sessionUser,
  csrfToken: z.string(),
  centre: z.object({ name: z.string(), shortName: z.string(), isDemo: z.boolean() }).nullable(),
  idleMinutes: z.number(),
});
export type MeResponse = z.infer<typeof meResponse>;
