import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { createTestApp, type TestApp, type TestClient } from '../../test/harness.js';
import { applicationDecisions, applications, auditLog, batches, colleges, persons } from '../../db/schema/index.js';
import { okJson } from '../plans/plans.testkit.js';
import { postFile } from '../people/people.testkit.js';
import { buildApplication, candidateWith, FORM, photoPng, registeringBatch } from './applications.testkit.js';
import { addDays, chinaToday } from '../../../shared/dates.js';

let t: TestApp;
let kaowu: TestClient;
let zhuren: TestClient;
let jidian: TestClient;
let xinxi: TestClient;
let caiwu: TestClient;
let JD = '';
let XX = '';
let batch = '';
type Cand = Awaited<ReturnType<typeof candidateWith>>;
let jia: Cand; // JD, 高职, graduating: exam ⇒ level 3
let yi: Cand; // XX, 高职, graduating
const student = (college: string, extra: Record<string, unknown> = {}) => ({
  kind: 'student' as const,
  collegeId: college,
  className: '电气2301',
  major: '电气自动化技术',
  enrolmentYear: 2023,
  educationLevel: 'higher_vocational' as const,
  graduating: true,
  ...extra,
});

beforeAll(async () => {
  t = await createTestApp();
  [kaowu, zhuren, jidian, xinxi, caiwu] = await Promise.all(
    ['kaowu', 'zhuren', 'jidian', 'xinxi', 'caiwu'].map((u) => t.login(u)),
  );
  const cs = await t.database.db.select().from(colleges);
  JD = cs.find((c) => c.code === 'JD')!.id;
  XX = cs.find((c) => c.code === 'XX')!.id;
  batch = await registeringBatch(t, kaowu, zhuren, JD, { title: '电工 考试考核 批次' });
  jia = await candidateWith(t, kaowu, '考生甲', student(JD));
  yi = await candidateWith(t, kaowu, '考生乙', student(XX));
});
afterAll(async () => t.close());

/** The text of a PDF as poppler's pdftotext reads it. */
function pdfText(bytes: Buffer): string {
  const f = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'form-pdf-')), 'form.pdf');
  fs.writeFileSync(f, bytes);
  return execFileSync('pdftotext', [f, '-'], { encoding: 'utf8' });
}

const apply = (c: TestClient, body: Record<string, unknown> = {}) =>
  c.post('/api/v1/portal/applications', { batchId: batch, level: 3, form: FORM, evidence: [], ...body });

