import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { createTestApp, type TestApp, type TestClient } from '../../test/harness.js';
import { auditLog, colleges, persons, signupRequests, users } from '../../db/schema/index.js';
import { okJson } from '../plans/plans.testkit.js';
import { makeIdNumber, personFor } from '../people/people.testkit.js';
import { genderOf } from '../../../shared/idcard.js';

/** R-PPL-02 (issue 8 items 3 and 11): a self sign-up never takes over a person on record and tells nothing about one. */

let t: TestApp;
let kaowu: TestClient;
let admin: TestClient;
let JD = '';
const login = (username: string, password: string) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
const signupOf = (name: string, idNumber: string, password = 'Shehui#2026', phone = '13999990000') => ({
  name,
  gender: genderOf(idNumber),
  idType: 'resident',
  idNumber,
  phone,
  password,
});
const personById = async (id: string) => (await t.database.db.select().from(persons).where(eq(persons.id, id)))[0];
const userCount = async () => (await t.database.db.select({ n: sql<number>`count(*)::int` }).from(users))[0].n;

beforeAll(async () => {
  t = await createTestApp();
  [kaowu, admin] = await Promise.all(['kaowu', 'admin'].map((u) => t.login(u)));
  JD = (await t.database.db.select().from(colleges).where(eq(colleges.code, 'JD')))[0].id;
}, 60_000);
afterAll(async () => t.close());

/** A student on record (entered by the centre) without an account: what an attacker would try to take over. */
async function studentOnRecord(name: string, seq: number) {
  const body = personFor(name, '2004-05-05', seq, {
    kind: 'student',
    collegeId: JD,
    className: '电气2301',
    enrolmentYear: 2023,
    educationLevel: 'higher_vocational',
    phone: '13800001111',
  });
  const p = await okJson(kaowu.post('/api/v1/persons', body));
  return { id: p.id as string, idNumber: body.idNumber };
}

