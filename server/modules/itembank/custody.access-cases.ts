import { roles, type Role } from '../../../shared/access.js';
import type { TestClient } from '../../test/harness.js';
import { okJson } from '../plans/plans.testkit.js';

/**
 * The custody registers' rows of the route × role table in server/http/access.test.ts (R-BANK-03). They name
 * documents, not their contents: ordinary permissions, a plain 403 for every other role (no `outsiders404`).
 */

interface Case {
  pattern: string;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: () => string;
  body?: () => unknown;
  allowed: readonly Role[];
}

const CUSTODY: Role[] = ['admin', 'centre_head', 'exam_admin', 'bank_admin'];
const NIL = '00000000-0000-0000-0000-000000000000';
const f = { duty: '', transfer: '', duties: [] as string[], transfers: [] as string[] };

const dutyBody = () => ({
  subject: '表格 电工四级理论试卷',
  startsAt: '2030-01-01T08:00:00+08:00',
  endsAt: '2030-01-01T20:00:00+08:00',
  keeper1: '表格甲',
  keeper2: '表格乙',
  sealIntact: true,
  count: 4,
});
const transferBody = () => ({
  documentName: '表格 理论试卷',
  transferredAt: '2030-01-02T07:30:00+08:00',
  place: '试卷保密室',
  keeper: '表格甲',
  receiver: '表格丙',
  approver: '表格领导',
});

export async function setupCustodyAccess(examAdmin: TestClient) {
  f.duty = (await okJson(examAdmin.post('/api/v1/custody/duties', dutyBody()))).id;
  f.transfer = (await okJson(examAdmin.post('/api/v1/custody/transfers', transferBody()))).id;
  // One record per role: the URL is built for every role's call, allowed or not.
  for (let i = 0; i < roles.length; i++) {
    f.duties.push((await okJson(examAdmin.post('/api/v1/custody/duties', dutyBody()))).id);
    f.transfers.push((await okJson(examAdmin.post('/api/v1/custody/transfers', transferBody()))).id);
  }
}

export const custodyRouteCases: Case[] = [
  { pattern: 'GET /api/v1/custody/batches', method: 'GET', url: () => '/api/v1/custody/batches', allowed: CUSTODY },
  { pattern: 'GET /api/v1/custody/duties', method: 'GET', url: () => '/api/v1/custody/duties', allowed: CUSTODY },
  {
    pattern: 'POST /api/v1/custody/duties',
    method: 'POST',
    url: () => '/api/v1/custody/duties',
    body: dutyBody,
    allowed: CUSTODY,
  },
  {
    pattern: 'PUT /api/v1/custody/duties/:id',
    method: 'PUT',
    url: () => `/api/v1/custody/duties/${f.duty}`,
    body: dutyBody,
    allowed: CUSTODY,
  },
  {
    pattern: 'DELETE /api/v1/custody/duties/:id',
    method: 'DELETE',
    url: () => `/api/v1/custody/duties/${f.duties.shift() ?? NIL}`,
    allowed: CUSTODY,
  },
  {
    pattern: 'GET /api/v1/custody/duties/export',
    method: 'GET',
    url: () => '/api/v1/custody/duties/export?format=xlsx',
    allowed: CUSTODY,
  },
  { pattern: 'GET /api/v1/custody/transfers', method: 'GET', url: () => '/api/v1/custody/transfers', allowed: CUSTODY },
  {
    pattern: 'POST /api/v1/custody/transfers',
    method: 'POST',
    url: () => '/api/v1/custody/transfers',
    body: transferBody,
    allowed: CUSTODY,
  },
  {
    pattern: 'PUT /api/v1/custody/transfers/:id',
    method: 'PUT',
    url: () => `/api/v1/custody/transfers/${f.transfer}`,
    body: transferBody,
    allowed: CUSTODY,
  },
  {
    pattern: 'DELETE /api/v1/custody/transfers/:id',
    method: 'DELETE',
    url: () => `/api/v1/custody/transfers/${f.transfers.shift() ?? NIL}`,
    allowed: CUSTODY,
  },
  {
    pattern: 'GET /api/v1/custody/transfers/export',
    method: 'GET',
    url: () => '/api/v1/custody/transfers/export',
    allowed: CUSTODY,
  },
];
