import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import ExcelJS from 'exceljs';
import { batchBodyFor } from '../server/modules/plans/plans.testkit.js';
import {
  ROSTER_HEAD,
  rosterGender,
  rosterIdNumber,
  rosterRows,
  rosterXlsx,
} from '../server/modules/registration/roster.testkit.js';
import { apiSession, launch, login, newPage, screenshot } from './browser.js';

let browser: Browser;
const TITLE = '电工 花名册导入测试批次';
beforeAll(async () => {
  browser = await launch();
  // A batch of 机电工程学院 in 报名中.
  const kaowu = await apiSession('kaowu');
  const zhuren = await apiSession('zhuren');
  const colleges = (await (await kaowu('GET', '/api/v1/colleges')).json()) as { items: { id: string; code: string }[] };
  const JD = colleges.items.find((c) => c.code === 'JD')!.id;
  const b = (await (await kaowu('POST', '/api/v1/batches', batchBodyFor(JD, { title: TITLE }))).json()) as {
    id: string;
  };
  for (const [call, url, body] of [
    [kaowu, `/api/v1/batches/${b.id}/submit`, { submittedOn: '2026-09-01' }],
    [zhuren, `/api/v1/batches/${b.id}/approval`, { approvalNumber: '豫鉴〔2026〕7号', approvalDate: '2026-09-10' }],
    [kaowu, `/api/v1/batches/${b.id}/transitions`, { to: 'registering' }],
  ] as const) {
    const res = await call('POST', url, body);
    if (!res.ok) throw new Error(`${url}: ${await res.text()}`);
  }
}, 60_000);
afterAll(async () => browser?.close());

const tmp = async (name: string, bytes: Buffer) => {
  const file = path.join(os.tmpdir(), `${Date.now()}-${name}`);
  fs.writeFileSync(file, bytes);
  return file;
};

