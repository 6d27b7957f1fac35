import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { createTestApp, type TestApp, type TestClient } from '../../test/harness.js';
import { auditLog, colleges, examStaff } from '../../db/schema/index.js';
import { personFor } from './people.testkit.js';
import { eligibleExaminers } from './people.reads.js';
import { conflictsBetween, hasConflict } from './conflicts.service.js';
import { isBarredFromExamDuty } from './misconduct.service.js';
import { chinaToday } from '../../../shared/dates.js';

let t: TestApp;
let kaowu: TestClient;
let JD = '';
const today = chinaToday();
const shift = (days: number, years = 0) => {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};
const thisYear = Number(today.slice(0, 4));
let seq = 101;
async function newPerson(name: string, extra: Record<string, unknown> = {}, birth = '1975-05-05') {
  const res = await kaowu.post('/api/v1/persons', personFor(name, birth, seq, extra));
  seq += 2;
  expect(res.statusCode, res.body).toBe(200);
  return res.json().id as string;
}
const occ = [{ edition: '2022', code: '6-31-01-03', name: '电工' }];
const examinerBody = (personId: string, extra: Record<string, unknown> = {}) => ({
  personId,
  grade: 'standard',
  trainingHours: 48,
  skillRelated: true,
  certificateNumber: `KP${seq}`,
  certificateIssuedOn: shift(-10),
  firstExaminingYear: thisYear - 4,
  occupations: occ,
  ...extra,
});

beforeAll(async () => {
  t = await createTestApp();
  kaowu = await t.login('kaowu');
  JD = (await t.database.db.select().from(colleges)).find((c) => c.code === 'JD')!.id;
});
afterAll(async () => t.close());

describe('R-PPL-04/05: examiners', () => {
  it('R-PPL-04: an intermediate title with a level-4 skill qualifies as a standard examiner; validity is 3 years', async () => {
    const p = await newPerson('中级职称', { titleSeries: '高校教师', titleGrade: 'intermediate', skillLevel: 4 });
    const res = await kaowu.post('/api/v1/examiners', examinerBody(p, { certificateIssuedOn: '2026-03-01' }));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      grade: 'standard',
      certificateValidUntil: '2029-02-28',
      qualificationProblems: [],
    });
  });
  it('R-PPL-04: a level-4 skill without a title is refused, as is a senior examiner with an intermediate title', async () => {
    const p = await newPerson('四级工', { skillLevel: 4 });
    const res = await kaowu.post('/api/v1/examiners', examinerBody(p));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/高级工（三级）/);
    const q = await newPerson('中级想高级', { titleSeries: '工程', titleGrade: 'intermediate' });
    expect((await kaowu.post('/api/v1/examiners', examinerBody(q, { grade: 'senior' }))).json().error.message).toMatch(
      /高级考评员/,
    );
  });
  it('R-PPL-04: occupation codes are checked (format; and the catalogue where it is loaded)', async () => {
    const p = await newPerson('编码错', { titleSeries: '工程', titleGrade: 'senior' });
    const res = await kaowu.post(
      '/api/v1/examiners',
      examinerBody(p, { occupations: [{ edition: '2022', code: '6310103', name: '电工' }] }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/N-NN-NN-NN/);
  });
  it('R-PPL-05: a standard examiner cannot take level 2; a senior one can (eligibleExaminers for the arrangement)', async () => {
    const std = await newPerson('标准考评员', { titleSeries: '工程', titleGrade: 'intermediate' });
    const sen = await newPerson('高级考评员', { titleSeries: '工程', titleGrade: 'senior' });
    await kaowu.post(
      '/api/v1/examiners',
      examinerBody(std, { occupations: [{ edition: '2022', code: '4-04-05-01', name: '测试职业' }] }),
    );
    await kaowu.post(
      '/api/v1/examiners',
      examinerBody(sen, { grade: 'senior', occupations: [{ edition: '2022', code: '4-04-05-01', name: '测试职业' }] }),
    );
    const names = async (level: number) =>
      (await eligibleExaminers(t.database.db, { edition: '2022', occupationCode: '4-04-05-01', level, on: today }))
        .map((e) => e.name)
        .sort();
    expect(await names(2)).toEqual(['高级考评员']);
    expect(await names(3)).toEqual(['高级考评员', '标准考评员'].sort());
    expect(
      await eligibleExaminers(t.database.db, {
        edition: '2022',
        occupationCode: '4-04-05-01',
        level: 3,
        on: shift(0, 4),
      }),
    ).toEqual([]);
  });
});

