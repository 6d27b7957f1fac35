import { eq } from 'drizzle-orm';
import type { Role } from '../../../shared/access.js';
import { batchSittings, examRooms } from '../../db/schema/index.js';
import type { TestApp } from '../../test/harness.js';

/**
 * The computer-based exam's rows of the route × role table in server/http/access.test.ts (R-EXAM-02). The
 * candidate API is public (the device token is the credential): listed in `cbtExempt`, tested in cbt.test.ts.
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
const f = { sitting: '', room: '' };
/** Exam-day roles without a duty in the case's room: 404, as if the room did not exist. */
const NO_DUTY: Role[] = ['proctor', 'examiner', 'supervisor'];

export async function setupCbtAccess(t: TestApp) {
  const [s] = await t.database.db
    .select({ id: batchSittings.id })
    .from(batchSittings)
    .where(eq(batchSittings.kind, 'theory'));
  f.sitting = s?.id ?? '00000000-0000-0000-0000-000000000000';
  const [r] = await t.database.db.select({ id: examRooms.id }).from(examRooms).limit(1);
  f.room = r?.id ?? '00000000-0000-0000-0000-000000000000';
}

export const cbtRouteCases: Case[] = [
  { pattern: 'GET /api/v1/exams/sittings', method: 'GET', url: () => '/api/v1/exams/sittings', allowed: CENTRE },
  {
    pattern: 'PUT /api/v1/exams/sittings/:sittingId/mode',
    method: 'PUT',
    url: () => `/api/v1/exams/sittings/${f.sitting}/mode`,
    body: () => ({ mode: 'paper' }),
    allowed: CENTRE,
  },
  {
    pattern: 'GET /api/v1/exams/rooms/:sittingId/:roomId/console',
    method: 'GET',
    url: () => `/api/v1/exams/rooms/${f.sitting}/${f.room}/console`,
    allowed: CENTRE,
    notFoundFor: NO_DUTY,
  },
  {
    pattern: 'POST /api/v1/exams/rooms/:sittingId/:roomId/open',
    method: 'POST',
    url: () => `/api/v1/exams/rooms/${f.sitting}/${f.room}/open`,
    allowed: CENTRE,
    notFoundFor: NO_DUTY,
  },
  {
    pattern: 'PUT /api/v1/exams/rooms/:sittingId/:roomId/ip-ranges',
    method: 'PUT',
    url: () => `/api/v1/exams/rooms/${f.sitting}/${f.room}/ip-ranges`,
    body: () => ({ ipRanges: [] }),
    allowed: CENTRE,
    notFoundFor: NO_DUTY,
  },
];

/** Public candidate routes (tested in cbt.test.ts), and the preparation (needs a published arrangement with forms: cbt.test.ts). */
export const cbtExempt = [
  'POST /api/v1/exam/login',
  'GET /api/v1/exam/paper',
  'POST /api/v1/exam/start',
  'POST /api/v1/exam/answers',
  'GET /api/v1/exam/resume',
  'POST /api/v1/exam/submit',
  'POST /api/v1/exam/events',
  'GET /api/v1/exam/clock',
  'GET /api/v1/exam/images/:fileId',
  'POST /api/v1/exams/sittings/:sittingId/prepare',
  // The console's other actions need a running room or a prepared attempt (console.test.ts). The two event streams are not in the API document at all.
  'POST /api/v1/exams/rooms/:sittingId/:roomId/pause',
  'POST /api/v1/exams/rooms/:sittingId/:roomId/resume',
  'POST /api/v1/exams/attempts/:id/release',
  'POST /api/v1/exams/attempts/:id/collect',
  'GET /api/v1/exams/attempts/:id/events',
];
