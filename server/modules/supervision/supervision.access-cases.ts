import type { Role } from '../../../shared/access.js';
import type { TestClient } from '../../test/harness.js';

/**
 * 质量督导's rows of the route × role table in server/http/access.test.ts (R-SUP-01…03). The teams' routes are exempt (below).
 */

interface Case {
  pattern: string;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: () => string;
  body?: () => unknown;
  allowed: readonly Role[];
}

const READ: Role[] = ['admin', 'centre_head', 'exam_admin'];
const BOTH: Role[] = [...READ, 'supervisor'];
const f = { plan: '00000000-0000-4000-8000-000000000000' };
let year = 2040;
const plan = () => ({
  year: year++,
  title: '质量督导计划',
  areas: [{ aspect: 'order', focus: '考场秩序', approach: '巡视' }],
});

export async function setupSupervisionAccess(admin: TestClient) {
  f.plan = (await admin.post('/api/v1/supervision/plans', { ...plan(), year: 2039 })).json().id;
}

export const supervisionRouteCases: Case[] = [
  { pattern: 'GET /api/v1/supervision/plans', method: 'GET', url: () => '/api/v1/supervision/plans', allowed: READ },
  {
    pattern: 'POST /api/v1/supervision/plans',
    method: 'POST',
    url: () => '/api/v1/supervision/plans',
    body: plan,
    allowed: READ,
  },
  {
    pattern: 'PUT /api/v1/supervision/plans/:id',
    method: 'PUT',
    url: () => `/api/v1/supervision/plans/${f.plan}`,
    body: () => ({ ...plan(), year: 2039 }),
    allowed: READ,
  },
  { pattern: 'GET /api/v1/supervision/teams', method: 'GET', url: () => '/api/v1/supervision/teams', allowed: BOTH },
  {
    pattern: 'GET /api/v1/supervision/breaches',
    method: 'GET',
    url: () => '/api/v1/supervision/breaches',
    allowed: READ,
  },
  {
    pattern: 'GET /api/v1/supervision/external',
    method: 'GET',
    url: () => '/api/v1/supervision/external',
    allowed: READ,
  },
  {
    pattern: 'POST /api/v1/supervision/external',
    method: 'POST',
    url: () => '/api/v1/supervision/external',
    body: () => ({ authority: '省职业技能鉴定指导中心', names: ['王督查'], visitedOn: '2026-06-01' }),
    allowed: READ,
  },
];

/**
 * A team needs a published arrangement with supervisors, which the table's fixtures do not publish; approving,
 * signing and submitting change the state the other cases need. All in supervision.test.ts (centre, members,
 * supervisors outside the team: 404).
 */
export const supervisionExempt = [
  'GET /api/v1/supervision/batches/:batchId/sites/:siteId',
  'GET /api/v1/supervision/batches/:batchId/sites/:siteId/report.pdf',
  'PUT /api/v1/supervision/batches/:batchId/sites/:siteId/report',
  'POST /api/v1/supervision/batches/:batchId/sites/:siteId/observations',
  'POST /api/v1/supervision/plans/:id/approve',
  'POST /api/v1/supervision/batches/:batchId/sites/:siteId/report/sign',
  'POST /api/v1/supervision/batches/:batchId/sites/:siteId/report/submit',
];
