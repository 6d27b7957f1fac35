import { describe, expect, it } from 'vitest';
import { rangeIdOf } from './assembly.testkit.js';
import { capacityReport } from './capacity.js';
import { checkForms, summarizeForms } from './checker.js';
import type { AssembledForm, FormConstraints, PoolItem } from './types.js';

/**
 * The independent checker finds each rule broken on hand-made forms (so a pass of the assembler's forms means
 * something), and the capacity report counts as its text says.
 */

const item = (i: number, over: Partial<PoolItem> = {}): PoolItem => ({
  versionId: `v${i}`,
  itemId: `i${i}`,
  pointId: `p${i}`,
  importance: 'X',
  rangeId: rangeIdOf(i % 2),
  type: i < 6 ? 'single' : 'truefalse',
  difficulty: ((i % 3) + 1) as 1 | 2 | 3,
  enemyKey: null,
  noShuffle: false,
  optionCount: i < 6 ? 4 : 0,
  ...over,
});

/** 12 items: v0…v5 single, v6…v11 true/false; ranges alternate; difficulties cycle 1, 2, 3. */
const pool: PoolItem[] = Array.from({ length: 12 }, (_, i) => item(i));

/** A form of 4 single + 2 true/false: two per difficulty, three per range. */
const plan: FormConstraints = {
  sections: [
    { type: 'single', count: 4, pointsEach: 2 },
    { type: 'truefalse', count: 2, pointsEach: 1 },
  ],
  ranges: [
    { rangeId: rangeIdOf(0), count: 3 },
    { rangeId: rangeIdOf(1), count: 3 },
  ],
  difficulty: { 1: 2, 2: 2, 3: 2 },
  minXPoints: 8,
  onePerPoint: true,
  maxOverlap: 0.5,
  maxExposure: 1,
  shuffleOptions: true,
};

const entry = (i: number, points = i < 6 ? 2 : 1, optionOrder: number[] | null = null) => ({
  versionId: `v${i}`,
  itemId: `i${i}`,
  points,
  optionOrder,
});
/** Single v0 v1 v2 v3 (d 1 2 3 1; ranges 0 1 0 1), true/false v7 v8 (d 2 3; ranges 1 0). */
const good = (): AssembledForm => ({ entries: [0, 1, 2, 3, 7, 8].map((i) => entry(i)) });
/** The rules a check finds broken, each once, sorted. */
const rules = (forms: AssembledForm[], p = pool, c = plan) =>
  [...new Set(checkForms(forms, p, c).map((v) => v.rule))].sort();

