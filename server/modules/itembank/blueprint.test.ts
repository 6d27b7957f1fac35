import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp, type TestClient } from '../../test/harness.js';
import { auditLog, blueprintNodes, blueprints, items } from '../../db/schema/index.js';
import { postFile } from '../people/people.testkit.js';
import { blueprintWorkbook, importBlueprintFile, occupationId, SAMPLE_ROWS } from './blueprint.testkit.js';

let t: TestApp;
let tiku: TestClient;
let ELEC = '';
let SOFT = '';

beforeEach(async () => {
  t = await createTestApp();
  tiku = await t.login('tiku');
  ELEC = await occupationId(t, '6-31-01-03');
  SOFT = await occupationId(t, '4-04-05-01');
});
afterEach(async () => t.close());

const importSample = async (occ = ELEC, rows = SAMPLE_ROWS) => {
  const res = await importBlueprintFile(t, tiku, await blueprintWorkbook(rows), {
    occupationId: occ,
    level: 4,
    part: 'theory',
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

/** The tree as code → (parent code, kind, name, weight, importance), for comparing two imports. */
const shape = (detail: {
  nodes: {
    id: string;
    parentId: string | null;
    kind: string;
    code: string;
    name: string;
    weight: number | null;
    importance: string | null;
  }[];
}) => {
  const codeOf = new Map(detail.nodes.map((n) => [n.id, n.code]));
  return detail.nodes.map((n) => [
    n.code,
    n.parentId ? codeOf.get(n.parentId) : null,
    n.kind,
    n.name,
    n.weight,
    n.importance,
  ]);
};

describe('blueprints (R-BANK-01)', () => {
  it('R-BANK-01: imports a 细目表 with merged range cells into a tree of ranges and points', async () => {
    const d = await importSample();
    expect(d.title).toContain('电工');
    expect(d.rangeCount).toBe(5);
    expect(d.pointCount).toBe(10);
    const byCode = new Map(d.nodes.map((n: { code: string }) => [n.code, n]));
    const ab = byCode.get('AB') as { parentId: string; weight: number; depth: number };
    expect(ab.parentId).toBe((byCode.get('A') as { id: string }).id);
    expect(ab.weight).toBe(50);
    expect(ab.depth).toBe(1);
    const p = byCode.get('BA006') as { parentId: string; importance: string; kind: string };
    expect(p.kind).toBe('point');
    expect(p.importance).toBe('Z');
    expect(p.parentId).toBe((byCode.get('BA') as { id: string }).id);
    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.entity, 'blueprint'));
    expect(audit.map((a) => a.action)).toContain('import');
  });

  it('R-BANK-01: an import with bad rows names row and column and writes nothing', async () => {
    const rows = SAMPLE_ROWS.map((r) => [...r]);
    rows[3][8] = 'W'; // row 7 (three header rows), column I: 重要程度
    rows[5][6] = 'AA001'; // a duplicate point code on row 9
    const res = await importBlueprintFile(t, tiku, await blueprintWorkbook(rows), {
      occupationId: ELEC,
      level: 4,
      part: 'theory',
    });
    expect(res.statusCode).toBe(400);
    const messages = res.json().error.details.map((d: { message: string }) => d.message);
    expect(messages).toContain('第 7 行 I 列（鉴定点重要程度）：应为 X、Y 或 Z');
    expect(messages.some((m: string) => /^第 9 行 G 列（鉴定点代码）：代码 AA001 与第 4 行重复/.test(m))).toBe(true);
    expect(await t.database.db.select().from(blueprints)).toHaveLength(0);
    expect(await t.database.db.select().from(blueprintNodes)).toHaveLength(0);
  });

  it('R-BANK-01: an import without its occupation names the field and writes nothing', async () => {
    const bytes = await blueprintWorkbook(SAMPLE_ROWS);
    const res = await postFile(t, tiku, '/api/v1/itembank/blueprints/import', '细目表.xlsx', bytes, {
      level: '4',
      part: 'theory',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/^职业：/);
    expect(await t.database.db.select().from(blueprints)).toHaveLength(0);
  });

  it('R-BANK-01: a blank first-level range without a merge is an error naming its cell', async () => {
    const rows = SAMPLE_ROWS.map((r, i) => (i === 1 ? [null, null, null, ...r.slice(3)] : [...r]));
    const res = await importBlueprintFile(t, tiku, await blueprintWorkbook(rows, { merge: false }), {
      occupationId: ELEC,
      level: 4,
      part: 'theory',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/第 5 行 A 列（鉴定范围（一级）代码）：不能为空/);
    expect(await t.database.db.select().from(blueprints)).toHaveLength(0);
  });

  it('R-BANK-01: export → import gives the same tree (round trip)', async () => {
    const first = await importSample();
    const exported = await tiku.get(`/api/v1/itembank/blueprints/${first.id}/export`);
    expect(exported.statusCode).toBe(200);
    expect(decodeURIComponent(String(exported.headers['content-disposition']))).toMatch(
      /电工四级理论知识-鉴定要素细目表\.xlsx/,
    );
    const again = await importBlueprintFile(t, tiku, exported.rawPayload, {
      occupationId: SOFT,
      level: 4,
      part: 'theory',
    });
    expect(again.statusCode, again.body).toBe(200);
    expect(shape(again.json())).toEqual(shape(first));
    // The template imports too (its example).
    const template = await tiku.get('/api/v1/itembank/blueprints/template');
    expect(template.statusCode).toBe(200);
    const fromTemplate = await importBlueprintFile(t, tiku, template.rawPayload, {
      occupationId: ELEC,
      level: 3,
      part: 'theory',
    });
    expect(fromTemplate.statusCode, fromTemplate.body).toBe(200);
    expect(fromTemplate.json().pointCount).toBe(7);
  });

  it('R-BANK-01: a re-import replaces the tree while no item is tagged, and is refused once one is', async () => {
    const first = await importSample();
    const second = await importSample(ELEC, SAMPLE_ROWS.slice(0, 4));
    expect(second.id).toBe(first.id);
    expect(second.pointCount).toBe(4);
    const point = second.nodes.find((n: { code: string }) => n.code === 'AA001');
    await t.database.db
      .insert(items)
      .values({ blueprintId: first.id, pointId: point.id, type: 'single', code: 'T-0001' });
    const refused = await importBlueprintFile(t, tiku, await blueprintWorkbook(SAMPLE_ROWS), {
      occupationId: ELEC,
      level: 4,
      part: 'theory',
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toMatch(/已有 1 道试题/);
    expect(
      await t.database.db.select().from(blueprintNodes).where(eq(blueprintNodes.blueprintId, first.id)),
    ).toHaveLength(7); // A, AA, AB and four points
  });

  it('R-BANK-01: warnings name the setting that drives them, and follow the settings', async () => {
    const rows = SAMPLE_ROWS.map((r) => [...r]);
    rows[0][8] = 'Z'; // 7 X of 10 = 70% < 80%; 2 Z = 20% > 5%
    rows[5][5] = 90; // BA alone under B at 90%
    for (const r of rows) if (r[3] === 'BA') r[5] = 90;
    const d = await importSample(ELEC, rows);
    const checks = new Map(d.warnings.map((w: { check: string }) => [w.check, w]));
    expect((checks.get('x_share') as { setting: string }).setting).toBe('X 鉴定点最低占比：80%');
    expect((checks.get('z_share') as { setting: string }).setting).toBe('Z 鉴定点最高占比：5%');
    expect((checks.get('items_per_point') as { codes: string[]; setting: string }).codes).toHaveLength(10);
    expect((checks.get('items_per_point') as { setting: string }).setting).toBe('每个鉴定点最少启用试题数：4');
    expect((checks.get('weight_sum') as { message: string }).message).toMatch(
      /“B 相关知识”下的鉴定范围鉴定比重合计 90%/,
    );
    const put = await tiku.put('/api/v1/itembank/settings', {
      minXShare: 0.7,
      maxZShare: 0.2,
      minItemsPerPoint: 0,
      multiplePartialCredit: 'half',
      maxOverlap: 0.1,
      maxExposure: 0.06,
      onePerPoint: true,
    });
    expect(put.statusCode, put.body).toBe(200);
    const after = (await tiku.get(`/api/v1/itembank/blueprints/${d.id}`)).json();
    expect(after.warnings.map((w: { check: string }) => w.check)).toEqual(['weight_sum']);
  });

  it('R-BANK-02: a clerk, an examiner and an expert of another occupation get 404 on a blueprint', async () => {
    const elec = await importSample();
    const soft = await importSample(SOFT);
    for (const user of ['jidian', 'kaopingyuan', 'kaowu']) {
      const c = await t.login(user);
      expect((await c.get(`/api/v1/itembank/blueprints/${elec.id}`)).statusCode).toBe(404);
      expect((await c.get('/api/v1/itembank/blueprints')).statusCode).toBe(404);
    }
    const expert = await t.login('zhuanjia');
    expect((await expert.get(`/api/v1/itembank/blueprints/${elec.id}`)).statusCode).toBe(200);
    expect((await expert.get(`/api/v1/itembank/blueprints/${soft.id}`)).statusCode).toBe(404);
    expect((await expert.get(`/api/v1/itembank/blueprints/${soft.id}/export`)).statusCode).toBe(404);
    const list = (await expert.get('/api/v1/itembank/blueprints')).json();
    expect(list.items.map((b: { id: string }) => b.id)).toEqual([elec.id]);
    // Experts read; they do not change the blueprint.
    expect((await expert.del(`/api/v1/itembank/blueprints/${elec.id}`)).statusCode).toBe(403);
  });

  it('R-BANK-01: edits on screen: add, rename, reweight, move, delete; codes unique; tagged points stay', async () => {
    const d = await importSample();
    const id = (code: string, det = d) => det.nodes.find((n: { code: string }) => n.code === code).id;
    const base = `/api/v1/itembank/blueprints/${d.id}/nodes`;
    let res = await tiku.post(base, {
      parentId: id('AB'),
      kind: 'point',
      code: 'AB003',
      name: '电工识图',
      importance: 'Y',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().pointCount).toBe(11);
    res = await tiku.post(base, { parentId: id('AB'), kind: 'point', code: 'AA001', name: '重复', importance: 'X' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toMatch(/代码/);
    res = await tiku.post(base, { parentId: id('AA001'), kind: 'point', code: 'AA009', name: '点下', importance: 'X' });
    expect(res.statusCode).toBe(400);
    // Move AB003 under AA, rename and re-grade it.
    res = await tiku.put(
      `${base}/${id('AB003', res.json().nodes ? res.json() : (await tiku.get(`/api/v1/itembank/blueprints/${d.id}`)).json())}`,
      {
        parentId: id('AA'),
        code: 'AA003',
        name: '电工识图基础',
        importance: 'X',
      },
    );
    expect(res.statusCode, res.body).toBe(200);
    const moved = res.json().nodes.find((n: { code: string }) => n.code === 'AA003');
    expect(moved.parentId).toBe(id('AA'));
    // A range cannot move under itself.
    res = await tiku.put(`${base}/${id('A')}`, { parentId: id('AA'), code: 'A', name: '基本要求', weight: 20 });
    expect(res.statusCode).toBe(400);
    // Reweight a range.
    res = await tiku.put(`${base}/${id('AA')}`, { parentId: id('A'), code: 'AA', name: '职业道德', weight: 40 });
    expect(res.json().nodes.find((n: { code: string }) => n.code === 'AA').weight).toBe(40);
    // A point with an item cannot be deleted (nor its range); another can.
    await t.database.db
      .insert(items)
      .values({ blueprintId: d.id, pointId: id('BA001'), type: 'single', code: 'T-0009' });
    res = await tiku.del(`${base}/${id('BA001')}`);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toBe('该鉴定点已有 1 道试题，不能删除（可改名或移动）');
    expect((await tiku.del(`${base}/${id('B')}`)).statusCode).toBe(409);
    res = await tiku.del(`${base}/${id('AB')}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().nodes.map((n: { code: string }) => n.code)).not.toContain('AB001');
    const detail = (await tiku.get(`/api/v1/itembank/blueprints/${d.id}`)).json();
    expect(detail.nodes.find((n: { code: string }) => n.code === 'BA001').items.draft).toBe(1);
    expect(detail.nodes.find((n: { code: string }) => n.code === 'B').items.draft).toBe(1);
    expect((await tiku.del(`/api/v1/itembank/blueprints/${d.id}`)).statusCode).toBe(409);
    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.entity, 'blueprint_node'));
    expect(audit.map((a) => a.action).sort()).toEqual(['create', 'delete', 'update', 'update']);
  });

  it('R-BANK-01: create lists the scope occupations, refuses a level outside the scope and a duplicate; delete when empty', async () => {
    const occ = (await tiku.get('/api/v1/itembank/blueprints/occupations')).json();
    expect(occ.items.find((o: { occupationId: string }) => o.occupationId === ELEC).levels).toEqual([3, 4]);
    let res = await tiku.post('/api/v1/itembank/blueprints', { occupationId: ELEC, level: 1, part: 'skill' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/^等级：/);
    res = await tiku.post('/api/v1/itembank/blueprints', { occupationId: ELEC, level: 3, part: 'skill' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().warnings.map((w: { check: string }) => w.check)).toContain('no_points');
    expect(
      (await tiku.post('/api/v1/itembank/blueprints', { occupationId: ELEC, level: 3, part: 'skill' })).statusCode,
    ).toBe(409);
    expect((await tiku.del(`/api/v1/itembank/blueprints/${res.json().id}`)).statusCode).toBe(200);
    expect(await t.database.db.select().from(blueprints)).toHaveLength(0);
  });

  it('R-BANK-01: the settings are created with the defaults on first read, 题库管理员 only', async () => {
    const s = (await tiku.get('/api/v1/itembank/settings')).json();
    expect(s).toMatchObject({ minXShare: 0.8, maxZShare: 0.05, minItemsPerPoint: 4, onePerPoint: true });
    const expert = await t.login('zhuanjia');
    expect((await expert.get('/api/v1/itembank/settings')).statusCode).toBe(403);
    const bad = await tiku.put('/api/v1/itembank/settings', { ...s, minXShare: 2, updatedAt: undefined });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/X 鉴定点最低占比/);
  });
});
