/** What the table of one form is drawn from. */
export interface CellTableInput {
  shape: { ranges: number; types: number };
  need: { range: readonly number[]; type: readonly number[]; difficulty: readonly number[] };
  /** Items (or, one per 鉴定点, distinct points) the form may draw per cell. */
  room: Int32Array;
  /** Forms the cell's items may still serve under the exposure cap. */
  supply: Float64Array;
  /** Distinct free 鉴定点 per range when one item per point (a range never gets more), else null. */
  rangePoints: Int32Array | null;
  random: () => number;
}

/**
 * R-BANK-02, the first step of a form: how many items each cell (range × type × difficulty, cell index
 * (r × types + t) × 3 + d) gives. The plan sets only the sums per range, per type and per difficulty; the table
 * is drawn unit by unit, each unit to a cell with weight (remaining need of its range × of its type × of its
 * difficulty × the exposure its items have left × the share of its room still free), so that the cells with most
 * exposure left are spent first. When the remaining needs meet only full cells, an exchange moves a unit.
 */
export function drawCellTable(input: CellTableInput): Int32Array {
  const { room, supply, rangePoints, random } = input;
  const nR = input.shape.ranges;
  const nT = input.shape.types;
  const nCells = nR * nT * 3;
  const cellOf = (r: number, t: number, d: number) => (r * nT + t) * 3 + d;
  const rOf = new Int32Array(nCells);
  const tOf = new Int32Array(nCells);
  const dOf = new Int32Array(nCells);
  for (let c = 0; c < nCells; c++) {
    rOf[c] = Math.floor(c / (3 * nT));
    tOf[c] = Math.floor(c / 3) % nT;
    dOf[c] = c % 3;
  }
  const quota = new Int32Array(nCells);
  const left = Int32Array.from(room);
  const rLeft = Int32Array.from(input.need.range);
  if (rangePoints) for (let r = 0; r < nR; r++) rLeft[r] = Math.min(rLeft[r], rangePoints[r]);
  const tLeft = Int32Array.from(input.need.type);
  const dLeft = Int32Array.from(input.need.difficulty);
  const sum = (xs: Int32Array) => xs.reduce((a, b) => a + b, 0);
  let units = Math.min(sum(rLeft), sum(tLeft), sum(dLeft));
  const weights = new Float64Array(nCells);
  const take = (c: number, sign: 1 | -1) => {
    quota[c] += sign;
    left[c] -= sign;
    const d = c % 3;
    const t = Math.floor(c / 3) % nT;
    const r = Math.floor(c / (3 * nT));
    rLeft[r] -= sign;
    tLeft[t] -= sign;
    dLeft[d] -= sign;
  };
  while (units > 0) {
    let total = 0;
    for (let c = 0; c < nCells; c++) {
      const w = left[c] > 0 ? (rLeft[rOf[c]] * tLeft[tOf[c]] * dLeft[dOf[c]] * supply[c] * left[c]) / room[c] : 0;
      weights[c] = w;
      total += w;
    }
    if (total > 0) {
      let pick = random() * total;
      let c = 0;
      while (c < nCells - 1 && (weights[c] === 0 || pick >= weights[c])) {
        pick -= weights[c];
        c++;
      }
      take(c, 1);
      units--;
      continue;
    }
    if (!exchange()) break;
    units--;
  }
  return quota;

  /** Removes a unit of a used cell (a,b,c) and adds two that carry a needed (r,t,d) between them. */
  function exchange(): boolean {
    const has = (c: number, extra: number) => left[c] >= extra;
    for (let r = 0; r < nR; r++)
      for (let t = 0; t < nT; t++)
        for (let d = 0; d < 3; d++) {
          if (rLeft[r] <= 0 || tLeft[t] <= 0 || dLeft[d] <= 0) continue;
          for (let e = 0; e < nCells; e++) {
            if (quota[e] === 0) continue;
            const a = Math.floor(e / (3 * nT));
            const b = Math.floor(e / 3) % nT;
            const g = e % 3;
            const pairs: [number, number][] = [
              [cellOf(r, b, g), cellOf(a, t, d)],
              [cellOf(a, t, g), cellOf(r, b, d)],
              [cellOf(a, b, d), cellOf(r, t, g)],
            ];
            for (const [x, y] of pairs) {
              // After removing e, e has one more unit of room.
              const need = (c: number) => (c === x ? 1 : 0) + (c === y ? 1 : 0) - (c === e ? 1 : 0);
              if (!has(x, need(x)) || !has(y, need(y))) continue;
              take(e, -1);
              take(x, 1);
              take(y, 1);
              return true;
            }
          }
        }
    return false;
  }
}
