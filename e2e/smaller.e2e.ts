import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { apiJson, launch, login, newPage, screenshot } from './browser.js';

/**
 * Issue 9, "Smaller": finance's 认定批次 page makes no failing request (no /scope), 收费 opens on the latest batch, the
 * new keyword boxes filter on the server, and the header names the demo candidate as its form does (孙浩然).
 */

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

/** Console errors and failed API requests of a page. */
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

const rows = (page: Page) => page.locator('.ant-table-tbody tr.ant-table-row');

/** Types into a keyword box, presses Enter and waits for the list's answer. */
async function search(page: Page, testId: string, keyword: string) {
  const answered = page.waitForResponse((r) => r.url().includes('keyword=') && r.request().method() === 'GET');
  const box = page.locator(`input[data-testid="${testId}"], [data-testid="${testId}"] input`).first();
  await box.fill(keyword);
  await box.press('Enter');
  await answered;
  await page.waitForTimeout(0);
  await page.locator('.ant-spin-spinning').waitFor({ state: 'detached' });
}

describe('smaller items (issue 9)', () => {
  it('finance opens 认定批次 without a failed request or console error', async () => {
    const page = await newPage(browser);
    await login(page, 'caiwu');
    await page.getByTestId('user-menu-name').waitFor();
    const problems = watch(page);
    await page.goto('/batches');
    await page.getByTestId('batch-filters').waitFor();
    await rows(page).first().waitFor();
    await page.waitForLoadState('networkidle');
    await screenshot(page, 'smaller-caiwu-batches');
    expect(problems).toEqual([]);
  });

  it('收费 shows the latest batch without choosing one', async () => {
    const page = await newPage(browser);
    await login(page, 'caiwu');
    await page.getByTestId('user-menu-name').waitFor();
    const problems = watch(page);
    await page.goto('/fees');
    await page.getByTestId('batch-payments').waitFor();
    await page.waitForLoadState('networkidle');
    await screenshot(page, 'smaller-fees-default-batch');
    expect(problems).toEqual([]);
    await page.getByTestId('income').waitFor();
    const chosen = await page.getByTestId('fee-batch').locator('.ant-select-selection-item').innerText();
    expect(chosen.length).toBeGreaterThan(0);
    await screenshot(page, 'smaller-fees-default-batch');
    expect(problems).toEqual([]);
  });

  it('the keyword boxes of 备案申请, 年度/学期计划, 认定通知 and 考评员年度考核 filter the lists', async () => {
    const kaowuApi = await apiJson('kaowu');
    const page = await newPage(browser);
    await login(page, 'kaowu');
    await page.getByTestId('user-menu-name').waitFor();
    const problems = watch(page);

    const lists: { url: string; api: string; box: string }[] = [
      { url: '/filings', api: '/filings', box: 'filings-search' },
      { url: '/plans/annual', api: '/plans/annual', box: 'annual-search' },
      { url: '/plans/semester', api: '/plans/semester', box: 'semester-search' },
      { url: '/notices', api: '/notices', box: 'notices-search' },
    ];
    for (const l of lists) {
      const items = (await kaowuApi<{ items: { title: string }[] }>('GET', l.api)).items;
      await page.goto(l.url);
      await page.getByTestId(l.box).waitFor();
      await search(page, l.box, '没有这样的条目');
      expect(await rows(page).count(), l.url).toBe(0);
      if (items.length) {
        await search(page, l.box, items[0].title);
        await rows(page).first().waitFor();
        expect(await rows(page).first().innerText(), l.url).toContain(items[0].title);
      }
      await screenshot(page, `smaller-search${l.url.replace(/\//g, '-')}`);
    }
    await page.goto('/appraisals');
    await page.getByTestId('appraisals-search').waitFor();
    await search(page, 'appraisals-search', '没有这样的考评员');
    expect(await rows(page).count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('on a phone the keyword boxes stay inside the screen', async () => {
    const page = await newPage(browser, { mobile: true });
    await login(page, 'kaowu');
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    for (const [url, box] of [
      ['/filings', 'filings-search'],
      ['/plans/annual', 'annual-search'],
      ['/plans/semester', 'semester-search'],
      ['/notices', 'notices-search'],
      ['/appraisals', 'appraisals-search'],
    ]) {
      await page.goto(url);
      const input = page.locator(`input[data-testid="${box}"], [data-testid="${box}"] input`).first();
      await input.waitFor();
      await page.waitForLoadState('networkidle');
      // the whole box (input and its search button), not only the input
      const el = input.locator('xpath=ancestor::*[contains(@class,"ant-input-search")][1]');
      await screenshot(page, `smaller-phone${url.replace(/\//g, '-')}`);
      const r = (await el.boundingBox())!;
      expect(r.x, url).toBeGreaterThanOrEqual(0);
      expect(r.x + r.width, url).toBeLessThanOrEqual(390);
    }
  });

  it('the header names the demo candidate 孙浩然, as its application form does', async () => {
    const page = await newPage(browser);
    await login(page, 'kaosheng');
    const name = page.getByTestId('user-menu-name');
    await name.waitFor();
    expect(await name.innerText()).toContain('孙浩然');
    expect(await name.innerText()).not.toContain('孙同学');
    await screenshot(page, 'smaller-candidate-header');
  });
});
