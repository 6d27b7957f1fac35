import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { apiJson, launch, login, newViewportPage, screenshot, shotsDir } from './browser.js';
import { chinaDateTime } from '../shared/custody.js';
import type { MarkStep, MarkingView, ScoreSheet } from '../shared/scoring.js';

/**
 * Issue 13, scoring in the browser (R-SCORE-01, R-SCORE-04): on the 明日开考 demo batch the exam admin (`kaowu`) sets
 * up the skill sitting's 成绩登记表 (the skill paper, a marking window open now); two examiners, 田志刚 (`kaoping2`) and
 * 郭晓燕 (`kaoping3`), confirm the confidentiality agreement and score the same candidate on a tablet, one with full
 * marks and the other tapping deductions, so the marks differ beyond the tolerance; the group leader 马建军
 * (`kaopingyuan`) marks third on a portrait tablet and agrees with one of them, which resolves the score; the exam
 * admin sees it on the sheet. The theory sitting is computer-based in the demo (cbt.demo.ts), so its grid is not
 * typed in unless it is on paper. With every skill candidate resolved (the rest marked through the API), the leader
 * and the recorder sign the skill sheet; after that a score changes only by a correction the centre head (`zhuren`)
 * approves. Screenshots of every screen, and of the 评分记录表 and 成绩登记表 PDFs as images.
 *
 * The file changes the 明日开考 batch's skill sitting (marks, signatures): it runs after exam-day and exam-candidate,
 * which use that batch's theory sitting, and never writes into the theory sheet while it is computer-based.
 */

let browser: Browser;
const tablet = { width: 1024, height: 768, mobile: true };
const tabletPortrait = { width: 768, height: 1024, mobile: true };
const desktop = { width: 1440, height: 900, mobile: false };
const dir = path.join(shotsDir, 'scoring');

type Api = Awaited<ReturnType<typeof apiJson>>;
type BatchList = { items: { batchId: string; title: string; sittings: { sittingId: string; kind: string }[] }[] };

let kaowu: Api;
let batchId: string;
let theoryId: string;
let skillId: string;
/** The candidate the three examiners mark in the browser. */
let candidate: { applicationId: string; name: string };

beforeAll(async () => {
  browser = await launch();
  fs.mkdirSync(dir, { recursive: true });
  kaowu = await apiJson('kaowu');
  const batches = await kaowu<BatchList>('GET', '/scoring/batches');
  const batch = batches.items.find((b) => b.title.includes('明日开考演示'));
  if (!batch) throw new Error('the demo has no 明日开考 batch to score');
  batchId = batch.batchId;
  theoryId = batch.sittings.find((s) => s.kind === 'theory')!.sittingId;
  skillId = batch.sittings.find((s) => s.kind === 'skill')!.sittingId;
  // A candidate present (not absent) that none of the three examiners must avoid (R-PPL-08).
  const views = await Promise.all(
    ['kaoping2', 'kaoping3', 'kaopingyuan'].map(async (u) =>
      (await apiJson(u))<MarkingView>('GET', `/scoring/marking/${skillId}`),
    ),
  );
  const free = views[0].candidates.find(
    (c) =>
      c.state !== 'absent' &&
      c.mine === 'none' &&
      views.every((v) => !v.candidates.find((x) => x.applicationId === c.applicationId)!.conflict),
  );
  if (!free) throw new Error('no candidate of the skill sitting the three examiners may all mark');
  candidate = { applicationId: free.applicationId, name: free.name };
}, 120_000);
afterAll(async () => browser?.close());

