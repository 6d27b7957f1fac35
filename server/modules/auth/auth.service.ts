import { createHash, randomBytes } from 'node:crypto';
import { and, eq, lt, or, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.js';
import { colleges, loginFailures, sessions, users } from '../../db/schema/index.js';
import { centreSummary } from '../centre/centre.reads.js';
import { personIdsOfUser, personsByIds } from '../people/people.reads.js';
import { AppError } from '../../http/errors.js';
import type { Actor } from '../../http/access.js';
import { roleNames } from '../../../shared/access.js';
import type { MeResponse } from '../../../shared/auth.js';
import { recordAudit } from '../audit/audit.service.js';
import { dummyHash, hashPassword, passwordProblem, verifyPassword } from './password.rules.js';
import type { PiiCipher } from '../../http/pii.js';
import { findCandidateUser, INITIAL_ACTIVATION, passwordMatches, useActivationCode } from './candidate.service.js';

/** Session and lockout policy (issue #2): 30 min idle, 12 h absolute, 5 failures ⇒ 30 min lock, ≤100 failures/h. */
export const SESSION_IDLE_MS = 30 * 60_000;
export const SESSION_ABSOLUTE_MS = 12 * 3600_000;
export const LOCK_AFTER_FAILURES = 5;
export const LOCK_MS = 30 * 60_000;
export const MAX_FAILURES_PER_HOUR = 100;
/** lastSeenAt is written at most this often, so reads do not each cost a write. */
const TOUCH_EVERY_MS = 60_000;

/** The one answer to an unknown user, a wrong password and a locked account alike (issue 8 item 10). */
export const BAD_CREDENTIALS = `用户名或密码错误（连续输错 ${LOCK_AFTER_FAILURES} 次后须等 ${LOCK_MS / 60_000} 分钟才能再试）`;

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

export interface ClientInfo {
  ip: string | null;
  userAgent: string | null;
}

export async function login(
  db: Db,
  opts: { username: string; password: string; client: ClientInfo; now?: Date; pii?: PiiCipher },
) {
  const now = opts.now ?? new Date();
  const username = opts.username.trim().toLowerCase();
  let [user]: (typeof users.$inferSelect | undefined)[] = await db
    .select()
    .from(users)
    .where(eq(users.username, username));
  // R-REG-01: a candidate may sign in with the student number or the ID number instead of the username.
  if (!user && opts.pii) user = await findCandidateUser(db, opts.pii, opts.username);
  if (!user) {
    await verifyPassword(opts.password, dummyHash); // same work as a real check: no timing oracle
    throw new AppError('UNAUTHENTICATED', BAD_CREDENTIALS);
  }
  const address = clientKey(opts.client.ip);
  // Issue 8 item 10: a lock (this address's five strikes, or the account's hourly ceiling) answers exactly like an
  // unknown user or a wrong password, after the same work: the reply tells nobody that the account exists.
  const [strikes] = await db
    .select()
    .from(loginFailures)
    .where(and(eq(loginFailures.userId, user.id), eq(loginFailures.ip, address)));
  if ((user.lockedUntil && user.lockedUntil > now) || (strikes?.lockedUntil && strikes.lockedUntil > now)) {
    await verifyPassword(opts.password, dummyHash);
    throw new AppError('UNAUTHENTICATED', BAD_CREDENTIALS);
  }
  const ok = await passwordMatches(db, opts.pii, user, opts.password);
  const actor: Actor = toActor(user, opts.client.ip);
  if (!ok || user.disabled) {
    if (!ok) await recordFailure(db, user, actor, address, now);
    throw new AppError('UNAUTHENTICATED', BAD_CREDENTIALS);
  }
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  await db.transaction(async (tx) => {
    await tx.update(users).set({ failedCount: 0, lastLoginAt: now }).where(eq(users.id, user.id));
    await tx.delete(loginFailures).where(and(eq(loginFailures.userId, user.id), eq(loginFailures.ip, address)));
    // Issue 8 item 4: an activation code opens one login only; that session must set a password at once.
    if (user.passwordHash === INITIAL_ACTIVATION) await useActivationCode(tx, user.id, now);
    await tx.insert(sessions).values({
      id: sha256(token),
      userId: user.id,
      csrfToken,
      createdAt: now,
      lastSeenAt: now,
      ip: opts.client.ip,
      userAgent: opts.client.userAgent?.slice(0, 300) ?? null,
    });
    await recordAudit(tx, actor, { action: 'login', entity: 'user', entityId: user.id });
  });
  return { token, csrfToken, user };
}

/** The client address as the key of per-address strikes (an unknown address counts as one address). */
const clientKey = (ip: string | null) => (ip ?? '').slice(0, 100);

/**
 * Issue 8 item 10: five wrong passwords from one address lock the account for that address only (30 minutes), so a
 * stranger cannot lock `admin` out; the account-wide ceiling of 100 failures an hour still locks it everywhere.
 */
async function recordFailure(db: Db, user: typeof users.$inferSelect, actor: Actor, address: string, now: Date) {
  await db.transaction(async (tx) => {
    // Re-read under a row lock: concurrent wrong guesses must all count.
    const [u] = await tx.select().from(users).where(eq(users.id, user.id)).for('update');
    const [prev] = await tx
      .select()
      .from(loginFailures)
      .where(and(eq(loginFailures.userId, u.id), eq(loginFailures.ip, address)));
    const windowFresh = u.failWindowStart && now.getTime() - u.failWindowStart.getTime() < 3600_000;
    const windowStart = windowFresh ? u.failWindowStart! : now;
    const windowCount = (windowFresh ? u.failWindowCount : 0) + 1;
    let failedCount = (prev?.failedCount ?? 0) + 1;
    let addressLock: Date | null = null;
    if (failedCount >= LOCK_AFTER_FAILURES) {
      addressLock = new Date(now.getTime() + LOCK_MS);
      failedCount = 0;
    }
    let accountLock: Date | null = null;
    if (windowCount >= MAX_FAILURES_PER_HOUR) accountLock = new Date(windowStart.getTime() + 3600_000);
    await tx
      .insert(loginFailures)
      .values({ userId: u.id, ip: address, failedCount, lockedUntil: addressLock, updatedAt: now })
      .onConflictDoUpdate({
        target: [loginFailures.userId, loginFailures.ip],
        set: { failedCount, lockedUntil: addressLock, updatedAt: now },
      });
    await tx
      .update(users)
      .set({
        failedCount: u.failedCount + 1,
        failWindowStart: windowStart,
        failWindowCount: windowCount,
        ...(accountLock ? { lockedUntil: accountLock } : {}),
      })
      .where(eq(users.id, u.id));
    const lockedUntil = accountLock ?? addressLock;
    await recordAudit(tx, actor, {
      action: lockedUntil ? 'login.locked' : 'login.failed',
      entity: 'user',
      entityId: u.id,
      after: lockedUntil ? { lockedUntil, scope: accountLock ? 'account' : 'address' } : { failedCount },
    });
  });
}

export async function logout(db: Db, opts: { token: string; actor: Actor }) {
  await db.transaction(async (tx) => {
    await tx.delete(sessions).where(eq(sessions.id, sha256(opts.token)));
    await recordAudit(tx, opts.actor, { action: 'logout', entity: 'user', entityId: opts.actor.userId });
  });
}

export interface ResolvedSession {
  actor: Actor;
  csrfToken: string;
  mustChangePassword: boolean;
}

/** The session behind a cookie token, or null if it is unknown, idle for too long, too old, or its user disabled. */
export async function resolveSession(
  db: Db,
  token: string,
  ip: string | null,
  now = new Date(),
): Promise<ResolvedSession | null> {
  const id = sha256(token);
  const [row] = await db
    .select({ s: sessions, u: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.id, id));
  if (!row) return null;
  const { s, u } = row;
  const idle = now.getTime() - s.lastSeenAt.getTime() > SESSION_IDLE_MS;
  const old = now.getTime() - s.createdAt.getTime() > SESSION_ABSOLUTE_MS;
  if (idle || old || u.disabled) {
    await db.delete(sessions).where(eq(sessions.id, id));
    return null;
  }
  if (now.getTime() - s.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, id));
  }
  return { actor: toActor(u, ip), csrfToken: s.csrfToken, mustChangePassword: u.mustChangePassword };
}

