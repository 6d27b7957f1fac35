import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../test/harness.js';
import { colleges } from '../../db/schema/index.js';
import { batchBodyFor, okJson } from './plans.testkit.js';

/** Issue 9: the keyword boxes of 年度计划, 学期计划 and 认定通知 filter on the server (`keyword`). */

let t: TestApp;
let kaowu: TestClient;
let zhuren: TestClient;
let jidian: TestClient;
let kaosheng: TestClient;
let JD = '';
beforeAll(async () => {
  t = await createTestApp();
  [kaowu, zhuren, jidian, kaosheng] = await Promise.all(
    ['kaowu', 'zhuren', 'jidian', 'kaosheng'].map((u) => t.login(u)),
  );
  JD = (await t.database.db.select().from(colleges)).find((c) => c.code === 'JD')!.id;
});
afterAll(async () => t.close());

const titles = async (c: TestClient, url: string) =>
  ((await okJson(c.get(url))).items as { title: string }[]).map((x) => x.title);
const q = (k: string) => encodeURIComponent(k);

describe('list searches (issue 9)', () => {
  it('年度计划: the keyword finds a plan by title, year or an occupation of its lines', async () => {
    const line = { edition: '2022', code: '6-31-01-03', level: 4, method: 'exam', expectedCandidates: 30, month: 5 };
    await okJson(kaowu.post('/api/v1/plans/annual', { year: 2041, title: '检索甲 年度计划', lines: [line] }));
    await okJson(kaowu.post('/api/v1/plans/annual', { year: 2042, title: '检索乙 年度计划', lines: [] }));
    expect(await titles(kaowu, `/api/v1/plans/annual?keyword=${q('检索甲')}`)).toEqual(['检索甲 年度计划']);
    expect(await titles(kaowu, '/api/v1/plans/annual?keyword=2042')).toEqual(['检索乙 年度计划']);
    const byOccupation = await titles(kaowu, `/api/v1/plans/annual?keyword=${q('电工')}`);
    expect(byOccupation).toContain('检索甲 年度计划');
    expect(byOccupation).not.toContain('检索乙 年度计划');
    expect(await titles(kaowu, `/api/v1/plans/annual?keyword=${q('没有这样的计划')}`)).toEqual([]);
    expect((await kaowu.get(`/api/v1/plans/annual?keyword=${'长'.repeat(41)}`)).statusCode).toBe(400);
  });

  it('学期计划: the keyword finds a plan by title, college, semester or occupation, within the clerk’s college', async () => {
    const line = { edition: '2022', code: '6-31-01-03', level: 4, method: 'process', expectedCandidates: 45 };
    await okJson(
      jidian.post('/api/v1/plans/semester', {
        collegeId: JD,
        semester: '2040-2041-1',
        title: '检索丙 学期计划',
        lines: [line],
      }),
    );
    expect(await titles(jidian, `/api/v1/plans/semester?keyword=${q('检索丙')}`)).toEqual(['检索丙 学期计划']);
    expect(await titles(kaowu, '/api/v1/plans/semester?keyword=2040-2041-1')).toEqual(['检索丙 学期计划']);
    const all = await titles(kaowu, '/api/v1/plans/semester');
    const byCollege = await titles(kaowu, `/api/v1/plans/semester?keyword=${q('机电')}`);
    expect(byCollege).toContain('检索丙 学期计划');
    expect(byCollege.length).toBeLessThanOrEqual(all.length);
    expect(await titles(kaowu, `/api/v1/plans/semester?keyword=${q('检索丙 信息工程')}`)).toEqual([]);
  });

  it('认定通知: the keyword finds a published notice by title or occupation, for candidates too', async () => {
    const b = await okJson(kaowu.post('/api/v1/batches', batchBodyFor(JD, { title: '检索丁 电工批次' })));
    await okJson(kaowu.post(`/api/v1/batches/${b.id}/submit`, { submittedOn: '2026-09-01' }));
    await okJson(
      zhuren.post(`/api/v1/batches/${b.id}/approval`, {
        approvalNumber: '豫鉴〔2026〕9号',
        approvalDate: '2026-09-10',
      }),
    );
    const notice = await okJson(kaowu.post(`/api/v1/batches/${b.id}/notice/publish`));
    const found = (await okJson(kaosheng.get(`/api/v1/notices?keyword=${q(notice.title)}`))).items;
    // The title names the occupation, so another published 电工 notice (the demo's next-year batch) has it too.
    expect(found.map((n: { batchId: string }) => n.batchId)).toContain(b.id);
    expect(found.every((n: { title: string }) => n.title === notice.title)).toBe(true);
    const byOccupation = (await okJson(kaowu.get(`/api/v1/notices?keyword=${q('电工')}`))).items;
    expect(byOccupation.map((n: { batchId: string }) => n.batchId)).toContain(b.id);
    expect(byOccupation.every((n: { occupation: string; title: string }) => /电工/.test(n.occupation + n.title))).toBe(
      true,
    );
    expect((await okJson(kaowu.get(`/api/v1/notices?keyword=${q('没有这样的通知')}`))).total).toBe(0);
  });
});
