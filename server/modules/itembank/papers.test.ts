import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { createTestApp, type TestApp, type TestClient } from '../../test/harness.js';
import { auditLog, batchSittings, itemVersions, papers } from '../../db/schema/index.js';
import { collegeIdsOf, makeApplication, makeBatch, makeCandidates } from '../arrangement/arrangement.testkit.js';
import { checkForms } from './assembly/checker.js';
import { loadBlueprintTree } from './blueprint.store.js';
import { loadPool } from './papers.store.js';
import { largestRemainder, planProblems } from './papers.rules.js';
import { makeBank, otherOccupationCode, smallSpec, type TestBank } from './papers.testkit.js';
import type { PlanSpec } from '../../../shared/itembank.js';
import { publishedPaper, publishedPaperKey } from './itembank.reads.js';
import sharp from 'sharp';
import { postFile } from '../people/people.testkit.js';

let t: TestApp;
let tiku: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  tiku = await t.login('tiku');
}, 60_000);
afterAll(async () => t.close());

const ok = async (p: Promise<{ statusCode: number; body: string; json(): any }>) => {
  const res = await p;
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

async function planOf(bank: TestBank, spec: PlanSpec = smallSpec(bank)) {
  return ok(tiku.post('/api/v1/itembank/plans', { blueprintId: bank.blueprintId, name: '测试方案', spec }));
}

async function publishedPaperFor(level: number, occupationCode?: string) {
  const bank = await makeBank(t.database.db, { level, occupationCode });
  const plan = await planOf(bank);
  const run = await ok(tiku.post(`/api/v1/itembank/plans/${plan.id}/assemblies`, { kind: 'fixed', seed: 7 }));
  await ok(tiku.post(`/api/v1/itembank/assemblies/${run.id}/publish`));
  return { bank, plan, run, paperId: run.papers[0].id as string };
}

describe('assembly plans', () => {
  it('R-BANK-02: default range counts follow the 鉴定比重 by largest remainder', async () => {
    expect(largestRemainder(50, [40, 35, 25])).toEqual([20, 18, 12]);
    expect(largestRemainder(10, [1, 1, 1])).toEqual([4, 3, 3]);
    const bank = await makeBank(t.database.db, { level: 1 });
    const d = await ok(tiku.get(`/api/v1/itembank/plans/defaults?blueprintId=${bank.blueprintId}`));
    expect(d.spec.ranges.map((r: { count: number }) => r.count)).toEqual([20, 18, 12]);
    expect(d.spec.difficulty).toEqual({ 1: 10, 2: 30, 3: 10 });
    expect(d.spec.maxOverlap).toBe(0.1);
    expect(d.spec.maxExposure).toBe(0.06);
    expect(d.spec.minXPoints).toBe(80);
  });

  it('R-BANK-02: a plan whose ranges do not add up is refused with the field named, and nothing is stored', async () => {
    const bank = await makeBank(t.database.db, { level: 2 });
    const spec = smallSpec(bank, { difficulty: { 1: 1, 2: 1, 3: 1 } });
    expect(planProblems(spec, 'theory', []).map((p) => p.field)).toContain('spec.difficulty');
    const res = await tiku.post('/api/v1/itembank/plans', { blueprintId: bank.blueprintId, name: '坏方案', spec });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/难度分布：易、中、难合计 3 题，应等于题目总数 10 题/);
    const list = await ok(tiku.get(`/api/v1/itembank/plans?blueprintId=${bank.blueprintId}`));
    expect(list.total).toBe(0);
  });

  it('R-BANK-02: an infeasible plan names its short cell in the capacity report and is refused', async () => {
    const bank = await makeBank(t.database.db, { level: 3, perPoint: { single: 1, multiple: 1, truefalse: 1 } });
    // Range R1 has 6 points; with one item per point it can give at most 6 items, the plan asks 8.
    const spec = smallSpec(bank, { ranges: bank.ranges.map((r, i) => ({ rangeId: r.id, count: [8, 1, 1][i] })) });
    const plan = await planOf(bank, spec);
    const cap = await ok(tiku.get(`/api/v1/itembank/plans/${plan.id}/capacity?formCount=1`));
    expect(cap.maxForms).toBe(0);
    const short = cap.short.find((c: { label: string }) => c.label.includes('R1 测试范围1'));
    expect(short, JSON.stringify(cap.short)).toBeTruthy();
    expect(short.lacking).toBe(2);
    const before = await t.database.db.select().from(papers);
    const res = await tiku.post(`/api/v1/itembank/plans/${plan.id}/assemblies`, { kind: 'fixed' });
    expect(res.statusCode).toBe(400);
    // The short cell is counted in its own unit: R1's 鉴定点 (one item each), not items.
    expect(res.json().error.message).toMatch(/R1 测试范围1」的鉴定点.*缺 2 个鉴定点/);
    expect(await t.database.db.select().from(papers)).toHaveLength(before.length);
  });
});

