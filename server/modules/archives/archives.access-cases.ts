import { eq } from 'drizzle-orm';
import type { Role } from '../../../shared/access.js';
import { batchArchives, batches } from '../../db/schema/index.js';
import type { TestApp, TestClient } from '../../test/harness.js';
import { makeBatch } from '../registration/fees.testkit.js';

/**
 * The archives' rows of the route × role table in server/http/access.test.ts (R-ARC-01…03). One batch in 成绩公示
 * (its checklist, entries) and one already closed (its register of requests); closing, the package and deciding or
 * returning a request happen once each and are tested in archives.test.ts.
 */

interface Case {
  pattern: string;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: () => string;
  body?: () => unknown;
  allowed: readonly Role[];
}

const READ: Role[] = ['admin', 'centre_head', 'exam_admin'];
const APPROVE: Role[] = ['admin', 'centre_head'];
const f = { open: '00000000-0000-4000-8000-000000000000', closed: '00000000-0000-4000-8000-000000000000' };

export async function setupArchivesAccess(t: TestApp, examAdmin: TestClient, ownCollege: string) {
  const db = t.database.db;
  f.open = await makeBatch(examAdmin, ownCollege, 150, [4]);
  f.closed = await makeBatch(examAdmin, ownCollege, 150, [4]);
  await db.update(batches).set({ state: 'publicity' }).where(eq(batches.id, f.open));
  await db.update(batches).set({ state: 'archived' }).where(eq(batches.id, f.closed));
  await db.insert(batchArchives).values({
    batchId: f.closed,
    closedOn: '2026-09-30',
    paperUntil: '2029-09-30',
    electronicUntil: '2031-09-30',
    videoUntil: '2031-09-30',
  });
}

export const archivesRouteCases: Case[] = [
  { pattern: 'GET /api/v1/archives/settings', method: 'GET', url: () => '/api/v1/archives/settings', allowed: READ },
  {
    pattern: 'PUT /api/v1/archives/settings',
    method: 'PUT',
    url: () => '/api/v1/archives/settings',
    body: () => ({ paperYears: 3, electronicYears: 5, videoYears: 5 }),
    allowed: APPROVE,
  },
  { pattern: 'GET /api/v1/archives/batches', method: 'GET', url: () => '/api/v1/archives/batches', allowed: READ },
  {
    pattern: 'GET /api/v1/archives/batches/:batchId',
    method: 'GET',
    url: () => `/api/v1/archives/batches/${f.open}`,
    allowed: READ,
  },
  {
    pattern: 'POST /api/v1/archives/batches/:batchId/entries',
    method: 'POST',
    url: () => `/api/v1/archives/batches/${f.open}/entries`,
    body: () => ({ itemKey: 'video', medium: 'video', storageLocation: '监控服务器 NVR-1' }),
    allowed: READ,
  },
  {
    pattern: 'POST /api/v1/archives/batches/:batchId/requests',
    method: 'POST',
    url: () => `/api/v1/archives/batches/${f.closed}/requests`,
    body: () => ({ kind: 'borrow', medium: 'paper', applicant: '核查人员', reason: '检查调阅' }),
    allowed: READ,
  },
];

export const archivesExempt = [
  'DELETE /api/v1/archives/batches/:batchId/entries/:entryId', // once per entry, tested in archives.test.ts
  'POST /api/v1/archives/batches/:batchId/close', // once per batch, tested in archives.test.ts
  'GET /api/v1/archives/batches/:batchId/package.zip', // needs a closed batch's package, tested in archives.test.ts
  'POST /api/v1/archives/batches/:batchId/requests/:requestId/decision', // once per request, archives.test.ts
  'POST /api/v1/archives/batches/:batchId/requests/:requestId/return', // once per borrowing, archives.test.ts
];
