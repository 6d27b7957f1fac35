import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { candidateBans, conflicts, persons, scoreEntries, scoreSheets, users } from '../../db/schema/index.js';
import { createTestApp, type TestApp, type TestClient } from '../../test/harness.js';
import type { MarkStep, MarkingView } from '../../../shared/scoring.js';
import { violationNoticesOfPersons } from './scoring.reads.js';
import { makeScoringBatch, recordTestViolation, resultWorkbook, type ScoringFixture } from './scoring.testkit.js';

/** R-SCORE-01…04, R-VIOL-01…04 applied, R-ELIG-07, R-PPL-08, R-SUP-03 through the HTTP API on the demo's batch. */

let t: TestApp;
let f: ScoringFixture;
let kaowu: TestClient;
let zhuren: TestClient;
let leader: TestClient;
let second: TestClient;
let third: TestClient;
let dudao: TestClient;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'scoring-test-'));

beforeAll(async () => {
  t = await createTestApp();
  f = await makeScoringBatch(t);
  [kaowu, zhuren, leader, second, third, dudao] = await Promise.all(
    ['kaowu', 'zhuren', 'kaopingyuan', 'kaoping2', 'kaoping3', 'dudao'].map((u) => t.login(u)),
  );
}, 300_000); // the demo arrangement and bank are built through their services: slow on a loaded machine
afterAll(async () => {
  await t?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const sheetUrl = (id: string, tail = '') => `/api/v1/scoring/sittings/${id}${tail}`;
const markUrl = (applicationId: string, tail = '') => `/api/v1/scoring/marking/${f.skillId}/${applicationId}${tail}`;

function pdfText(bytes: Buffer): string {
  const file = path.join(tmp, `${Math.random().toString(36).slice(2)}.pdf`);
  fs.writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

async function upload(c: TestClient, url: string, bytes: Buffer) {
  const boundary = '----scoring';
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="成绩.xlsx"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return t.app.inject({
    method: 'POST',
    url,
    headers: { cookie: c.cookie, 'x-csrf-token': c.csrf, 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: body,
  });
}

/** A full mark of the sheet: every step given its 配分 minus `minus` on the first step of the first task. */
function fullMark(view: MarkingView, minus = 0, stepMinus: Record<string, number> = {}): MarkStep[] {
  return view.tasks.flatMap((task, ti) =>
    task.steps.map((s, si) => ({
      task: ti,
      step: si,
      points: Math.max(0, s.points - (ti === 0 && si === 0 ? minus : 0) - (stepMinus[`${ti}:${si}`] ?? 0)),
      vetoFailed: false,
    })),
  );
}

async function openMarking() {
  const now = Date.now();
  const res = await kaowu.put(sheetUrl(f.skillId, '/setup'), {
    paperId: f.skillPaperId,
    windowOpensAt: new Date(now - 3600_000).toISOString(),
    windowClosesAt: new Date(now + 5 * 3600_000).toISOString(),
  });
  expect(res.statusCode, res.body).toBe(200);
}

describe('the marking window', () => {
  it('R-SCORE-04: a window with only its end given is checked against its start (stored or default): an end before it is refused and nothing changes', async () => {
    const before = (await kaowu.get(sheetUrl(f.skillId, ''))).json();
    const res = await kaowu.put(sheetUrl(f.skillId, '/setup'), {
      windowClosesAt: new Date(Date.now() - 2 * 3600_000).toISOString(),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe('评分时间：结束时间应晚于开始时间');
    expect(res.json().error.details).toEqual([{ field: 'windowClosesAt', message: '应晚于开始时间' }]);
    const after = (await kaowu.get(sheetUrl(f.skillId, ''))).json();
    expect([after.windowOpensAt, after.windowClosesAt]).toEqual([before.windowOpensAt, before.windowClosesAt]);
  });
});

describe('theory entered and imported', () => {
  it('R-SCORE-01: the grid saves scores and 缺考; a bad row saves nothing and names the row', async () => {
    const [a, b, c] = f.candidates;
    const bad = await kaowu.put(sheetUrl(f.theoryId, '/entries'), {
      entries: [
        { applicationId: a.applicationId, score: 80 },
        { applicationId: b.applicationId, absent: true, score: 50 },
      ],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('第 2 行：缺考的考生不能同时填写成绩');
    const over = await kaowu.put(sheetUrl(f.theoryId, '/entries'), {
      entries: [{ applicationId: a.applicationId, score: 100.5 }],
    });
    expect(over.statusCode).toBe(400);
    expect(over.json().error.message).toContain('成绩');
    const sheet0 = (await kaowu.get(sheetUrl(f.theoryId))).json();
    expect(sheet0.counts.entered).toBe(0);

    const ok = await kaowu.put(sheetUrl(f.theoryId, '/entries'), {
      entries: [
        { applicationId: a.applicationId, score: 60 },
        { applicationId: b.applicationId, absent: true },
        { applicationId: c.applicationId, score: 59.5 },
      ],
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().changed).toBe(3);
    const sheet = (await kaowu.get(sheetUrl(f.theoryId))).json();
    const row = (id: string) => sheet.rows.find((r: { applicationId: string }) => r.applicationId === id);
    expect(row(a.applicationId)).toMatchObject({ score: 60, absent: false, sourceName: '录入' });
    expect(row(b.applicationId)).toMatchObject({ score: null, absent: true });
    expect(sheet.may.enter).toBe(true);
  });

  it('R-SCORE-01: the import in the result-sheet layout (缺考 its own value) is all or nothing, errors by row and column', async () => {
    const [a, b, , d, e] = f.candidates;
    const wrongName = await resultWorkbook([
      [d.ticketNumber, d.name, '88'],
      [e.ticketNumber, '张冒名', '90'],
      ['20990000000', '无此人', '70'],
      [a.ticketNumber, a.name, '缺考考'],
    ]);
    const res = await upload(kaowu, sheetUrl(f.theoryId, '/import'), wrongName);
    expect(res.statusCode).toBe(400);
    const msg = res.json().error.message as string;
    expect(msg).toContain('未导入任何数据');
    expect(msg).toContain('第 6 行 D 列（成绩）');
    expect(msg).toContain(`第 4 行 C 列（姓名）：准考证号 ${e.ticketNumber} 的考生是“${e.name}”`);
    expect(msg).toContain('第 5 行 B 列（准考证号）：本场次没有准考证号为 20990000000 的考生');
    const unchanged = (await kaowu.get(sheetUrl(f.theoryId))).json();
    expect(unchanged.rows.find((r: { applicationId: string }) => r.applicationId === d.applicationId).score).toBeNull();

    const good = await resultWorkbook([
      [d.ticketNumber, d.name, '88'],
      [e.ticketNumber, e.name, '缺考'],
      [b.ticketNumber, b.name, '72.5'],
    ]);
    const ok = await upload(kaowu, sheetUrl(f.theoryId, '/import'), good);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toEqual({ rows: 3, changed: 3 });
    const sheet = (await kaowu.get(sheetUrl(f.theoryId))).json();
    const row = (id: string) => sheet.rows.find((r: { applicationId: string }) => r.applicationId === id);
    expect(row(e.applicationId)).toMatchObject({ absent: true, sourceName: '导入' });
    expect(row(b.applicationId)).toMatchObject({ absent: false, score: 72.5 });
  });

  it('R-SUP-03: a supervisor cannot change a score (403), an examiner outside the sheet cannot either', async () => {
    const [a] = f.candidates;
    const res = await dudao.put(sheetUrl(f.theoryId, '/entries'), {
      entries: [{ applicationId: a.applicationId, score: 99 }],
    });
    expect(res.statusCode).toBe(403);
    const ex = await second.put(sheetUrl(f.theoryId, '/entries'), {
      entries: [{ applicationId: a.applicationId, score: 99 }],
    });
    expect([403, 404]).toContain(ex.statusCode);
  });
});

describe('skill scoring 2+1+1', () => {
  it('R-SCORE-04: no mark before the confidentiality agreement; R-SCORE-01: none outside the window', async () => {
    const [a] = f.candidates;
    const closed = await second.get(`/api/v1/scoring/marking/${f.skillId}`);
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json().windowOpen).toBe(false); // the sitting is tomorrow: its default window has not opened
    await openMarking();
    const view = (await second.get(`/api/v1/scoring/marking/${f.skillId}`)).json() as MarkingView;
    expect(view.agreed).toBe(false);
    expect(view.tasks.length).toBe(2);
    const refused = await second.put(markUrl(a.applicationId), { steps: fullMark(view), submit: true });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toContain('保密承诺');
  });

  it('R-SCORE-01 2+1+1: marks at the tolerance are averaged; at tolerance + 1 a third examiner is called and resolves', async () => {
    for (const c of [second, third, leader]) await c.post(`/api/v1/scoring/marking/${f.skillId}/agreement`);
    const view = (await second.get(`/api/v1/scoring/marking/${f.skillId}`)).json() as MarkingView;
    const [, , , , , x, y] = f.candidates;
    // Step tolerance 3: spread a 5-point difference over two steps so only the total tolerance (5) decides.
    const firstStep = (task: number) => `${task}:0`;
    // Each task is a 100-point sheet counting 50 in the paper: 10 raw points apart is 5 in the total.
    const atTol = { [firstStep(0)]: 3, '0:1': 2, [firstStep(1)]: 3, '1:1': 2 };
    expect((await second.put(markUrl(x.applicationId), { steps: fullMark(view), submit: true })).statusCode).toBe(200);
    // Blind: the second examiner does not see the first mark before submitting its own.
    const blind = (await third.get(markUrl(x.applicationId))).json();
    expect(blind.others).toEqual([]);
    const r1 = await third.put(markUrl(x.applicationId), { steps: fullMark(view, 0, atTol), submit: true });
    expect(r1.statusCode, r1.body).toBe(200);
    expect(r1.json()).toMatchObject({ state: 'resolved', score: 97.5 });
    expect(r1.json().others).toHaveLength(1);

    const beyond = { [firstStep(0)]: 3, '0:1': 3, [firstStep(1)]: 3, '1:1': 2 };
    await second.put(markUrl(y.applicationId), { steps: fullMark(view), submit: true });
    const r2 = await third.put(markUrl(y.applicationId), { steps: fullMark(view, 0, beyond), submit: true });
    expect(r2.json()).toMatchObject({ state: 'third_needed', score: null });
    // The leader is the third examiner here; its mark agrees with the first ⇒ that pair's mean.
    const again = await second.put(markUrl(y.applicationId), { steps: fullMark(view), submit: true });
    expect(again.statusCode).toBe(409);
    const r3 = await leader.put(markUrl(y.applicationId), { steps: fullMark(view, 1), submit: true });
    expect(r3.statusCode, r3.body).toBe(200);
    expect(r3.json()).toMatchObject({ state: 'resolved', score: 99.75 });
    const sheet = (await kaowu.get(sheetUrl(f.skillId))).json();
    expect(sheet.rows.find((r: { applicationId: string }) => r.applicationId === y.applicationId)).toMatchObject({
      score: 99.75,
      sourceName: '考评员评分',
    });
  });

  it('R-SCORE-01 2+1+1: a third mark agreeing with neither goes to the leader, who decides with a reason', async () => {
    const view = (await second.get(`/api/v1/scoring/marking/${f.skillId}`)).json() as MarkingView;
    const z = f.candidates[7];
    // Marks 100 and 90 (raw 20 apart), then 95: within the total tolerance of both, but 5 raw points apart on a step.
    const spread = (n: number) => ({ '0:0': Math.min(n, view.tasks[0].steps[0].points) });
    await second.put(markUrl(z.applicationId), { steps: fullMark(view), submit: true });
    await third.put(markUrl(z.applicationId), { steps: fullMark(view, 0, { ...spread(10), '1:0': 10 }), submit: true });
    const st = (await leader.get(markUrl(z.applicationId))).json();
    expect(st.state).toBe('third_needed');
    const r = await leader.put(markUrl(z.applicationId), {
      steps: fullMark(view, 0, { ...spread(5), '1:0': 5 }),
      submit: true,
    });
    expect(r.json().state).toBe('leader_needed');
    const notLeader = await second.post(markUrl(z.applicationId, '/decision'), { score: 90, reason: '复核评分录像' });
    expect(notLeader.statusCode).toBe(403);
    const noReason = await leader.post(markUrl(z.applicationId, '/decision'), { score: 90, reason: '' });
    expect(noReason.statusCode).toBe(400);
    const d = await leader.post(markUrl(z.applicationId, '/decision'), { score: 90, reason: '复核评分录像后裁定' });
    expect(d.statusCode, d.body).toBe(200);
    expect(d.json()).toMatchObject({ state: 'resolved', score: 90 });
  });

  it("R-SCORE-01: an examiner's home page lists the sitting whose marking window is open", async () => {
    const home = (await third.get('/api/v1/home')).json();
    const task = home.tasks.find((x: { key: string }) => x.key === 'marking');
    expect(task).toBeDefined();
    expect(task.lines[0].link).toBe(`/marking/${f.skillId}`);
    expect((await kaowu.get('/api/v1/home')).json().tasks.some((x: { key: string }) => x.key === 'marking')).toBe(
      false,
    );
  });

  it('R-PPL-08: an examiner with a conflict cannot mark that candidate', async () => {
    const c = f.candidates[8];
    const [u] = await t.database.db.select({ id: users.id }).from(users).where(eq(users.username, 'kaoping3'));
    const [me] = await t.database.db.select({ id: persons.id }).from(persons).where(eq(persons.userId, u.id));
    await t.database.db
      .insert(conflicts)
      .values({ staffPersonId: me.id, candidatePersonId: c.personId, relation: 'relative' });
    const view = (await third.get(`/api/v1/scoring/marking/${f.skillId}`)).json() as MarkingView;
    const row = view.candidates.find((x) => x.applicationId === c.applicationId)!;
    expect(row.conflict).toBe(true);
    expect(row.may.mark).toBe(false);
    const res = await third.put(markUrl(c.applicationId), { steps: fullMark(view), submit: true });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.message).toContain('回避');
  });

  it('R-SCORE-01: the 评分记录表 follows the national layout, signed by 评分人', async () => {
    const x = f.candidates[5];
    const res = await kaowu.get(markUrl(x.applicationId, '/record.pdf'));
    expect(res.statusCode, res.body).toBe(200);
    const text = pdfText(res.rawPayload);
    for (const w of [
      '技能操作考核评分记录表',
      '考件编号',
      '准考证号',
      '考核要素',
      '评分标准',
      '扣分',
      '得分',
      '评分人',
      '核分人',
    ])
      expect(text).toContain(w);
    expect(text).toContain(x.name);
  });
});

describe('sign-off, corrections, results', () => {
  it('R-SCORE-04: the sheet is signed by the leader and the recorder only when complete; then scores change only by correction', async () => {
    // The theory sheet: fill every remaining candidate.
    const sheet = (await kaowu.get(sheetUrl(f.theoryId))).json();
    const open = sheet.rows.filter((r: { score: number | null; absent: boolean }) => r.score === null && !r.absent);
    const early = await kaowu.post(sheetUrl(f.theoryId, '/sign'), { role: 'recorder' });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toContain('成绩齐全后才能签字');
    await kaowu.put(sheetUrl(f.theoryId, '/entries'), {
      entries: open.map((r: { applicationId: string }) => ({ applicationId: r.applicationId, score: 75 })),
    });
    // The theory sitting has no examiner group of its own: the leader line is refused to the recorder.
    const asLeader = await kaowu.post(sheetUrl(f.theoryId, '/sign'), { role: 'leader' });
    expect(asLeader.statusCode).toBe(403);
    const rec = await kaowu.post(sheetUrl(f.theoryId, '/sign'), { role: 'recorder' });
    expect(rec.statusCode, rec.body).toBe(200);
    expect(rec.json().signedAt).toBeNull();
    expect(rec.json().may.sign).toEqual([]);
  });

  it('R-SCORE-04: the skill sheet signed by its leader and a recorder is closed; a correction needs the head', async () => {
    // Resolve every remaining skill candidate: second and third agree.
    const view = (await second.get(`/api/v1/scoring/marking/${f.skillId}`)).json() as MarkingView;
    for (const c of view.candidates) {
      if (c.state === 'resolved') continue;
      if (c.may.mark) await second.put(markUrl(c.applicationId), { steps: fullMark(view, 2), submit: true });
    }
    const view3 = (await third.get(`/api/v1/scoring/marking/${f.skillId}`)).json() as MarkingView;
    for (const c of view3.candidates)
      if (c.state !== 'resolved' && c.may.mark)
        await third.put(markUrl(c.applicationId), { steps: fullMark(view3, 3), submit: true });
    const viewL = (await leader.get(`/api/v1/scoring/marking/${f.skillId}`)).json() as MarkingView;
    for (const c of viewL.candidates)
      if (c.state !== 'resolved' && c.may.mark)
        await leader.put(markUrl(c.applicationId), { steps: fullMark(viewL, 2), submit: true });
    const before = (await kaowu.get(sheetUrl(f.skillId))).json();
    expect(before.counts.missing, JSON.stringify(before.rows.filter((r: { score: unknown }) => r.score === null))).toBe(
      0,
    );

    const lead = await leader.post(sheetUrl(f.skillId, '/sign'), { role: 'leader' });
    expect(lead.statusCode, lead.body).toBe(200);
    const twice = await leader.post(sheetUrl(f.skillId, '/sign'), { role: 'recorder' });
    expect(twice.statusCode).toBe(403);
    const rec = await kaowu.post(sheetUrl(f.skillId, '/sign'), { role: 'recorder' });
    expect(rec.statusCode, rec.body).toBe(200);
    expect(rec.json().signedAt).not.toBeNull();
    expect(rec.json().signatures.map((s: { roleName: string }) => s.roleName)).toEqual(['考评组组长', '汇总记分员']);

    const pdf = pdfText((await kaowu.get(sheetUrl(f.skillId, '/sheet.pdf'))).rawPayload);
    expect(pdf).toContain('成绩登记表');
    expect(pdf).toMatch(/考评组组长\s+\S+（已在系统中签字/);

    // After sign-off: no direct change; a correction with reason, approved by the head (never by who asked).
    const x = f.candidates[5];
    const direct = await leader.put(markUrl(x.applicationId), { steps: [], submit: false });
    expect(direct.statusCode).toBe(400);
    const asked = await kaowu.post(sheetUrl(f.skillId, '/corrections'), {
      applicationId: x.applicationId,
      score: 95,
      reason: '核分时发现第 2 题得分汇总错误',
    });
    expect(asked.statusCode, asked.body).toBe(200);
    expect(asked.json()).toMatchObject({ from: '97.5', to: '95', state: 'requested' });
    const self = await zhuren.post(sheetUrl(f.skillId, '/corrections'), {
      applicationId: f.candidates[6].applicationId,
      score: 90,
      reason: '复核录像后更正',
    });
    expect(
      (await zhuren.post(`/api/v1/scoring/corrections/${self.json().id}/decision`, { approve: true })).statusCode,
    ).toBe(403);
    expect(
      (await kaowu.post(`/api/v1/scoring/corrections/${asked.json().id}/decision`, { approve: true })).statusCode,
    ).toBe(403);
    const ok = await zhuren.post(`/api/v1/scoring/corrections/${asked.json().id}/decision`, { approve: true });
    expect(ok.statusCode, ok.body).toBe(200);
    const after = (await kaowu.get(sheetUrl(f.skillId))).json();
    expect(after.rows.find((r: { applicationId: string }) => r.applicationId === x.applicationId)).toMatchObject({
      score: 95,
      sourceName: '更正',
    });
  }, 120_000); // dozens of marks over HTTP: slow on a busy machine

  it('R-SCORE-02: the results: 60 passes, 59.5 and an absent theory fail; an unfinished sheet leaves the batch not signed off', async () => {
    const res = await kaowu.get(`/api/v1/scoring/batches/${f.batchId}/results`);
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json();
    expect(r.signedOff).toBe(false); // the theory sheet still misses its leader's signature
    const row = (i: number) =>
      r.rows.find((x: { applicationId: string }) => x.applicationId === f.candidates[i].applicationId);
    expect(row(0)).toMatchObject({ outcome: 'pass' }); // theory 60, skill resolved
    expect(row(1).outcome).toBe('pass'); // 72.5 by import
    expect(row(2)).toMatchObject({ outcome: 'fail', reasons: ['理论知识 59.5 分，低于合格线 60 分'] });
    expect(row(4)).toMatchObject({ outcome: 'fail', reasons: ['理论知识缺考'] });
  });
});

describe('violations applied by the rules', () => {
  it('R-VIOL-01…03: tier 1 cancels the subject, tier 2 scores it 0, tier 3 cancels the batch', async () => {
    const [v1, v2, v3] = [f.candidates[10], f.candidates[11], f.candidates[12]];
    await recordTestViolation(t, { sittingId: f.skillId, c: v1, tier: 1, clause: 'v1_left_seat' });
    await recordTestViolation(t, { sittingId: f.theoryId, c: v2, tier: 2, clause: 'v2_copying' });
    await recordTestViolation(t, { sittingId: f.theoryId, c: v3, tier: 3, clause: 'v3_device' });
    const r = (await kaowu.get(`/api/v1/scoring/batches/${f.batchId}/results`)).json();
    const row = (c: { applicationId: string }) =>
      r.rows.find((x: { applicationId: string }) => x.applicationId === c.applicationId);
    expect(row(v1).parts.find((p: { part: string }) => p.part === 'skill')).toMatchObject({
      state: 'cancelled',
      score: null,
    });
    expect(row(v1).outcome).toBe('fail');
    expect(row(v2).parts.find((p: { part: string }) => p.part === 'theory')).toMatchObject({
      state: 'cheating',
      score: 0,
    });
    expect(row(v3).outcome).toBe('cancelled');
    expect(row(v3).parts.every((p: { state: string }) => p.state === 'cancelled')).toBe(true);
  });

  it('R-VIOL-04, R-ELIG-07: an upheld tier-4 violation bans until graduation and refuses a new application; overturned, it lifts', async () => {
    const c = f.candidates[13];
    const id = await recordTestViolation(t, { sittingId: f.theoryId, c, tier: 4, clause: 'v4_impersonation' });
    const res = await kaowu.post(`/api/v1/scoring/batches/${f.batchId}/violations/${id}/ruling`, {
      state: 'upheld',
      reason: '经核实为他人代考',
    });
    expect(res.statusCode, res.body).toBe(200);
    const item = res.json().items.find((i: { violationId: string }) => i.violationId === id);
    expect(item.ruling).toMatchObject({ state: 'upheld' });
    expect(item.ruling.banUntil).toMatch(/^\d{4}-07-31$/); // a student of 2023: until the coming 31 July
    const bans = await t.database.db.select().from(candidateBans).where(eq(candidateBans.personId, c.personId));
    expect(bans).toHaveLength(1);
    const check = await kaowu.post('/api/v1/eligibility/check', {
      personId: c.personId,
      occupation: { edition: '2022', code: '6-20-03-01' },
      method: 'exam',
      batchDate: new Date(Date.now() + 86_400_000).toISOString().slice(0, 10),
    });
    expect(check.statusCode, check.body).toBe(200);
    const reasons = JSON.stringify(check.json());
    expect(reasons).toContain('R-ELIG-07');
    expect(check.json().highest).toBeNull();

    // The candidate is told: the violation, its effect and the ban, with the way to appeal.
    const [told] = await violationNoticesOfPersons(t.database.db, [c.personId]);
    expect(told).toMatchObject({ tier: 4, ruling: 'upheld', effect: '取消本批次全部科目成绩，毕业前不得参加评价' });
    expect(told.banUntil).toBe(item.ruling.banUntil);
    const over = await kaowu.post(`/api/v1/scoring/batches/${f.batchId}/violations/${id}/ruling`, {
      state: 'overturned',
      reason: '复查认定为误判',
    });
    expect(over.statusCode, over.body).toBe(200);
    expect(await t.database.db.select().from(candidateBans).where(eq(candidateBans.personId, c.personId))).toHaveLength(
      0,
    );
    const r = (await kaowu.get(`/api/v1/scoring/batches/${f.batchId}/results`)).json();
    expect(r.rows.find((x: { applicationId: string }) => x.applicationId === c.applicationId).outcome).not.toBe(
      'cancelled',
    );
  });
});

describe('the sheet after sign-off', () => {
  it('R-SCORE-04: entries of a signed sheet are refused with a pointer to the correction', async () => {
    await t.database.db.update(scoreSheets).set({ signedAt: new Date() }).where(eq(scoreSheets.sittingId, f.theoryId));
    const res = await kaowu.put(sheetUrl(f.theoryId, '/entries'), {
      entries: [{ applicationId: f.candidates[0].applicationId, score: 61 }],
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toContain('成绩更正申请');
    const stored = await t.database.db.select().from(scoreEntries).where(eq(scoreEntries.sittingId, f.theoryId));
    expect(stored.find((e) => e.applicationId === f.candidates[0].applicationId)?.score).toBe(60);
  });
});
