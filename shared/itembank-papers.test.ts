import { describe, expect, it } from 'vitest';
import { shortCellText } from './itembank-papers.js';

describe('the capacity report in words', () => {
  it('R-BANK-02: a short cell says what it lacks in its own unit: items, 鉴定点 or points of X', () => {
    expect(shortCellText({ cell: 'range:r1', label: '鉴定范围「电工基础」', lacking: 4 })).toBe(
      '鉴定范围「电工基础」 缺 4 题',
    );
    expect(shortCellText({ cell: 'points:r1', label: '鉴定范围「电工基础」的鉴定点', lacking: 2 })).toBe(
      '鉴定范围「电工基础」的鉴定点 缺 2 个鉴定点',
    );
    expect(shortCellText({ cell: 'x_points', label: 'X 要素分值', lacking: 12 })).toBe('X 要素分值 缺 12 分');
    expect(
      shortCellText({ cell: 'sum:difficulty', label: '各难度题数合计 49 题，与题型题数合计 50 题不符', lacking: 1 }),
    ).toBe('各难度题数合计 49 题，与题型题数合计 50 题不符');
  });
});
