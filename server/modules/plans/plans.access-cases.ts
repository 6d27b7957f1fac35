import type { Role } from '../../../shared/access.js';
import { roles } from '../../../shared/access.js';
import type { TestClient } from '../../test/harness.js';
import { batchBodyFor, filedBatch, okJson } from './plans.testkit.js';

/**
 * The plans module's rows of the route × role table in server/http/access.test.ts. Pools hold one record per call
 * (each route is called once per role and once anonymously) for actions that succeed only once per record.
 */

interface Case {
  pattern: string;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: () => string;
  body?: () => unknown;
  allowed: readonly Role[];
}

const READ: Role[] = ['admin', 'centre_head', 'exam_admin', 'college_clerk'];
const MANAGE: Role[] = ['admin', 'centre_head', 'exam_admin'];
const SUBMIT: Role[] = ['admin', 'exam_admin', 'college_clerk'];
const HEAD: Role[] = ['admin', 'centre_head'];
const TRAINING: Role[] = ['admin', 'centre_head', 'exam_admin', 'college_clerk'];
const BATCH_READ: Role[] = ['admin', 'centre_head', 'exam_admin', 'college_clerk', 'finance'];
const POOL = 10;

const f = {
  college: '',
  annual: '',
  semester: '',
  training: '',
  draftBatch: '',
  filedBatch: '',
  annualPool: [] as string[],
  submitPool: [] as string[],
  approvePool: [] as string[],
  returnPool: [] as string[],
  batchSubmitPool: [] as string[],
  movePool: [] as string[],
};
let year = 2100;
const next = (pool: string[]) => pool.shift() ?? '00000000-0000-0000-0000-000000000000';
const line = { edition: '2022', code: '6-31-01-03', level: 4, method: 'exam', expectedCandidates: 40, month: 10 };
const semesterBody = () => ({
  collegeId: f.college,
  semester: '2026-2027-1',
  adHoc: true,
  title: '表格临时项目',
  lines: [line],
});
const trainingBody = () => ({
  collegeId: f.college,
  name: '表格培训班',
  edition: '2022',
  code: '6-31-01-03',
  level: 4,
  enrolmentClosesOn: '2026-06-30',
  traineeCount: 30,
});

export async function setupPlansAccess(admin: TestClient, head: TestClient, clerk: TestClient, ownCollege: string) {
  f.college = ownCollege;
  const many = async (make: () => Promise<string>) => {
    const out: string[] = [];
    for (let i = 0; i < POOL; i++) out.push(await make());
    return out;
  };
  const annual = async () =>
    (await okJson(admin.post('/api/v1/plans/annual', { year: year--, title: '表格年度计划', lines: [line] })))
      .id as string;
  const submitted = async () => {
    const p = await okJson(clerk.post('/api/v1/plans/semester', semesterBody()));
    await okJson(clerk.post(`/api/v1/plans/semester/${p.id}/submit`));
    return p.id as string;
  };
  f.annual = await annual();
  f.annualPool = await many(annual);
  f.semester = (await okJson(clerk.post('/api/v1/plans/semester', semesterBody()))).id;
  f.submitPool = await many(async () => (await okJson(clerk.post('/api/v1/plans/semester', semesterBody()))).id);
  f.approvePool = await many(submitted);
  f.returnPool = await many(submitted);
  f.training = (await okJson(clerk.post('/api/v1/training-classes', trainingBody()))).id;
  f.draftBatch = (await okJson(admin.post('/api/v1/batches', batchBodyFor(ownCollege)))).id;
  f.batchSubmitPool = await many(
    async () => (await okJson(admin.post('/api/v1/batches', batchBodyFor(ownCollege)))).id,
  );
  f.filedBatch = await filedBatch(admin, head, ownCollege);
  await okJson(admin.post(`/api/v1/batches/${f.filedBatch}/notice/publish`));
  f.movePool = await many(() => filedBatch(admin, head, ownCollege, true));
}

