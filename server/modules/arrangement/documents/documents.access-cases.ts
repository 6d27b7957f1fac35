import { eq } from 'drizzle-orm';
import type { Role } from '../../../../shared/access.js';
import { arrangementRuns, arrangementSeats, batchSittings, batches, persons, users } from '../../../db/schema/index.js';
import type { TestApp, TestClient } from '../../../test/harness.js';
import { okJson } from '../../plans/plans.testkit.js';
import {
  EXAM_DAY,
  makeApplication,
  makeBatch,
  makeCandidates,
  emptyRunInput,
  emptyRunResult,
} from '../arrangement.testkit.js';

/**
 * The documents' rows of the route × role table in server/http/access.test.ts (R-ARR-10/11). The published
 * arrangement is written directly (a minimal run with seats and ticket numbers): who may print is what is tested
 * here; the documents themselves are tested in documents.test.ts.
 */

interface Case {
  pattern: string;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: () => string;
  body?: () => unknown;
  allowed: readonly Role[];
}

const READ: Role[] = ['admin', 'centre_head', 'exam_admin', 'college_clerk'];
const MANAGE: Role[] = ['admin', 'centre_head', 'exam_admin'];

const f = { batch: '', sitting: '', room: '' };

export async function setupDocumentsAccess(t: TestApp, examAdmin: TestClient, ownCollege: string) {
  const site = (await okJson(examAdmin.post('/api/v1/sites', { name: '表格打印考点' }))).id as string;
  f.room = (
    await okJson(examAdmin.post('/api/v1/rooms', { siteId: site, name: '表格打印考场', kind: 'theory', capacity: 30 }))
  ).id;
  f.batch = await makeBatch(t, examAdmin, ownCollege, 'arranged');
  await t.database.db
    .update(batches)
    .set({ approvalNumber: '表格批复〔2027〕1号', approvalDate: '2027-02-01' })
    .where(eq(batches.id, f.batch));
  const apps = (await makeCandidates(t, f.batch, ownCollege, 2, '表格打印考生')).map((c) => c.applicationId);
  const [kaosheng] = await t.database.db.select().from(users).where(eq(users.username, 'kaosheng'));
  const [me] = await t.database.db.select().from(persons).where(eq(persons.userId, kaosheng.id));
  apps.push(await makeApplication(t, { batchId: f.batch, personId: me.id, collegeId: ownCollege }));
  const [theory] = await t.database.db
    .select()
    .from(batchSittings)
    .where(eq(batchSittings.batchId, f.batch))
    .orderBy(batchSittings.seq);
  f.sitting = theory.id;
  const [run] = await t.database.db
    .insert(arrangementRuns)
    .values({
      batchIds: [f.batch],
      status: 'published',
      seed: 'table',
      inputHash: 'table',
      input: emptyRunInput('table'),
      result: emptyRunResult('table'),
      firstDay: EXAM_DAY,
      visibleFrom: '2020-01-01',
      publishedAt: new Date(),
    })
    .returning();
  await t.database.db.insert(arrangementSeats).values(
    apps.map((applicationId, i) => ({
      runId: run.id,
      applicationId,
      sittingId: f.sitting,
      roomId: f.room,
      seatNo: i + 1,
      ticketNumber: `99990310990101${String(i + 1).padStart(2, '0')}`,
    })),
  );
}

const room = (doc: string) => () => `/api/v1/arrangement/${f.batch}/sittings/${f.sitting}/rooms/${f.room}/${doc}`;

export const documentsRouteCases: Case[] = [
  {
    pattern: 'GET /api/v1/arrangement/:batchId/print',
    method: 'GET',
    url: () => `/api/v1/arrangement/${f.batch}/print`,
    allowed: READ,
  },
  {
    pattern: 'GET /api/v1/arrangement/:batchId/sittings/:sittingId/rooms/:roomId/:document',
    method: 'GET',
    url: room('door.pdf'),
    allowed: MANAGE,
  },
  {
    pattern: 'GET /api/v1/arrangement/:batchId/lots.pdf',
    method: 'GET',
    url: () => `/api/v1/arrangement/${f.batch}/lots.pdf`,
    allowed: MANAGE,
  },
  {
    pattern: 'GET /api/v1/arrangement/:batchId/plan.xlsx',
    method: 'GET',
    url: () => `/api/v1/arrangement/${f.batch}/plan.xlsx`,
    allowed: MANAGE,
  },
  {
    pattern: 'GET /api/v1/arrangement/:batchId/plan.pdf',
    method: 'GET',
    url: () => `/api/v1/arrangement/${f.batch}/plan.pdf`,
    allowed: MANAGE,
  },
  {
    pattern: 'POST /api/v1/arrangement/:batchId/tickets',
    method: 'POST',
    url: () => `/api/v1/arrangement/${f.batch}/tickets`,
    body: () => ({ groupBy: 'room', confirmMissingPhotos: true }),
    allowed: READ,
  },
  {
    pattern: 'GET /api/v1/portal/ticket.pdf',
    method: 'GET',
    url: () => '/api/v1/portal/ticket.pdf',
    allowed: ['candidate'],
  },
];

/** The QR code's verification page is public (anyone scanning a ticket), tested in documents.test.ts. */
export const documentsExempt = ['GET /api/v1/tickets/verify'];
