import { and, eq } from 'drizzle-orm';
import type { Role } from '../../../shared/access.js';
import { occupations } from '../../db/schema/index.js';
import type { TestApp, TestClient } from '../../test/harness.js';
import { okJson } from '../plans/plans.testkit.js';
import { makeBatch } from '../registration/fees.testkit.js';

/**
 * 设备设施's rows of the route × role table in server/http/access.test.ts (R-EQ-01…04). Deciding a request (once
 * per request, and never by its requester) and signing a check (once per batch) are exempt and tested in
 * equipment.test.ts.
 */

interface Case {
  pattern: string;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: () => string;
  body?: () => unknown;
  allowed: readonly Role[];
}

const READ: Role[] = ['admin', 'centre_head', 'exam_admin', 'finance'];
const MANAGE: Role[] = ['admin', 'centre_head', 'exam_admin'];
const NONE = '00000000-0000-4000-8000-000000000000';
const f = { occupation: NONE, item: NONE, batch: NONE };

const itemOf = () => ({
  occupationId: f.occupation,
  name: '万用表',
  model: 'UT39A',
  quantity: 10,
  unit: '台',
  ownership: 'owned',
  location: '实训楼 A 区 仪表柜',
  isInstrument: true,
  calibrationDueOn: '2030-01-01',
});

export async function setupEquipmentAccess(t: TestApp, examAdmin: TestClient, ownCollege: string) {
  const [occ] = await t.database.db
    .select()
    .from(occupations)
    .where(and(eq(occupations.edition, '2022'), eq(occupations.code, '6-31-01-03')));
  f.occupation = occ.id;
  f.item = (await okJson(examAdmin.post('/api/v1/equipment/ledger', itemOf()))).id;
  f.batch = await makeBatch(examAdmin, ownCollege, 150, [4]); // 电工, with a skill sitting
}

export const equipmentRouteCases: Case[] = [
  { pattern: 'GET /api/v1/equipment/ledger', method: 'GET', url: () => '/api/v1/equipment/ledger', allowed: READ },
  {
    pattern: 'POST /api/v1/equipment/ledger',
    method: 'POST',
    url: () => '/api/v1/equipment/ledger',
    body: itemOf,
    allowed: MANAGE,
  },
  {
    pattern: 'PUT /api/v1/equipment/ledger/:id',
    method: 'PUT',
    url: () => `/api/v1/equipment/ledger/${f.item}`,
    body: itemOf,
    allowed: MANAGE,
  },
  {
    pattern: 'GET /api/v1/equipment/ledger/:id/records',
    method: 'GET',
    url: () => `/api/v1/equipment/ledger/${f.item}/records`,
    allowed: READ,
  },
  {
    pattern: 'POST /api/v1/equipment/ledger/:id/records',
    method: 'POST',
    url: () => `/api/v1/equipment/ledger/${f.item}/records`,
    body: () => ({ recordKind: 'maintenance', doneOn: '2026-09-01', recordText: '清洁、检查表笔', doneBy: '刘考务' }),
    allowed: MANAGE,
  },
  { pattern: 'GET /api/v1/equipment/requests', method: 'GET', url: () => '/api/v1/equipment/requests', allowed: READ },
  {
    pattern: 'POST /api/v1/equipment/requests',
    method: 'POST',
    url: () => '/api/v1/equipment/requests',
    body: () => ({ equipmentItemId: f.item, requestKind: 'purchase', quantity: 1, reason: '增购一台备用' }),
    allowed: MANAGE,
  },
  { pattern: 'GET /api/v1/equipment/checks', method: 'GET', url: () => '/api/v1/equipment/checks', allowed: READ },
  {
    pattern: 'GET /api/v1/equipment/checks/:batchId',
    method: 'GET',
    url: () => `/api/v1/equipment/checks/${f.batch}`,
    allowed: READ,
  },
  {
    pattern: 'PUT /api/v1/equipment/checks/:batchId',
    method: 'PUT',
    url: () => `/api/v1/equipment/checks/${f.batch}`,
    body: () => ({ checkLines: [{ equipmentItemId: f.item, present: true, working: true, note: null }] }),
    allowed: MANAGE,
  },
];

export const equipmentExempt = [
  'POST /api/v1/equipment/requests/:id/decision', // once per request, never by its requester (equipment.test.ts)
  'POST /api/v1/equipment/checks/:batchId/sign', // once per batch (equipment.test.ts)
];
