import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp, type TestClient } from '../../test/harness.js';
import { users } from '../../db/schema/index.js';
import { addDays, chinaToday } from '../../../shared/dates.js';
import { personFor } from './people.testkit.js';

/**
 * Issue 9, 我的档案: an examiner's or supervisor's own record — qualifications with their expiry, the annual
 * appraisal (R-PPL-09) — and the plain message of a login no person holds yet. Each case has its own database.
 */

let t: TestApp;
let kaowu: TestClient;
let admin: TestClient;
let seq = 700;

beforeEach(async () => {
  t = await createTestApp();
  kaowu = await t.login('kaowu');
  admin = await t.login('admin');
});
afterEach(async () => t.close());

async function examinerOf(name: string, issuedOn: string) {
  const p = (
    await kaowu.post(
      '/api/v1/persons',
      personFor(name, '1976-06-06', seq++, { titleSeries: '工程', titleGrade: 'intermediate', titleName: '工程师' }),
    )
  ).json();
  const ex = await kaowu.post('/api/v1/examiners', {
    personId: p.id,
    grade: 'standard',
    trainingHours: 48,
    skillRelated: false,
    certificateNumber: `KP-OWN-${seq++}`,
    certificateIssuedOn: issuedOn,
    firstExaminingYear: 2020,
    occupations: [{ edition: '2022', code: '6-31-01-03', name: '电工' }],
  });
  expect(ex.statusCode, ex.body).toBe(200);
  return { personId: p.id as string, examinerId: ex.json().id as string };
}

async function linkLogin(username: string, personId: string) {
  const [u] = await t.database.db.select().from(users).where(eq(users.username, username));
  const res = await admin.post(`/api/v1/persons/${personId}/account`, { userId: u.id });
  expect(res.statusCode, res.body).toBe(200);
}

describe('我的档案 (issue 9)', () => {
  it('a login without a linked person gets a plain Chinese message, not an error', async () => {
    for (const username of ['kaopingyuan', 'dudao']) {
      const me = await t.login(username);
      const res = await me.get('/api/v1/people/me');
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ linked: false, person: null, appraisals: [] });
      expect(res.json().message).toMatch(/尚未关联人员档案.*联系认定中心/);
      expect(res.json().message).not.toMatch(/不存在|无权/);
    }
  });

  it('R-PPL-04/09: the examiner reads its certificate with the days left, its occupations and its own appraisals only', async () => {
    // Issued almost three years ago: the certificate runs out within the reminder period.
    const mine = await examinerOf('本人考评', addDays(chinaToday(), -1080));
    const other = await examinerOf('他人考评', '2025-01-10');
    const score = (examinerId: string, batchRef: string, batchDate: string, s: number) =>
      kaowu.post('/api/v1/appraisals/scores', { examinerId, batchRef, batchDate, attended: true, score: s });
    expect((await score(mine.examinerId, '2025 第一批', '2025-04-01', 92)).statusCode).toBe(200);
    expect((await score(mine.examinerId, '2025 第二批', '2025-10-01', 90)).statusCode).toBe(200);
    expect((await score(other.examinerId, '他人批次', '2025-05-01', 61)).statusCode).toBe(200);
    await linkLogin('kaopingyuan', mine.personId);
    const res = await (await t.login('kaopingyuan')).get('/api/v1/people/me');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ linked: true, message: null, person: { name: '本人考评' } });
    expect(body.person.idMasked).toMatch(/^\*+\d{3}[\dX]$/); // R-PPL-02: the last four only
    expect(body.person.examiner).toMatchObject({ grade: 'standard', validity: 'expiring' });
    expect(body.person.examiner.daysLeft).toBeGreaterThan(0);
    expect(body.person.examiner.occupations.map((o: { name: string }) => o.name)).toEqual(['电工']);
    expect(body.appraisals).toHaveLength(1);
    expect(body.appraisals[0]).toMatchObject({ year: 2025, average: 91, grade: 'excellent', name: '本人考评' });
    expect(JSON.stringify(body)).not.toContain('他人');
  });
});
