import { describe, expect, it } from 'vitest';
import { examinerMayExamineLevel } from '../../people/people.rules.js';
import { gradeMayExamine, roomKindNeeded } from './checker.js';
import { roomKindOf, type ArrangementSitting, type RoomKind } from './types.js';
import { sittingOf } from './solver.testkit.js';

describe('the checker states its own rules', () => {
  it("R-ARR-05: the checker's grade × level rule (R-PPL-05) agrees with the one the solver uses, on every grade and level", () => {
    const levels = [-1, 0, 1, 2, 3, 4, 5, 6, 2.5];
    let compared = 0;
    for (const grade of ['standard', 'senior'] as const)
      for (const level of levels) {
        expect(gradeMayExamine(grade, level), `${grade} × ${level}`).toBe(examinerMayExamineLevel(grade, level));
        compared++;
      }
    expect(compared).toBe(18);
    // The rule itself (SPEC R-PPL-05): standard examines 5–3, senior every level.
    expect([1, 2, 3, 4, 5].filter((l) => gradeMayExamine('standard', l))).toEqual([3, 4, 5]);
    expect([1, 2, 3, 4, 5].filter((l) => gradeMayExamine('senior', l))).toEqual([1, 2, 3, 4, 5]);
  });

  it("R-ARR-01: the checker's room kind of a sitting agrees with the solver's, for every sitting kind and setup", () => {
    let compared = 0;
    for (const kind of ['theory', 'skill'] as const)
      for (const roomKind of [undefined, 'theory', 'computer', 'skill'] as (RoomKind | undefined)[]) {
        const s: ArrangementSitting = sittingOf({ id: `${kind}-${roomKind}`, kind, ...(roomKind ? { roomKind } : {}) });
        expect(roomKindNeeded(s), s.id).toBe(roomKindOf(s));
        compared++;
      }
    expect(compared).toBe(8);
    expect(roomKindNeeded(sittingOf({ id: 'x', kind: 'theory' }))).toBe('theory');
    expect(roomKindNeeded(sittingOf({ id: 'y', kind: 'skill' }))).toBe('skill');
  });
});
