import { eq } from 'drizzle-orm';
import type { Role } from '../../../shared/access.js';
import { defaultExamSettings } from '../../../shared/exams.js';
import { batchSittings, examRooms } from '../../db/schema/index.js';
import type { TestApp } from '../../test/harness.js';

/**
 * Exam day's rows of the route × role table in server/http/access.test.ts (R-EXAM-01, 03, 04; R-SUP-03). The
 * template has no published arrangement, so the case's room has no duty for anyone: the exam-day roles (proctor,
 * examiner, supervisor) get 404 there, the centre works in it. What needs seated candidates or a pending credit is
 * exempt and tested with the demo's published run in checkin.test.ts, incidents.test.ts and room-record.test.ts.
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
const EXAM_READ: Role[] = ['admin', 'centre_head', 'exam_admin', 'proctor', 'examiner', 'supervisor'];
/** Exam-day roles without a duty in the case's room: 404, as if the room did not exist. */
const NO_DUTY: Role[] = ['proctor', 'examiner', 'supervisor'];
const f = { sitting: '00000000-0000-4000-8000-000000000000', room: '00000000-0000-4000-8000-000000000000' };
const room = (tail: string) => `/api/v1/exams/rooms/${f.sitting}/${f.room}${tail}`;

export async function setupExamDayAccess(t: TestApp) {
  const [s] = await t.database.db
    .select({ id: batchSittings.id })
    .from(batchSittings)
    .where(eq(batchSittings.kind, 'theory'))
    .limit(1);
  if (s) f.sitting = s.id;
  const [r] = await t.database.db.select({ id: examRooms.id }).from(examRooms).limit(1);
  if (r) f.room = r.id;
}

export const examDayRouteCases: Case[] = [
  { pattern: 'GET /api/v1/exams/settings', method: 'GET', url: () => '/api/v1/exams/settings', allowed: EXAM_READ },
  {
    pattern: 'PUT /api/v1/exams/settings',
    method: 'PUT',
    url: () => '/api/v1/exams/settings',
    body: () => defaultExamSettings,
    allowed: CENTRE,
  },
  { pattern: 'GET /api/v1/exams/rooms', method: 'GET', url: () => '/api/v1/exams/rooms', allowed: EXAM_READ },
  ...(['checkins', 'incidents', 'violations', 'record', 'record.pdf'] as const).map((tail) => ({
    pattern: `GET /api/v1/exams/rooms/:sittingId/:roomId/${tail}`,
    method: 'GET' as const,
    url: () => room(`/${tail}`),
    allowed: CENTRE,
    notFoundFor: NO_DUTY,
  })),
  {
    pattern: 'POST /api/v1/exams/rooms/:sittingId/:roomId/incidents',
    method: 'POST',
    url: () => room('/incidents'),
    body: () => ({ kind: 'unclear_print_all', description: '全部试卷第 3 页印刷不清' }),
    allowed: CENTRE,
    notFoundFor: NO_DUTY,
  },
  {
    pattern: 'POST /api/v1/exams/rooms/:sittingId/:roomId/extensions',
    method: 'POST',
    url: () => room('/extensions'),
    body: () => ({ minutes: 1, reason: '全场网络中断', kind: 'power_outage' }),
    allowed: CENTRE,
    notFoundFor: NO_DUTY,
  },
  {
    pattern: 'POST /api/v1/exams/rooms/:sittingId/:roomId/record/observations',
    method: 'POST',
    url: () => room('/record/observations'),
    body: () => ({ text: '考场秩序良好' }),
    allowed: CENTRE,
    notFoundFor: NO_DUTY,
  },
  {
    // Only the room's own proctors sign (R-EXAM-03): the centre is refused with 403.
    pattern: 'POST /api/v1/exams/rooms/:sittingId/:roomId/record/signatures',
    method: 'POST',
    url: () => room('/record/signatures'),
    allowed: [],
    notFoundFor: NO_DUTY,
  },
];

/** Need seated candidates of a published run or a pending credit: tested in checkin, incidents and room-record tests. */
export const examDayExempt = [
  'POST /api/v1/exams/rooms/:sittingId/:roomId/checkins',
  'POST /api/v1/exams/rooms/:sittingId/:roomId/absences',
  'GET /api/v1/exams/rooms/:sittingId/:roomId/photos/:applicationId',
  'POST /api/v1/exams/rooms/:sittingId/:roomId/violations',
  'POST /api/v1/exams/incidents/:id/decision',
];
