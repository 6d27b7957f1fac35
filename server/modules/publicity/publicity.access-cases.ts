import type { Role } from '../../../shared/access.js';
import type { TestApp, TestClient } from '../../test/harness.js';
import { collegeIdsOf } from '../arrangement/arrangement.testkit.js';
import { resultsBatch } from './publicity.testkit.js';

/**
 * 成绩公示's rows of the route × role table in server/http/access.test.ts (R-PUB-01). The case's batch has signed
 * results but no window yet: reading works, the start (which would move the batch) and the window's actions that
 * need a window in a given state are exempt and tested in publicity.test.ts, like the public page and the portal.
 */

interface Case {
  pattern: string;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: () => string;
  body?: () => unknown;
  allowed: readonly Role[];
}

const READ: Role[] = ['admin', 'centre_head', 'exam_admin'];
const HEAD: Role[] = ['admin', 'centre_head'];
const f = { batch: '00000000-0000-4000-8000-000000000000' };

export async function setupPublicityAccess(t: TestApp, admin: TestClient) {
  f.batch = (await resultsBatch(t, admin, (await collegeIdsOf(t)).JD)).batchId;
}

export const publicityRouteCases: Case[] = [
  { pattern: 'GET /api/v1/publicity/settings', method: 'GET', url: () => '/api/v1/publicity/settings', allowed: READ },
  {
    pattern: 'PUT /api/v1/publicity/settings',
    method: 'PUT',
    url: () => '/api/v1/publicity/settings',
    body: () => ({ workingDays: 5 }),
    allowed: HEAD,
  },
  { pattern: 'GET /api/v1/publicity/batches', method: 'GET', url: () => '/api/v1/publicity/batches', allowed: READ },
  {
    pattern: 'GET /api/v1/publicity/batches/:batchId',
    method: 'GET',
    url: () => `/api/v1/publicity/batches/${f.batch}`,
    allowed: READ,
  },
  { pattern: 'GET /api/v1/me/results', method: 'GET', url: () => '/api/v1/me/results', allowed: ['candidate'] },
];

/** Need a window in a given state, or are public (publicity.test.ts). */
export const publicityExempt = [
  'POST /api/v1/publicity/batches/:batchId/start',
  'POST /api/v1/publicity/batches/:batchId/objections',
  'POST /api/v1/publicity/objections/:id/resolve',
  'POST /api/v1/publicity/batches/:batchId/final',
  'POST /api/v1/publicity/batches/:batchId/export',
  'GET /api/v1/publicity/batches/:batchId/export.xlsx',
  'GET /api/v1/public/publicity',
  'GET /api/v1/public/publicity/:batchId',
  'POST /api/v1/public/publicity/:batchId/objections',
  'POST /api/v1/me/results/objections',
];
