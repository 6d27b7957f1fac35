import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request, type Browser, type Page } from 'playwright-core';
import { apiJson, baseURL, launch, login, newViewportPage, screenshot } from './browser.js';
import { addDays, chinaToday } from '../shared/dates.js';
import { idCheckChar } from '../shared/idcard.js';
import type { CheckinListResponse, ExamRoomsResponse } from '../shared/exams-day.js';

/**
 * Issue 12, exam day in the browser (R-EXAM-01…04, R-VIOL recorded, R-SUP-03): the demo proctor 吴监考 (`jiankao`)
 * on a phone opens tomorrow's computer-based theory room of the 明日开考 demo, opens it (开考), checks a candidate
 * in by typing the ticket number (photo shown), marks one absent, records an incident with credit and a violation;
 * the site head 郑考场 (`kaochang`) approves the credit; the console on a tablet shows the room live (a seat changes
 * when its candidate signs in through the candidate API, without reload); the supervisor 赵督导 (`dudao`) adds an
 * observation and has no check-in controls; the proctor signs the room record and its PDF downloads; the exam
 * admin switches a sitting's mode on 机考准备. Screenshots of each screen on phone and tablet.
 */

let browser: Browser;
const phone = { width: 390, height: 844, mobile: true };
const tablet = { width: 1024, height: 768, mobile: true };
const tabletPortrait = { width: 820, height: 1180, mobile: true };
const desktop = { width: 1440, height: 900, mobile: false };
const tomorrow = addDays(chinaToday(), 1);

let roomPath: string;
let list: CheckinListResponse;

beforeAll(async () => {
  browser = await launch();
  const jiankao = await apiJson('jiankao');
  const rooms = await jiankao<ExamRoomsResponse>('GET', `/exams/rooms?day=${tomorrow}`);
  const r = rooms.items.find((x) => x.mode === 'computer') ?? rooms.items[0];
  if (!r) throw new Error(`jiankao has no room on ${tomorrow}`);
  roomPath = `/exam-day/${r.sittingId}/${r.roomId}`;
  list = await jiankao<CheckinListResponse>('GET', `/exams/rooms/${r.sittingId}/${r.roomId}/checkins`);
}, 120_000);
afterAll(async () => browser?.close());

