import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db, DbOrTx } from '../../db/client.js';
import { courseResults, requiredCourses } from '../../db/schema/index.js';
import { assertCollegeScope, authorize, collegeFilter, type Actor } from '../../http/access.js';
import { AppError, notFound, type FieldIssue } from '../../http/errors.js';
import type { PiiCipher } from '../../http/pii.js';
import { assertClean, readSheet, writeWorkbook, type SheetColumn } from '../../http/sheet.js';
import { normalizeIdNumber } from '../../../shared/idcard.js';
import type { CourseAttempt, CoursePart } from '../../../shared/eligibility.js';
import type { CourseResultRow } from '../../../shared/courses.js';
import { recordAudit } from '../audit/audit.service.js';
import { candidatesByIdHashes, candidatesByIds, candidatesByStudentNumbers } from '../people/people.reads.js';
import { downloadName } from '../../http/download.js';

/**
 * R-ELIG-04: course results from the academic system (per student, course, part, attempt, score), imported from
 * Excel with the roster's error reporting: every bad cell by row and column, nothing imported while any remains.
 * R-ELIG-03: the courses each occupation requires.
 */

const text = (max: number) => z.string().max(max, `不能超过 ${max} 个字`);
const pick = <T extends string>(names: Record<string, T>, what: string) =>
  z.string().transform((s, ctx) => {
    const v = names[s.replace(/\s/g, '')];
    if (!v) ctx.addIssue({ code: 'custom', message: `${what}应为 ${Object.keys(names).join('、')} 之一` });
    return v;
  });
const scoreCell = z.string().transform((s, ctx) => {
  const n = Number(s);
  if (!/^\d+(\.\d{1,2})?$/.test(s) || n > 100)
    ctx.addIssue({ code: 'custom', message: '成绩应为 0–100 的数字（最多两位小数）' });
  return n;
});

export const courseColumns: SheetColumn[] = [
  { key: 'studentNumber', headers: ['学号'], textOnly: true, schema: text(30) },
  { key: 'idNumber', headers: ['身份证号', '身份证号码', '证件号码'], textOnly: true, schema: text(40) },
  { key: 'name', headers: ['姓名'], schema: text(30) },
  { key: 'courseCode', headers: ['课程代码', '课程编号'], required: true, schema: text(30) },
  { key: 'courseName', headers: ['课程名称'], required: true, schema: text(60) },
  {
    key: 'part',
    headers: ['考核部分', '考核类型'],
    required: true,
    schema: pick(
      { 理论: 'theory', 理论考试: 'theory', 实操: 'practical', 技能操作: 'practical', 实操考核: 'practical' },
      '考核部分',
    ),
  },
  {
    key: 'attempt',
    headers: ['考试类型', '考试性质'],
    required: true,
    schema: pick({ 首考: 'first', 正考: 'first', 补考: 'retake' }, '考试类型'),
  },
  { key: 'score', headers: ['成绩', '分数'], required: true, schema: scoreCell },
  { key: 'term', headers: ['学期'], schema: text(20) },
];

type Planned = {
  row: number;
  personId: string;
  courseCode: string;
  courseName: string;
  part: CoursePart;
  attempt: CourseAttempt;
  score: number;
  term: string | null;
};

