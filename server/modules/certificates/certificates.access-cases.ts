import type { Role } from '../../../shared/access.js';
import type { TestApp, TestClient } from '../../test/harness.js';
import { finalBatch } from './certificates.testkit.js';

/**
 * 证书管理's rows of the route × role table in server/http/access.test.ts (R-CERT-01…05). The case's batch has final
 * results and issued certificates; issuing again is idempotent, so every role may try it. Revoking and reissuing
 * change one certificate's state and are tested in certificates.test.ts, like the public verification.
 */

interface Case {
  pattern: string;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: () => string;
  body?: () => unknown;
  allowed: readonly Role[];
}

const READ: Role[] = ['admin', 'centre_head', 'exam_admin'];
const f = { batch: '00000000-0000-4000-8000-000000000000', cert: '00000000-0000-4000-8000-000000000000' };
const exported = { id: '00000000-0000-4000-8000-000000000000' };

export async function setupCertificatesAccess(t: TestApp, admin: TestClient) {
  f.batch = (await finalBatch(t, admin)).batchId;
  const res = await admin.post(`/api/v1/certificates/batches/${f.batch}/issue`, {});
  f.cert = res.json().detail.certificates[0].id;
  // R-CERT-04: one export of the batch, for its download's row.
  exported.id = (await admin.post(`/api/v1/certificates/batches/${f.batch}/exports`, {})).json().items[0].id;
}

export const certificatesRouteCases: Case[] = [
  {
    pattern: 'GET /api/v1/certificates/batches',
    method: 'GET',
    url: () => '/api/v1/certificates/batches',
    allowed: READ,
  },
  {
    pattern: 'GET /api/v1/certificates/batches/:batchId',
    method: 'GET',
    url: () => `/api/v1/certificates/batches/${f.batch}`,
    allowed: READ,
  },
  {
    pattern: 'POST /api/v1/certificates/batches/:batchId/issue',
    method: 'POST',
    url: () => `/api/v1/certificates/batches/${f.batch}/issue`,
    body: () => ({}),
    allowed: READ,
  },
  {
    pattern: 'GET /api/v1/certificates/batches/:batchId/register.pdf',
    method: 'GET',
    url: () => `/api/v1/certificates/batches/${f.batch}/register.pdf`,
    allowed: READ,
  },
  {
    pattern: 'GET /api/v1/certificates/batches/:batchId/register.xlsx',
    method: 'GET',
    url: () => `/api/v1/certificates/batches/${f.batch}/register.xlsx`,
    allowed: READ,
  },
  {
    pattern: 'GET /api/v1/certificates/:id',
    method: 'GET',
    url: () => `/api/v1/certificates/${f.cert}`,
    allowed: READ,
  },
  {
    pattern: 'GET /api/v1/certificates/:id/credential',
    method: 'GET',
    url: () => `/api/v1/certificates/${f.cert}/credential`,
    allowed: READ,
  },
  { pattern: 'GET /api/v1/certificates/stock', method: 'GET', url: () => '/api/v1/certificates/stock', allowed: READ },
  {
    pattern: 'PUT /api/v1/certificates/stock/settings',
    method: 'PUT',
    url: () => '/api/v1/certificates/stock/settings',
    body: () => ({ lowStockThreshold: 100 }),
    allowed: READ,
  },
  {
    pattern: 'POST /api/v1/certificates/stock/stocktakes',
    method: 'POST',
    url: () => '/api/v1/certificates/stock/stocktakes',
    body: () => ({ countedQuantity: 0, stockNote: '权限检查盘点' }),
    allowed: READ,
  },
  // R-CERT-01 import template; R-CERT-04 the export for the national query system (unchanged data: no new version).
  {
    pattern: 'GET /api/v1/certificates/import/template.xlsx',
    method: 'GET',
    url: () => '/api/v1/certificates/import/template.xlsx',
    allowed: READ,
  },
  {
    pattern: 'GET /api/v1/certificates/batches/:batchId/exports',
    method: 'GET',
    url: () => `/api/v1/certificates/batches/${f.batch}/exports`,
    allowed: READ,
  },
  {
    pattern: 'POST /api/v1/certificates/batches/:batchId/exports',
    method: 'POST',
    url: () => `/api/v1/certificates/batches/${f.batch}/exports`,
    body: () => ({}),
    allowed: READ,
  },
  {
    pattern: 'GET /api/v1/certificates/exports/:id/file.xlsx',
    method: 'GET',
    url: () => `/api/v1/certificates/exports/${exported.id}/file.xlsx`,
    allowed: READ,
  },
  // R-CERT-04 / R-VIOL-05: the holder's own certificates.
  {
    pattern: 'GET /api/v1/me/certificates',
    method: 'GET',
    url: () => '/api/v1/me/certificates',
    allowed: ['candidate'],
  },
];

/** Change one certificate's state, or are public (certificates.test.ts), or upload (import.test.ts, every role). */
export const certificatesExempt = [
  'POST /api/v1/certificates/:id/revoke',
  'POST /api/v1/certificates/:id/reissue',
  'POST /api/v1/certificates/:id/suspend',
  'POST /api/v1/certificates/:id/reinstate',
  'POST /api/v1/certificates/stock/moves', // a range moves once (certificates.test.ts)
  'POST /api/v1/certificates/batches/:batchId/import', // an upload: import.test.ts, every role's refusal included
  'GET /api/v1/public/certificates/verify',
  'POST /api/v1/public/certificates/lookup',
  'GET /api/v1/public/certificates/key',
  'GET /api/v1/public/certificates/status/revocation',
  'GET /api/v1/public/certificates/status/suspension',
];