describe('assemblies', () => {
  it('R-BANK-02: every form of an assembly passes the independent checker', async () => {
    const bank = await makeBank(t.database.db, { level: 5 });
    const plan = await planOf(bank, smallSpec(bank, { maxOverlap: 0.3, maxExposure: 0.5 }));
    const run = await ok(
      tiku.post(`/api/v1/itembank/plans/${plan.id}/assemblies`, { kind: 'parallel', formCount: 3, seed: 11 }),
    );
    expect(run.papers.map((p: { label: string }) => p.label)).toEqual(['A', 'B', 'C']);
    expect(run.report.unmet).toEqual([]);
    expect(run.report.violations).toEqual([]);
    expect(run.passed).toBe(true);
    // Check the stored forms again, from the database.
    const tree = (await loadBlueprintTree(t.database.db, bank.blueprintId))!;
    const spec = smallSpec(bank, { maxOverlap: 0.3, maxExposure: 0.5 });
    const pool = await loadPool(t.database.db, tree, spec);
    const rows = await t.database.db.select().from(papers).where(eq(papers.assemblyId, run.id)).orderBy(papers.label);
    expect(
      checkForms(
        rows.map((r) => ({ entries: r.entries })),
        pool,
        spec,
      ),
    ).toEqual([]);
  });

  it('R-BANK-02: a retaker never sees an item again (per-candidate forms of the same occupation)', async () => {
    const admin = await t.login('kaowu');
    const { JD } = await collegeIdsOf(t);
    const bank = await makeBank(t.database.db, { level: 4 });
    const plan = await planOf(bank);
    const first = await makeBatch(t, admin, JD);
    const people = await makeCandidates(t, first, JD, 3, '重考考生');
    const sittingOf = async (batchId: string) =>
      (
        await t.database.db
          .select()
          .from(batchSittings)
          .where(and(eq(batchSittings.batchId, batchId), eq(batchSittings.kind, 'theory')))
      )[0].id;
    const run1 = await ok(
      tiku.post(`/api/v1/itembank/plans/${plan.id}/assemblies`, {
        kind: 'per_candidate',
        sittingId: await sittingOf(first),
        seed: 1,
      }),
    );
    expect(run1.papers).toHaveLength(3);
    // The same three sit again in a later batch of the same occupation.
    const second = await makeBatch(t, admin, JD);
    for (const p of people) await makeApplication(t, { batchId: second, personId: p.personId, collegeId: JD });
    const run2 = await ok(
      tiku.post(`/api/v1/itembank/plans/${plan.id}/assemblies`, {
        kind: 'per_candidate',
        sittingId: await sittingOf(second),
        seed: 1,
      }),
    );
    expect(run2.report.violations).toEqual([]);
    // The plan's list of runs names each run's sitting.
    const detail = await ok(tiku.get(`/api/v1/itembank/plans/${plan.id}`));
    for (const r of detail.assemblyList) expect(r.sittingLabel).toMatch(/·/);
    const rows = await t.database.db.select().from(papers);
    for (const p of people) {
      const mine = rows.filter((r) => r.personId === p.personId);
      expect(mine).toHaveLength(2);
      const [a, b] = mine.map((r) => new Set(r.entries.map((e) => e.itemId)));
      expect([...b].filter((id) => a.has(id))).toEqual([]);
    }
  });
});

