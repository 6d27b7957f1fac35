import { and, desc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.js';
import { colleges, loginFailures, users } from '../../db/schema/index.js';
import { authorize, type Actor } from '../../http/access.js';
import { AppError, notFound } from '../../http/errors.js';
import type { Role } from '../../../shared/access.js';
import type { UserBody, UserUpdateBody } from '../../../shared/users.js';
import { recordAudit } from '../audit/audit.service.js';
import { endSessionsOf } from '../auth/auth.service.js';
import { hashPassword, oneTimePassword } from '../auth/password.rules.js';
import { presentUser } from './users.present.js';

type UserRow = typeof users.$inferSelect;

const auditView = (u: UserRow) => {
  const { passwordHash: _h, failWindowCount: _c, failWindowStart: _s, ...rest } = u;
  return rest;
};

export async function listUsers(
  db: Db,
  opts: { actor: Actor | null; query: { page: number; pageSize: number; keyword?: string; role?: Role } },
) {
  authorize(opts.actor, 'users.read');
  const q = opts.query;
  const where: SQL[] = [];
  if (q.keyword) where.push(or(ilike(users.username, `%${q.keyword}%`), ilike(users.displayName, `%${q.keyword}%`))!);
  if (q.role) where.push(eq(users.role, q.role));
  const cond = where.length ? and(...where) : undefined;
  const rows = await db
    .select({ u: users, collegeName: colleges.name })
    .from(users)
    .leftJoin(colleges, eq(colleges.id, users.collegeId))
    .where(cond)
    .orderBy(desc(users.createdAt))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const [{ total }] = await db
    .select({ total: sql<number>`count(*)::int` })
    .from(users)
    .where(cond);
  return { items: rows.map((r) => presentUser(r.u, r.collegeName)), total: Number(total) };
}

/** Creates an account with a one-time password that must be changed at first login. */
export async function createUser(db: Db, opts: { actor: Actor | null; data: UserBody }) {
  authorize(opts.actor, 'users.manage');
  const actor = opts.actor;
  const password = oneTimePassword();
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const user = await insertUser(tx, actor, { ...opts.data, passwordHash, mustChangePassword: true });
    return { user: await withCollegeName(tx, user), oneTimePassword: password };
  });
}

/** Shared by the admin screen and the start-up seeding (which passes the system actor). */
export async function insertUser(
  tx: DbOrTx,
  actor: Actor,
  data: UserBody & { passwordHash: string; mustChangePassword: boolean },
) {
  const username = data.username.toLowerCase();
  const collegeId = await checkCollegeOf(tx, data.role, data.collegeId);
  const [dup] = await tx.select({ id: users.id }).from(users).where(eq(users.username, username));
  if (dup)
    throw new AppError('CONFLICT', `用户名：“${username}”已被使用`, [{ field: 'username', message: '已被使用' }]);
  const [row] = await tx
    .insert(users)
    .values({
      username,
      displayName: data.displayName,
      role: data.role,
      collegeId,
      passwordHash: data.passwordHash,
      mustChangePassword: data.mustChangePassword,
    })
    .returning();
  await recordAudit(tx, actor, { action: 'create', entity: 'user', entityId: row.id, after: auditView(row) });
  return row;
}

async function withCollegeName(tx: DbOrTx, u: UserRow) {
  if (!u.collegeId) return presentUser(u);
  const [c] = await tx.select({ name: colleges.name }).from(colleges).where(eq(colleges.id, u.collegeId));
  return presentUser(u, c?.name ?? null);
}

/**
 * Changes name, role or college. A change of role or college ends the account's sessions, so the new permissions
 * (and the college scope of R-ORG-07) apply from the next login, never to a session opened under the old ones.
 */
