import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { makeDocx, wordLines } from '../server/modules/itembank/items.testkit.js';
import { apiJson, launch, login, newViewportPage, screenshot } from './browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

const DESKTOP = { width: 1440, height: 900, mobile: false };
const PHONE = { width: 390, height: 844, mobile: true };
/** This run's mark on the stems, so the reviewer finds these items among earlier runs'. */
const mark = `（第${String(Date.now() % 100000)}套）`;

type Choices = { blueprints: { id: string; title: string; part: string; points: { code: string }[] }[] };

async function theoryBlueprint() {
  const call = await apiJson('zhuanjia');
  const { blueprints } = await call<Choices>('GET', '/itembank/items/choices');
  const bp = blueprints.find((b) => b.part === 'theory' && b.points.length >= 3);
  if (!bp) throw new Error('the demo has no theory blueprint of 电工 with 鉴定点 (itembank.demo.ts)');
  return bp;
}

const marked = (lines: string[]) =>
  lines.map((l) => (/^(\d+[.、]|（\d+）)/.test(l) ? l.replace(/（\u3000）。$|。$/, (m) => `${mark}${m}`) : l));

/** The list's keyword box (antd puts the test id on the input or its wrapper). */
const searchBox = (page: Page) =>
  page.locator('input[data-testid=item-search], [data-testid=item-search] input').first();

async function chooseBlueprint(page: Page, title: string) {
  await page.getByTestId('import-blueprint').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: title }).click();
}

async function uploadWord(page: Page, bytes: Buffer) {
  await page.locator('input[type=file]').first().setInputFiles({
    name: '电工理论试题.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: bytes,
  });
}

describe('items screens', () => {
  it('R-BANK-01: an expert imports a Word file: the bad question is listed and refused, the fixed file imports; a second expert approves', async () => {
    const bp = await theoryBlueprint();
    const codes = bp.points.slice(0, 3).map((p) => p.code);
    const page = await newViewportPage(browser, DESKTOP);
    await login(page, 'zhuanjia');
    await page.getByText('高振华').first().waitFor();
    await page.goto('/itembank/items/import');
    await chooseBlueprint(page, bp.title);

    // A file whose question 3 has no answer: the preview lists the three good ones and names the bad one.
    await uploadWord(page, await makeDocx(marked(wordLines(codes, { bad: [3] }))));
    const preview = page.getByTestId('import-preview');
    await preview.waitFor();
    await expect.poll(() => page.getByTestId('import-summary').textContent()).toMatch(/可导入 3 道，有错误 1 道/);
    expect(await preview.locator('tr').filter({ hasText: '第 3 题' }).textContent()).toMatch(/缺少答案/);
    expect(await preview.locator('tr').filter({ hasText: '第 2 题' }).textContent()).toMatch(/含 1 张图片/);
    await screenshot(page, 'itembank/items-import-preview');
    await page.getByTestId('import-confirm').click();
    await page.getByTestId('import-refused').waitFor();
    expect(await page.getByTestId('import-refused').textContent()).toMatch(/第 3 题：缺少答案/);
    await screenshot(page, 'itembank/items-import-refused');

    // The fixed file: four questions, all imported as drafts.
    await uploadWord(page, await makeDocx(marked(wordLines(codes))));
    await expect.poll(() => page.getByTestId('import-summary').textContent()).toMatch(/^可导入 4 道$/);
    await page.getByTestId('import-confirm').click();
    await page.getByTestId('import-done').waitFor();
    expect(await page.getByTestId('import-done').textContent()).toMatch(/新增 4 道试题/);
    await page.context().close();

    // The second expert of 电工 reviews one of them.
    for (const vp of [DESKTOP, PHONE]) {
      const p = await newViewportPage(browser, vp);
      await login(p, 'zhuanjia2');
      await p.getByText('林雅琴').first().waitFor();
      await p.goto('/itembank/items');
      await p.getByTestId('items-table').waitFor();
      await searchBox(p).fill(mark);
      await searchBox(p).press('Enter');
      await expect.poll(() => p.getByTestId('item-link').count()).toBe(4);
      await screenshot(p, `itembank/items-list-${vp.mobile ? 'phone' : 'desktop'}`);
      await p
        .getByTestId('item-link')
        .nth(vp.mobile ? 1 : 0)
        .click();
      await p.getByTestId('item-answer').waitFor();
      expect(await p.getByTestId('item-detail-state').textContent()).toBe('草稿');
      await p.getByTestId('item-approve').click();
      await expect.poll(() => p.getByTestId('item-detail-state').textContent()).toBe('已审核');
      expect(await p.getByTestId('item-approve').count()).toBe(0);
      await screenshot(p, `itembank/item-reviewed-${vp.mobile ? 'phone' : 'desktop'}`);
      await p.context().close();
    }

    // The author sees no review button on its own item.
    const author = await newViewportPage(browser, DESKTOP);
    await login(author, 'zhuanjia');
    await author.getByText('高振华').first().waitFor();
    await author.goto('/itembank/items');
    await searchBox(author).fill(mark);
    await searchBox(author).press('Enter');
    await expect.poll(() => author.getByTestId('item-link').count()).toBe(4);
    await author.getByTestId('item-link').nth(3).click();
    await author.getByTestId('item-answer').waitFor();
    expect(await author.getByTestId('item-approve').count()).toBe(0);
    await author.context().close();
  }, 180_000);

  it('R-BANK-01: an expert enters a single-choice item in the form; the skill task form shows its scoring sheet', async () => {
    const bp = await theoryBlueprint();
    const page = await newViewportPage(browser, DESKTOP);
    await login(page, 'zhuanjia');
    await page.getByText('高振华').first().waitFor();
    await page.goto('/itembank/items');
    await page.getByTestId('item-new').click();
    const form = page.getByTestId('item-form');
    await form.waitFor();
    await page.getByTestId('item-form-blueprint').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: bp.title }).click();
    await page.getByTestId('item-form-point').click();
    await page.keyboard.type(bp.points[0].code);
    await page.keyboard.press('Enter');
    await page.getByTestId('item-stem').fill(`接触器的主要作用是（\u3000）。${mark}`);
    const options = form.locator('input[id^=options_]');
    for (const [i, text] of ['频繁接通和断开主电路', '短路保护', '过载保护', '测量电流'].entries())
      await options.nth(i).fill(text);
    await screenshot(page, 'itembank/item-form-single');
    await page.locator('.ant-modal-footer .ant-btn-primary').click();
    await page.getByTestId('item-answer').waitFor();
    expect(await page.getByTestId('item-answer').textContent()).toBe('答案：A');
    expect(await page.getByTestId('item-detail-state').textContent()).toBe('草稿');

    // The skill task's form: time limit, materials and the scoring sheet with its 配分 total.
    await page.goto('/itembank/items');
    await page.getByTestId('item-new').click();
    await form.waitFor();
    await page.getByTestId('item-form-type').click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: '操作技能试题' })
      .click();
    await form.getByText(/评分表（配分合计 10 分）/).waitFor();
    await form.getByText('添加评分步骤').click();
    await form.locator('input[id=steps_1_points]').fill('25');
    await form.getByText(/评分表（配分合计 35 分）/).waitFor();
    await screenshot(page, 'itembank/item-form-skill');
    await page.context().close();
  }, 120_000);
});
