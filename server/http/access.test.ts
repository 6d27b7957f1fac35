import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestApp, type TestApp, type TestClient } from '../test/harness.js';
import { colleges, filings, occupations, persons, scopeRows, users } from '../db/schema/index.js';
import { can, roles, type Role } from '../../shared/access.js';
import { demoUsers } from '../seed.js';
import { peopleExempt, peopleRouteCases, setupPeopleAccess } from '../modules/people/people.access-cases.js';
import { plansRouteCases, setupPlansAccess } from '../modules/plans/plans.access-cases.js';
import { applicationsRouteCases, setupApplicationsAccess } from '../modules/registration/applications.access-cases.js';
import { feesExempt, feesRouteCases, setupFeesAccess } from '../modules/registration/fees.access-cases.js';
import { financeExempt, financeRouteCases, setupFinanceAccess } from '../modules/finance/finance.access-cases.js';
import { archivesExempt, archivesRouteCases, setupArchivesAccess } from '../modules/archives/archives.access-cases.js';
import {
  equipmentExempt,
  equipmentRouteCases,
  setupEquipmentAccess,
} from '../modules/equipment/equipment.access-cases.js';
import { rosterExempt, rosterRouteCases, setupRosterAccess } from '../modules/registration/roster.access-cases.js';
import {
  activationExempt,
  activationRouteCases,
  setupActivationAccess,
} from '../modules/auth/activation.access-cases.js';
import {
  arrangementExempt,
  arrangementRouteCases,
  setupArrangementAccess,
} from '../modules/arrangement/arrangement.access-cases.js';
import {
  documentsExempt,
  documentsRouteCases,
  setupDocumentsAccess,
} from '../modules/arrangement/documents/documents.access-cases.js';
import { assignmentsExempt, assignmentsRouteCases } from '../modules/arrangement/assignments.access-cases.js';
import { custodyRouteCases, setupCustodyAccess } from '../modules/itembank/custody.access-cases.js';
import { itemsExempt, itemsRouteCases, setupItemsAccess } from '../modules/itembank/items.access-cases.js';
import { papersRouteCases, setupPapersAccess } from '../modules/itembank/papers.access-cases.js';
import {
  blueprintExempt,
  blueprintRouteCases,
  setupBlueprintAccess,
} from '../modules/itembank/blueprint.access-cases.js';
import { cbtExempt, cbtRouteCases, setupCbtAccess } from '../modules/exams/cbt.access-cases.js';
import { examDayExempt, examDayRouteCases, setupExamDayAccess } from '../modules/exams/exams-day.access-cases.js';
import { scoringExempt, scoringRouteCases, setupScoringAccess } from '../modules/scoring/scoring.access-cases.js';
import {
  publicityExempt,
  publicityRouteCases,
  setupPublicityAccess,
} from '../modules/publicity/publicity.access-cases.js';
import {
  certificatesExempt,
  certificatesRouteCases,
  setupCertificatesAccess,
} from '../modules/certificates/certificates.access-cases.js';
import { printExempt, printRouteCases, setupPrintAccess } from '../modules/certificates/print.access-cases.js';
import {
  complaintsExempt,
  complaintsRouteCases,
  setupComplaintsAccess,
} from '../modules/complaints/complaints.access-cases.js';
import {
  setupSupervisionAccess,
  supervisionExempt,
  supervisionRouteCases,
} from '../modules/supervision/supervision.access-cases.js';

/**
 * Every route × every role, as a table: who may call it, and what a college clerk gets for another college's
 * record. A new route goes into `routes` below, or the completeness check at the end fails.
 */
let t: TestApp;
const clients = new Map<Role, TestClient>();
let ownCollege = '';
let otherCollege = '';
let someUser = '';
// centre module (R-ORG-01…07)
let someOccupation = '';
let ownScopeRow = '';
let demoFiling = '';
let ownStudent = '';