export async function changePassword(
  db: Db,
  opts: { actor: Actor; currentPassword: string; newPassword: string; keepToken: string; pii?: PiiCipher },
) {
  const [u] = await db.select().from(users).where(eq(users.id, opts.actor.userId));
  if (!u || !(await passwordMatches(db, opts.pii, u, opts.currentPassword, { usedCodeToo: true })))
    throw new AppError('VALIDATION', '当前密码：不正确', [{ field: 'currentPassword', message: '当前密码不正确' }]);
  const problem = passwordProblem(opts.newPassword, u.username);
  if (problem) throw new AppError('VALIDATION', `新密码：${problem}`, [{ field: 'newPassword', message: problem }]);
  if (await passwordMatches(db, opts.pii, u, opts.newPassword))
    throw new AppError('VALIDATION', '新密码：不能与当前密码相同', [
      { field: 'newPassword', message: '不能与当前密码相同' },
    ]);
  const passwordHash = await hashPassword(opts.newPassword);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, mustChangePassword: false }).where(eq(users.id, u.id));
    // Other sessions of this account end: whoever else held the old password is out.
    await tx.delete(sessions).where(and(eq(sessions.userId, u.id), sql`${sessions.id} <> ${sha256(opts.keepToken)}`));
    await recordAudit(tx, opts.actor, { action: 'password.change', entity: 'user', entityId: u.id });
  });
}

