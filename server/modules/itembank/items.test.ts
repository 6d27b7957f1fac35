import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { and, eq } from 'drizzle-orm';
import { createTestApp, type TestApp, type TestClient } from '../../test/harness.js';
import { auditLog, files, itemVersions, items } from '../../db/schema/index.js';
import { postFile } from '../people/people.testkit.js';
import { PNG_1x1, itemBody, makeBlueprint, makeDocx, singleContent, wordLines } from './items.testkit.js';
import { contentHash } from './items.rules.js';

let t: TestApp;
let tiku: TestClient;
let expert: TestClient;
let expert2: TestClient;
let clerk: TestClient;

beforeAll(async () => {
  t = await createTestApp();
  tiku = await t.login('tiku');
  expert = await t.login('zhuanjia');
  expert2 = await t.login('zhuanjia2');
  clerk = await t.login('jidian');
});
afterAll(async () => t.close());

async function newItem(c: TestClient = expert) {
  const bp = await makeBlueprint(t);
  const res = await c.post('/api/v1/itembank/items', itemBody(bp.blueprintId, bp.points[0].id));
  expect(res.statusCode, res.body).toBe(200);
  return { bp, item: res.json() };
}

async function activate(id: string) {
  expect((await expert2.post(`/api/v1/itembank/items/${id}/review`, { approve: true })).statusCode).toBe(200);
  expect((await tiku.post(`/api/v1/itembank/items/${id}/activate`)).statusCode).toBe(200);
}

describe('items: entry, review and versions', () => {
  it('R-BANK-01: an expert enters a draft with a generated 题号 and the hash of its content', async () => {
    const { item } = await newItem();
    expect(item.state).toBe('draft');
    expect(item.code).toMatch(/^T-\d{4}$/);
    expect(item.versions).toHaveLength(1);
    expect(item.versions[0].contentHash).toBe(contentHash(item.content, 2, false));
    expect(item.may).toMatchObject({ edit: true, review: false });
  });

  it('R-BANK-01: an answer key that is not among the options is refused, naming the field', async () => {
    const bp = await makeBlueprint(t);
    const res = await expert.post(
      '/api/v1/itembank/items',
      itemBody(bp.blueprintId, bp.points[0].id, Object.assign(singleContent(), { answer: ['F'] })),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/答案：F 不在选项中/);
  });

  it('R-BANK-01: an author cannot review its own item; a second expert of the occupation approves it', async () => {
    const { item } = await newItem(expert);
    const own = await expert.post(`/api/v1/itembank/items/${item.id}/review`, { approve: true });
    expect(own.statusCode).toBe(403);
    expect(own.json().error.message).toMatch(/不能审核自己编写的试题/);
    const [still] = await t.database.db.select().from(items).where(eq(items.id, item.id));
    expect(still.state).toBe('draft');
    const ok = await expert2.post(`/api/v1/itembank/items/${item.id}/review`, { approve: true });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ state: 'reviewed', reviewerName: '林雅琴' });
    // Only the bank's administrator activates.
    expect((await expert2.post(`/api/v1/itembank/items/${item.id}/activate`)).statusCode).toBe(403);
    expect((await tiku.post(`/api/v1/itembank/items/${item.id}/activate`)).json().state).toBe('active');
  });

  it('R-BANK-01: a return needs a note and leaves the item a draft marked returned', async () => {
    const { item } = await newItem(expert);
    expect((await expert2.post(`/api/v1/itembank/items/${item.id}/review`, { approve: false })).statusCode).toBe(400);
    const res = await expert2.post(`/api/v1/itembank/items/${item.id}/review`, { approve: false, note: '干扰项太弱' });
    expect(res.json()).toMatchObject({ state: 'draft', returned: true, reviewNote: '干扰项太弱' });
  });

  it('R-BANK-01: editing an active item makes version 2 and sends it back to review; version 1 stays', async () => {
    const { bp, item } = await newItem();
    await activate(item.id);
    const body = itemBody(bp.blueprintId, bp.points[1].id, singleContent('测量电阻前，万用表应先（　）。'));
    const res = await expert.put(`/api/v1/itembank/items/${item.id}`, body);
    expect(res.statusCode, res.body).toBe(200);
    const after = res.json();
    expect(after).toMatchObject({ state: 'draft', version: 2 });
    expect(after.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    const [v1] = await t.database.db
      .select()
      .from(itemVersions)
      .where(and(eq(itemVersions.itemId, item.id), eq(itemVersions.version, 1)));
    expect(v1.content.stem).toBe('万用表测量电阻前应先（　）。');
  });

  it('R-BANK-01: a version used by a paper is never changed (409), and a draft edits its unused version in place', async () => {
    const { bp, item } = await newItem();
    const edited = await expert.put(
      `/api/v1/itembank/items/${item.id}`,
      itemBody(bp.blueprintId, bp.points[0].id, singleContent('改过的题干（　）。')),
    );
    expect(edited.json()).toMatchObject({ version: 1 });
    expect(edited.json().versions).toHaveLength(1);
    await t.database.db.update(itemVersions).set({ usedAt: new Date() }).where(eq(itemVersions.itemId, item.id));
    const res = await expert.put(
      `/api/v1/itembank/items/${item.id}`,
      itemBody(bp.blueprintId, bp.points[0].id, singleContent('再改一次（　）。')),
    );
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toMatch(/已被试卷使用，不能修改/);
    const [v] = await t.database.db.select().from(itemVersions).where(eq(itemVersions.itemId, item.id));
    expect(v.content.stem).toBe('改过的题干（　）。');
  });
});

