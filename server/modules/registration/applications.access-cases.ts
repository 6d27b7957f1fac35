import { eq } from 'drizzle-orm';
import type { Role } from '../../../shared/access.js';
import type { ApplicationStatus } from '../../../shared/registration.js';
import { applications, candidateBans, contestResults, persons, users, xCertificates } from '../../db/schema/index.js';
import type { TestApp, TestClient } from '../../test/harness.js';
import { postFile } from '../people/people.testkit.js';
import { FORM, photoPng, registeringBatch } from './applications.testkit.js';

/**
 * The applications module's rows of the route × role table in server/http/access.test.ts (R-REG-01/02,
 * R-ELIG-01/02/05/07). The demo candidate `kaosheng` is linked here to a JD graduating 高职 student (whether or
 * not the demo seed links it), so its portal calls succeed. Pools hold one record per call for one-shot actions.
 */

interface Case {
  pattern: string;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: () => string;
  body?: () => unknown;
  allowed: readonly Role[];
}

const CANDIDATE: Role[] = ['candidate'];
const READ: Role[] = ['admin', 'centre_head', 'exam_admin', 'college_clerk', 'finance'];
const REVIEW: Role[] = ['admin', 'centre_head', 'exam_admin', 'college_clerk'];
const CENTRE: Role[] = ['admin', 'centre_head', 'exam_admin'];
const HEAD: Role[] = ['admin', 'centre_head'];
const FACTS: Role[] = ['admin', 'centre_head', 'exam_admin', 'college_clerk'];
const POOL = 12;
const NONE = '00000000-0000-0000-0000-000000000000';

const f = {
  person: '',
  student: '',
  applyBatch: '',
  reviewBatch: '',
  viewApp: '',
  rejectedApp: '',
  withdrawApp: '',
  photo: '',
  evidence: '',
  cert: '',
  contest: '',
  ban: '',
  reviewPool: [] as string[],
  unlockPool: [] as string[],
  certPool: [] as string[],
  contestPool: [] as string[],
  banPool: [] as string[],
};
const next = (pool: string[]) => pool.shift() ?? NONE;

export async function setupApplicationsAccess(t: TestApp, examAdmin: TestClient, head: TestClient, ownCollege: string) {
  const db = t.database.db;
  const [u] = await db.select().from(users).where(eq(users.username, 'kaosheng'));
  const candidate = await t.login('kaosheng');
  const photo = await postFile(t, candidate, '/api/v1/files', 'photo.png', await photoPng(), { purpose: 'photo' });
  f.photo = photo.json().id;
  f.evidence = (
    await postFile(t, candidate, '/api/v1/files', 'cert.png', await photoPng(), { purpose: 'evidence' })
  ).json().id;
  const student = {
    kind: 'student' as const,
    collegeId: ownCollege,
    educationLevel: 'higher_vocational' as const,
    graduating: true,
    photoFileId: f.photo,
    phone: '13900000001',
    birthYear: 2004,
  };
  const [linked] = await db.select().from(persons).where(eq(persons.userId, u.id));
  if (linked) {
    await db.update(persons).set(student).where(eq(persons.id, linked.id));
    f.person = linked.id;
  } else {
    const [p] = await db
      .insert(persons)
      .values({
        name: '孙同学',
        gender: 'male' as const,
        idType: 'resident' as const,
        idCipher: 'x',
        idHash: 'access-kaosheng',
        idMasked: '4101**********0011',
        userId: u.id,
        ...student,
      })
      .returning();
    f.person = p.id;
  }
  const [other] = await db
    .insert(persons)
    .values({
      name: '表格学生',
      gender: 'female' as const,
      idType: 'resident' as const,
      idCipher: 'x',
      idHash: 'access-student',
      idMasked: '4101**********0022',
      kind: 'student' as const,
      collegeId: ownCollege,
    })
    .returning();
  f.student = other.id;

  const batch = () => registeringBatch(t, examAdmin, head, ownCollege, { title: '表格报名批次' });
  const [applyBatch, viewBatch, rejectedBatch, withdrawBatch] = [
    await batch(),
    await batch(),
    await batch(),
    await batch(),
  ];
  f.applyBatch = applyBatch;
  f.reviewBatch = viewBatch;
  const app = async (batchId: string, personId: string, status: ApplicationStatus) =>
    (
      await db
        .insert(applications)
        .values({
          batchId,
          personId,
          collegeId: ownCollege,
          level: 4,
          status,
          source: 'portal' as const,
          photoFileId: f.photo,
          form: FORM,
          eligible: true,
        })
        .returning()
    )[0].id;
  f.viewApp = await app(viewBatch, f.person, 'pending_college');
  f.rejectedApp = await app(rejectedBatch, f.person, 'rejected');
  f.withdrawApp = await app(withdrawBatch, f.person, 'pending_centre');
  // Review by filter (keyword): each call finds one application waiting for the college and one for the centre.
  for (let i = 0; i < POOL; i++) {
    const ps = await db
      .insert(persons)
      .values(
        ['甲', '乙', '丙'].map((s) => ({
          name: `表格审核${i}号${s}`,
          gender: 'male' as const,
          idType: 'resident' as const,
          idCipher: 'x',
          idHash: `access-review-${i}-${s}`,
          idMasked: '4101**********0033',
          kind: 'student' as const,
          collegeId: ownCollege,
        })),
      )
      .returning();
    await app(viewBatch, ps[0].id, 'pending_college');
    await app(viewBatch, ps[1].id, 'pending_centre');
    f.reviewPool.push(`表格审核${i}号`);
    f.unlockPool.push(await app(viewBatch, ps[2].id, 'approved'));
  }
  const fact = { personId: f.student, edition: '2022', occupationCode: '6-31-01-03' };
  const certs = await db
    .insert(xCertificates)
    .values(
      Array.from({ length: POOL + 1 }, () => ({
        ...fact,
        name: '表格 1+X',
        level: 'elementary' as const,
        issuedOn: '2025-06-01',
      })),
    )
    .returning();
  const contests = await db
    .insert(contestResults)
    .values(Array.from({ length: POOL + 1 }, () => ({ ...fact, contest: '表格竞赛', grantedLevel: 4 })))
    .returning();
  const bans = await db
    .insert(candidateBans)
    .values(Array.from({ length: POOL + 1 }, () => ({ personId: f.student, until: '2026-07-01', reason: '表格禁考' })))
    .returning();
  [f.cert, ...f.certPool] = certs.map((c) => c.id);
  [f.contest, ...f.contestPool] = contests.map((c) => c.id);
  [f.ban, ...f.banPool] = bans.map((c) => c.id);
}