/** Console errors and failed API calls of a page (a refused request the test provokes is listed by it). */
function watch(page: Page) {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page: ${e.message}`));
  page.on('response', (r) => {
    if (r.url().includes('/api/') && r.status() >= 400) problems.push(`${r.status()} ${r.url()}`);
  });
  return problems;
}

async function signIn(username: string, vp: { width: number; height: number; mobile: boolean }) {
  const page = await newViewportPage(browser, vp);
  await login(page, username);
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  await page.locator('[data-testid^="home-"]').first().waitFor();
  return page;
}

const widest = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** The demo's ID numbers of the 明日开考 students (arrangement.demo.ts), by name: the candidate API needs one. */
function demoIdNumber(name: string): string {
  const surnames = '李赵钱孙周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏';
  const given = ['明阳', '志强', '文博', '海洋', '晓东', '嘉豪', '子涵', '俊宇', '雨辰', '天佑'];
  for (let i = 0; i < 30; i++) {
    if (`${surnames[i]}${given[i % given.length]}` !== name) continue;
    const first17 =
      i === 0
        ? '41010220050315061'
        : `410102200503${String(10 + (i % 18)).padStart(2, '0')}${String(600 + i).padStart(3, '0')}`;
    return first17 + idCheckChar(first17);
  }
  throw new Error(`not a demo student: ${name}`);
}

async function openTab(page: Page, name: string) {
  await page.getByRole('tab', { name }).click();
}

/** The visible box of a modal dialog (antd puts the test id on the modal's root, which has no size). */
const modal = (page: Page, id: string) => page.getByTestId(id).locator('.ant-modal');

const popconfirmOk = (page: Page) => page.locator('.ant-popconfirm .ant-btn-primary').last().click();

describe('issue 12: exam day, the staff screens', () => {
  // The candidate the phone checks in (the one with a photo when the room has it), one marked absent, one left for
  // the live console.
  const pending = () => list.items.filter((c) => c.status === null && !c.conflict);
  let present: CheckinListResponse['items'][number];
  let absent: CheckinListResponse['items'][number];
  let live: CheckinListResponse['items'][number];

  it('R-EXAM-02: the exam admin switches the theory sitting to paper and back on 机考准备, prepares it again and sees the settings', async () => {
    const page = await signIn('kaowu', desktop);
    const problems = watch(page);
    await page.goto('/exam-sittings');
    const table = page.getByTestId('sittings-table');
    await table.locator('tbody tr.ant-table-row').first().waitFor();
    await page.getByTestId('exam-settings').waitFor();
    await screenshot(page, 'exam-day/sittings-desktop');
    // The demo's theory sitting of 明日开考 (prepared as 机考 by the demo, nobody has started): to paper and back.
    const key = await table
      .locator('tbody tr.ant-table-row')
      .filter({ hasText: '明日开考演示' })
      .filter({ hasText: '理论知识考试' })
      .first()
      .getAttribute('data-row-key');
    const row = table.locator(`tr[data-row-key="${key}"]`);
    const mode = row.getByTestId('sitting-mode');
    await mode.getByText('纸笔考试', { exact: true }).click();
    await expect.poll(() => mode.locator('.ant-segmented-item-selected').textContent()).toBe('纸笔考试');
    await mode.getByText('机考', { exact: true }).click();
    await expect.poll(() => row.getByText('未准备').count()).toBe(1);
    await screenshot(page, 'exam-day/sittings-switched-desktop');
    await row.getByTestId('sitting-prepare').click();
    await popconfirmOk(page);
    const result = modal(page, 'prepare-result');
    await result.waitFor();
    expect(await result.textContent()).toMatch(/已为 \d+ 位考生生成答卷/);
    await screenshot(page, 'exam-day/sittings-prepared-desktop');
    await result.locator('.ant-modal-footer .ant-btn').click();
    await expect.poll(() => row.getByText(/已准备/).count()).toBe(1);
    expect(problems).toEqual([]);
    await page.context().close();

    const small = await signIn('kaowu', phone);
    await small.goto('/exam-sittings');
    await small.getByTestId('exam-settings').waitFor();
    expect(await widest(small)).toBeLessThanOrEqual(0);
    await screenshot(small, 'exam-day/sittings-phone');
    await small.context().close();
  }, 180_000);

  it('R-EXAM-01: the proctor opens the room on a phone and checks a candidate in by the typed ticket number, photo shown; another is marked absent', async () => {
    const free = pending();
    expect(free.length).toBeGreaterThanOrEqual(3);
    // From the end of the list: the candidate browser test (exam-candidate.e2e.ts) takes the first free seat.
    present = free.find((c) => c.photoUrl) ?? free[free.length - 3];
    absent = [...free].reverse().find((c) => c !== present)!;
    live = [...free].reverse().find((c) => c !== present && c !== absent)!;

    const page = await signIn('jiankao', phone);
    const problems = watch(page);
    await page.goto(`/exam-day?day=${tomorrow}`);
    await page.getByTestId('exam-day-room').first().waitFor();
    expect(await page.getByTestId('exam-day-sitting').first().textContent()).toMatch(/明日开考演示/);
    expect(await widest(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'exam-day/my-rooms-phone');

    await page.locator(`a[href="${roomPath}"]`).first().click();
    await page.getByTestId('exam-room').waitFor();
    // 开考 from the seat tab: entry opens at once (before the sitting's own time, as the demo's exam is tomorrow).
    await openTab(page, '座位');
    await page.getByTestId('room-bar').waitFor();
    if (await page.getByTestId('room-open').count()) {
      await page.getByTestId('room-open').click();
      await popconfirmOk(page);
      await page.getByTestId('room-open').waitFor({ state: 'detached' });
    }
    await screenshot(page, 'exam-day/console-phone');

    await openTab(page, '签到');
    await page.getByTestId('checkin-window').waitFor();
    await page.getByTestId('checkin-code').fill(present.ticketNumber!);
    await page.getByTestId('checkin-code').press('Enter');
    const dialog = modal(page, 'checkin-dialog');
    await dialog.waitFor();
    expect(await page.getByTestId('checkin-name').textContent()).toBe(present.name);
    if (present.photoUrl) {
      const photo = page.getByTestId('checkin-photo');
      await photo.waitFor();
      await expect
        .poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
        .toBe(true);
    }
    expect(await widest(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'exam-day/checkin-dialog-phone');
    await page.getByTestId('checkin-confirm').click();
    await dialog.waitFor({ state: 'hidden' });
    const row = (c: { name: string }) => page.getByTestId('checkin-row').filter({ hasText: c.name });
    await expect.poll(() => row(present).getAttribute('data-status')).toBe('present');

    await row(absent).click();
    await modal(page, 'checkin-dialog').waitFor();
    await page.getByTestId('checkin-absent-reason').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '未到考' }).click();
    await page.getByTestId('checkin-absent').click();
    await modal(page, 'checkin-dialog').waitFor({ state: 'hidden' });
    await expect.poll(() => row(absent).getAttribute('data-status')).toBe('absent');
    expect(await widest(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'exam-day/checkin-phone');
    expect(problems).toEqual([]);
    await page.context().close();
  }, 180_000);

  it('R-EXAM-04: the proctor records an incident with credit and a violation (R-VIOL, with a photo); the site head approves the credit', async () => {
    const page = await signIn('jiankao', phone);
    const problems = watch(page);
    await page.goto(`${roomPath}?tab=incidents`);
    await page.getByTestId('incident-add').click();
    const dialog = modal(page, 'incident-dialog');
    await dialog.waitFor();
    await page.getByTestId('incident-kind').click();
    await page.keyboard.type('机考设备');
    await page.locator('.ant-select-item-option').filter({ hasText: '机考设备或网络故障' }).click();
    await page.getByTestId('incident-candidate').click();
    await page.keyboard.type(present.name);
    await page.locator('.ant-select-item-option').filter({ hasText: present.name }).click();
    await page.getByTestId('incident-description').fill('考试机死机，更换考试机耽误约 6 分钟');
    await page.locator('[data-testid="incident-credit"] input, input[data-testid="incident-credit"]').first().fill('6');
    await screenshot(page, 'exam-day/incident-form-phone');
    await dialog.locator('.ant-modal-footer .ant-btn-primary').click();
    await dialog.waitFor({ state: 'hidden' });
    const incident = page.getByTestId('incident').filter({ hasText: present.name }).first();
    await expect.poll(() => incident.getAttribute('data-credit')).toBe('pending');
    expect(await widest(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'exam-day/incidents-phone');

    await openTab(page, '违纪');
    await page.getByTestId('violation-add').click();
    const vdialog = modal(page, 'violation-dialog');
    await vdialog.waitFor();
    await page.getByTestId('violation-candidate').click();
    await page.keyboard.type(present.name);
    await page.locator('.ant-select-item-option').filter({ hasText: present.name }).click();
    await page.getByTestId('violation-clause').click();
    await page.keyboard.type('交头接耳');
    await page.locator('.ant-select-item-option').filter({ hasText: '交头接耳' }).click();
    expect(await page.getByTestId('violation-tier').textContent()).toMatch(/第 2 类/);
    await page.getByTestId('violation-description').fill('与邻座考生交头接耳，经提醒后仍继续');
    // A 1 × 1 PNG as the evidence photo.
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
      'base64',
    );
    await vdialog.locator('input[type=file]').setInputFiles({ name: '物证.png', mimeType: 'image/png', buffer: png });
    await vdialog
      .locator('.ant-upload-list-item-done, .ant-upload-list-item:not(.ant-upload-list-item-uploading)')
      .first()
      .waitFor();
    await screenshot(page, 'exam-day/violation-form-phone');
    await vdialog.locator('.ant-modal-footer .ant-btn-primary').click();
    await vdialog.waitFor({ state: 'hidden' });
    await page.getByTestId('violation').filter({ hasText: present.name }).first().waitFor();
    expect(await widest(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'exam-day/violations-phone');
    expect(problems).toEqual([]);
    await page.context().close();

    // The site head sees the credit waiting on 考试实施 and approves it.
    const head = await signIn('kaochang', phone);
    const headProblems = watch(head);
    await head.goto(`/exam-day?day=${tomorrow}`);
    await head.getByTestId('exam-day-approvals').waitFor();
    const line = head.getByTestId('exam-day-pending').filter({ hasText: present.name }).first();
    await line.waitFor();
    expect(await widest(head)).toBeLessThanOrEqual(0);
    await screenshot(head, 'exam-day/approvals-phone');
    await line.getByTestId('exam-day-approve').click();
    await line.waitFor({ state: 'detached' });
    await head.goto(`${roomPath}?tab=incidents`);
    const approved = head.getByTestId('incident').filter({ hasText: present.name }).first();
    await expect.poll(() => approved.getAttribute('data-credit')).toBe('approved');
    await screenshot(head, 'exam-day/incidents-approved-phone');
    expect(headProblems).toEqual([]);
    await head.context().close();
  }, 180_000);

  it('R-EXAM-02: the console on a tablet shows a seat change when its candidate signs in and starts, without reload', async () => {
    const page = await signIn('jiankao', tablet);
    const problems = watch(page);
    await page.goto(`${roomPath}?tab=seats`);
    await page.getByTestId('seat-map').waitFor();
    const seat = page.locator(`[data-testid="seat"][data-seat="${live.seatNo}"]`);
    expect(await seat.getAttribute('data-state')).toBe('not_signed_in');
    const roomCode = (await page.getByTestId('room-code').textContent())!.trim();
    expect(roomCode).toMatch(/^\d{6}$/);
    await screenshot(page, 'exam-day/console-tablet');

    const candidate = await request.newContext({ baseURL: baseURL() });
    const login = await candidate.post('/api/v1/exam/login', {
      data: {
        ticketNumber: live.ticketNumber,
        idNumber: demoIdNumber(live.name),
        roomCode,
        deviceId: 'e2e-exam-day-device-1',
      },
    });
    expect(login.status(), await login.text()).toBe(200);
    const { token } = (await login.json()) as { token: string };
    await expect.poll(() => seat.getAttribute('data-state'), { timeout: 15_000 }).not.toBe('not_signed_in');
    const start = await candidate.post('/api/v1/exam/start', { headers: { 'x-exam-token': token }, data: {} });
    expect(start.status(), await start.text()).toBe(200);
    await expect.poll(() => seat.getAttribute('data-state'), { timeout: 15_000 }).toBe('answering');
    await screenshot(page, 'exam-day/console-live-tablet');

    // A seat's actions: the events of its attempt (the login is one).
    await seat.click();
    await page.getByTestId('seat-events').waitFor();
    await page.getByTestId('seat-events').getByText('登录').first().waitFor();
    await screenshot(page, 'exam-day/seat-drawer-tablet');
    await candidate.dispose();
    expect(problems).toEqual([]);
    await page.context().close();

    const portrait = await signIn('jiankao', tabletPortrait);
    await portrait.goto(`${roomPath}?tab=seats`);
    await portrait.getByTestId('seat-map').waitFor();
    expect(await widest(portrait)).toBeLessThanOrEqual(0);
    await screenshot(portrait, 'exam-day/console-tablet-portrait');
    await portrait.context().close();
  }, 180_000);

  it('R-EXAM-02: the exam admin limits the room’s sign-in addresses at the console; a malformed range is refused naming it; then the limit is lifted', async () => {
    const page = await signIn('kaowu', desktop);
    const problems = watch(page);
    await page.goto(`${roomPath}?tab=seats`);
    const box = page.getByTestId('ip-ranges');
    await box.waitFor();
    expect(await box.textContent()).toContain('不限');
    await page.getByTestId('ip-ranges-edit').click();
    await page.getByTestId('ip-ranges-input').fill('10.1.2.0/24\n10.1.2.300');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByTestId('ip-ranges-error').waitFor();
    expect(await page.getByTestId('ip-ranges-error').textContent()).toContain('第 2 项的网络地址范围');
    await screenshot(page, 'exam-day/ip-ranges-error');
    await page.getByTestId('ip-ranges-input').fill('10.1.2.0/24\n10.1.3.5');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await expect.poll(() => box.textContent()).toContain('10.1.2.0/24、10.1.3.5');
    // The limit is in force for this room's candidates (this browser runs on 127.0.0.1, outside it).
    const candidate = await request.newContext({ baseURL: baseURL() });
    const seat = list.items.find((c) => c.status === null && !c.conflict && c.ticketNumber)!;
    const refused = await candidate.post('/api/v1/exam/login', {
      data: {
        ticketNumber: seat.ticketNumber,
        idNumber: demoIdNumber(seat.name),
        roomCode: (await page.getByTestId('room-code').textContent())!.trim(),
        deviceId: 'e2e-exam-day-ip-device',
      },
    });
    expect(refused.status()).toBe(403);
    expect(await refused.text()).toContain('网络地址不在本考场允许的范围内');
    await candidate.dispose();
    await page.getByTestId('ip-ranges-edit').click();
    await page.getByTestId('ip-ranges-input').fill('');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await expect.poll(() => box.textContent()).toContain('不限');
    // The one refused request is the malformed range this test sent.
    expect(problems.filter((p) => !/\/ip-ranges|status of 400/.test(p))).toEqual([]);
    expect(problems.some((p) => p.startsWith('400 ') && p.includes('/ip-ranges'))).toBe(true);
    await page.context().close();
    // A proctor sees the limit but cannot change it.
    const proctor = await signIn('jiankao', tablet);
    await proctor.goto(`${roomPath}?tab=seats`);
    await proctor.getByTestId('ip-ranges').waitFor();
    expect(await proctor.getByTestId('ip-ranges-edit').count()).toBe(0);
    await proctor.context().close();
  }, 120_000);

  it('R-EXAM-03 / R-SUP-03: the supervisor adds an observation and has no check-in or signing controls', async () => {
    const page = await signIn('dudao', phone);
    const problems = watch(page);
    await page.goto(`${roomPath}?tab=checkin`);
    await page.getByTestId('checkin-list').waitFor();
    expect(await page.getByTestId('checkin-code').count()).toBe(0);
    await openTab(page, '考场记录');
    await page.getByTestId('room-record').waitFor();
    expect(await page.getByTestId('record-sign').count()).toBe(0);
    await page.getByTestId('record-observation-text').fill('本考场签到有序，机考设备故障处理及时，记录完整。');
    await page.getByTestId('record-observation-add').click();
    await page.getByTestId('record-observation').filter({ hasText: '签到有序' }).waitFor();
    expect(await widest(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'exam-day/record-supervisor-phone');
    expect(problems).toEqual([]);
    await page.context().close();
  }, 180_000);

  it('R-EXAM-03: the proctor signs the room record and its PDF downloads', async () => {
    const page = await signIn('jiankao', phone);
    const problems = watch(page);
    await page.goto(`${roomPath}?tab=record`);
    await page.getByTestId('room-record').waitFor();
    const text = (await page.getByTestId('record-attendance').textContent()) ?? '';
    expect(text).toMatch(/缺考\s*1/);
    await page.getByTestId('record-sign').click();
    await popconfirmOk(page);
    await page.getByTestId('record-sign').waitFor({ state: 'detached' });
    await page
      .getByTestId('record-signatures')
      .getByText(/已签字/)
      .first()
      .waitFor();
    expect(await widest(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'exam-day/record-phone');
    const href = await page.getByTestId('record-pdf').getAttribute('href');
    const pdf = await page.request.get(href!);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    expect(problems).toEqual([]);
    await page.context().close();
  }, 180_000);
});
