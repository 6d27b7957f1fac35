import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  applications,
  batchSittings,
  batches,
  centres,
  colleges,
  courseResults,
  occupations,
  persons,
  requiredCourses,
} from '../../db/schema/index.js';
import { createTestApp, type TestApp, type TestClient } from '../../test/harness.js';

/** R-SCORE-05: direct, process and contest batches get their results from their evidence, with the same sign-off. */

let t: TestApp;
let kaowu: TestClient;
const made = { process: '', direct: '', theory: '', skill: '', directTheory: '' };
const students: string[] = [];

const eligibility = (eligible: boolean) => ({
  levels: [{ level: 4, name: '四级/中级工', eligible, reasons: [] }],
  highest: eligible ? 4 : null,
  reasons: [],
  notes: [],
  at: new Date().toISOString(),
});

beforeAll(async () => {
  t = await createTestApp();
  kaowu = await t.login('kaowu');
  const db = t.database.db;
  const [centre] = await db.select().from(centres);
  const [jd] = await db.select().from(colleges).where(eq(colleges.code, 'JD'));
  const [occ] = await db
    .select()
    .from(occupations)
    .where(and(eq(occupations.edition, '2022'), eq(occupations.code, '6-31-01-03')));
  const batch = async (method: 'process' | 'direct') => {
    const [b] = await db
      .insert(batches)
      .values({
        centreId: centre.id,
        collegeId: jd.id,
        title: `电工（四级）${method === 'process' ? '过程考核' : '免考认定'}测试批次`,
        occupationId: occ.id,
        levels: [4],
        method,
        state: 'examining',
        registrationOpensOn: '2026-09-01',
        registrationClosesOn: '2026-10-01',
        capacity: 50,
      })
      .returning();
    const sittings = await db
      .insert(batchSittings)
      .values([
        {
          batchId: b.id,
          seq: 1,
          kind: 'theory',
          day: '2026-11-20',
          startsAt: '09:00',
          endsAt: '10:30',
          place: '信息楼',
        },
        {
          batchId: b.id,
          seq: 2,
          kind: 'skill',
          day: '2026-11-20',
          startsAt: '14:00',
          endsAt: '16:00',
          place: '实训楼',
        },
      ])
      .returning();
    return { id: b.id, theory: sittings[0].id, skill: sittings[1].id };
  };
  const p = await batch('process');
  const d = await batch('direct');
  Object.assign(made, { process: p.id, theory: p.theory, skill: p.skill, direct: d.id, directTheory: d.theory });
  const people = await db.select({ id: persons.id }).from(persons).limit(3);
  expect(people).toHaveLength(3);
  students.push(...people.map((x) => x.id));
  await db.insert(requiredCourses).values([
    { edition: '2022', occupationCode: '6-31-01-03', courseCode: 'EL101', courseName: '电工基础' },
    { edition: '2022', occupationCode: '6-31-01-03', courseCode: 'EL201', courseName: '电气控制技术' },
  ]);
  // Student 0: theory 70 / 82 (retake 82 counts), practical 88; student 1: no practical results.
  await db.insert(courseResults).values([
    { personId: students[0], courseCode: 'EL101', courseName: '电工基础', part: 'theory', attempt: 'first', score: 70 },
    {
      personId: students[0],
      courseCode: 'EL201',
      courseName: '电气控制技术',
      part: 'theory',
      attempt: 'first',
      score: 55,
    },
    {
      personId: students[0],
      courseCode: 'EL201',
      courseName: '电气控制技术',
      part: 'theory',
      attempt: 'retake',
      score: 82,
    },
    {
      personId: students[0],
      courseCode: 'EL101',
      courseName: '电工基础',
      part: 'practical',
      attempt: 'first',
      score: 88,
    },
    { personId: students[1], courseCode: 'EL101', courseName: '电工基础', part: 'theory', attempt: 'first', score: 65 },
  ]);
  for (const [batchId, i, eligible] of [
    [p.id, 0, true],
    [p.id, 1, true],
    [d.id, 0, true],
    [d.id, 2, false],
  ] as const)
    await db.insert(applications).values({
      batchId,
      personId: students[i],
      collegeId: jd.id,
      level: 4,
      status: 'approved',
      source: 'import',
      feeStatus: 'free',
      eligibility: eligibility(eligible),
      eligible,
    });
}, 120_000);
afterAll(async () => t?.close());

describe('results from evidence', () => {
  it('R-SCORE-05: a process batch scores each part as the mean of the required courses (retake counts), names who lacks them', async () => {
    const before = (await kaowu.get(`/api/v1/scoring/sittings/${made.theory}`)).json();
    expect(before.may.evidence).toBe(true); // the sheet page offers 依据材料生成成绩
    const res = await kaowu.post(`/api/v1/scoring/sittings/${made.theory}/evidence`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().written).toBe(2);
    const skill = await kaowu.post(`/api/v1/scoring/sittings/${made.skill}/evidence`);
    expect(skill.json().written).toBe(1);
    expect(skill.json().missing[0]).toContain('无实践课程成绩');
    const sheet = (await kaowu.get(`/api/v1/scoring/sittings/${made.theory}`)).json();
    expect(sheet.rows.map((r: { score: number }) => r.score).sort()).toEqual([65, 76]);
    expect(sheet.rows[0].sourceName).toBe('依据材料认定');
    const r = (await kaowu.get(`/api/v1/scoring/batches/${made.process}/results`)).json();
    expect(r.counts).toMatchObject({ total: 2, pass: 1, incomplete: 1 });
  });

  it('R-SCORE-05: a direct batch passes on its evidence without a score; an application whose evidence fails is named', async () => {
    const res = await kaowu.post(`/api/v1/scoring/sittings/${made.directTheory}/evidence`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ written: 1 });
    expect(res.json().missing[0]).toContain('报名资格证明不成立');
    const r = (await kaowu.get(`/api/v1/scoring/batches/${made.direct}/results`)).json();
    const passed = r.rows.find((x: { outcome: string }) => x.outcome === 'pass');
    expect(passed).toBeUndefined(); // its skill sitting has no evidence entries yet
    const sheet = (await kaowu.get(`/api/v1/scoring/sittings/${made.directTheory}`)).json();
    const row = sheet.rows.find(
      (x: { score: number | null; sourceName: string }) => x.sourceName === '依据材料认定合格',
    );
    expect(row).toBeDefined();
  });

  it('R-SCORE-05: an exam batch refuses evidence results', async () => {
    const [s] = await t.database.db
      .select({ id: batchSittings.id })
      .from(batchSittings)
      .innerJoin(batches, eq(batches.id, batchSittings.batchId))
      .where(eq(batches.method, 'exam'))
      .limit(1);
    const res = await kaowu.post(`/api/v1/scoring/sittings/${s.id}/evidence`);
    expect(res.statusCode).toBe(409);
    expect((await kaowu.get(`/api/v1/scoring/sittings/${s.id}`)).json().may.evidence).toBe(false);
  });
});
