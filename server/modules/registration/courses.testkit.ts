import ExcelJS from 'exceljs';
import { eq } from 'drizzle-orm';
import { persons } from '../../db/schema/index.js';
import type { TestApp, TestClient } from '../../test/harness.js';
import { personFor, postFile } from '../people/people.testkit.js';

/** Test data of the course results tests (not a test file): results sheets and students with results on record. */

export const COURSE_SHEET_HEAD = ['学号', '身份证号', '姓名', '课程代码', '课程名称', '考核部分', '考试类型', '成绩'];

/** A results sheet as the academic system exports it: a title row above the header. */
export async function courseSheet(rows: (string | number)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('成绩');
  ws.addRow(['2025-2026 学年第一学期 课程成绩单']);
  ws.addRow(COURSE_SHEET_HEAD);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The theory and practical first attempts of one course. */
export const bothParts = (no: string, name: string, code: string, course: string, theory = 80, practical = 80) => [
  [no, '', name, code, course, '理论', '首考', theory],
  [no, '', name, code, course, '实操', '首考', practical],
];

/**
 * A graduating 高职 student of the college (student number `S<seq>`) whose results of the eight required 电工 courses
 * are on record: DG01–DG07 passed, DG08 theory failed at the first attempt (55), its practical passed (75).
 */
export async function buildStudentWithCourses(
  t: TestApp,
  kaowu: TestClient,
  opts: { name: string; seq: number; collegeId: string },
): Promise<string> {
  const no = `S${opts.seq}`;
  const res = await kaowu.post(
    '/api/v1/persons',
    personFor(opts.name, '2004-05-05', opts.seq, {
      kind: 'student',
      collegeId: opts.collegeId,
      className: '电气2301',
      enrolmentYear: 2023,
      educationLevel: 'higher_vocational',
      graduating: true,
    }),
  );
  if (res.statusCode !== 200) throw new Error(res.body);
  const id = res.json().id as string;
  await t.database.db.update(persons).set({ studentNumber: no }).where(eq(persons.id, id));
  const rows = Array.from({ length: 7 }, (_, i) => bothParts(no, opts.name, `DG0${i + 1}`, `电工课程${i + 1}`)).flat();
  rows.push([no, '', opts.name, 'DG08', '电工课程8', '理论', '首考', 55]);
  rows.push([no, '', opts.name, 'DG08', '电工课程8', '实操', '首考', 75]);
  const imported = await postFile(t, kaowu, '/api/v1/courses/import', '成绩.xlsx', await courseSheet(rows));
  if (imported.statusCode !== 200) throw new Error(imported.body);
  return id;
}
