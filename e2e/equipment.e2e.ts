import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { apiJson, launch, login, newPage, screenshot } from './browser.js';

let browser: Browser;
/** A batch of 电工 (its check lists the demo's 维修电工实训考核装置) whose pre-batch check is not signed yet. */
let batch: { id: string; title: string };
const itemName = `E2E 钳形电流表 ${Date.now() % 100_000}`;

interface CheckLine {
  name: string;
  calibrationState: string | null;
}

beforeAll(async () => {
  browser = await launch();
  const kaowu = await apiJson('kaowu');
  const list = await kaowu<{ items: { id: string; title: string; signedAt: string | null }[] }>(
    'GET',
    '/equipment/checks',
  );
  for (const b of list.items.filter((x) => !x.signedAt)) {
    const check = await kaowu<{ lines: CheckLine[] }>('GET', `/equipment/checks/${b.id}`);
    if (check.lines.some((l) => l.name === '维修电工实训考核装置')) {
      batch = b;
      break;
    }
  }
  expect(batch, '演示数据中应有电工批次').toBeDefined();
}, 120_000);
afterAll(async () => browser?.close());

describe('设备设施 (R-EQ-01…03)', () => {
  it('R-EQ-01/02: the exam admin records an item in the ledger and signs a batch’s pre-batch check', async () => {
    const page = await newPage(browser);
    await login(page, 'kaowu');
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    await page.goto('/equipment');
    // The demo ledger shows both calibration states.
    await page
      .getByText(/检定过期（至 /)
      .first()
      .waitFor();
    await page
      .getByText(/30 天内到期（至 /)
      .first()
      .waitFor();

    await page.getByRole('button', { name: '登记设备' }).click();
    const drawer = page.locator('.ant-drawer', { hasText: '登记设备' });
    await drawer.getByLabel('职业', { exact: true }).click();
    await page.keyboard.type('电工');
    await page.locator('.ant-select-item-option', { hasText: '6-31-01-03' }).first().click();
    await drawer.getByLabel('设备名称', { exact: true }).fill(itemName);
    await drawer.getByLabel('规格/型号', { exact: true }).fill('UT202A');
    await drawer.getByLabel('单位', { exact: true }).fill('台');
    await drawer.getByLabel('设备所在地', { exact: true }).fill('实训楼 A 区 仪表柜');
    await drawer.getByLabel('对应工作内容（职业标准）', { exact: true }).fill('电气线路检测');
    await drawer.getByText('计量器具（须定期检定）').click();
    await drawer.getByLabel('检定有效期至', { exact: true }).click();
    await page.keyboard.type('2099-12-31');
    await page.keyboard.press('Enter');
    await drawer.getByRole('button', { name: /^保\s?存$/ }).click();
    const row = page.locator('tr', { hasText: itemName });
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('检定有效（至 2099-12-31）');
    await page.mouse.move(600, 600); // off the account menu beside the drawer's 保存
    await page.waitForTimeout(300);
    await screenshot(page, 'equipment-ledger');

    await page.getByRole('tab', { name: '考前设备核查' }).click();
    const select = page.getByLabel('认定批次').first();
    await select.click();
    await page.keyboard.type(batch.title);
    await page.locator('.ant-select-item-option', { hasText: batch.title }).first().click();
    await page.getByRole('checkbox', { name: `${itemName} 在位` }).waitFor();
    const kaowu = await apiJson('kaowu');
    const check = await kaowu<{ lines: CheckLine[] }>('GET', `/equipment/checks/${batch.id}`);
    for (const l of check.lines) {
      await page.getByRole('checkbox', { name: `${l.name} 在位` }).check();
      if (l.calibrationState !== 'lapsed') await page.getByRole('checkbox', { name: `${l.name} 完好可用` }).check();
    }
    await page.getByRole('button', { name: '签字确认' }).click();
    await page.locator('.ant-modal-confirm').getByRole('button', { name: '签字确认' }).click();
    await page.getByTestId('check-signed').waitFor();
    await expect(page.getByTestId('check-signed').textContent()).resolves.toMatch(/已由 刘考务 于 .* 签字确认/);
    await expect(page.getByRole('checkbox', { name: `${itemName} 在位` }).isDisabled()).resolves.toBe(true);
    await page.waitForTimeout(500); // the message's fade, for the screenshot
    await screenshot(page, 'equipment-check');
  }, 120_000);
});
