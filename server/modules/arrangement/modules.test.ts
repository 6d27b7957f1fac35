import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { batches } from '../../db/schema/index.js';
import { createTestApp, type TestApp, type TestClient } from '../../test/harness.js';
import type { ArrangementView } from '../../../shared/arrangement.js';
import { batchBodyFor, okJson } from '../plans/plans.testkit.js';
import {
  EXAM_DAY,
  collegeIdsOf,
  makeCandidates,
  makeStaff,
  makeStaffPerson,
  makeVenues,
} from './arrangement.testkit.js';

/**
 * R-ARR-04 "each exam module ≥1": the modules a batch's sitting has and the modules each examiner can examine are
 * recorded (batch form, examiner form), and the run covers every module or names the one it cannot.
 */

let t: TestApp;
let kaowu: TestClient;
let admin: TestClient;
let JD = '';
let batchId = '';
const SKILL_MODULES = ['电气控制线路安装', '照明电路安装', '故障排除'];
const ELECTRICIAN = { edition: '2022', code: '6-31-01-03', name: '电工' };
const PROGRAMMER = { edition: '2022', code: '4-04-05-01', name: '计算机程序设计员' };
let lastExaminer = { id: '', personId: '' }; // set by beforeEach

async function examiner(
  name: string,
  occupations: { edition: string; code: string; name: string; modules?: string[] }[],
) {
  const personId = await makeStaffPerson(kaowu, name);
  const body = {
    personId,
    grade: 'standard',
    trainingHours: 48,
    skillRelated: false,
    certificateNumber: `KP-MOD-${name}`,
    certificateIssuedOn: '2026-06-01',
    firstExaminingYear: 2019,
    occupations,
  };
  const e = await okJson(kaowu.post('/api/v1/examiners', body));
  return { id: e.id as string, personId, body };
}

beforeEach(async () => {
  t = await createTestApp();
  [kaowu, admin] = [await t.login('kaowu'), await t.login('admin')];
  ({ JD } = await collegeIdsOf(t));
  await makeVenues(kaowu);
  await makeStaff(kaowu, 0);
  await examiner('模块甲', [{ ...ELECTRICIAN, modules: ['电气控制线路安装', '照明电路安装'] }]);
  await examiner('模块乙', [{ ...ELECTRICIAN, modules: ['照明电路安装'] }]);
  // Can examine 故障排除 — but of another occupation: it must not cover the 电工 module of the same name.
  const c = await examiner('模块丙', [
    { ...ELECTRICIAN, modules: [] },
    { ...PROGRAMMER, modules: ['故障排除'] },
  ]);
  lastExaminer = { id: c.id, personId: c.personId };
  const body = batchBodyFor(JD, { examDay: EXAM_DAY, title: '电工模块测试' });
  body.sittings = [body.sittings[0], { ...body.sittings[1], modules: SKILL_MODULES } as (typeof body.sittings)[number]];
  batchId = (await okJson(admin.post('/api/v1/batches', body))).id;
  await t.database.db.update(batches).set({ state: 'reviewed' }).where(eq(batches.id, batchId));
  await makeCandidates(t, batchId, JD, 20, '模块考生');
});
afterEach(async () => t.close());

describe('exam modules', () => {
  it('R-ARR-04: a batch sitting keeps its exam modules; a repeated module is refused naming the field', async () => {
    const b = await okJson(admin.get(`/api/v1/batches/${batchId}`));
    expect(b.sittings.find((s: { kind: string }) => s.kind === 'skill').modules).toEqual(SKILL_MODULES);
    expect(b.sittings.find((s: { kind: string }) => s.kind === 'theory').modules).toEqual([]);
    const bad = batchBodyFor(JD, { examDay: EXAM_DAY, title: '重复模块' });
    bad.sittings = [{ ...bad.sittings[1], modules: ['故障排除', '故障排除'] } as (typeof bad.sittings)[number]];
    const res = await admin.post('/api/v1/batches', bad);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/考试模块：有重复/);
  });

  it('R-ARR-04: a module no examiner of the occupation can examine is named; a module of another occupation does not count', async () => {
    const run: ArrangementView = await okJson(
      kaowu.post('/api/v1/arrangement/runs', { batchIds: [batchId], seed: 'modules' }),
    );
    const skill = run.sittings.find((s) => s.kind === 'skill')!;
    expect(skill.examiners).toHaveLength(3);
    const missing = run.unmet.filter((u) => u.rule === 'R-ARR-04');
    expect(missing).toHaveLength(1);
    expect(missing[0].sittingId).toBe(skill.id);
    expect(missing[0].message).toMatch(/考试模块「故障排除」没有可安排的考评员/);
    expect(missing[0].fix).toMatch(/故障排除/);
    expect(missing[0].message).not.toMatch(/\|/); // the occupation key stays inside the solver
    expect(skill.modules.map((m) => m.name)).toEqual(expect.arrayContaining(SKILL_MODULES));
    expect(
      skill.modules
        .find((m) => m.name === '照明电路安装')!
        .examiners.map((e) => e.name)
        .sort(),
    ).toEqual(['模块乙', '模块甲']);
    expect(run.sittings.find((s) => s.kind === 'theory')!.modules).toEqual([]); // no modules: ≥3 examiners is enough
  });

  it('R-ARR-04: once an examiner of the occupation can examine the module, the run covers every module', async () => {
    const e = (await okJson(kaowu.get(`/api/v1/examiners?keyword=${encodeURIComponent('模块丙')}`))).items[0];
    const body = {
      personId: lastExaminer.personId,
      grade: 'standard',
      trainingHours: 48,
      skillRelated: false,
      certificateNumber: e.certificateNumber,
      certificateIssuedOn: e.certificateIssuedOn,
      firstExaminingYear: 2019,
      occupations: [
        { ...ELECTRICIAN, modules: ['故障排除'] },
        { ...PROGRAMMER, modules: ['故障排除'] },
      ],
    };
    const saved = await okJson(kaowu.put(`/api/v1/examiners/${lastExaminer.id}`, body));
    expect(saved.occupations.find((o: { code: string }) => o.code === ELECTRICIAN.code).modules).toEqual(['故障排除']);
    const run: ArrangementView = await okJson(
      kaowu.post('/api/v1/arrangement/runs', { batchIds: [batchId], seed: 'modules' }),
    );
    expect(run.unmet).toEqual([]);
    const skill = run.sittings.find((s) => s.kind === 'skill')!;
    for (const m of skill.modules) expect(m.examiners.length, m.name).toBeGreaterThan(0);
    expect(skill.modules.find((m) => m.name === '故障排除')!.examiners.map((x) => x.name)).toEqual(['模块丙']);
  });
});