beforeAll(async () => {
  t = await createTestApp();
  for (const role of roles) {
    const demo = demoUsers.find((u) => u.role === role)!;
    clients.set(role, await t.login(demo.username));
  }
  const rows = await t.database.db.select().from(colleges);
  ownCollege = rows.find((c) => c.code === 'JD')!.id; // the demo college clerk 'jidian' belongs to JD
  otherCollege = rows.find((c) => c.code === 'XX')!.id;
  const [u] = await t.database.db.select().from(users).where(eq(users.username, 'kaosheng'));
  someUser = u.id;
  someOccupation = (await t.database.db.select().from(occupations).where(eq(occupations.code, '4-04-05-01')))[0].id;
  ownScopeRow = (await t.database.db.select().from(scopeRows).where(eq(scopeRows.collegeId, ownCollege)))[0].id;
  demoFiling = (await t.database.db.select().from(filings))[0].id;
  await setupPeopleAccess(t, clients.get('exam_admin')!, ownCollege); // people module (R-PPL-01…10)
  ownStudent = (
    await t.database.db
      .select()
      .from(persons)
      .where(and(eq(persons.collegeId, ownCollege), eq(persons.kind, 'student')))
  )[0].id; // registration (R-ELIG)
  await setupPlansAccess(
    clients.get('exam_admin')!,
    clients.get('centre_head')!,
    clients.get('college_clerk')!,
    ownCollege,
  ); // plans module (R-PLAN-01…06)
  await setupApplicationsAccess(t, clients.get('exam_admin')!, clients.get('centre_head')!, ownCollege); // applications (R-REG-01/02, R-ELIG)
  await setupFeesAccess(t, clients.get('exam_admin')!, ownCollege); // fees (R-FEE-01)
  await setupFinanceAccess(t, clients.get('exam_admin')!, ownCollege); // a batch's accounts (R-FEE-01)
  await setupArchivesAccess(t, clients.get('exam_admin')!, ownCollege); // each batch's archive (R-ARC-01…03)
  await setupEquipmentAccess(t, clients.get('exam_admin')!, ownCollege); // 设备设施 (R-EQ-01…04)
  await setupRosterAccess(clients.get('exam_admin')!, clients.get('centre_head')!, ownCollege); // roster import (R-REG-01)
  await setupActivationAccess(t, clients.get('exam_admin')!, clients.get('centre_head')!, ownCollege); // candidate accounts' activation codes, sign-ups on record (issue 8)
  await setupArrangementAccess(t, clients.get('exam_admin')!, ownCollege); // arrangement (R-ARR-01…11)
  await setupDocumentsAccess(t, clients.get('exam_admin')!, ownCollege); // tickets and room documents (R-ARR-10/11)
  await setupCustodyAccess(clients.get('exam_admin')!); // custody registers (R-BANK-03)
  await setupItemsAccess(t, clients.get('bank_admin')!); // items (R-BANK-01/02)
  await setupBlueprintAccess(t, clients.get('bank_admin')!); // blueprints and the bank's settings (R-BANK-01)
  await setupPapersAccess(t, clients.get('bank_admin')!); // plans, assemblies and papers (R-BANK-02/03)
  await setupCbtAccess(t); // the computer-based exam (R-EXAM-02)
  await setupExamDayAccess(t); // exam day: check-in, incidents, violations, the room record (R-EXAM-01, 03, 04)
  await setupScoringAccess(t); // scoring (R-SCORE-01…05)
  await setupPublicityAccess(t, clients.get('admin')!); // 成绩公示 (R-PUB-01)
  await setupCertificatesAccess(t, clients.get('admin')!); // 证书 (R-CERT-01…05)
  await setupPrintAccess(t, clients.get('admin')!); // 证书打印 (R-CERT-02, R-CERT-03)
  await setupComplaintsAccess(clients.get('admin')!); // 考生投诉 (R-CMP-01…04)
  await setupSupervisionAccess(clients.get('admin')!); // 质量督导 (R-SUP-01…03)
}, 240_000); // every module's setup through the API: slow on a busy machine
afterAll(async () => t.close());

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';
interface RouteCase {
  method: Method;
  url: () => string;
  body?: () => unknown;
  /** Roles that get a 2xx; every other signed-in role gets 403 (or 404 where noted). */
  allowed: readonly Role[];
  /** R-BANK-02: the secret bank answers roles outside it 404, as if nothing existed (roles inside lacking the right: 403). */
  outsiders404?: boolean;
  /** Exam rooms (R-EXAM-01…04): roles that may work on exam day but have no duty in the case's room get 404. */
  notFoundFor?: readonly Role[];
  pattern: string;
}
const ALL = roles;
const STAFF: Role[] = [
  'admin',
  'centre_head',
  'exam_admin',
  'college_clerk',
  'examiner',
  'supervisor',
  'finance',
  'bank_admin',
  'expert',
  'proctor',
];
const CENTRE_READ: Role[] = ['admin', 'centre_head', 'exam_admin', 'college_clerk', 'finance'];
const CATALOGUE: Role[] = ['admin', 'centre_head', 'exam_admin', 'college_clerk'];
const FILING: Role[] = ['admin', 'centre_head', 'exam_admin'];
const HEAD: Role[] = ['admin', 'centre_head'];
let n = 0;
const uniq = () => `R${++n}`;

