import type { Difficulty, Importance, ItemType } from '../../../../shared/itembank.js';
import { seededRandom } from './random.js';
import type { FormConstraints, PoolItem } from './types.js';

/** Builders of pools and plans for the assembler's tests and its benchmark (no database). */

export interface BankShape {
  ranges: number;
  points: number;
  items: number;
  /** Shares of X and Y 鉴定点 (the rest are Z). */
  x: number;
  y: number;
  /** Share of single-choice items (the rest are true/false). */
  single: number;
  /** Shares of difficulty 易 and 中 (the rest are 难). */
  easy: number;
  medium: number;
  /** Share of items with an enemy key (shared with one other item). */
  enemies?: number;
  seed: number;
}

export const rangeIdOf = (r: number) => `00000000-0000-4000-8000-${String(r).padStart(12, '0')}`;

/** A bank: points spread over the ranges round-robin, items spread over the points round-robin. */
export function generateBank(shape: BankShape): PoolItem[] {
  const random = seededRandom(shape.seed);
  const importanceOf: Importance[] = [];
  for (let p = 0; p < shape.points; p++) {
    const u = (p * 0.6180339887) % 1; // an even spread of the shares over the points
    importanceOf.push(u < shape.x ? 'X' : u < shape.x + shape.y ? 'Y' : 'Z');
  }
  const pool: PoolItem[] = [];
  for (let i = 0; i < shape.items; i++) {
    const p = i % shape.points;
    const type: ItemType = random() < shape.single ? 'single' : 'truefalse';
    const u = random();
    const difficulty: Difficulty = u < shape.easy ? 1 : u < shape.easy + shape.medium ? 2 : 3;
    const enemy = shape.enemies && random() < shape.enemies ? `E${Math.floor(i / 2)}` : null;
    pool.push({
      versionId: `v${i}`,
      itemId: `i${i}`,
      pointId: `p${p}`,
      importance: importanceOf[p],
      rangeId: rangeIdOf(p % shape.ranges),
      type,
      difficulty,
      enemyKey: enemy,
      noShuffle: type === 'single' && random() < 0.1,
      optionCount: type === 'single' ? 4 : 0,
    });
  }
  return pool;
}

/** Splits `total` over weights by largest remainders. */
export function apportion(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const out = exact.map(Math.floor);
  const order = exact.map((e, i) => [e - Math.floor(e), i]).sort((a, b) => b[0] - a[0]);
  const missing = total - out.reduce((a, b) => a + b, 0);
  for (let k = 0; k < missing; k++) out[order[k][1]]++;
  return out;
}

/** The plan of the benchmark, scaled: counts per range in proportion to the range's points. */
export function benchPlan(pool: readonly PoolItem[], ranges: number, over: Partial<FormConstraints> = {}) {
  const pointsPerRange = Array.from(
    { length: ranges },
    (_, r) => new Set(pool.filter((p) => p.rangeId === rangeIdOf(r)).map((p) => p.pointId)).size,
  );
  const counts = apportion(200, pointsPerRange);
  const plan: FormConstraints = {
    sections: [
      { type: 'single', count: 160, pointsEach: 1 },
      { type: 'truefalse', count: 40, pointsEach: 1 },
    ],
    ranges: counts.map((count, r) => ({ rangeId: rangeIdOf(r), count })),
    difficulty: { 1: 60, 2: 100, 3: 40 },
    minXPoints: 160,
    onePerPoint: true,
    maxOverlap: 0.1,
    maxExposure: 0.06,
    shuffleOptions: true,
    ...over,
  };
  return plan;
}
