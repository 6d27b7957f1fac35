import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp, type TestClient } from '../../test/harness.js';
import { candidateBans, colleges, courseResults, persons } from '../../db/schema/index.js';
import { makeIdNumber, personFor, postFile } from '../people/people.testkit.js';
import {
  bothParts as both,
  buildStudentWithCourses,
  COURSE_SHEET_HEAD,
  courseSheet as sheet,
} from './courses.testkit.js';

let t: TestApp;
let kaowu: TestClient;
let jidian: TestClient;
let JD = '';
let XX = '';
const ids: Record<string, string> = {};

const ELEC = { edition: '2022', code: '6-31-01-03' };
const COURSES = Array.from({ length: 8 }, (_, i) => ({
  courseCode: `DG0${i + 1}`,
  courseName: `电工课程${i + 1}`,
  related: true,
}));

// A fresh database and data per case: cases write, and each must stand alone.
beforeEach(async () => {
  t = await createTestApp();
  kaowu = await t.login('kaowu');
  jidian = await t.login('jidian');
  const cs = await t.database.db.select().from(colleges);
  JD = cs.find((c) => c.code === 'JD')!.id;
  XX = cs.find((c) => c.code === 'XX')!.id;
  const student = async (key: string, seq: number, college: string, extra: Record<string, unknown> = {}) => {
    const res = await kaowu.post(
      '/api/v1/persons',
      personFor(`学生${key}`, '2004-05-05', seq, {
        kind: 'student',
        collegeId: college,
        className: '电气2301',
        enrolmentYear: 2023,
        educationLevel: 'higher_vocational',
        graduating: true,
        ...extra,
      }),
    );
    if (res.statusCode !== 200) throw new Error(res.body);
    ids[key] = res.json().id;
    await t.database.db
      .update(persons)
      .set({ studentNumber: `S${seq}` })
      .where(eq(persons.id, ids[key]));
  };
  await student('甲', 701, JD);
  await student('乙', 703, JD);
  await student('丙', 705, XX);
  await student('丁', 707, JD, { graduating: false, enrolmentYear: 2024 });
  const res = await kaowu.put('/api/v1/courses/required', { ...ELEC, courses: COURSES });
  if (res.statusCode !== 200) throw new Error(res.body);
});
afterEach(async () => t.close());

describe('R-ELIG-04: course results import', () => {
  it('R-ELIG-04: bad rows are reported by row and column in Chinese, and nothing is imported', async () => {
    const bytes = await sheet([
      ...both('S701', '学生甲', 'DG01', '电工课程1'),
      ['S999', '', '', 'DG02', '电工课程2', '理论', '首考', 70], // row 5: unknown student
      ['S701', '', '', 'DG02', '电工课程2', '笔试', '首考', 70], // row 6: bad part
      ['S701', '', '', 'DG02', '电工课程2', '理论', '首考', 101], // row 7: bad score
      ['S703', '', '', 'DG02', '电工课程2', '理论', '补考', 70], // row 8: retake without first attempt
      ['S701', '', '', 'DG01', '电工课程1', '理论', '首考', 90], // row 9: duplicate of row 3
    ]);
    const res = await postFile(t, kaowu, '/api/v1/courses/import', '成绩.xlsx', bytes);
    expect(res.statusCode).toBe(400);
    const messages = (res.json().error.details as { message: string }[]).map((d) => d.message).join('\n');
    expect(messages).toMatch(/第 5 行 A 列（学号）：找不到学号为 S999 的学生/);
    expect(messages).toMatch(/第 6 行 F 列（考核部分）：考核部分应为 理论/);
    expect(messages).toMatch(/第 7 行 H 列（成绩）：成绩应为 0–100/);
    expect(messages).toMatch(/第 8 行 G 列（考试类型）：补考成绩须有同一课程、考核部分的首考成绩/);
    expect(messages).toMatch(/第 9 行 G 列（考试类型）：与第 3 行重复/);
    expect(await t.database.db.select().from(courseResults)).toHaveLength(0);
  });

  it('R-ELIG-04: a clean file imports every row (by 学号 or 身份证号); a re-import updates the scores', async () => {
    const rows = [...COURSES.slice(0, 7).flatMap((c) => both('S701', '学生甲', c.courseCode, c.courseName))];
    rows.push(['', makeIdNumber('2004-05-05', 701), '学生甲', 'DG08', '电工课程8', '理论', '首考', 55]);
    rows.push(['', makeIdNumber('2004-05-05', 701), '学生甲', 'DG08', '电工课程8', '实操', '首考', 75]);
    const res = await postFile(t, kaowu, '/api/v1/courses/import', '成绩.xlsx', await sheet(rows));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ rows: 16, created: 16, updated: 0, persons: 1 });
    const again = await postFile(
      t,
      kaowu,
      '/api/v1/courses/import',
      '成绩.xlsx',
      await sheet([['S701', '', '', 'DG08', '电工课程8', '实操', '首考', 76]]),
    );
    expect(again.json()).toMatchObject({ created: 0, updated: 1 });
    const list = await kaowu.get(`/api/v1/courses/results?personId=${ids['甲']}`);
    expect(list.json().items).toHaveLength(16);
  });

  it("R-ELIG-04: a college clerk imports for its own college's students only", async () => {
    const res = await postFile(
      t,
      jidian,
      '/api/v1/courses/import',
      '成绩.xlsx',
      await sheet(both('S705', '学生丙', 'DG01', '电工课程1')),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/找不到学号为 S705 的本学院学生/);
    expect((await jidian.get(`/api/v1/courses/results?personId=${ids['丙']}`)).statusCode).toBe(404);
    const own = await postFile(
      t,
      jidian,
      '/api/v1/courses/import',
      '成绩.xlsx',
      await sheet(both('S703', '学生乙', 'DG01', '电工课程1', 40, 70)),
    );
    expect(own.statusCode, own.body).toBe(200);
  });

  it('R-ELIG-04: the template downloads with the Chinese headers', async () => {
    const res = await jidian.get('/api/v1/courses/template');
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect((wb.worksheets[0].getRow(1).values as string[]).slice(1, 9)).toEqual(COURSE_SHEET_HEAD);
  });
});

