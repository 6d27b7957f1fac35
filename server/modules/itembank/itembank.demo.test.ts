import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditLog,
  blueprintNodes,
  blueprints,
  custodyDuties,
  documentTransfers,
  itemVersions,
  experts,
  items,
  occupations,
  persons,
  users,
} from '../../db/schema/index.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { itemContent } from '../../../shared/itembank.js';
import { seedDemoItemBank } from './itembank.demo.js';
import { contentHash, contentIssues, skillPointsTotal } from './items.rules.js';

/** The demo bank (R-BANK-01…03): what the demo server's first start seeds, on a test database. */

let t: TestApp;
let theoryId = '';
let skillId = '';
let cncTheoryId = '';
let cncSkillId = '';
let authorId = '';
let reviewerId = '';

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  await seedDemoItemBank(db);
  const bps = await db
    .select({ id: blueprints.id, part: blueprints.part, code: occupations.code })
    .from(blueprints)
    .innerJoin(occupations, eq(occupations.id, blueprints.occupationId));
  const find = (code: string, part: string) => bps.find((b) => b.code === code && b.part === part)!.id;
  theoryId = find('6-31-01-03', 'theory');
  skillId = find('6-31-01-03', 'skill');
  cncTheoryId = find('6-20-03-01', 'theory');
  cncSkillId = find('6-20-03-01', 'skill');
  const people = await db
    .select()
    .from(users)
    .where(inArray(users.username, ['zhuanjia', 'zhuanjia2']));
  authorId = people.find((u) => u.username === 'zhuanjia')!.id;
  reviewerId = people.find((u) => u.username === 'zhuanjia2')!.id;
}, 120_000);
afterAll(async () => t.close());

const nodesOf = (id: string) => t.database.db.select().from(blueprintNodes).where(eq(blueprintNodes.blueprintId, id));
const itemsOf = (id: string) =>
  t.database.db
    .select({ item: items, version: itemVersions })
    .from(items)
    .innerJoin(itemVersions, eq(itemVersions.id, items.currentVersionId))
    .where(eq(items.blueprintId, id));