const cert = () => ({
  name: '电工 1+X',
  edition: '2022',
  occupationCode: '6-31-01-03',
  level: 'intermediate' as const,
  issuedOn: '2025-06-01',
  evidenceFileId: f.evidence,
});
const contest = () => ({
  contest: '校技能大赛',
  rank: '二等奖',
  edition: '2022',
  occupationCode: '6-31-01-03',
  grantedLevel: 4,
  evidenceFileId: f.evidence,
});
const ban = () => ({ until: '2026-07-01', reason: '表格禁考' });

export const applicationsRouteCases: Case[] = [
  // candidate portal (R-REG-01/02)
  { pattern: 'GET /api/v1/portal/me', method: 'GET', url: () => '/api/v1/portal/me', allowed: CANDIDATE },
  { pattern: 'GET /api/v1/portal/batches', method: 'GET', url: () => '/api/v1/portal/batches', allowed: CANDIDATE },
  {
    pattern: 'GET /api/v1/portal/applications',
    method: 'GET',
    url: () => '/api/v1/portal/applications',
    allowed: CANDIDATE,
  },
  {
    pattern: 'GET /api/v1/portal/applications/:id',
    method: 'GET',
    url: () => `/api/v1/portal/applications/${f.viewApp}`,
    allowed: CANDIDATE,
  },
  {
    pattern: 'POST /api/v1/portal/applications',
    method: 'POST',
    url: () => '/api/v1/portal/applications',
    body: () => ({ batchId: f.applyBatch, level: 4, form: FORM, evidence: [] }),
    allowed: CANDIDATE,
  },
  {
    pattern: 'PUT /api/v1/portal/applications/:id',
    method: 'PUT',
    url: () => `/api/v1/portal/applications/${f.rejectedApp}`,
    body: () => ({ level: 4, form: FORM, evidence: [] }),
    allowed: CANDIDATE,
  },
  {
    pattern: 'POST /api/v1/portal/applications/:id/withdraw',
    method: 'POST',
    url: () => `/api/v1/portal/applications/${f.withdrawApp}/withdraw`,
    body: () => ({}),
    allowed: CANDIDATE,
  },
  {
    pattern: 'GET /api/v1/portal/applications/:id/form.pdf',
    method: 'GET',
    url: () => `/api/v1/portal/applications/${f.viewApp}/form.pdf`,
    allowed: CANDIDATE,
  },
  { pattern: 'GET /api/v1/portal/facts', method: 'GET', url: () => '/api/v1/portal/facts', allowed: CANDIDATE },
  {
    pattern: 'POST /api/v1/portal/facts/x-certificates',
    method: 'POST',
    url: () => '/api/v1/portal/facts/x-certificates',
    body: cert,
    allowed: CANDIDATE,
  },
  {
    pattern: 'POST /api/v1/portal/facts/contest-results',
    method: 'POST',
    url: () => '/api/v1/portal/facts/contest-results',
    body: contest,
    allowed: CANDIDATE,
  },
  // review (R-REG-02)
  {
    pattern: 'GET /api/v1/applications',
    method: 'GET',
    url: () => `/api/v1/applications?batchId=${f.reviewBatch}&eligible=true&keyword=表格`,
    allowed: READ,
  },
  {
    pattern: 'GET /api/v1/applications/:id',
    method: 'GET',
    url: () => `/api/v1/applications/${f.viewApp}`,
    allowed: READ,
  },
  {
    pattern: 'GET /api/v1/applications/:id/form.pdf',
    method: 'GET',
    url: () => `/api/v1/applications/${f.viewApp}/form.pdf`,
    allowed: READ,
  },
  {
    pattern: 'GET /api/v1/applications/:id/files/:fileId',
    method: 'GET',
    url: () => `/api/v1/applications/${f.viewApp}/files/${f.photo}`,
    allowed: READ,
  },
  {
    pattern: 'POST /api/v1/applications/review',
    method: 'POST',
    url: () => '/api/v1/applications/review',
    body: () => ({
      filter: { batchId: f.reviewBatch, keyword: next(f.reviewPool) },
      decision: 'reject',
      reason: '表格测试退回',
    }),
    allowed: REVIEW,
  },
  {
    pattern: 'POST /api/v1/applications/:id/unlock',
    method: 'POST',
    url: () => `/api/v1/applications/${next(f.unlockPool)}/unlock`,
    body: () => ({ reason: '表格测试解锁' }),
    allowed: HEAD,
  },
  {
    pattern: 'POST /api/v1/applications/recheck',
    method: 'POST',
    url: () => '/api/v1/applications/recheck',
    body: () => ({ batchId: f.reviewBatch }),
    allowed: CENTRE,
  },
  // candidate facts (R-ELIG-01/02/05/07)
  {
    pattern: 'GET /api/v1/candidates/:personId/facts',
    method: 'GET',
    url: () => `/api/v1/candidates/${f.student}/facts`,
    allowed: FACTS,
  },
  {
    pattern: 'POST /api/v1/candidates/:personId/x-certificates',
    method: 'POST',
    url: () => `/api/v1/candidates/${f.student}/x-certificates`,
    body: cert,
    allowed: FACTS,
  },
  {
    pattern: 'PUT /api/v1/candidates/:personId/x-certificates/:id',
    method: 'PUT',
    url: () => `/api/v1/candidates/${f.student}/x-certificates/${f.cert}`,
    body: cert,
    allowed: FACTS,
  },
  {
    pattern: 'DELETE /api/v1/candidates/:personId/x-certificates/:id',
    method: 'DELETE',
    url: () => `/api/v1/candidates/${f.student}/x-certificates/${next(f.certPool)}`,
    allowed: FACTS,
  },
  {
    pattern: 'POST /api/v1/candidates/:personId/contest-results',
    method: 'POST',
    url: () => `/api/v1/candidates/${f.student}/contest-results`,
    body: contest,
    allowed: FACTS,
  },
  {
    pattern: 'PUT /api/v1/candidates/:personId/contest-results/:id',
    method: 'PUT',
    url: () => `/api/v1/candidates/${f.student}/contest-results/${f.contest}`,
    body: contest,
    allowed: FACTS,
  },
  {
    pattern: 'DELETE /api/v1/candidates/:personId/contest-results/:id',
    method: 'DELETE',
    url: () => `/api/v1/candidates/${f.student}/contest-results/${next(f.contestPool)}`,
    allowed: FACTS,
  },
  {
    pattern: 'POST /api/v1/candidates/:personId/bans',
    method: 'POST',
    url: () => `/api/v1/candidates/${f.student}/bans`,
    body: ban,
    allowed: FACTS,
  },
  {
    pattern: 'PUT /api/v1/candidates/:personId/bans/:id',
    method: 'PUT',
    url: () => `/api/v1/candidates/${f.student}/bans/${f.ban}`,
    body: ban,
    allowed: FACTS,
  },
  {
    pattern: 'DELETE /api/v1/candidates/:personId/bans/:id',
    method: 'DELETE',
    url: () => `/api/v1/candidates/${f.student}/bans/${next(f.banPool)}`,
    allowed: FACTS,
  },
  {
    pattern: 'PUT /api/v1/candidates/:personId/excellent',
    method: 'PUT',
    url: () => `/api/v1/candidates/${f.student}/excellent`,
    body: () => ({ excellent: true }),
    allowed: FACTS,
  },
];