/** R-ELIG-04: imports course results; a college clerk only for students of its own college (R-ORG-07). */
export async function importCourseResults(db: Db, opts: { actor: Actor | null; pii: PiiCipher; bytes: Buffer }) {
  authorize(opts.actor, 'courses.import');
  const actor = opts.actor;
  const sheet = await readSheet(opts.bytes, { columns: courseColumns, maxRows: 50_000 });
  const issues: FieldIssue[] = [...sheet.issues];
  const bad = new Set(sheet.issues.map((i) => i.row));
  const letters = sheet.columnLetters;
  const letter = (key: string) => ({ c: courseColumns.find((x) => x.key === key)!, l: letters.get(key) });
  const at = (row: number, key: string, message: string) => {
    const { c, l } = letter(key);
    issues.push({
      row,
      column: l,
      field: key,
      message: `第 ${row} 行${l ? ` ${l} 列` : ''}（${c.headers[0]}）：${message}`,
    });
  };

  // Students by 学号 and by ID number, in two queries (not one per row).
  const numbers = [...new Set(sheet.rows.map((r) => r.values.studentNumber as string).filter(Boolean))];
  const hashes = [
    ...new Set(
      sheet.rows
        .map((r) => r.values.idNumber as string)
        .filter(Boolean)
        .map((n) => opts.pii.lookupHash('resident', normalizeIdNumber('resident', n))),
    ),
  ];
  const byNumber = new Map((await candidatesByStudentNumbers(db, numbers)).map((p) => [p.studentNumber!, p]));
  const byHash = new Map(
    (await candidatesByIdHashes(db, hashes)).filter((p) => p.idType === 'resident').map((p) => [p.idHash, p]),
  );
  const only = collegeFilter(actor);

  const planned: Planned[] = [];
  const seen = new Map<string, number>();
  for (const r of sheet.rows) {
    if (bad.has(r.rowNumber)) continue;
    const v = r.values as Record<string, string | number>;
    const number = v.studentNumber as string;
    const idNumber = v.idNumber as string;
    if (!number && !idNumber) {
      at(r.rowNumber, 'studentNumber', '学号和身份证号至少填写一项');
      continue;
    }
    const p = number
      ? byNumber.get(number)
      : byHash.get(opts.pii.lookupHash('resident', normalizeIdNumber('resident', idNumber)));
    const key = number ? 'studentNumber' : 'idNumber';
    // R-ORG-07: another college's student reads as unknown, as everywhere else.
    if (!p || (only && p.collegeId !== only)) {
      at(
        r.rowNumber,
        key,
        number
          ? `找不到学号为 ${number} 的${only ? '本学院' : ''}学生`
          : `找不到该身份证号的${only ? '本学院' : ''}学生`,
      );
      continue;
    }
    if (p.kind !== 'student') {
      at(r.rowNumber, key, `${p.name} 不是在校学生`);
      continue;
    }
    if (v.name && v.name !== p.name) {
      at(r.rowNumber, 'name', `与系统中的姓名“${p.name}”不一致`);
      continue;
    }
    const dup = `${p.id}|${v.courseCode}|${v.part}|${v.attempt}`;
    if (seen.has(dup)) {
      at(r.rowNumber, 'attempt', `与第 ${seen.get(dup)} 行重复（同一学生、课程、考核部分只能有一次首考和一次补考）`);
      continue;
    }
    seen.set(dup, r.rowNumber);
    planned.push({
      row: r.rowNumber,
      personId: p.id,
      courseCode: String(v.courseCode),
      courseName: String(v.courseName),
      part: v.part as CoursePart, // the cell's schema gives one of the two
      attempt: v.attempt as CourseAttempt,
      score: Number(v.score),
      term: (v.term as string) || null,
    });
  }

  // R-ELIG-04: a retake needs a failed first attempt, in this file or already on record.
  const retakes = planned.filter((p) => p.attempt === 'retake');
  const firsts = new Map(
    planned.filter((p) => p.attempt === 'first').map((p) => [`${p.personId}|${p.courseCode}|${p.part}`, p.score]),
  );
  if (retakes.length) {
    const stored = await db
      .select({
        personId: courseResults.personId,
        courseCode: courseResults.courseCode,
        part: courseResults.part,
        score: courseResults.score,
      })
      .from(courseResults)
      .where(
        and(
          eq(courseResults.attempt, 'first'),
          inArray(courseResults.personId, [...new Set(retakes.map((r) => r.personId))]),
        ),
      );
    for (const s of stored)
      if (!firsts.has(`${s.personId}|${s.courseCode}|${s.part}`))
        firsts.set(`${s.personId}|${s.courseCode}|${s.part}`, s.score);
    for (const r of retakes) {
      const first = firsts.get(`${r.personId}|${r.courseCode}|${r.part}`);
      if (first === undefined) at(r.row, 'attempt', '补考成绩须有同一课程、考核部分的首考成绩');
      else if (first >= 60) at(r.row, 'attempt', `首考成绩 ${first} 分已合格，不应有补考成绩`);
    }
  }
  assertClean(issues);

  return db.transaction(async (tx) => {
    let created = 0;
    let updated = 0;
    for (let i = 0; i < planned.length; i += 1000) {
      const chunk = planned.slice(i, i + 1000).map(({ row: _row, ...p }) => p);
      const rows = await tx
        .insert(courseResults)
        .values(chunk)
        .onConflictDoUpdate({
          target: [courseResults.personId, courseResults.courseCode, courseResults.part, courseResults.attempt],
          set: {
            courseName: sql`excluded.course_name`,
            score: sql`excluded.score`,
            term: sql`excluded.term`,
            importedAt: sql`now()`,
          },
        })
        .returning({ inserted: sql<boolean>`(xmax = 0)` });
      for (const r of rows) {
        if (r.inserted) created++;
        else updated++;
      }
    }
    const personsCount = new Set(planned.map((p) => p.personId)).size;
    await recordAudit(tx, actor, {
      action: 'import',
      entity: 'course_results',
      entityId: actor.collegeId ?? 'centre',
      after: { rows: planned.length, created, updated, persons: personsCount },
    });
    return { rows: planned.length, created, updated, persons: personsCount };
  });
}

