import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { loginFailures, sessions, users } from '../../db/schema/index.js';
import { BAD_CREDENTIALS } from './auth.service.js';
import { passwordProblem, hashPassword, verifyPassword } from './password.rules.js';
import { DEMO_PASSWORD } from '../../seed.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

/** The stored id of a client's session: the SHA-256 of its cookie's token (the token itself is never stored). */
const sessionIdOf = (c: { cookie: string }) => createHash('sha256').update(c.cookie.split('=')[1]).digest('hex');

const loginRaw = (
  username: string,
  password: string,
  headers: Record<string, string> = {},
  remoteAddress = '127.0.0.1',
) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password }, headers, remoteAddress });

describe('passwords', () => {
  it('refuses short, common, repeated, sequential and username-containing passwords; accepts 64+ characters', () => {
    expect(passwordProblem('short1!')).toMatch(/至少 8/);
    expect(passwordProblem('password')).toMatch(/常见/);
    expect(passwordProblem('12345678')).toMatch(/常见|连续/);
    expect(passwordProblem('woaini1314')).toMatch(/常见/);
    expect(passwordProblem('aaaaaaaaaa')).toMatch(/同一个字符/);
    expect(passwordProblem('zhangsan-2026x', 'zhangsan')).toMatch(/用户名/);
    expect(passwordProblem('这是一个很长的中文密码短语也可以')).toBeNull();
    expect(passwordProblem('Tq8#-Lan-Hua-Qiu-Shui-Zhou-Kou-2026-Ming-Ri-Kao-Shi-Chang-Tian-7x')).toBeNull(); // 64 characters
    expect(passwordProblem('Qiu-Shui-Chang-Tian-7'.repeat(6))).toBeNull(); // 126 characters
  });

  it('weak passwords: zxcvbn score below 3 is refused, with pinyin and common Chinese names counted as words', () => {
    for (const weak of [
      'abcdefgh',
      'zhangsan',
      'wangwei123',
      'zhangsan2026',
      'wangfang88',
      'liming2005',
      'woaini520',
      'x'.repeat(63) + 'Yz',
      'Tq8#'.repeat(16),
    ])
      expect(passwordProblem(weak), weak).toMatch(/容易被猜中|常见|同一个字符/);
    for (const good of [
      DEMO_PASSWORD,
      'Correct-Horse-9',
      'Ming-Ri-Kao-Shi-2026',
      'Qiu-Shui-Chang-Tian-7',
      'Shehui#2026',
      'Zhou-kou#2026',
      'Lan-Hua-2026-qiu',
      'Dian-Qi-2301#Chen',
      'Crawl-巡检-2026!',
    ])
      expect(passwordProblem(good), good).toBeNull();
  });

  it('hashes with scrypt, salted, and verifies', async () => {
    const a = await hashPassword('Correct-Horse-9');
    const b = await hashPassword('Correct-Horse-9');
    expect(a).toMatch(/^scrypt\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('Correct-Horse-9', a)).toBe(true);
    expect(await verifyPassword('correct-horse-9', a)).toBe(false);
  });
});