describe('R-PPL-06/07: supervisors and experts', () => {
  it('R-PPL-06: a supervisor with 2 years of examining is refused; 3 years accepted; disqualification is recorded', async () => {
    const p = await newPerson('督导候选');
    const refused = await kaowu.post('/api/v1/supervisors', {
      personId: p,
      basis: 'examiner',
      basisYears: 2,
      certificateNumber: 'DD1',
      certificateIssuedOn: today,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toMatch(/3 年以上/);
    const ok = await kaowu.post('/api/v1/supervisors', {
      personId: p,
      basis: 'examiner',
      basisYears: 3,
      certificateNumber: 'DD1',
      certificateIssuedOn: today,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const dq = await kaowu.post(`/api/v1/supervisors/${ok.json().id}/disqualify`, {
      reason: 'dereliction',
      note: '未按时提交督导报告',
    });
    expect(dq.json()).toMatchObject({ disqualified: true, validity: 'revoked', disqualificationReason: 'dereliction' });
  });
  it('R-PPL-07: an expert aged 66 is refused with the setting at 65, accepted once the setting is 70', async () => {
    const birth = `${thisYear - 66}-01-01`;
    const p = await newPerson('老专家', { titleSeries: '工程', titleGrade: 'senior' }, birth);
    const body = {
      personId: p,
      occupation: occ[0],
      leader: false,
      examiningYears: 5,
      newOccupation: false,
      termStart: `${thisYear}-06-01`,
    };
    const res = await kaowu.post('/api/v1/experts', body);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/不超过 65 周岁（当前 66 周岁）/);
    expect((await kaowu.put('/api/v1/people/settings', { expertMaxAge: 70, reminderDays: 90 })).statusCode).toBe(200);
    const ok = await kaowu.post('/api/v1/experts', body);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().termEnd).toBe(`${thisYear + 3}-05-31`);
    await kaowu.put('/api/v1/people/settings', { expertMaxAge: 65, reminderDays: 90 });
  });
  it('R-PPL-07: a group leader with 2 years of examining is refused unless a senior examiner', async () => {
    const p = await newPerson('组长候选', { titleSeries: '工程', titleGrade: 'senior' });
    const body = {
      personId: p,
      occupation: occ[0],
      leader: true,
      examiningYears: 2,
      newOccupation: false,
      termStart: today,
    };
    expect((await kaowu.post('/api/v1/experts', body)).json().error.message).toMatch(/组长/);
    await kaowu.post('/api/v1/examiners', examinerBody(p, { grade: 'senior' }));
    expect((await kaowu.post('/api/v1/experts', body)).statusCode).toBe(200);
  });
});

describe('expiry reminders', () => {
  it('an examiner certificate expiring within 90 days appears in the list and on the home page of the centre staff', async () => {
    const p = await newPerson('快到期', { titleSeries: '工程', titleGrade: 'senior' });
    // Issued 3 years minus 30 days ago: valid for about 29 more days.
    await kaowu.post('/api/v1/examiners', examinerBody(p, { certificateIssuedOn: shift(30, -3) }));
    const list = await kaowu.get('/api/v1/reminders/expiring');
    const item = list.json().items.find((i: { name: string }) => i.name === '快到期');
    expect(item).toMatchObject({ kind: 'examiner', daysLeft: 29 });
    const home = await (await t.login('zhuren')).get('/api/v1/home');
    expect(
      home
        .json()
        .reminders.map((r: { text: string }) => r.text)
        .join(),
    ).toMatch(/90 天内到期：.*快到期/);
    const clerkHome = await (await t.login('jidian')).get('/api/v1/home');
    expect(clerkHome.body).not.toContain('快到期');
  });
});

describe('R-PPL-08: conflicts', () => {
  it('R-PPL-08: a relative entered by hand, and every student of a class the teacher teaches', async () => {
    const teacher = await newPerson('班主任');
    const relative = await newPerson('亲属考生', { kind: 'social' });
    const studentOf = await newPerson('本班学生', {
      kind: 'student',
      collegeId: JD,
      className: '电气2401',
      enrolmentYear: 2024,
      educationLevel: 'higher_vocational',
    });
    const otherClass = await newPerson('别班学生', {
      kind: 'student',
      collegeId: JD,
      className: '电气2402',
      enrolmentYear: 2024,
      educationLevel: 'higher_vocational',
    });
    expect(
      (
        await kaowu.post('/api/v1/conflicts', {
          staffPersonId: teacher,
          candidatePersonId: relative,
          relation: 'relative',
          note: '表弟',
        })
      ).statusCode,
    ).toBe(200);
    const tc = await kaowu.post('/api/v1/teacher-classes', {
      teacherPersonId: teacher,
      collegeId: JD,
      className: '电气2401',
      enrolmentYear: 2024,
    });
    expect(tc.json()).toMatchObject({ studentCount: 1, collegeName: '机电工程学院' });
    const pairs = await conflictsBetween(t.database.db, [teacher], [relative, studentOf, otherClass]);
    expect(pairs.map((p) => [p.candidatePersonId, p.relation, p.source]).sort()).toEqual(
      [
        [relative, 'relative', 'manual'],
        [studentOf, 'teacher', 'class'],
      ].sort(),
    );
    expect(await hasConflict(t.database.db, teacher, otherClass)).toBe(false);
    // A student added to the class later is covered without re-entering anything.
    const later = await newPerson('插班生', {
      kind: 'student',
      collegeId: JD,
      className: '电气2401',
      enrolmentYear: 2024,
      educationLevel: 'higher_vocational',
    });
    expect(await hasConflict(t.database.db, teacher, later)).toBe(true);
    const list = await kaowu.get(`/api/v1/conflicts?personId=${teacher}`);
    expect(list.json().total).toBe(3);
  });
});

describe('R-PPL-09: appraisal', () => {
  it('R-PPL-09: two missed batches in a row ⇒ 不合格; two 不合格 years in one term ⇒ dismissed, audited; the table exports', async () => {
    const p = await newPerson('常缺席', { titleSeries: '工程', titleGrade: 'senior' });
    const ex = (
      await kaowu.post(
        '/api/v1/examiners',
        examinerBody(p, { certificateIssuedOn: '2024-01-10', termStart: '2024-01-10' }),
      )
    ).json();
    const score = (batchRef: string, batchDate: string, attended: boolean, s?: number) =>
      kaowu.post('/api/v1/appraisals/scores', { examinerId: ex.id, batchRef, batchDate, attended, score: s });
    expect((await score('2024-1', '2024-04-01', true, 95)).statusCode).toBe(200);
    await score('2024-2', '2024-06-01', false);
    await score('2024-3', '2024-09-01', false);
    const y2024 = await kaowu.get('/api/v1/appraisals?year=2024');
    const row = y2024.json().items.find((r: { examinerId: string }) => r.examinerId === ex.id);
    expect(row).toMatchObject({ average: 95, grade: 'fail', reason: '连续两次未按要求参加考评工作' });
    const fin2024 = await kaowu.post('/api/v1/appraisals/finalize', { year: 2024 });
    expect(fin2024.json().dismissed.map((d: { name: string }) => d.name)).not.toContain('常缺席');
    // 2025: no batch at all ⇒ 不合格, the second in the term ⇒ dismissal.
    const fin = await kaowu.post('/api/v1/appraisals/finalize', { year: 2025 });
    // (the examiner of the reminder test above, in service since 2023 with no batch at all, is dismissed too)
    expect(fin.json().dismissed).toContainEqual({ examinerId: ex.id, name: '常缺席' });
    const after = (await kaowu.get(`/api/v1/persons/${p}`)).json();
    expect(after.examiner).toMatchObject({ dismissed: true, validity: 'revoked' });
    expect(after.roles).not.toContain('examiner');
    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, ex.id));
    expect(audit.map((a) => a.action)).toContain('dismiss');
    const xlsx = await kaowu.get('/api/v1/appraisals/export?year=2024');
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws.getRow(2).values).toContain('考核等次');
    const names = ws.getColumn(2).values.map(String);
    expect(names).toContain('常缺席');
  });
});