const routes: RouteCase[] = [
  { pattern: 'GET /api/v1/auth/me', method: 'GET', url: () => '/api/v1/auth/me', allowed: ALL },
  { pattern: 'GET /api/v1/home', method: 'GET', url: () => '/api/v1/home', allowed: ALL },
  { pattern: 'GET /api/v1/audit', method: 'GET', url: () => '/api/v1/audit', allowed: ['admin', 'centre_head'] },
  {
    pattern: 'GET /api/v1/audit/entities',
    method: 'GET',
    url: () => '/api/v1/audit/entities',
    allowed: ['admin', 'centre_head'],
  },
  {
    pattern: 'POST /api/v1/audit/exports',
    method: 'POST',
    url: () => '/api/v1/audit/exports',
    body: () => ({}),
    allowed: ['admin', 'centre_head'],
  },
  {
    pattern: 'GET /api/v1/audit/checkpoints/latest',
    method: 'GET',
    url: () => '/api/v1/audit/checkpoints/latest',
    allowed: ['admin', 'centre_head'],
  },
  {
    pattern: 'POST /api/v1/audit/checkpoints',
    method: 'POST',
    url: () => '/api/v1/audit/checkpoints',
    body: () => ({}),
    allowed: ['admin', 'centre_head'],
  },
  {
    pattern: 'GET /api/v1/audit/checkpoints/file',
    method: 'GET',
    url: () => '/api/v1/audit/checkpoints/file',
    allowed: ['admin', 'centre_head'],
  },
  { pattern: 'GET /api/v1/users', method: 'GET', url: () => '/api/v1/users', allowed: ['admin', 'centre_head'] },
  {
    pattern: 'POST /api/v1/users',
    method: 'POST',
    url: () => '/api/v1/users',
    body: () => ({ username: `u${uniq()}`.toLowerCase(), displayName: '表格测试', role: 'finance' }),
    allowed: ['admin'],
  },
  {
    pattern: 'PUT /api/v1/users/:id',
    method: 'PUT',
    url: () => `/api/v1/users/${someUser}`,
    body: () => ({ displayName: '孙同学', role: 'candidate' }),
    allowed: ['admin'],
  },
  {
    pattern: 'POST /api/v1/users/:id/unlock',
    method: 'POST',
    url: () => `/api/v1/users/${someUser}/unlock`,
    allowed: ['admin'],
  },
  {
    pattern: 'POST /api/v1/users/:id/enable',
    method: 'POST',
    url: () => `/api/v1/users/${someUser}/enable`,
    allowed: ['admin'],
  },
  {
    pattern: 'GET /api/v1/colleges',
    method: 'GET',
    url: () => '/api/v1/colleges',
    allowed: ['admin', 'centre_head', 'exam_admin', 'college_clerk', 'finance'],
  },
  {
    pattern: 'GET /api/v1/colleges/:id',
    method: 'GET',
    url: () => `/api/v1/colleges/${ownCollege}`,
    allowed: ['admin', 'centre_head', 'exam_admin', 'college_clerk', 'finance'],
  },
  {
    pattern: 'POST /api/v1/colleges',
    method: 'POST',
    url: () => '/api/v1/colleges',
    body: () => ({ code: uniq(), name: '表格测试学院' }),
    allowed: ['admin', 'centre_head'],
  },
  {
    pattern: 'PUT /api/v1/colleges/:id',
    method: 'PUT',
    url: () => `/api/v1/colleges/${ownCollege}`,
    body: () => ({ code: 'JD', name: '机电工程学院' }),
    allowed: ['admin', 'centre_head'],
  },
  // centre module: profile, catalogue, scope, filings, self-assessment (R-ORG-01…07)
  { pattern: 'GET /api/v1/centre', method: 'GET', url: () => '/api/v1/centre', allowed: CENTRE_READ },
  { pattern: 'GET /api/v1/setup', method: 'GET', url: () => '/api/v1/setup', allowed: HEAD },
  {
    pattern: 'PUT /api/v1/centre',
    method: 'PUT',
    url: () => '/api/v1/centre',
    body: () => ({
      name: '示例职业技术学院职业技能等级认定中心',
      shortName: '示例认定中心',
      filingCode: 'Y000041019001',
      filingDate: '2024-03-15',
    }),
    allowed: HEAD,
  },
  {
    pattern: 'GET /api/v1/centre/regulations',
    method: 'GET',
    url: () => '/api/v1/centre/regulations',
    allowed: FILING,
  },
  {
    pattern: 'PUT /api/v1/centre/regulations',
    method: 'PUT',
    url: () => '/api/v1/centre/regulations',
    body: () => ({ items: [{ name: '职业技能等级认定工作规则' }] }),
    allowed: FILING,
  },
  { pattern: 'GET /api/v1/centre/venues', method: 'GET', url: () => '/api/v1/centre/venues', allowed: FILING },
  {
    pattern: 'PUT /api/v1/centre/venues',
    method: 'PUT',
    url: () => '/api/v1/centre/venues',
    body: () => ({ items: [{ kind: 'office', place: '行政楼', count: 1 }] }),
    allowed: FILING,
  },
  {
    pattern: 'GET /api/v1/catalogue/editions',
    method: 'GET',
    url: () => '/api/v1/catalogue/editions',
    allowed: CATALOGUE,
  },
  {
    pattern: 'GET /api/v1/catalogue/occupations',
    method: 'GET',
    url: () => '/api/v1/catalogue/occupations?keyword=6-31',
    allowed: CATALOGUE,
  },
  {
    pattern: 'GET /api/v1/catalogue/occupations/:id',
    method: 'GET',
    url: () => `/api/v1/catalogue/occupations/${someOccupation}`,
    allowed: CATALOGUE,
  },
  {
    pattern: 'PUT /api/v1/catalogue/occupations/:id/levels',
    method: 'PUT',
    url: () => `/api/v1/catalogue/occupations/${someOccupation}/levels`,
    body: () => ({ levels: null }),
    allowed: FILING,
  },
  {
    pattern: 'POST /api/v1/catalogue/occupations/:id/jobs',
    method: 'POST',
    url: () => `/api/v1/catalogue/occupations/${someOccupation}/jobs`,
    body: () => ({ name: `表格工种${uniq()}` }),
    allowed: FILING,
  },
  { pattern: 'GET /api/v1/scope', method: 'GET', url: () => '/api/v1/scope', allowed: CATALOGUE },
  { pattern: 'GET /api/v1/scope/:id', method: 'GET', url: () => `/api/v1/scope/${ownScopeRow}`, allowed: CATALOGUE },
  {
    pattern: 'GET /api/v1/scope/check',
    method: 'GET',
    url: () => `/api/v1/scope/check?collegeId=${ownCollege}&edition=2022&code=6-31-01-03&level=4&day=2026-06-01`,
    allowed: CATALOGUE,
  },
  { pattern: 'GET /api/v1/scope/export', method: 'GET', url: () => '/api/v1/scope/export', allowed: FILING },
  { pattern: 'GET /api/v1/filings', method: 'GET', url: () => '/api/v1/filings', allowed: FILING },
  {
    pattern: 'POST /api/v1/filings',
    method: 'POST',
    url: () => '/api/v1/filings',
    body: () => ({ category: 'incremental', title: '表格测试' }),
    allowed: FILING,
  },
  { pattern: 'GET /api/v1/filings/:id', method: 'GET', url: () => `/api/v1/filings/${demoFiling}`, allowed: FILING },
  {
    pattern: 'GET /api/v1/filings/:id/application',
    method: 'GET',
    url: () => `/api/v1/filings/${demoFiling}/application`,
    allowed: FILING,
  },
  {
    pattern: 'GET /api/v1/filings/:id/pdf',
    method: 'GET',
    url: () => `/api/v1/filings/${demoFiling}/pdf`,
    allowed: FILING,
  },
  {
    pattern: 'GET /api/v1/filings/:id/xlsx',
    method: 'GET',
    url: () => `/api/v1/filings/${demoFiling}/xlsx`,
    allowed: FILING,
  },
  { pattern: 'GET /api/v1/assessments/sheet', method: 'GET', url: () => '/api/v1/assessments/sheet', allowed: FILING },
  { pattern: 'GET /api/v1/assessments', method: 'GET', url: () => '/api/v1/assessments', allowed: FILING },
  {
    pattern: 'POST /api/v1/assessments',
    method: 'POST',
    url: () => '/api/v1/assessments',
    body: () => ({ title: '表格测试自评', scores: [] }),
    allowed: FILING,
  },
  ...peopleRouteCases,
  ...plansRouteCases,
  ...applicationsRouteCases,
  ...feesRouteCases,
  ...financeRouteCases,
  ...archivesRouteCases,
  ...equipmentRouteCases,
  ...rosterRouteCases,
  ...activationRouteCases,
  ...arrangementRouteCases,
  ...documentsRouteCases,
  ...assignmentsRouteCases,
  ...custodyRouteCases,
  ...itemsRouteCases,
  ...blueprintRouteCases,
  ...papersRouteCases,
  ...cbtRouteCases,
  ...examDayRouteCases,
  ...scoringRouteCases,
  ...publicityRouteCases,
  ...complaintsRouteCases,
  ...supervisionRouteCases,
  ...certificatesRouteCases,
  ...printRouteCases,
  // registration: course results and the eligibility check (R-ELIG-00…07)
  {
    pattern: 'GET /api/v1/courses/results',
    method: 'GET',
    url: () => `/api/v1/courses/results?personId=${ownStudent}`,
    allowed: CATALOGUE,
  },
  { pattern: 'GET /api/v1/courses/template', method: 'GET', url: () => '/api/v1/courses/template', allowed: CATALOGUE },
  {
    pattern: 'GET /api/v1/courses/required',
    method: 'GET',
    url: () => '/api/v1/courses/required?edition=2022&code=6-31-01-03',
    allowed: CATALOGUE,
  },
  {
    pattern: 'PUT /api/v1/courses/required',
    method: 'PUT',
    url: () => '/api/v1/courses/required',
    body: () => ({ edition: '2022', code: '6-31-01-03', courses: [] }),
    allowed: FILING,
  },
  {
    pattern: 'POST /api/v1/eligibility/check',
    method: 'POST',
    url: () => '/api/v1/eligibility/check',
    body: () => ({
      personId: ownStudent,
      occupation: { edition: '2022', code: '6-31-01-03' },
      method: 'exam',
      batchDate: '2026-06-01',
    }),
    allowed: CATALOGUE,
  },
  { pattern: 'GET /api/v1/calendar', method: 'GET', url: () => '/api/v1/calendar', allowed: STAFF },
  {
    pattern: 'GET /api/v1/calendar/compute',
    method: 'GET',
    url: () => '/api/v1/calendar/compute?kind=before&day=2026-10-12&n=10',
    allowed: STAFF,
  },
];

