import { describe, expect, it } from 'vitest';
import { defaultScoringSettings as s, type MarkStep } from '../../../shared/scoring.js';
import {
  markProblems,
  markTotal,
  marksAgree,
  resolveSkill,
  type SheetTask,
  type SubmittedMark,
} from './marking.rules.js';

const sheet: SheetTask[] = [
  {
    points: 30,
    steps: [
      { points: 10, veto: false },
      { points: 20, veto: false },
      { points: 0, veto: true },
    ],
  },
  { points: 70, steps: [{ points: 70, veto: false }] },
];
const steps = (a: number, b: number, c: number, vetoFailed = false): MarkStep[] => [
  { task: 0, step: 0, points: a, vetoFailed: false },
  { task: 0, step: 1, points: b, vetoFailed: false },
  { task: 0, step: 2, points: 0, vetoFailed },
  { task: 1, step: 0, points: c, vetoFailed: false },
];
const mark = (examinerId: string, total: number, round = 1, st?: MarkStep[]): SubmittedMark => ({
  examinerId,
  round,
  total,
  steps: st ?? [{ task: 1, step: 0, points: total, vetoFailed: false }],
});

/** Totals-only marks (one step each): a step tolerance wide enough that the total tolerance decides. */
const tot = { ...s, toleranceStep: 20 };

describe('skill marking', () => {
  it('R-SCORE-01: the total is the steps given, a failed veto item cancels its task, overtime is deducted', () => {
    expect(markTotal(sheet, steps(8, 15, 60))).toBe(83);
    expect(markTotal(sheet, steps(8, 15, 60, true))).toBe(60);
    expect(markTotal(sheet, steps(8, 15, 60), 5)).toBe(78);
    expect(markTotal(sheet, steps(0, 0, 2), 5)).toBe(0);
  });

  it('R-SCORE-01: a task counts at its points in the paper (a 100-point sheet in a 50-point task counts half)', () => {
    const half = sheet.map((t) => ({ ...t, points: 50 }));
    // task 1: 23 of 30 → 38.33; task 2: 60 of 70 → 42.86
    expect(markTotal(half, steps(8, 15, 60))).toBe(81.19);
  });

  it('R-SCORE-01: a mark must cover every step once, within its 配分, veto only on a veto item', () => {
    expect(markProblems(sheet, steps(8, 15, 60))).toEqual([]);
    expect(markProblems(sheet, steps(11, 15, 60))).toEqual(['第 1 题第 1 项：得分 11 超过配分 10']);
    expect(markProblems(sheet, steps(8, 15, 60).slice(0, 3))).toEqual(['第 2 题第 1 项：尚未评分']);
    expect(markProblems(sheet, [...steps(8, 15, 60), { task: 0, step: 0, points: 1, vetoFailed: true }])).toEqual([
      '第 1 题第 1 项：不是否决项',
      '第 1 题第 1 项：重复评分',
    ]);
  });

  it('R-SCORE-01 2+1+1: two marks at the tolerance agree (mean); at tolerance + 1 a third examiner is called', () => {
    const at = resolveSkill({ marks: [mark('a', 70), mark('b', 75)], groupSize: 2, decision: null, settings: tot });
    expect(at).toEqual({ state: 'resolved', score: 72.5, how: 'mean' });
    const beyond = resolveSkill({ marks: [mark('a', 70), mark('b', 76)], groupSize: 2, decision: null, settings: tot });
    expect(beyond).toEqual({ state: 'third_needed' });
  });

  it('R-SCORE-01 2+1+1: a step apart by more than its tolerance calls the third even when the totals agree', () => {
    const a = mark('a', 83, 1, steps(8, 15, 60));
    const b = mark('b', 83, 1, steps(10, 17, 56));
    expect(marksAgree(a, b, s)).toBe(false);
    expect(resolveSkill({ marks: [a, b], groupSize: 2, decision: null, settings: s }).state).toBe('third_needed');
  });

  it('R-SCORE-01 2+1+1: the third agreeing with one ⇒ that pair; with neither ⇒ the leader decides', () => {
    const pair = resolveSkill({
      marks: [mark('a', 60), mark('b', 80), mark('c', 78, 3)],
      groupSize: 2,
      decision: null,
      settings: tot,
    });
    expect(pair).toEqual({ state: 'resolved', score: 79, how: 'third' });
    const none = [mark('a', 60), mark('b', 80), mark('c', 70, 3)];
    expect(resolveSkill({ marks: none, groupSize: 2, decision: null, settings: tot })).toEqual({
      state: 'leader_needed',
    });
    expect(resolveSkill({ marks: none, groupSize: 2, decision: 71, settings: tot })).toEqual({
      state: 'resolved',
      score: 71,
      how: 'leader',
    });
  });

  it('R-SCORE-01: until every examiner of the group has submitted, nothing is resolved', () => {
    expect(resolveSkill({ marks: [mark('a', 70)], groupSize: 2, decision: null, settings: s })).toEqual({
      state: 'waiting',
      submitted: 1,
      needed: 2,
    });
    expect(resolveSkill({ marks: [mark('a', 70)], groupSize: 1, decision: null, settings: s })).toEqual({
      state: 'resolved',
      score: 70,
      how: 'single',
    });
  });
});