describe('R-ELIG-00…07: the eligibility check on stored facts', () => {
  const check = (c: TestClient, body: Record<string, unknown>) =>
    c.post('/api/v1/eligibility/check', { occupation: ELEC, batchDate: '2026-06-01', ...body });

  it('R-ELIG-03: process method with the 8th course failed at the first attempt: standard rule refuses, Zhoukou gives level 4', async () => {
    const id = await buildStudentWithCourses(t, kaowu, { name: '学生戊', seq: 711, collegeId: JD });
    const std = await check(kaowu, { personId: id, method: 'process' });
    expect(std.statusCode, std.body).toBe(200);
    expect(std.json().highest).toBeNull();
    expect(JSON.stringify(std.json().reasons)).toMatch(/电工课程8：理论首考 55 分不及格，尚无补考成绩/);
    const zk = await check(kaowu, { personId: id, method: 'process', zhoukou: true });
    expect(zk.json().highest).toBe(4);
    // R-REG-03: the demo scope for 电工 is levels 3 and 4 only.
    expect(
      zk
        .json()
        .levels.filter((l: { eligible: boolean }) => l.eligible)
        .map((l: { level: number }) => l.level),
    ).toEqual([4]);
  });

  it('R-ELIG-04: after a passed retake the standard rule gives level 3', async () => {
    const id = await buildStudentWithCourses(t, kaowu, { name: '学生己', seq: 713, collegeId: JD });
    const res = await postFile(
      t,
      kaowu,
      '/api/v1/courses/import',
      '成绩.xlsx',
      await sheet([['S713', '', '', 'DG08', '电工课程8', '理论', '补考', 62]]),
    );
    expect(res.statusCode, res.body).toBe(200);
    const std = await check(kaowu, { personId: id, method: 'process', levels: [3, 4] });
    expect(std.json().highest).toBe(3);
    expect(std.json().levels[2].reasons.map((r: { rule: string }) => r.rule)).toEqual(
      expect.arrayContaining(['R-REG-03', 'R-ELIG-03', 'R-ELIG-04', 'R-ELIG-07']),
    );
  });

  it('R-ELIG-01 / R-ELIG-07: exam method from the person record; a ban recorded in candidate_bans refuses', async () => {
    expect((await check(kaowu, { personId: ids['乙'], method: 'exam' })).json().highest).toBe(3);
    expect((await check(kaowu, { personId: ids['丁'], method: 'exam' })).json().highest).toBeNull();
    await t.database.db.insert(candidateBans).values([
      { personId: ids['乙'], until: '2026-03-01', reason: '旧记录' },
      { personId: ids['乙'], until: '2026-07-01', reason: '替考' },
    ]);
    const banned = await check(kaowu, { personId: ids['乙'], method: 'exam' });
    expect(banned.json().highest).toBeNull();
    expect(banned.json().levels[2].reasons[0]).toMatchObject({ rule: 'R-ELIG-07', ok: false });
    expect(banned.json().levels[2].reasons[0].text).toMatch(/替考.*2026-07-01/);
    // R-ELIG-07: the ban ends at graduation (the latest `until`).
    expect((await check(kaowu, { personId: ids['乙'], method: 'exam', batchDate: '2026-07-01' })).json().highest).toBe(
      3,
    );
  });

  it("R-ORG-07: a clerk checks its own college's students only", async () => {
    expect((await check(jidian, { personId: ids['乙'], method: 'exam' })).statusCode).toBe(200);
    expect((await check(jidian, { personId: ids['丙'], method: 'exam' })).statusCode).toBe(404);
  });
});
