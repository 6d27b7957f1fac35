import { describe, expect, it } from 'vitest';
import { seededRandom } from './random.js';
import { drawCellTable } from './table.js';

describe('cell table', () => {
  it('R-BANK-02: the table meets every sum when only an exchange can reach an empty combination', () => {
    // Two ranges, one type: range 0 has only easy items, range 1 both grades; 2 + 2 items, 2 easy + 2 medium.
    // Cell index (r × 1 + 0) × 3 + d: range 0 easy = 0, range 1 easy = 3, range 1 medium = 4.
    const room = Int32Array.from([5, 0, 0, 5, 5, 0]);
    const supply = Float64Array.from([5, 0, 0, 500, 500, 0]); // range 1 is rich: its easy cell is drawn first often
    for (let seed = 0; seed < 200; seed++) {
      const quota = drawCellTable({
        shape: { ranges: 2, types: 1 },
        need: { range: [2, 2], type: [4], difficulty: [2, 2, 0] },
        room,
        supply,
        rangePoints: null,
        random: seededRandom(seed),
      });
      expect([...quota]).toEqual([2, 0, 0, 0, 2, 0]);
    }
  });

  it('R-BANK-02: a range never gets more items than it has free 鉴定点', () => {
    const quota = drawCellTable({
      shape: { ranges: 2, types: 1 },
      need: { range: [3, 1], type: [4], difficulty: [4, 0, 0] },
      room: Int32Array.from([5, 0, 0, 5, 0, 0]),
      supply: Float64Array.from([5, 0, 0, 5, 0, 0]),
      rangePoints: Int32Array.from([2, 5]),
      random: seededRandom(1),
    });
    expect(quota[0]).toBe(2);
    expect(quota[0] + quota[3]).toBe(3);
  });
});
