import type { Role } from '../../../shared/access.js';
import type { TestApp, TestClient } from '../../test/harness.js';
import { okJson } from '../plans/plans.testkit.js';
import { occupationId } from './blueprint.testkit.js';

/** The blueprint part's rows of the route × role table in server/http/access.test.ts (R-BANK-01/02). */

interface Case {
  pattern: string;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: () => string;
  body?: () => unknown;
  allowed: readonly Role[];
  outsiders404: true;
}

const BANK: Role[] = ['bank_admin', 'expert'];
const ADMIN: Role[] = ['bank_admin'];
const f = { occupation: '', blueprint: '', range: '', doomedNode: '', doomedBlueprint: '' };
let n = 0;

/** Blueprints of 电工 (the demo expert's occupation) at level 3 theory, and level 4 skill to delete. */
export async function setupBlueprintAccess(t: TestApp, bankAdmin: TestClient) {
  f.occupation = await occupationId(t, '6-31-01-03');
  const bp = await okJson(
    bankAdmin.post('/api/v1/itembank/blueprints', { occupationId: f.occupation, level: 3, part: 'theory' }),
  );
  f.blueprint = bp.id;
  const node = (body: object) => okJson(bankAdmin.post(`/api/v1/itembank/blueprints/${f.blueprint}/nodes`, body));
  const withRange = await node({ parentId: null, kind: 'range', code: 'TA', name: '表格范围', weight: 100 });
  f.range = withRange.nodes.find((x: { code: string }) => x.code === 'TA').id;
  const withPoint = await node({ parentId: f.range, kind: 'point', code: 'TA-DEL', name: '待删', importance: 'Y' });
  f.doomedNode = withPoint.nodes.find((x: { code: string }) => x.code === 'TA-DEL').id;
  f.doomedBlueprint = (
    await okJson(bankAdmin.post('/api/v1/itembank/blueprints', { occupationId: f.occupation, level: 4, part: 'skill' }))
  ).id;
}

const settings = {
  minXShare: 0.8,
  maxZShare: 0.05,
  minItemsPerPoint: 4,
  multiplePartialCredit: 'none',
  maxOverlap: 0.1,
  maxExposure: 0.06,
  onePerPoint: true,
};

const cases: Omit<Case, 'outsiders404'>[] = [
  {
    pattern: 'GET /api/v1/itembank/blueprints',
    method: 'GET',
    url: () => '/api/v1/itembank/blueprints',
    allowed: BANK,
  },
  {
    pattern: 'GET /api/v1/itembank/blueprints/occupations',
    method: 'GET',
    url: () => '/api/v1/itembank/blueprints/occupations',
    allowed: BANK,
  },
  {
    pattern: 'GET /api/v1/itembank/blueprints/template',
    method: 'GET',
    url: () => '/api/v1/itembank/blueprints/template',
    allowed: BANK,
  },
  {
    pattern: 'POST /api/v1/itembank/blueprints',
    method: 'POST',
    url: () => '/api/v1/itembank/blueprints',
    body: () => ({ occupationId: f.occupation, level: 3, part: 'skill' }),
    allowed: ADMIN,
  },
  {
    pattern: 'GET /api/v1/itembank/blueprints/:id',
    method: 'GET',
    url: () => `/api/v1/itembank/blueprints/${f.blueprint}`,
    allowed: BANK,
  },
  {
    pattern: 'GET /api/v1/itembank/blueprints/:id/export',
    method: 'GET',
    url: () => `/api/v1/itembank/blueprints/${f.blueprint}/export`,
    allowed: BANK,
  },
  {
    pattern: 'DELETE /api/v1/itembank/blueprints/:id',
    method: 'DELETE',
    url: () => `/api/v1/itembank/blueprints/${f.doomedBlueprint}`,
    allowed: ADMIN,
  },
  {
    pattern: 'POST /api/v1/itembank/blueprints/:id/nodes',
    method: 'POST',
    url: () => `/api/v1/itembank/blueprints/${f.blueprint}/nodes`,
    body: () => ({ parentId: f.range, kind: 'point', code: `TA-${++n}`, name: '表格鉴定点', importance: 'X' }),
    allowed: ADMIN,
  },
  {
    pattern: 'PUT /api/v1/itembank/blueprints/:id/nodes/:nodeId',
    method: 'PUT',
    url: () => `/api/v1/itembank/blueprints/${f.blueprint}/nodes/${f.range}`,
    body: () => ({ parentId: null, code: 'TA', name: '表格范围（改）', weight: 100 }),
    allowed: ADMIN,
  },
  {
    pattern: 'DELETE /api/v1/itembank/blueprints/:id/nodes/:nodeId',
    method: 'DELETE',
    url: () => `/api/v1/itembank/blueprints/${f.blueprint}/nodes/${f.doomedNode}`,
    allowed: ADMIN,
  },
  { pattern: 'GET /api/v1/itembank/settings', method: 'GET', url: () => '/api/v1/itembank/settings', allowed: ADMIN },
  {
    pattern: 'PUT /api/v1/itembank/settings',
    method: 'PUT',
    url: () => '/api/v1/itembank/settings',
    body: () => settings,
    allowed: ADMIN,
  },
];
export const blueprintRouteCases: Case[] = cases.map((c) => ({ ...c, outsiders404: true }));

/** The upload, tested in blueprint.test.ts (row/column errors, nothing written, round trip). */
export const blueprintExempt = ['POST /api/v1/itembank/blueprints/import'];
