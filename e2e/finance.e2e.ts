import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { apiJson, apiSession, launch, login, newPage, screenshot, shotsDir } from './browser.js';

let browser: Browser;
let batch: { id: string; title: string };
const voucher = `E2E-${Date.now() % 1_000_000}`;

beforeAll(async () => {
  browser = await launch();
  const kaowu = await apiJson('kaowu');
  const batches = await kaowu<{ items: { id: string; title: string; state: string }[] }>(
    'GET',
    '/batches?pageSize=100',
  );
  batch = batches.items.find((b) => b.state === 'registering') ?? batches.items.find((b) => b.state !== 'draft')!;
}, 120_000);
afterAll(async () => browser?.close());

describe('批次收支 (R-FEE-01)', () => {
  it('R-FEE-01: finance records an expense of a batch beside its income, voids a wrong one with a reason, and downloads the statement', async () => {
    const page = await newPage(browser);
    await login(page, 'caiwu');
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    await page.goto('/finance');
    await page.getByLabel('认定批次').first().click();
    await page.keyboard.type(batch.title);
    await page.locator('.ant-select-item-option', { hasText: batch.title }).first().click();

    await page.getByRole('button', { name: '登记支出' }).click();
    const modal = page.locator('.ant-modal', { hasText: '登记支出' });
    await modal.getByLabel('支出类别').click();
    await page.locator('.ant-select-item-option', { hasText: '材料费' }).click();
    await modal.getByLabel('金额（元）').fill('88.8');
    await modal.getByLabel('收款方').fill('文具店');
    await modal.getByLabel('凭证号').fill(voucher);
    await modal.getByRole('button', { name: /^登\s?记$/ }).click();
    const row = page.locator('tr', { hasText: voucher });
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('88.80 元');
    // The same voucher again is refused and named.
    await page.getByRole('button', { name: '登记支出' }).click();
    await modal.getByLabel('支出类别').click();
    await page.locator('.ant-select-item-option', { hasText: '印刷费' }).click();
    await modal.getByLabel('金额（元）').fill('10');
    await modal.getByLabel('收款方').fill('印刷厂');
    await modal.getByLabel('凭证号').fill(voucher);
    await modal.getByRole('button', { name: /^登\s?记$/ }).click();
    await page.getByText(`${voucher} 已登记过`).first().waitFor();
    await modal.getByRole('button', { name: '取 消' }).click();

    await row.getByRole('button', { name: /作\s?废/ }).click();
    await page.getByLabel('作废原因').fill('金额登记错误');
    await page.locator('.ant-modal', { hasText: '作废支出' }).getByRole('button', { name: '作 废' }).click();
    await row.getByText('已作废：金额登记错误').waitFor();
    await screenshot(page, 'finance-batch');

    // A valid expense of the same batch, so the ledger has a line whatever else the demo holds.
    const fin = await apiJson('caiwu');
    await fin('POST', '/finance/expenses', {
      batchId: batch.id,
      expenseCategory: 'venue',
      amount: 300,
      spentOn: '2026-11-20',
      payee: '实训中心',
    });
    await page.getByRole('tab', { name: '中心收支台账' }).click();
    await page
      .getByText(/\d{4} 年合计/)
      .first()
      .waitFor();
    await page.waitForTimeout(500); // the tab's fade-in, for the screenshot
    await screenshot(page, 'finance-ledger');

    // The statement as the centre files it: PDF rendered to an image to look at, and Excel.
    const caiwu = await apiSession('caiwu');
    const pdf = await caiwu('GET', `/api/v1/finance/statement/file?batchId=${batch.id}&format=pdf`);
    expect(pdf.status).toBe(200);
    const out = path.join(shotsDir, 'finance-statement');
    fs.writeFileSync(`${out}.pdf`, Buffer.from(await pdf.arrayBuffer()));
    execFileSync('pdftoppm', ['-png', '-r', '60', '-singlefile', `${out}.pdf`, out]);
    const text = execFileSync('pdftotext', [`${out}.pdf`, '-']).toString();
    expect(text).toContain('收支明细表');
    expect(text.replace(/\s/g, '')).toContain(voucher);
    expect(text.replace(/\s/g, '')).toContain('（已作废：金额登记错误）');
    const xlsx = await caiwu('GET', `/api/v1/finance/statement/file?batchId=${batch.id}&format=xlsx`);
    expect(xlsx.status).toBe(200);
  }, 120_000);
});
