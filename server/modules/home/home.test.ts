import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { colleges, examiners, persons, users } from '../../db/schema/index.js';
import { createTestApp, TEST_PII_KEY, type TestApp, type TestClient } from '../../test/harness.js';
import { DEMO_PASSWORD, seedDatabase } from '../../seed.js';
import { migrateDatabase, openPglite } from '../../db/client.js';
import { PiiCipher } from '../../http/pii.js';
import { hashPassword } from '../auth/password.rules.js';
import { DEMO_TOMORROW_STUDENT, seedDemoArrangement } from '../arrangement/arrangement.demo.js';
import { buildApplication } from '../registration/applications.testkit.js';
import { okJson } from '../plans/plans.testkit.js';
import type { HomeResponse, HomeTask } from '../../../shared/home.js';
import { addDays, chinaToday } from '../../../shared/dates.js';

/**
 * Issue 9 "Home pages": each demo role's 工作台 lists the work waiting for it, from the demo as `npm run dev` seeds
 * it (plans, the 电工 batch to arrange, the published 数控 exam of tomorrow, the linked examiner and supervisor).
 */

let t: TestApp;
let JD = '';
let XX = '';
beforeAll(async () => {
  // As the demo server seeds it (provisional calendars for the years after the official ones): from December on, the
  // shared test template has no batch whose exams fall in next year (R-DAYS-01), the demo server has.
  const database = await openPglite({});
  await migrateDatabase(database);
  await seedDatabase(database.db, 'demo', new PiiCipher(Buffer.from(TEST_PII_KEY, 'hex')), {
    provisionalCalendars: true,
  });
  t = await createTestApp({ database });
  await seedDemoArrangement(t.database.db, t.app.ctx.pii, { files: t.app.ctx.files });
  const rows = await t.database.db.select().from(colleges);
  JD = rows.find((c) => c.code === 'JD')!.id;
  XX = rows.find((c) => c.code === 'XX')!.id;
}, 120_000);
afterAll(async () => t.close());

const homeOf = async (c: TestClient) => (await okJson(c.get('/api/v1/home'))) as HomeResponse;
const taskOf = (h: HomeResponse, key: string): HomeTask | undefined => h.tasks.find((x) => x.key === key);
// The demo titles carry the year of their first exam day, which is some working days after today.
const DRAFT_XX = /^待报送\|\d{4} 年计算机程序设计员认定$/;
const FILED_SM = /^待登记批复\|\d{4} 年保育师认定$/;
const lineTexts = (task: HomeTask | undefined) => (task?.lines ?? []).map((l) => `${l.tag ?? ''}|${l.text}`);
const student = (college: string) => ({
  kind: 'student' as const,
  collegeId: college,
  className: '电气2301',
  major: '电气自动化技术',
  enrolmentYear: 2023,
  educationLevel: 'higher_vocational' as const,
  graduating: true,
});

