import type { Role } from '../../../shared/access.js';
import type { CandidateAccountList } from '../../../shared/activation.js';
import type { TestApp, TestClient } from '../../test/harness.js';
import { postFile } from '../people/people.testkit.js';
import { filedBatch, okJson } from '../plans/plans.testkit.js';
import { rosterRows, rosterXlsx } from '../registration/roster.testkit.js';

/** Issue 8 item 4 / R-PPL-02: this part's rows of the route × role table in server/http/access.test.ts. */

interface Case {
  pattern: string;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: () => string;
  body?: () => unknown;
  allowed: readonly Role[];
}

const IMPORT: Role[] = ['admin', 'exam_admin', 'college_clerk'];
const f = { batch: '', student: '', className: '' };

/** A batch of the clerk's own college in 报名中, with two students imported by roster (class 电气2301/2302). */
export async function setupActivationAccess(t: TestApp, admin: TestClient, head: TestClient, ownCollege: string) {
  f.batch = await filedBatch(admin, head, ownCollege, true);
  await okJson(admin.post(`/api/v1/batches/${f.batch}/transitions`, { to: 'registering' }));
  await okJson(
    postFile(
      t,
      admin,
      `/api/v1/batches/${f.batch}/roster/import`,
      'a.xlsx',
      await rosterXlsx(rosterRows(2, { from: 30_000, prefix: 'A' })),
    ),
  );
  const list = (await okJson(admin.get(`/api/v1/batches/${f.batch}/candidate-accounts`))) as CandidateAccountList;
  f.className = list.items[0].className;
  f.student = list.items[0].userId;
}

export const activationRouteCases: Case[] = [
  {
    pattern: 'GET /api/v1/batches/:id/candidate-accounts',
    method: 'GET',
    url: () => `/api/v1/batches/${f.batch}/candidate-accounts`,
    allowed: IMPORT,
  },
  {
    pattern: 'GET /api/v1/batches/:id/candidate-accounts/sheet',
    method: 'GET',
    url: () =>
      `/api/v1/batches/${f.batch}/candidate-accounts/sheet?className=${encodeURIComponent(f.className)}&format=xlsx`,
    allowed: IMPORT,
  },
  {
    pattern: 'POST /api/v1/candidate-accounts/:id/activation-code',
    method: 'POST',
    url: () => `/api/v1/candidate-accounts/${f.student}/activation-code`,
    allowed: IMPORT,
  },
  { pattern: 'GET /api/v1/signup-requests', method: 'GET', url: () => '/api/v1/signup-requests', allowed: ['admin'] },
];

/** Deciding a sign-up needs a pending one each time: tested with every role's refusal in signup.test.ts. */
export const activationExempt = ['POST /api/v1/signup-requests/:id/confirm', 'POST /api/v1/signup-requests/:id/reject'];
