import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { apiSession, baseURL, launch, login, newViewportPage, screenshot } from './browser.js';
import type { PublicityDetail } from '../shared/publicity.js';

/**
 * Issue 13, 成绩公示 in the browser (R-PUB-01). The demo gives scoring's signed batch a window (publicity.demo.ts)
 * with one objection from the public page open: still running when the exam was recent (the demo's is six days
 * ago), or just ended when the exam is long enough ago. On a phone, without login, the public page lists the batch
 * and its results (name, the ID number's last four, occupation, level, result); while the window runs an objection
 * is filed there, after it the form is closed and a late objection is refused in Chinese. The centre head resolves
 * every objection with a reason (required); before the window has passed the results cannot become final (the
 * Chinese refusal names the first day they can); after it they become final and the 成绩上报表 is exported, each
 * download the same bytes with the SHA-256 shown, and the phone shows the results as final.
 */

let browser: Browser;
const phone = { width: 390, height: 844, mobile: true };
const desktop = { width: 1440, height: 900, mobile: false };
let batchId = '';
let title = '';
let running = false;

beforeAll(async () => {
  browser = await launch();
  const res = await fetch(`${baseURL()}/api/v1/public/publicity`);
  const list = (await res.json()) as { items: { batchId: string; title: string; acceptsObjections: boolean }[] };
  const demo = list.items.find((b) => b.title.includes('成绩公示演示')) ?? list.items[0];
  if (!demo) throw new Error('the demo has no publicity window (publicity.demo.ts after scoring.demo.ts)');
  batchId = demo.batchId;
  title = demo.title;
  running = demo.acceptsObjections;
}, 120_000);
afterAll(async () => browser?.close());

const widest = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