const call = (c: TestClient, r: RouteCase) =>
  r.method === 'GET'
    ? c.get(r.url())
    : r.method === 'POST'
      ? c.post(r.url(), r.body?.())
      : r.method === 'DELETE'
        ? c.del(r.url())
        : c.put(r.url(), r.body?.());

describe('route × role table', () => {
  for (const r of routes) {
    it(`${r.pattern}: 401 without a session`, async () => {
      expect((await call(t.anonymous(), r)).statusCode).toBe(401);
    });
    for (const role of roles) {
      const ok = r.allowed.includes(role);
      it(`${r.pattern} as ${role}: ${ok ? 'allowed' : 'refused'}`, async () => {
        const res = await call(clients.get(role)!, r);
        if (ok) expect(res.statusCode, res.body).toBeLessThan(300);
        else if (r.outsiders404 && !can(role, 'itembank.read')) expect(res.statusCode).toBe(404);
        else if (r.notFoundFor?.includes(role)) expect(res.statusCode, res.body).toBe(404);
        else {
          expect(res.statusCode).toBe(403);
          expect(res.json().error.message).toMatch(/权限/);
        }
      });
    }
  }
}, 300_000); // every module's fixtures: slow on a loaded 2-core machine

describe('R-ORG-07: a college clerk sees only its own college', () => {
  it('R-ORG-07: the clerk lists only its own college', async () => {
    const res = await clients.get('college_clerk')!.get('/api/v1/colleges');
    expect(res.json().items.map((c: { id: string }) => c.id)).toEqual([ownCollege]);
  });
  it("R-ORG-07: another college's record answers 404, as if it did not exist", async () => {
    const res = await clients.get('college_clerk')!.get(`/api/v1/colleges/${otherCollege}`);
    expect(res.statusCode).toBe(404);
    expect(res.body).not.toMatch(/信息工程学院/);
  });
  it("R-ORG-07: the clerk cannot change another college's record", async () => {
    const res = await clients
      .get('college_clerk')!
      .put(`/api/v1/colleges/${otherCollege}`, { code: 'XX', name: '改名' });
    expect([403, 404]).toContain(res.statusCode);
    const [row] = await t.database.db.select().from(colleges).where(eq(colleges.id, otherCollege));
    expect(row.name).toBe('信息工程学院');
  });
});

