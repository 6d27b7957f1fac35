import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp, type TestClient } from '../test/harness.js';
import { colleges, users } from '../db/schema/index.js';
import { roles, type Role } from '../../shared/access.js';
import { demoUsers } from '../seed.js';

/**
 * Every route × every role, as a table: who may call it, and what a college clerk gets for another college's
 * record. A new route goes into `routes` below, or the completeness check at the end fails.
 */
let t: TestApp;
const clients = new Map<Role, TestClient>();
let ownCollege = '';
let otherCollege = '';
let someUser = '';

beforeAll(async () => {
  t = await createTestApp();
  for (const role of roles) {
    const demo = demoUsers.find((u) => u.role === role)!;
    clients.set(role, await t.login(demo.username));
  }
  const rows = await t.database.db.select().from(colleges);
  ownCollege = rows.find((c) => c.code === 'JD')!.id; // the demo college clerk 'jidian' belongs to JD
  otherCollege = rows.find((c) => c.code === 'XX')!.id;
  const [u] = await t.database.db.select().from(users).where(eq(users.username, 'kaosheng'));
  someUser = u.id;
});
afterAll(async () => t.close());

type Method = 'GET' | 'POST' | 'PUT';
interface RouteCase {
  method: Method;
  url: () => string;
  body?: () => unknown;
  /** Roles that get a 2xx; every other signed-in role gets 403 (or 404 where noted). */
  allowed: readonly Role[];
  pattern: string;
}
const ALL = roles;
const STAFF: Role[] = ['admin', 'centre_head', 'exam_admin', 'college_clerk', 'examiner', 'supervisor', 'finance'];
let n = 0;
const uniq = () => `R${++n}`;

const routes: RouteCase[] = [
  { pattern: 'GET /api/v1/auth/me', method: 'GET', url: () => '/api/v1/auth/me', allowed: ALL },
  { pattern: 'GET /api/v1/home', method: 'GET', url: () => '/api/v1/home', allowed: ALL },
  { pattern: 'GET /api/v1/audit', method: 'GET', url: () => '/api/v1/audit', allowed: ['admin', 'centre_head'] },
  { pattern: 'GET /api/v1/audit/entities', method: 'GET', url: () => '/api/v1/audit/entities', allowed: ['admin', 'centre_head'] },
  { pattern: 'POST /api/v1/audit/exports', method: 'POST', url: () => '/api/v1/audit/exports', body: () => ({}), allowed: ['admin', 'centre_head'] },
  { pattern: 'GET /api/v1/users', method: 'GET', url: () => '/api/v1/users', allowed: ['admin', 'centre_head'] },
  {
    pattern: 'POST /api/v1/users',
    method: 'POST',
    url: () => '/api/v1/users',
    body: () => ({ username: `u${uniq()}`.toLowerCase(), displayName: '表格测试', role: 'finance' }),
    allowed: ['admin'],
  },
  { pattern: 'POST /api/v1/users/:id/unlock', method: 'POST', url: () => `/api/v1/users/${someUser}/unlock`, allowed: ['admin'] },
  { pattern: 'POST /api/v1/users/:id/enable', method: 'POST', url: () => `/api/v1/users/${someUser}/enable`, allowed: ['admin'] },
  { pattern: 'GET /api/v1/colleges', method: 'GET', url: () => '/api/v1/colleges', allowed: ['admin', 'centre_head', 'exam_admin', 'college_clerk', 'finance'] },
  { pattern: 'GET /api/v1/colleges/:id', method: 'GET', url: () => `/api/v1/colleges/${ownCollege}`, allowed: ['admin', 'centre_head', 'exam_admin', 'college_clerk', 'finance'] },
  { pattern: 'POST /api/v1/colleges', method: 'POST', url: () => '/api/v1/colleges', body: () => ({ code: uniq(), name: '表格测试学院' }), allowed: ['admin', 'centre_head'] },
  {
    pattern: 'PUT /api/v1/colleges/:id',
    method: 'PUT',
    url: () => `/api/v1/colleges/${ownCollege}`,
    body: () => ({ code: 'JD', name: '机电工程学院' }),
    allowed: ['admin', 'centre_head'],
  },
  { pattern: 'GET /api/v1/calendar', method: 'GET', url: () => '/api/v1/calendar', allowed: STAFF },
  { pattern: 'GET /api/v1/calendar/compute', method: 'GET', url: () => '/api/v1/calendar/compute?kind=before&day=2026-10-12&n=10', allowed: STAFF },
];