describe("issue 9: each demo role's home page shows its waiting work", () => {
  it('admin: batches to submit, approve, arrange; the submitted semester plan; deadlines; reviews and payments', async () => {
    const h = await homeOf(await t.login('admin'));
    const batches = taskOf(h, 'batches')!;
    expect(lineTexts(batches)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(DRAFT_XX),
        expect.stringMatching(FILED_SM),
        expect.stringMatching(/^待编排\|.*电工（四级）.*考场编排演示/),
      ]),
    );
    expect(batches.count).toBe(batches.lines.length);
    expect(batches.lines.find((l) => l.tag === '待编排')!.link).toMatch(/^\/batches\/[0-9a-f-]{36}\/arrangement$/);
    const plans = taskOf(h, 'plansToApprove')!;
    expect(plans.count).toBe(1);
    expect(plans.lines[0]).toMatchObject({ text: '校企合作订单班 数控车工 认定项目', link: '/plans/semester' });
    expect(taskOf(h, 'reviewCentre')).toMatchObject({ link: '/applications' });
    expect(taskOf(h, 'payments')).toMatchObject({ link: '/fees' });
  });

  it('R-DAYS-01: the deadlines within 10 working days: tomorrow’s 数控 exam and the 电工 exam in ten days', async () => {
    const h = await homeOf(await t.login('kaowu'));
    const d = taskOf(h, 'deadlines')!;
    expect(d.title).toBe('10 个工作日内的期限');
    expect(lineTexts(d)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^首场考核\|.*数控机床装调维修工.*明日开考演示/),
        expect.stringMatching(/^首场考核\|.*电工（四级）/),
      ]),
    );
    expect(d.lines.find((l) => l.text.includes('明日开考'))!.detail).toMatch(/明天/);
    expect(d.count).toBe(d.lines.length);
  });

  it('centre_head: records the authority’s approval; approves plans; no payments to record', async () => {
    const h = await homeOf(await t.login('zhuren'));
    expect(lineTexts(taskOf(h, 'batches'))).toEqual(expect.arrayContaining([expect.stringMatching(FILED_SM)]));
    expect(taskOf(h, 'plansToApprove')!.count).toBe(1);
    expect(taskOf(h, 'payments')).toBeUndefined();
    expect(taskOf(h, 'reviewCollege')).toBeUndefined();
  });

  it('exam_admin: submits and arranges batches but does not record the authority’s approval', async () => {
    const h = await homeOf(await t.login('kaowu'));
    const lines = lineTexts(taskOf(h, 'batches'));
    expect(lines).toEqual(expect.arrayContaining([expect.stringMatching(DRAFT_XX)]));
    expect(lines.some((l) => l.startsWith('待编排|'))).toBe(true);
    expect(lines.some((l) => l.startsWith('待登记批复|'))).toBe(false);
    expect(taskOf(h, 'reviewCentre')).toBeDefined();
  });

  it('college_clerk: its first-stage reviews and its own semester plans, its own college’s deadlines only', async () => {
    const jd = await homeOf(await t.login('jidian'));
    expect(taskOf(jd, 'reviewCollege')).toMatchObject({ link: '/applications' });
    expect(taskOf(jd, 'reviewCentre')).toBeUndefined();
    expect(taskOf(jd, 'batches')).toBeUndefined();
    expect(lineTexts(taskOf(jd, 'plansReturned'))).toContain('待中心审批|校企合作订单班 数控车工 认定项目');
    expect(lineTexts(taskOf(jd, 'deadlines')).some((l) => l.includes('明日开考演示'))).toBe(true);
    const xx = await homeOf(await t.login('xinxi'));
    expect(lineTexts(taskOf(xx, 'deadlines')).some((l) => l.includes('明日开考演示'))).toBe(false);
    expect(taskOf(xx, 'plansReturned')!.lines).toEqual([]);
  });

  it('finance: payments to record and the exam deadlines; no reviews or batch steps', async () => {
    const h = await homeOf(await t.login('caiwu'));
    expect(taskOf(h, 'payments')).toMatchObject({ key: 'payments', link: '/fees' });
    expect(taskOf(h, 'reviewCentre')).toBeUndefined();
    expect(taskOf(h, 'batches')).toBeUndefined();
    expect(lineTexts(taskOf(h, 'deadlines')).some((l) => l.includes('明日开考演示'))).toBe(true);
  });

  it('examiner: the duties of tomorrow’s published 数控 exam, linking to 我的档案', async () => {
    const h = await homeOf(await t.login('kaopingyuan'));
    const d = taskOf(h, 'duties')!;
    expect(d.link).toBe('/my-record');
    expect(d.count).toBeGreaterThanOrEqual(1);
    expect(d.lines[0].detail).toMatch(/数控机床装调维修工/);
    expect(d.lines.every((l) => /^(考评员|考评组组长)$/.test(l.tag ?? ''))).toBe(true);
    expect(h.tasks.filter((x) => !['duties', 'ownExpiring'].includes(x.key))).toEqual([]);
  });

  it('supervisor: its 质量督导 duties of tomorrow’s exam', async () => {
    const h = await homeOf(await t.login('dudao'));
    const d = taskOf(h, 'duties')!;
    expect(d.count).toBeGreaterThanOrEqual(1);
    expect(d.lines.every((l) => l.tag === '质量督导' && l.link === '/my-record')).toBe(true);
  });

  it('candidate: the open batches are the portal’s own list; no applications and no exam yet', async () => {
    const c = await t.login('kaosheng');
    const [h, portal] = [await homeOf(c), await okJson(c.get('/api/v1/portal/batches'))];
    const open = taskOf(h, 'openBatches')!;
    expect(open.lines.map((l) => l.text)).toEqual(portal.items.map((b: { title: string }) => b.title));
    expect(open.link).toBe('/portal');
    expect(taskOf(h, 'myApplications')!.lines).toEqual([]);
    expect(taskOf(h, 'nextExam')!.lines).toEqual([]);
  });

  it('R-ARR-11: the student of tomorrow’s exam sees sitting, site, room, seat and ticket number on the day before', async () => {
    const [row] = await t.database.db
      .select({ id: users.id, username: users.username })
      .from(users)
      .where(eq(users.username, `c${DEMO_TOMORROW_STUDENT.studentNumber}`));
    await t.database.db
      .update(users)
      .set({ passwordHash: await hashPassword(DEMO_PASSWORD), mustChangePassword: false })
      .where(eq(users.id, row.id));
    const h = await homeOf(await t.login(row.username));
    const exam = taskOf(h, 'nextExam')!;
    expect(exam.count).toBe(2);
    expect(exam.lines[0].text).toMatch(/^理论知识考试 · \d{4}-\d{2}-\d{2} \d{2}:\d{2}–\d{2}:\d{2}$/);
    expect(exam.lines[0].detail).toMatch(/座位 \d+ · 准考证号 \S+/);
    expect(exam.lines[1].detail).toMatch(/数控实训中心 B1 数控实训室 · 座位 \d+/);
    expect(exam.link).toBe('/portal?tab=exam');
    expect(lineTexts(taskOf(h, 'myApplications'))[0]).toMatch(/^审核通过\|.*数控机床装调维修工/);
  });
});

