import type { Role } from '../../../shared/access.js';
import type { TestApp, TestClient } from '../../test/harness.js';
import { okJson } from '../plans/plans.testkit.js';
import { makeBatch, makeCandidates } from './arrangement.testkit.js';

/** The arrangement module's rows of the route × role table in server/http/access.test.ts. */

interface Case {
  pattern: string;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: () => string;
  body?: () => unknown;
  allowed: readonly Role[];
}

const READ: Role[] = ['admin', 'centre_head', 'exam_admin', 'college_clerk'];
const MANAGE: Role[] = ['admin', 'centre_head', 'exam_admin'];
const NIL = '00000000-0000-0000-0000-000000000000';

const f = {
  site: '',
  room: '',
  rerunBatch: '',
  batch: '',
  run: '',
  theorySitting: '',
  application: '',
  unavailable: [] as string[],
};
let n = 0;

export async function setupArrangementAccess(t: TestApp, examAdmin: TestClient, ownCollege: string) {
  f.site = (await okJson(examAdmin.post('/api/v1/sites', { name: '表格考点' }))).id;
  f.room = (
    await okJson(examAdmin.post('/api/v1/rooms', { siteId: f.site, name: '表格考场', kind: 'theory', capacity: 30 }))
  ).id;
  await okJson(examAdmin.post('/api/v1/rooms', { siteId: f.site, name: '表格实操', kind: 'skill', capacity: 30 }));
  for (let i = 0; i < 10; i++)
    f.unavailable.push(
      (
        await okJson(
          examAdmin.post(`/api/v1/rooms/${f.room}/unavailability`, {
            day: '2030-01-01',
            startsAt: '08:00',
            endsAt: '09:00',
            reason: '表格维修',
          }),
        )
      ).unavailable.at(-1).id,
    );
  // Two reviewed batches of the own college: one re-run by every allowed role, one keeping its run for the edits.
  f.rerunBatch = await makeBatch(t, examAdmin, ownCollege);
  await makeCandidates(t, f.rerunBatch, ownCollege, 3, '表格考生甲');
  f.batch = await makeBatch(t, examAdmin, ownCollege);
  f.application = (await makeCandidates(t, f.batch, ownCollege, 3, '表格考生乙'))[0].applicationId;
  const run = await okJson(examAdmin.post('/api/v1/arrangement/runs', { batchIds: [f.batch] }));
  f.run = run.id;
  f.theorySitting = run.sittings.find((s: { kind: string }) => s.kind === 'theory').id;
}

export const arrangementRouteCases: Case[] = [
  { pattern: 'GET /api/v1/sites', method: 'GET', url: () => '/api/v1/sites', allowed: READ },
  {
    pattern: 'POST /api/v1/sites',
    method: 'POST',
    url: () => '/api/v1/sites',
    body: () => ({ name: `表格新考点${n++}` }),
    allowed: MANAGE,
  },
  {
    pattern: 'PUT /api/v1/sites/:id',
    method: 'PUT',
    url: () => `/api/v1/sites/${f.site}`,
    body: () => ({ name: '表格考点', address: '校本部' }),
    allowed: MANAGE,
  },
  { pattern: 'GET /api/v1/rooms', method: 'GET', url: () => '/api/v1/rooms', allowed: READ },
  { pattern: 'GET /api/v1/rooms/:id', method: 'GET', url: () => `/api/v1/rooms/${f.room}`, allowed: READ },
  {
    pattern: 'POST /api/v1/rooms',
    method: 'POST',
    url: () => '/api/v1/rooms',
    body: () => ({ siteId: f.site, name: `表格新考场${n++}`, kind: 'theory' }),
    allowed: MANAGE,
  },
  {
    pattern: 'PUT /api/v1/rooms/:id',
    method: 'PUT',
    url: () => `/api/v1/rooms/${f.room}`,
    body: () => ({ siteId: f.site, name: '表格考场', kind: 'theory', capacity: 30 }),
    allowed: MANAGE,
  },
  {
    pattern: 'POST /api/v1/rooms/:id/unavailability',
    method: 'POST',
    url: () => `/api/v1/rooms/${f.room}/unavailability`,
    body: () => ({ day: '2030-01-02', startsAt: '08:00', endsAt: '09:00', reason: '表格维修' }),
    allowed: MANAGE,
  },
  {
    pattern: 'DELETE /api/v1/rooms/:id/unavailability/:uid',
    method: 'DELETE',
    url: () => `/api/v1/rooms/${f.room}/unavailability/${f.unavailable.shift() ?? NIL}`,
    allowed: MANAGE,
  },
  {
    pattern: 'POST /api/v1/arrangement/runs',
    method: 'POST',
    url: () => '/api/v1/arrangement/runs',
    body: () => ({ batchIds: [f.rerunBatch] }),
    allowed: MANAGE,
  },
  {
    pattern: 'GET /api/v1/arrangement/runs/:id',
    method: 'GET',
    url: () => `/api/v1/arrangement/runs/${f.run}`,
    allowed: READ,
  },
  {
    pattern: 'GET /api/v1/arrangement/batches/:batchId',
    method: 'GET',
    url: () => `/api/v1/arrangement/batches/${f.batch}`,
    allowed: READ,
  },
  {
    pattern: 'POST /api/v1/arrangement/runs/:id/edits',
    method: 'POST',
    url: () => `/api/v1/arrangement/runs/${f.run}/edits`,
    body: () => ({
      kind: 'moveCandidate',
      sittingId: f.theorySitting,
      applicationId: f.application,
      roomId: f.room,
      seat: 20,
    }),
    allowed: MANAGE,
  },
  {
    pattern: 'GET /api/v1/arrangement/runs/:id/sittings/:sittingId/examiners',
    method: 'GET',
    url: () => `/api/v1/arrangement/runs/${f.run}/sittings/${f.theorySitting}/examiners`,
    allowed: MANAGE,
  },
  { pattern: 'GET /api/v1/portal/seats', method: 'GET', url: () => '/api/v1/portal/seats', allowed: ['candidate'] },
];

/** Publishing needs a run with every hard rule met: tested in arrangement.api.test.ts. */
export const arrangementExempt = ['POST /api/v1/arrangement/runs/:id/publish'];
