/**
 * Benchmark of the assembler (R-BANK-02, issue 11):
 *
 *   npm run bench:assembly                  the instance (seed 2026)
 *   npm run bench:assembly -- --seed=7      another bank of the same shape
 *
 * Generates a bank of 5,000 items (12 鉴定范围, 250 鉴定点, X/Y/Z ≈ 80/15/5 by point, 80% single choice and 20%
 * true/false, difficulty 易/中/难 ≈ 30/50/20) and the plan: 200 items (160 single + 40 true/false, 1 point
 * each), counts per 鉴定范围 in proportion to its points, difficulty 60/100/40, at least 160 X points, one item per
 * 鉴定点, overlap at most 10%, exposure at most 6%; then 1,000 per-candidate forms. Prints the capacity report, the
 * time per form and in total, the share of forms the independent checker passes, the largest pairwise overlap and
 * exposure.
 *
 * The machine is shared and noisy, so the time is also printed as a ratio to a floor measured in the same run: for
 * every form, drawing the same counts per cell (鉴定范围 × 题型 × difficulty) at random from the cell's items, with
 * no overlap, exposure, 鉴定点 or X-points rule, and writing the entries with their option orders. Each is run three
 * times, interleaved, and the medians compared.
 */
import { assemble } from '../server/modules/itembank/assembly/assembler.js';
import { benchPlan, generateBank } from '../server/modules/itembank/assembly/assembly.testkit.js';
import { capacityReport } from '../server/modules/itembank/assembly/capacity.js';
import { checkForms, summarizeForms } from '../server/modules/itembank/assembly/checker.js';
import { seededRandom, shuffleInPlace } from '../server/modules/itembank/assembly/random.js';
import type { AssembledForm, AssembleResult, PoolItem } from '../server/modules/itembank/assembly/types.js';

const FORMS = 1000;
const GOAL_MS = 20_000;
const seed = Number(process.argv.find((a) => a.startsWith('--seed='))?.slice(7) ?? 2026);

const pool = generateBank({
  ranges: 12,
  points: 250,
  items: 5000,
  x: 0.8,
  y: 0.15,
  single: 0.8,
  easy: 0.3,
  medium: 0.5,
  seed,
});
const plan = benchPlan(pool, 12);
const byVersion = new Map(pool.map((p) => [p.versionId, p]));
const cellKey = (p: PoolItem) => `${p.rangeId}|${p.type}|${p.difficulty}`;

/** The floor: each form's own counts per cell, drawn at random from the cell's items with no rule but the counts. */
function floor(result: AssembleResult, drawSeed: number): AssembledForm[] {
  const random = seededRandom(drawSeed);
  const cells = new Map<string, PoolItem[]>();
  for (const p of pool) {
    const list = cells.get(cellKey(p)) ?? [];
    list.push(p);
    cells.set(cellKey(p), list);
  }
  return result.forms.map((form) => {
    const counts = new Map<string, number>();
    for (const e of form.entries) {
      const key = cellKey(byVersion.get(e.versionId)!);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const entries: AssembledForm['entries'] = [];
    for (const [key, count] of counts) {
      const items = cells.get(key)!;
      for (let k = 0; k < count; k++) {
        const j = k + Math.floor(random() * (items.length - k));
        [items[k], items[j]] = [items[j], items[k]];
        const p = items[k];
        const optionOrder =
          p.optionCount > 1 && !p.noShuffle
            ? shuffleInPlace(
                Array.from({ length: p.optionCount }, (_, i) => i),
                random,
              )
            : null;
        entries.push({ versionId: p.versionId, itemId: p.itemId, points: 1, optionOrder });
      }
    }
    return { entries };
  });
}

const median = (xs: number[]) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x: number) => `${x.toFixed(0)} ms`;

let t = performance.now();
const capacity = capacityReport(pool, plan, FORMS);
const capacityMs = performance.now() - t;
const first = capacity.cells[0];
console.log(
  `bank: ${pool.length} items, 12 ranges, 250 points; plan: 200 items (160 single + 40 true/false), ` +
    `difficulty 60/100/40, ≥ 160 X points, one per point, overlap ≤ 10%, exposure ≤ 6%; ${FORMS} forms (seed ${seed})`,
);
console.log(
  `capacity report: ${ms(capacityMs)}; the pool supports ${capacity.maxForms} forms; first to run short: ` +
    `${first.cell} (${first.available} available, ${first.perForm} per form, ${first.forms} forms)`,
);

const assemblyTimes: number[] = [];
const floorTimes: number[] = [];
let result: AssembleResult | null = null;
for (let run = 0; run < 3; run++) {
  t = performance.now();
  result = assemble({ pool, constraints: plan, formCount: FORMS, seed: seed + run });
  assemblyTimes.push(performance.now() - t);
  t = performance.now();
  floor(result, seed + run);
  floorTimes.push(performance.now() - t);
  console.log(`run ${run + 1}: assembly ${ms(assemblyTimes[run])}, floor ${ms(floorTimes[run])}`);
}
const assembled = result!;

t = performance.now();
const violations = checkForms(assembled.forms, pool, plan);
const checkMs = performance.now() - t;
const failing = new Set(violations.filter((v) => v.form !== null).map((v) => v.form));
const across = violations.filter((v) => v.form === null);
const summary = summarizeForms(assembled.forms, pool, plan);
const assemblyMs = median(assemblyTimes);
const floorMs = median(floorTimes);

console.log('');
console.log(
  `assembly: ${ms(assemblyMs)} for ${FORMS} forms (median of 3), ${(assemblyMs / FORMS).toFixed(2)} ms per form ` +
    `(goal ≤ ${GOAL_MS / 1000} s: ${assemblyMs <= GOAL_MS ? 'met' : 'MISSED'})`,
);
console.log(
  `floor (same counts per cell drawn at random, no other rule): ${ms(floorMs)}; ratio ${(assemblyMs / floorMs).toFixed(1)}`,
);
console.log(
  `independent checker (${ms(checkMs)}): ${(((FORMS - failing.size) / FORMS) * 100).toFixed(1)}% of forms pass ` +
    `(goal 100%), ${across.length} violations across forms; unmet reported by the assembler: ${assembled.unmet.length}`,
);
console.log(
  `max pairwise overlap ${(summary.maxOverlap * 100).toFixed(1)}% (goal ≤ 10%), ` +
    `max exposure ${(summary.maxExposure * 100).toFixed(1)}% (goal ≤ 6%)`,
);
const x = summary.cells.find((c) => c.cell === 'x_points')!;
console.log(`X points per form: ${x.min}–${x.max} (plan ≥ ${x.planned})`);
