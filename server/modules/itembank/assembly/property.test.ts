import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Difficulty, Importance, ItemType } from '../../../../shared/itembank.js';
import { assemble } from './assembler.js';
import { rangeIdOf } from './assembly.testkit.js';
import { capacityReport } from './capacity.js';
import { checkForms } from './checker.js';
import type { FormConstraints, PoolItem } from './types.js';

/**
 * R-BANK-02 property: on random small banks and plans (feasible and not: short cells, marginals that do not add up,
 * tight overlap and exposure caps, enemies, retakers, items outside the plan's ranges), every form the assembler
 * returns passes the independent checker, or the (form, rule) pairs the assembler lists as unmet are exactly those
 * the checker finds — nothing broken silently, nothing reported falsely.
 */

const TYPES: ItemType[] = ['single', 'multiple', 'truefalse'];
const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);

const itemArb = fc.record({
  point: fc.integer({ min: 0, max: 19 }),
  type: pick(TYPES),
  difficulty: pick([1, 2, 3] as Difficulty[]),
  importance: pick(['X', 'X', 'X', 'Y', 'Z'] as Importance[]),
  enemy: fc.option(fc.integer({ min: 0, max: 40 }), { nil: null, freq: 2 }),
  noShuffle: fc.boolean(),
  options: fc.integer({ min: 2, max: 5 }),
  /** A second version of the same item, now and then. */
  twin: fc.integer({ min: 0, max: 9 }),
});

const instanceArb = fc.record({
  ranges: fc.integer({ min: 1, max: 3 }),
  items: fc.array(itemArb, { minLength: 20, maxLength: 120, size: 'max' }),
  /** Points of range `ranges` (one past the plan's) lie outside the plan. */
  outsideRange: fc.boolean(),
  sections: fc.array(
    fc.record({ type: pick(TYPES), count: fc.integer({ min: 1, max: 4 }), points: pick([1, 2, 0.5]) }),
    {
      minLength: 1,
      maxLength: 2,
    },
  ),
  rangeShares: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 4, maxLength: 4 }),
  rangeSlack: pick([0, 0, 0, 0, 0, 0, 0, 0, -1, 1]),
  difficultyShares: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 3, maxLength: 3 }),
  difficultySlack: pick([0, 0, 0, 0, 0, 0, 0, 0, -1, 1]),
  minX: fc.option(fc.integer({ min: 0, max: 5 }), { nil: null }),
  onePerPoint: fc.boolean(),
  maxOverlap: pick([0, 0.2, 0.5, 0.5, 1, 1, 1]),
  maxExposure: pick([0, 0.3, 0.5, 0.5, 1, 1, 1]),
  shuffleOptions: fc.boolean(),
  formCount: fc.integer({ min: 0, max: 8 }),
  retakers: fc.array(
    fc.record({ form: fc.integer({ min: 0, max: 7 }), items: fc.array(fc.nat(80), { maxLength: 20 }) }),
    {
      maxLength: 3,
    },
  ),
  seed: fc.integer(),
});

/** Splits `total` over shares (all zero: evenly), then moves it by `slack`. */
function split(total: number, shares: number[], slack: number): number[] {
  const sum = shares.reduce((a, b) => a + b, 0);
  const out = shares.map((s) => (sum ? Math.floor((total * s) / sum) : Math.floor(total / shares.length)));
  out[0] += total - out.reduce((a, b) => a + b, 0);
  out[0] = Math.max(0, out[0] + slack);
  return out;
}

describe('assembler property', () => {
  it('R-BANK-02: every form passes the independent checker, or unmet names exactly what the checker finds', () => {
    fc.assert(
      fc.property(instanceArb, (inst) => {
        const pool: PoolItem[] = inst.items.map((it, i) => {
          const range = it.point % (inst.ranges + (inst.outsideRange ? 1 : 0));
          const itemNo = it.twin === 0 && i > 0 ? i - 1 : i;
          return {
            versionId: `v${i}`,
            itemId: `i${itemNo}`,
            pointId: `p${it.point}`,
            importance: it.importance,
            rangeId:
              range < inst.ranges ? rangeIdOf(range) : range === inst.ranges && it.point % 2 ? null : rangeIdOf(9),
            type: it.type,
            difficulty: it.difficulty,
            enemyKey: it.enemy === null ? null : `E${it.enemy}`,
            noShuffle: it.noShuffle,
            optionCount: it.type === 'truefalse' ? 0 : it.options,
          };
        });
        const length = inst.sections.reduce((a, s) => a + s.count, 0);
        const rangeCounts = split(length, inst.rangeShares.slice(0, inst.ranges), inst.rangeSlack);
        const difficultyCounts = split(length, inst.difficultyShares, inst.difficultySlack);
        const constraints: FormConstraints = {
          sections: inst.sections.map((s) => ({ type: s.type, count: s.count, pointsEach: s.points })),
          ranges: rangeCounts.map((count, r) => ({ rangeId: rangeIdOf(r), count })),
          difficulty: { 1: difficultyCounts[0], 2: difficultyCounts[1], 3: difficultyCounts[2] },
          minXPoints: inst.minX,
          onePerPoint: inst.onePerPoint,
          maxOverlap: inst.maxOverlap,
          maxExposure: inst.maxExposure,
          shuffleOptions: inst.shuffleOptions,
        };
        const excludedItemIds = new Map(
          inst.retakers.map((r) => [r.form, new Set(r.items.map((i) => `i${i}`))] as const),
        );

        const result = assemble({ pool, constraints, formCount: inst.formCount, seed: inst.seed, excludedItemIds });
        expect(result.forms).toHaveLength(inst.formCount);
        const violations = checkForms(result.forms, pool, constraints, { excludedItemIds });
        const found = new Set(violations.map((v) => `${v.form}:${v.rule}`));
        const reported = new Set(result.unmet.map((u) => `${u.form}:${u.constraint}`));
        expect([...reported].sort()).toEqual([...found].sort());
        for (const u of result.unmet) expect(u.message).toMatch(/^第 \d+ 份：/);

        // The capacity report promises nothing the assembler then misses for want of items in a marginal.
        const capacity = capacityReport(pool, constraints, inst.formCount);
        if (capacity.short.length > 0 && inst.formCount > 0) expect(result.unmet.length).toBeGreaterThan(0);
      }),
      { numRuns: 120 },
    );
  });
});