export const plansRouteCases: Case[] = [
  { pattern: 'GET /api/v1/plans/settings', method: 'GET', url: () => '/api/v1/plans/settings', allowed: READ },
  {
    pattern: 'PUT /api/v1/plans/settings',
    method: 'PUT',
    url: () => '/api/v1/plans/settings',
    body: () => ({ leadDays: 10, lateMode: 'refuse', trainingFilingDays: 20 }),
    allowed: HEAD,
  },
  { pattern: 'GET /api/v1/plans/annual', method: 'GET', url: () => '/api/v1/plans/annual', allowed: READ },
  {
    pattern: 'GET /api/v1/plans/annual/:id',
    method: 'GET',
    url: () => `/api/v1/plans/annual/${f.annual}`,
    allowed: READ,
  },
  {
    pattern: 'POST /api/v1/plans/annual',
    method: 'POST',
    url: () => '/api/v1/plans/annual',
    body: () => ({ year: year--, title: '表格年度计划', lines: [] }),
    allowed: MANAGE,
  },
  {
    pattern: 'PUT /api/v1/plans/annual/:id',
    method: 'PUT',
    url: () => `/api/v1/plans/annual/${f.annual}`,
    body: () => ({ year: 2100, title: '表格年度计划（改）', lines: [line] }),
    allowed: MANAGE,
  },
  {
    pattern: 'POST /api/v1/plans/annual/:id/issue',
    method: 'POST',
    url: () => `/api/v1/plans/annual/${next(f.annualPool)}/issue`,
    allowed: MANAGE,
  },
  { pattern: 'GET /api/v1/plans/semester', method: 'GET', url: () => '/api/v1/plans/semester', allowed: READ },
  {
    pattern: 'GET /api/v1/plans/semester/:id',
    method: 'GET',
    url: () => `/api/v1/plans/semester/${f.semester}`,
    allowed: READ,
  },
  {
    pattern: 'POST /api/v1/plans/semester',
    method: 'POST',
    url: () => '/api/v1/plans/semester',
    body: semesterBody,
    allowed: SUBMIT,
  },
  {
    pattern: 'PUT /api/v1/plans/semester/:id',
    method: 'PUT',
    url: () => `/api/v1/plans/semester/${f.semester}`,
    body: semesterBody,
    allowed: SUBMIT,
  },
  {
    pattern: 'POST /api/v1/plans/semester/:id/submit',
    method: 'POST',
    url: () => `/api/v1/plans/semester/${next(f.submitPool)}/submit`,
    allowed: SUBMIT,
  },
  {
    pattern: 'POST /api/v1/plans/semester/:id/approve',
    method: 'POST',
    url: () => `/api/v1/plans/semester/${next(f.approvePool)}/approve`,
    allowed: MANAGE,
  },
  {
    pattern: 'POST /api/v1/plans/semester/:id/return',
    method: 'POST',
    url: () => `/api/v1/plans/semester/${next(f.returnPool)}/return`,
    body: () => ({ reason: '人数与课程安排不符' }),
    allowed: MANAGE,
  },
  { pattern: 'GET /api/v1/training-classes', method: 'GET', url: () => '/api/v1/training-classes', allowed: TRAINING },
  {
    pattern: 'GET /api/v1/training-classes/deadline',
    method: 'GET',
    url: () => '/api/v1/training-classes/deadline?enrolmentClosesOn=2026-06-30',
    allowed: TRAINING,
  },
  {
    pattern: 'GET /api/v1/training-classes/:id',
    method: 'GET',
    url: () => `/api/v1/training-classes/${f.training}`,
    allowed: TRAINING,
  },
  {
    pattern: 'POST /api/v1/training-classes',
    method: 'POST',
    url: () => '/api/v1/training-classes',
    body: trainingBody,
    allowed: TRAINING,
  },
  {
    pattern: 'PUT /api/v1/training-classes/:id',
    method: 'PUT',
    url: () => `/api/v1/training-classes/${f.training}`,
    body: trainingBody,
    allowed: TRAINING,
  },
  {
    pattern: 'POST /api/v1/training-classes/:id/filing',
    method: 'POST',
    url: () => `/api/v1/training-classes/${f.training}/filing`,
    body: () => ({ filedOn: '2026-07-10', filingNumber: '攀就备〔2026〕1号' }),
    allowed: TRAINING,
  },
  { pattern: 'GET /api/v1/batches', method: 'GET', url: () => '/api/v1/batches', allowed: BATCH_READ },
  {
    pattern: 'GET /api/v1/batches/:id',
    method: 'GET',
    url: () => `/api/v1/batches/${f.draftBatch}`,
    allowed: BATCH_READ,
  },
  {
    pattern: 'POST /api/v1/batches',
    method: 'POST',
    url: () => '/api/v1/batches',
    body: () => batchBodyFor(f.college),
    allowed: MANAGE,
  },
  {
    pattern: 'PUT /api/v1/batches/:id',
    method: 'PUT',
    url: () => `/api/v1/batches/${f.draftBatch}`,
    body: () => batchBodyFor(f.college),
    allowed: MANAGE,
  },
  {
    pattern: 'POST /api/v1/batches/:id/submit',
    method: 'POST',
    url: () => `/api/v1/batches/${next(f.batchSubmitPool)}/submit`,
    body: () => ({ submittedOn: '2026-09-01' }),
    allowed: MANAGE,
  },
  {
    pattern: 'POST /api/v1/batches/:id/approval',
    method: 'POST',
    url: () => `/api/v1/batches/${f.filedBatch}/approval`,
    body: () => ({ approvalNumber: '豫鉴〔2026〕2号', approvalDate: '2026-09-11' }),
    allowed: HEAD,
  },
  {
    pattern: 'POST /api/v1/batches/:id/transitions',
    method: 'POST',
    url: () => `/api/v1/batches/${next(f.movePool)}/transitions`,
    body: () => ({ to: 'registering' }),
    allowed: MANAGE,
  },
  {
    pattern: 'GET /api/v1/batches/:id/plan/xlsx',
    method: 'GET',
    url: () => `/api/v1/batches/${f.draftBatch}/plan/xlsx`,
    allowed: BATCH_READ,
  },
  {
    pattern: 'GET /api/v1/batches/:id/plan/pdf',
    method: 'GET',
    url: () => `/api/v1/batches/${f.draftBatch}/plan/pdf`,
    allowed: BATCH_READ,
  },
  {
    pattern: 'GET /api/v1/batches/:id/notice',
    method: 'GET',
    url: () => `/api/v1/batches/${f.draftBatch}/notice`,
    allowed: BATCH_READ,
  },
  {
    pattern: 'POST /api/v1/batches/:id/notice/publish',
    method: 'POST',
    url: () => `/api/v1/batches/${f.filedBatch}/notice/publish`,
    allowed: MANAGE,
  },
  { pattern: 'GET /api/v1/notices', method: 'GET', url: () => '/api/v1/notices', allowed: roles },
  { pattern: 'GET /api/v1/notices/:id', method: 'GET', url: () => `/api/v1/notices/${f.filedBatch}`, allowed: roles },
  {
    pattern: 'GET /api/v1/notices/:id/pdf',
    method: 'GET',
    url: () => `/api/v1/notices/${f.filedBatch}/pdf`,
    allowed: roles,
  },
];

export const plansFixtures = f;
