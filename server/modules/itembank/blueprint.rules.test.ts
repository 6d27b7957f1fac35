import { describe, expect, it } from 'vitest';
import {
  blueprintWarnings,
  importanceShares,
  isSelfOrDescendant,
  subtreeIds,
  type RuleNode,
} from './blueprint.rules.js';

const range = (id: string, parentId: string | null, weight: number): RuleNode => ({
  id,
  parentId,
  kind: 'range',
  code: id.toUpperCase(),
  name: `范围${id}`,
  weight,
  importance: null,
});
const point = (id: string, parentId: string, importance: 'X' | 'Y' | 'Z'): RuleNode => ({
  id,
  parentId,
  kind: 'point',
  code: id.toUpperCase(),
  name: `要素${id}`,
  weight: null,
  importance,
});
const settings = { minXShare: 0.8, maxZShare: 0.05, minItemsPerPoint: 4 };

/** 20 points under a, b (40/60): `x` X points, `z` Z points, the rest Y. */
function tree(x: number, z: number): RuleNode[] {
  const nodes = [range('a', null, 40), range('b', null, 60)];
  for (let i = 0; i < 20; i++) nodes.push(point(`p${i}`, i % 2 ? 'a' : 'b', i < x ? 'X' : i < x + z ? 'Z' : 'Y'));
  return nodes;
}
const enough = (nodes: RuleNode[]) => new Map(nodes.filter((n) => n.kind === 'point').map((n) => [n.id, 4]));

describe('blueprint rules (R-BANK-01)', () => {
  it('R-BANK-01: a blueprint meeting every check has no warning', () => {
    const nodes = tree(16, 1);
    expect(blueprintWarnings(nodes, enough(nodes), settings)).toEqual([]);
    expect(importanceShares(nodes)).toEqual({ X: 0.8, Y: 0.15, Z: 0.05 });
  });

  it('R-BANK-01: X share below the setting warns, naming the setting and its value', () => {
    const nodes = tree(15, 0);
    const w = blueprintWarnings(nodes, enough(nodes), settings);
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ check: 'x_share', setting: 'X 鉴定点最低占比：80%' });
    expect(w[0].message).toBe('X 类鉴定点占 75%，低于 80%');
    expect(blueprintWarnings(nodes, enough(nodes), { ...settings, minXShare: 0.75 })).toEqual([]);
  });

  it('R-BANK-01: Z share above the setting warns and lists the Z points', () => {
    const nodes = tree(16, 2);
    const w = blueprintWarnings(nodes, enough(nodes), settings);
    expect(w.map((x) => x.check)).toEqual(['z_share']);
    expect(w[0].codes).toEqual(['P16', 'P17']);
    expect(w[0].setting).toBe('Z 鉴定点最高占比：5%');
  });

  it('R-BANK-01: points with fewer active items than the setting are listed', () => {
    const nodes = tree(16, 1);
    const counts = enough(nodes);
    counts.set('p3', 3);
    counts.delete('p7');
    const w = blueprintWarnings(nodes, counts, settings);
    expect(w.map((x) => x.check)).toEqual(['items_per_point']);
    expect(w[0].codes).toEqual(['P3', 'P7']);
    expect(w[0].message).toBe('2 个鉴定点的启用试题少于 4 道：P3（3 道）、P7（0 道）');
    expect(w[0].setting).toBe('每个鉴定点最少启用试题数：4');
    expect(blueprintWarnings(nodes, counts, { ...settings, minItemsPerPoint: 3 }).map((x) => x.check)).toEqual([
      'items_per_point',
    ]);
    expect(blueprintWarnings(nodes, counts, { ...settings, minItemsPerPoint: 0 })).toEqual([]);
  });

  it('R-BANK-01: sibling weights must sum to 100, per parent', () => {
    const nodes = [
      range('a', null, 40),
      range('b', null, 50),
      range('aa', 'a', 60),
      range('ab', 'a', 40),
      range('ba', 'b', 99.5),
      point('p', 'aa', 'X'),
    ];
    const w = blueprintWarnings(nodes, new Map([['p', 9]]), settings).filter((x) => x.check === 'weight_sum');
    expect(w.map((x) => x.message)).toEqual([
      '第一级鉴定范围鉴定比重合计 90%，应为 100%',
      '“B 范围b”下的鉴定范围鉴定比重合计 99.5%，应为 100%',
    ]);
    expect(w[0].codes).toEqual(['A', 'B']);
  });

  it('R-BANK-01: a blueprint without points says so instead of computing shares', () => {
    const w = blueprintWarnings([range('a', null, 100)], new Map(), settings);
    expect(w.map((x) => x.check)).toEqual(['no_points']);
  });

  it('R-BANK-01: subtrees and circles of moves', () => {
    const nodes = [range('a', null, 100), range('aa', 'a', 100), point('p', 'aa', 'X'), range('b', null, 0)];
    expect(isSelfOrDescendant(nodes, 'p', 'a')).toBe(true);
    expect(isSelfOrDescendant(nodes, 'a', 'a')).toBe(true);
    expect(isSelfOrDescendant(nodes, 'b', 'a')).toBe(false);
    expect(subtreeIds(nodes, 'a').sort()).toEqual(['a', 'aa', 'p']);
  });
});
