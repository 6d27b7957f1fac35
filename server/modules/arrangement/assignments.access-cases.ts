import type { Role } from '../../../shared/access.js';

/**
 * 我的考务安排's rows of the route × role table in server/http/access.test.ts: examiners and supervisors read their
 * own duties (an unlinked login gets an empty answer with a message, still 200).
 */
export const assignmentsRouteCases: {
  pattern: string;
  method: 'GET';
  url: () => string;
  allowed: readonly Role[];
}[] = [
  {
    pattern: 'GET /api/v1/me/assignments',
    method: 'GET',
    url: () => '/api/v1/me/assignments',
    allowed: ['examiner', 'supervisor', 'proctor'],
  },
  {
    pattern: 'GET /api/v1/me/assignments/:runId',
    method: 'GET',
    url: () => '/api/v1/me/assignments/00000000-0000-4000-8000-000000000000',
    allowed: ['examiner', 'supervisor', 'proctor'],
  },
];

/** A room document of one's own duty: 404 without a duty there, tested in assignments.test.ts. */
export const assignmentsExempt = ['GET /api/v1/me/assignments/:runId/sittings/:sittingId/rooms/:roomId/:document'];