describe('login and sessions', () => {
  it('sets an httpOnly SameSite cookie and returns the user without secrets', async () => {
    const res = await loginRaw('kaowu', DEMO_PASSWORD);
    expect(res.statusCode).toBe(200);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(res.json().user.roleName).toBe('考务管理员');
    expect(res.body).not.toMatch(/scrypt|passwordHash/);
  });

  it('gives the same message for an unknown user and a wrong password', async () => {
    const a = await loginRaw('nobody-here', 'Whatever-123');
    const b = await loginRaw('caiwu', 'Wrong-password-1');
    expect(a.statusCode).toBe(401);
    expect(b.statusCode).toBe(401);
    expect(a.json().error.message).toBe(BAD_CREDENTIALS);
    expect(a.json().error.message).toMatch(/^用户名或密码错误/);
    expect(b.json().error.message).toBe(a.json().error.message);
  });

  it('issues a new token at every login', async () => {
    const a = await t.login('dudao');
    const b = await t.login('dudao');
    expect(a.cookie).not.toBe(b.cookie);
  });

  it('lockout: five wrong passwords lock the account for 30 minutes from that address, even for the right one', async () => {
    for (let i = 0; i < 5; i++) expect((await loginRaw('kaopingyuan', 'Wrong-pass-' + i)).statusCode).toBe(401);
    const locked = await loginRaw('kaopingyuan', DEMO_PASSWORD);
    expect(locked.statusCode).toBe(401);
    const [u] = await t.database.db.select().from(users).where(eq(users.username, 'kaopingyuan'));
    const [strikes] = await t.database.db
      .select()
      .from(loginFailures)
      .where(and(eq(loginFailures.userId, u.id), eq(loginFailures.ip, '127.0.0.1')));
    const minutes = (strikes.lockedUntil!.getTime() - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(29);
    expect(minutes).toBeLessThanOrEqual(30);
    // The lock passes: pretend 31 minutes went by.
    await t.database.db
      .update(loginFailures)
      .set({ lockedUntil: new Date(Date.now() - 1000) })
      .where(eq(loginFailures.userId, u.id));
    expect((await loginRaw('kaopingyuan', DEMO_PASSWORD)).statusCode).toBe(200);
  });

  it('lockout: a locked account answers exactly like an unknown user (no oracle)', async () => {
    for (let i = 0; i < 5; i++) await loginRaw('zhuren', 'Wrong-pass-' + i, {}, '10.9.9.9');
    for (let i = 0; i < 5; i++) await loginRaw('no-such-user', 'Wrong-pass-' + i, {}, '10.9.9.9');
    const locked = await loginRaw('zhuren', DEMO_PASSWORD, {}, '10.9.9.9');
    const unknown = await loginRaw('no-such-user', DEMO_PASSWORD, {}, '10.9.9.9');
    expect(locked.statusCode).toBe(unknown.statusCode);
    expect(locked.json().error.code).toBe(unknown.json().error.code);
    expect(locked.json().error.message).toBe(unknown.json().error.message);
    expect(locked.headers['retry-after']).toBe(unknown.headers['retry-after']);
  });

  it('lockout: five requests from one address do not lock the account for anyone else (admin stays reachable)', async () => {
    for (let i = 0; i < 5; i++)
      expect((await loginRaw('admin', 'Wrong-pass-' + i, {}, '203.0.113.7')).statusCode).toBe(401);
    expect((await loginRaw('admin', DEMO_PASSWORD, {}, '203.0.113.7')).statusCode).toBe(401); // the attacker's address is locked
    expect((await loginRaw('admin', DEMO_PASSWORD, {}, '198.51.100.1')).statusCode).toBe(200); // the admin's is not
  });

  it('lockout: never allows more than 100 failed attempts per hour per account, from any address', async () => {
    const [u] = await t.database.db.select().from(users).where(eq(users.username, 'caiwu'));
    // 99 failures already in this hour, spread so that no 5-in-a-row lock is active.
    await t.database.db
      .update(users)
      .set({
        failWindowStart: new Date(Date.now() - 10 * 60_000),
        failWindowCount: 99,
        failedCount: 0,
        lockedUntil: null,
      })
      .where(eq(users.id, u.id));
    expect((await loginRaw('caiwu', 'Wrong-pass-x')).statusCode).toBe(401);
    const [after] = await t.database.db.select().from(users).where(eq(users.id, u.id));
    expect(after.lockedUntil!.getTime()).toBeGreaterThan(Date.now() + 49 * 60_000); // until the hour's end
    // lockout: the account-wide ceiling locks every address, with the same answer as an unknown user.
    const fromElsewhere = await loginRaw('caiwu', DEMO_PASSWORD, {}, '198.51.100.2');
    expect(fromElsewhere.statusCode).toBe(401);
    expect(fromElsewhere.json().error.message).toBe(BAD_CREDENTIALS);
  });

  it('ends a session after 30 minutes idle', async () => {
    const c = await t.login('zhuren');
    const other = await t.login('kaowu');
    expect((await c.get('/api/v1/auth/me')).statusCode).toBe(200);
    await t.database.db
      .update(sessions)
      .set({ lastSeenAt: new Date(Date.now() - 31 * 60_000) })
      .where(eq(sessions.id, sessionIdOf(c)));
    expect((await c.get('/api/v1/auth/me')).statusCode).toBe(401);
    expect((await other.get('/api/v1/auth/me')).statusCode).toBe(200); // only the aged session ends
  });

  it('ends a session 12 hours after login even when it is in use', async () => {
    const c = await t.login('zhuren');
    const other = await t.login('kaowu');
    await t.database.db
      .update(sessions)
      .set({ createdAt: new Date(Date.now() - 12 * 3600_000 - 1000), lastSeenAt: new Date() })
      .where(eq(sessions.id, sessionIdOf(c)));
    expect((await c.get('/api/v1/auth/me')).statusCode).toBe(401);
    expect((await other.get('/api/v1/auth/me')).statusCode).toBe(200); // only the aged session ends
  });

  it('logout ends the session on the server', async () => {
    const c = await t.login('jidian');
    expect((await c.post('/api/v1/auth/logout')).statusCode).toBe(200);
    expect((await c.get('/api/v1/auth/me')).statusCode).toBe(401);
  });

  it('stores only a hash of the session token', async () => {
    const c = await t.login('jidian');
    const token = c.cookie.split('=')[1];
    const rows = await t.database.db.select().from(sessions);
    expect(rows.some((r) => r.id === token)).toBe(false);
  });
});

describe('CSRF', () => {
  it('refuses a state change without the session token header', async () => {
    const c = await t.login('admin');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/colleges',
      headers: { cookie: c.cookie, 'content-type': 'application/json' },
      payload: { code: 'CSRF', name: '跨站学院' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('CSRF');
  });

  it('refuses a state change from another origin even with the header', async () => {
    const c = await t.login('admin');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/colleges',
      headers: { cookie: c.cookie, 'x-csrf-token': c.csrf, origin: 'https://evil.example', host: 'localhost' },
      payload: { code: 'CSRF2', name: '跨站学院' },
    });
    expect(res.statusCode).toBe(403);
  });
});