/** Ends every session of a user (used when an account is disabled or its password reset). */
export async function endSessionsOf(tx: DbOrTx, userId: string) {
  await tx.delete(sessions).where(eq(sessions.userId, userId));
}

/** Housekeeping: sessions past their idle or absolute limit, and per-address strikes a day old (their lock is long over). */
export async function purgeExpiredSessions(db: Db, now = new Date()) {
  await db.delete(loginFailures).where(lt(loginFailures.updatedAt, new Date(now.getTime() - 24 * 3600_000)));
  await db
    .delete(sessions)
    .where(
      or(
        lt(sessions.lastSeenAt, new Date(now.getTime() - SESSION_IDLE_MS)),
        lt(sessions.createdAt, new Date(now.getTime() - SESSION_ABSOLUTE_MS)),
      ),
    );
}

export async function describeMe(
  db: Db,
  opts: { actor: Actor; csrfToken: string; mustChangePassword: boolean },
): Promise<MeResponse> {
  const a = opts.actor;
  const [college] = a.collegeId
    ? await db.select({ name: colleges.name }).from(colleges).where(eq(colleges.id, a.collegeId))
    : [];
  const centre = await centreSummary(db);
  // Issue 9: an account linked to a person (a candidate, an examiner) is shown by the person's name, as its forms are.
  const [person] = await personsByIds(db, await personIdsOfUser(db, a.userId));
  return {
    user: {
      id: a.userId,
      username: a.username,
      displayName: person?.name ?? a.displayName,
      role: a.role,
      roleName: roleNames[a.role],
      collegeId: a.collegeId,
      collegeName: college?.name ?? null,
      mustChangePassword: opts.mustChangePassword,
    },
    csrfToken: opts.csrfToken,
    centre: centre ? { name: centre.name, shortName: centre.shortName, isDemo: centre.isDemo } : null,
    idleMinutes: SESSION_IDLE_MS / 60_000,
  };
}

export function toActor(u: typeof users.$inferSelect, ip: string | null): Actor {
  return {
    userId: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    collegeId: u.collegeId,
    ip,
  };
}