describe('completeness', () => {
  it('every /api/v1 route of the OpenAPI document is in the table (or is public / file / job by id)', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const covered = new Set(routes.map((r) => r.pattern));
    const exempt = new Set([
      'POST /api/v1/auth/login', // public
      'POST /api/v1/auth/logout',
      'POST /api/v1/auth/password', // tested in auth.test.ts
      'GET /api/v1/jobs/:id', // owner-only, tested in audit.test.ts
      'GET /api/v1/jobs', // every role, own jobs only, tested in jobs.test.ts
      'POST /api/v1/files', // every role, tested in files.test.ts
      'GET /api/v1/files/:id', // owner-only, tested in files.test.ts
      'POST /api/v1/users/:id/disable', // tested in auth.test.ts (ends sessions)
      'POST /api/v1/users/:id/reset-password',
      'PUT /api/v1/calendar/:year', // tested in calendar.test.ts
      'POST /api/v1/setup/centre', // first run only (409 once the centre exists), tested in setup.test.ts
      ...peopleExempt, // people module: uploads and photos, tested in server/modules/people/*.test.ts
      ...feesExempt, // bulk photo ZIP, tested in server/modules/registration/photos.test.ts
      ...financeExempt, // once per expense, or a published arrangement (server/modules/finance/finance.test.ts)
      ...archivesExempt, // closing, the package, decisions and returns: once each (server/modules/archives/archives.test.ts)
      ...equipmentExempt, // deciding a request, signing a check: once each (server/modules/equipment/equipment.test.ts)
      ...rosterExempt, // roster upload (roster.test.ts) and the public signup
      ...activationExempt, // deciding sign-ups (signup.test.ts)
      ...arrangementExempt, // publishing (arrangement.api.test.ts)
      ...documentsExempt, // the public QR verification (documents.test.ts)
      ...assignmentsExempt, // one's own room documents (assignments.test.ts)
      ...itemsExempt, // item imports (server/modules/itembank/items.test.ts)
      ...blueprintExempt, // the 细目表 upload (server/modules/itembank/blueprint.test.ts)
      ...cbtExempt, // the public candidate API and the preparation (server/modules/exams/cbt.test.ts)
      ...examDayExempt, // need a published run's seats or a pending credit (server/modules/exams/{checkin,incidents,room-record}.test.ts)
      ...scoringExempt, // need seated candidates, marks or a signed sheet (server/modules/scoring/scoring.test.ts)
      ...publicityExempt, // need a window in a given state, or public (server/modules/publicity/publicity.test.ts)
      ...certificatesExempt, // revoke, reissue and the public verification (server/modules/certificates/certificates.test.ts)
      ...printExempt, // settle a print run, record a distribution (server/modules/certificates/print.test.ts)
      ...complaintsExempt, // need a complaint in a given state, or public (server/modules/complaints/complaints.test.ts)
      ...supervisionExempt, // teams need a published arrangement; approve, sign, submit change state (server/modules/supervision/supervision.test.ts)
      'POST /api/v1/courses/import', // upload, tested in server/modules/registration/courses.test.ts
      // centre module: uploads and state changes of one record, tested in server/modules/centre/*.test.ts
      'POST /api/v1/catalogue/jobs/import',
      'POST /api/v1/scope/import',
      'POST /api/v1/scope/approvals',
      'POST /api/v1/filings/:id/rows',
      'DELETE /api/v1/filings/:id/rows/:rowId',
      'POST /api/v1/filings/:id/submit',
      'POST /api/v1/filings/:id/approve',
      'POST /api/v1/filings/:id/return',
      'GET /api/v1/assessments/:id',
      'PUT /api/v1/assessments/:id',
    ]);
    const missing: string[] = [];
    for (const [p, methods] of Object.entries(doc.paths as Record<string, Record<string, unknown>>)) {
      if (!p.startsWith('/api/v1/')) continue;
      for (const m of Object.keys(methods)) {
        const key = `${m.toUpperCase()} ${p.replace(/\{(\w+)\}/g, ':$1')}`;
        if (!covered.has(key) && !exempt.has(key)) missing.push(key);
      }
    }
    expect(missing).toEqual([]);
  });
});
