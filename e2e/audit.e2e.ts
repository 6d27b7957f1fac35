import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, login, newPage, screenshot } from './browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

describe('R-AUD-01 audit page', () => {
  it('R-AUD-01: the centre head searches the trail and exports it as a job with a progress bar', async () => {
    const page = await newPage(browser);
    await login(page, 'zhuren');
    await page.getByTestId('home-centre_head').waitFor();
    await page.goto('/audit');
    await page.getByTestId('audit-page').waitFor();
    // R-AUD-01: the last signed checkpoint (written at the server's start) and its verification.
    await page.getByTestId('audit-checkpoint-text').getByText('校验通过').waitFor();
    // Logins of this test run are in the trail.
    await page.getByText('登录', { exact: true }).first().waitFor(); // the action 登录, not 登录失败
    await screenshot(page, 'audit-page');
    await page.getByTestId('audit-export').click();
    const progress = page.getByTestId('job-progress');
    await progress.waitFor();
    await page.getByTestId('job-download').waitFor({ timeout: 30_000 });
    expect(await progress.getAttribute('data-status')).toBe('succeeded');
    await screenshot(page, 'audit-export-done');
    const href = await page.getByTestId('job-download').getAttribute('href');
    expect(href).toMatch(/^\/api\/v1\/files\//);
    await page.context().close();
  });
});
