import { desc } from 'drizzle-orm';
import type { Role } from '../../../shared/access.js';
import { certificates } from '../../db/schema/index.js';
import type { TestApp, TestClient } from '../../test/harness.js';
import { DEFAULT_FACE_LAYOUT } from './face/layout.js';
import { givePhoto } from './print.testkit.js';

/**
 * 证书打印's rows of the route × role table in server/http/access.test.ts (R-CERT-02, R-CERT-03). Runs after the
 * certificates' setup: its latest certificate gets a photo, so a face prints and a bulk print starts for every role
 * allowed. Settling a run and recording a distribution change state once and are tested in print.test.ts.
 */

interface Case {
  pattern: string;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: () => string;
  body?: () => unknown;
  allowed: readonly Role[];
}

const PRINT: Role[] = ['admin', 'centre_head', 'exam_admin'];
const f = { batch: '00000000-0000-4000-8000-000000000000', cert: '00000000-0000-4000-8000-000000000000' };

export async function setupPrintAccess(t: TestApp, admin: TestClient) {
  const [c] = await t.database.db.select().from(certificates).orderBy(desc(certificates.createdAt)).limit(1);
  f.batch = c.batchId;
  f.cert = c.id;
  await givePhoto(t, admin, c.personId);
}

export const printRouteCases: Case[] = [
  {
    pattern: 'GET /api/v1/certificates/print-settings',
    method: 'GET',
    url: () => '/api/v1/certificates/print-settings',
    allowed: PRINT,
  },
  {
    pattern: 'PUT /api/v1/certificates/print-settings',
    method: 'PUT',
    url: () => '/api/v1/certificates/print-settings',
    body: () => ({
      face: { layout: DEFAULT_FACE_LAYOUT, printers: [{ name: '权限检查打印机', offset: { x: 0, y: 0 } }] },
      sealFileId: null,
      queryAddresses: {
        certificate: 'http://jndj.osta.org.cn/',
        assessment: 'http://pjjg.osta.org.cn/',
        provincial: null,
      },
      chineseFont: 'wenkai',
    }),
    allowed: ['admin', 'centre_head'],
  },
  {
    pattern: 'GET /api/v1/certificates/print-settings/trial.pdf',
    method: 'GET',
    url: () => '/api/v1/certificates/print-settings/trial.pdf',
    allowed: PRINT,
  },
  {
    pattern: 'GET /api/v1/certificates/:id/face.pdf',
    method: 'GET',
    url: () => `/api/v1/certificates/${f.cert}/face.pdf?mode=full`,
    allowed: PRINT,
  },
  {
    pattern: 'POST /api/v1/certificates/batches/:batchId/print',
    method: 'POST',
    url: () => `/api/v1/certificates/batches/${f.batch}/print`,
    body: () => ({ mode: 'full' }),
    allowed: PRINT,
  },
  {
    pattern: 'GET /api/v1/certificates/print-runs',
    method: 'GET',
    url: () => '/api/v1/certificates/print-runs',
    allowed: PRINT,
  },
  {
    pattern: 'GET /api/v1/certificates/batches/:batchId/distributions',
    method: 'GET',
    url: () => `/api/v1/certificates/batches/${f.batch}/distributions`,
    allowed: PRINT,
  },
];

/** Change one run's or one certificate's state once (print.test.ts). */
export const printExempt = [
  'POST /api/v1/certificates/print-runs/:id/settle',
  'POST /api/v1/certificates/:id/distribution',
];
