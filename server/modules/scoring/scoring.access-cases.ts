import { eq } from 'drizzle-orm';
import type { Role } from '../../../shared/access.js';
import { defaultScoringSettings } from '../../../shared/scoring.js';
import { batchSittings } from '../../db/schema/index.js';
import type { TestApp } from '../../test/harness.js';

/**
 * Scoring's rows of the route × role table in server/http/access.test.ts (R-SCORE-01…05; R-SUP-03: a supervisor
 * has no scoring permission). The template has no published arrangement: the case's sitting has no examiner group,
 * so an examiner asking for it gets 404. What needs seated candidates, marks or a signed sheet is exempt and tested
 * in scoring.test.ts.
 */

interface Case {
  pattern: string;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: () => string;
  body?: () => unknown;
  allowed: readonly Role[];
  notFoundFor?: readonly Role[];
}

const CENTRE: Role[] = ['admin', 'centre_head', 'exam_admin'];
const HEAD: Role[] = ['admin', 'centre_head'];
const f = { sitting: '00000000-0000-4000-8000-000000000000', batch: '00000000-0000-4000-8000-000000000000' };

export async function setupScoringAccess(t: TestApp) {
  const [s] = await t.database.db
    .select({ id: batchSittings.id, batchId: batchSittings.batchId })
    .from(batchSittings)
    .where(eq(batchSittings.kind, 'theory'))
    .limit(1);
  if (s) Object.assign(f, { sitting: s.id, batch: s.batchId });
}

const sitting = (tail = '') => `/api/v1/scoring/sittings/${f.sitting}${tail}`;

export const scoringRouteCases: Case[] = [
  {
    pattern: 'GET /api/v1/scoring/settings',
    method: 'GET',
    url: () => '/api/v1/scoring/settings',
    allowed: [...CENTRE, 'examiner'],
  },
  {
    pattern: 'PUT /api/v1/scoring/settings',
    method: 'PUT',
    url: () => '/api/v1/scoring/settings',
    body: () => defaultScoringSettings,
    allowed: HEAD,
  },
  { pattern: 'GET /api/v1/scoring/batches', method: 'GET', url: () => '/api/v1/scoring/batches', allowed: CENTRE },
  {
    pattern: 'GET /api/v1/scoring/batches/:batchId/results',
    method: 'GET',
    url: () => `/api/v1/scoring/batches/${f.batch}/results`,
    allowed: CENTRE,
  },
  {
    pattern: 'GET /api/v1/scoring/batches/:batchId/violations',
    method: 'GET',
    url: () => `/api/v1/scoring/batches/${f.batch}/violations`,
    allowed: CENTRE,
  },
  {
    pattern: 'GET /api/v1/scoring/sittings/:sittingId',
    method: 'GET',
    url: () => sitting(),
    allowed: CENTRE,
    notFoundFor: ['examiner'],
  },
  {
    pattern: 'GET /api/v1/scoring/sittings/:sittingId/sheet.pdf',
    method: 'GET',
    url: () => sitting('/sheet.pdf'),
    allowed: CENTRE,
    notFoundFor: ['examiner'],
  },
  {
    pattern: 'GET /api/v1/scoring/sittings/:sittingId/template.xlsx',
    method: 'GET',
    url: () => sitting('/template.xlsx'),
    allowed: CENTRE,
  },
  {
    pattern: 'PUT /api/v1/scoring/sittings/:sittingId/setup',
    method: 'PUT',
    url: () => sitting('/setup'),
    body: () => ({}),
    allowed: CENTRE,
  },
  {
    pattern: 'GET /api/v1/scoring/sittings/:sittingId/patterns',
    method: 'GET',
    url: () => sitting('/patterns'),
    allowed: CENTRE,
  },
  {
    pattern: 'GET /api/v1/scoring/corrections',
    method: 'GET',
    url: () => '/api/v1/scoring/corrections',
    allowed: CENTRE,
  },
  {
    pattern: 'GET /api/v1/scoring/marking',
    method: 'GET',
    url: () => '/api/v1/scoring/marking',
    allowed: ['examiner'],
  },
  {
    // A theory sitting without an examiner group: the examiner is not of its group (404), nobody else marks (403).
    pattern: 'GET /api/v1/scoring/marking/:sittingId',
    method: 'GET',
    url: () => `/api/v1/scoring/marking/${f.sitting}`,
    allowed: [],
    notFoundFor: ['examiner'],
  },
];

/** Need seated candidates, marks, a signed sheet or a violation: tested in server/modules/scoring/scoring.test.ts. */
export const scoringExempt = [
  'PUT /api/v1/scoring/sittings/:sittingId/entries',
  'POST /api/v1/scoring/sittings/:sittingId/import',
  'POST /api/v1/scoring/sittings/:sittingId/sign',
  'POST /api/v1/scoring/sittings/:sittingId/corrections',
  'POST /api/v1/scoring/sittings/:sittingId/patterns',
  'POST /api/v1/scoring/sittings/:sittingId/evidence',
  'POST /api/v1/scoring/patterns/:id/decision',
  'POST /api/v1/scoring/corrections/:id/decision',
  'POST /api/v1/scoring/batches/:batchId/violations/:id/ruling',
  'POST /api/v1/scoring/marking/:sittingId/agreement',
  'GET /api/v1/scoring/marking/:sittingId/:applicationId',
  'PUT /api/v1/scoring/marking/:sittingId/:applicationId',
  'POST /api/v1/scoring/marking/:sittingId/:applicationId/decision',
  'GET /api/v1/scoring/marking/:sittingId/:applicationId/record.pdf',
];
