import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp, type TestClient } from '../../test/harness.js';
import { batchTransitions, batches, colleges, persons, semesterPlans, users } from '../../db/schema/index.js';
import { batchBodyFor, okJson } from './plans.testkit.js';
import { publishResults } from './batch.service.js';
import { checkEligibility } from '../../../shared/eligibility.js';

let t: TestApp;
let kaowu: TestClient;
let zhuren: TestClient;
let jidian: TestClient;
let xinxi: TestClient;
let kaosheng: TestClient;
let caiwu: TestClient;
let JD = '';
let XX = '';

beforeAll(async () => {
  t = await createTestApp();
  [kaowu, zhuren, jidian, xinxi, kaosheng, caiwu] = await Promise.all(
    ['kaowu', 'zhuren', 'jidian', 'xinxi', 'kaosheng', 'caiwu'].map((u) => t.login(u)),
  );
  const rows = await t.database.db.select().from(colleges);
  JD = rows.find((c) => c.code === 'JD')!.id;
  XX = rows.find((c) => c.code === 'XX')!.id;
});
afterAll(async () => t.close());

const setLead = (leadDays: number, lateMode: 'refuse' | 'warn' = 'refuse') =>
  okJson(zhuren.put('/api/v1/plans/settings', { leadDays, lateMode, trainingFilingDays: 20 }));
const newBatch = async (body = batchBodyFor(JD)) =>
  (await okJson(kaowu.post('/api/v1/batches', body))) as {
    id: string;
    submissionDeadline: string | null;
    deadlineError: string | null;
  };
const stateOf = async (id: string) => (await t.database.db.select().from(batches).where(eq(batches.id, id)))[0].state;

