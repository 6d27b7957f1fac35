import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { apiSession, launch, login, newViewportPage, screenshot, shotsDir } from './browser.js';
import type { SupervisionTeam } from '../shared/supervision.js';

/**
 * 质量督导 in the browser (R-SUP-02/03). The demo's 明日开考 batch has three supervisors at its theory site, the logins
 * dudao, dudao2, dudao3 (arrangement.demo.ts). On a phone (390×844) dudao records an observation with the area's
 * checklist (one item not met, with a note), notes and a photo, writes the report and signs it; the other two sign
 * and the last submits. The centre sees the report submitted and downloads the PDF, which names the three members
 * with their signing times.
 */

let browser: Browser;
const phone = { width: 390, height: 844, mobile: true };
const desktop = { width: 1440, height: 900, mobile: false };
let team: SupervisionTeam;
// a 1×1 PNG
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

beforeAll(async () => {
  browser = await launch();
  // The team the three demo logins share (an earlier browser test may have published another batch with dudao).
  const teamsOf = async (username: string) => {
    const session = await apiSession(username);
    return ((await (await session('GET', '/api/v1/supervision/teams')).json()) as { items: SupervisionTeam[] }).items;
  };
  const [one, two, three] = [await teamsOf('dudao'), await teamsOf('dudao2'), await teamsOf('dudao3')];
  const key = (t: SupervisionTeam) => `${t.batchId}/${t.siteId}`;
  const found = one.find(
    (t) =>
      t.team.length === 3 &&
      t.state !== 'submitted' &&
      two.some((o) => key(o) === key(t)) &&
      three.some((o) => key(o) === key(t)),
  );
  if (!found) throw new Error('the demo has no team of dudao, dudao2 and dudao3');
  team = found;
}, 120_000);
afterAll(async () => browser?.close());

async function openTeam(page: Page, username: string) {
  await login(page, username);
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  await page.goto('/my-supervision');
  await page
    .locator('.ant-card', { hasText: team.batchTitle })
    .filter({ hasText: `考点：${team.siteName}` })
    .first()
    .click();
}

describe('质量督导', () => {
  it('R-SUP-03: on a phone a supervisor records an observation with the checklist, notes and a photo', async () => {
    const page = await newViewportPage(browser, phone);
    await openTeam(page, 'dudao');
    await page.getByRole('switch', { name: '违纪情况按规定处理并记录' }).click();
    await page.getByPlaceholder('说明').fill('一名考生交头接耳，未及时记录');
    await page.getByLabel('督导记录').fill('巡视 201、202 考场，监考到位');
    await page.locator('input[type=file]').setInputFiles({ name: '现场.png', mimeType: 'image/png', buffer: PNG });
    await page.getByText('已上传 1 张').waitFor();
    await screenshot(page, 'supervision-observe-phone');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: /保存督导记录/ }).click();
    await page.getByText('交头接耳').first().waitFor();
    await screenshot(page, 'supervision-records-phone');
  }, 120_000);

  it('R-SUP-02: the three members sign the report on their phones and the last submits', async () => {
    for (const [i, username] of ['dudao', 'dudao2', 'dudao3'].entries()) {
      const page = await newViewportPage(browser, phone);
      await openTeam(page, username);
      await page.getByText('督导报告', { exact: true }).click();
      if (i === 0) {
        await page.getByLabel('督导情况').fill('考务程序规范，考场秩序总体良好。');
        await page.getByLabel('存在问题').fill('个别考场违纪记录不及时。');
        await page.getByLabel('改进建议').fill('加强监考员培训。');
        await page.getByRole('button', { name: /保存报告/ }).click();
        await page.getByText('已保存').waitFor();
      }
      await page.getByRole('button', { name: /^签\s*名$/ }).click();
      await page.getByText(`督导组成员签名（${i + 1}/3）`).waitFor();
      if (i === 2) {
        await page.getByRole('button', { name: /提交督导报告/ }).click();
        await page.getByText('督导报告已提交').waitFor();
        await screenshot(page, 'supervision-report-phone');
      }
      await page.context().close();
    }
  }, 180_000);

  it('R-SUP-02: the centre sees the submitted report and downloads the PDF with the three signatures', async () => {
    const page = await newViewportPage(browser, desktop);
    await login(page, 'kaowu');
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    await page.goto('/supervision');
    const row = page.locator('tr', { hasText: team.siteName }).filter({ hasText: team.batchTitle }).first();
    await row.getByText('已提交').waitFor();
    await row.getByRole('button', { name: /查\s*看/ }).click();
    await page.getByText('督导组成员签名（3/3）').waitFor();
    await screenshot(page, 'supervision-centre');
    const kaowu = await apiSession('kaowu');
    const res = await kaowu('GET', `/api/v1/supervision/batches/${team.batchId}/sites/${team.siteId}/report.pdf`);
    expect(res.status).toBe(200);
    const file = path.join(shotsDir, 'supervision-report.pdf');
    fs.writeFileSync(file, Buffer.from(await res.arrayBuffer()));
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect((text.match(/已在系统中签名/g) ?? []).length).toBe(3);
    for (const m of team.team) expect(text).toContain(m.name);
    execFileSync('pdftoppm', ['-png', '-r', '60', file, path.join(shotsDir, 'supervision-report')]);
  }, 120_000);
});
