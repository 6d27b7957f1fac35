import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import type { Browser } from 'playwright-core';
import { rosterRows, rosterXlsx } from '../server/modules/registration/roster.testkit.js';
import { apiJson, launch, login, newPage, screenshot } from './browser.js';

/** A session for setting up data through the API, multipart included. */
const session = apiJson;

let browser: Browser;
let batch: { id: string; title: string };
const rows = rosterRows(3, { prefix: 'FEE', from: 9600 });
const names = rows.map((r) => String(r[1]));

beforeAll(async () => {
  browser = await launch();
  // Three students of JD through the roster, approved by the college and the centre (R-REG-02).
  const jidian = await session('jidian');
  const batches = await jidian<{ items: { id: string; title: string; state: string; code: string }[] }>(
    'GET',
    '/batches',
  );
  batch = batches.items.find((b) => b.state === 'registering' && b.code === '6-31-01-03')!;
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(await rosterXlsx(rows))]), '花名册.xlsx');
  await jidian('POST', `/batches/${batch.id}/roster/import`, form);
  const mine = async (status: string) =>
    (
      await jidian<{ items: { id: string; name: string }[] }>(
        'GET',
        `/applications?batchId=${batch.id}&status=${status}&keyword=FEE&pageSize=200`,
      )
    ).items.filter((a) => names.includes(a.name));
  await jidian('POST', '/applications/review', {
    ids: (await mine('pending_college')).map((a) => a.id),
    decision: 'approve',
  });
  const kaowu = await session('kaowu');
  await kaowu('POST', '/applications/review', {
    ids: (await mine('pending_centre')).map((a) => a.id),
    decision: 'approve',
  });
  expect(await mine('approved')).toHaveLength(3);
}, 120_000);
afterAll(async () => browser?.close());

describe('fees and photos screens', () => {
  it('R-FEE-01: finance records a payment for an approved application and the income summary changes', async () => {
    const page = await newPage(browser);
    await login(page, 'caiwu');
    await page.getByTestId('home-finance').waitFor();
    await page.goto('/fees');
    await page.getByTestId('fee-batch').click();
    await page.getByTitle(batch.title).click();
    const income = page.getByTestId('income');
    await income.waitFor();
    const paidCard = income.locator('.ant-card', { hasText: '已缴费' });
    const paidBefore = Number((await paidCard.locator('.ant-statistic-content').textContent())!.replace(/\D/g, ''));
    const search = page.getByPlaceholder('姓名、学号或票据号');
    // By student number: the roster's generated names may repeat another test's students in the same batch.
    const number = String(rows[0][4]);
    await search.fill(number);
    await search.press('Enter');
    const row = page.locator('tr', { hasText: number });
    await row.getByText('待缴费').waitFor();
    await screenshot(page, 'fees-batch-before');
    await row.getByTestId('pay').click();
    const dialog = page.getByTestId('payment-form');
    await dialog.waitFor();
    await dialog.locator('#receiptNumber').fill(`E2E-FEE-${Date.now()}`);
    await page
      .getByRole('button', { name: '确 定' })
      .or(page.getByRole('button', { name: '确定' }))
      .click();
    await page.getByText('已登记缴费').waitFor();
    await row.getByText('已缴费').waitFor();
    await paidCard.getByText(`${paidBefore + 1} 人`).waitFor();
    await screenshot(page, 'fees-batch-paid');

    await page.getByRole('tab', { name: '收费标准' }).click();
    await page.getByTestId('fee-standards').waitFor();
    await screenshot(page, 'fees-standards');
    await page.context().close();
  }, 120_000);

  it('R-FEE-01: the head sets a fee standard; an amount above the approved price is refused under the field', async () => {
    const page = await newPage(browser);
    await login(page, 'zhuren');
    await page.getByTestId('home-centre_head').waitFor();
    await page.goto('/fees');
    await page.getByRole('tab', { name: '收费标准' }).click();
    await page.getByTestId('fee-standard-create').click();
    const form = page.getByTestId('fee-standard-form');
    await form.locator('#occupation').click();
    await page.locator('.ant-select-item-option', { hasText: '6-31-01-03' }).first().click();
    await form.locator('.ant-select', { has: page.locator('#level') }).click();
    await page.locator('.ant-select-item-option', { hasText: '三级/高级工' }).click();
    await form.locator('#approvedPrice').fill('200');
    await form.locator('#amount').fill('260');
    await form.locator('#studentAmount').fill('120');
    await page
      .getByRole('button', { name: '保 存' })
      .or(page.getByRole('button', { name: '保存' }))
      .click();
    await form.getByText('不能高于物价核定价（200 元）').waitFor();
    await screenshot(page, 'fees-standard-refused');
    await form.locator('#amount').fill('180');
    await page
      .getByRole('button', { name: '保 存' })
      .or(page.getByRole('button', { name: '保存' }))
      .click();
    await page.getByText('已保存').waitFor();
    await page.getByTestId('fee-standards').getByText('120.00 元').waitFor();
    await screenshot(page, 'fees-standards-head');
    await page.context().close();
  }, 120_000);

  it('R-REG-01: a clerk uploads a photo ZIP and sees unmatched and bad files listed', async () => {
    const png = (await (async () => {
      const p = await newPage(browser);
      await p.setContent(
        '<div style="width:250px;height:350px;background:#fff;display:flex;align-items:center;justify-content:center"><div style="width:120px;height:170px;background:#553322;border-radius:60px"></div></div>',
      );
      const shot = await p.screenshot({ clip: { x: 8, y: 8, width: 250, height: 350 } });
      await p.context().close();
      return shot;
    })()) as Buffer;
    const zip = zipSync({
      [`${rows[0][4]}.png`]: png, // by student number
      [`${rows[1][3]}.png`]: png, // by ID number
      'S0000000.png': png, // nobody
      '说明.txt': strToU8('照片说明'),
    });
    const file = path.join(os.tmpdir(), `photos-${Date.now()}.zip`);
    fs.writeFileSync(file, zip);

    const page = await newPage(browser);
    await login(page, 'jidian');
    await page.getByTestId('home-college_clerk').waitFor();
    await page.goto('/photo-import');
    await page.getByTestId('photo-batch').click();
    await page.getByTitle(batch.title).click();
    await page.locator('input[type=file][accept=".zip"]').setInputFiles(file);
    await page.getByTestId('photo-summary').getByText('已导入 2 张；未匹配 1 个，重复 0 个，无效 1 个').waitFor();
    await page.getByTestId('photo-matched').getByText(names[0]).waitFor();
    await screenshot(page, 'photo-import-result');
    await page.getByRole('tab', { name: /未匹配/ }).click();
    await page.getByTestId('photo-unmatched').getByText('S0000000.png').waitFor();
    await page.getByRole('tab', { name: /无效文件/ }).click();
    await page.getByTestId('photo-bad').getByText('说明.txt').waitFor();
    await page.getByTestId('photo-bad').getByText('不是 JPEG 或 PNG 图片').waitFor();
    await screenshot(page, 'photo-import-bad');
    await page.context().close();
  }, 120_000);
});
