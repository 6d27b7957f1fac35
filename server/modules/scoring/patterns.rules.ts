// R-SCORE-01 (H 成绩管理 §5): identical answer patterns. After a computer-based sitting every pair of candidates is
// compared on the items both answered: the same WRONG answer is what copying leaves behind (two candidates who know
// the subject agree on right answers anyway). Under independence the chance that two candidates pick the same
// wrong option of an item is Σ over its wrong options of (share choosing it)²; the pair's expected count of shared
// wrong answers λ is that summed over their common items, and the observed count k is judged by the Poisson tail
// P(X ≥ k). A pair is flagged when k reaches a minimum and the tail is below 10^-exponent: the centre reviews the
// evidence; a flag changes no score. The same pass gives each item its difficulty p and discrimination
// (upper 27% minus lower 27% by score).

export interface Respondent {
  applicationId: string;
  score: number;
  /** Item version → the answer in the item's own keys ('AC', 'T'); unanswered items absent. */
  responses: Map<string, string>;
}

export interface PatternFlag {
  applicationA: string;
  applicationB: string;
  common: number;
  sharedWrong: number;
  sharedSame: number;
  expected: number;
  /** log10 of the Poisson tail probability. */
  log10p: number;
}

export interface ItemStat {
  versionId: string;
  answered: number;
  difficulty: number;
  discrimination: number | null;
}

/** log10 P(X ≥ k) for X ~ Poisson(λ), summed in log space (stable for large k). */
export function poissonTailLog10(k: number, lambda: number): number {
  if (k <= 0) return 0;
  if (lambda <= 0) return -Infinity;
  // log P(X = j) = -λ + j ln λ - ln j!; the tail from k is dominated by its first terms.
  let logTerm = -lambda + k * Math.log(lambda) - lnFactorial(k);
  let sum = logTerm;
  for (let j = k + 1; j < k + 200; j++) {
    logTerm += Math.log(lambda) - Math.log(j);
    const hi = Math.max(sum, logTerm);
    sum = hi + Math.log(Math.exp(sum - hi) + Math.exp(logTerm - hi));
    if (logTerm - sum < -40) break;
  }
  return Math.min(0, sum / Math.LN10);
}

function lnFactorial(n: number): number {
  let s = 0;
  for (let i = 2; i <= n; i++) s += Math.log(i);
  return s;
}

const round3 = (n: number) => Math.round(n * 1000) / 1000;

/** An item as the review needs it: its right answer (in the item's own keys) and how many options it has. */
export interface PatternItem {
  key: string;
  options: number;
}

/** Pseudo-counts of the prior (how many imagined respondents answer as the sitting does on average). */
const PRIOR = 2;

export function analyseResponses(
  people: readonly Respondent[],
  itemsOf: ReadonlyMap<string, PatternItem>,
  opts: { minShared: number; exponent: number },
): { flags: PatternFlag[]; items: ItemStat[] } {
  const versions = [...itemsOf.keys()];
  const index = new Map(versions.map((v, i) => [v, i]));
  // Dense rows for the pair loop: the answer code per item (0 unanswered), and whether it is right.
  const codes = new Map<string, number>();
  const codeOf = (a: string) => {
    let c = codes.get(a);
    if (c === undefined) codes.set(a, (c = codes.size + 1));
    return c;
  };
  let answeredAll = 0;
  let rightAll = 0;
  const rows = people.map((p) => {
    const ans = new Int32Array(versions.length);
    const right = new Uint8Array(versions.length);
    for (const [v, a] of p.responses) {
      const i = index.get(v);
      if (i === undefined) continue;
      ans[i] = codeOf(a);
      right[i] = a === itemsOf.get(v)!.key ? 1 : 0;
      answeredAll++;
      rightAll += right[i];
    }
    return { ans, right };
  });
  // Per item: respondents, and counts of each wrong answer. With per-candidate forms an item may have been seen by
  // few candidates: the chance of a shared wrong answer is estimated leaving the pair itself out, with a prior of
  // PRIOR imagined respondents spreading the sitting's wrong rate evenly over the item's wrong options.
  const pBar = answeredAll ? rightAll / answeredAll : 0.5;
  const n = new Int32Array(versions.length);
  const wrongCounts = versions.map(() => new Map<number, number>());
  const beta = new Float64Array(versions.length);
  const base = new Float64Array(versions.length);
  versions.forEach((v, k) => {
    const wrongOptions = Math.max(1, itemsOf.get(v)!.options - 1);
    beta[k] = (PRIOR * (1 - pBar)) / wrongOptions;
    for (const r of rows)
      if (r.ans[k]) {
        n[k]++;
        if (!r.right[k]) wrongCounts[k].set(r.ans[k], (wrongCounts[k].get(r.ans[k]) ?? 0) + 1);
      }
    let w = Math.max(0, wrongOptions - wrongCounts[k].size) * beta[k] ** 2;
    for (const c of wrongCounts[k].values()) w += (c + beta[k]) ** 2;
    base[k] = w;
  });
  const flags: PatternFlag[] = [];
  for (let i = 0; i < people.length; i++)
    for (let j = i + 1; j < people.length; j++) {
      const a = rows[i];
      const b = rows[j];
      let common = 0;
      let sharedWrong = 0;
      let sharedSame = 0;
      let lambda = 0;
      for (let k = 0; k < versions.length; k++) {
        const x = a.ans[k];
        const y = b.ans[k];
        if (!x || !y) continue;
        common++;
        if (x === y) {
          sharedSame++;
          if (!a.right[k]) sharedWrong++;
        }
        // q: the chance two independent candidates give the same wrong answer, the pair left out.
        let w = base[k];
        const counts = wrongCounts[k];
        const bk = beta[k];
        if (!a.right[k]) {
          const c = counts.get(x)!;
          const left = c - 1 - (x === y ? 1 : 0);
          w += (left + bk) ** 2 - (c + bk) ** 2;
        }
        if (!b.right[k] && x !== y) {
          const c = counts.get(y)!;
          w += (c - 1 + bk) ** 2 - (c + bk) ** 2;
        }
        lambda += w / (n[k] - 2 + PRIOR) ** 2;
      }
      if (sharedWrong < opts.minShared) continue;
      const log10p = poissonTailLog10(sharedWrong, lambda);
      if (log10p > -opts.exponent) continue;
      const [x, y] = [people[i].applicationId, people[j].applicationId].sort();
      flags.push({
        applicationA: x,
        applicationB: y,
        common,
        sharedWrong,
        sharedSame,
        expected: round3(lambda),
        log10p: Math.round(log10p * 10) / 10,
      });
    }
  flags.sort((a, b) => a.log10p - b.log10p);

  // Item statistics: p = share right among those who answered; discrimination = p(upper 27%) − p(lower 27%).
  const order = people.map((p, i) => ({ i, s: p.score })).sort((a, b) => b.s - a.s);
  const g = Math.floor(people.length * 0.27);
  const upper = new Set(order.slice(0, g).map((x) => x.i));
  const lower = new Set(order.slice(people.length - g).map((x) => x.i));
  const items: ItemStat[] = versions.map((v, k) => {
    let answered = 0;
    let right = 0;
    let up = 0;
    let lo = 0;
    rows.forEach((r, i) => {
      if (r.ans[k]) answered++;
      if (r.right[k]) {
        right++;
        if (upper.has(i)) up++;
        if (lower.has(i)) lo++;
      }
    });
    return {
      versionId: v,
      answered,
      difficulty: answered ? round3(right / answered) : 0,
      discrimination: g > 0 ? round3(up / g - lo / g) : null,
    };
  });
  return { flags, items };
}
