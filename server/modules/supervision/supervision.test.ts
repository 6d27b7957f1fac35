import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  supervisionExternal,
  supervisionObservations,
  supervisionPlans,
  supervisionReports,
  supervisionSignatures,
} from '../../db/schema/index.js';
import { createTestApp, type TestApp, type TestClient } from '../../test/harness.js';
import { addDays } from '../../../shared/dates.js';
import { supervisionChecklists } from '../../../shared/supervision.js';
import { publishedSeatsOfSitting } from '../arrangement/arrangement.reads.js';
import { sittingsOfBatches } from '../plans/plans.reads.js';
import { overdueReports } from './supervision.reads.js';
import { reportDueOn, reportOverdue, unsignedMembers } from './supervision.rules.js';
import { makeTeam, type TeamFixture } from './supervision.testkit.js';

/** R-SUP-01 (the plan), R-SUP-02 (team reports, signatures, due day, external supervision), R-SUP-03. */

let t: TestApp;
let f: TeamFixture;
let kaowu: TestClient;
let zhuren: TestClient;
let members: TestClient[];
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'supervision-test-'));

beforeAll(async () => {
  t = await createTestApp();
  f = await makeTeam(t);
  [kaowu, zhuren, ...members] = await Promise.all(
    ['kaowu', 'zhuren', 'dudao', 'dudao2', 'dudao3'].map((u) => t.login(u)),
  );
}, 240_000); // the demo arrangement is built through its services: slow on a loaded machine
afterAll(async () => {
  await t?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});
beforeEach(async () => {
  const db = t.database.db;
  await db.delete(supervisionSignatures);
  await db.delete(supervisionReports);
  await db.delete(supervisionObservations);
  await db.delete(supervisionExternal);
  await db.delete(supervisionPlans);
});

const writeReport = (c: TestClient) =>
  c.put(`${f.base}/report`, {
    findings: '考务程序规范，考场秩序良好',
    problems: '个别考场签到较慢',
    suggestions: '提前开放签到',
  });

describe('R-SUP-01: the supervision plan', () => {
  it('R-SUP-01: the plan covers the areas with content and method; approved by the head, then fixed', async () => {
    const body = {
      year: 2026,
      title: '2026 年质量督导计划',
      areas: [
        { aspect: 'order', focus: '巡视各考场秩序', approach: '现场巡视' },
        { aspect: 'conditions', focus: '检查场地设备', approach: '查看记录' },
      ],
    };
    const created = await kaowu.post('/api/v1/supervision/plans', body);
    expect(created.statusCode, created.body).toBe(200);
    expect(created.json().areas.map((a: { aspectName: string }) => a.aspectName)).toEqual(['运行条件', '考试现场秩序']);
    expect((await kaowu.post('/api/v1/supervision/plans', body)).statusCode).toBe(409);
    const id = created.json().id;
    expect((await kaowu.post(`/api/v1/supervision/plans/${id}/approve`)).statusCode).toBe(403);
    const ok = await zhuren.post(`/api/v1/supervision/plans/${id}/approve`);
    expect(ok.json()).toMatchObject({ state: 'approved', approvedByName: expect.any(String) });
    expect((await kaowu.put(`/api/v1/supervision/plans/${id}`, body)).statusCode).toBe(409);
  });

  it('R-SUP-01: bad input (NUL, unknown area) is 400 naming the field, nothing saved', async () => {
    const nul = await kaowu.post('/api/v1/supervision/plans', {
      year: 2026,
      title: 'a\u0000b',
      areas: [{ aspect: 'order', focus: 'x', approach: 'y' }],
    });
    expect(nul.statusCode).toBe(400);
    expect(nul.json().error.message).toMatch(/名称|标题|title/);
    const area = await kaowu.post('/api/v1/supervision/plans', {
      year: 2026,
      title: '计划',
      areas: [{ aspect: 'weather', focus: 'x', approach: 'y' }],
    });
    expect(area.statusCode).toBe(400);
    expect(area.json().error.message).toMatch(/督导项目/);
    expect(await t.database.db.select().from(supervisionPlans)).toHaveLength(0);
  });
});