describe('roster import screens', () => {
  it('R-REG-01: a college clerk uploads a roster with errors, sees them by row and column, then imports a clean one', async () => {
    const rows = rosterRows(30, { from: 60_000, prefix: 'E' });
    const broken = rows.map((r) => [...r]);
    broken[4][3] = String(broken[4][3]).slice(0, 17) + (String(broken[4][3]).endsWith('0') ? '1' : '0');
    broken[9][1] = '';
    broken[14][3] = broken[15][3];
    const page = await newPage(browser);
    await login(page, 'jidian');
    await page.getByTestId('home-college_clerk').waitFor();
    await page.goto('/roster-import');
    await page.getByTestId('roster-import').waitFor();
    await page.getByTestId('roster-batch').click();
    await page.getByText(TITLE).first().click();
    await page
      .locator('input[type=file]')
      .setInputFiles(await tmp('bad.xlsx', await rosterXlsx(broken, { messy: true })));
    await page.getByTestId('roster-issues').waitFor();
    const table = (await page.getByTestId('roster-issues').textContent()) ?? '';
    expect(table).toMatch(/校验位错误/);
    expect(table).toMatch(/不能为空/);
    expect(table).toMatch(/与第 \d+ 行的证件号码重复/);
    expect(await page.getByTestId('roster-error').textContent()).toMatch(/4 处错误，未导入任何数据/);
    await screenshot(page, 'roster-import-errors');

    await page
      .locator('input[type=file]')
      .setInputFiles(await tmp('good.xlsx', await rosterXlsx(rows, { messy: true })));
    await page.getByTestId('roster-result').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('roster-result').textContent()).toMatch(/30 人报名.*激活码/s);
    await screenshot(page, 'roster-import-done');

    // The result leads on to 报名审核 (issue 9), where the imported applications wait for the college's review.
    await page.getByTestId('roster-to-review').click();
    await page.getByTestId('review-page').waitFor();
    expect(new URL(page.url()).pathname).toBe('/applications');
    expect(new URL(page.url()).searchParams.get('batchId')).toBeTruthy();
    // The list opens on the imported batch: its 30 applications wait for the college's first review.
    await page.getByText('共 30 条').waitFor();

    // Both uploads ran as background jobs: the clerk finds them again under 我的后台任务.
    await page.goto('/jobs');
    const jobs = page.getByTestId('jobs-table');
    await jobs.getByText('已导入：30 人报名').waitFor();
    expect(await jobs.textContent()).toMatch(/导入花名册.*未导入：4 处错误/s);
    await screenshot(page, 'jobs-page');
  }, 120_000);

  it('R-REG-01: a roster naming three occupations is refused on a phone, each foreign row named with its column and where it belongs', async () => {
    const head = [...ROSTER_HEAD, '职业编码', '职业名称', '工种', '评价方式'];
    const occupations = [
      ['6-31-01-03', '电工', '', '考试考核'],
      ['6-31-01-03', '电工', '', '考试考核'],
      ['6-18-01-01', '车工', '数控车床', '考试考核'],
      ['4-03-02-01', '中式烹调师', '', ''],
    ];
    const rows = rosterRows(4, { from: 62_000, prefix: 'F' }).map((r, i) => [...r, ...occupations[i]]);
    const page = await newPage(browser, { mobile: true });
    await login(page, 'jidian');
    await page.getByTestId('home-college_clerk').waitFor();
    await page.goto('/roster-import');
    await page.getByTestId('roster-batch').click();
    await page.getByText(TITLE).first().click();
    await page.locator('input[type=file]').setInputFiles(await tmp('three.xlsx', await rosterXlsx(rows, { head })));
    await page.getByTestId('roster-issues').waitFor();
    const table = (await page.getByTestId('roster-issues').textContent()) ?? '';
    expect(table).toMatch(/6-18-01-01 车工（数控车床） 不属于本批次（本批次为 6-31-01-03 电工/);
    expect(table).toMatch(/4-03-02-01 中式烹调师 不在本中心认定范围内/);
    // On a phone each problem is a line of its own, under where it is, rather than a squeezed table column.
    expect(table).toMatch(/第 5 行 N 列 · 职业编码/);
    expect(await page.getByTestId('roster-error').textContent()).toMatch(/2 处错误，未导入任何数据/);
    await screenshot(page, 'roster-import-occupations-phone');
    await page.context().close();
  }, 60_000);

  it('activation codes (issue 8 item 4): the clerk downloads the class sheet; a student signs in with the code and must change the password', async () => {
    const page = await newPage(browser);
    await login(page, 'jidian');
    await page.getByTestId('home-college_clerk').waitFor();
    await page.goto('/candidate-accounts');
    await page.getByTestId('candidate-accounts').waitFor();
    await page.getByTestId('accounts-batch').click();
    await page.getByText(TITLE).first().click();
    await page.getByRole('tab', { name: /电气2301/ }).click();
    const table = page.getByTestId('accounts-table');
    await table.getByText('E0060000').waitFor();
    expect(await table.textContent()).toMatch(/未激活/);
    await screenshot(page, 'candidate-accounts');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('sheet-xlsx').click()]);
    expect(download.suggestedFilename()).toMatch(/电气2301.*激活码\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile((await download.path())!);
    const ws = wb.worksheets[0];
    let code = '';
    ws.eachRow((row) => {
      const v = (row.values as unknown[]).map((x) => String(x ?? ''));
      if (v.includes('E0060000')) code = v[6];
    });
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(code).not.toContain(rosterIdNumber(60_000).slice(-6));

    // The derivable password of old is refused; the code opens the first login, which must set a new password.
    const phone = await newPage(browser, { mobile: true });
    await login(phone, 'E0060000', rosterIdNumber(60_000).slice(-6));
    await phone.getByText('用户名或密码错误').first().waitFor();
    await login(phone, 'E0060000', code.toLowerCase());
    await phone.locator('#newPassword').waitFor();
    expect(new URL(phone.url()).pathname).toBe('/change-password');
    await screenshot(phone, 'roster-first-login');
    await phone.locator('#currentPassword').fill(code);
    await phone.locator('#newPassword').fill('Dian-Qi-2301#Chen');
    await phone.locator('#confirmPassword').fill('Dian-Qi-2301#Chen');
    await phone.locator('button[type=submit]').click();
    await phone.waitForURL((u) => !u.pathname.startsWith('/change-password'));

    // The clerk sees the account activated.
    await page.reload();
    await page.getByTestId('accounts-batch').click();
    await page.getByText(TITLE).first().click();
    await page.getByRole('tab', { name: /电气2301/ }).click();
    await table.getByText('已激活').first().waitFor();
    await phone.context().close();
    await page.context().close();
  }, 120_000);

  it('R-REG-01: a social learner signs up on a phone, then signs in with the ID number', async () => {
    const page = await newPage(browser, { mobile: true });
    await page.goto('/login');
    await page.getByText('社会人员注册').click();
    await page.getByTestId('signup-page').waitFor();
    const id = rosterIdNumber(61_000, '410105');
    await page.locator('#signup-name').fill('孙𠮷祥');
    await page.getByLabel(rosterGender(61_000)).check();
    await page.locator('#signup-id').fill(id);
    await page.locator('#signup-phone').fill('13912340000');
    await page.locator('#signup-password').fill('Shehui#2026');
    await page.locator('#signup-confirm').fill('Shehui#2026');
    await screenshot(page, 'signup-form');
    await page.locator('button[type=submit]').click();
    await page.getByText('注册信息已提交').first().waitFor();
    await screenshot(page, 'signup-done');
    await login(page, id, 'Shehui#2026');
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    expect(page.url()).not.toMatch(/login/);
  }, 60_000);

  it('R-PPL-02: a sign-up with an imported student’s ID number changes nothing; it waits on the users page, where the admin refuses it', async () => {
    const id = rosterIdNumber(60_001); // imported above (E0060001), not yet activated
    const page = await newPage(browser, { mobile: true });
    await page.goto('/signup');
    await page.getByTestId('signup-page').waitFor();
    await page.locator('#signup-name').fill('冒名者');
    await page.getByLabel(rosterGender(60_001)).check();
    await page.locator('#signup-id').fill(id);
    await page.locator('#signup-phone').fill('13912340001');
    await page.locator('#signup-password').fill('Mao-Ming#2026x');
    await page.locator('#signup-confirm').fill('Mao-Ming#2026x');
    await page.locator('button[type=submit]').click();
    await page.getByText('注册信息已提交').first().waitFor(); // the same answer as for a new number
    await login(page, id, 'Mao-Ming#2026x');
    await page.getByText('用户名或密码错误').first().waitFor();
    await page.context().close();

    const admin = await newPage(browser);
    await login(admin, 'admin');
    await admin.getByTestId('home-admin').waitFor();
    await admin.goto('/users');
    const card = admin.getByTestId('signup-requests');
    await card.getByText('冒名者').waitFor();
    expect(await card.textContent()).toMatch(/在校学生.*机电工程学院/s);
    await screenshot(admin, 'signup-requests');
    await card.getByRole('button', { name: '拒绝' }).first().click();
    await admin.getByRole('button', { name: /确\s*定|OK/ }).click();
    await admin.getByText('已拒绝').first().waitFor();
    await card.waitFor({ state: 'detached' });
    await admin.context().close();
  }, 60_000);
});
