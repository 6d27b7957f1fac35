import type { Role } from '../../../shared/access.js';
import type { TestApp, TestClient } from '../../test/harness.js';
import { okJson } from '../plans/plans.testkit.js';
import { makeBank, smallSpec } from './papers.testkit.js';

/** The plans, assemblies and papers part's rows of the route × role table in server/http/access.test.ts (R-BANK-02/03). */

interface Case {
  pattern: string;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: () => string;
  body?: () => unknown;
  allowed: readonly Role[];
  outsiders404: true;
}

const BANK: Role[] = ['bank_admin', 'expert'];
const MANAGE: Role[] = ['bank_admin'];
const f = { blueprint: '', plan: '', spec: {} as unknown, draftRun: '', run: '', paper: '' };

/** A 电工 level-2 theory bank (the demo expert's occupation), a plan, one published paper and one draft run. */
export async function setupPapersAccess(t: TestApp, bankAdmin: TestClient) {
  const bank = await makeBank(t.database.db, { level: 2 });
  f.blueprint = bank.blueprintId;
  f.spec = smallSpec(bank);
  f.plan = (
    await okJson(bankAdmin.post('/api/v1/itembank/plans', { blueprintId: f.blueprint, name: '表格方案', spec: f.spec }))
  ).id;
  const run = await okJson(bankAdmin.post(`/api/v1/itembank/plans/${f.plan}/assemblies`, { kind: 'fixed', seed: 1 }));
  await okJson(bankAdmin.post(`/api/v1/itembank/assemblies/${run.id}/publish`));
  f.run = run.id;
  f.paper = run.papers[0].id;
  f.draftRun = (
    await okJson(bankAdmin.post(`/api/v1/itembank/plans/${f.plan}/assemblies`, { kind: 'fixed', seed: 2 }))
  ).id;
}

const cases: Omit<Case, 'outsiders404'>[] = [
  { pattern: 'GET /api/v1/itembank/plans', method: 'GET', url: () => '/api/v1/itembank/plans', allowed: MANAGE },
  {
    pattern: 'GET /api/v1/itembank/plans/defaults',
    method: 'GET',
    url: () => `/api/v1/itembank/plans/defaults?blueprintId=${f.blueprint}`,
    allowed: MANAGE,
  },
  {
    pattern: 'POST /api/v1/itembank/plans',
    method: 'POST',
    url: () => '/api/v1/itembank/plans',
    body: () => ({ blueprintId: f.blueprint, name: '表格新方案', spec: f.spec }),
    allowed: MANAGE,
  },
  {
    pattern: 'GET /api/v1/itembank/plans/:id',
    method: 'GET',
    url: () => `/api/v1/itembank/plans/${f.plan}`,
    allowed: MANAGE,
  },
  {
    pattern: 'PUT /api/v1/itembank/plans/:id',
    method: 'PUT',
    url: () => `/api/v1/itembank/plans/${f.plan}`,
    body: () => ({ blueprintId: f.blueprint, name: '表格方案', spec: f.spec }),
    allowed: MANAGE,
  },
  {
    pattern: 'GET /api/v1/itembank/plans/:id/capacity',
    method: 'GET',
    url: () => `/api/v1/itembank/plans/${f.plan}/capacity?formCount=2`,
    allowed: MANAGE,
  },
  {
    pattern: 'POST /api/v1/itembank/plans/:id/assemblies',
    method: 'POST',
    url: () => `/api/v1/itembank/plans/${f.plan}/assemblies`,
    body: () => ({ kind: 'fixed' }),
    allowed: MANAGE,
  },
  {
    pattern: 'GET /api/v1/itembank/assemblies/:id',
    method: 'GET',
    url: () => `/api/v1/itembank/assemblies/${f.run}`,
    allowed: MANAGE,
  },
  {
    pattern: 'POST /api/v1/itembank/assemblies/:id/publish',
    method: 'POST',
    url: () => `/api/v1/itembank/assemblies/${f.draftRun}/publish`,
    allowed: MANAGE,
  },
  {
    pattern: 'GET /api/v1/itembank/assemblies/:id/report.pdf',
    method: 'GET',
    url: () => `/api/v1/itembank/assemblies/${f.run}/report.pdf`,
    allowed: MANAGE,
  },
  { pattern: 'GET /api/v1/itembank/papers', method: 'GET', url: () => '/api/v1/itembank/papers', allowed: BANK },
  {
    pattern: 'GET /api/v1/itembank/papers/:id',
    method: 'GET',
    url: () => `/api/v1/itembank/papers/${f.paper}`,
    allowed: BANK,
  },
  {
    pattern: 'GET /api/v1/itembank/papers/:id/pdf',
    method: 'GET',
    url: () => `/api/v1/itembank/papers/${f.paper}/pdf?kind=key`,
    allowed: BANK,
  },
  {
    pattern: 'GET /api/v1/itembank/papers/:id/seal',
    method: 'GET',
    url: () => `/api/v1/itembank/papers/${f.paper}/seal`,
    allowed: BANK,
  },
  {
    pattern: 'POST /api/v1/itembank/papers/:id/prints',
    method: 'POST',
    url: () => `/api/v1/itembank/papers/${f.paper}/prints`,
    body: () => ({ kind: 'paper', copies: 30 }),
    allowed: MANAGE,
  },
];

export const papersRouteCases: Case[] = cases.map((c) => ({ ...c, outsiders404: true }));
