import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { items, users } from '../../db/schema/index.js';
import { insertDemoBank } from './itembank.demo.js';

let t: TestApp;
let author = '';
let reviewer = '';
let theoryId = '';

beforeAll(async () => {
  t = await createTestApp();
  const idOf = async (u: string) => (await t.database.db.select().from(users).where(eq(users.username, u)))[0].id;
  author = await idOf('zhuanjia');
  reviewer = await idOf('zhuanjia2');
  ({ theoryId } = await t.database.db.transaction((tx) =>
    insertDemoBank(tx, { authorId: author, reviewerId: reviewer }),
  ));
}, 120_000);
afterAll(async () => t.close());

type Task = { key: string; count: number; lines: { text: string; count?: number; link?: string }[] };
const tasksOf = async (username: string): Promise<Task[]> =>
  (await (await t.login(username)).get('/api/v1/home')).json().tasks;

describe('the bank on the home page', () => {
  it('R-BANK-01: a second expert sees the drafts waiting for its review; their author does not', async () => {
    const drafts = await t.database.db
      .select()
      .from(items)
      .where(and(eq(items.blueprintId, theoryId), eq(items.state, 'draft'), eq(items.authorId, author)));
    expect(drafts.length).toBeGreaterThan(0);
    const second = (await tasksOf('zhuanjia2')).find((x) => x.key === 'itemsToReview')!;
    expect(second.count).toBe(drafts.filter((d) => !d.reviewerId).length);
    expect(second.lines[0].text).toBe('电工 四级/中级工 理论知识');
    expect(second.lines[0].link).toBe(`/itembank/items?blueprintId=${theoryId}&state=draft`);
    const own = (await tasksOf('zhuanjia')).find((x) => x.key === 'itemsToReview')!;
    expect(own.count).toBe(0);
  });

  it("R-BANK-01: an item returned with a note shows on its author's home page", async () => {
    const [d] = await t.database.db
      .select()
      .from(items)
      .where(and(eq(items.blueprintId, theoryId), eq(items.state, 'draft'), eq(items.authorId, author)));
    const res = await (
      await t.login('zhuanjia2')
    ).post(`/api/v1/itembank/items/${d.id}/review`, {
      approve: false,
      note: '选项 C 与 D 表述重复，请修改',
    });
    expect(res.statusCode, res.body).toBe(200);
    const returned = (await tasksOf('zhuanjia')).find((x) => x.key === 'itemsReturned')!;
    expect(returned.count).toBe(1);
  });

  it('R-BANK-02: the bank admin sees items to activate and papers to publish; no other staff role sees the bank', async () => {
    const keys = (await tasksOf('tiku')).map((x) => x.key);
    expect(keys).toEqual(expect.arrayContaining(['itemsToActivate', 'papersToPublish']));
    for (const u of ['admin', 'zhuren', 'kaowu', 'jidian', 'kaopingyuan', 'dudao', 'caiwu', 'kaosheng'])
      expect((await tasksOf(u)).some((x) => x.key.startsWith('items') || x.key === 'papersToPublish')).toBe(false);
  });
});
