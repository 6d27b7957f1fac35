import { and, eq, like } from 'drizzle-orm';
import type { Role } from '../../../shared/access.js';
import { batches, persons } from '../../db/schema/index.js';
import type { TestApp } from '../../test/harness.js';

/** Issue 8 item 4 / R-PPL-02: this part's rows of the route × role table in server/http/access.test.ts. */

interface Case {
  pattern: string;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: () => string;
  body?: () => unknown;
  allowed: readonly Role[];
}

const IMPORT: Role[] = ['admin', 'exam_admin', 'college_clerk'];
const f = { batch: '', student: '' };

/** The demo's published batch of the clerk's college, whose 30 students came in by roster (class 数控2301). */
export async function setupActivationAccess(t: TestApp) {
  const db = t.database.db;
  f.batch = (await db.select({ id: batches.id }).from(batches).where(like(batches.title, '%明日开考演示%')))[0].id;
  f.student = (await db.select({ userId: persons.userId }).from(persons).where(and(eq(persons.className, '数控2301'), eq(persons.studentNumber, '2023060119'))))[0].userId!;
}

export const activationRouteCases: Case[] = [
  { pattern: 'GET /api/v1/batches/:id/candidate-accounts', method: 'GET', url: () => `/api/v1/batches/${f.batch}/candidate-accounts`, allowed: IMPORT },
  {
    pattern: 'GET /api/v1/batches/:id/candidate-accounts/sheet',
    method: 'GET',
    url: () => `/api/v1/batches/${f.batch}/candidate-accounts/sheet?className=${encodeURIComponent('数控2301')}&format=xlsx`,
    allowed: IMPORT,
  },
  { pattern: 'POST /api/v1/candidate-accounts/:id/activation-code', method: 'POST', url: () => `/api/v1/candidate-accounts/${f.student}/activation-code`, allowed: IMPORT },
  { pattern: 'GET /api/v1/signup-requests', method: 'GET', url: () => '/api/v1/signup-requests', allowed: ['admin'] },
];

/** Deciding a sign-up needs a pending one each time: tested with every role's refusal in signup.test.ts. */
export const activationExempt = ['POST /api/v1/signup-requests/:id/confirm', 'POST /api/v1/signup-requests/:id/reject'];
