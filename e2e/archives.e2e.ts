import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { launch, login, newPage, screenshot, shotsDir } from './browser.js';
import { MANIFEST, verifyArchivePackage, type ArchiveManifest } from '../server/modules/archives/package.export.js';

let browser: Browser;
const TITLE = '证书核发演示';

beforeAll(async () => {
  browser = await launch();
}, 120_000);
afterAll(async () => browser?.close());

async function openArchive(page: Page) {
  await page.goto('/archives');
  await page.locator('tr', { hasText: TITLE }).first().click();
  const drawer = page.getByTestId('archive-drawer');
  await drawer.getByText('档案清单').first().waitFor();
  return drawer;
}

describe('认定档案 (R-ARC-01…03)', () => {
  it('R-ARC-01 / R-ARC-02: the exam admin completes the archive of the finished demo batch, the head closes it, and the package downloads with a manifest that verifies', async () => {
    const page = await newPage(browser);
    await login(page, 'kaowu');
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    let drawer = await openArchive(page);
    await drawer.getByTestId('close-refusal').waitFor();
    await expect(drawer.getByTestId('close-refusal').textContent()).resolves.toContain('档案清单未齐全');
    await screenshot(page, 'archives-checklist');

    // What the product does not hold: a scanned room record (an upload) and, for the rest, where the paper is kept.
    const missing = drawer.locator('tr', { has: page.getByTestId('item-missing') });
    const scan = fs.readFileSync(path.join(shotsDir, 'archives-checklist.png'));
    let uploaded = false;
    for (let guard = 0; guard < 12 && (await missing.count()) > 0; guard++) {
      const row = missing.first();
      const name = (await row.locator('strong').first().textContent()) ?? '';
      await row.getByRole('button', { name: /登\s?记/ }).click();
      const modal = page.locator('.ant-modal', { hasText: '登记档案材料' });
      await modal.waitFor();
      if (!uploaded && name.includes('工作记录')) {
        await modal
          .locator('input[type=file]')
          .setInputFiles({ name: '考场记录扫描件.png', mimeType: 'image/png', buffer: scan });
        await modal.getByText('考场记录扫描件.png').waitFor();
        uploaded = true;
      } else if (name.includes('视频')) {
        await modal.getByLabel('存放位置').fill('监控服务器 NVR-2，2026 年认定录像目录');
      } else {
        await modal.getByLabel('存放位置').fill('档案室 A-3 柜第 2 层');
      }
      await modal.getByRole('button', { name: /保\s?存/ }).click();
      await modal.waitFor({ state: 'hidden' });
      await page.waitForTimeout(300);
    }
    await drawer.getByText('档案清单已齐全，可以归档').waitFor();
    // The exam admin fills the checklist; closing is the head's.
    await drawer.getByText('待中心负责人归档').waitFor();
    await page.close();

    const head = await newPage(browser);
    await login(head, 'zhuren');
    await head.waitForURL((u) => !u.pathname.startsWith('/login'));
    drawer = await openArchive(head);
    await drawer.getByRole('button', { name: '归档并生成档案包' }).click();
    await head
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /归\s?档/ })
      .click();
    await drawer.getByTestId('download-package').waitFor({ timeout: 60_000 });
    await expect(drawer.getByTestId('archive-state').textContent()).resolves.toBe('已归档');
    await head.waitForTimeout(400);
    await screenshot(head, 'archives-closed');

    const [download] = await Promise.all([
      head.waitForEvent('download'),
      drawer.getByTestId('download-package').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/认定档案.*\.zip$/);
    const file = path.join(shotsDir, 'archives-package.zip');
    await download.saveAs(file);
    const zip = fs.readFileSync(file);
    expect(verifyArchivePackage(zip)).toEqual([]);
    const files = unzipSync(zip);
    const manifest = JSON.parse(Buffer.from(files[MANIFEST]).toString('utf8')) as ArchiveManifest;
    const paths = manifest.files.map((f) => f.path);
    expect(paths).toContain('档案目录.xlsx');
    expect(paths.some((p) => p.endsWith('考场记录扫描件.png'))).toBe(true);
    expect(paths.some((p) => p.includes('证书核发名册'))).toBe(true);
    fs.rmSync(file);
  }, 240_000);
});
