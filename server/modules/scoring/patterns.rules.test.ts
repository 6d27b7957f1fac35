import { describe, expect, it } from 'vitest';
import { analyseResponses, poissonTailLog10, type Respondent } from './patterns.rules.js';

/** A small deterministic generator (mulberry32), so the case is the same on every run. */
function rng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('identical answer patterns', () => {
  it('R-SCORE-01: the Poisson tail is right at known values', () => {
    expect(poissonTailLog10(1, 1)).toBeCloseTo(Math.log10(1 - Math.exp(-1)), 6);
    expect(poissonTailLog10(0, 3)).toBe(0);
    // P(X ≥ 10; λ = 1) = 1.1142e-7
    expect(poissonTailLog10(10, 1)).toBeCloseTo(Math.log10(1.1142e-7), 3);
  });

  it('R-SCORE-01: of 60 candidates answering independently, only the pair with identical papers is flagged', () => {
    const r = rng(2026);
    const items = Array.from({ length: 50 }, (_, i) => `v${i}`);
    const keys = new Map(items.map((v) => [v, { key: 'A', options: 4 }]));
    const people: Respondent[] = Array.from({ length: 60 }, (_, p) => {
      const ability = p === 3 ? 0.5 : 0.45 + r() * 0.4;
      const responses = new Map<string, string>();
      for (const v of items) if (r() < 0.97) responses.set(v, r() < ability ? 'A' : 'BCD'[Math.floor(r() * 3)]);
      return { applicationId: `a${String(p).padStart(2, '0')}`, score: 0, responses };
    });
    for (const p of people) p.score = [...p.responses.values()].filter((a) => a === 'A').length * 2;
    // a07 copies a03's paper (试卷雷同), right and wrong answers alike, on 40 of the 50 items.
    for (const [v, a] of [...people[3].responses].slice(0, 40)) people[7].responses.set(v, a);
    const { flags, items: stats } = analyseResponses(people, keys, { minShared: 6, exponent: 6 });
    expect(flags.map((f) => [f.applicationA, f.applicationB])).toEqual([['a03', 'a07']]);
    expect(flags[0].sharedWrong).toBeGreaterThanOrEqual(15);
    expect(flags[0].log10p).toBeLessThan(-6);
    expect(flags[0].expected).toBeLessThan(8);
    // Item statistics: every item has a difficulty between 0 and 1 and, with ability driving scores, a positive mean discrimination.
    expect(stats).toHaveLength(50);
    expect(stats.every((s) => s.difficulty >= 0 && s.difficulty <= 1 && s.answered > 50)).toBe(true);
    const meanDisc = stats.reduce((a, s) => a + (s.discrimination ?? 0), 0) / stats.length;
    expect(meanDisc).toBeGreaterThan(0.1);
  });

  it('R-SCORE-01: sharing right answers is no evidence; a pair below the minimum is not flagged', () => {
    const keys = new Map(Array.from({ length: 30 }, (_, i) => [`v${i}`, { key: 'A', options: 4 }]));
    const all = (id: string, wrongOn: number[]): Respondent => ({
      applicationId: id,
      score: 0,
      responses: new Map([...keys.keys()].map((v, i) => [v, wrongOn.includes(i) ? 'B' : 'A'])),
    });
    const people = [all('x', []), all('y', []), all('z', [1, 2, 3, 4, 5]), all('w', [1, 2, 3, 4, 5])];
    const { flags } = analyseResponses(people, keys, { minShared: 6, exponent: 6 });
    expect(flags).toEqual([]);
  });
});