describe('papers: seal, secrecy, audit, prints', () => {
  it('R-BANK-02: publishing seals the paper in the audit trail and marks the versions used', async () => {
    const { paperId } = await publishedPaperFor(1, await otherOccupationCode(t.database.db));
    const [row] = await t.database.db.select().from(papers).where(eq(papers.id, paperId));
    expect(row.state).toBe('published');
    expect(row.sealHash).toMatch(/^[0-9a-f]{64}$/);
    const [audit] = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'paper'), eq(auditLog.entityId, paperId), eq(auditLog.action, 'publish')));
    expect((audit.after as { sealHash: string }).sealHash).toBe(row.sealHash);
    const [v] = await t.database.db.select().from(itemVersions).where(eq(itemVersions.id, row.entries[0].versionId));
    expect(v.usedAt).not.toBeNull();
    const seal = await ok(tiku.get(`/api/v1/itembank/papers/${paperId}/seal`));
    expect(seal.intact).toBe(true);
  });

  it("R-BANK-02: a sealed paper changed in the database is detected (a version's content, an entry's points)", async () => {
    const { paperId } = await publishedPaperFor(2, await otherOccupationCode(t.database.db));
    const [row] = await t.database.db.select().from(papers).where(eq(papers.id, paperId));
    expect((await ok(tiku.get(`/api/v1/itembank/papers/${paperId}/seal`))).intact).toBe(true);
    // Someone with database access rewrites a used version's stem, leaving its stored hash alone.
    await t.database.db.execute(
      sql`update item_versions set content = jsonb_set(content, '{stem}', '"改过的题干"') where id = ${row.entries[0].versionId}`,
    );
    const broken = await ok(tiku.get(`/api/v1/itembank/papers/${paperId}/seal`));
    expect(broken.intact).toBe(false);
    expect(broken.message).toMatch(/封存已被破坏/);
    expect(broken.auditHash).toBe(row.sealHash);

    const other = await publishedPaperFor(3, await otherOccupationCode(t.database.db));
    const [p2] = await t.database.db.select().from(papers).where(eq(papers.id, other.paperId));
    const entries = p2.entries.map((e, i) => (i === 0 ? { ...e, points: e.points + 1 } : e));
    await t.database.db.update(papers).set({ entries }).where(eq(papers.id, p2.id));
    expect((await ok(tiku.get(`/api/v1/itembank/papers/${other.paperId}/seal`))).intact).toBe(false);
  });

  it('R-BANK-02: a role outside the bank gets 404 on a paper, its key and its seal; an expert of another occupation too', async () => {
    const { paperId } = await publishedPaperFor(4, await otherOccupationCode(t.database.db));
    for (const user of ['kaowu', 'admin', 'zhuren', 'kaosheng', 'jidian']) {
      const c = await t.login(user);
      expect((await c.get(`/api/v1/itembank/papers/${paperId}`)).statusCode, user).toBe(404);
      expect((await c.get(`/api/v1/itembank/papers/${paperId}/pdf?kind=key`)).statusCode, user).toBe(404);
      expect((await c.get(`/api/v1/itembank/papers/${paperId}/seal`)).statusCode, user).toBe(404);
    }
    // zhuanjia is an expert of 电工 only: a paper of another occupation does not exist for it.
    const expert = await t.login('zhuanjia');
    expect((await expert.get(`/api/v1/itembank/papers/${paperId}`)).statusCode).toBe(404);
    const list = await ok(expert.get('/api/v1/itembank/papers?pageSize=200'));
    expect(list.items.map((p: { id: string }) => p.id)).not.toContain(paperId);
  });

  it('R-BANK-02: viewing a paper and downloading its key are audited', async () => {
    const { paperId } = await publishedPaperFor(5, await otherOccupationCode(t.database.db));
    const view = await ok(tiku.get(`/api/v1/itembank/papers/${paperId}`));
    expect(view.items).toHaveLength(10);
    expect(view.items[0].answer).toMatch(/^[A-D]$/);
    const pdf = await tiku.get(`/api/v1/itembank/papers/${paperId}/pdf?kind=key`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(decodeURIComponent(String(pdf.headers['content-disposition']))).toMatch(/参考答案\.pdf$/);
    const rows = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'paper'), eq(auditLog.entityId, paperId)));
    expect(rows.map((r) => r.action)).toEqual(expect.arrayContaining(['publish', 'view', 'download']));
    expect(rows.find((r) => r.action === 'download')!.after).toMatchObject({ kind: 'key' });
  });

  it('R-BANK-03: printing records the copies of a published paper; a draft is not printed', async () => {
    const bank = await makeBank(t.database.db, { level: 1, occupationCode: await secondOtherOccupation() });
    const plan = await planOf(bank);
    const run = await ok(tiku.post(`/api/v1/itembank/plans/${plan.id}/assemblies`, { kind: 'fixed', seed: 3 }));
    const draftId = run.papers[0].id;
    expect(
      (await tiku.post(`/api/v1/itembank/papers/${draftId}/prints`, { kind: 'paper', copies: 30 })).statusCode,
    ).toBe(409);
    await ok(tiku.post(`/api/v1/itembank/assemblies/${run.id}/publish`));
    const bad = await tiku.post(`/api/v1/itembank/papers/${draftId}/prints`, { kind: 'paper', copies: 0 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/份数/);
    await ok(
      tiku.post(`/api/v1/itembank/papers/${draftId}/prints`, { kind: 'paper', copies: 32, note: '含备用 2 份' }),
    );
    const res = await ok(tiku.post(`/api/v1/itembank/papers/${draftId}/prints`, { kind: 'answer_sheet', copies: 30 }));
    expect(res.items.map((p: { copies: number }) => p.copies).sort()).toEqual([30, 32]);
    const paper = await ok(tiku.get(`/api/v1/itembank/papers/${draftId}`));
    expect(paper.prints).toHaveLength(2);
    const [audit] = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'paper'), eq(auditLog.entityId, draftId), eq(auditLog.action, 'print')))
      .orderBy(auditLog.seq)
      .limit(1);
    expect(audit.after).toMatchObject({ copies: 32, document: '试卷' });
    // The expert may read the bank but not print (403 within the bank).
    const expert = await t.login('zhuanjia');
    expect(
      (await expert.post(`/api/v1/itembank/papers/${draftId}/prints`, { kind: 'paper', copies: 1 })).statusCode,
    ).toBe(403);
  });
});

