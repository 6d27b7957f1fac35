import { describe, expect, it } from 'vitest';
import { assemble } from './assembler.js';
import { benchPlan, generateBank, rangeIdOf } from './assembly.testkit.js';
import { capacityReport } from './capacity.js';
import { checkForms, summarizeForms } from './checker.js';
import type { FormConstraints, PoolItem } from './types.js';

const bank = (over: Partial<Parameters<typeof generateBank>[0]> = {}) =>
  generateBank({
    ranges: 4,
    points: 40,
    items: 800,
    x: 0.8,
    y: 0.15,
    single: 0.8,
    easy: 0.3,
    medium: 0.5,
    seed: 11,
    ...over,
  });

/** A plan of 20 items (16 single + 4 true/false) over the bank's 4 ranges. */
const smallPlan = (over: Partial<FormConstraints> = {}): FormConstraints => ({
  sections: [
    { type: 'single', count: 16, pointsEach: 2 },
    { type: 'truefalse', count: 4, pointsEach: 1 },
  ],
  ranges: [0, 1, 2, 3].map((r) => ({ rangeId: rangeIdOf(r), count: 5 })),
  difficulty: { 1: 6, 2: 10, 3: 4 },
  minXPoints: 24,
  onePerPoint: true,
  maxOverlap: 0.2,
  maxExposure: 0.3,
  shuffleOptions: true,
  ...over,
});