describe('items: secrecy', () => {
  it('R-BANK-02: item images are uploaded by bank authors only, shown to bank roles only, and only bank images are accepted', async () => {
    const bp = await makeBlueprint(t);
    const up = await postFile(t, expert, '/api/v1/files', '图.png', PNG_1x1, { purpose: 'item.image' });
    expect(up.statusCode, up.body).toBe(200);
    expect((await postFile(t, clerk, '/api/v1/files', '图.png', PNG_1x1, { purpose: 'item.image' })).statusCode).toBe(
      403,
    );
    const content = { ...singleContent(), stemImageFileIds: [up.json().id] };
    const res = await expert.post('/api/v1/itembank/items', itemBody(bp.blueprintId, bp.points[0].id, content));
    expect(res.statusCode, res.body).toBe(200);
    expect((await expert2.get(`/api/v1/files/${up.json().id}`)).statusCode).toBe(200);
    expect((await clerk.get(`/api/v1/files/${up.json().id}`)).statusCode).toBe(404);
    // Another purpose's file (an evidence upload) is not an item image.
    const evidence = await postFile(t, expert, '/api/v1/files', '证明.png', PNG_1x1, { purpose: 'evidence' });
    const refused = await expert.post(
      '/api/v1/itembank/items',
      itemBody(bp.blueprintId, bp.points[0].id, { ...singleContent(), stemImageFileIds: [evidence.json().id] }),
    );
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toMatch(/图片：不存在/);
  });

  it('R-BANK-02: a college clerk gets 404 on an item and on the list', async () => {
    const { item } = await newItem();
    const res = await clerk.get(`/api/v1/itembank/items/${item.id}`);
    expect(res.statusCode).toBe(404);
    expect(res.body).not.toMatch(/万用表/);
    expect((await clerk.get('/api/v1/itembank/items')).statusCode).toBe(404);
  });

  it('R-BANK-02: an expert of another occupation gets 404 on its item and does not list it', async () => {
    const other = await makeBlueprint(t, { occupationCode: '4-04-05-01', level: 3 });
    const res = await tiku.post('/api/v1/itembank/items', itemBody(other.blueprintId, other.points[0].id));
    expect(res.statusCode, res.body).toBe(200);
    expect((await expert.get(`/api/v1/itembank/items/${res.json().id}`)).statusCode).toBe(404);
    const list = await expert.get(`/api/v1/itembank/items?blueprintId=${other.blueprintId}`);
    expect(list.json().total).toBe(0);
    expect((await expert.post(`/api/v1/itembank/items/${res.json().id}/review`, { approve: true })).statusCode).toBe(
      404,
    );
  });

  it('R-BANK-02: a view of an item is audited, and the list shows the stem but never the key', async () => {
    const { bp, item } = await newItem();
    const list = await expert2.get(`/api/v1/itembank/items?blueprintId=${bp.blueprintId}&keyword=万用表`);
    expect(list.json().items.map((r: { id: string }) => r.id)).toContain(item.id);
    expect(list.body).not.toMatch(/"answer"/);
    const before = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'view'), eq(auditLog.entityId, item.id)));
    const res = await expert2.get(`/api/v1/itembank/items/${item.id}`);
    expect(res.json().content.answer).toEqual(['A']);
    const after = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'view'), eq(auditLog.entity, 'item'), eq(auditLog.entityId, item.id)));
    expect(after.length).toBe(before.length + 1);
  });
});

