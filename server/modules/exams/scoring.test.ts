import { describe, expect, it } from 'vitest';
import { scoreItem, scorePaper, type KeyItem } from './scoring.rules.js';

const single: KeyItem = { no: 1, type: 'single', points: 2, answer: 'B' };
const multiple: KeyItem = { no: 2, type: 'multiple', points: 2, answer: 'ACD' };
const tf: KeyItem = { no: 3, type: 'truefalse', points: 1, answer: '错误' };

describe('scoring at submit', () => {
  it('R-EXAM-02: single choice and true/false score all or nothing', () => {
    expect(scoreItem(single, 'B', 'none')).toBe(2);
    expect(scoreItem(single, 'A', 'proportional')).toBe(0);
    expect(scoreItem(single, '', 'half')).toBe(0);
    expect(scoreItem(tf, 'F', 'none')).toBe(1);
    expect(scoreItem(tf, 'T', 'none')).toBe(0);
    expect(scoreItem({ ...tf, answer: '正确' }, 'T', 'none')).toBe(1);
  });

  it('R-EXAM-02: multiple choice with partial credit "none": only the exact set scores', () => {
    expect(scoreItem(multiple, 'ACD', 'none')).toBe(2);
    expect(scoreItem(multiple, 'AC', 'none')).toBe(0);
    expect(scoreItem(multiple, 'ABCD', 'none')).toBe(0);
  });

  it('R-EXAM-02: multiple choice with partial credit "half": a missing option gives half, a wrong one nothing', () => {
    expect(scoreItem(multiple, 'ACD', 'half')).toBe(2);
    expect(scoreItem(multiple, 'A', 'half')).toBe(1);
    expect(scoreItem(multiple, 'AB', 'half')).toBe(0);
  });

  it('R-EXAM-02: multiple choice with partial credit "proportional": the share of right options, a wrong one nothing', () => {
    expect(scoreItem(multiple, 'AC', 'proportional')).toBe(1.33);
    expect(scoreItem(multiple, 'D', 'proportional')).toBe(0.67);
    expect(scoreItem(multiple, 'ACDE', 'proportional')).toBe(0);
  });

  it('R-EXAM-02: a paper sums its items, unanswered items score 0', () => {
    const r = scorePaper(
      [single, multiple, tf],
      new Map([
        [1, 'B'],
        [2, 'AC'],
      ]),
      'half',
    );
    expect(r.score).toBe(3);
    expect(r.detail).toEqual([
      { no: 1, points: 2 },
      { no: 2, points: 1 },
      { no: 3, points: 0 },
    ]);
  });
});
