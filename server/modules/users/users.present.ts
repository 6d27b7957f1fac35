import type { users } from '../../db/schema/index.js';
import type { User } from '../../../shared/users.js';

type UserRow = typeof users.$inferSelect;

/** Never includes the password hash or lockout counters: those stay in the server. */
export function presentUser(u: UserRow, collegeName: string | null = null): User {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    collegeId: u.collegeId,
    collegeName,
    disabled: u.disabled,
    mustChangePassword: u.mustChangePassword,
    lockedUntil: u.lockedUntil && u.lockedUntil > new Date() ? u.lockedUntil.toISOString() : null,
    lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
    createdAt: u.createdAt.toISOString(),
  };
}
