import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../test/harness.js';

/** Issue 9: the 备案申请 list's keyword box filters on the server (`keyword`). */

let t: TestApp;
let kaowu: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  kaowu = await t.login('kaowu');
});
afterAll(async () => t.close());

const titles = async (keyword?: string) => {
  const res = await kaowu.get(
    `/api/v1/filings${keyword === undefined ? '' : `?keyword=${encodeURIComponent(keyword)}`}`,
  );
  expect(res.statusCode, res.body).toBe(200);
  return (res.json().items as { title: string }[]).map((f) => f.title);
};

describe('filings search (issue 9)', () => {
  it('the keyword finds a filing by its title or by an occupation or college of its rows; % is literal', async () => {
    for (const title of ['检索戊 增量备案', '检索己 增量备案'])
      expect((await kaowu.post('/api/v1/filings', { category: 'incremental', title })).statusCode).toBe(200);
    expect(await titles('检索戊')).toEqual(['检索戊 增量备案']);
    expect(await titles('增量备案')).toEqual(expect.arrayContaining(['检索戊 增量备案', '检索己 增量备案']));
    expect(await titles('%')).toEqual([]);
    expect(await titles('没有这样的备案')).toEqual([]);
    // the demo's initial filing holds 电工 rows of the 机电 college: found by occupation and college, not by title
    const all = await titles();
    const byOccupation = await titles('电工');
    expect(byOccupation.length).toBeGreaterThan(0);
    expect(byOccupation.length).toBeLessThan(all.length);
    expect(byOccupation).not.toContain('检索戊 增量备案');
    expect(await titles('6-31-01-03')).toEqual(byOccupation);
  });
});
