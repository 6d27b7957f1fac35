import type { Role } from '../../../shared/access.js';
import type { TestClient } from '../../test/harness.js';
import { filedBatch, okJson } from '../plans/plans.testkit.js';

/** The roster part's rows of the route × role table in server/http/access.test.ts (R-REG-01). */

interface Case {
  pattern: string;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: () => string;
  body?: () => unknown;
  allowed: readonly Role[];
}

const IMPORT: Role[] = ['admin', 'exam_admin', 'college_clerk'];
const f = { batch: '' };

/** A batch of the clerk's own college in 报名中. */
export async function setupRosterAccess(admin: TestClient, head: TestClient, ownCollege: string) {
  f.batch = await filedBatch(admin, head, ownCollege, true);
  await okJson(admin.post(`/api/v1/batches/${f.batch}/transitions`, { to: 'registering' }));
}

export const rosterRouteCases: Case[] = [
  {
    pattern: 'GET /api/v1/batches/:id/roster/template',
    method: 'GET',
    url: () => `/api/v1/batches/${f.batch}/roster/template`,
    allowed: IMPORT,
  },
];

/** Routes tested elsewhere: the upload in roster.test.ts (every role's refusal included) and as a job in roster.job.test.ts, the public signup. */
export const rosterExempt = [
  'POST /api/v1/batches/:id/roster/import',
  'POST /api/v1/batches/:id/roster/import-jobs',
  'POST /api/v1/portal/signup',
];
