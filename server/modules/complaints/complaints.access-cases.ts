import type { Role } from '../../../shared/access.js';
import type { TestClient } from '../../test/harness.js';
import { complaintBody, recordedComplaint } from './complaints.testkit.js';

/**
 * 考生投诉's rows of the route × role table in server/http/access.test.ts (R-CMP-01…04). The case's complaint is
 * freshly recorded: reading and recording work for the centre; the steps that need a given state (decide, result,
 * close, the letters) are exempt and tested in complaints.test.ts, like the public form and the portal's filing.
 */

interface Case {
  pattern: string;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: () => string;
  body?: () => unknown;
  allowed: readonly Role[];
}

const CENTRE: Role[] = ['admin', 'centre_head', 'exam_admin'];
const f = { complaint: '00000000-0000-4000-8000-000000000000' };

export async function setupComplaintsAccess(admin: TestClient) {
  f.complaint = (await recordedComplaint(admin)).id;
}

export const complaintsRouteCases: Case[] = [
  { pattern: 'GET /api/v1/complaints', method: 'GET', url: () => '/api/v1/complaints', allowed: CENTRE },
  {
    pattern: 'POST /api/v1/complaints',
    method: 'POST',
    url: () => '/api/v1/complaints',
    body: () => complaintBody(),
    allowed: CENTRE,
  },
  {
    pattern: 'GET /api/v1/complaints/:id',
    method: 'GET',
    url: () => `/api/v1/complaints/${f.complaint}`,
    allowed: CENTRE,
  },
  { pattern: 'GET /api/v1/me/complaints', method: 'GET', url: () => '/api/v1/me/complaints', allowed: ['candidate'] },
];

/** Need a complaint in a given state, or are public / create the portal's own (complaints.test.ts). */
export const complaintsExempt = [
  'POST /api/v1/complaints/:id/handler',
  'POST /api/v1/complaints/:id/extension',
  'POST /api/v1/complaints/:id/decision',
  'POST /api/v1/complaints/:id/result',
  'POST /api/v1/complaints/:id/close',
  'GET /api/v1/complaints/:id/decision.pdf',
  'GET /api/v1/complaints/:id/result.pdf',
  'POST /api/v1/public/complaints',
  'GET /api/v1/public/complaints/status',
  'POST /api/v1/me/complaints',
];
