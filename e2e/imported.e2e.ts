import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { batchBodyFor } from '../server/modules/plans/plans.testkit.js';
import { rosterRows, rosterXlsx } from '../server/modules/registration/roster.testkit.js';
import { apiJson, launch, login, newPage, screenshot } from './browser.js';

/** Issue 8, item 1: an application that came in through the roster import opens in 报名审核 (it answered 500). */

let browser: Browser;
const TITLE = '电工 导入报名查看测试批次';
const rows = rosterRows(3, { from: 62_000, prefix: 'M' });
/** Each reviewer's list opens on its own stage: the clerk's on 待学院初审, the centre's on 待中心复审. */
const NAMES = { jidian: String(rows[0][1]), kaowu: String(rows[1][1]) };

beforeAll(async () => {
  browser = await launch();
  const kaowu = await apiJson('kaowu');
  const zhuren = await apiJson('zhuren');
  const jidian = await apiJson('jidian');
  const colleges = await kaowu<{ items: { id: string; code: string }[] }>('GET', '/colleges');
  const JD = colleges.items.find((c) => c.code === 'JD')!.id;
  const b = await kaowu<{ id: string }>('POST', '/batches', batchBodyFor(JD, { title: TITLE }));
  await kaowu('POST', `/batches/${b.id}/submit`, { submittedOn: '2026-09-01' });
  await zhuren('POST', `/batches/${b.id}/approval`, { approvalNumber: '豫鉴〔2026〕8号', approvalDate: '2026-09-10' });
  await kaowu('POST', `/batches/${b.id}/transitions`, { to: 'registering' });
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(await rosterXlsx(rows))]), '花名册.xlsx');
  const result = await jidian<{ applicationsCreated: number }>('POST', `/batches/${b.id}/roster/import`, form);
  expect(result.applicationsCreated).toBe(3);
  // The college passes the second one on to the centre.
  const list = await kaowu<{ items: { id: string; name: string }[] }>('GET', `/applications?batchId=${b.id}`);
  await jidian('POST', '/applications/review', {
    ids: [list.items.find((a) => a.name === NAMES.kaowu)!.id],
    decision: 'approve',
  });
}, 60_000);
afterAll(async () => browser?.close());

describe('imported applications in 报名审核', () => {
  for (const [user, home] of [
    ['jidian', 'home-college_clerk'],
    ['kaowu', 'home-exam_admin'],
  ] as const)
    it(`R-ELIG-00: ${user} opens an application that came in through the roster import, with the engine's verdict`, async () => {
      const page = await newPage(browser);
      await login(page, user);
      await page.getByTestId(home).waitFor();
      await page.goto('/applications');
      await page.getByTestId('review-page').waitFor();
      await page.getByTestId(`application-${NAMES[user]}`).first().click();
      const detail = page.getByTestId('application-detail');
      await detail.waitFor();
      const text = (await detail.textContent()) ?? '';
      expect(text).toContain(NAMES[user]);
      expect(text).toContain('花名册导入');
      expect(text).toContain('资格审核依据');
      await screenshot(page, `imported-application-${user}`);
    }, 60_000);
});