/** The course-results template: the header row (text-formatted) and a sheet of notes. */
export async function courseTemplate(opts: { actor: Actor | null }) {
  authorize(opts.actor, 'courses.import');
  const notes: Record<string, string> = {
    studentNumber: '学号与身份证号至少填写一项；单元格须为“文本”格式',
    idNumber: '学号与身份证号至少填写一项；单元格须为“文本”格式',
    name: '选填；填写时须与系统中的姓名一致',
    courseCode: '必填：教务系统中的课程代码',
    courseName: '必填',
    part: '必填：理论 / 实操（一门课程的理论和实操各占一行）',
    attempt: '必填：首考 / 补考（只允许补考一次，补考须有不及格的首考成绩）',
    score: '必填：0–100，60 分及以上为合格',
    term: '选填：如 2025-2026-1',
  };
  const bytes = await writeWorkbook([
    {
      name: '课程成绩',
      columns: courseColumns.map((c) => ({
        header: c.headers[0],
        key: c.key,
        width: Math.max(12, c.headers[0].length * 2 + 4),
      })),
      rows: [],
    },
    {
      name: '填写说明',
      columns: [
        { header: '列名', key: 'header', width: 16 },
        { header: '说明', key: 'note', width: 70 },
      ],
      rows: courseColumns.map((c) => ({ header: c.headers[0], note: notes[c.key] ?? '选填' })),
    },
  ]);
  return { bytes, fileName: downloadName(null, '课程成绩导入模板', 'xlsx') };
}

/** The person a course or eligibility request concerns, within the actor's college scope (R-ORG-07). */
export async function scopedPerson(db: DbOrTx, actor: Actor, personId: string) {
  const [p] = await candidatesByIds(db, [personId]);
  if (!p) throw notFound('人员');
  assertCollegeScope(actor, p.collegeId, '人员');
  return p;
}

export async function listCourseResults(
  db: Db,
  opts: { actor: Actor | null; personId: string },
): Promise<{ items: CourseResultRow[] }> {
  authorize(opts.actor, 'courses.read');
  await scopedPerson(db, opts.actor, opts.personId);
  const rows = await db
    .select()
    .from(courseResults)
    .where(eq(courseResults.personId, opts.personId))
    .orderBy(asc(courseResults.courseCode), asc(courseResults.part), asc(courseResults.attempt));
  return {
    items: rows.map((r) => ({
      ...r,
      importedAt: r.importedAt.toISOString(),
    })),
  };
}

export async function loadRequiredCourses(db: DbOrTx, occupation: { edition: string; code: string }) {
  return db
    .select({
      courseCode: requiredCourses.courseCode,
      courseName: requiredCourses.courseName,
      related: requiredCourses.related,
    })
    .from(requiredCourses)
    .where(and(eq(requiredCourses.edition, occupation.edition), eq(requiredCourses.occupationCode, occupation.code)))
    .orderBy(asc(requiredCourses.courseCode));
}

export async function getRequiredCourses(db: Db, opts: { actor: Actor | null; edition: string; code: string }) {
  authorize(opts.actor, 'courses.read');
  return { items: await loadRequiredCourses(db, opts) };
}

/** R-ELIG-03: replaces the required courses of an occupation (应修课程, from the 人才培养方案). */
export async function setRequiredCourses(
  db: Db,
  opts: {
    actor: Actor | null;
    edition: string;
    code: string;
    courses: { courseCode: string; courseName: string; related: boolean }[];
  },
) {
  authorize(opts.actor, 'catalogue.manage');
  const actor = opts.actor;
  const codes = opts.courses.map((c) => c.courseCode);
  const dup = codes.find((c, i) => codes.indexOf(c) !== i);
  if (dup) throw new AppError('VALIDATION', `课程代码：${dup} 重复`, [{ field: 'courses', message: `${dup} 重复` }]);
  return db.transaction(async (tx) => {
    const where = and(eq(requiredCourses.edition, opts.edition), eq(requiredCourses.occupationCode, opts.code));
    const before = await tx.select().from(requiredCourses).where(where);
    await tx.delete(requiredCourses).where(where);
    if (opts.courses.length)
      await tx
        .insert(requiredCourses)
        .values(opts.courses.map((c) => ({ ...c, edition: opts.edition, occupationCode: opts.code })));
    await recordAudit(tx, actor, {
      action: 'update',
      entity: 'required_courses',
      entityId: `${opts.edition}:${opts.code}`,
      before,
      after: opts.courses,
    });
    return { items: await loadRequiredCourses(tx, opts) };
  });
}
