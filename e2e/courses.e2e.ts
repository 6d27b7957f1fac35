import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { launch, login, newPage, screenshot } from './browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
}, 60_000);
afterAll(async () => browser?.close());

/** The demo candidate of 机电工程学院 (server/modules/plans/plans.demo.ts). */
const STUDENT = { number: '2024030115', name: '孙浩然' };
const HEAD = ['学号', '身份证号', '姓名', '课程代码', '课程名称', '考核部分', '考试类型', '成绩', '学期'];

async function resultsFile(name: string, rows: (string | number)[][]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('成绩');
  ws.addRow(HEAD);
  for (const r of rows) ws.addRow(r);
  const file = path.join(os.tmpdir(), `${Date.now()}-${name}`);
  fs.writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
  return file;
}

const clean = [
  [STUDENT.number, '', STUDENT.name, 'DG01', '电工基础', '理论', '首考', 82, '2024-2025-1'],
  [STUDENT.number, '', STUDENT.name, 'DG01', '电工基础', '实操', '首考', 91, '2024-2025-1'],
  [STUDENT.number, '', STUDENT.name, 'DG02', '电机与拖动', '理论', '首考', 55, '2024-2025-2'],
  [STUDENT.number, '', STUDENT.name, 'DG02', '电机与拖动', '理论', '补考', 68, '2025-2026-1'],
];

describe('course results screens', () => {
  it('R-ELIG-04: a college clerk uploads results with a bad row, sees it by row and column, imports a clean file and looks up the student', async () => {
    const page = await newPage(browser);
    await login(page, 'jidian');
    await page.getByTestId('home-college_clerk').waitFor();
    await page.goto('/course-results');
    await page.getByTestId('course-import').waitFor();

    // Row 3 names a student number nobody has: nothing is imported, the row and column are shown.
    await page
      .locator('input[type=file]')
      .setInputFiles(
        await resultsFile('bad.xlsx', [clean[0], ['2099999999', '', '', 'DG01', '电工基础', '理论', '首考', 70, '']]),
      );
    await page.getByTestId('course-issues').waitFor();
    const table = (await page.getByTestId('course-issues').textContent()) ?? '';
    expect(table).toMatch(/3A学号找不到学号为 2099999999 的本学院学生/);
    expect(await page.getByTestId('course-error').textContent()).toMatch(/未导入任何数据|找不到/);
    await screenshot(page, 'course-import-errors');

    await page.locator('input[type=file]').setInputFiles(await resultsFile('good.xlsx', clean));
    await page.getByTestId('course-result').waitFor({ timeout: 60_000 });
    const done = (await page.getByTestId('course-result').textContent()) ?? '';
    expect(done).toMatch(/导入完成：4 条成绩/);
    expect(done).toMatch(/新增4/);
    expect(done).toMatch(/涉及学生1/);
    await screenshot(page, 'course-import-done');

    await page.getByRole('tab', { name: '成绩查询' }).click();
    await page.getByTestId('course-student').click();
    await page.keyboard.type(STUDENT.number);
    await page.locator('.ant-select-item-option').filter({ hasText: STUDENT.name }).first().click();
    await page.getByTestId('course-results').getByText('电机与拖动').first().waitFor();
    await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').waitFor({ state: 'hidden' });
    const results = (await page.getByTestId('course-results').textContent()) ?? '';
    expect(results).toMatch(/DG01电工基础理论首考82合格2024-2025-1/);
    expect(results).toMatch(/DG02电机与拖动理论首考55不合格/);
    expect(results).toMatch(/补考68合格/);
    await screenshot(page, 'course-results-query');
  }, 120_000);
  it('R-ELIG-03: the exam office sets the courses an occupation requires; a clerk only reads them', async () => {
    const page = await newPage(browser);
    await login(page, 'kaowu');
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    await page.goto('/course-results');
    await page.getByRole('tab', { name: '应修课程' }).click();
    await page.getByTestId('required-occupation').click();
    await page.keyboard.type('6-31-01-03');
    await page.locator('.ant-select-item-option').filter({ hasText: '6-31-01-03' }).first().click();
    await page.getByText('该职业还没有设置应修课程').waitFor();
    await page.getByRole('button', { name: '添加课程' }).click();
    const inputs = page.getByTestId('required-courses').locator('input[type=text], input:not([type])');
    await inputs.nth(0).fill('DG01');
    await inputs.nth(1).fill('电工基础');
    await page.getByRole('button', { name: /^保\s*存$/ }).click();
    await page.getByText('应修课程已保存').waitFor();
    await screenshot(page, 'course-required-edit');

    const clerk = await newPage(browser);
    await login(clerk, 'jidian');
    await clerk.getByTestId('home-college_clerk').waitFor();
    await clerk.goto('/course-results');
    await clerk.getByRole('tab', { name: '应修课程' }).click();
    await clerk.getByTestId('required-occupation').click();
    await clerk.keyboard.type('6-31-01-03');
    await clerk.locator('.ant-select-item-option').filter({ hasText: '6-31-01-03' }).first().click();
    await clerk.getByTestId('required-courses').getByText('电工基础').waitFor();
    expect(await clerk.getByTestId('required-courses').textContent()).toMatch(/DG01电工基础相关课程/);
    expect(await clerk.getByRole('button', { name: '添加课程' }).count()).toBe(0);
  }, 120_000);
});
