import type { Role } from '../../../shared/access.js';
import type { TestApp, TestClient } from '../../test/harness.js';
import { okJson } from '../plans/plans.testkit.js';
import { itemBody, makeBlueprint } from './items.testkit.js';

/** The items part's rows of the route × role table in server/http/access.test.ts (R-BANK-01/02). */

interface Case {
  pattern: string;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: () => string;
  body?: () => unknown;
  allowed: readonly Role[];
  outsiders404: true;
}

const BANK: Role[] = ['bank_admin', 'expert'];
const f = { blueprint: '', point: '', item: '', toReview: '', toActivate: '', toRetire: '' };

/** Items of 电工 written by the bank's administrator, so the demo expert may review them. */
export async function setupItemsAccess(t: TestApp, bankAdmin: TestClient) {
  const bp = await makeBlueprint(t);
  f.blueprint = bp.blueprintId;
  f.point = bp.points[0].id;
  const make = async () => (await okJson(bankAdmin.post('/api/v1/itembank/items', itemBody(f.blueprint, f.point)))).id;
  f.item = await make();
  f.toReview = await make();
  f.toActivate = await make();
  f.toRetire = await make();
  const reviewer = await t.login('zhuanjia2');
  for (const id of [f.toActivate, f.toRetire])
    await okJson(reviewer.post(`/api/v1/itembank/items/${id}/review`, { approve: true }));
}

const cases: Omit<Case, 'outsiders404'>[] = [
  { pattern: 'GET /api/v1/itembank/items', method: 'GET', url: () => '/api/v1/itembank/items', allowed: BANK },
  {
    pattern: 'GET /api/v1/itembank/items/choices',
    method: 'GET',
    url: () => '/api/v1/itembank/items/choices',
    allowed: BANK,
  },
  {
    pattern: 'GET /api/v1/itembank/items/template',
    method: 'GET',
    url: () => `/api/v1/itembank/items/template?blueprintId=${f.blueprint}`,
    allowed: BANK,
  },
  {
    pattern: 'GET /api/v1/itembank/items/export',
    method: 'GET',
    url: () => `/api/v1/itembank/items/export?blueprintId=${f.blueprint}`,
    allowed: BANK,
  },
  {
    pattern: 'GET /api/v1/itembank/items/:id',
    method: 'GET',
    url: () => `/api/v1/itembank/items/${f.item}`,
    allowed: BANK,
  },
  {
    pattern: 'POST /api/v1/itembank/items',
    method: 'POST',
    url: () => '/api/v1/itembank/items',
    body: () => itemBody(f.blueprint, f.point),
    allowed: BANK,
  },
  {
    pattern: 'PUT /api/v1/itembank/items/:id',
    method: 'PUT',
    url: () => `/api/v1/itembank/items/${f.item}`,
    body: () => {
      const { blueprintId, ...rest } = itemBody(f.blueprint, f.point);
      void blueprintId;
      return rest;
    },
    allowed: BANK,
  },
  {
    pattern: 'POST /api/v1/itembank/items/:id/review',
    method: 'POST',
    url: () => `/api/v1/itembank/items/${f.toReview}/review`,
    body: () => ({ approve: true }),
    allowed: ['expert'],
  },
  {
    pattern: 'POST /api/v1/itembank/items/:id/activate',
    method: 'POST',
    url: () => `/api/v1/itembank/items/${f.toActivate}/activate`,
    allowed: ['bank_admin'],
  },
  {
    pattern: 'POST /api/v1/itembank/items/:id/retire',
    method: 'POST',
    url: () => `/api/v1/itembank/items/${f.toRetire}/retire`,
    allowed: ['bank_admin'],
  },
];
export const itemsRouteCases: Case[] = cases.map((c) => ({ ...c, outsiders404: true }));

/** Uploads, tested in items.test.ts (preview, row/column errors, the refused Word file). */
export const itemsExempt = ['POST /api/v1/itembank/items/import/excel', 'POST /api/v1/itembank/items/import/word'];
