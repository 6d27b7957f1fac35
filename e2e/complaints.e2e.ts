import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseURL, launch, login, newViewportPage, screenshot, shotsDir } from './browser.js';

/**
 * 考生投诉 in the browser (R-CMP-01…04). On a phone (390 px), without login, a complainant files a complaint on the
 * public page and gets a tracking code; the exam admin finds it on 考生投诉 with its due days, decides to
 * investigate, records the result and downloads the 处理结果告知书 (a PDF, rendered to PNG to be looked at); the
 * head closes it, which archives it; the public lookup by the code then shows it archived.
 */

let browser: Browser;
const phone = { width: 390, height: 844, mobile: true };
const desktop = { width: 1440, height: 900, mobile: false };
const stamp = Date.now().toString(36);
const content = `浏览器测试 ${stamp}：实操考试时监考人员态度恶劣，并提前 10 分钟收卷。`;
let code = '';

beforeAll(async () => {
  browser = await launch();
}, 120_000);
afterAll(async () => browser?.close());

const widest = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

describe('考生投诉', () => {
  it('R-CMP-01: a complaint filed on the public page on a phone gets a tracking code', async () => {
    const page = await newViewportPage(browser, phone);
    await page.goto('/complaint');
    await page.getByTestId('f-name').fill('赵同学');
    await page.getByTestId('f-unit').fill('机电工程学院 数控 2 班');
    await page.getByTestId('f-contact').fill('13512345678');
    await page.getByTestId('f-respondent').fill('第 3 考场监考人员');
    await page.getByTestId('f-content').fill(content);
    await screenshot(page, 'complaint-public-form-phone');
    expect(await widest(page)).toBeLessThanOrEqual(0);
    await page.getByTestId('f-submit').click();
    await page.getByTestId('tracking-code').waitFor();
    code = (await page.getByTestId('tracking-code').innerText()).trim();
    expect(code).toMatch(/^TS-[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}/);
    await screenshot(page, 'complaint-public-receipt-phone');
    expect(await widest(page)).toBeLessThanOrEqual(0);
    await page.context().close();
  });

  it('R-CMP-02 / R-CMP-04: staff decide, record the result, download the letter and archive it', async () => {
    expect(code).not.toBe('');
    const page = await newViewportPage(browser, desktop);
    await login(page, 'kaowu');
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    await page.goto('/complaints');
    const row = page.getByTestId('complaints-table').locator('tr', { hasText: `浏览器测试 ${stamp}` });
    await row.waitFor();
    expect(await row.getByTestId('due-tag').count()).toBe(2);
    await screenshot(page, 'complaints-list');
    await row.click();
    const drawer = page.getByTestId('complaint-drawer');
    await drawer.getByTestId('act-decide').click();
    await page.getByTestId('decide-investigate').getByText('进行调查').click();
    await page.getByTestId('decide-reason').fill('反映的问题具体，涉及考场纪律，需调查核实。');
    await page.getByTestId('modal-ok').click();
    await drawer.getByTestId('drawer-state').filter({ hasText: '调查中' }).waitFor();
    const [notice] = await Promise.all([page.waitForEvent('download'), drawer.getByTestId('letter-decision').click()]);
    expect(notice.suggestedFilename()).toBe('赵同学-投诉受理通知书.pdf');
    const noticeOut = path.join(shotsDir, 'complaint-decision-letter');
    fs.writeFileSync(`${noticeOut}.pdf`, fs.readFileSync((await notice.path())!));
    execFileSync('pdftoppm', ['-png', '-r', '60', '-singlefile', `${noticeOut}.pdf`, noticeOut]);
    fs.rmSync(`${noticeOut}.pdf`);
    await drawer.getByTestId('act-result').click();
    await page
      .getByTestId('result-text')
      .fill(
        '经调取考场监控并询问相关人员，情况属实。已对该监考人员批评教育并暂停其监考工作，收卷时间问题已向考生说明并致歉。',
      );
    await page.getByTestId('modal-ok').click();
    await drawer.getByTestId('drawer-state').filter({ hasText: '已处理' }).waitFor();
    await screenshot(page, 'complaint-drawer-decided');
    const [download] = await Promise.all([page.waitForEvent('download'), drawer.getByTestId('letter-result').click()]);
    expect(download.suggestedFilename()).toBe('赵同学-投诉处理结果告知书.pdf');
    const pdf = fs.readFileSync((await download.path())!);
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    const out = path.join(shotsDir, 'complaint-result-letter');
    fs.writeFileSync(`${out}.pdf`, pdf);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-singlefile', `${out}.pdf`, out]);
    fs.rmSync(`${out}.pdf`);
    await page.context().close();

    // The head closes it: archived, read-only.
    const head = await newViewportPage(browser, desktop);
    await login(head, 'zhuren');
    await head.waitForURL((u) => !u.pathname.startsWith('/login'));
    await head.goto('/complaints');
    await head
      .getByTestId('complaints-table')
      .locator('tr', { hasText: `浏览器测试 ${stamp}` })
      .click();
    const d2 = head.getByTestId('complaint-drawer');
    await d2.getByTestId('act-close').click();
    await head.getByTestId('act-close-ok').click();
    await d2.getByTestId('drawer-state').filter({ hasText: '已归档' }).waitFor();
    expect(await d2.getByTestId('act-decide').count()).toBe(0);
    await screenshot(head, 'complaint-drawer-archived');
    await head.context().close();
  }, 120_000);

  it('R-CMP-04: the public lookup by code shows the complaint archived', async () => {
    const page = await newViewportPage(browser, phone);
    await page.goto('/complaint');
    await page.getByTestId('tab-lookup').click();
    await page.getByTestId('l-code').fill(code);
    await page.getByTestId('l-submit').click();
    await page.getByTestId('l-state').filter({ hasText: '已归档' }).waitFor();
    await screenshot(page, 'complaint-lookup-phone');
    const res = await fetch(`${baseURL()}/api/v1/public/complaints/status?trackingCode=${encodeURIComponent(code)}`);
    expect(Object.keys((await res.json()) as object).sort()).toEqual([
      'acceptDueOn',
      'receivedOn',
      'resultDueOn',
      'state',
      'stateName',
    ]);
    await page.context().close();
  });

  it('R-CMP-01: a candidate files a complaint in the portal and sees its own', async () => {
    const page = await newViewportPage(browser, phone);
    await login(page, 'kaosheng');
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    await page.goto('/my-complaints');
    await page.getByTestId('my-complaint-new').click();
    await page.getByTestId('my-contact').fill('13700000000');
    await page.getByTestId('my-content').fill(`门户投诉 ${stamp}：理论考试机房电脑死机，未给补时。`);
    await page
      .getByRole('button', { name: '提 交' })
      .or(page.getByRole('button', { name: '提交' }))
      .click();
    await page.locator('.ant-modal-confirm-title', { hasText: '投诉已提交' }).waitFor();
    await page.getByRole('button', { name: /知道了|OK|确 定|确定/ }).click();
    await page
      .getByTestId('my-complaint')
      .filter({ hasText: `门户投诉 ${stamp}` })
      .waitFor();
    await page.locator('.ant-modal-confirm').waitFor({ state: 'detached' });
    await screenshot(page, 'my-complaints-phone');
    expect(await widest(page)).toBeLessThanOrEqual(0);
    await page.context().close();
  });

  it('R-CMP-01 / R-CMP-03: staff record a phone complaint naming the person complained about', async () => {
    const page = await newViewportPage(browser, desktop);
    await login(page, 'kaowu');
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    await page.goto('/complaints');
    await page.getByTestId('record-complaint').click();
    const modal = page.locator('.ant-modal', { hasText: '登记投诉' });
    await modal.getByLabel('投诉人姓名').fill('钱同学');
    await modal.getByLabel('联系方式').fill('13600001111');
    await modal.getByLabel('投诉内容').fill(`电话投诉 ${stamp}：考评员评分时与考生交谈，疑似有失公正。`);
    await modal.getByTestId('respondent-persons').click();
    await page.keyboard.type('马建军');
    await page.locator('.ant-select-item-option', { hasText: '马建军' }).first().click();
    await page.keyboard.press('Escape');
    await screenshot(page, 'complaint-record-modal');
    await modal.getByRole('button', { name: /登\s*记/ }).click();
    const drawer = page.getByTestId('complaint-drawer');
    await drawer.getByText('马建军').waitFor();
    await drawer.getByTestId('drawer-state').filter({ hasText: '已登记' }).waitFor();
    await screenshot(page, 'complaint-drawer-recorded');
    await page.context().close();
  }, 60_000);
});
