import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, login, newViewportPage, screenshot } from './browser.js';

/** R-BANK-03: the 考务 keeps the paper room's duty log and the hand-over register, and prints them. */

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

async function pickTime(page: Page, id: string, value: string) {
  const input = page.locator(`#${id}`);
  await input.click();
  await input.fill(value);
  await input.press('Enter');
}

describe('R-BANK-03: custody registers in the browser', () => {
  it('R-BANK-03: 考务 adds a duty record and a hand-over, sees the warnings and exports the PDF', async () => {
    const page = await newViewportPage(browser, { width: 1440, height: 900, mobile: false });
    await login(page, 'kaowu');
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    await page.goto('/custody');
    const duties = page.getByTestId('duties-table');
    await duties.getByText('陈立新、马晓燕').waitFor(); // the demo's records

    // A night shift that finds one packet fewer and a broken seal: flagged on the list.
    await page.getByTestId('duties-add').click();
    const form = page.getByTestId('duty-form');
    await form.locator('#subject').fill('浏览器测试 电工四级理论知识试卷');
    await pickTime(page, 'startsAt', '2026-12-01 08:00');
    await pickTime(page, 'endsAt', '2026-12-01 20:00');
    await form.locator('#keeper1').fill('周明');
    await form.locator('#keeper2').fill('周明');
    await form.locator('#count').fill('6');
    await page.getByRole('button', { name: '保存记录' }).click();
    await form.getByText('应与值班人一不同').waitFor(); // R-BANK-03: two different people
    await form.locator('#keeper2').fill('吴芳');
    await page.getByRole('button', { name: '保存记录' }).click();
    await form.waitFor({ state: 'detached' });
    await duties.getByText('周明、吴芳').waitFor();

    await page.getByTestId('duties-add').click();
    await form.locator('#subject').fill('浏览器测试 电工四级理论知识试卷');
    await pickTime(page, 'startsAt', '2026-12-01 20:00');
    await pickTime(page, 'endsAt', '2026-12-02 08:00');
    await form.locator('#keeper1').fill('赵国强');
    await form.locator('#keeper2').fill('孙丽');
    await form.getByText('封存破损').click();
    await form.locator('#count').fill('5');
    await page.getByRole('button', { name: '保存记录' }).click();
    await form.waitFor({ state: 'detached' });
    await duties.getByText('数量与上次记录不符（上次 6，本次 5）').waitFor();
    await screenshot(page, 'itembank/custody-duties');
    // At 1440 px the register fits its page: no column hidden behind a sideways scroll.
    const hidden = await page.evaluate(() =>
      Array.from(document.querySelectorAll('.ant-table-content, .ant-table-body')).some(
        (t) => t.scrollWidth > t.clientWidth + 2,
      ),
    );
    expect(hidden).toBe(false);

    // A hand-over: the keeper cannot hand to himself; the leader signs.
    await page.getByRole('tab', { name: '文件移交登记' }).click();
    await page.getByTestId('transfers-add').click();
    const tform = page.getByTestId('transfer-form');
    await tform.locator('#documentName').fill('浏览器测试 理论知识试卷（A 卷）');
    await pickTime(page, 'transferredAt', '2026-12-02 07:30');
    await tform.locator('#place').fill('试卷保密室');
    await tform.locator('#keeper').fill('赵国强');
    await tform.locator('#receiver').fill('王考评（主考）');
    await tform.locator('#approver').fill('张主任');
    await tform.locator('#count').fill('3');
    await page.getByRole('button', { name: '保存记录' }).click();
    await tform.waitFor({ state: 'detached' });
    const transfers = page.getByTestId('transfers-table');
    await transfers.getByText('浏览器测试 理论知识试卷（A 卷）').waitFor();
    await screenshot(page, 'itembank/custody-transfers');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('transfers-pdf').click()]);
    expect(download.suggestedFilename()).toMatch(/文件移交登记表\.pdf$/);
    const bytes = fs.readFileSync((await download.path())!);
    expect(bytes.subarray(0, 4).toString()).toBe('%PDF');
    fs.writeFileSync('/tmp/custody-transfers.pdf', bytes); // to look at (pdftoppm)
    await page.context().close();
  });

  it('R-BANK-03: the page on a phone keeps the registers readable (tables scroll sideways)', async () => {
    const page = await newViewportPage(browser, { width: 390, height: 844, mobile: true });
    await login(page, 'tiku');
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    await page.goto('/custody');
    await page.getByTestId('duties-table').getByText('陈立新、马晓燕').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500); // the table's fade-in
    await screenshot(page, 'itembank/custody-phone');
    await page.context().close();
  });
});