describe('R-PPL-10: misconduct', () => {
  it('R-PPL-10: a listed act ends exam duties; an appeal that is upheld keeps them ended, overturned restores them', async () => {
    const p = await newPerson('监考甲');
    expect((await kaowu.post('/api/v1/exam-staff', { personId: p, role: 'proctor' })).statusCode).toBe(200);
    const rec = await kaowu.post('/api/v1/misconduct', {
      personId: p,
      act: 'item_leak',
      occurredOn: today,
      description: '考前向考生透露试题',
      evidenceFileIds: [],
    });
    expect(rec.statusCode, rec.body).toBe(200);
    const [row] = await t.database.db.select().from(examStaff).where(eq(examStaff.personId, p));
    expect(row).toMatchObject({ active: false, endedReason: '违纪：泄露试题内容' });
    expect(await isBarredFromExamDuty(t.database.db, p)).toBe(true);
    expect((await kaowu.post('/api/v1/exam-staff', { personId: p, role: 'proctor' })).statusCode).toBe(409);
    const id = rec.json().id;
    expect((await kaowu.post(`/api/v1/misconduct/${id}/appeal`, { text: '系误会' })).json().appealStatus).toBe(
      'pending',
    );
    const decided = await kaowu.post(`/api/v1/misconduct/${id}/decision`, {
      outcome: 'overturned',
      note: '经纪检监察部门复核，证据不足',
    });
    expect(decided.json().appealStatus).toBe('overturned');
    expect(await isBarredFromExamDuty(t.database.db, p)).toBe(false);
    const [again] = await t.database.db.select().from(examStaff).where(eq(examStaff.personId, p));
    expect(again.active).toBe(true);
  });
});