describe('R-REG-01: applying in the portal', () => {
  it("R-ELIG-00: the portal offers the open batch with the engine's levels and reasons", async () => {
    const me = await okJson(jia.client.get('/api/v1/portal/me'));
    expect(me).toMatchObject({
      profileComplete: true,
      person: { name: '考生甲', collegeId: JD, className: '电气2301' },
    });
    expect(me.person.idMasked).toMatch(/\*/);
    const res = await okJson(jia.client.get('/api/v1/portal/batches'));
    const b = res.items.find((x: { id: string }) => x.id === batch);
    expect(b.eligibleLevels).toEqual([3, 4]);
    const level2 = b.eligibility.levels.find((l: { level: number }) => l.level === 2);
    expect(level2.eligible).toBe(false);
    expect(JSON.stringify(b.eligibility.reasons)).toMatch(/本科、高职毕业学年在校生可申报三级/);
  });

  it('R-ELIG-00: a social learner, whom no rule of the documents covers, applies for manual review straight to the centre', async () => {
    const she = await candidateWith(t, kaowu, '社会学员丙', { kind: 'social' as const, collegeId: null });
    const res = await okJson(she.client.get('/api/v1/portal/batches'));
    const b = res.items.find((x: { id: string }) => x.id === batch);
    expect(b.manualLevels).toEqual(b.eligibleLevels);
    expect(b.eligibleLevels).toContain(4);
    const a = await okJson(apply(she.client, { level: 4 }));
    expect(a).toMatchObject({ status: 'pending_centre' as const, eligible: null });
    const list = await okJson(kaowu.get(`/api/v1/applications?batchId=${batch}&eligible=manual`));
    expect(list.items.map((x: { id: string }) => x.id)).toContain(a.id);
    const notEligible = await okJson(kaowu.get(`/api/v1/applications?batchId=${batch}&eligible=false`));
    expect(notEligible.items.map((x: { id: string }) => x.id)).not.toContain(a.id);
  });

  it('R-REG-03: a level outside the scope is refused with the reason', async () => {
    const res = await apply(jia.client, { level: 2 });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/^申报等级：不能申报二级\/技师：.*不在认定范围内/);
    expect(res.json().error.details.eligibleLevels).toEqual([3, 4]);
  });

  it('R-REG-01: applying within the window stores the snapshot and goes to the college; one live application per batch', async () => {
    const res = await apply(jia.client);
    expect(res.statusCode, res.body).toBe(200);
    const a = res.json();
    expect(a).toMatchObject({
      status: 'pending_college' as const,
      eligible: true,
      level: 3,
      collegeId: JD,
      source: 'portal' as const,
      photoFileId: jia.photoFileId,
    });
    expect(a.eligibility.levels[2].reasons.map((r: { rule: string }) => r.rule)).toEqual(
      expect.arrayContaining(['R-ELIG-07', 'R-REG-03', 'R-ELIG-01']),
    );
    expect(a.decisions).toMatchObject([
      { stage: 'candidate', action: 'submit', roleName: '考生', actorName: '考生甲' },
    ]);
    const again = await apply(jia.client, { level: 4 });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toMatch(/认定批次：您已报名该批次（待学院初审）/);
    const mine = await okJson(jia.client.get('/api/v1/portal/applications'));
    expect(mine.items).toHaveLength(1);
    expect(mine.items[0]).toMatchObject({
      status: 'pending_college' as const,
      feeStatus: 'unpaid' as const,
      batchTitle: '电工 考试考核 批次',
    });
  });

  it('R-REG-01: a closed window and a batch not registering are refused, naming the batch field', async () => {
    const closed = await registeringBatch(t, kaowu, zhuren, JD, { title: '已截止批次' });
    await t.database.db
      .update(batches)
      .set({ registrationClosesOn: addDays(chinaToday(), -1) })
      .where(eq(batches.id, closed));
    const r1 = await apply(yi.client, { batchId: closed });
    expect(r1.statusCode).toBe(409);
    expect(r1.json().error).toMatchObject({
      message: expect.stringMatching(/^认定批次：报名已于 .* 截止/),
      details: [{ field: 'batchId' }],
    });
    const filed = await registeringBatch(t, kaowu, zhuren, JD, { title: '未开始报名批次', open: false });
    const r2 = await apply(yi.client, { batchId: filed });
    expect(r2.statusCode).toBe(409);
    expect(r2.json().error.message).toMatch(/当前状态为“已报备”，不接受报名/);
    // The portal lists neither.
    const open = (await okJson(yi.client.get('/api/v1/portal/batches'))).items.map((b: { id: string }) => b.id);
    expect(open).toContain(batch);
    expect(open).not.toContain(closed);
    expect(open).not.toContain(filed);
  });

  it("R-REG-01: another person's files cannot be attached, and a photo is required", async () => {
    const c = await candidateWith(t, kaowu, '无照片考生', student(JD), { photo: false });
    const noPhoto = await apply(c.client);
    expect(noPhoto.statusCode).toBe(400);
    expect(noPhoto.json().error.message).toMatch(/^照片：/);
    const foreign = await apply(c.client, { photoFileId: jia.photoFileId });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.message).toMatch(/照片：文件不存在或不是本人上传的/);
  });
});

/** A JD student's application (考生甲) to a batch of its own, taken to `stage`. */
const jdApplication = (stage?: 'pending_college' | 'pending_centre' | 'approved') =>
  buildApplication(t, { kaowu, zhuren, jidian }, { collegeId: JD, person: student(JD), stage });