describe('assembler', () => {
  it('R-BANK-02: every form of a per-candidate assembly meets every constraint of the plan', () => {
    const pool = bank();
    const plan = smallPlan();
    const { forms, unmet } = assemble({ pool, constraints: plan, formCount: 60, seed: 1 });
    expect(unmet).toEqual([]);
    expect(forms).toHaveLength(60);
    expect(checkForms(forms, pool, plan)).toEqual([]);
    const summary = summarizeForms(forms, pool, plan);
    expect(summary.maxOverlap).toBeLessThanOrEqual(0.2);
    expect(summary.maxExposure).toBeLessThanOrEqual(0.3);
    for (const cell of summary.cells.filter((c) => c.cell !== 'x_points')) {
      expect([cell.cell, cell.min, cell.max]).toEqual([cell.cell, cell.planned, cell.planned]);
    }
    expect(summary.cells.find((c) => c.cell === 'x_points')!.min).toBeGreaterThanOrEqual(24);
  });

  it('R-BANK-02: the paper order is by section, then by range in the plan order', () => {
    const pool = bank();
    const plan = smallPlan();
    const byVersion = new Map(pool.map((p) => [p.versionId, p]));
    const [form] = assemble({ pool, constraints: plan, formCount: 1, seed: 3 }).forms;
    const items = form.entries.map((e) => byVersion.get(e.versionId)!);
    expect(items.slice(0, 16).every((i) => i.type === 'single')).toBe(true);
    expect(items.slice(16).every((i) => i.type === 'truefalse')).toBe(true);
    expect(form.entries.slice(0, 16).every((e) => e.points === 2)).toBe(true);
    const rangeRank = (i: PoolItem) => plan.ranges.findIndex((r) => r.rangeId === i.rangeId);
    for (const part of [items.slice(0, 16), items.slice(16)])
      expect(part.map(rangeRank)).toEqual(part.map(rangeRank).sort((a, b) => a - b));
  });

  it('R-BANK-02: an infeasible plan names its short cell and how many items it lacks', () => {
    // Range 3 keeps only 3 items; the plan needs 5 of it on every form.
    const pool = bank().filter((p, i) => p.rangeId !== rangeIdOf(3) || i < 3 * 4);
    expect(pool.filter((p) => p.rangeId === rangeIdOf(3))).toHaveLength(3);
    const plan = smallPlan();
    const labels = new Map([[rangeIdOf(3), '03 电工基础']]);

    const capacity = capacityReport(pool, plan, 10, labels);
    expect(capacity.maxForms).toBe(0);
    expect(capacity.short).toContainEqual(
      expect.objectContaining({ cell: `range:${rangeIdOf(3)}`, label: '鉴定范围「03 电工基础」', lacking: 2 }),
    );
    expect(capacity.cells[0].forms).toBe(0);

    const { forms, unmet } = assemble({ pool, constraints: plan, formCount: 2, seed: 1, labels });
    expect(unmet).toContainEqual(
      expect.objectContaining({
        form: 0,
        constraint: 'range',
        cell: `range:${rangeIdOf(3)}`,
        lacking: 2,
        message: '第 1 份：鉴定范围「03 电工基础」缺 2 题',
      }),
    );
    // What was built is returned, and the checker finds the same shortfalls.
    expect(forms[0].entries).toHaveLength(18);
    const found = checkForms(forms, pool, plan, { labels }).map((v) => `${v.form}:${v.rule}`);
    expect(new Set(found)).toEqual(new Set(unmet.map((u) => `${u.form}:${u.constraint}`)));
  });

  it("R-BANK-02: a retaker's earlier items never appear on its form", () => {
    const pool = bank();
    const plan = smallPlan();
    // Form 1's candidate saw a third of the bank (every third item).
    const seen = new Set(pool.filter((_, i) => i % 3 === 0).map((p) => p.itemId));
    const excludedItemIds = new Map([[1, seen]]);
    const { forms, unmet } = assemble({ pool, constraints: plan, formCount: 4, seed: 5, excludedItemIds });
    expect(unmet).toEqual([]);
    expect(forms[1].entries.filter((e) => seen.has(e.itemId))).toEqual([]);
    expect(checkForms(forms, pool, plan, { excludedItemIds })).toEqual([]);
    // The checker does catch it when a form holds one.
    const bad = forms.map((f) => ({ entries: f.entries.slice() }));
    bad[1].entries[0] = forms[0].entries.find((e) => seen.has(e.itemId))!;
    expect(checkForms(bad, pool, plan, { excludedItemIds }).map((v) => v.rule)).toContain('excluded');
  });

  it('R-BANK-02: enemy items never share a form', () => {
    const pool = bank({ enemies: 0.9 });
    const plan = smallPlan({ onePerPoint: false });
    const enemyOf = new Map(pool.map((p) => [p.versionId, p.enemyKey]));
    const { forms, unmet } = assemble({ pool, constraints: plan, formCount: 30, seed: 2 });
    expect(unmet).toEqual([]);
    for (const form of forms) {
      const keys = form.entries.map((e) => enemyOf.get(e.versionId)).filter((k) => k !== null);
      expect(new Set(keys).size).toBe(keys.length);
    }
    expect(checkForms(forms, pool, plan)).toEqual([]);
  });

  it('R-BANK-02: items flagged "do not shuffle" keep their option order; others get a permutation', () => {
    const pool = bank();
    const plan = smallPlan();
    const byVersion = new Map(pool.map((p) => [p.versionId, p]));
    const { forms } = assemble({ pool, constraints: plan, formCount: 20, seed: 9 });
    const entries = forms.flatMap((f) => f.entries);
    const kept = entries.filter((e) => byVersion.get(e.versionId)!.noShuffle);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.every((e) => e.optionOrder === null)).toBe(true);
    const shuffled = entries.filter(
      (e) => byVersion.get(e.versionId)!.optionCount > 1 && !byVersion.get(e.versionId)!.noShuffle,
    );
    for (const e of shuffled) expect([...e.optionOrder!].sort()).toEqual([0, 1, 2, 3]);
    expect(shuffled.some((e) => e.optionOrder!.join() !== '0,1,2,3')).toBe(true);
    // Without shuffling in the plan, nothing is shuffled.
    const plain = assemble({ pool, constraints: { ...plan, shuffleOptions: false }, formCount: 3, seed: 9 });
    expect(plain.forms.flatMap((f) => f.entries).every((e) => e.optionOrder === null)).toBe(true);
  });

  it('R-BANK-02: the same seed gives the same forms, another seed other forms', () => {
    const pool = bank();
    const plan = smallPlan();
    const run = (seed: number) => assemble({ pool, constraints: plan, formCount: 8, seed });
    expect(run(42)).toEqual(run(42));
    expect(run(43).forms).not.toEqual(run(42).forms);
  });

  it('R-BANK-02: overlap and exposure stay within the caps on the benchmark plan (100 forms)', () => {
    const pool = generateBank({
      ranges: 12,
      points: 250,
      items: 5000,
      x: 0.8,
      y: 0.15,
      single: 0.8,
      easy: 0.3,
      medium: 0.5,
      seed: 4,
    });
    const plan = benchPlan(pool, 12);
    const { forms, unmet } = assemble({ pool, constraints: plan, formCount: 100, seed: 1 });
    expect(unmet).toEqual([]);
    expect(checkForms(forms, pool, plan)).toEqual([]);
    const summary = summarizeForms(forms, pool, plan);
    expect(summary.maxOverlap).toBeLessThanOrEqual(0.1);
    expect(summary.maxExposure).toBeLessThanOrEqual(0.06);
  });

  it('R-BANK-02: when the exposure cap runs the pool dry, the later forms report what they lack', () => {
    // 30 items, 10 per form, each item on at most one form: three forms at most.
    const pool = bank({ items: 30, points: 30, ranges: 1, single: 1 });
    const plan: FormConstraints = {
      sections: [{ type: 'single', count: 10, pointsEach: 1 }],
      ranges: [{ rangeId: rangeIdOf(0), count: 10 }],
      difficulty: { 1: 3, 2: 5, 3: 2 },
      minXPoints: null,
      onePerPoint: false,
      maxOverlap: 1,
      maxExposure: 0,
      shuffleOptions: false,
    };
    const capacity = capacityReport(pool, plan, 4);
    const { forms, unmet } = assemble({ pool, constraints: plan, formCount: 4, seed: 1 });
    const lastFormShort = unmet.filter((u) => u.form === 3);
    expect(lastFormShort.map((u) => u.constraint)).toContain('section');
    expect(forms[3].entries.length).toBeLessThan(10);
    expect(capacity.maxForms).toBeLessThan(4);
    const found = checkForms(forms, pool, plan).map((v) => `${v.form}:${v.rule}`);
    expect(new Set(found)).toEqual(new Set(unmet.map((u) => `${u.form}:${u.constraint}`)));
  });
});
