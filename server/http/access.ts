import { can, type Permission, type Role } from '../../shared/access.js';
import { AppError, forbidden, notFound } from './errors.js';

/** The person behind a request, as service functions see it. */
export interface Actor {
  userId: string;
  username: string;
  displayName: string;
  role: Role;
  collegeId: string | null;
  ip: string | null;
}

/** A system actor for start-up work (seeding, jobs run by the system). */
export const systemActor: Actor = {
  userId: '00000000-0000-0000-0000-000000000000',
  username: 'system',
  displayName: '系统',
  role: 'admin',
  collegeId: null,
  ip: null,
};

/** First line of every service function. */
export function authorize(actor: Actor | null | undefined, permission: Permission): asserts actor is Actor {
  if (!actor) throw new AppError('UNAUTHENTICATED', '请先登录');
  if (!can(actor.role, permission)) throw forbidden();
}

/**
 * R-ORG-07: a college clerk sees only its own college's records. Another college's record answers "not found",
 * so a clerk cannot even learn that it exists.
 */
export function assertCollegeScope(actor: Actor, recordCollegeId: string | null | undefined, what?: string) {
  if (actor.role !== 'college_clerk') return;
  if (!actor.collegeId || recordCollegeId !== actor.collegeId) throw notFound(what);
}

/** The college filter a list query must apply for this actor (null: no restriction). */
export function collegeFilter(actor: Actor): string | null {
  return actor.role === 'college_clerk' ? (actor.collegeId ?? '00000000-0000-0000-0000-000000000000') : null;
}
