import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { apiSession, launch, login, newViewportPage, screenshot } from './browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

type Row = (string | number | null)[];
const ROWS: Row[] = [
  ['A', '基本要求', 20, 'AA', '职业道德', 50, 'AA001', '职业道德基本知识', 'X'],
  ['A', '基本要求', 20, 'AA', '职业道德', 50, 'AA002', '职业守则', 'X'],
  ['A', '基本要求', 20, 'AB', '基础知识', 40, 'AB001', '电工基础知识', 'X'],
  ['A', '基本要求', 20, 'AB', '基础知识', 40, 'AB002', '安全知识', 'Y'],
  ['B', '相关知识', 80, 'BA', '继电控制电路装调维修', 100, 'BA001', '低压电器的选用', 'X'],
  ['B', '相关知识', 80, 'BA', '继电控制电路装调维修', 100, 'BA002', '电动机控制电路的安装', 'X'],
  ['B', '相关知识', 80, 'BA', '继电控制电路装调维修', 100, 'BA003', '电气控制电路故障检修', 'X'],
  ['B', '相关知识', 80, 'BA', '继电控制电路装调维修', 100, 'BA004', '变频器的应用', 'Z'],
];

/** The 细目表 as centres keep it: title, group header, header, ranges merged over the rows they span. */
async function workbook(rows: Row[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('细目表');
  ws.addRow(['电工理论知识鉴定要素细目表']);
  ws.mergeCells(1, 1, 1, 9);
  ws.addRow(['鉴定范围（一级）', '', '', '鉴定范围（二级）', '', '', '鉴定点', '', '']);
  for (const c of [1, 4, 7]) ws.mergeCells(2, c, 2, c + 2);
  ws.addRow(['代码', '名称', '鉴定比重（%）', '代码', '名称', '鉴定比重（%）', '代码', '名称', '重要程度']);
  rows.forEach((r) => ws.addRow(r));
  for (const c of [1, 4]) {
    let start = 0;
    for (let i = 1; i <= rows.length; i++) {
      if (i < rows.length && rows[i][c - 1] === rows[start][c - 1]) continue;
      if (i - 1 > start) for (let k = 0; k < 3; k++) ws.mergeCells(4 + start, c + k, 4 + i - 1, c + k);
      start = i;
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const xlsx = async (name: string, rows: Row[]) => ({
  name,
  mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  buffer: await workbook(rows),
});

/** Picks the option `label` of the select with test id `testId` in the open dialog. */
async function pick(page: Page, testId: string, label: string | RegExp) {
  await page.locator('.ant-modal').getByTestId(testId).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: label }).first().click();
}

/** An occupation, level and part of the scope that has no blueprint yet (the demo bank may hold some). */
async function freeSlot() {
  const call = await apiSession('tiku');
  const occupations = (await (await call('GET', '/api/v1/itembank/blueprints/occupations')).json()) as {
    items: { occupationId: string; code: string; name: string; levels: number[] }[];
  };
  const existing = (await (await call('GET', '/api/v1/itembank/blueprints')).json()) as {
    items: { occupationId: string; level: number; part: string }[];
  };
  for (const o of occupations.items)
    for (const level of o.levels)
      if (!existing.items.some((b) => b.occupationId === o.occupationId && b.level === level && b.part === 'theory'))
        return { ...o, level };
  throw new Error('no free occupation and level');
}

const LEVEL = ['', '一级', '二级', '三级', '四级', '五级'];

describe('blueprint screens (R-BANK-01)', () => {
  it('R-BANK-01: the 题库管理员 imports a 细目表 with merged cells, sees the bad row listed, then the tree and its warnings', async () => {
    const slot = await freeSlot();
    const page = await newViewportPage(browser, { width: 1440, height: 900, mobile: false });
    await login(page, 'tiku');
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    await page.goto('/itembank/blueprints');
    await page.getByTestId('bp-list').waitFor();
    await page.getByTestId('bp-import-open').click();
    await pick(page, 'bp-occupation', `${slot.code} ${slot.name}`);
    await pick(page, 'bp-level', LEVEL[slot.level]);
    await pick(page, 'bp-part', '理论知识');

    // Row 6 (the third data row) grades its point "W": nothing is imported, the row and column are shown.
    const bad = ROWS.map((r) => [...r]);
    bad[2][8] = 'W';
    await page.locator('.ant-modal input[type=file]').setInputFiles(await xlsx('细目表-有错.xlsx', bad));
    await page.getByTestId('bp-import-submit').click();
    await page.getByTestId('bp-issues').waitFor();
    const issues = (await page.getByTestId('bp-issues').textContent()) ?? '';
    expect(issues).toMatch(/6I重要程度应为 X、Y 或 Z/);
    expect(await page.getByTestId('bp-import-error').textContent()).toMatch(/未导入任何数据/);
    await screenshot(page, 'itembank/blueprint-import-errors');

    await page.locator('.ant-modal input[type=file]').setInputFiles(await xlsx('细目表.xlsx', ROWS));
    await page.getByTestId('bp-import-submit').click();
    await page.waitForURL(/\/itembank\/blueprints\/[0-9a-f-]{36}$/);
    const tree = page.getByTestId('bp-tree');
    await tree.getByText('变频器的应用').waitFor();
    expect(await tree.textContent()).toMatch(/继电控制电路装调维修/);
    const warnings = (await page.getByTestId('bp-warnings').textContent()) ?? '';
    // 1 Z of 8 = 12.5% > 5%; AA + AB = 90%; no item yet on any point.
    expect(warnings).toMatch(/Z 类鉴定点占 12\.5%，高于 5%（依据：Z 鉴定点最高占比：5%）/);
    expect(warnings).toMatch(/“A 基本要求”下的鉴定范围鉴定比重合计 90%/);
    expect(warnings).toMatch(/每个鉴定点最少启用试题数：4/);
    await screenshot(page, 'itembank/blueprint-page');

    // Reweight AB to 50 on screen: the sum warning goes.
    await tree.locator('tr[data-code="AB"]').getByText('修改', { exact: true }).click();
    await page.locator('.ant-modal .ant-input-number-input').fill('50');
    await page.locator('.ant-modal .ant-btn-primary').click();
    await expect
      .poll(async () => (await page.getByTestId('bp-warnings').textContent()) ?? '')
      .not.toMatch(/鉴定比重合计/);

    await page.goto('/itembank/blueprints');
    await page.getByTestId('bp-list').getByText(slot.name).first().waitFor();
    await screenshot(page, 'itembank/blueprints');

    const phone = await newViewportPage(browser, { width: 390, height: 844, mobile: true });
    await login(phone, 'tiku');
    await phone.waitForURL((u) => !u.pathname.startsWith('/login'));
    await phone.goto('/itembank/blueprints');
    await phone.getByTestId('bp-list').getByText(slot.name).first().click();
    await phone.getByTestId('bp-tree').getByText('变频器的应用').waitFor();
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(phone, 'itembank/blueprint-page-phone');
    await phone.goto('/itembank/settings');
    await phone.getByTestId('bank-settings').waitFor();
    await screenshot(phone, 'itembank/bank-settings-phone');
  });
});
