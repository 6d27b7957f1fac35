import type { Role } from '../../../shared/access.js';
import { inArray } from 'drizzle-orm';
import { applications, feeStandards, occupations, payments, persons } from '../../db/schema/index.js';
import type { TestApp, TestClient } from '../../test/harness.js';
import { makeIdNumber } from '../people/people.testkit.js';
import { makeBatch } from './fees.testkit.js';

/**
 * The fees module's rows of the route × role table in server/http/access.test.ts (R-FEE-01). Pools hold one record
 * per call for actions that succeed once per record (a payment, a refund, a deletion).
 */

interface Case {
  pattern: string;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: () => string;
  body?: () => unknown;
  allowed: readonly Role[];
}

const READ: Role[] = ['admin', 'centre_head', 'exam_admin', 'finance'];
const MANAGE: Role[] = ['admin', 'centre_head'];
const RECORD: Role[] = ['admin', 'finance'];
const POOL = 9; // one call per role and one anonymous
const NONE = '00000000-0000-0000-0000-000000000000';

const f = {
  batch: '',
  standard: '',
  standardOccupation: { edition: '', code: '' },
  occupationPool: [] as { edition: string; code: string }[],
  standardPool: [] as string[],
  unpaidPool: [] as string[],
  paidPool: [] as string[],
};
let receipt = 0;
const next = <T>(pool: T[], none: T) => pool.shift() ?? none;

/** Written straight to the database (the route table's set-up must stay quick): standards, persons, applications. */
export async function setupFeesAccess(t: TestApp, examAdmin: TestClient, ownCollege: string) {
  const db = t.database.db;
  const occ = await db
    .select({ id: occupations.id, edition: occupations.edition, code: occupations.code })
    .from(occupations)
    .limit(2 * POOL + 2);
  const others = occ.filter((o) => o.code !== '6-31-01-03');
  const rows = await db
    .insert(feeStandards)
    .values(
      others
        .slice(0, POOL + 1)
        .map((o) => ({ occupationId: o.id, level: 5, approvedPrice: '100', amount: '80', studentAmount: '60' })),
    )
    .returning({ id: feeStandards.id });
  f.standardOccupation = { edition: others[0].edition, code: others[0].code };
  f.standard = rows[0].id;
  f.standardPool = rows.slice(1).map((r) => r.id);
  f.occupationPool = others.slice(POOL + 1, 2 * POOL + 1).map((o) => ({ edition: o.edition, code: o.code }));
  f.batch = await makeBatch(examAdmin, ownCollege, 150, [4]);
  const people = await db
    .insert(persons)
    .values(
      Array.from({ length: 2 * POOL }, (_, i) => {
        const id = makeIdNumber('2003-03-03', 101 + 2 * i);
        return {
          name: `缴费表格${i}`,
          gender: 'male' as const,
          idType: 'resident' as const,
          idCipher: t.app.ctx.pii.encrypt(id),
          idHash: t.app.ctx.pii.lookupHash('resident', id),
          idMasked: `${id.slice(0, 6)}********${id.slice(14)}`,
          kind: 'student' as const,
          collegeId: ownCollege,
        };
      }),
    )
    .returning({ id: persons.id });
  const apps = await db
    .insert(applications)
    .values(
      people.map((p) => ({
        batchId: f.batch,
        personId: p.id,
        collegeId: ownCollege,
        level: 4,
        status: 'approved' as const,
        source: 'import' as const,
        feeDue: '150',
        feeStatus: 'unpaid' as const,
      })),
    )
    .returning({ id: applications.id });
  f.unpaidPool = apps.slice(0, POOL).map((a) => a.id);
  f.paidPool = apps.slice(POOL).map((a) => a.id);
  await db.update(applications).set({ feeStatus: 'paid' }).where(inArray(applications.id, f.paidPool));
  await db.insert(payments).values(
    f.paidPool.map((id, i) => ({
      applicationId: id,
      kind: 'payment' as const,
      amount: '150',
      method: 'cash' as const,
      receiptNumber: `ACC-P-${i}`,
      paidOn: '2026-09-20',
    })),
  );
}

const money = (applicationId: string) => ({
  applicationId,
  amount: 150,
  method: 'cash' as const,
  receiptNumber: `ACC-${++receipt}`,
  paidOn: '2026-09-21',
});

export const feesRouteCases: Case[] = [
  { pattern: 'GET /api/v1/fee-standards', method: 'GET', url: () => '/api/v1/fee-standards', allowed: READ },
  {
    pattern: 'POST /api/v1/fee-standards',
    method: 'POST',
    url: () => '/api/v1/fee-standards',
    body: () => ({
      ...next(f.occupationPool, { edition: '2022', code: '6-31-01-03' }),
      level: 5,
      approvedPrice: 100,
      amount: 90,
    }),
    allowed: MANAGE,
  },
  {
    pattern: 'PUT /api/v1/fee-standards/:id',
    method: 'PUT',
    url: () => `/api/v1/fee-standards/${f.standard}`,
    body: () => ({ ...f.standardOccupation, level: 5, approvedPrice: 100, amount: 70 }),
    allowed: MANAGE,
  },
  {
    pattern: 'DELETE /api/v1/fee-standards/:id',
    method: 'DELETE',
    url: () => `/api/v1/fee-standards/${next(f.standardPool, NONE)}`,
    allowed: MANAGE,
  },
  {
    pattern: 'POST /api/v1/payments',
    method: 'POST',
    url: () => '/api/v1/payments',
    body: () => money(next(f.unpaidPool, NONE)),
    allowed: RECORD,
  },
  {
    pattern: 'POST /api/v1/refunds',
    method: 'POST',
    url: () => '/api/v1/refunds',
    body: () => ({ ...money(next(f.paidPool, NONE)), reason: '放弃考试' }),
    allowed: RECORD,
  },
  {
    pattern: 'GET /api/v1/batches/:id/payments',
    method: 'GET',
    url: () => `/api/v1/batches/${f.batch}/payments`,
    allowed: READ,
  },
  {
    pattern: 'GET /api/v1/batches/:id/payments/xlsx',
    method: 'GET',
    url: () => `/api/v1/batches/${f.batch}/payments/xlsx`,
    allowed: READ,
  },
];

/** Uploads, tested in server/modules/registration/photos.test.ts (clerk scope, finance refused). */
export const feesExempt = ['POST /api/v1/batches/:id/photos/import'];