describe('成绩公示', () => {
  it('R-PUB-01 / R-PPL-02: the public page on a phone shows the results with masked ID numbers, and takes objections only during the window', async () => {
    const page = await newViewportPage(browser, phone);
    await page.goto('/publicity-board');
    await page.getByTestId('board-batch').first().waitFor();
    await screenshot(page, 'publicity-board-list-phone');
    await page.getByTestId('board-batch').filter({ hasText: title }).first().click();
    await page.getByTestId('board-entry').first().waitFor();
    const text = await page.getByTestId('board-entries').innerText();
    expect(text).toMatch(/证件号码 \*{14}[0-9X]{4}/);
    expect(text).not.toMatch(/\d{17}[\dX]/); // never a full ID number
    expect(await widest(page)).toBeLessThanOrEqual(0);
    if (running) {
      const form = page.getByTestId('board-objection');
      await form.getByLabel('您的姓名').fill('李女士');
      await form.getByLabel('联系方式').fill('13512345678');
      await form.getByLabel('涉及名单序号（可不填）').fill('3');
      await form.getByLabel('异议内容').fill('第 3 号考生的技能成绩与现场情况不符，请核实。');
      await screenshot(page, 'publicity-board-objection-phone');
      await page.getByTestId('board-objection-submit').click();
      await page.getByTestId('board-objection-receipt').waitFor();
    } else {
      await page.getByTestId('board-objection-closed').waitFor();
      const res = await fetch(`${baseURL()}/api/v1/public/publicity/${batchId}/objections`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          objectorName: '迟到者',
          objectorContact: '13600000000',
          objectionText: '公示结束后才看到',
        }),
      });
      expect(res.status).toBe(409);
      expect(((await res.json()) as { error: { message: string } }).error.message).toContain('不再受理异议');
    }
    await screenshot(page, 'publicity-board-results-phone');
    await page.context().close();
  });

  it('R-PUB-01: the centre resolves the objections with a reason, and makes the results final and exports them only after the window', async () => {
    const page = await newViewportPage(browser, desktop);
    await login(page, 'zhuren');
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    await page.goto('/publicity');
    await page.getByTestId('publicity-table').waitFor();
    const row = page.locator('[data-testid="publicity-table"] tr', { hasText: title }).first();
    await row.getByTestId('publicity-open').click();
    const drawer = page.getByTestId('publicity-drawer');
    await drawer.getByTestId('publicity-period').waitFor();
    await screenshot(page, 'publicity-centre-open');

    const api = await apiSession('zhuren');
    const detail = (await (await api('GET', `/api/v1/publicity/batches/${batchId}`)).json()) as PublicityDetail;
    const makeFinal = async () => {
      await drawer.getByTestId('publicity-final').click();
      await Promise.all([
        page.waitForResponse((r) => r.url().endsWith('/final') && r.request().method() === 'POST'),
        // The popconfirm of this click (an earlier one may stay in the page, hidden).
        page.locator('.ant-popconfirm:visible .ant-btn-primary').click(),
      ]);
    };
    /** R-PUB-01: while the window runs, the results cannot become final: the button waits, the server refuses. */
    const tooEarly = async () => {
      expect(await drawer.getByTestId('publicity-final').isDisabled()).toBe(true);
      await drawer.getByTestId('publicity-final-from').getByText(`${detail.window!.finalFrom} 起可确定成绩`).waitFor();
      const res = await api('POST', `/api/v1/publicity/batches/${batchId}/final`, {});
      expect(res.status).toBe(409);
      expect(((await res.json()) as { error: { message: string } }).error.message).toBe(
        `公示期为 ${detail.window!.startsOn} 至 ${detail.window!.endsOn}（${detail.window!.days} 个工作日），${detail.window!.finalFrom} 起方可确定成绩`,
      );
    };
    if (detail.stage === 'open') await tooEarly();
    else {
      // R-PUB-01: never final while an objection is open.
      await makeFinal();
      await page
        .getByText(/尚有 \d+ 条异议未处理/)
        .first()
        .waitFor();
    }

    const resolve = drawer.getByTestId('objection-resolve');
    const open = await resolve.count();
    expect(open).toBeGreaterThan(0);
    for (let i = 0; i < open; i++) {
      await resolve.first().click();
      const modal = page.getByTestId('resolve-modal');
      await modal.getByRole('button', { name: '保存处理结果' }).click();
      await modal.getByText('请写明处理结果和理由').waitFor(); // the reason is required
      await modal.locator('textarea').fill(`经复核，成绩录入无误，维持原成绩，已电话告知异议人（${i + 1}）。`);
      await modal.getByRole('button', { name: '保存处理结果' }).click();
      await drawer.getByText(`已电话告知异议人（${i + 1}）`).waitFor();
    }
    await screenshot(page, 'publicity-centre-resolved');

    if (detail.stage === 'open') {
      await tooEarly(); // every objection resolved, and still not before the window has passed
      await screenshot(page, 'publicity-centre-too-early');
      await page.context().close();
      return;
    }
    await makeFinal();
    await drawer.getByTestId('publicity-export').click();
    await drawer.getByTestId('publicity-sha').waitFor();
    const sha = (await drawer.getByTestId('publicity-sha').innerText()).trim();
    expect(sha).toMatch(/^[0-9a-f]{64}$/);
    await screenshot(page, 'publicity-centre-final');

    // The download is the stored sheet: the same bytes each time, with the SHA-256 frozen on the window.
    const a = Buffer.from(await (await api('GET', `/api/v1/publicity/batches/${batchId}/export.xlsx`)).arrayBuffer());
    const b = Buffer.from(await (await api('GET', `/api/v1/publicity/batches/${batchId}/export.xlsx`)).arrayBuffer());
    expect(Buffer.compare(a, b)).toBe(0);
    expect(createHash('sha256').update(a).digest('hex')).toBe(sha);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(a as unknown as ArrayBuffer);
    expect((wb.worksheets[0].getRow(2).values as unknown[]).slice(1)).toEqual([
      '序号',
      '姓名',
      '证件号码',
      '准考证号',
      '职业(工种)',
      '等级',
      '理论成绩',
      '技能成绩',
      '综合评审',
      '结果',
    ]);
    expect(String(wb.worksheets[0].getRow(3).getCell(3).value)).toMatch(/^\d{17}[\dX]$/); // full number for the authority
    await page.context().close();

    const board = await newViewportPage(browser, phone);
    await board.goto(`/publicity-board?batch=${batchId}`);
    await board.getByTestId('board-batch-head').getByText('成绩已确定').waitFor();
    await screenshot(board, 'publicity-board-final-phone');
    await board.context().close();
  });
});