describe('independent checker', () => {
  it('R-BANK-02: a form that meets the plan passes', () => {
    expect(checkForms([good()], pool, plan)).toEqual([]);
  });

  it('R-BANK-02: finds unknown and repeated items, wrong points and a section out of order', () => {
    const unknown = good();
    unknown.entries[0] = { ...unknown.entries[0], versionId: 'nope' };
    expect(rules([unknown])).toContain('unknown_item');

    const twice = good();
    twice.entries[1] = entry(0);
    expect(rules([twice])).toContain('duplicate');

    const points = good();
    points.entries[0] = entry(0, 3);
    expect(rules([points])).toEqual(['points']);

    const order = good();
    order.entries = [order.entries[4], ...order.entries.slice(0, 4), order.entries[5]];
    expect(rules([order])).toContain('section');
  });

  it('R-BANK-02: finds counts per type, range and difficulty that differ from the plan, and X points short', () => {
    const form = good();
    form.entries[3] = entry(4); // single d 2, range 0 instead of d 1, range 1
    expect(rules([form])).toEqual(['difficulty', 'range']);
    const messages = checkForms([form], pool, plan, { labels: new Map([[rangeIdOf(1), '电工基础']]) }).map(
      (v) => v.message,
    );
    expect(messages).toContain('第 1 份：鉴定范围「电工基础」缺 1 题');
    expect(messages).toContain('第 1 份：难度「易」缺 1 题');

    const short = good();
    short.entries.pop();
    expect(rules([short])).toEqual(['difficulty', 'range', 'section']);

    const yItems = pool.map((p) => (['v0', 'v1'].includes(p.versionId) ? { ...p, importance: 'Y' as const } : p));
    expect(rules([good()], yItems)).toEqual(['x_points']);
  });

  it('R-BANK-02: finds two items on one 鉴定点, enemies together and a retaker’s earlier item', () => {
    const samePoint = pool.map((p) => (p.versionId === 'v1' ? { ...p, pointId: 'p0' } : p));
    expect(rules([good()], samePoint)).toEqual(['one_per_point']);
    expect(rules([good()], samePoint, { ...plan, onePerPoint: false })).toEqual([]);

    const enemies = pool.map((p) => (['v2', 'v7'].includes(p.versionId) ? { ...p, enemyKey: 'E' } : p));
    expect(rules([good()], enemies)).toEqual(['enemy']);

    const excluded = checkForms(
      [good(), good()],
      pool,
      { ...plan, maxOverlap: 1 },
      {
        excludedItemIds: new Map([[1, new Set(['i3'])]]),
      },
    );
    expect(excluded.map((v) => [v.form, v.rule])).toEqual([[1, 'excluded']]);
  });

  it('R-BANK-02: finds option orders that are not permutations, or shuffle what must keep its order', () => {
    const bad = good();
    bad.entries[0] = entry(0, 2, [0, 1, 1, 3]);
    expect(rules([bad])).toEqual(['option_order']);

    const shuffled = good();
    shuffled.entries[0] = entry(0, 2, [3, 2, 1, 0]);
    expect(rules([shuffled])).toEqual([]);
    const kept = pool.map((p) => (p.versionId === 'v0' ? { ...p, noShuffle: true } : p));
    expect(rules([shuffled], kept)).toEqual(['option_order']);
    expect(rules([shuffled], pool, { ...plan, shuffleOptions: false })).toEqual(['option_order']);
  });

  it('R-BANK-02: finds two forms sharing too many items and an item on too many forms', () => {
    const other: AssembledForm = { entries: [0, 1, 4, 5, 9, 10].map((i) => entry(i)) }; // shares v0, v1 with good()
    // Overlap cap ⌊0.2 × 6⌋ = 1 item in common.
    const overlap = checkForms([good(), other], pool, { ...plan, maxOverlap: 0.2, minXPoints: null }, {});
    expect(overlap.filter((v) => v.rule === 'overlap').map((v) => v.message)).toEqual([
      '第 1 份与第 2 份有 2 道相同的题，超过上限 1 道',
    ]);
    // Exposure cap max(1, ⌊0.5 × 2⌋) = 1 form per item: v0 and v1 are on two.
    const exposure = checkForms([good(), other], pool, { ...plan, maxExposure: 0.5, minXPoints: null }, {});
    expect(exposure.filter((v) => v.rule === 'exposure').map((v) => v.form)).toEqual([null, null]);
  });

  it('R-BANK-02: a share is taken as written: 29% of 100 forms is 29, not 28.999…', () => {
    const forms = Array.from({ length: 100 }, good);
    const found = checkForms(forms, pool, { ...plan, maxOverlap: 1, maxExposure: 0.29 });
    expect(found[0].message).toBe('试题 i0 出现在 100 份试卷中，超过上限 29 份');
  });

  it('R-BANK-02: the summary gives plan against result per cell, the largest overlap and exposure', () => {
    const other: AssembledForm = { entries: [0, 1, 4, 5, 9, 10].map((i) => entry(i)) };
    const summary = summarizeForms([good(), other], pool, plan);
    expect(summary.cells.find((c) => c.cell === 'type:single')).toMatchObject({ planned: 4, min: 4, max: 4 });
    expect(summary.cells.find((c) => c.cell === `range:${rangeIdOf(0)}`)).toMatchObject({ planned: 3, min: 3, max: 3 });
    expect(summary.cells.find((c) => c.cell === 'difficulty:2')).toMatchObject({ planned: 2, min: 2, max: 3 });
    expect(summary.cells.find((c) => c.cell === 'x_points')).toMatchObject({ planned: 8, min: 10, max: 10 });
    expect(summary.maxOverlap).toBeCloseTo(2 / 6);
    expect(summary.maxExposure).toBe(1);
  });
});

describe('capacity report', () => {
  it('R-BANK-02: each cell supports ⌊available × exposure cap / per form⌋ forms; the shortest comes first', () => {
    // 12 items for 4 single + 2 true/false: 6 single, 6 true/false; exposure cap ⌊0.5 × 10⌋ = 5.
    const report = capacityReport(pool, { ...plan, maxExposure: 0.5, onePerPoint: false }, 10);
    const cell = (key: string) => report.cells.find((c) => c.cell === key)!;
    expect(cell('type:single')).toMatchObject({ perForm: 4, available: 6, forms: 7, lacking: 2 });
    expect(cell('type:truefalse')).toMatchObject({ perForm: 2, available: 6, forms: 15, lacking: 0 });
    expect(cell('difficulty:1')).toMatchObject({ perForm: 2, available: 4, forms: 10 });
    expect(cell('x_points')).toMatchObject({ perForm: 8, available: 18, forms: 11 });
    expect(report.maxForms).toBe(7);
    expect(report.cells[0].cell).toBe('type:single');
    expect(report.short).toEqual([]);
  });

  it('R-BANK-02: with one item per 鉴定点, a range needs as many distinct points as items', () => {
    const fewPoints = pool.map((p) =>
      p.rangeId === rangeIdOf(0) ? { ...p, pointId: `q${(Number(p.versionId.slice(1)) / 2) % 2}` } : p,
    );
    const report = capacityReport(fewPoints, plan, 1);
    expect(report.maxForms).toBe(0);
    expect(report.short).toEqual([
      expect.objectContaining({ cell: `points:${rangeIdOf(0)}`, perForm: 3, available: 2, lacking: 1 }),
    ]);
  });

  it('R-BANK-02: marginals that do not add up to the form length make no form', () => {
    const report = capacityReport(pool, { ...plan, difficulty: { 1: 2, 2: 2, 3: 1 } }, 1);
    expect(report.maxForms).toBe(0);
    expect(report.short.map((c) => [c.cell, c.lacking])).toEqual([['sum:difficulty', 1]]);
  });
});