describe('papers: images', () => {
  it('R-BANK-01/02: the printed paper draws the images of stems and options; the key leaves them out', async () => {
    const bank = await makeBank(t.database.db, { level: 2, occupationCode: await secondOtherOccupation() });
    const png = await sharp({ create: { width: 120, height: 60, channels: 3, background: '#3366cc' } })
      .png()
      .toBuffer();
    const up = await postFile(t, tiku, '/api/v1/files', '电路图.png', png, { purpose: 'item.image' });
    expect(up.statusCode, up.body).toBe(200);
    // Every version of the bank gets the image on its stem, so the paper surely has one.
    await t.database.db.execute(
      sql`update item_versions set content = jsonb_set(content, '{stemImageFileIds}', ${JSON.stringify([up.json().id])}::jsonb)
          where item_id in (select id from items where blueprint_id = ${bank.blueprintId})`,
    );
    const plan = await planOf(bank);
    const run = await ok(tiku.post(`/api/v1/itembank/plans/${plan.id}/assemblies`, { kind: 'fixed', seed: 11 }));
    const paperId = run.papers[0].id;
    const view = await ok(tiku.get(`/api/v1/itembank/papers/${paperId}`));
    expect(view.items[0].stemImageFileIds).toEqual([up.json().id]);
    const images = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Subtype \/Image/g) ?? []).length;
    const paperPdf = await tiku.get(`/api/v1/itembank/papers/${paperId}/pdf?kind=paper`);
    expect(paperPdf.statusCode).toBe(200);
    expect(images(paperPdf.rawPayload)).toBeGreaterThan(0);
    const keyPdf = await tiku.get(`/api/v1/itembank/papers/${paperId}/pdf?kind=key`);
    expect(images(keyPdf.rawPayload)).toBe(0);
  });
});

async function secondOtherOccupation() {
  const rows = await t.database.db.execute(
    sql`select code from occupations where edition = '2022' and code <> '6-31-01-03' order by code offset 1 limit 1`,
  );
  return (rows as unknown as { rows: { code: string }[] }).rows[0].code;
}

describe('itembank.reads (for the computer-based exam)', () => {
  it('R-BANK-02: the exam reads a published form without its key; the key is read apart and matches the paper', async () => {
    const { paperId } = await publishedPaper2(3);
    const form = (await publishedPaper(t.database.db, paperId))!;
    expect(form.items).toHaveLength(10);
    expect(JSON.stringify(form)).not.toMatch(/answer/);
    const key = (await publishedPaperKey(t.database.db, paperId))!;
    const view = await ok(tiku.get(`/api/v1/itembank/papers/${paperId}`));
    expect(key.map((k) => k.answer)).toEqual(view.items.map((i: { answer: string }) => i.answer));
    expect(form.items.map((i) => i.options.map((o) => o.text))).toEqual(
      view.items.map((i: { options: { text: string }[] }) => i.options.map((o) => o.text)),
    );
  });
});

async function publishedPaper2(level: number) {
  return publishedPaperFor(level, await secondOtherOccupation());
}
