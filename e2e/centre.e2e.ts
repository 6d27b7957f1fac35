import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { apiSession, launch, login, newPage, screenshot } from './browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

describe('centre screens', () => {
  it('R-ORG-04: the centre head sets up a scope row by importing the list, filing it and recording the reply', async () => {
    // An occupation of the 2022 edition, with its first job where the catalogue lists jobs (R-ORG-02).
    const api = await apiSession('zhuren');
    const found = await (
      await api('GET', `/api/v1/catalogue/occupations?edition=2022&keyword=${encodeURIComponent('健康管理师')}`)
    ).json();
    const occ = found.items[0] as { code: string; name: string; id: string };
    const detail = await (await api('GET', `/api/v1/catalogue/occupations/${occ.id}`)).json();
    const job = (detail.jobs?.[0]?.name as string | undefined) ?? '';

    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('认定范围清单');
    ws.addRow(['评价机构信息与认定范围清单']);
    ws.addRow(['职业名称', '职业编号', '工种/职业方向', '级别', '评价标准', '目录版本', '所属二级学院', '对应专业']);
    ws.addRow([occ.name, occ.code, job, '5、4、3', '国家职业技能标准', '2022', '商贸管理学院', '健康管理']);
    const file = path.join(os.tmpdir(), `scope-${Date.now()}.xlsx`);
    fs.writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));

    const page = await newPage(browser);
    await login(page, 'zhuren');
    await page.getByTestId('home-centre_head').waitFor();
    await page.goto('/scope');
    await page.getByTestId('scope-page').waitFor();
    await page.locator('input[type=file]').setInputFiles(file);
    const outcome = page.getByText(/已导入 1 行到新的备案申请/).or(page.locator('.ant-modal-confirm-content'));
    await outcome.first().waitFor();
    const text = await outcome.first().textContent();
    expect(text, text ?? '').toMatch(/已导入 1 行/);

    await page.goto('/filings');
    await page.getByTestId('filings-page').waitFor();
    await page.getByText('增量备案（Excel 导入）').first().click();
    const drawer = page.getByTestId('filing-drawer');
    await drawer.waitFor();
    await drawer.getByText(occ.name).first().waitFor();
    await drawer
      .getByRole('button', { name: '报 送' })
      .or(drawer.getByRole('button', { name: '报送' }))
      .click();
    await page.locator('.ant-popconfirm .ant-btn-primary').click();
    await drawer.getByRole('button', { name: '登记备案回执' }).click();
    await page.getByLabel('回执文号').fill('豫人社函〔2026〕88号');
    await page.getByLabel('回执日期').fill('2026-11-20');
    await page.getByLabel('回执日期').press('Enter');
    await page.locator('.ant-modal-footer .ant-btn-primary').last().click();
    await page.locator('.ant-drawer-title').filter({ hasText: '已备案' }).waitFor();
    await screenshot(page, 'filing-approved');

    await page.goto('/scope');
    await page.getByTestId('scope-page').waitFor();
    await page.getByText(occ.name).first().waitFor();
    await screenshot(page, 'scope-page');
    const scope = await (await api('GET', '/api/v1/scope')).json();
    const row = (scope.items as { code: string; status: string; major: string | null }[]).find(
      (r) => r.code === occ.code,
    );
    expect(row?.status).toBe('active');
    expect(row?.major).toBe('健康管理');
    await page.context().close();
  });

  it('R-ORG-07: a college clerk sees only its own college in the colleges list', async () => {
    const page = await newPage(browser);
    await login(page, 'xinxi');
    await page.getByTestId('home-college_clerk').waitFor();
    await page.goto('/colleges');
    await page.getByTestId('colleges-page').waitFor();
    await page.getByText('信息工程学院').first().waitFor();
    expect(await page.getByText('机电工程学院').count()).toBe(0);
    await page.context().close();
  });
});
