import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { idCheckChar } from '../shared/idcard.js';
import { apiSession, launch, login, newPage, screenshot } from './browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

/** Picks `label` in the dialog's person select. */
async function choosePerson(page: Page, label: string) {
  const dialog = page.getByTestId('edit-dialog');
  await dialog.locator('.ant-select').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: label }).first().click();
  await dialog.locator('.ant-modal-footer .ant-btn-primary').click();
}

describe('arrangement screens', () => {
  it('R-ARR-04/09/11: the centre runs the arrangement, sees too few examiners, adds an examiner and publishes', async () => {
    const page = await newPage(browser);
    await login(page, 'kaowu');
    await page.getByTestId('home-exam_admin').waitFor();

    // Sites and rooms of the demo, then the batch to arrange.
    await page.goto('/arrangement');
    await page.getByTestId('arrangement-batches').waitFor();
    await page.getByRole('tab', { name: '考点与考场' }).click();
    await page.getByTestId('venues').getByText('A1 电工实训室').waitFor();
    await screenshot(page, 'arrangement-venues');
    await page.getByRole('tab', { name: '编排批次' }).click();
    await page
      .getByText(/考场编排演示/)
      .first()
      .click();

    await page.getByTestId('arrangement-page').waitFor();
    // 场次设置 (R-ARR-01): the theory and skill sittings are listed; the theory sitting's site is chosen explicitly.
    const setups = page.getByTestId('arrangement-setups');
    await setups.getByTestId('setup-theory').waitFor();
    await setups.getByTestId('setup-skill').waitFor();
    const theorySite = setups
      .locator('tr')
      .filter({ has: page.getByTestId('setup-theory') })
      .getByTestId('setup-site');
    await theorySite.click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '信息楼' }).click();
    await expect.poll(async () => theorySite.locator('.ant-select-selection-item').textContent()).toBe('信息楼');
    // 合并编排: the published demo batch (已编排) is not offered.
    await page.getByTestId('arrangement-merge').click();
    const offered = page.locator('.ant-select-dropdown:visible').last(); // opened last, after the site's
    await offered.waitFor();
    expect(await offered.textContent()).not.toMatch(/明日开考演示/);
    await page.keyboard.press('Escape');
    await screenshot(page, 'arrangement-setups');
    await page.getByTestId('arrangement-seed').fill('e2e-2026');
    await page.getByTestId('arrangement-run').click();
    const unmet = page.getByTestId('arrangement-unmet');
    await unmet.waitFor();
    expect(await unmet.textContent()).toMatch(/R-ARR-04/);
    expect(await unmet.textContent()).toMatch(/解决办法/);
    await expect.poll(async () => page.getByTestId('arrangement-summary').textContent()).toMatch(/e2e-2026/);
    await screenshot(page, 'arrangement-unmet');

    // 发布 is disabled while a hard rule is unmet, and the reasons are listed beside it.
    expect(await page.getByTestId('arrangement-publish').isDisabled()).toBe(true);
    const blockers = page.getByTestId('publish-blockers');
    await blockers.waitFor();
    expect(await blockers.textContent()).toMatch(/暂不能发布.*考评组/);
    await page.getByTestId('arrangement-publish').hover({ force: true });
    await screenshot(page, 'arrangement-publish-blocked');

    // The dead end: nobody qualifies to join the group — the picker says why and leads to 考评与督导队伍.
    await page.getByRole('tab', { name: /理论/ }).click();
    await page.locator('.ant-tabs-tabpane-active').getByTestId('add-examiner').click();
    const noExaminer = page.getByTestId('edit-dialog').getByTestId('no-examiner');
    await noExaminer.waitFor();
    expect(await noExaminer.textContent()).toMatch(/没有可安排的考评员/);
    expect(await noExaminer.getByRole('link', { name: '考评与督导队伍' }).getAttribute('href')).toBe('/staff');
    await screenshot(page, 'arrangement-no-examiner');
    await page.getByTestId('edit-dialog').locator('.ant-modal-footer .ant-btn').first().click();
    await page.getByTestId('edit-dialog').waitFor({ state: 'hidden' });

    // The fix: a third qualified examiner of 电工 is registered, then added to each sitting's group.
    const api = await apiSession('kaowu');
    const created = await api('POST', '/api/v1/persons', {
      name: '孔令辉',
      gender: 'male',
      idType: 'resident',
      idNumber: `41010219780606003${idCheckChar('41010219780606003')}`,
      phone: '13800000031',
      kind: 'staff',
      ownStaff: true,
      titleSeries: '工程',
      titleName: '工程师',
      titleGrade: 'intermediate',
    });
    expect(created.status, await created.clone().text()).toBe(200);
    const p = (await created.json()) as { id: string };
    const ex = await api('POST', '/api/v1/examiners', {
      personId: p.id,
      grade: 'standard',
      trainingHours: 48,
      certificateNumber: 'KP-E2E-1',
      certificateIssuedOn: '2026-06-01',
      firstExaminingYear: 2019,
      occupations: [{ edition: '2022', code: '6-31-01-03', name: '电工' }],
    });
    expect(ex.status, await ex.text()).toBe(200);
    await page.reload();
    await page.getByTestId('arrangement-unmet').waitFor();

    for (const tab of ['理论', '技能']) {
      await page.getByRole('tab', { name: new RegExp(tab) }).click();
      await page.locator('.ant-tabs-tabpane-active').getByTestId('add-examiner').click();
      await choosePerson(page, '孔令辉');
      await page.getByTestId('edit-dialog').waitFor({ state: 'hidden' });
      await page.locator('.ant-tabs-tabpane-active').getByTestId('examiner-group').getByText('孔令辉').waitFor();
    }
    await page.getByTestId('arrangement-ok').waitFor();
    await screenshot(page, 'arrangement-fixed');

    await page.getByTestId('arrangement-publish').click();
    await page.locator('.ant-popconfirm .ant-btn-primary').click();
    await page
      .getByTestId('arrangement-summary')
      .getByText('已发布')
      .or(page.getByText('已发布').first())
      .first()
      .waitFor();
    await page.getByText(/考生可查看/).waitFor();
    // Tickets are numbered at publishing; the documents' place (helper H) is on the page.
    await page
      .locator('.ant-tabs-tabpane-active td')
      .filter({ hasText: /^\d{16}$/ })
      .first()
      .waitFor();
    await page.getByTestId('arrangement-documents').waitFor();
    await screenshot(page, 'arrangement-published');
    // Published: seats are fixed (tickets printed), staff can still be changed under the same checks.
    const pane = page.locator('.ant-tabs-tabpane-active');
    expect(await pane.getByText('调整座位').count()).toBe(0);
    expect(await pane.getByText('更换').count()).toBeGreaterThan(0);
  });
});