/** Console errors and failed API calls of a page. */
function watch(page: Page) {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page: ${e.message}`));
  page.on('response', (r) => {
    if (r.url().includes('/api/') && r.status() >= 400) problems.push(`${r.status()} ${r.url()}`);
  });
  return problems;
}

async function signIn(username: string, vp: { width: number; height: number; mobile: boolean }) {
  const page = await newViewportPage(browser, vp);
  await login(page, username);
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  await page.locator('[data-testid^="home-"]').first().waitFor();
  return page;
}

const widest = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
const popconfirmOk = (page: Page) => page.locator('.ant-popconfirm .ant-btn-primary').last().click();
/** An antd picker's or number box's input, wherever antd put the test id. */
const inputOf = (page: Page, id: string) =>
  page.locator(`input[data-testid="${id}"], [data-testid="${id}"] input`).first();

/** The 确定 of the open date-time picker (Enter would submit the whole form). */
const pickerOk = async (page: Page) => {
  // The picker opened last is the last popup in the page; the one closed before it may still be fading out.
  await page.locator('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden) .ant-picker-ok button').last().click();
};

/** Downloads a PDF in the page's session and renders its pages as PNGs beside the screenshots. */
async function pdfShots(page: Page, url: string, name: string, pages = 2) {
  const res = await page.context().request.get(url);
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toBe('application/pdf');
  const pdf = path.join(dir, `${name}.pdf`);
  fs.writeFileSync(pdf, await res.body());
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', String(pages), pdf, path.join(dir, name)]);
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  fs.rmSync(pdf);
  return text;
}

/** Opens the skill sitting's marking as an examiner: confirms the agreement when asked (R-SCORE-04). */
async function openMarking(page: Page, shot?: string) {
  await page.goto('/marking');
  const sitting = page.getByTestId('marking-sitting').filter({ hasText: '明日开考演示' }).first();
  await sitting.waitFor();
  await sitting.click();
  await page.getByTestId('marking-header').waitFor();
  const agreement = page.getByTestId('agreement-modal').locator('.ant-modal');
  await agreement.waitFor();
  expect(await agreement.textContent()).toMatch(/保密/);
  if (shot) await screenshot(page, shot);
  await page.getByTestId('agreement-confirm').click();
  await agreement.waitFor({ state: 'hidden' });
  expect(await page.getByTestId('marking-window').textContent()).toMatch(/评分进行中/);
}

async function openCandidate(page: Page) {
  await page.locator(`[data-testid="marking-candidate"][data-name="${candidate.name}"]`).click();
  await page.getByTestId('mark-form').waitFor();
}

async function submitMark(page: Page) {
  await page.getByTestId('mark-submit').click();
  await page.getByTestId('mark-submit-ok').click();
  await page.getByTestId('mark-submitted').waitFor();
}

describe('issue 13: scoring, the examiners and the 成绩登记表', () => {
  it('R-SCORE-01: the exam admin sets up the skill sheet: the skill paper and a marking window open now', async () => {
    const page = await signIn('kaowu', desktop);
    const problems = watch(page);
    await page.goto('/scoring');
    const card = page.getByTestId('scoring-batch').filter({ hasText: '明日开考演示' });
    await card.waitFor();
    expect(await card.textContent()).toMatch(/操作技能/);
    expect(await widest(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'scoring/batches-desktop');

    await card.getByTestId('scoring-sheet-link').filter({ hasText: '操作技能' }).click();
    await page.getByTestId('sheet-setup').waitFor();
    expect(await page.getByTestId('sheet-examiners').textContent()).toMatch(/马建军.*组长/);
    await page.getByTestId('setup-paper').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '操作技能' }).first().click();
    // The window from an hour ago for three days (China time, as the pickers show it).
    const opens = inputOf(page, 'setup-opens');
    await opens.click();
    await opens.fill(chinaDateTime(new Date(Date.now() - 3600_000)));
    await pickerOk(page);
    const closes = inputOf(page, 'setup-closes');
    await closes.click();
    await closes.fill(chinaDateTime(new Date(Date.now() + 3 * 86400_000)));
    await pickerOk(page);
    await page.getByTestId('setup-save').click();
    await expect.poll(() => page.getByTestId('sheet-setup').textContent()).toMatch(/评分进行中/);
    const sheet = await kaowu<ScoreSheet>('GET', `/scoring/sittings/${skillId}`);
    expect(sheet.paper?.title).toMatch(/操作技能/);
    expect(Date.parse(sheet.windowOpensAt!)).toBeLessThan(Date.now());
    expect(Date.parse(sheet.windowClosesAt!)).toBeGreaterThan(Date.now() + 2 * 86400_000);
    await screenshot(page, 'scoring/skill-sheet-setup-desktop');
    expect(problems).toEqual([]);
    await page.context().close();
  }, 120_000);

  it('R-SCORE-01, R-SCORE-04: two examiners confirm the agreement and score the same candidate on a tablet, beyond the tolerance', async () => {
    // 田志刚: full marks (the default of every step).
    const first = await signIn('kaoping2', tablet);
    const problems = watch(first);
    await openMarking(first, 'scoring/agreement-tablet');
    await first.getByTestId('marking-candidates').waitFor();
    expect(await widest(first)).toBeLessThanOrEqual(0);
    await screenshot(first, 'scoring/marking-candidates-tablet');
    await openCandidate(first);
    expect(await first.getByTestId('mark-total').textContent()).toBe('100');
    expect(await widest(first)).toBeLessThanOrEqual(0);
    await screenshot(first, 'scoring/mark-form-tablet');
    await submitMark(first);
    expect(await first.getByTestId('mark-state').textContent()).toMatch(/待评分/);
    expect(problems).toEqual([]);
    await first.context().close();

    // 郭晓燕: in task 1, step 2 −5 twice and step 3 −8: raw 82 of 100, the task's 50 points → 41; total 91.
    const second = await signIn('kaoping3', tablet);
    const problems2 = watch(second);
    await openMarking(second);
    await openCandidate(second);
    const task = second.getByTestId('mark-task').first();
    const step = (i: number) => task.getByTestId('mark-step').nth(i);
    await step(1).getByTestId('mark-deduction').first().click();
    await step(1).getByTestId('mark-deduction').first().click();
    await step(2).getByTestId('mark-deduction').first().click();
    const points = (i: number) =>
      step(i).locator('input[data-testid="mark-points"], [data-testid="mark-points"] input').first().inputValue();
    expect(await points(0)).toBe('10');
    expect(await points(1)).toBe('20');
    expect(await points(2)).toBe('27');
    expect(await second.getByTestId('mark-total').textContent()).toBe('91');
    expect(await widest(second)).toBeLessThanOrEqual(0);
    await screenshot(second, 'scoring/mark-form-deductions-tablet');
    await second.getByTestId('mark-draft').click();
    await second.getByText('草稿已保存').waitFor();
    await submitMark(second);
    await expect.poll(() => second.getByTestId('mark-state').textContent()).toMatch(/分差超出，待第三评/);
    // Submitted: the other's mark is shown beside mine.
    expect(await second.getByTestId('mark-comparison').textContent()).toMatch(/田志刚/);
    await screenshot(second, 'scoring/mark-submitted-tablet');
    expect(problems2).toEqual([]);
    await second.context().close();
  }, 180_000);

  it('R-SCORE-01: the group leader marks third on a portrait tablet, agrees with one of them, and the score is resolved', async () => {
    const page = await signIn('kaopingyuan', tabletPortrait);
    const problems = watch(page);
    await openMarking(page);
    const card = page.locator(`[data-testid="marking-candidate"][data-name="${candidate.name}"]`);
    expect(await card.textContent()).toMatch(/分差超出，待第三评/);
    expect(await card.textContent()).toMatch(/第三评/);
    expect(await widest(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'scoring/marking-candidates-portrait');
    await openCandidate(page);
    // Blind: the first two marks are not shown before the third is submitted.
    expect(await page.getByTestId('mark-comparison').count()).toBe(0);
    expect(await widest(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'scoring/mark-form-portrait');
    await submitMark(page);
    await expect.poll(() => page.getByTestId('mark-state').textContent()).toMatch(/已确定 100 分/);
    expect(await page.getByTestId('mark-comparison').textContent()).toMatch(/郭晓燕/);
    await screenshot(page, 'scoring/mark-resolved-portrait');

    // The 评分记录表 of the candidate (every mark for the leader), as printed.
    const text = await pdfShots(
      page,
      `/api/v1/scoring/marking/${skillId}/${candidate.applicationId}/record.pdf`,
      'mark-record-pdf',
      6,
    );
    expect(text).toMatch(/技能操作考核评分记录表/);
    expect(text).toContain(candidate.name);
    expect(problems).toEqual([]);
    await page.context().close();
  }, 180_000);

  it('R-SCORE-01: the exam admin sees the resolved score on the skill sheet; the theory sheet is typed in only on paper', async () => {
    const page = await signIn('kaowu', desktop);
    const problems = watch(page);
    await page.goto(`/scoring/sittings/${skillId}`);
    const row = page.locator(`[data-testid="sheet-row"][data-name="${candidate.name}"]`);
    await row.waitFor();
    expect(await row.getByTestId('sheet-score').textContent()).toBe('100');
    expect(await row.getByTestId('sheet-marking').textContent()).toMatch(/已确定/);
    expect(await row.textContent()).toMatch(/考评员评分/);
    await screenshot(page, 'scoring/skill-sheet-desktop');

    await page.goto(`/scoring/sittings/${theoryId}`);
    await page.getByTestId('sheet-counts').waitFor();
    const theory = await kaowu<ScoreSheet>('GET', `/scoring/sittings/${theoryId}`);
    if (!theory.may.enter) {
      // Computer-based (the demo's cbt.demo.ts): scores come from the exam itself, no grid to type in.
      expect(theory.computer).toBe(true);
      expect(await page.getByTestId('sheet-grid').count()).toBe(0);
      await page.getByTestId('sheet-table').waitFor();
    } else {
      // On paper: every candidate's score typed with the keyboard, Enter to the next row, then one save.
      const inputs = page.getByTestId('grid-score');
      await inputs.first().click();
      const scores = theory.rows.map((_, i) => String(55 + ((i * 7) % 45)));
      for (const s of scores) {
        await page.keyboard.type(s);
        await page.keyboard.press('Enter');
      }
      expect(await page.getByTestId('sheet-changed').textContent()).toMatch(new RegExp(`${scores.length} 名`));
      await page.getByTestId('sheet-save').click();
      await expect
        .poll(async () => (await kaowu<ScoreSheet>('GET', `/scoring/sittings/${theoryId}`)).counts.entered)
        .toBe(scores.length);
    }
    await screenshot(page, 'scoring/theory-sheet-desktop');
    expect(problems).toEqual([]);
    await page.context().close();
  }, 180_000);

  it('R-SCORE-04: with every skill candidate resolved, the group leader and the recorder sign the 成绩登记表', async () => {
    // The rest of the candidates through the API: two identical full marks each (the first examiners free to).
    const examiners = await Promise.all(['kaoping2', 'kaoping3', 'kaopingyuan'].map((u) => apiJson(u)));
    for (const e of examiners) await e('POST', `/scoring/marking/${skillId}/agreement`);
    const view = await examiners[0]<MarkingView>('GET', `/scoring/marking/${skillId}`);
    const full: MarkStep[] = view.tasks.flatMap((t, ti) =>
      t.steps.map((s, si) => ({ task: ti, step: si, points: s.points, vetoFailed: false })),
    );
    for (const c of view.candidates) {
      for (const e of examiners) {
        const mine = (await e<MarkingView>('GET', `/scoring/marking/${skillId}`)).candidates.find(
          (x) => x.applicationId === c.applicationId,
        )!;
        if (mine.state === 'resolved' || mine.state === 'absent') break;
        if (!mine.may.mark) continue;
        await e('PUT', `/scoring/marking/${skillId}/${c.applicationId}`, { steps: full, submit: true });
      }
    }
    const before = await kaowu<ScoreSheet>('GET', `/scoring/sittings/${skillId}`);
    expect(before.counts.missing).toBe(0);

    const leader = await signIn('kaopingyuan', tablet);
    const problems = watch(leader);
    await leader.goto(`/scoring/sittings/${skillId}`);
    await leader.getByTestId('sheet-sign-leader').click();
    await popconfirmOk(leader);
    await expect.poll(() => leader.getByTestId('sheet-signature-leader').textContent()).toMatch(/马建军/);
    expect(await leader.getByTestId('sheet-sign-recorder').count()).toBe(0);
    expect(await widest(leader)).toBeLessThanOrEqual(0);
    expect(problems).toEqual([]);
    await leader.context().close();

    const page = await signIn('kaowu', desktop);
    const problems2 = watch(page);
    await page.goto(`/scoring/sittings/${skillId}`);
    await page.getByTestId('sheet-sign-recorder').click();
    await popconfirmOk(page);
    await expect.poll(() => page.getByTestId('sheet-signature-recorder').textContent()).toMatch(/已签字/);
    const signatures = await page.getByTestId('sheet-signatures').textContent();
    expect(signatures).toMatch(/考评组组长.*马建军/);
    const after = await kaowu<ScoreSheet>('GET', `/scoring/sittings/${skillId}`);
    expect(after.signedAt).not.toBeNull();
    expect(after.signatures.map((s) => s.role).sort()).toEqual(['leader', 'recorder']);
    expect(signatures).toContain(after.signatures.find((s) => s.role === 'recorder')!.name);
    await page.getByText('签字完成').first().waitFor();
    await screenshot(page, 'scoring/skill-sheet-signed-desktop');

    const text = await pdfShots(page, `/api/v1/scoring/sittings/${skillId}/sheet.pdf`, 'score-sheet-pdf');
    expect(text).toMatch(/成绩登记表/);
    expect(text).toMatch(/马建军/);

    // The batch's results follow the signed sheet.
    await page.goto(`/scoring/batches/${batchId}`);
    await page.getByTestId('results-table').waitFor();
    await screenshot(page, 'scoring/batch-results-desktop');
    await page.getByRole('tab', { name: '违纪处理' }).click();
    await page.locator('[data-testid="violations-list"], [data-testid="violations-empty"]').first().waitFor();
    // After exam-day.e2e.ts (which records a tier-2 violation in the theory room) the centre confirms it.
    const open = page.getByTestId('violation-item').filter({ hasText: '待处理' }).first();
    if (await open.count()) {
      await open.getByTestId('violation-uphold').click();
      const ruling = page.getByTestId('ruling-dialog').locator('.ant-modal');
      await ruling.waitFor();
      await page.getByTestId('ruling-reason').fill('经查监考记录与物证属实，按规定处理');
      await ruling.locator('.ant-modal-footer .ant-btn-primary').click();
      await ruling.waitFor({ state: 'hidden' });
      await expect.poll(() => page.getByTestId('violations-list').textContent()).toMatch(/已确认/);
    }
    await screenshot(page, 'scoring/batch-violations-desktop');
    expect(problems2).toEqual([]);
    await page.context().close();
  }, 300_000);
  it('R-SCORE-04: after sign-off a score changes only by a correction, asked by the exam admin and approved by the centre head', async () => {
    const page = await signIn('kaowu', desktop);
    const problems = watch(page);
    await page.goto(`/scoring/sittings/${skillId}`);
    const row = page.locator(`[data-testid="sheet-row"][data-name="${candidate.name}"]`);
    await row.getByTestId('correction-open').click();
    const dialog = page.getByTestId('correction-dialog').locator('.ant-modal');
    await dialog.waitFor();
    await inputOf(page, 'correction-score').fill('95');
    await page.getByTestId('correction-reason').fill('复核评分记录表时发现第 2 题第 1 项漏扣 10 分');
    await screenshot(page, 'scoring/correction-dialog-desktop');
    await dialog.locator('.ant-modal-footer .ant-btn-primary').click();
    await dialog.waitFor({ state: 'hidden' });
    // Not changed until approved.
    expect(await row.getByTestId('sheet-score').textContent()).toBe('100');
    expect(problems).toEqual([]);
    await page.context().close();

    const head = await signIn('zhuren', desktop);
    const headProblems = watch(head);
    await head.goto('/score-corrections');
    const line = head.getByTestId('corrections-table').locator('tr.ant-table-row').filter({ hasText: candidate.name });
    await line.waitFor();
    expect(await line.textContent()).toMatch(/100.*→.*95/);
    await screenshot(head, 'scoring/corrections-desktop');
    await line.getByTestId('correction-approve').click();
    const decision = head.getByTestId('correction-decision').locator('.ant-modal');
    await decision.waitFor();
    await head.getByTestId('correction-note').fill('同意更正');
    await decision.locator('.ant-modal-footer .ant-btn-primary').click();
    await decision.waitFor({ state: 'hidden' });
    await line.waitFor({ state: 'detached' });
    await head.getByTestId('corrections-filter').getByText('已批准').click();
    await head
      .getByTestId('corrections-table')
      .locator('tr.ant-table-row')
      .filter({ hasText: candidate.name })
      .waitFor();
    expect(headProblems).toEqual([]);
    await head.context().close();

    const sheet = await kaowu<ScoreSheet>('GET', `/scoring/sittings/${skillId}`);
    const corrected = sheet.rows.find((r) => r.applicationId === candidate.applicationId)!;
    expect(corrected.score).toBe(95);
    expect(corrected.sourceName).toBe('更正');
  }, 180_000);
});
