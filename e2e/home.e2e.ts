import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, login, newViewportPage, screenshot } from './browser.js';
import type { Role } from '../shared/access.js';

/**
 * Issue 9 "Home pages": every demo role's 工作台 shows the work waiting for it, with working links, at 1440 × 900
 * and on a phone, without request or console errors and without anything wider than its container.
 */

let browser: Browser;
const desktop = { width: 1440, height: 900, mobile: false };
const phone = { width: 390, height: 844, mobile: true };
beforeAll(async () => {
  browser = await launch();
  // The first load of the built front end is slow on a busy machine: warm it up once.
  const page = await newViewportPage(browser, desktop);
  await page.goto('/login');
  await page.locator('#username').waitFor({ timeout: 90_000 });
  await page.context().close();
}, 120_000);
afterAll(async () => browser?.close());

/** The demo accounts and the work each must see (task keys with at least one line in the demo). */
const cases: { username: string; role: Role; busy: string[]; tasks: string[] }[] = [
  {
    username: 'admin',
    role: 'admin',
    busy: ['batches', 'plansToApprove', 'deadlines'],
    tasks: ['reviewCentre', 'payments'],
  },
  {
    username: 'zhuren',
    role: 'centre_head',
    busy: ['batches', 'plansToApprove', 'deadlines'],
    tasks: ['reviewCentre'],
  },
  { username: 'kaowu', role: 'exam_admin', busy: ['batches', 'plansToApprove', 'deadlines'], tasks: ['reviewCentre'] },
  { username: 'jidian', role: 'college_clerk', busy: ['deadlines'], tasks: ['reviewCollege', 'plansReturned'] },
  { username: 'caiwu', role: 'finance', busy: ['deadlines'], tasks: ['payments'] },
  { username: 'kaopingyuan', role: 'examiner', busy: ['duties'], tasks: [] },
  { username: 'dudao', role: 'supervisor', busy: ['duties'], tasks: [] },
  // R-EXAM-01…04: the demo's proctor and site head (考务人员) of tomorrow's 数控 exam.
  { username: 'jiankao', role: 'proctor', busy: ['duties'], tasks: [] },
  { username: 'kaochang', role: 'proctor', busy: ['duties'], tasks: [] },
  // R-BANK-01/02: the bank's administrator publishes the demo's assembled forms; the second expert reviews drafts.
  { username: 'tiku', role: 'bank_admin', busy: ['papersToPublish'], tasks: ['itemsToActivate'] },
  { username: 'zhuanjia2', role: 'expert', busy: ['itemsToReview'], tasks: [] },
  // The demo's candidate: the portal's open 电工 batch of next year (R-REG-01), no application yet.
  { username: 'kaosheng', role: 'candidate', busy: ['openBatches'], tasks: ['myApplications', 'nextExam'] },
];

/** Collects console errors and failed API requests of a page. */
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

/** Elements sticking out of the page (the document wider than the viewport). */
async function overflow(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    for (const el of Array.from(document.querySelectorAll('[data-testid^="home-"] *'))) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.right > width + 1) out.push(`${el.tagName}.${el.className} right=${Math.round(r.right)}`);
    }
    return { scroll: document.documentElement.scrollWidth, width, out: out.slice(0, 5) };
  });
}

describe("issue 9: every role's home page shows its waiting work", () => {
  for (const c of cases)
    for (const [vpName, vp] of [
      ['desktop', desktop],
      ['phone', phone],
    ] as const)
      it(`${c.username} (${c.role}) at ${vp.width}×${vp.height}: its work, with links that open`, async () => {
        const page = await newViewportPage(browser, vp);
        const problems = watch(page);
        await login(page, c.username);
        await page.getByTestId(`home-${c.role}`).waitFor();
        await page.getByTestId('home-tasks').waitFor();
        problems.splice(0); // the login page's own 401 of "who am I" before signing in
        for (const key of [...c.busy, ...c.tasks]) await page.getByTestId(`home-task-${key}`).waitFor();
        for (const key of c.busy) {
          const lines = page.getByTestId(`home-task-${key}-line`);
          expect(await lines.count(), key).toBeGreaterThan(0);
          const count = Number(await page.getByTestId(`home-task-${key}-count`).innerText());
          expect(count, key).toBeGreaterThan(0);
        }
        // The quick links are the user's own work, not the whole menu.
        expect(await page.getByTestId('home-shortcuts').locator('a').count()).toBeLessThanOrEqual(5);
        const o = await overflow(page);
        expect(o.out, JSON.stringify(o)).toEqual([]);
        expect(o.scroll).toBeLessThanOrEqual(o.width);
        await screenshot(page, `home/${c.username}-${vpName}`);

        // The first line of the first busy task opens its page.
        if (c.busy.length) {
          const link = page.getByTestId(`home-task-${c.busy[0]}-line`).first().locator('a').first();
          const href = (await link.getAttribute('href'))!;
          await link.click();
          await page.waitForURL((u) => u.pathname + u.search === href);
          await page.locator('.ant-pro-page-container, [data-testid]').first().waitFor();
          expect(await page.getByText('页面不存在').count()).toBe(0);
          expect(await page.getByText('无权访问').count()).toBe(0);
        }
        expect(problems).toEqual([]);
        await page.context().close();
      });
});