describe('R-REG-02: two-stage review', () => {
  it("R-REG-02: a clerk cannot see or review another college's application (404)", async () => {
    const { appId, batchId: batch } = await jdApplication();
    expect((await xinxi.get(`/api/v1/applications/${appId}`)).statusCode).toBe(404);
    const res = await xinxi.post('/api/v1/applications/review', { ids: [appId], decision: 'approve' });
    expect(res.statusCode).toBe(404);
    const list = await okJson(xinxi.get(`/api/v1/applications?batchId=${batch}`));
    expect(list.items.map((i: { id: string }) => i.id)).not.toContain(appId);
  });

  it('R-REG-02: the centre cannot act before the college; a rejection needs a reason; finance cannot review', async () => {
    const { appId } = await jdApplication();
    const early = await kaowu.post('/api/v1/applications/review', { ids: [appId], decision: 'approve' });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toMatch(/考生甲（待学院初审）不在中心复审阶段/);
    const noReason = await jidian.post('/api/v1/applications/review', { ids: [appId], decision: 'reject' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.message).toMatch(/退回原因/);
    expect((await caiwu.post('/api/v1/applications/review', { ids: [appId], decision: 'approve' })).statusCode).toBe(
      403,
    );
  });

  it('R-REG-02: college then centre; a centre rejection is corrected, resubmitted and approved; every decision has reviewer, time and reason', async () => {
    const { appId, batchId: batch, cand: jia } = await jdApplication();
    const list = await okJson(
      jidian.get(
        `/api/v1/applications?batchId=${batch}&status=pending_college&keyword=${encodeURIComponent('考生甲')}`,
      ),
    );
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({
      name: '考生甲',
      studentNumber: jia.studentNumber,
      collegeName: expect.any(String),
      eligible: true,
      eligibilitySummary: '',
    });
    expect(
      await okJson(
        jidian.post('/api/v1/applications/review', { ids: [appId], decision: 'approve', reason: '材料齐全' }),
      ),
    ).toMatchObject({ count: 1, status: 'pending_centre' });
    // A clerk cannot act on the centre stage.
    const clerkAgain = await jidian.post('/api/v1/applications/review', { ids: [appId], decision: 'approve' });
    expect(clerkAgain.statusCode).toBe(409);
    expect(clerkAgain.json().error.message).toMatch(/不在学院初审阶段/);
    await okJson(
      kaowu.post('/api/v1/applications/review', { ids: [appId], decision: 'reject', reason: '照片不清晰，请重新上传' }),
    );
    const rejected = await okJson(jia.client.get(`/api/v1/portal/applications/${appId}`));
    expect(rejected).toMatchObject({ status: 'rejected' as const, rejectedStage: 'centre', can: { resubmit: true } });
    expect(
      rejected.decisions.map((d: { action: string; stage: string; reason: string | null; roleName: string }) => [
        d.stage,
        d.action,
        d.reason,
        d.roleName,
      ]),
    ).toEqual([
      ['candidate', 'submit', null, '考生'],
      ['college', 'approve', '材料齐全', '二级学院管理员'],
      ['centre', 'reject', '照片不清晰，请重新上传', expect.any(String)],
    ]);
    for (const d of rejected.decisions) expect(d.at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    // Corrected and resubmitted: back to the college (documented in resubmitApplication).
    const upload = await postFile(t, jia.client, '/api/v1/files', 'new.png', await photoPng(), { purpose: 'photo' });
    const fixed = await jia.client.put(`/api/v1/portal/applications/${appId}`, {
      level: 3,
      form: { ...FORM, address: '河南省郑州市金水区 2 号' },
      photoFileId: upload.json().id,
      evidence: [],
    });
    expect(fixed.statusCode, fixed.body).toBe(200);
    expect(fixed.json()).toMatchObject({
      status: 'pending_college' as const,
      rejectedStage: null,
      form: { address: '河南省郑州市金水区 2 号' },
    });
    await okJson(jidian.post('/api/v1/applications/review', { ids: [appId], decision: 'approve' }));
    await okJson(kaowu.post('/api/v1/applications/review', { ids: [appId], decision: 'approve' }));
    const done = await okJson(kaowu.get(`/api/v1/applications/${appId}`));
    expect(done).toMatchObject({ status: 'approved' as const, feeDue: 150, feeStatus: 'unpaid' });
    expect(done.decisions.map((d: { action: string }) => d.action)).toEqual([
      'submit',
      'approve',
      'reject',
      'resubmit',
      'approve',
      'approve',
    ]);
    const audits = await t.database.db.select().from(auditLog).where(eq(auditLog.entity, 'application'));
    expect(audits.filter((a) => a.entityId === appId).length).toBeGreaterThanOrEqual(6);
  });

  it('R-REG-02: an approved application is locked; only a recorded unlock by the centre reopens it', async () => {
    const { appId, cand: jia } = await jdApplication('approved');
    const put = await jia.client.put(`/api/v1/portal/applications/${appId}`, { level: 4, form: FORM, evidence: [] });
    expect(put.statusCode).toBe(409);
    expect((await jia.client.post(`/api/v1/portal/applications/${appId}/withdraw`, {})).statusCode).toBe(423);
    expect(
      (await kaowu.post('/api/v1/applications/review', { ids: [appId], decision: 'reject', reason: '再看看' }))
        .statusCode,
    ).toBe(409);
    expect((await kaowu.post(`/api/v1/applications/${appId}/unlock`, { reason: '更正等级' })).statusCode).toBe(403);
    expect((await zhuren.post(`/api/v1/applications/${appId}/unlock`, { reason: '' })).statusCode).toBe(400);
    const un = await okJson(zhuren.post(`/api/v1/applications/${appId}/unlock`, { reason: '考生申请更正联系电话' }));
    expect(un.status).toBe('pending_centre');
    expect(un.decisions.at(-1)).toMatchObject({
      stage: 'centre',
      action: 'unlock',
      reason: '考生申请更正联系电话',
      actorName: '张主任',
    });
  });

  it('R-REG-02: a bulk review of 100 is all-or-nothing and set-based', async () => {
    const db = t.database.db;
    const batch = await registeringBatch(t, kaowu, zhuren, JD, { title: '批量审核批次' });
    const ps = await db
      .insert(persons)
      .values(
        Array.from({ length: 101 }, (_, i) => ({
          name: `批量考生${i}`,
          gender: 'male' as const,
          idType: 'resident' as const,
          idCipher: 'x',
          idHash: `bulk-${i}`,
          idMasked: '4101**********0000',
          kind: 'student' as const,
          collegeId: JD,
          educationLevel: 'higher_vocational' as const,
          graduating: true,
          studentNumber: `BULK${i}`,
        })),
      )
      .returning({ id: persons.id });
    const apps = await db
      .insert(applications)
      .values(
        ps.map((p) => ({
          batchId: batch,
          personId: p.id,
          collegeId: JD,
          level: 4,
          status: 'pending_college' as const,
          source: 'import' as const,
          eligible: true,
        })),
      )
      .returning({ id: applications.id });
    const ids = apps.slice(0, 100).map((a) => a.id);
    // One of them already past the college stage: nothing changes.
    await db.update(applications).set({ status: 'pending_centre' }).where(eq(applications.id, apps[100].id));
    const bad = await jidian.post('/api/v1/applications/review', { ids: [...ids, apps[100].id], decision: 'approve' });
    expect(bad.statusCode).toBe(409);
    expect(bad.json().error.message).toMatch(
      /批量考生100（待中心复审）不在学院初审阶段，本次审核未执行（共选择 101 条）/,
    );
    const still = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(applications)
      .where(and(inArray(applications.id, ids), eq(applications.status, 'pending_college')));
    expect(still[0].n).toBe(100);
    expect(await okJson(jidian.post('/api/v1/applications/review', { ids, decision: 'approve' }))).toMatchObject({
      count: 100,
      status: 'pending_centre' as const,
    });
    // The centre approves by filter (those waiting for it in this batch, with keyword 批量考生).
    const byFilter = await okJson(
      kaowu.post('/api/v1/applications/review', {
        filter: { batchId: batch, keyword: '批量考生' },
        decision: 'approve',
      }),
    );
    expect(byFilter.count).toBe(101);
    const decisions = await db
      .select()
      .from(applicationDecisions)
      .where(inArray(applicationDecisions.applicationId, ids));
    expect(decisions).toHaveLength(200);
    for (const d of decisions) expect(d.actorName && d.at && d.stage).toBeTruthy();
    const fees = await db
      .select({ s: applications.feeStatus, due: applications.feeDue })
      .from(applications)
      .where(inArray(applications.id, ids));
    expect(new Set(fees.map((f) => `${f.s}:${Number(f.due)}`))).toEqual(new Set(['unpaid:150']));
    const page = await okJson(kaowu.get(`/api/v1/applications?batchId=${batch}&status=approved&page=2&pageSize=50`));
    expect(page).toMatchObject({ total: 101 });
    expect(page.items).toHaveLength(50);
  });

  it('R-REG-02: a candidate withdraws before approval and may apply again', async () => {
    const b2 = await registeringBatch(t, kaowu, zhuren, JD, { title: '撤回测试批次' });
    const a = await okJson(apply(yi.client, { batchId: b2 }));
    expect(a.status).toBe('pending_college');
    const w = await okJson(yi.client.post(`/api/v1/portal/applications/${a.id}/withdraw`, { reason: '时间冲突' }));
    expect(w.status).toBe('withdrawn');
    expect((await apply(yi.client, { batchId: b2 })).statusCode).toBe(200);
  });
});

describe('R-ELIG: facts from the tables', () => {
  it('R-ELIG-02: a 1+X elementary certificate recorded in the table gives level 4, not 3', async () => {
    const direct = await registeringBatch(t, kaowu, zhuren, JD, { method: 'direct' as const, title: '电工 直接认定' });
    const c = await candidateWith(t, kaowu, '考生丙', student(JD));
    const before = (await okJson(c.client.get('/api/v1/portal/batches'))).items.find(
      (b: { id: string }) => b.id === direct,
    );
    expect(before.eligibleLevels).toEqual([]);
    // The candidate records its own certificate with an evidence file.
    const noFile = await c.client.post('/api/v1/portal/facts/x-certificates', {
      name: '电工 1+X',
      edition: '2022',
      occupationCode: '6-31-01-03',
      level: 'elementary' as const,
      issuedOn: '2025-06-01',
    });
    expect(noFile.statusCode).toBe(400);
    expect(noFile.json().error.message).toMatch(/^证明材料：/);
    const file = await postFile(t, c.client, '/api/v1/files', 'cert.png', await photoPng(), { purpose: 'evidence' });
    const facts = await okJson(
      c.client.post('/api/v1/portal/facts/x-certificates', {
        name: '电工 1+X',
        edition: '2022',
        occupationCode: '6-31-01-03',
        level: 'elementary' as const,
        issuedOn: '2025-06-01',
        evidenceFileId: file.json().id,
      }),
    );
    expect(facts.xCertificates).toHaveLength(1);
    const after = (await okJson(c.client.get('/api/v1/portal/batches'))).items.find(
      (b: { id: string }) => b.id === direct,
    );
    expect(after.eligibleLevels).toEqual([4]);
    const three = await apply(c.client, { batchId: direct, level: 3 });
    expect(three.statusCode).toBe(400);
    expect(three.json().error.message).toMatch(/三级\/高级工高于可申报的最高等级四级\/中级工/);
    expect((await apply(c.client, { batchId: direct, level: 4 })).statusCode).toBe(200);
  });

  it('R-ELIG-05: a contest result recorded by the clerk grants its level', async () => {
    const contest = await registeringBatch(t, kaowu, zhuren, JD, {
      method: 'contest' as const,
      title: '电工 竞赛取证',
    });
    const c = await candidateWith(t, kaowu, '考生丁', student(JD, { graduating: false }));
    await okJson(
      jidian.post(`/api/v1/candidates/${c.personId}/contest-results`, {
        contest: '校电工技能大赛',
        rank: '一等奖',
        edition: '2022',
        occupationCode: '6-31-01-03',
        grantedLevel: 3,
      }),
    );
    const b = (await okJson(c.client.get('/api/v1/portal/batches'))).items.find(
      (x: { id: string }) => x.id === contest,
    );
    expect(b.eligibleLevels).toEqual([3, 4]);
    expect(JSON.stringify(b.eligibility.reasons)).toMatch(/校电工技能大赛 一等奖，按竞赛办法可认定三级/);
  });

  it("R-ELIG-07: a banned candidate is refused; the clerk manages its own college's facts only; recheck updates snapshots", async () => {
    const c = await candidateWith(t, kaowu, '考生戊', student(JD));
    const b = await registeringBatch(t, kaowu, zhuren, JD, { title: '禁考测试批次' });
    const pending = await okJson(apply(c.client, { batchId: b }));
    expect(pending.eligible).toBe(true);
    expect(
      (await xinxi.post(`/api/v1/candidates/${c.personId}/bans`, { until: '2099-07-01', reason: '替考' })).statusCode,
    ).toBe(404);
    const facts = await okJson(
      jidian.post(`/api/v1/candidates/${c.personId}/bans`, {
        until: addDays(chinaToday(), 400),
        reason: '替考（四级违纪）',
      }),
    );
    expect(facts.bans[0]).toMatchObject({ reason: '替考（四级违纪）', createdByName: '李敏（机电）' });
    const re = await okJson(kaowu.post('/api/v1/applications/recheck', { batchId: b }));
    expect(re).toMatchObject({ count: 1, notEligible: 1, changed: 1 });
    const row = (await okJson(kaowu.get(`/api/v1/applications?batchId=${b}&eligible=false`))).items[0];
    expect(row.eligibilitySummary).toMatch(/因四级违纪（替考（四级违纪））/);
    const other = await registeringBatch(t, kaowu, zhuren, JD, { title: '禁考测试批次二' });
    const refused = await apply(c.client, { batchId: other });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toMatch(/^因四级违纪（替考（四级违纪）），.* 前不得报名/);
    // The engine's reasons are visible to the candidate.
    const seen = await okJson(c.client.get(`/api/v1/portal/applications/${pending.id}`));
    expect(seen.eligibility.levels[2].reasons[0]).toMatchObject({ rule: 'R-ELIG-07', ok: false });
    // Lifting the ban (delete) makes the candidate eligible again.
    await okJson(jidian.del(`/api/v1/candidates/${c.personId}/bans/${facts.bans[0].id}`));
    expect((await apply(c.client, { batchId: other })).statusCode).toBe(200);
  });

  it('R-ELIG-01: the college flags an excellent 中职 graduate (students only)', async () => {
    const c = await candidateWith(t, kaowu, '考生己', student(JD, { educationLevel: 'secondary_vocational' }));
    const before = (await okJson(c.client.get('/api/v1/portal/batches'))).items.find(
      (x: { id: string }) => x.id === batch,
    );
    expect(before.eligibleLevels).toEqual([]);
    await okJson(jidian.put(`/api/v1/candidates/${c.personId}/excellent`, { excellent: true }));
    const after = (await okJson(c.client.get('/api/v1/portal/batches'))).items.find(
      (x: { id: string }) => x.id === batch,
    );
    expect(after.eligibleLevels).toEqual([3, 4]);
  });
});

describe('R-REG-01: the 备案表 PDF', () => {
  it('R-REG-01: the form prints in two copies, for the candidate and for staff in scope', async () => {
    const { appId, cand: jia } = await jdApplication();
    const own = await jia.client.get(`/api/v1/portal/applications/${appId}/form.pdf`);
    expect(own.statusCode).toBe(200);
    expect(own.headers['content-type']).toBe('application/pdf');
    const pdf = own.rawPayload.toString('latin1');
    expect(pdf.startsWith('%PDF')).toBe(true);
    expect(pdf.match(/\/Type \/Page\b/g)).toHaveLength(2);
    expect((await jidian.get(`/api/v1/applications/${appId}/form.pdf`)).statusCode).toBe(200);
    expect((await xinxi.get(`/api/v1/applications/${appId}/form.pdf`)).statusCode).toBe(404);
    expect((await yi.client.get(`/api/v1/portal/applications/${appId}/form.pdf`)).statusCode).toBe(404);
    // The clerk opens the application's photo through the application.
    const detail = await okJson(jidian.get(`/api/v1/applications/${appId}`));
    expect((await jidian.get(`/api/v1/applications/${appId}/files/${detail.photoFileId}`)).statusCode).toBe(200);
  });

  it('R-PPL-02: the full number only for the candidate, centre reviewers and the own college clerk, each audited as a view; finance gets a masked form', async () => {
    const { appId, cand: jia } = await jdApplication();
    const full = (await okJson(kaowu.get(`/api/v1/persons/${jia.personId}/id-number`))).idNumber as string;
    const views = async () =>
      (
        await t.database.db
          .select()
          .from(auditLog)
          .where(and(eq(auditLog.action, 'view.idNumber'), eq(auditLog.entityId, jia.personId)))
      ).length;
    const before = await views();
    const text = async (c: TestClient, url: string) => {
      const res = await c.get(url);
      expect(res.statusCode, res.body).toBe(200);
      return pdfText(res.rawPayload).replace(/\s+/g, '');
    };
    for (const [c, url] of [
      [jia.client, `/api/v1/portal/applications/${appId}/form.pdf`],
      [jidian, `/api/v1/applications/${appId}/form.pdf`],
      [kaowu, `/api/v1/applications/${appId}/form.pdf`],
    ] as const) {
      const page = await text(c, url);
      expect(page).toContain(full);
      expect(page).toContain('2004-03-03');
    }
    expect(await views()).toBe(before + 3);
    const masked = await text(caiwu, `/api/v1/applications/${appId}/form.pdf`);
    expect(masked).not.toContain(full);
    expect(masked).not.toContain(full.slice(0, 6));
    expect(masked).not.toContain('2004-03-03');
    expect(masked).toContain(`**************${full.slice(-4)}`);
    expect(masked).toContain('2004年');
    expect(await views()).toBe(before + 3);
    const [audit] = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'view.idNumber'), eq(auditLog.entityId, jia.personId)))
      .orderBy(desc(auditLog.seq))
      .limit(1);
    expect(JSON.stringify(audit)).not.toMatch(/idMasked|\*{10}/);
    expect(JSON.stringify(audit)).not.toContain(full);
  });
});