async function xlsx(rows: (string | number)[][]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('试题');
  ws.addRow(['题型', '题干', '选项A', '选项B', '选项C', '选项D', '答案', '难度', '鉴定点']);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const countItems = async (blueprintId: string) =>
  (await t.database.db.select().from(items).where(eq(items.blueprintId, blueprintId))).length;

describe('items: import', () => {
  it('R-BANK-01: the Excel template has one example row per type and imports after its 鉴定点 is set', async () => {
    const bp = await makeBlueprint(t);
    const res = await expert.get(`/api/v1/itembank/items/template?blueprintId=${bp.blueprintId}`);
    expect(res.statusCode).toBe(200);
    expect(decodeURIComponent(String(res.headers['content-disposition']))).toMatch(/试题导入模板\.xlsx/);
    const before = await countItems(bp.blueprintId);
    const preview = await postFile(
      t,
      expert,
      `/api/v1/itembank/items/import/excel?blueprintId=${bp.blueprintId}`,
      'm.xlsx',
      res.rawPayload,
    );
    // The theory blueprint refuses the template's skill task, by row.
    expect(preview.json().questions.map((q: { typeName: string }) => q.typeName)).toEqual([
      '单项选择题',
      '多项选择题',
      '判断题',
      '操作技能试题',
    ]);
    expect(preview.json().bad).toBe(1);
    expect(await countItems(bp.blueprintId)).toBe(before);
  });

  it('R-BANK-01: an Excel file with row and column errors writes nothing; a clean one creates drafts', async () => {
    const bp = await makeBlueprint(t);
    const [c1, c2] = bp.points.map((p) => p.code);
    const bad = await xlsx([
      ['单项选择题', '题一（　）。', '甲', '乙', '丙', '丁', 'A', '易', c1],
      ['单项选择题', '题二（　）。', '甲', '乙', '丙', '丁', 'E', '中', c2],
      ['判断题', '题三。', '', '', '', '', '对', '很难', 'NOPE'],
    ]);
    const url = `/api/v1/itembank/items/import/excel?blueprintId=${bp.blueprintId}`;
    const start = await countItems(bp.blueprintId);
    const preview = (await postFile(t, expert, url, 'a.xlsx', bad)).json();
    expect(preview).toMatchObject({ confirmed: false, good: 1, bad: 2, created: 0 });
    expect(preview.questions[1].issues.join()).toMatch(/G 列（答案）：答案：E 不在选项中|E 不在选项中/);
    expect(preview.questions[2].issues.join()).toMatch(/H 列（难度）：难度“很难”/);
    expect(preview.questions[2].issues.join()).toMatch(/I 列（鉴定点）：鉴定点“NOPE”不在该细目表中/);
    const refused = await postFile(t, expert, `${url}&confirm=true`, 'a.xlsx', bad);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toMatch(/第 3 行：.*第 4 行：/);
    expect(await countItems(bp.blueprintId)).toBe(start);
    const good = await xlsx([['单项选择题', '题一（　）。', '甲', '乙', '丙', '丁', 'A', '易', c1]]);
    const done = await postFile(t, expert, `${url}&confirm=true`, 'b.xlsx', good);
    expect(done.json()).toMatchObject({ confirmed: true, created: 1 });
    expect(await countItems(bp.blueprintId)).toBe(start + 1);
  });

  it('R-BANK-01: a Word file with one bad question is refused naming it; the preview lists the good ones', async () => {
    const bp = await makeBlueprint(t);
    const codes = bp.points.map((p) => p.code);
    const url = `/api/v1/itembank/items/import/word?blueprintId=${bp.blueprintId}`;
    const before = await countItems(bp.blueprintId);
    const bad = await makeDocx(wordLines(codes, { bad: [3] }));
    const preview = await postFile(t, expert, url, '试题.docx', bad);
    expect(preview.statusCode, preview.body).toBe(200);
    const p = preview.json();
    expect(p).toMatchObject({ good: 3, bad: 1, created: 0 });
    expect(p.questions.map((q: { typeName: string }) => q.typeName)).toEqual([
      '单项选择题',
      '单项选择题',
      '多项选择题',
      '判断题',
    ]);
    expect(p.questions[0].options).toEqual(['A. 调零', 'B. 通电', 'C. 接地', 'D. 短路']);
    expect(p.questions[1].images).toBe(1);
    expect(p.questions[2]).toMatchObject({ label: '第 3 题', issues: ['缺少答案'] });
    const refused = await postFile(t, expert, `${url}&confirm=true`, '试题.docx', bad);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toMatch(/第 3 题：缺少答案/);
    expect(await countItems(bp.blueprintId)).toBe(before);

    const good = await makeDocx(wordLines(codes));
    const done = await postFile(t, expert, `${url}&confirm=true`, '试题.docx', good);
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ confirmed: true, created: 4 });
    const rows = await t.database.db.select().from(items).where(eq(items.blueprintId, bp.blueprintId));
    expect(rows.length).toBe(before + 4);
    // The picture of question 2 is kept as a bank file, readable by bank roles only.
    const withImage = (
      await t.database.db.select().from(itemVersions).where(eq(itemVersions.createdBy, rows[0].authorId!))
    ).find((v) => v.content.stemImageFileIds.length);
    expect(withImage).toBeDefined();
    const fileId = withImage!.content.stemImageFileIds[0];
    const [f] = await t.database.db.select().from(files).where(eq(files.id, fileId));
    expect(f.purpose).toBe('item.image');
    expect((await expert2.get(`/api/v1/files/${fileId}`)).statusCode).toBe(200);
    expect((await clerk.get(`/api/v1/files/${fileId}`)).statusCode).toBe(404);
  });

  it('R-BANK-02: the export of a blueprint for the yearly review is audited', async () => {
    const { bp } = await newItem();
    const res = await tiku.get(`/api/v1/itembank/items/export?blueprintId=${bp.blueprintId}`);
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets[0].getRow(2).values).toEqual(expect.arrayContaining(['题号', '版本数', '使用次数', '审核人']));
    const rows = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'export'), eq(auditLog.entity, 'item'), eq(auditLog.entityId, bp.blueprintId)));
    expect(rows.length).toBeGreaterThan(0);
    expect((await clerk.get(`/api/v1/itembank/items/export?blueprintId=${bp.blueprintId}`)).statusCode).toBe(404);
  });
});