export async function updateUser(db: Db, opts: { actor: Actor | null; id: string; data: UserUpdateBody }) {
  authorize(opts.actor, 'users.manage');
  const actor = opts.actor;
  if (opts.id === actor.userId && opts.data.role !== actor.role) throw new AppError('CONFLICT', '不能修改自己的角色');
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(users).where(eq(users.id, opts.id)).for('update');
    if (!before) throw notFound('用户');
    const collegeId = await checkCollegeOf(tx, opts.data.role, opts.data.collegeId);
    const [row] = await tx
      .update(users)
      .set({ displayName: opts.data.displayName, role: opts.data.role, collegeId })
      .where(eq(users.id, opts.id))
      .returning();
    if (before.role !== row.role || before.collegeId !== row.collegeId) await endSessionsOf(tx, row.id);
    await recordAudit(tx, actor, {
      action: 'update',
      entity: 'user',
      entityId: row.id,
      before: auditView(before),
      after: auditView(row),
    });
    return withCollegeName(tx, row);
  });
}

/** R-ORG-07: a college clerk belongs to exactly one existing college; other roles to none. */
async function checkCollegeOf(tx: DbOrTx, role: Role, collegeId: string | null | undefined) {
  if (role !== 'college_clerk') return null;
  if (!collegeId)
    throw new AppError('VALIDATION', '所属二级学院：二级学院管理员必须指定所属学院', [
      { field: 'collegeId', message: '必须指定所属学院' },
    ]);
  const [c] = await tx.select({ id: colleges.id }).from(colleges).where(eq(colleges.id, collegeId));
  if (!c) throw new AppError('VALIDATION', '所属二级学院：不存在', [{ field: 'collegeId', message: '不存在' }]);
  return collegeId;
}

type AccountAction = 'disable' | 'enable' | 'unlock';

/** Disable ends every session of the account at once; enable and unlock clear the lockout. */
export async function setAccountState(db: Db, opts: { actor: Actor | null; id: string; action: AccountAction }) {
  authorize(opts.actor, 'users.manage');
  const actor = opts.actor;
  if (opts.action === 'disable' && opts.id === actor.userId) throw new AppError('CONFLICT', '不能停用自己的账户');
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(users).where(eq(users.id, opts.id)).for('update');
    if (!before) throw notFound('用户');
    const patch =
      opts.action === 'disable'
        ? { disabled: true }
        : opts.action === 'enable'
          ? { disabled: false, failedCount: 0, lockedUntil: null }
          : { failedCount: 0, lockedUntil: null, failWindowCount: 0, failWindowStart: null };
    const [row] = await tx.update(users).set(patch).where(eq(users.id, opts.id)).returning();
    if (opts.action === 'disable') await endSessionsOf(tx, row.id);
    else await tx.delete(loginFailures).where(eq(loginFailures.userId, row.id)); // issue 8 item 10: every address's lock too
    await recordAudit(tx, actor, {
      action: opts.action,
      entity: 'user',
      entityId: row.id,
      before: auditView(before),
      after: auditView(row),
    });
    return withCollegeName(tx, row);
  });
}

/** A new one-time password; the account's sessions end and the next login must change it. */
export async function resetPassword(db: Db, opts: { actor: Actor | null; id: string }) {
  authorize(opts.actor, 'users.manage');
  const actor = opts.actor;
  const password = oneTimePassword();
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(users)
      .set({ passwordHash, mustChangePassword: true, failedCount: 0, lockedUntil: null })
      .where(eq(users.id, opts.id))
      .returning();
    if (!row) throw notFound('用户');
    await endSessionsOf(tx, row.id);
    await tx.delete(loginFailures).where(eq(loginFailures.userId, row.id));
    await recordAudit(tx, actor, { action: 'password.reset', entity: 'user', entityId: row.id });
    return { user: await withCollegeName(tx, row), oneTimePassword: password };
  });
}

/** Figures for the home page. */
export async function countUsers(db: Db, opts: { actor: Actor | null }) {
  authorize(opts.actor, 'users.read');
  const [r] = await db
    .select({
      total: sql<number>`count(*)::int`,
      disabled: sql<number>`count(*) filter (where ${users.disabled})::int`,
      locked: sql<number>`count(*) filter (where ${users.lockedUntil} > now())::int`,
      pending: sql<number>`count(*) filter (where ${users.mustChangePassword})::int`,
    })
    .from(users);
  return { total: Number(r.total), disabled: Number(r.disabled), locked: Number(r.locked), pending: Number(r.pending) };
}
