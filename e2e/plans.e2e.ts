import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { apiSession, launch, login, newPage, screenshot } from './browser.js';
import { addDays, chinaToday } from '../shared/dates.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

/** Types a date into an antd picker input and confirms it. */
async function pickDate(input: Locator, day: string) {
  await input.click();
  await input.fill(day);
  await input.press('Enter');
}

async function okModal(page: Page) {
  await page.locator('.ant-modal-footer .ant-btn-primary, .ant-modal-confirm-btns .ant-btn-primary').last().click();
}

describe('plans screens', () => {
  it('R-PLAN-03/04/05: the centre creates a batch in its scope, sees the working-day deadline, submits it, records the approval and publishes the notice', async () => {
    const kaowuApi = await apiSession('kaowu');
    const today = chinaToday();
    // The first sitting 15 working days from today; the deadline is 10 working days before it (R-DAYS-01).
    const exam = (await (await kaowuApi('GET', `/api/v1/calendar/compute?kind=after&day=${today}&n=15`)).json())
      .result as string;
    const deadline = (await (await kaowuApi('GET', `/api/v1/calendar/compute?kind=before&day=${exam}&n=10`)).json())
      .result as string;
    const title = `E2E 电工认定 ${Date.now()}`;

    const page = await newPage(browser);
    await login(page, 'kaowu');
    await page.getByTestId('home-exam_admin').waitFor();
    await page.goto('/batches');
    await page.getByTestId('batches-page').waitFor();
    await page
      .getByText('2026 年第二期电工职业技能等级认定')
      .or(page.getByText(/电工职业技能等级认定/))
      .first()
      .waitFor();
    await page.getByTestId('batch-create').click();
    const form = page.getByTestId('batch-form');
    await form.waitFor();
    await form.getByLabel('批次名称').fill(title);
    await form.getByLabel('职业（工种）（限认定范围内）').click();
    await form.getByLabel('职业（工种）（限认定范围内）').fill('6-31-01-03');
    await page.locator('.ant-select-item-option').filter({ hasText: '电工' }).first().click();
    await form.getByText('四级/中级工').click();
    await pickDate(form.getByPlaceholder('请选择日期').first(), exam);
    await form.getByPlaceholder('开始时间').first().click();
    await form.getByPlaceholder('开始时间').first().fill('09:00');
    await form.getByPlaceholder('开始时间').first().press('Enter');
    await form.getByPlaceholder('结束时间').first().fill('10:30');
    await form.getByPlaceholder('结束时间').first().press('Enter');
    await form.getByLabel('地点').first().fill('信息楼 201');
    await form.getByPlaceholder('开始日期').click();
    await form.getByPlaceholder('开始日期').fill(addDays(today, 1));
    await form.getByPlaceholder('开始日期').press('Enter');
    await form.getByPlaceholder('结束日期').fill(addDays(exam, -3));
    await form.getByPlaceholder('结束日期').press('Enter');
    await form.getByLabel('报名地点').fill('行政楼 305');
    await screenshot(page, 'plans-batch-form');
    await okModal(page);

    // The batch page: the deadline in working days, before submission.
    const detail = page.getByTestId('batch-detail');
    await detail.waitFor();
    await detail.getByText(`认定计划须在首场考核（${exam}）前 10 个工作日报送，截止日期：${deadline}`).waitFor();
    await screenshot(page, 'plans-batch-deadline');
    await page.getByTestId('batch-submit').click();
    await okModal(page);
    await page.locator('.ant-page-header-heading-tags, .ant-pro-page-container').getByText('已报备').first().waitFor();
    const id = page.url().split('/').pop()!;

    // The head records the authority's approval, publishes the notice and opens registration.
    const head = await newPage(browser);
    await login(head, 'zhuren');
    await head.getByTestId('home-centre_head').waitFor();
    await head.goto(`/batches/${id}`);
    await head.getByTestId('batch-detail').waitFor();
    await head.getByRole('button', { name: '登记批复' }).click();
    await head.getByLabel('批复文号').fill('豫鉴〔2026〕E2E 号');
    await okModal(head);
    await head.getByText('豫鉴〔2026〕E2E 号').first().waitFor();
    await head.getByRole('button', { name: '发布通知' }).click();
    await head.getByText(/^已发布 /).waitFor();
    await head.getByRole('button', { name: '开始报名' }).click();
    await head.locator('.ant-tag').filter({ hasText: '报名中' }).first().waitFor();
    await screenshot(head, 'plans-batch-registering');

    const b = await (await kaowuApi('GET', `/api/v1/batches/${id}`)).json();
    // The dialog's default day is the browser's today (UTC here, a day behind China around midnight).
    expect([today, addDays(today, -1)]).toContain(b.submittedOn);
    expect(b).toMatchObject({
      state: 'registering',
      submittedLate: false,
      submissionDeadline: deadline,
      approvalNumber: '豫鉴〔2026〕E2E 号',
    });
    expect(b.noticePublishedAt).toBeTruthy();
    expect(b.transitions.map((t: { to: string }) => t.to)).toEqual(['filed', 'registering']);

    // The list filtered by state shows it beside the demo's registering batch, not the drafts.
    await page.goto('/batches');
    const filters = page.getByTestId('batch-filters');
    await filters.getByLabel('状态').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '报名中' }).click();
    await page.getByText(title).waitFor();
    await expect.poll(() => page.locator('.ant-table-row').count()).toBe(2);
    await screenshot(page, 'plans-batches-filtered');
    await page.context().close();
    await head.context().close();
  });

  it('R-PLAN-02: a college clerk submits a semester plan; the centre returns it with a reason; the clerk corrects and resubmits it', async () => {
    const clerk = await newPage(browser);
    await login(clerk, 'jidian');
    await clerk.getByTestId('home-college_clerk').waitFor();
    await clerk.goto('/plans/semester');
    await clerk.getByRole('button', { name: /新建学期计划/ }).click();
    const form = clerk.getByTestId('semester-form');
    await form.waitFor();
    await form.getByLabel('学期').fill('2026-2027-2');
    await form.getByLabel('标题').fill('机电学院 2026-2027-2 学期认定计划');
    await form.getByLabel('职业（工种）').click();
    await clerk.locator('.ant-select-item-option').filter({ hasText: '6-31-01-03' }).first().click();
    await form.getByLabel('预计人数').fill('45');
    await clerk.getByTestId('semester-save-submit').click();
    const row = clerk.locator('.ant-table-row').filter({ hasText: '2026-2027-2' });
    await row.getByText('已提交').waitFor();

    const centre = await newPage(browser);
    await login(centre, 'kaowu');
    await centre.getByTestId('home-exam_admin').waitFor();
    await centre.goto('/plans/semester');
    const crow = centre.locator('.ant-table-row').filter({ hasText: '2026-2027-2' });
    await crow.getByText('退回').click();
    await centre.getByPlaceholder('退回原因').fill('预计人数与电气 2403 班实际人数不符，请核实');
    await okModal(centre);
    await crow.getByText('已退回').waitFor();
    await screenshot(centre, 'plans-semester-returned');

    await clerk.reload();
    await row.getByText('退回原因：预计人数与电气 2403 班实际人数不符，请核实').waitFor();
    await row.getByText('修改').click();
    await clerk.getByText('认定中心退回原因：预计人数与电气 2403 班实际人数不符，请核实').waitFor();
    await form.getByLabel('预计人数').fill('38');
    await screenshot(clerk, 'plans-semester-correcting');
    await clerk.getByRole('button', { name: '保存并重新提交' }).click();
    await row.getByText('已提交').waitFor();
    await screenshot(clerk, 'plans-semester-resubmitted');

    const api = await apiSession('jidian');
    const list = await (await api('GET', '/api/v1/plans/semester?semester=2026-2027-2')).json();
    expect(list.items[0]).toMatchObject({
      status: 'submitted',
      lines: [expect.objectContaining({ code: '6-31-01-03', expectedCandidates: 38 })],
    });
    await clerk.context().close();
    await centre.context().close();
  });

  it('R-PLAN-06 / R-PLAN-04 / R-PLAN-01: the training class form shows its filing deadline in working days; the head sees the plan settings and edits the annual plan', async () => {
    const page = await newPage(browser);
    await login(page, 'zhuren');
    await page.getByTestId('home-centre_head').waitFor();
    await page.goto('/plans/settings');
    await page.getByTestId('plan-settings').getByLabel('认定计划报送提前工作日数').waitFor();
    expect(await page.getByLabel('认定计划报送提前工作日数').inputValue()).toBe('10');
    await screenshot(page, 'plans-settings');

    await page.goto('/training-classes');
    await page.getByTestId('training-create').click();
    const form = page.getByTestId('training-form');
    await form.waitFor();
    await pickDate(form.getByLabel('招生报名截止日期'), '2026-06-30');
    await page
      .getByTestId('training-deadline')
      .getByText('开班备案期限：报名截止后 20 个工作日内，即 2026-07-28（含当日）前向就业服务中心备案')
      .waitFor();
    await screenshot(page, 'plans-training-form');

    // R-PLAN-01: the demo's annual plan opens in its form with its lines.
    await page.goto('/plans/annual');
    await page.locator('.ant-table-row').first().getByText('修改').click();
    const annual = page.getByTestId('annual-form');
    await annual.waitFor();
    await annual.getByTestId('plan-line-4').waitFor();
    expect(await annual.getByLabel('年度').inputValue()).toBe(String(Number(chinaToday().slice(0, 4)) + 1));
    await screenshot(page, 'plans-annual-form');
    await page.context().close();
  });
});