const call = (c: TestClient, r: RouteCase) => (r.method === 'GET' ? c.get(r.url()) : r.method === 'POST' ? c.post(r.url(), r.body?.()) : c.put(r.url(), r.body?.()));

describe('route × role table', () => {
  for (const r of routes) {
    it(`${r.pattern}: 401 without a session`, async () => {
      expect((await call(t.anonymous(), r)).statusCode).toBe(401);
    });
    for (const role of roles) {
      const ok = r.allowed.includes(role);
      it(`${r.pattern} as ${role}: ${ok ? 'allowed' : 'refused'}`, async () => {
        const res = await call(clients.get(role)!, r);
        if (ok) expect(res.statusCode, res.body).toBeLessThan(300);
        else {
          expect(res.statusCode).toBe(403);
          expect(res.json().error.message).toMatch(/权限/);
        }
      });
    }
  }
});

describe('R-ORG-07: a college clerk sees only its own college', () => {
  it('R-ORG-07: the clerk lists only its own college', async () => {
    const res = await clients.get('college_clerk')!.get('/api/v1/colleges');
    expect(res.json().items.map((c: { id: string }) => c.id)).toEqual([ownCollege]);
  });
  it("R-ORG-07: another college's record answers 404, as if it did not exist", async () => {
    const res = await clients.get('college_clerk')!.get(`/api/v1/colleges/${otherCollege}`);
    expect(res.statusCode).toBe(404);
    expect(res.body).not.toMatch(/信息工程学院/);
  });
  it("R-ORG-07: the clerk cannot change another college's record", async () => {
    const res = await clients.get('college_clerk')!.put(`/api/v1/colleges/${otherCollege}`, { code: 'XX', name: '改名' });
    expect([403, 404]).toContain(res.statusCode);
    const [row] = await t.database.db.select().from(colleges).where(eq(colleges.id, otherCollege));
    expect(row.name).toBe('信息工程学院');
  });
});

describe('completeness', () => {
  it('every /api/v1 route of the OpenAPI document is in the table (or is public / file / job by id)', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const covered = new Set(routes.map((r) => r.pattern));
    const exempt = new Set([
      'POST /api/v1/auth/login', // public
      'POST /api/v1/auth/logout',
      'POST /api/v1/auth/password', // tested in auth.test.ts
      'GET /api/v1/jobs/:id', // owner-only, tested in audit.test.ts
      'POST /api/v1/files', // every role, tested in files.test.ts
      'GET /api/v1/files/:id', // owner-only, tested in files.test.ts
      'POST /api/v1/users/:id/disable', // tested in auth.test.ts (ends sessions)
      'POST /api/v1/users/:id/reset-password',
      'PUT /api/v1/calendar/:year', // tested in calendar.test.ts
    ]);
    const missing: string[] = [];
    for (const [p, methods] of Object.entries(doc.paths as Record<string, Record<string, unknown>>)) {
      if (!p.startsWith('/api/v1/')) continue;
      for (const m of Object.keys(methods)) {
        const key = `${m.toUpperCase()} ${p.replace(/\{(\w+)\}/g, ':$1')}`;
        if (!covered.has(key) && !exempt.has(key)) missing.push(key);
      }
    }
    expect(missing).toEqual([]);
  });
});