describe('issue 9: new work appears in the right role’s list', () => {
  it('R-REG-02: a new application waits for its college’s clerk (not another college’s), then for the centre', async () => {
    const [kaowu, zhuren, jidian, xinxi] = await Promise.all(
      ['kaowu', 'zhuren', 'jidian', 'xinxi'].map((u) => t.login(u)),
    );
    const title = '首页待办 电工 批次';
    const { appId, cand } = await buildApplication(
      t,
      { kaowu, zhuren, jidian },
      { collegeId: JD, person: student(JD), title },
    );
    const line = (h: HomeResponse, key: string) => taskOf(h, key)?.lines.find((l) => l.text === title);
    expect(line(await homeOf(jidian), 'reviewCollege')).toMatchObject({
      count: 1,
      link: expect.stringMatching(/^\/applications\?batchId=/),
    });
    expect(line(await homeOf(xinxi), 'reviewCollege')).toBeUndefined();
    expect(line(await homeOf(kaowu), 'reviewCentre')).toBeUndefined();
    // R-REG-01: the batch taking applications, with its applicants, for the college that imports rosters into it.
    expect(line(await homeOf(jidian), 'registering')?.detail).toMatch(/本院已报名 1 人$/);
    expect(line(await homeOf(xinxi), 'registering')).toBeUndefined();
    expect(lineTexts(taskOf(await homeOf(cand.client), 'myApplications'))).toEqual([
      `待学院初审|${title}（三级/高级工）`,
    ]);
    // The candidate's open batches are those of the portal, with its own application's state.
    expect(lineTexts(taskOf(await homeOf(cand.client), 'openBatches'))).toContain(`待学院初审|${title}`);

    await okJson(jidian.post('/api/v1/applications/review', { ids: [appId], decision: 'approve' }));
    expect(line(await homeOf(jidian), 'reviewCollege')).toBeUndefined();
    expect(line(await homeOf(kaowu), 'reviewCentre')).toMatchObject({ count: 1 });
    expect(line(await homeOf(zhuren), 'reviewCentre')).toMatchObject({ count: 1 });
    expect(line(await homeOf(xinxi), 'reviewCentre')).toBeUndefined();
    expect(XX).not.toBe(JD);
  });
});

describe('R-DAYS-01 / R-PLAN-06: a training class’s filing deadline is listed for its own college', () => {
  it('R-PLAN-06: a class whose enrolment closes today, with 3 working days to file, is due within 10 working days', async () => {
    const [zhuren, jidian, xinxi] = await Promise.all(['zhuren', 'jidian', 'xinxi'].map((u) => t.login(u)));
    const settings = await okJson(zhuren.get('/api/v1/plans/settings'));
    await okJson(zhuren.put('/api/v1/plans/settings', { ...settings, trainingFilingDays: 3 }));
    const name = '首页期限 电工中级培训班';
    const c = await okJson(
      jidian.post('/api/v1/training-classes', {
        collegeId: JD,
        name,
        edition: '2022',
        code: '6-31-01-03',
        level: 4,
        enrolmentClosesOn: chinaToday(),
        traineeCount: 30,
      }),
    );
    const line = taskOf(await homeOf(jidian), 'deadlines')!.lines.find((l) => l.text === name);
    expect(line).toMatchObject({ tag: '培训班开班备案截止', link: '/training-classes' });
    expect(line!.detail).toContain(c.filingDeadline);
    expect(taskOf(await homeOf(xinxi), 'deadlines')!.lines.some((l) => l.text === name)).toBe(false);
  });
});

describe('issue 9: an examiner is reminded of its own certificate', () => {
  it('R-PPL-04: the examiner’s certificate ending in 30 days shows on its own home page, linking to 我的档案', async () => {
    const [u] = await t.database.db.select().from(users).where(eq(users.username, 'kaopingyuan'));
    const [p] = await t.database.db.select().from(persons).where(eq(persons.userId, u.id));
    const until = addDays(chinaToday(), 30);
    await t.database.db.update(examiners).set({ certificateValidUntil: until }).where(eq(examiners.personId, p.id));
    const h = await homeOf(await t.login('kaopingyuan'));
    const own = taskOf(h, 'ownExpiring')!;
    expect(own).toMatchObject({ count: 1, link: '/my-record' });
    expect(own.lines[0]).toMatchObject({ tag: '即将到期', detail: `${until} 到期，还有 30 天` });
    expect(taskOf(await homeOf(await t.login('dudao')), 'ownExpiring')).toBeUndefined();
  });
});
