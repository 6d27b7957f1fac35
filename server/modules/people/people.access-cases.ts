import { eq } from 'drizzle-orm';
import { persons, users } from '../../db/schema/index.js';
import type { Role } from '../../../shared/access.js';
import type { TestApp, TestClient } from '../../test/harness.js';
import { makeIdNumber, personFor } from './people.testkit.js';

/**
 * The people module's rows of the route × role table in server/http/access.test.ts, and the records they need.
 * Pools hold one record per call (the table calls each route once per role and once anonymously), because some
 * actions succeed only once per record (disqualify, appeal, delete).
 */

interface Case {
  pattern: string;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: () => string;
  body?: () => unknown;
  allowed: readonly Role[];
}

const CENTRE: Role[] = ['admin', 'centre_head', 'exam_admin'];
const PEOPLE: Role[] = ['admin', 'centre_head', 'exam_admin', 'college_clerk'];
const POOL = 10;

const f = {
  college: '',
  ownPerson: '',
  staffPerson: '',
  examiner: '',
  examinerPerson: '',
  supervisor: '',
  supervisorPerson: '',
  examinerPool: [] as string[],
  supervisorPool: [] as string[],
  expertPool: [] as string[],
  candidatePool: [] as string[],
  disqualifyPool: [] as string[],
  conflictPool: [] as string[],
  appealPool: [] as string[],
  decisionPool: [] as string[],
};
let seq = 501;
let n = 0;
const next = (pool: string[]) => pool.shift() ?? '00000000-0000-0000-0000-000000000000';
const student = (s: number) =>
  personFor(`表格学生${s}`, '2004-04-04', s, {
    kind: 'student',
    collegeId: f.college,
    className: '表格2401',
    enrolmentYear: 2024,
    educationLevel: 'higher_vocational',
  });
const senior = { titleSeries: '工程', titleGrade: 'senior' };
const today = new Date().toISOString().slice(0, 10);

/** Creates the records the table's calls act on (as the exam admin), and links the examiner's and supervisor's logins. */
export async function setupPeopleAccess(t: TestApp, admin: TestClient, ownCollege: string) {
  f.college = ownCollege;
  const person = async (body: Record<string, unknown>) => {
    const res = await admin.post('/api/v1/persons', body);
    if (res.statusCode !== 200) throw new Error(res.body);
    return res.json().id as string;
  };
  const many = async (k: number, make: () => Promise<string>) => {
    const out: string[] = [];
    for (let i = 0; i < k; i++) out.push(await make());
    return out;
  };
  const ok = async (p: Promise<{ statusCode: number; body: string; json(): { id: string } }>) => {
    const res = await p;
    if (res.statusCode !== 200) throw new Error(res.body);
    return res.json().id;
  };
  const [exUser] = await t.database.db.select().from(users).where(eq(users.username, 'kaopingyuan'));
  const [suUser] = await t.database.db.select().from(users).where(eq(users.username, 'dudao'));
  f.ownPerson = await person(student(seq++));
  f.staffPerson = await person(personFor('表格教师', '1970-01-01', seq++, senior));
  f.examinerPerson = await person(personFor('表格考评员', '1970-02-02', seq++, senior));
  f.supervisorPerson = await person(personFor('表格督导员', '1970-03-03', seq++, senior));
  // The logins are linked as the system admin's link action would (forms carry no userId).
  await t.database.db.update(persons).set({ userId: exUser.id }).where(eq(persons.id, f.examinerPerson));
  await t.database.db.update(persons).set({ userId: suUser.id }).where(eq(persons.id, f.supervisorPerson));
  const examinerBody = (personId: string) => ({
    personId,
    grade: 'standard',
    trainingHours: 60,
    certificateNumber: `BG${seq++}`,
    certificateIssuedOn: today,
    occupations: [{ edition: '2022', code: '6-31-01-03', name: '电工' }],
  });
  f.examiner = await ok(admin.post('/api/v1/examiners', examinerBody(f.examinerPerson)));
  const supBody = (personId: string) => ({
    personId,
    basis: 'management',
    basisYears: 5,
    certificateNumber: `DD${seq++}`,
    certificateIssuedOn: today,
  });
  f.supervisor = await ok(admin.post('/api/v1/supervisors', supBody(f.supervisorPerson)));
  await ok(
    admin.post('/api/v1/appraisals/scores', {
      examinerId: f.examiner,
      batchRef: '表格批次',
      batchDate: today,
      attended: true,
      score: 88,
    }),
  );
  f.examinerPool = await many(POOL, () => person(personFor('考评池', '1971-01-01', seq++, senior)));
  f.supervisorPool = await many(POOL, () => person(personFor('督导池', '1972-01-01', seq++)));
  f.expertPool = await many(POOL, () => person(personFor('专家池', '1973-01-01', seq++, senior)));
  f.candidatePool = await many(POOL, () => person(student(seq++)));
  f.disqualifyPool = await many(POOL, async () =>
    ok(admin.post('/api/v1/supervisors', supBody(await person(personFor('取消池', '1974-01-01', seq++))))),
  );
  f.conflictPool = await many(POOL, async () =>
    ok(
      admin.post('/api/v1/conflicts', {
        staffPersonId: f.staffPerson,
        candidatePersonId: await person(student(seq++)),
        relation: 'relative',
      }),
    ),
  );
  const misconduct = () =>
    ok(
      admin.post('/api/v1/misconduct', {
        personId: f.staffPerson,
        act: 'other',
        occurredOn: today,
        description: '表格测试',
      }),
    );
  f.appealPool = await many(POOL, misconduct);
  f.decisionPool = await many(POOL, async () => {
    const id = await misconduct();
    await ok(admin.post(`/api/v1/misconduct/${id}/appeal`, { text: '申诉' }));
    return id;
  });
}

