import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, login, newPage, screenshot } from './browser.js';

/**
 * Issue 9: the demo's examiner and supervisor open 我的档案 and find their duties in the published demo arrangement
 * (明日开考演示), with rooms, colleagues and documents to print, their qualifications and appraisals — on a desktop
 * and on a phone, without request or console errors and without anything wider than the screen.
 */

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

function watch(page: Page) {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`);
  });
  return problems;
}

async function widest(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

async function openOwnRecord(username: string, mobile: boolean) {
  const page = await newPage(browser, { mobile });
  await login(page, username);
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  const problems = watch(page); // signed in: the login page's own session check (401) is not a problem
  await page.goto('/my-record');
  await page.getByTestId('my-assignment').first().waitFor();
  return { page, problems };
}

describe('我的档案 (issue 9)', () => {
  for (const mobile of [false, true])
    it(`the demo examiner sees its sittings, colleagues, documents, certificate and appraisal${mobile ? ' (phone)' : ''}`, async () => {
      const { page, problems } = await openOwnRecord('kaopingyuan', mobile);
      const card = page.getByTestId('my-assignment').first();
      const text = (await card.textContent()) ?? '';
      expect(text).toMatch(/考评组长|考评员/);
      expect(text).toMatch(/监考/);
      expect(text).toMatch(/质量督导员/);
      expect(await page.getByTestId('my-assignment').count()).toBeGreaterThanOrEqual(2);
      expect(await page.getByTestId('my-id-number').textContent()).toMatch(/^\*+\d{3}[\dX]$/);
      // The sign-in sheet of its room is a PDF it may fetch.
      const href = await card.getByTestId('my-doc-signin').first().getAttribute('href');
      const pdf = await page.request.get(href!);
      expect(pdf.status()).toBe(200);
      expect(pdf.headers()['content-type']).toBe('application/pdf');
      expect(await widest(page)).toBeLessThanOrEqual(0);
      await screenshot(page, `my-record-examiner${mobile ? '-phone' : ''}`);
      await page.getByRole('tab', { name: '资格与聘期' }).click();
      await page.getByTestId('my-examiner').waitFor();
      expect(await page.getByTestId('my-examiner').textContent()).toMatch(/有效期至|至/);
      expect(await widest(page)).toBeLessThanOrEqual(0);
      await screenshot(page, `my-record-examiner-qualifications${mobile ? '-phone' : ''}`);
      await page.getByRole('tab', { name: '年度考核' }).click();
      await page.getByTestId('my-appraisals').waitFor();
      expect(await page.getByTestId('my-appraisals').textContent()).toMatch(/优秀/);
      expect(await widest(page)).toBeLessThanOrEqual(0);
      await screenshot(page, `my-record-examiner-appraisals${mobile ? '-phone' : ''}`);
      expect(problems).toEqual([]);
      await page.context().close();
    });

  for (const mobile of [false, true])
    it(`the demo supervisor sees the sittings it supervises with the site's staff${mobile ? ' (phone)' : ''}`, async () => {
      const { page, problems } = await openOwnRecord('dudao', mobile);
      const text = (await page.getByTestId('my-assignment').first().textContent()) ?? '';
      expect(text).toMatch(/质量督导员/);
      expect(text).toMatch(/考评组/);
      expect(await widest(page)).toBeLessThanOrEqual(0);
      await screenshot(page, `my-record-supervisor${mobile ? '-phone' : ''}`);
      await page.getByRole('tab', { name: '资格与聘期' }).click();
      await page.getByTestId('my-supervisor').waitFor();
      await screenshot(page, `my-record-supervisor-qualifications${mobile ? '-phone' : ''}`);
      expect(problems).toEqual([]);
      await page.context().close();
    });
});