describe('R-PPL-02: sign-up and persons on record', () => {
  it('R-PPL-02: a sign-up with the name and ID number of a student on record links nothing and overwrites nothing', async () => {
    const s = await studentOnRecord('柳成荫', 901);
    const before = await personById(s.id);
    const users0 = await userCount();
    const res = await t
      .anonymous()
      .post('/api/v1/portal/signup', signupOf('柳成荫', s.idNumber, 'Qiang-Zhan#2026', '13911112222'));
    expect(res.statusCode, res.body).toBe(200);
    const after = await personById(s.id);
    expect(after.userId).toBeNull();
    expect(after.phone).toBe('13800001111');
    expect(after).toEqual(before);
    expect(await userCount()).toBe(users0);
    expect((await login(s.idNumber, 'Qiang-Zhan#2026')).statusCode).toBe(401);
    const [req] = await t.database.db.select().from(signupRequests).where(eq(signupRequests.personId, s.id));
    expect(req).toMatchObject({ status: 'pending', name: '柳成荫', phone: '13911112222' });
  });

  it('R-PPL-02: the answer is the same for a new number, a student on record, a staff member and an account holder (no oracle)', async () => {
    const anon = t.anonymous();
    const fresh = await anon.post('/api/v1/portal/signup', signupOf('新同学', makeIdNumber('2001-02-03', 915)));
    const s = await studentOnRecord('周记录', 903);
    const student = await anon.post('/api/v1/portal/signup', signupOf('随便写', s.idNumber));
    const staffBody = personFor('吴教师', '1980-01-01', 905);
    await okJson(kaowu.post('/api/v1/persons', staffBody));
    const staff = await anon.post('/api/v1/portal/signup', signupOf('某某', staffBody.idNumber));
    const holder = await anon.post('/api/v1/portal/signup', signupOf('新同学', makeIdNumber('2001-02-03', 915)));
    for (const r of [fresh, student, staff, holder]) {
      expect(r.statusCode, r.body).toBe(200);
      expect(r.body).toBe(fresh.body);
    }
    for (const name of ['周记录', '吴教师', '教职工', '机电']) expect(student.body + staff.body).not.toContain(name);
    expect((await login(makeIdNumber('2001-02-03', 915), 'Shehui#2026')).statusCode).toBe(200); // the new one is usable at once
  });

  it('R-PPL-02: the admin confirms a pending sign-up: an account linked to the record, whose contact data stay', async () => {
    const s = await studentOnRecord('林确认', 907);
    await t
      .anonymous()
      .post('/api/v1/portal/signup', signupOf('林确认', s.idNumber, 'Lin-Que-Ren#2026', '13933334444'));
    const pending = (await okJson(admin.get('/api/v1/signup-requests'))).items.find(
      (r: { personId: string }) => r.personId === s.id,
    );
    expect(pending).toMatchObject({
      givenName: '林确认',
      givenPhone: '13933334444',
      recordName: '林确认',
      recordKind: 'student',
      recordHasAccount: false,
    });
    expect(pending.recordIdMasked).not.toContain(s.idNumber.slice(0, 14));
    const done = await admin.post(`/api/v1/signup-requests/${pending.id}/confirm`, {});
    expect(done.statusCode, done.body).toBe(200);
    const p = await personById(s.id);
    expect(p.userId).toBeTruthy();
    expect(p.phone).toBe('13800001111');
    const ok = await login(s.idNumber, 'Lin-Que-Ren#2026');
    expect(ok.statusCode).toBe(200);
    expect(ok.json().user).toMatchObject({ role: 'candidate', id: p.userId });
    expect((await admin.post(`/api/v1/signup-requests/${pending.id}/confirm`, {})).statusCode).toBe(409);
    const audit = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'signup.confirm'), eq(auditLog.entityId, pending.id)));
    expect(audit).toHaveLength(1);
    const [req] = await t.database.db.select().from(signupRequests).where(eq(signupRequests.id, pending.id));
    expect(req.passwordHash).toBe(''); // the chosen password's hash does not stay behind
  });

  it("R-PPL-02: a staff member's record never gets a candidate account by sign-up; the admin refuses it", async () => {
    const body = personFor('郑职工', '1979-09-09', 909);
    const staff = await okJson(kaowu.post('/api/v1/persons', body));
    await t.anonymous().post('/api/v1/portal/signup', signupOf('郑职工', body.idNumber));
    const pending = (await okJson(admin.get('/api/v1/signup-requests'))).items.find(
      (r: { personId: string }) => r.personId === staff.id,
    );
    const c = await admin.post(`/api/v1/signup-requests/${pending.id}/confirm`, {});
    expect(c.statusCode).toBe(409);
    expect(c.json().error.message).toMatch(/教职工/);
    expect((await admin.post(`/api/v1/signup-requests/${pending.id}/reject`, {})).statusCode).toBe(200);
    expect((await personById(staff.id)).userId).toBeNull();
  });

  it('R-PPL-02: only the admin sees and decides sign-ups', async () => {
    const s = await studentOnRecord('陈权限', 911);
    await t.anonymous().post('/api/v1/portal/signup', signupOf('陈权限', s.idNumber));
    const [req] = await t.database.db.select().from(signupRequests).where(eq(signupRequests.personId, s.id));
    for (const u of ['zhuren', 'kaowu', 'jidian', 'caiwu', 'kaosheng']) {
      const c = await t.login(u);
      expect((await c.get('/api/v1/signup-requests')).statusCode, u).toBe(403);
      expect((await c.post(`/api/v1/signup-requests/${req.id}/confirm`, {})).statusCode, u).toBe(403);
      expect((await c.post(`/api/v1/signup-requests/${req.id}/reject`, {})).statusCode, u).toBe(403);
    }
    expect((await t.anonymous().post(`/api/v1/signup-requests/${req.id}/confirm`, {})).statusCode).toBe(401);
    expect((await personById(s.id)).userId).toBeNull();
  });
});