export const peopleRouteCases: Case[] = [
  { pattern: 'GET /api/v1/persons', method: 'GET', url: () => '/api/v1/persons', allowed: PEOPLE },
  {
    pattern: 'POST /api/v1/persons',
    method: 'POST',
    url: () => '/api/v1/persons',
    body: () => student(seq++),
    allowed: PEOPLE,
  },
  { pattern: 'GET /api/v1/persons/:id', method: 'GET', url: () => `/api/v1/persons/${f.ownPerson}`, allowed: PEOPLE },
  {
    pattern: 'PUT /api/v1/persons/:id',
    method: 'PUT',
    url: () => `/api/v1/persons/${f.ownPerson}`,
    body: () => ({ ...student(501), idNumber: undefined, phone: '13700000000' }),
    allowed: PEOPLE,
  },
  {
    pattern: 'POST /api/v1/persons/search',
    method: 'POST',
    url: () => '/api/v1/persons/search',
    body: () => ({ keyword: '学生' }),
    allowed: PEOPLE,
  },
  {
    pattern: 'GET /api/v1/persons/:id/account',
    method: 'GET',
    url: () => `/api/v1/persons/${f.ownPerson}/account`,
    allowed: ['admin'],
  },
  // Unlinking a person that has no account: a no-op that only the admin may do.
  {
    pattern: 'POST /api/v1/persons/:id/account',
    method: 'POST',
    url: () => `/api/v1/persons/${f.ownPerson}/account`,
    body: () => ({ userId: null }),
    allowed: ['admin'],
  },
  {
    pattern: 'GET /api/v1/persons/:id/id-number',
    method: 'GET',
    url: () => `/api/v1/persons/${f.ownPerson}/id-number`,
    allowed: CENTRE,
  },
  {
    pattern: 'GET /api/v1/people/me',
    method: 'GET',
    url: () => '/api/v1/people/me',
    allowed: ['examiner', 'supervisor', 'proctor'],
  },
  {
    pattern: 'POST /api/v1/appointments',
    method: 'POST',
    url: () => '/api/v1/appointments',
    body: () => ({
      personId: f.examinerPerson,
      role: 'examiner',
      letterNumber: `聘${++n}`,
      startDate: '2026-01-01',
      endDate: '2028-12-31',
    }),
    allowed: CENTRE,
  },
  {
    pattern: 'GET /api/v1/reminders/expiring',
    method: 'GET',
    url: () => '/api/v1/reminders/expiring',
    allowed: CENTRE,
  },
  { pattern: 'GET /api/v1/people/settings', method: 'GET', url: () => '/api/v1/people/settings', allowed: CENTRE },
  {
    pattern: 'PUT /api/v1/people/settings',
    method: 'PUT',
    url: () => '/api/v1/people/settings',
    body: () => ({ expertMaxAge: 65, reminderDays: 90 }),
    allowed: CENTRE,
  },
  {
    pattern: 'GET /api/v1/people/import-template',
    method: 'GET',
    url: () => '/api/v1/people/import-template?kind=staff',
    allowed: CENTRE,
  },
  { pattern: 'GET /api/v1/examiners', method: 'GET', url: () => '/api/v1/examiners', allowed: CENTRE },
  {
    pattern: 'POST /api/v1/examiners',
    method: 'POST',
    url: () => '/api/v1/examiners',
    body: () => ({
      personId: next(f.examinerPool),
      grade: 'senior',
      trainingHours: 48,
      certificateNumber: `BGP${++n}`,
      certificateIssuedOn: today,
      occupations: [{ edition: '2022', code: '6-31-01-03', name: '电工' }],
    }),
    allowed: CENTRE,
  },
  {
    pattern: 'PUT /api/v1/examiners/:id',
    method: 'PUT',
    url: () => `/api/v1/examiners/${f.examiner}`,
    body: () => ({
      personId: f.examinerPerson,
      grade: 'standard',
      trainingHours: 72,
      certificateNumber: 'BG-PUT',
      certificateIssuedOn: today,
      occupations: [{ edition: '2022', code: '6-31-01-03', name: '电工' }],
    }),
    allowed: CENTRE,
  },
  { pattern: 'GET /api/v1/supervisors', method: 'GET', url: () => '/api/v1/supervisors', allowed: CENTRE },
  {
    pattern: 'POST /api/v1/supervisors',
    method: 'POST',
    url: () => '/api/v1/supervisors',
    body: () => ({
      personId: next(f.supervisorPool),
      basis: 'examiner',
      basisYears: 3,
      certificateNumber: `DDP${++n}`,
      certificateIssuedOn: today,
    }),
    allowed: CENTRE,
  },
  {
    pattern: 'PUT /api/v1/supervisors/:id',
    method: 'PUT',
    url: () => `/api/v1/supervisors/${f.supervisor}`,
    body: () => ({
      personId: f.supervisorPerson,
      basis: 'management',
      basisYears: 6,
      certificateNumber: 'DD-PUT',
      certificateIssuedOn: today,
    }),
    allowed: CENTRE,
  },
  {
    pattern: 'POST /api/v1/supervisors/:id/disqualify',
    method: 'POST',
    url: () => `/api/v1/supervisors/${next(f.disqualifyPool)}/disqualify`,
    body: () => ({ reason: 'dereliction' }),
    allowed: CENTRE,
  },
  { pattern: 'GET /api/v1/experts', method: 'GET', url: () => '/api/v1/experts', allowed: CENTRE },
  {
    pattern: 'POST /api/v1/experts',
    method: 'POST',
    url: () => '/api/v1/experts',
    body: () => ({
      personId: next(f.expertPool),
      occupation: { edition: '2022', code: '6-31-01-03', name: '电工' },
      examiningYears: 2,
      termStart: today,
    }),
    allowed: CENTRE,
  },
  { pattern: 'GET /api/v1/exam-staff', method: 'GET', url: () => '/api/v1/exam-staff', allowed: CENTRE },
  {
    pattern: 'POST /api/v1/exam-staff',
    method: 'POST',
    url: () => '/api/v1/exam-staff',
    body: () => ({ personId: f.examinerPerson, role: 'proctor' }),
    allowed: CENTRE,
  },
  { pattern: 'GET /api/v1/conflicts', method: 'GET', url: () => '/api/v1/conflicts', allowed: CENTRE },
  {
    pattern: 'POST /api/v1/conflicts',
    method: 'POST',
    url: () => '/api/v1/conflicts',
    body: () => ({ staffPersonId: f.staffPerson, candidatePersonId: next(f.candidatePool), relation: 'relative' }),
    allowed: CENTRE,
  },
  {
    pattern: 'DELETE /api/v1/conflicts/:id',
    method: 'DELETE',
    url: () => `/api/v1/conflicts/${next(f.conflictPool)}`,
    allowed: CENTRE,
  },
  { pattern: 'GET /api/v1/teacher-classes', method: 'GET', url: () => '/api/v1/teacher-classes', allowed: CENTRE },
  {
    pattern: 'POST /api/v1/teacher-classes',
    method: 'POST',
    url: () => '/api/v1/teacher-classes',
    body: () => ({
      teacherPersonId: f.staffPerson,
      collegeId: f.college,
      className: `表格班${++n}`,
      enrolmentYear: 2024,
    }),
    allowed: CENTRE,
  },
  {
    pattern: 'GET /api/v1/appraisals',
    method: 'GET',
    url: () => `/api/v1/appraisals?year=${today.slice(0, 4)}`,
    allowed: CENTRE,
  },
  {
    pattern: 'POST /api/v1/appraisals/scores',
    method: 'POST',
    url: () => '/api/v1/appraisals/scores',
    body: () => ({ examinerId: f.examiner, batchRef: `表格${++n}`, batchDate: today, attended: true, score: 90 }),
    allowed: CENTRE,
  },
  {
    pattern: 'POST /api/v1/appraisals/finalize',
    method: 'POST',
    url: () => '/api/v1/appraisals/finalize',
    body: () => ({ year: 2019 }),
    allowed: CENTRE,
  },
  {
    pattern: 'GET /api/v1/appraisals/export',
    method: 'GET',
    url: () => `/api/v1/appraisals/export?year=${today.slice(0, 4)}`,
    allowed: CENTRE,
  },
  { pattern: 'GET /api/v1/misconduct', method: 'GET', url: () => '/api/v1/misconduct', allowed: CENTRE },
  {
    pattern: 'POST /api/v1/misconduct',
    method: 'POST',
    url: () => '/api/v1/misconduct',
    body: () => ({ personId: f.staffPerson, act: 'irresponsible', occurredOn: today, description: '表格' }),
    allowed: CENTRE,
  },
  {
    pattern: 'POST /api/v1/misconduct/:id/appeal',
    method: 'POST',
    url: () => `/api/v1/misconduct/${next(f.appealPool)}/appeal`,
    body: () => ({ text: '申诉' }),
    allowed: CENTRE,
  },
  {
    pattern: 'POST /api/v1/misconduct/:id/decision',
    method: 'POST',
    url: () => `/api/v1/misconduct/${next(f.decisionPool)}/decision`,
    body: () => ({ outcome: 'upheld', note: '维持' }),
    allowed: CENTRE,
  },
];

/** Uploads and binary responses, tested in people.routes.test.ts and people.import.test.ts. */
export const peopleExempt = [
  'POST /api/v1/persons/:id/photo',
  'GET /api/v1/persons/:id/photo',
  'POST /api/v1/persons/:id/documents',
  'POST /api/v1/people/import',
];

/** The ids a college clerk's scope test uses. */
export const peopleFixtures = f;
export { makeIdNumber };
