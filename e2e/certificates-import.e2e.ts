import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, login, newViewportPage, screenshot } from './browser.js';
import { chinaToday } from '../shared/dates.js';
import {
  DEMO_HOLDER,
  DEMO_HOLDER_CODE,
  DEMO_IMPORT_TITLE,
  DEMO_TO_IMPORT,
  demoIdNumber,
} from '../server/modules/certificates/certificates.demo.js';

/**
 * Issue 14 (R-CERT-01, R-CERT-04): the demo's batch whose numbers come from the province's platform. The centre
 * imports a file with one malformed number, sees the row's error, fixes the file and confirms; exports the data for
 * the national query system with its SHA-256 shown. The demo holder sees its certificate in the portal on a phone.
 */

let browser: Browser;
const phone = { width: 390, height: 844, mobile: true };
const desktop = { width: 1440, height: 900, mobile: false };
/** Level 4 numbers of this year under the demo centre's filing code, serials from 700001. */
const number = (i: number) => `Y000041019001${chinaToday().slice(2, 4)}4${String(700001 + i)}`;
const passed = DEMO_TO_IMPORT.filter((c) => c.theory !== null && c.theory >= 60 && c.skill >= 60);

async function sheet(numbers: string[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('证书编号');
  ws.addRow(['姓名', '证件号码', '证书编号']);
  passed.forEach((c, i) => ws.addRow([c.name, demoIdNumber(c), numbers[i]]));
  ws.getColumn(2).numFmt = '@';
  ws.getColumn(3).numFmt = '@';
  return Buffer.from(await wb.xlsx.writeBuffer());
}

beforeAll(async () => {
  browser = await launch();
}, 60_000);
afterAll(async () => browser?.close());

describe('省平台证书编号', () => {
  it('R-CERT-01 / R-CERT-04: a file with one malformed number shows the row’s error; the fixed file is imported; the export shows its SHA-256', async () => {
    const page = await newViewportPage(browser, desktop);
    await login(page, 'zhuren');
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    await page.goto('/certificates');
    await page.getByTestId('certificates-batches').waitFor();
    const row = page.locator('[data-testid="certificates-batches"] tr', { hasText: DEMO_IMPORT_TITLE }).first();
    await row.getByTestId('certificates-open').click();
    await page.getByTestId('certificates-import').click();
    const modal = page.locator('.ant-modal:visible');

    // The second row's number lacks a digit: the preview names row 3, column C; nothing is written.
    const bad = passed.map((_, i) => number(i));
    bad[1] = bad[1].slice(0, 21);
    await modal.locator('input[type=file]').setInputFiles({
      name: '省平台证书编号.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await sheet(bad),
    });
    await modal
      .getByTestId('cert-import-summary')
      .getByText(/1 行有错误/)
      .waitFor();
    await modal.getByText(/第 3 行 C 列（证书编号）：应为 22 位/).waitFor();
    expect(await modal.getByTestId('cert-import-confirm').isDisabled()).toBe(true);
    await screenshot(page, 'certificates-import-error');

    // Fixed: every row can be imported; confirming writes them all.
    await modal.locator('input[type=file]').setInputFiles({
      name: '省平台证书编号（修改后）.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await sheet(passed.map((_, i) => number(i))),
    });
    await modal
      .getByTestId('cert-import-summary')
      .getByText(/检查通过/)
      .waitFor();
    await screenshot(page, 'certificates-import-preview');
    await modal.getByTestId('cert-import-confirm').click();
    await page.getByText(`已导入 ${passed.length} 个证书编号`).first().waitFor();
    for (let i = 0; i < passed.length; i++)
      await page
        .locator('[data-testid="certificates-table"] tbody tr', { hasText: number(i) })
        .first()
        .waitFor();

    // 导出上报: the first version with its SHA-256.
    await page.getByTestId('cert-export').click();
    const sha = page.getByTestId('cert-export-sha').first();
    await sha.waitFor();
    expect(await sha.innerText()).toMatch(/^[0-9a-f]{64}/);
    await page.getByTestId('cert-exports').scrollIntoViewIfNeeded();
    await screenshot(page, 'certificates-imported-exported');
    await page.context().close();
  });

  it('R-CERT-04: the demo holder sees its certificate in the portal’s 成绩 tab on a phone, without overflowing', async () => {
    const p = await newViewportPage(browser, phone);
    await login(p, DEMO_HOLDER.studentNumber, DEMO_HOLDER_CODE);
    await p.locator('#newPassword').waitFor();
    await p.locator('#currentPassword').fill(DEMO_HOLDER_CODE);
    await p.locator('#newPassword').fill('Zheng-Shu-2026#Feng');
    await p.locator('#confirmPassword').fill('Zheng-Shu-2026#Feng');
    await p.locator('button[type=submit]').click();
    await p.getByTestId('home-portal').click();
    await p.getByTestId('tab-results').click();
    const card = p.getByTestId('portal-certificate').first();
    await card.waitFor();
    const text = await card.innerText();
    expect(text).toMatch(/Y000041019001\d{9}/);
    expect(text).toContain('有效');
    expect(text).toContain('四级');
    const [scroll, client] = await p.evaluate(() => [
      document.documentElement.scrollWidth,
      document.documentElement.clientWidth,
    ]);
    expect(scroll).toBeLessThanOrEqual(client);
    await screenshot(p, 'portal-certificates-phone');
    await p.context().close();
  });
});