describe('R-SUP-02: the team report', () => {
  it('R-SUP-02: due 2 calendar days after the last exam day, overdue from day 3 (rule, 2026 National Day)', () => {
    // calendar days: over the holiday too (源文件 "2 日内")
    expect(reportDueOn('2026-09-30')).toBe('2026-10-02');
    expect(reportOverdue('2026-09-30', false, '2026-10-02')).toBe(false);
    expect(reportOverdue('2026-09-30', false, '2026-10-03')).toBe(true);
    expect(reportOverdue('2026-09-30', true, '2026-10-03')).toBe(false);
    expect(unsignedMembers(['a', 'b', 'c'], ['a', 'c'])).toEqual(['b']);
  });

  it('R-SUP-02: the team is the published supervisors of the site (3); due on day 2, overdue on day 3', async () => {
    const res = await kaowu.get(f.base);
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json();
    expect(r.team).toHaveLength(3);
    expect(r.dueOn).toBe(addDays(f.team.lastExamDay, 2));
    const onDue = await overdueReports(t.database.db, { scope: 'all', userId: '', today: r.dueOn });
    expect(onDue.find((x) => x.batchId === f.team.batchId && x.siteId === f.team.siteId)).toBeUndefined();
    const after = await overdueReports(t.database.db, { scope: 'all', userId: '', today: addDays(r.dueOn, 1) });
    expect(after.find((x) => x.batchId === f.team.batchId && x.siteId === f.team.siteId)).toMatchObject({
      signed: 0,
      members: 3,
    });
    // the supervisor sees its own overdue report too
    const mine = (await members[0].get('/api/v1/supervision/teams')).json();
    expect(mine.items.some((x: { siteId: string }) => x.siteId === f.team.siteId)).toBe(true);
  });

  it('R-SUP-02: cannot be submitted until all three members have signed; then submitted and fixed', async () => {
    expect((await writeReport(members[0])).statusCode).toBe(200);
    expect((await members[0].post(`${f.base}/report/sign`)).statusCode).toBe(200);
    expect((await members[0].post(`${f.base}/report/sign`)).statusCode).toBe(409); // once
    expect((await writeReport(members[1])).statusCode).toBe(409); // the text stays as signed
    const early = await members[0].post(`${f.base}/report/submit`);
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toMatch(/未签名/);
    expect((await members[1].post(`${f.base}/report/sign`)).statusCode).toBe(200);
    expect((await members[2].post(`${f.base}/report/submit`)).statusCode).toBe(409);
    const last = await members[2].post(`${f.base}/report/sign`);
    expect(last.json().signed).toBe(3);
    const done = await members[2].post(`${f.base}/report/submit`);
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ state: 'submitted', overdue: false });
    expect(done.json().team.every((m: { signedAt: string | null }) => m.signedAt)).toBe(true);
    expect((await members[0].post(`${f.base}/report/submit`)).statusCode).toBe(409);
    // the centre downloads the PDF with every member's name and signing time
    const pdf = await kaowu.get(`${f.base}/report.pdf`);
    expect(pdf.statusCode).toBe(200);
    const file = path.join(tmp, 'report.pdf');
    fs.writeFileSync(file, pdf.rawPayload);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toMatch(/质量督导报告/);
    expect((text.match(/已在系统中签名/g) ?? []).length).toBe(3);
    for (const m of done.json().team) expect(text).toContain(m.name);
  });

  it('R-SUP-02: a supervisor not on the team gets 404 and writes nothing', async () => {
    const db = t.database.db;
    if (f.other) {
      // the other site's team of the same batch: dudao3 may be on it; a team without the caller answers 404
      const otherBase = `/api/v1/supervision/batches/${f.other.batchId}/sites/${f.other.siteId}`;
      for (const [i, c] of members.entries())
        if (!f.other.personIds.includes(f.team.personIds[i])) {
          expect((await c.get(otherBase)).statusCode).toBe(404);
          expect(
            (await c.put(`${otherBase}/report`, { findings: 'x', problems: '', suggestions: '' })).statusCode,
          ).toBe(404);
        }
    }
    const unknown = `/api/v1/supervision/batches/${f.team.batchId}/sites/00000000-0000-4000-8000-000000000000`;
    expect((await members[0].get(unknown)).statusCode).toBe(404);
    expect(
      (await members[0].post(`${unknown}/observations`, { aspect: 'order', checklist: [], notes: 'x' })).statusCode,
    ).toBe(404);
    expect(await db.select().from(supervisionObservations)).toHaveLength(0);
    // the centre reads but does not sign for the team
    expect((await kaowu.post(`${f.base}/report/sign`)).statusCode).toBe(403);
    // roles without supervision get 403 on every team route
    for (const username of ['jidian', 'kaopingyuan', 'caiwu', 'jiankao', 'kaosheng']) {
      const c = await t.login(username);
      expect((await c.get(f.base)).statusCode).toBe(403);
      expect((await c.get(`${f.base}/report.pdf`)).statusCode).toBe(403);
      expect((await c.post(`${f.base}/observations`, { aspect: 'order', checklist: [] })).statusCode).toBe(403);
    }
  });

  it('R-SUP-02: external supervisors of the authority (双随机一公开) are recorded; bad date is 400', async () => {
    const bad = await kaowu.post('/api/v1/supervision/external', {
      batchId: f.team.batchId,
      authority: '省职业技能鉴定指导中心',
      names: ['王督查'],
      visitedOn: '2026-02-30',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/督导日期/);
    expect(await t.database.db.select().from(supervisionExternal)).toHaveLength(0);
    const ok = await kaowu.post('/api/v1/supervision/external', {
      batchId: f.team.batchId,
      authority: '省职业技能鉴定指导中心',
      names: ['王督查', '李督查'],
      visitedOn: f.team.lastExamDay,
      findings: '抽查考场两个，未发现问题',
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect((await kaowu.get(f.base)).json().externalList).toHaveLength(1);
    expect((await members[0].post('/api/v1/supervision/external', ok.json())).statusCode).toBe(403);
  });
});

describe('R-SUP-03: observations, breaches, and no scoring', () => {
  it('R-SUP-03: a member records an area checklist and a breach stopped and reported; the centre sees it', async () => {
    const checklist = supervisionChecklists.order.map((item, i) => ({
      item,
      ok: i !== 2,
      note: i === 2 ? '有人交头接耳' : '',
    }));
    const res = await members[1].post(`${f.base}/observations`, {
      aspect: 'order',
      checklist,
      notes: '201 考场',
      breach: true,
      stopped: '制止考评员提示考生答案',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ aspectName: '考试现场秩序', breach: true });
    const breaches = (await kaowu.get('/api/v1/supervision/breaches')).json();
    expect(breaches.items[0]).toMatchObject({ stopped: '制止考评员提示考生答案', siteId: f.team.siteId });
    expect((await members[1].get('/api/v1/supervision/breaches')).statusCode).toBe(403);
    // a breach needs what was stopped
    const empty = await members[1].post(`${f.base}/observations`, { aspect: 'order', checklist: [], breach: true });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.message).toMatch(/制止的行为/);
  });

  it('R-SUP-03: bad input (NUL in notes) is 400 naming the field, nothing saved', async () => {
    const res = await members[0].post(`${f.base}/observations`, { aspect: 'order', checklist: [], notes: 'a\u0000' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/督导记录/);
    expect(await t.database.db.select().from(supervisionObservations)).toHaveLength(0);
  });

  it("R-SUP-03: a supervisor's attempt to change a score is refused and nothing changes", async () => {
    const db = t.database.db;
    const sittings = await sittingsOfBatches(db, [f.team.batchId]);
    for (const s of sittings) {
      const [seat] = await publishedSeatsOfSitting(db, s.id);
      const before = await kaowu.get(`/api/v1/scoring/sittings/${s.id}`);
      const entry = await members[0].put(`/api/v1/scoring/sittings/${s.id}/entries`, {
        entries: [{ applicationId: seat.applicationId, score: 99 }],
      });
      expect([403, 404]).toContain(entry.statusCode);
      const sign = await members[0].post(`/api/v1/scoring/sittings/${s.id}/sign`, { role: 'leader' });
      expect([403, 404]).toContain(sign.statusCode);
      const after = await kaowu.get(`/api/v1/scoring/sittings/${s.id}`);
      expect(after.statusCode).toBe(before.statusCode);
      expect(after.body).toBe(before.body);
    }
  });
});

describe('R-SUP-02: the home page', () => {
  it('R-SUP-02: nothing overdue before the due day for the team members', async () => {
    const rows = await overdueReports(t.database.db, { scope: 'all', userId: '', today: f.team.lastExamDay });
    expect(rows.filter((r) => r.batchId === f.team.batchId)).toHaveLength(0);
    const [row] = await t.database.db
      .select()
      .from(supervisionReports)
      .where(and(eq(supervisionReports.batchId, f.team.batchId), eq(supervisionReports.siteId, f.team.siteId)));
    expect(row).toBeUndefined();
  });
});