describe('first login and account administration', () => {
  it('forces a new account to change its one-time password before anything else', async () => {
    const admin = await t.login('admin');
    const created = await admin.post('/api/v1/users', {
      username: 'newclerk',
      displayName: '新用户',
      role: 'exam_admin',
    });
    expect(created.statusCode).toBe(200);
    const otp = created.json().oneTimePassword as string;
    const c = await t.login('newclerk', otp);
    const me = await c.get('/api/v1/auth/me');
    expect(me.json().user.mustChangePassword).toBe(true);
    const blocked = await c.get('/api/v1/colleges');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.code).toBe('PASSWORD_CHANGE_REQUIRED');
    const common = await c.post('/api/v1/auth/password', { currentPassword: otp, newPassword: 'password123' });
    expect(common.statusCode).toBe(400);
    expect(common.json().error.message).toMatch(/新密码/);
    const ok = await c.post('/api/v1/auth/password', { currentPassword: otp, newPassword: 'Lan-Hua-2026-qiu' });
    expect(ok.statusCode).toBe(200);
    expect((await c.get('/api/v1/colleges')).statusCode).toBe(200);
  });

  it('R-ORG-07: moving a clerk to another college ends its sessions, and the new scope applies at the next login', async () => {
    const admin = await t.login('admin');
    const clerk = await t.login('xinxi');
    const colleges = (await admin.get('/api/v1/colleges')).json().items as { id: string; code: string }[];
    const jd = colleges.find((c) => c.code === 'JD')!.id;
    const [u] = await t.database.db.select().from(users).where(eq(users.username, 'xinxi'));
    const noCollege = await admin.put(`/api/v1/users/${u.id}`, {
      displayName: '陈静',
      role: 'college_clerk',
      collegeId: null,
    });
    expect(noCollege.statusCode).toBe(400);
    expect(noCollege.json().error.message).toMatch(/所属二级学院/);
    const moved = await admin.put(`/api/v1/users/${u.id}`, {
      displayName: '陈静',
      role: 'college_clerk',
      collegeId: jd,
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json().collegeName).toBe('机电工程学院');
    expect((await clerk.get('/api/v1/auth/me')).statusCode).toBe(401);
    const again = await t.login('xinxi');
    expect((await again.get('/api/v1/colleges')).json().items.map((c: { id: string }) => c.id)).toEqual([jd]);
  });

  it('disabling an account ends its sessions at once', async () => {
    const admin = await t.login('admin');
    const victim = await t.login('kaosheng');
    expect((await victim.get('/api/v1/auth/me')).statusCode).toBe(200);
    const [u] = await t.database.db.select().from(users).where(eq(users.username, 'kaosheng'));
    expect((await admin.post(`/api/v1/users/${u.id}/disable`)).statusCode).toBe(200);
    expect((await victim.get('/api/v1/auth/me')).statusCode).toBe(401);
    expect((await loginRaw('kaosheng', DEMO_PASSWORD)).statusCode).toBe(401);
    await admin.post(`/api/v1/users/${u.id}/enable`);
    expect((await loginRaw('kaosheng', DEMO_PASSWORD)).statusCode).toBe(200);
  });
});

describe('rate limits', () => {
  it('limits login attempts per client address', async () => {
    const small = await createTestApp({ env: { LOGIN_RATE_PER_MINUTE: '3' } });
    try {
      const codes = [];
      for (let i = 0; i < 5; i++)
        codes.push(
          (
            await small.app.inject({
              method: 'POST',
              url: '/api/v1/auth/login',
              payload: { username: 'x', password: 'y' },
            })
          ).statusCode,
        );
      expect(codes).toEqual([401, 401, 401, 429, 429]);
    } finally {
      await small.close();
    }
  });
});