describe('R-PLAN-04: submission to the authority in working days', () => {
  it('R-PLAN-04: the batch shows its deadline: exam on 2026-10-12 with lead 10 ⇒ 2026-09-21', async () => {
    await setLead(10);
    const b = await newBatch();
    expect(b.submissionDeadline).toBe('2026-09-21');
    expect((await okJson(kaowu.get(`/api/v1/batches/${b.id}`))).leadDays).toBe(10);
  });
  it('R-PLAN-04: submitting on the deadline (2026-09-21) is allowed and recorded as a transition', async () => {
    const b = await newBatch();
    const res = await okJson(kaowu.post(`/api/v1/batches/${b.id}/submit`, { submittedOn: '2026-09-21' }));
    expect(res.state).toBe('filed');
    expect(res.submittedLate).toBe(false);
    expect(res.transitions).toMatchObject([{ from: 'draft', to: 'filed', actorName: '刘考务' }]);
  });
  it('R-PLAN-04: submitting on 2026-09-22 is refused with the deadline named, and nothing changes', async () => {
    const b = await newBatch();
    const res = await kaowu.post(`/api/v1/batches/${b.id}/submit`, { submittedOn: '2026-09-22' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toMatch(/逾期.*2026-09-21/);
    expect(await stateOf(b.id)).toBe('draft');
    expect(await t.database.db.select().from(batchTransitions).where(eq(batchTransitions.batchId, b.id))).toEqual([]);
  });
  it('R-PLAN-04: with the Shandong lead time of 5 the deadline moves to 2026-09-29 and 09-22 is on time', async () => {
    await setLead(5);
    try {
      const b = await newBatch();
      expect(b.submissionDeadline).toBe('2026-09-29');
      const res = await okJson(kaowu.post(`/api/v1/batches/${b.id}/submit`, { submittedOn: '2026-09-22' }));
      expect(res.submittedLate).toBe(false);
    } finally {
      await setLead(10);
    }
  });
  it("R-PLAN-04: under 'warn' the late submission passes, flagged late, with the warning recorded", async () => {
    await setLead(10, 'warn');
    try {
      const b = await newBatch();
      const res = await okJson(kaowu.post(`/api/v1/batches/${b.id}/submit`, { submittedOn: '2026-09-22' }));
      expect(res.state).toBe('filed');
      expect(res.submittedLate).toBe(true);
      expect(res.submissionWarning).toMatch(/逾期.*2026-09-21/);
      expect(res.transitions[0].note).toMatch(/逾期/);
    } finally {
      await setLead(10);
    }
  });
  it('R-PLAN-04 / R-DAYS-01: an exam in 2028 shows why there is no deadline, and submitting is CALENDAR_MISSING naming 2028', async () => {
    const b = await newBatch(batchBodyFor(JD, { examDay: '2028-03-10' }));
    expect(b.submissionDeadline).toBeNull();
    expect(b.deadlineError).toMatch(/2028/);
    const res = await kaowu.post(`/api/v1/batches/${b.id}/submit`, { submittedOn: '2026-11-01' });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('CALENDAR_MISSING');
    expect(res.json().error.message).toMatch(/2028/);
    expect(await stateOf(b.id)).toBe('draft');
  });
  it('R-PLAN-04: a submission date in the future is refused', async () => {
    const b = await newBatch();
    const res = await kaowu.post(`/api/v1/batches/${b.id}/submit`, { submittedOn: '2099-01-01' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/报送日期/);
  });
  it('R-PLAN-04: the lead-time setting is checked (Chinese message naming the field) and is the head’s', async () => {
    const bad = await zhuren.put('/api/v1/plans/settings', { leadDays: 0, lateMode: 'refuse', trainingFilingDays: 20 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/报送提前工作日数/);
    expect(
      (await kaowu.put('/api/v1/plans/settings', { leadDays: 5, lateMode: 'refuse', trainingFilingDays: 20 }))
        .statusCode,
    ).toBe(403);
    expect((await okJson(kaowu.get('/api/v1/plans/settings'))).leadDays).toBe(10);
  });
  it('R-PLAN-04: the plan exports as Excel (authority layout headers) and PDF', async () => {
    const b = await newBatch();
    const x = await kaowu.get(`/api/v1/batches/${b.id}/plan/xlsx`);
    expect(x.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(String(ws.getCell(1, 1).value)).toMatch(/职业技能等级认定计划/);
    const header = (ws.getRow(2).values as unknown[]).slice(1);
    expect(header).toEqual(
      expect.arrayContaining([
        '职业（工种）',
        '等级',
        '评价方式',
        '考核时间',
        '考核地点',
        '认定人数',
        '考场安排',
        '监考人员',
        '考评人员',
        '内部质量督导员',
      ]),
    );
    expect(String(ws.getCell(3, 7).value)).toBe('2026-10-12 09:00–10:30');
    const p = await kaowu.get(`/api/v1/batches/${b.id}/plan/pdf`);
    expect(p.statusCode).toBe(200);
    expect(p.rawPayload.subarray(0, 4).toString()).toBe('%PDF');
  });
  it('R-PLAN-04: the authority’s approval (number, date) is recorded by the head once submitted', async () => {
    const b = await newBatch();
    const early = await zhuren.post(`/api/v1/batches/${b.id}/approval`, {
      approvalNumber: '豫鉴〔2026〕9号',
      approvalDate: '2026-09-10',
    });
    expect(early.statusCode).toBe(409);
    await okJson(kaowu.post(`/api/v1/batches/${b.id}/submit`, { submittedOn: '2026-09-01' }));
    expect(
      (await kaowu.post(`/api/v1/batches/${b.id}/approval`, { approvalNumber: 'X号', approvalDate: '2026-09-10' }))
        .statusCode,
    ).toBe(403);
    const res = await okJson(
      zhuren.post(`/api/v1/batches/${b.id}/approval`, {
        approvalNumber: '豫鉴〔2026〕9号',
        approvalDate: '2026-09-10',
      }),
    );
    expect(res).toMatchObject({ approvalNumber: '豫鉴〔2026〕9号', approvalDate: '2026-09-10' });
  });
});

describe('R-PLAN-03: batches inside the scope, and their states', () => {
  it('R-PLAN-03 / R-ORG-03: a batch of another college’s occupation is refused with the scope’s message', async () => {
    const res = await kaowu.post('/api/v1/batches', batchBodyFor(XX));
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toMatch(/机电工程学院申报备案/);
  });
  it('R-PLAN-03 / R-ORG-02: a level outside the scope is refused', async () => {
    const res = await kaowu.post('/api/v1/batches', batchBodyFor(JD, { levels: [4, 5] }));
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toMatch(/不含五级/);
  });
  it('R-PLAN-03: bad input names the field in Chinese and creates nothing', async () => {
    const before = (await t.database.db.select().from(batches)).length;
    const body = {
      ...batchBodyFor(JD),
      capacity: 0,
      sittings: [{ kind: 'theory', day: '2026-10-12', startsAt: '10:00', endsAt: '09:00', place: '信息楼' }],
    };
    const res = await kaowu.post('/api/v1/batches', body);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/计划人数/);
    expect(res.json().error.message).toMatch(/结束时间/);
    const late = await kaowu.post('/api/v1/batches', { ...batchBodyFor(JD), registrationClosesOn: '2026-10-20' });
    expect(late.statusCode).toBe(400);
    expect(late.json().error.message).toMatch(/报名截止日期/);
    expect((await t.database.db.select().from(batches)).length).toBe(before);
  });
  it('R-PLAN-03: the batch walks 草稿 → … → 已归档, each step by its role, recorded', async () => {
    const b = await newBatch();
    const move = (c: TestClient, to: string) => c.post(`/api/v1/batches/${b.id}/transitions`, { to });
    const wrong = await move(kaowu, 'registering');
    expect(wrong.statusCode).toBe(409);
    expect(wrong.json().error.message).toMatch(/当前状态为“草稿”/);
    await okJson(kaowu.post(`/api/v1/batches/${b.id}/submit`, { submittedOn: '2026-09-01' }));
    const noApproval = await move(kaowu, 'registering');
    expect(noApproval.statusCode).toBe(409);
    expect(noApproval.json().error.message).toMatch(/批复/);
    await okJson(
      zhuren.post(`/api/v1/batches/${b.id}/approval`, {
        approvalNumber: '豫鉴〔2026〕3号',
        approvalDate: '2026-09-10',
      }),
    );
    for (const to of ['registering', 'reviewed', 'arranged', 'examining']) await okJson(move(kaowu, to));
    const skip = await move(zhuren, 'archived');
    expect(skip.statusCode).toBe(409);
    expect(skip.json().error.message).toContain('认定档案'); // R-ARC-02: never a bare move, in any state
    expect((await move(kaowu, 'publicity')).statusCode).toBe(403);
    expect((await move(caiwu, 'publicity')).statusCode).toBe(403);
    // R-PUB-01: publicity starts with its window on the 成绩公示 page (the publicity module), never by a bare move.
    const bare = await move(zhuren, 'publicity');
    expect(bare.statusCode).toBe(409);
    expect(bare.json().error.message).toContain('成绩公示须在“成绩公示”页面开始');
    const [head] = await t.database.db.select().from(users).where(eq(users.username, 'zhuren'));
    await publishResults(t.database.db, {
      actor: {
        userId: head.id,
        username: 'zhuren',
        displayName: head.displayName,
        role: head.role,
        collegeId: null,
        ip: null,
      },
      id: b.id,
    });
    // R-ARC-02: closing (已归档) is the archive's, once its checklist is complete (archives.test.ts), never a bare move.
    const bareArchive = await move(zhuren, 'archived');
    expect(bareArchive.statusCode).toBe(409);
    expect(bareArchive.json().error.message).toContain('认定档案');
    const done = await okJson(zhuren.get(`/api/v1/batches/${b.id}`));
    expect(done.state).toBe('publicity');
    expect(done.transitions.map((x: { to: string }) => x.to)).toEqual([
      'filed',
      'registering',
      'reviewed',
      'arranged',
      'examining',
      'publicity',
    ]);
  });
  it('R-PLAN-03: a submitted batch can no longer be edited', async () => {
    const b = await newBatch();
    await okJson(kaowu.post(`/api/v1/batches/${b.id}/submit`, { submittedOn: '2026-09-01' }));
    const res = await kaowu.put(`/api/v1/batches/${b.id}`, batchBodyFor(JD, { title: '改名' }));
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toMatch(/已报备/);
  });
  it("R-ORG-07: a clerk sees its own college's batches only; another college's batch is 404", async () => {
    const b = await newBatch();
    expect((await xinxi.get(`/api/v1/batches/${b.id}`)).statusCode).toBe(404);
    expect((await jidian.get(`/api/v1/batches/${b.id}`)).statusCode).toBe(200);
    const list = await okJson(xinxi.get('/api/v1/batches'));
    expect(list.items.every((x: { collegeId: string }) => x.collegeId === XX)).toBe(true);
    expect((await xinxi.get(`/api/v1/batches/${b.id}/plan/xlsx`)).statusCode).toBe(404);
    expect((await xinxi.post(`/api/v1/batches/${b.id}/transitions`, { to: 'registering' })).statusCode).toBe(403);
  });
});

describe('R-PLAN-05: the notice', () => {
  it('R-PLAN-05: generated from the batch, published after submission, visible on the portal, printable', async () => {
    const b = await newBatch(batchBodyFor(JD, { title: '通知测试批次' }));
    const preview = await okJson(kaowu.get(`/api/v1/batches/${b.id}/notice`));
    expect(preview).toMatchObject({
      levels: '四级/中级工',
      method: '考试考核',
      registrationPlace: '行政楼 305',
      fee: '150.00 元/人',
      publishedAt: null,
    });
    expect(preview.sittings.map((s: { kind: string }) => s.kind)).toEqual(['理论知识考试', '操作技能考核']);
    expect(preview.conditions).toMatch(/在校学习满一年/);
    const early = await kaowu.post(`/api/v1/batches/${b.id}/notice/publish`);
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toMatch(/草稿/);
    expect(
      (await okJson(kaosheng.get('/api/v1/notices'))).items.some((n: { batchId: string }) => n.batchId === b.id),
    ).toBe(false);
    expect((await kaosheng.get(`/api/v1/notices/${b.id}`)).statusCode).toBe(404);
    await okJson(kaowu.post(`/api/v1/batches/${b.id}/submit`, { submittedOn: '2026-09-01' }));
    const published = await okJson(kaowu.post(`/api/v1/batches/${b.id}/notice/publish`));
    expect(published.publishedAt).toBeTruthy();
    const portal = await okJson(kaosheng.get('/api/v1/notices'));
    expect(portal.items.find((n: { batchId: string }) => n.batchId === b.id).title).toMatch(
      /电工职业技能等级认定的通知/,
    );
    const pdf = await kaosheng.get(`/api/v1/notices/${b.id}/pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 4).toString()).toBe('%PDF');
    expect((await okJson(kaowu.get(`/api/v1/batches/${b.id}`))).noticePublishedAt).toBeTruthy();
  });
});

describe('R-PLAN-01: the annual plan', () => {
  it('R-PLAN-01: the plan for next year with its lines; one per year; bad lines named and nothing saved', async () => {
    const line = { edition: '2022', code: '6-31-01-03', level: 4, method: 'exam', expectedCandidates: 120, month: 5 };
    const p = await okJson(
      kaowu.post('/api/v1/plans/annual', {
        year: 2031,
        title: '2031 年度职业技能等级认定计划',
        lines: [line, { ...line, level: 3, expectedCandidates: 40, month: 11 }],
      }),
    );
    expect(p).toMatchObject({ year: 2031, status: 'draft', totalCandidates: 160 });
    expect(p.lines[0]).toMatchObject({ occupationName: '电工', level: 4, month: 5 });
    const dup = await kaowu.post('/api/v1/plans/annual', { year: 2031, title: '重复', lines: [] });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.message).toMatch(/年度：2031/);
    const bad = await kaowu.post('/api/v1/plans/annual', {
      year: 2032,
      title: '2032 计划',
      lines: [{ ...line, month: 13 }],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/第 1 项的月份/);
    const unknown = await kaowu.post('/api/v1/plans/annual', {
      year: 2032,
      title: '2032 计划',
      lines: [{ ...line, code: '9-99-99-99' }],
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.message).toMatch(/第 1 项：职业编码 9-99-99-99/);
    const years = (await okJson(kaowu.get('/api/v1/plans/annual'))).items.map((x: { year: number }) => x.year);
    expect(years).toContain(2031);
    expect(years).not.toContain(2032);
    expect((await okJson(kaowu.post(`/api/v1/plans/annual/${p.id}/issue`))).status).toBe('issued');
    expect((await jidian.get(`/api/v1/plans/annual/${p.id}`)).statusCode).toBe(200);
    expect(
      (await jidian.post('/api/v1/plans/annual', { year: 2033, title: '学院不能制定', lines: [] })).statusCode,
    ).toBe(403);
  });
});

describe('R-PLAN-02: semester plans', () => {
  const line = { edition: '2022', code: '6-31-01-03', level: 4, method: 'process', expectedCandidates: 45 };
  const body = (collegeId: string, extra: Record<string, unknown> = {}) => ({
    collegeId,
    semester: '2026-2027-2',
    title: '机电学院 2026-2027-2 学期认定计划',
    lines: [line],
    ...extra,
  });

  it('R-PLAN-02: the clerk submits for its own college; the centre returns with a reason, then approves the corrected plan', async () => {
    const p = await okJson(jidian.post('/api/v1/plans/semester', body(JD)));
    expect(p.status).toBe('draft');
    await okJson(jidian.post(`/api/v1/plans/semester/${p.id}/submit`));
    expect((await jidian.put(`/api/v1/plans/semester/${p.id}`, body(JD))).statusCode).toBe(409);
    expect((await jidian.post(`/api/v1/plans/semester/${p.id}/approve`)).statusCode).toBe(403);
    const noReason = await kaowu.post(`/api/v1/plans/semester/${p.id}/return`, { reason: '' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.message).toMatch(/退回原因/);
    const back = await okJson(
      kaowu.post(`/api/v1/plans/semester/${p.id}/return`, { reason: '预计人数与班级人数不符' }),
    );
    expect(back).toMatchObject({ status: 'returned', reason: '预计人数与班级人数不符', decidedBy: '刘考务' });
    await okJson(
      jidian.put(`/api/v1/plans/semester/${p.id}`, body(JD, { lines: [{ ...line, expectedCandidates: 38 }] })),
    );
    await okJson(jidian.post(`/api/v1/plans/semester/${p.id}/submit`));
    const ok = await okJson(kaowu.post(`/api/v1/plans/semester/${p.id}/approve`));
    expect(ok).toMatchObject({ status: 'approved', reason: null });
    const dup = await jidian.post('/api/v1/plans/semester', body(JD));
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.message).toMatch(/临时/);
    expect(
      (await jidian.post('/api/v1/plans/semester', body(JD, { adHoc: true, title: '临时合作考证项目' }))).statusCode,
    ).toBe(200);
  });
  it("R-PLAN-02 / R-ORG-07: a clerk can neither see nor change another college's semester plan", async () => {
    const p = await okJson(jidian.post('/api/v1/plans/semester', body(JD, { adHoc: true })));
    expect((await xinxi.get(`/api/v1/plans/semester/${p.id}`)).statusCode).toBe(404);
    expect((await xinxi.put(`/api/v1/plans/semester/${p.id}`, body(XX, { adHoc: true }))).statusCode).toBe(404);
    expect((await xinxi.post(`/api/v1/plans/semester/${p.id}/submit`)).statusCode).toBe(404);
    expect((await xinxi.post('/api/v1/plans/semester', body(JD, { adHoc: true }))).statusCode).toBe(404);
    const list = await okJson(xinxi.get('/api/v1/plans/semester'));
    expect(list.items.some((x: { id: string }) => x.id === p.id)).toBe(false);
    const [row] = await t.database.db.select().from(semesterPlans).where(eq(semesterPlans.id, p.id));
    expect(row.status).toBe('draft');
  });
  it('R-PLAN-02 / R-ORG-03: a line outside the college’s scope and a bad semester are refused in Chinese', async () => {
    const res = await xinxi.post('/api/v1/plans/semester', body(XX, { adHoc: true }));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/第 1 项：.*机电工程学院申报备案/);
    const sem = await jidian.post('/api/v1/plans/semester', body(JD, { semester: '2026-2028-1' }));
    expect(sem.statusCode).toBe(400);
    expect(sem.json().error.message).toMatch(/学期/);
  });
  it('R-PLAN-02: a batch may be linked to an approved semester plan of the same college only', async () => {
    const p = await okJson(jidian.post('/api/v1/plans/semester', body(JD, { adHoc: true })));
    const res = await kaowu.post('/api/v1/batches', { ...batchBodyFor(JD), semesterPlanId: p.id });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/学期计划：尚未经认定中心批准/);
  });
});

describe('R-PLAN-06: training classes', () => {
  it('R-PLAN-06: the filing deadline is 20 working days after enrolment closes; unfiled past it is overdue; filing is recorded', async () => {
    const c = await okJson(
      jidian.post('/api/v1/training-classes', {
        collegeId: JD,
        name: '2026 电工中级培训班',
        edition: '2022',
        code: '6-31-01-03',
        level: 4,
        enrolmentClosesOn: '2026-06-30',
        traineeCount: 42,
      }),
    );
    expect(c).toMatchObject({ filingDeadline: '2026-07-28', filingStatus: 'overdue' });
    const filed = await okJson(
      jidian.post(`/api/v1/training-classes/${c.id}/filing`, {
        filedOn: '2026-07-28',
        filingNumber: '攀就备〔2026〕8号',
      }),
    );
    expect(filed.filingStatus).toBe('filed');
    const late = await okJson(jidian.post(`/api/v1/training-classes/${c.id}/filing`, { filedOn: '2026-07-29' }));
    expect(late.filingStatus).toBe('filed_late');
    const early = await jidian.post(`/api/v1/training-classes/${c.id}/filing`, { filedOn: '2026-06-01' });
    expect(early.statusCode).toBe(400);
    expect(early.json().error.message).toMatch(/备案日期/);
    expect((await xinxi.get(`/api/v1/training-classes/${c.id}`)).statusCode).toBe(404);
  });
  it('R-PLAN-06: the form previews the deadline in working days before saving; the setting changes it', async () => {
    const d = await okJson(jidian.get('/api/v1/training-classes/deadline?enrolmentClosesOn=2026-06-30'));
    expect(d).toMatchObject({ days: 20, deadline: '2026-07-28', error: null });
    await okJson(zhuren.put('/api/v1/plans/settings', { leadDays: 10, lateMode: 'refuse', trainingFilingDays: 5 }));
    expect(await okJson(jidian.get('/api/v1/training-classes/deadline?enrolmentClosesOn=2026-06-30'))).toMatchObject({
      days: 5,
      deadline: '2026-07-07',
    });
    await okJson(zhuren.put('/api/v1/plans/settings', { leadDays: 10, lateMode: 'refuse', trainingFilingDays: 20 }));
    const missing = await okJson(jidian.get('/api/v1/training-classes/deadline?enrolmentClosesOn=2028-01-15'));
    expect(missing.deadline).toBeNull();
    expect(missing.error).toMatch(/2028/);
    const bad = await jidian.get('/api/v1/training-classes/deadline?enrolmentClosesOn=30/06/2026');
    expect(bad.statusCode).toBe(400);
    expect((await kaosheng.get('/api/v1/training-classes/deadline?enrolmentClosesOn=2026-06-30')).statusCode).toBe(403);
  });
  it('R-PLAN-06 / R-DAYS-01: enrolment closing in 2028 shows the missing calendar year instead of a guess', async () => {
    const c = await okJson(
      kaowu.post('/api/v1/training-classes', {
        collegeId: JD,
        name: '2028 培训班',
        edition: '2022',
        code: '6-31-01-03',
        level: 4,
        enrolmentClosesOn: '2028-01-15',
        traineeCount: 10,
      }),
    );
    expect(c.filingDeadline).toBeNull();
    expect(c.filingStatus).toBe('unknown');
    expect(c.deadlineError).toMatch(/2028/);
  });
});

describe('R-PLAN-03: the batch list filters', () => {
  it('R-PLAN-03: by state, college, occupation code and a sitting within a date range; a clerk still sees only its college', async () => {
    const a = await newBatch({ ...batchBodyFor(JD, { examDay: '2026-12-14', title: '筛选电工 A' }) });
    const b = await newBatch({
      ...batchBodyFor(JD, { examDay: '2026-12-22', title: '筛选数控车工 B', code: '6-18-01-01' }),
      jobName: '数控车床',
    });
    const ids = async (c: TestClient, q: string) =>
      ((await okJson(c.get(`/api/v1/batches?${q}`))).items as { id: string }[]).map((x) => x.id);
    expect(await ids(kaowu, 'code=6-31-01-03&keyword=筛选')).toEqual([a.id]);
    expect(await ids(kaowu, 'from=2026-12-20&to=2026-12-31&keyword=筛选')).toEqual([b.id]);
    expect(await ids(kaowu, 'from=2026-12-14&to=2026-12-14&keyword=筛选')).toEqual([a.id]);
    expect(await ids(kaowu, 'to=2026-12-13&keyword=筛选')).toEqual([]);
    expect(await ids(kaowu, `collegeId=${XX}&keyword=筛选`)).toEqual([]);
    expect((await ids(kaowu, 'state=draft&keyword=筛选')).sort()).toEqual([a.id, b.id].sort());
    expect(await ids(kaowu, 'state=filed&keyword=筛选')).toEqual([]);
    expect(await ids(xinxi, 'keyword=筛选')).toEqual([]);
    const bad = await kaowu.get('/api/v1/batches?from=2026-12-31&to=2026-12-01');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/考核日期/);
  });
});

describe('demo data (demo mode)', () => {
  it('R-ELIG-01: the demo candidate kaosheng is a graduating 高职 student of JD with a student number', async () => {
    const [u] = await t.database.db.select().from(users).where(eq(users.username, 'kaosheng'));
    const [p] = await t.database.db.select().from(persons).where(eq(persons.userId, u.id));
    expect(p).toMatchObject({
      kind: 'student',
      collegeId: JD,
      educationLevel: 'higher_vocational',
      graduating: true,
      major: '电气自动化技术',
    });
    expect(p.studentNumber).toMatch(/^\d{10}$/);
    expect(p.idMasked).toMatch(/^\*{14}\d{3}[\dX]$/); // R-PPL-02: the last four only
    const r = checkEligibility(
      {
        kind: 'student',
        educationLevel: p.educationLevel as 'higher_vocational',
        graduating: p.graduating,
        enrolmentYear: p.enrolmentYear,
      },
      {
        occupation: { edition: '2022', code: '6-31-01-03' },
        method: 'exam',
        batchDate: '2026-12-25',
        scopeLevels: [4, 3],
        standardLevels: [5, 4, 3, 2, 1],
        batchLevels: [4, 3],
      },
    );
    expect(r.highest).toBe(3);
  });
});