describe('R-BANK-01: the demo bank of 电工 四级', () => {
  it('R-BANK-01: the theory blueprint has 8 鉴定范围 weighing 100 and 60 鉴定点 (X 48, Y 9, Z 3); X share ≥ 80%', async () => {
    const nodes = await nodesOf(theoryId);
    const ranges = nodes.filter((n) => n.kind === 'range');
    const points = nodes.filter((n) => n.kind === 'point');
    expect(ranges).toHaveLength(8);
    expect(ranges.reduce((s, r) => s + Number(r.weight), 0)).toBe(100);
    expect(points).toHaveLength(60);
    const count = (imp: string) => points.filter((p) => p.importance === imp).length;
    expect([count('X'), count('Y'), count('Z')]).toEqual([48, 9, 3]);
    expect(count('X') / points.length).toBeGreaterThanOrEqual(0.8);
    for (const p of points) expect(ranges.map((r) => r.id)).toContain(p.parentId);
  });

  it('R-BANK-01: 14 active items per 鉴定点 (8 single, 3 multiple, 3 true/false), difficulty about 30/50/20', async () => {
    const rows = await itemsOf(theoryId);
    const active = rows.filter((r) => r.item.state === 'active');
    expect(active).toHaveLength(840);
    const byPoint = new Map<string, typeof active>();
    for (const r of active) byPoint.set(r.item.pointId, [...(byPoint.get(r.item.pointId) ?? []), r]);
    expect(byPoint.size).toBe(60);
    for (const list of byPoint.values()) {
      expect(list.length).toBeGreaterThanOrEqual(4);
      const types = (ty: string) => list.filter((r) => r.item.type === ty).length;
      expect([types('single'), types('multiple'), types('truefalse')]).toEqual([8, 3, 3]);
    }
    const share = (d: number) => active.filter((r) => r.version.difficulty === d).length / active.length;
    expect(share(1)).toBeCloseTo(0.3, 1);
    expect(share(2)).toBeCloseTo(0.5, 1);
    expect(share(3)).toBeCloseTo(0.2, 1);
    // No two active items of the bank read the same (stem and options).
    const texts = active.map((r) => JSON.stringify(r.version.content));
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('R-BANK-01: every item passes itemContent and the content checks; versions hashed; authored and reviewed by two experts', async () => {
    const rows = [...(await itemsOf(theoryId)), ...(await itemsOf(skillId))];
    for (const { item, version } of rows) {
      const parsed = itemContent.safeParse(version.content);
      expect(parsed.success, `${item.code}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
      expect(contentIssues(parsed.data!), item.code).toEqual([]);
      expect(version.contentHash).toBe(contentHash(parsed.data!, version.difficulty, version.noShuffle));
      expect(version.version).toBe(1);
      expect(item.type).toBe(version.content.type);
      expect(item.authorId).toBe(authorId);
      if (item.state === 'draft') expect(item.reviewerId).toBeNull();
      else expect(item.reviewerId).toBe(reviewerId);
    }
  });

  it('R-BANK-01: drafts waiting for review, one retired item, one pair of enemy items', async () => {
    const rows = await itemsOf(theoryId);
    expect(rows.filter((r) => r.item.state === 'draft').length).toBeGreaterThanOrEqual(2);
    expect(rows.filter((r) => r.item.state === 'retired')).toHaveLength(1);
    const enemies = rows.filter((r) => r.item.enemyKey);
    expect(enemies).toHaveLength(2);
    expect(enemies[0].item.enemyKey).toBe(enemies[1].item.enemyKey);
    expect(enemies[0].item.pointId).not.toBe(enemies[1].item.pointId);
  });

  it('R-BANK-01: the skill blueprint has three active skill tasks, each scoring 100 with one veto item', async () => {
    const nodes = await nodesOf(skillId);
    expect(nodes.filter((n) => n.kind === 'range').reduce((s, r) => s + Number(r.weight), 0)).toBe(100);
    const rows = await itemsOf(skillId);
    expect(rows.filter((r) => r.item.state === 'active' && r.item.type === 'skill')).toHaveLength(3);
    for (const { version } of rows) {
      const c = itemContent.parse(version.content);
      expect(skillPointsTotal(c)).toBe(100);
      if (c.type === 'skill') {
        expect(c.steps.filter((s) => s.veto)).toHaveLength(1);
        expect(c.timeLimitMinutes).toBeGreaterThan(0);
        expect(c.overtimeRule).not.toBe('');
        expect(c.materials.length && c.equipment.length).toBeTruthy();
      }
    }
  });

  it('R-BANK-03: the demo has two duty records (two different keepers each) and two hand-overs with a leader', async () => {
    const duties = await t.database.db.select().from(custodyDuties);
    expect(duties).toHaveLength(2);
    for (const d of duties) expect(d.keeper1).not.toBe(d.keeper2);
    const transfers = await t.database.db.select().from(documentTransfers);
    expect(transfers).toHaveLength(2);
    for (const x of transfers) {
      expect(x.leader).not.toBe('');
      expect(x.keeper).not.toBe(x.receiver);
    }
  });

  it('R-AUD-01: one seed audit row per blueprint; seeding again changes nothing', async () => {
    const rows = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'blueprint'), eq(auditLog.action, 'seed')));
    const all = await t.database.db.select({ id: blueprints.id }).from(blueprints);
    expect(all).toHaveLength(6);
    expect(rows.map((r) => r.entityId).sort()).toEqual(all.map((b) => b.id).sort());
    await seedDemoItemBank(t.database.db);
    expect(await t.database.db.select().from(blueprints)).toHaveLength(6);
    expect((await itemsOf(theoryId)).length).toBe(844);
  });
});

describe('R-BANK-01: the demo bank of 数控机床装调维修工 四级 (the exam-tomorrow batch)', () => {
  it('R-BANK-01: the theory blueprint has 8 鉴定范围 weighing 100 and 43 鉴定点; X share ≥ 80%, Z ≤ 5%', async () => {
    const nodes = await nodesOf(cncTheoryId);
    const ranges = nodes.filter((n) => n.kind === 'range');
    const points = nodes.filter((n) => n.kind === 'point');
    expect(ranges).toHaveLength(8);
    expect(ranges.reduce((s, r) => s + Number(r.weight), 0)).toBe(100);
    expect(ranges.map((r) => r.name)).toContain('数控机床结构与原理');
    expect(points).toHaveLength(43);
    const share = (imp: string) => points.filter((p) => p.importance === imp).length / points.length;
    expect(share('X')).toBeGreaterThanOrEqual(0.8);
    expect(share('Z')).toBeLessThanOrEqual(0.05);
    for (const p of points) expect(ranges.map((r) => r.id)).toContain(p.parentId);
  });

  it('R-BANK-01: 14 active items on every 鉴定点 (8 single, 3 multiple, 3 true/false), all distinct', async () => {
    const rows = await itemsOf(cncTheoryId);
    expect(rows.every((r) => r.item.state === 'active')).toBe(true);
    expect(rows).toHaveLength(602);
    const byPoint = new Map<string, typeof rows>();
    for (const r of rows) byPoint.set(r.item.pointId, [...(byPoint.get(r.item.pointId) ?? []), r]);
    expect(byPoint.size).toBe(43);
    for (const list of byPoint.values()) {
      expect(list.length).toBeGreaterThanOrEqual(4);
      const types = (ty: string) => list.filter((r) => r.item.type === ty).length;
      expect([types('single'), types('multiple'), types('truefalse')]).toEqual([8, 3, 3]);
    }
    for (const d of [1, 2, 3]) expect(rows.some((r) => r.version.difficulty === d)).toBe(true);
    const texts = rows.map((r) => JSON.stringify(r.version.content));
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('R-BANK-01: every item passes itemContent and the content checks, hashed; two skill tasks scoring 100 with a veto', async () => {
    const rows = [...(await itemsOf(cncTheoryId)), ...(await itemsOf(cncSkillId))];
    for (const { item, version } of rows) {
      const parsed = itemContent.safeParse(version.content);
      expect(parsed.success, `${item.code}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
      expect(contentIssues(parsed.data!), item.code).toEqual([]);
      expect(version.contentHash).toBe(contentHash(parsed.data!, version.difficulty, version.noShuffle));
      expect(item.authorId).toBe(authorId);
      expect(item.reviewerId).toBe(reviewerId);
    }
    const tasks = (await itemsOf(cncSkillId)).map((r) => itemContent.parse(r.version.content));
    expect(tasks).toHaveLength(2);
    for (const c of tasks) {
      expect(skillPointsTotal(c)).toBe(100);
      if (c.type === 'skill') expect(c.steps.filter((s) => s.veto)).toHaveLength(1);
    }
  });

  it('R-PPL-07: its author and reviewer are experts of 数控机床装调维修工 (demo server path only)', async () => {
    const rows = await t.database.db
      .select({ username: users.username, code: experts.occupationCode })
      .from(experts)
      .innerJoin(persons, eq(persons.id, experts.personId))
      .innerJoin(users, eq(users.id, persons.userId))
      .where(eq(experts.occupationCode, '6-20-03-01'));
    expect(rows.map((r) => r.username).sort()).toEqual(['zhuanjia', 'zhuanjia2']);
  });
});

describe('R-BANK-01: small demo banks of the other demo batches (计算机程序设计员, 保育师 四级)', () => {
  it('R-BANK-01: 5 鉴定范围 weighing 100, 20 鉴定点 (X ≥ 80%, Z ≤ 5%), 6 draft items each by the bank admin, none reviewed', async () => {
    const db = t.database.db;
    const [tiku] = await db.select().from(users).where(eq(users.username, 'tiku'));
    for (const code of ['4-04-05-01', '4-10-01-03']) {
      const [bp] = await db
        .select({ id: blueprints.id, part: blueprints.part, level: blueprints.level })
        .from(blueprints)
        .innerJoin(occupations, eq(occupations.id, blueprints.occupationId))
        .where(eq(occupations.code, code));
      expect([bp.part, bp.level]).toEqual(['theory', 4]);
      const nodes = await nodesOf(bp.id);
      const ranges = nodes.filter((n) => n.kind === 'range');
      const points = nodes.filter((n) => n.kind === 'point');
      expect(ranges).toHaveLength(5);
      expect(ranges.reduce((s, r) => s + Number(r.weight), 0)).toBe(100);
      expect(points).toHaveLength(20);
      const share = (imp: string) => points.filter((p) => p.importance === imp).length / points.length;
      expect(share('X')).toBeGreaterThanOrEqual(0.8);
      expect(share('Z')).toBeLessThanOrEqual(0.05);
      const rows = await itemsOf(bp.id);
      expect(rows).toHaveLength(120);
      for (const { item, version } of rows) {
        expect(item.state).toBe('draft');
        expect(item.authorId).toBe(tiku.id);
        expect(item.reviewerId).toBeNull();
        const parsed = itemContent.safeParse(version.content);
        expect(parsed.success, item.code).toBe(true);
        expect(contentIssues(parsed.data!), item.code).toEqual([]);
      }
      const texts = rows.map((r) => JSON.stringify(r.version.content));
      expect(new Set(texts).size).toBe(texts.length);
    }
  });
});
