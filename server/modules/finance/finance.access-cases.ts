import { eq } from 'drizzle-orm';
import type { Role } from '../../../shared/access.js';
import { batches } from '../../db/schema/index.js';
import type { TestApp, TestClient } from '../../test/harness.js';
import { makeBatch } from '../registration/fees.testkit.js';

/**
 * A batch's accounts' rows of the route × role table in server/http/access.test.ts (R-FEE-01). The case's batch is
 * filed and has no arrangement: computing the exam-day fees is exempt (it needs a published arrangement) and tested
 * in finance.test.ts, like voiding (once per expense).
 */

interface Case {
  pattern: string;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: () => string;
  body?: () => unknown;
  allowed: readonly Role[];
}

const READ: Role[] = ['admin', 'centre_head', 'finance'];
const MANAGE: Role[] = ['admin', 'finance'];
const f = { batch: '00000000-0000-4000-8000-000000000000' };
let voucher = 0;

export async function setupFinanceAccess(t: TestApp, examAdmin: TestClient, ownCollege: string) {
  f.batch = await makeBatch(examAdmin, ownCollege, 150, [4]);
  await t.database.db.update(batches).set({ state: 'filed' }).where(eq(batches.id, f.batch));
}

export const financeRouteCases: Case[] = [
  { pattern: 'GET /api/v1/finance/rates', method: 'GET', url: () => '/api/v1/finance/rates', allowed: READ },
  {
    pattern: 'PUT /api/v1/finance/rates',
    method: 'PUT',
    url: () => '/api/v1/finance/rates',
    body: () => ({ rates: { examiner: 200, supervisor: 150, proctor: 100, site_head: 120, exam_staff: 80 } }),
    allowed: MANAGE,
  },
  {
    pattern: 'GET /api/v1/finance/expenses',
    method: 'GET',
    url: () => `/api/v1/finance/expenses?batchId=${f.batch}`,
    allowed: READ,
  },
  {
    pattern: 'POST /api/v1/finance/expenses',
    method: 'POST',
    url: () => '/api/v1/finance/expenses',
    body: () => ({
      batchId: f.batch,
      expenseCategory: 'materials',
      amount: 12.5,
      spentOn: '2026-09-20',
      payee: '文具店',
      voucherNumber: `FA-${++voucher}`,
    }),
    allowed: MANAGE,
  },
  {
    pattern: 'GET /api/v1/finance/statement',
    method: 'GET',
    url: () => `/api/v1/finance/statement?batchId=${f.batch}`,
    allowed: READ,
  },
  {
    pattern: 'GET /api/v1/finance/statement/file',
    method: 'GET',
    url: () => `/api/v1/finance/statement/file?batchId=${f.batch}&format=xlsx`,
    allowed: READ,
  },
  { pattern: 'GET /api/v1/finance/ledger', method: 'GET', url: () => '/api/v1/finance/ledger', allowed: READ },
];

export const financeExempt = [
  'POST /api/v1/finance/expenses/:id/void', // once per expense, tested in server/modules/finance/finance.test.ts
  'POST /api/v1/finance/batches/:id/staff-fees', // needs a published arrangement, tested in finance.test.ts
];
