import type { MarkStep } from '../../../shared/scoring.js';

/** A task of the scoring sheet as the total needs it: its points in the paper, and each step's 配分. */
export interface SheetTask {
  points: number;
  steps: { points: number }[];
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * The live total of a mark, the way the server counts it (server/modules/scoring/marking.rules.ts `markTotal`):
 * per task the steps' points scaled to the task's points in the paper, 0 when a veto item (否决项) failed; minus the
 * overtime deduction; ≥ 0; two decimals.
 */
export function markTotal(sheet: readonly SheetTask[], steps: readonly MarkStep[], overtimeDeduction = 0): number {
  let total = 0;
  sheet.forEach((task, ti) => {
    const mine = steps.filter((s) => s.task === ti);
    if (mine.some((s) => s.vetoFailed)) return;
    const raw = mine.reduce((a, s) => a + s.points, 0);
    const full = task.steps.reduce((a, s) => a + s.points, 0);
    total += full > 0 ? (raw * task.points) / full : 0;
  });
  return Math.max(0, round2(total - overtimeDeduction));
}

/** A task's own total before scaling and overtime: its steps' points, 0 when a veto item failed. */
export function taskRaw(ti: number, steps: readonly MarkStep[]): { raw: number; vetoed: boolean } {
  const mine = steps.filter((s) => s.task === ti);
  const vetoed = mine.some((s) => s.vetoFailed);
  return { raw: vetoed ? 0 : round2(mine.reduce((a, s) => a + s.points, 0)), vetoed };
}
