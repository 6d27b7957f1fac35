import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { apiSession, launch, login, newViewportPage, screenshot, shotsDir } from './browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

const DESKTOP = { width: 1440, height: 900, mobile: false };
const PHONE = { width: 390, height: 844, mobile: true };

/** No element wider than the window (the sweep's overflow rule). */
async function expectNoOverflow(page: Page) {
  const over = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(over).toBeLessThanOrEqual(1);
}

describe('plans, assembly and papers', () => {
  it('R-BANK-02/03: the bank administrator runs the capacity report, assembles, publishes, checks the seal, prints and downloads the paper', async () => {
    const page = await newViewportPage(browser, DESKTOP);
    await login(page, 'tiku');
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    // Console errors of the bank's screens (the login page's own 401 before signing in is not one of them).
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });

    await page.goto('/itembank/plans');
    const plans = page.getByTestId('plans-table');
    await plans.getByText('电工四级理论知识 标准方案').first().waitFor();
    await screenshot(page, 'itembank/plans');
    await plans.getByText('电工四级理论知识 标准方案').first().click();

    // Capacity report for two forms: how many the bank supports and the cell that runs short first.
    await page.getByTestId('capacity-card').waitFor();
    await page.getByTestId('capacity-card').locator('input').first().fill('2'); // 计划套数
    await page.getByTestId('capacity-run').click();
    const summary = page.getByTestId('capacity-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toMatch(/最多支持 \d+ 套试卷/);
    await screenshot(page, 'itembank/plan');
    await expectNoOverflow(page);

    // Assemble a fixed paper and look at its report.
    await page.getByTestId('assemble-run').click();
    await page.waitForURL(/\/itembank\/assemblies\//);
    await page.getByTestId('assembly-cells').waitFor();
    await page.getByText('全部试卷通过').waitFor();
    await screenshot(page, 'itembank/assembly');

    // Publish = seal.
    await page.getByTestId('assembly-publish').click();
    await page.locator('.ant-popconfirm .ant-btn-primary').click();
    await page.getByText('已全部发布').waitFor();
    await page.getByTestId('assembly-papers').locator('a').first().click();
    await page.waitForURL(/\/itembank\/papers\//);
    const paperId = new URL(page.url()).pathname.split('/').pop()!;

    await page.getByTestId('seal-verify').click();
    await expect.poll(async () => page.getByTestId('seal-result').textContent()).toMatch(/封存完好/);

    // Print: the dialog asks the copies; the run is recorded.
    const popup = page.context().waitForEvent('page');
    await page.getByTestId('print-paper').click();
    await page.locator('input[data-testid=print-copies], [data-testid=print-copies] input').first().fill('32');
    await page.locator('.ant-modal-footer .ant-btn-primary').click();
    await (await popup).close();
    await page.getByTestId('paper-prints').getByText('32').waitFor();
    await screenshot(page, 'itembank/paper');
    await expectNoOverflow(page);
    expect(errors).toEqual([]);

    // The paper PDF, its first page as an image.
    const call = await apiSession('tiku');
    const res = await call('GET', `/api/v1/itembank/papers/${paperId}/pdf?kind=paper`);
    expect(res.status).toBe(200);
    expect(decodeURIComponent(res.headers.get('content-disposition') ?? '')).toMatch(/试卷\.pdf$/);
    const dir = path.join(shotsDir, 'itembank');
    fs.mkdirSync(dir, { recursive: true });
    const pdf = path.join(dir, 'paper.pdf');
    fs.writeFileSync(pdf, Buffer.from(await res.arrayBuffer()));
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      pdf,
      path.join(dir, 'paper-pdf'),
    ]);
    fs.rmSync(pdf);
    expect(fs.existsSync(path.join(dir, 'paper-pdf.png'))).toBe(true);
  });

  it('R-BANK-02: the plan and paper screens fit a phone', async () => {
    const page = await newViewportPage(browser, PHONE);
    await login(page, 'tiku');
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    await page.goto('/itembank/papers');
    const papers = page.getByTestId('papers-table');
    await papers.locator('a').first().waitFor();
    await expectNoOverflow(page);
    await screenshot(page, 'itembank/papers-phone');
    await papers.locator('a').first().click();
    await page.getByTestId('paper-items').waitFor();
    await expectNoOverflow(page);
    await screenshot(page, 'itembank/paper-phone');
    await page.goto('/itembank/plans');
    await page.getByTestId('plans-table').locator('a').first().click();
    await page.getByTestId('capacity-card').waitFor();
    await expectNoOverflow(page);
    await screenshot(page, 'itembank/plan-phone');
  });
});
