// R-SCORE-01 skill scoring as pure rules: an examiner's mark on the task's scoring sheet (评分记录表: steps with
// 配分, deductions, veto items that cancel the task, the overtime deduction), and 2+1+1: the group's marks agree
// within the tolerance ⇒ their mean; otherwise a third examiner marks and the agreeing pair counts; otherwise the
// group leader decides with a reason.
import type { MarkStep, ScoringSettings } from '../../../shared/scoring.js';

/**
 * A task of the sheet as marking needs it: its points in the paper, each step's 配分 and whether it is a veto item
 * (否决项). A task's steps are marked on the sheet's own 配分 and the task counts at its points in the paper (a
 * 100-point sheet in a 50-point task counts half).
 */
export interface SheetTask {
  points: number;
  steps: { points: number; veto: boolean }[];
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** The problems of a mark against the sheet, in Chinese (empty when it fits): every step once, points within 配分. */
export function markProblems(sheet: readonly SheetTask[], steps: readonly MarkStep[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const s of steps) {
    const task = sheet[s.task];
    const step = task?.steps[s.step];
    const where = `第 ${s.task + 1} 题第 ${s.step + 1} 项`;
    if (!step) out.push(`${where}：评分表中没有这一项`);
    else if (s.points > step.points) out.push(`${where}：得分 ${s.points} 超过配分 ${step.points}`);
    else if (s.vetoFailed && !step.veto) out.push(`${where}：不是否决项`);
    const key = `${s.task}:${s.step}`;
    if (seen.has(key)) out.push(`${where}：重复评分`);
    seen.add(key);
  }
  sheet.forEach((t, ti) =>
    t.steps.forEach((_, si) => {
      if (!seen.has(`${ti}:${si}`)) out.push(`第 ${ti + 1} 题第 ${si + 1} 项：尚未评分`);
    }),
  );
  return out;
}

/**
 * The total of a mark: per task the steps' points scaled to the task's points in the paper, 0 when a veto item
 * failed; minus the overtime deduction; ≥ 0.
 */
export function markTotal(sheet: readonly SheetTask[], steps: readonly MarkStep[], overtimeDeduction = 0): number {
  let total = 0;
  sheet.forEach((task, ti) => {
    const mine = steps.filter((s) => s.task === ti);
    // A failed veto item (否决项) cancels the task's score.
    if (mine.some((s) => s.vetoFailed)) return;
    const raw = mine.reduce((a, s) => a + s.points, 0);
    const full = task.steps.reduce((a, s) => a + s.points, 0);
    total += full > 0 ? (raw * task.points) / full : 0;
  });
  return Math.max(0, round2(total - overtimeDeduction));
}

export interface SubmittedMark {
  examinerId: string;
  round: number;
  total: number;
  steps: readonly MarkStep[];
}

/** 2+1+1: two marks agree when their totals differ by no more than the tolerance and so does every step. */
export function marksAgree(
  a: Pick<SubmittedMark, 'total' | 'steps'>,
  b: Pick<SubmittedMark, 'total' | 'steps'>,
  s: Pick<ScoringSettings, 'toleranceTotal' | 'toleranceStep'>,
): boolean {
  if (Math.abs(a.total - b.total) > s.toleranceTotal + 1e-9) return false;
  const other = new Map(b.steps.map((x) => [`${x.task}:${x.step}`, x.points]));
  return a.steps.every((x) => Math.abs(x.points - (other.get(`${x.task}:${x.step}`) ?? 0)) <= s.toleranceStep + 1e-9);
}

export type SkillResolution =
  | { state: 'waiting'; submitted: number; needed: number }
  | { state: 'third_needed' }
  | { state: 'leader_needed' }
  | { state: 'resolved'; score: number; how: 'mean' | 'third' | 'leader' | 'single' };

/**
 * The part's score from the marks submitted so far. `groupSize`: how many examiners of the group mark (round 1).
 * The first-round marks all agreeing pairwise ⇒ their mean. Otherwise the third examiner's mark (round 3) and the
 * first-round mark closest to it that agrees with it ⇒ the mean of that pair; none agrees ⇒ the leader's decision.
 */
export function resolveSkill(input: {
  marks: readonly SubmittedMark[];
  groupSize: number;
  decision: number | null;
  settings: Pick<ScoringSettings, 'toleranceTotal' | 'toleranceStep'>;
}): SkillResolution {
  const firsts = input.marks.filter((m) => m.round === 1);
  const needed = Math.max(1, input.groupSize);
  if (firsts.length < needed) return { state: 'waiting', submitted: firsts.length, needed };
  if (firsts.length === 1) return { state: 'resolved', score: firsts[0].total, how: 'single' };
  const allAgree = firsts.every((a, i) => firsts.every((b, j) => j <= i || marksAgree(a, b, input.settings)));
  if (allAgree)
    return { state: 'resolved', score: round2(firsts.reduce((a, m) => a + m.total, 0) / firsts.length), how: 'mean' };
  const third = input.marks.find((m) => m.round === 3);
  if (!third) return { state: 'third_needed' };
  const agreeing = firsts
    .filter((m) => marksAgree(m, third, input.settings))
    .sort((a, b) => Math.abs(a.total - third.total) - Math.abs(b.total - third.total));
  if (agreeing.length) return { state: 'resolved', score: round2((agreeing[0].total + third.total) / 2), how: 'third' };
  if (input.decision !== null) return { state: 'resolved', score: input.decision, how: 'leader' };
  return { state: 'leader_needed' };
}
