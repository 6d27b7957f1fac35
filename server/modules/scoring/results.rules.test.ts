import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultScoringSettings as s, type ScorePart } from '../../../shared/scoring.js';
import { banUntil, carryValid, computeResult, requiredParts, type PartInput } from './results.rules.js';

const scored = (part: ScorePart, score: number | null): PartInput => ({
  part,
  day: '2026-12-10',
  entry: score === null ? null : { absent: false, score },
});
const absent = (part: ScorePart): PartInput => ({ part, day: '2026-12-10', entry: { absent: true, score: null } });

describe('results', () => {
  it('R-SCORE-02: theory 60 and skill 60 pass; 59.5 fails (pass marks are settings)', () => {
    const r = computeResult({
      level: 4,
      parts: [scored('theory', 60), scored('skill', 60)],
      violations: [],
      settings: s,
    });
    expect(r.outcome).toBe('pass');
    const f = computeResult({
      level: 4,
      parts: [scored('theory', 59.5), scored('skill', 90)],
      violations: [],
      settings: s,
    });
    expect(f.outcome).toBe('fail');
    expect(f.reasons).toEqual(['理论知识 59.5 分，低于合格线 60 分']);
    const lower = computeResult({
      level: 4,
      parts: [scored('theory', 59.5), scored('skill', 90)],
      violations: [],
      settings: { ...s, theoryPass: 59.5 },
    });
    expect(lower.outcome).toBe('pass');
  });

  it('R-SCORE-02: a level-2 candidate without the comprehensive review does not pass; with it ≥ 60 it does', () => {
    expect(requiredParts(2, ['theory', 'skill'])).toEqual(['theory', 'skill', 'review']);
    expect(requiredParts(3, ['theory', 'skill'])).toEqual(['theory', 'skill']);
    const without = computeResult({
      level: 2,
      parts: [scored('theory', 80), scored('skill', 80)],
      violations: [],
      settings: s,
    });
    expect(without.outcome).toBe('incomplete');
    expect(without.reasons).toEqual(['综合评审成绩未录入']);
    const failed = computeResult({
      level: 1,
      parts: [scored('theory', 80), scored('skill', 80), scored('review', 59)],
      violations: [],
      settings: s,
    });
    expect(failed.outcome).toBe('fail');
    const passed = computeResult({
      level: 2,
      parts: [scored('theory', 80), scored('skill', 80), scored('review', 60)],
      violations: [],
      settings: s,
    });
    expect(passed.outcome).toBe('pass');
  });

  it('R-SCORE-01: absent theory counts 0 and fails, whatever the skill score', () => {
    const r = computeResult({ level: 4, parts: [absent('theory'), scored('skill', 95)], violations: [], settings: s });
    expect(r.outcome).toBe('fail');
    expect(r.parts[0]).toMatchObject({ part: 'theory', state: 'absent', score: 0, passed: false });
    expect(r.reasons).toEqual(['理论知识缺考']);
  });

  it('R-SCORE-01: a failed part decides the result even while another part is not entered yet', () => {
    const r = computeResult({
      level: 4,
      parts: [scored('theory', 30), scored('skill', null)],
      violations: [],
      settings: s,
    });
    expect(r.outcome).toBe('fail');
    const open = computeResult({
      level: 4,
      parts: [scored('theory', 70), scored('skill', null)],
      violations: [],
      settings: s,
    });
    expect(open.outcome).toBe('incomplete');
  });

  it('R-VIOL-01: tier 1 cancels that subject only: the result fails, the other part keeps its score', () => {
    const r = computeResult({
      level: 4,
      parts: [scored('theory', 90), scored('skill', 90)],
      violations: [{ tier: 1, part: 'skill' }],
      settings: s,
    });
    expect(r.outcome).toBe('fail');
    expect(r.parts).toEqual([
      { part: 'theory', state: 'scored', score: 90, passed: true },
      { part: 'skill', state: 'cancelled', score: null, passed: false },
    ]);
  });

  it('R-VIOL-02: tier 2 scores that subject 0 as cheating (R-SCORE-01: cheating ⇒ 0)', () => {
    const r = computeResult({
      level: 4,
      parts: [scored('theory', 90), scored('skill', 90)],
      violations: [{ tier: 2, part: 'theory' }],
      settings: s,
    });
    expect(r.outcome).toBe('fail');
    expect(r.parts[0]).toMatchObject({ state: 'cheating', score: 0 });
    expect(r.parts[1]).toMatchObject({ state: 'scored', score: 90 });
  });

  it('R-VIOL-03: tier 3 in one subject cancels every subject of the batch', () => {
    const r = computeResult({
      level: 4,
      parts: [scored('theory', 90), scored('skill', 90)],
      violations: [{ tier: 3, part: 'theory' }],
      settings: s,
    });
    expect(r.outcome).toBe('cancelled');
    expect(r.parts.map((p) => p.state)).toEqual(['cancelled', 'cancelled']);
    expect(r.reasons).toEqual(['违纪（第三类），本批次全部科目成绩取消']);
  });

  it('R-VIOL-04: tier 4 cancels every subject too (the ban is written by the service)', () => {
    const r = computeResult({
      level: 2,
      parts: [scored('theory', 90), scored('skill', 90), scored('review', 90)],
      violations: [{ tier: 4, part: 'review' }],
      settings: s,
    });
    expect(r.outcome).toBe('cancelled');
    expect(r.parts.every((p) => p.state === 'cancelled' && p.score === null)).toBe(true);
  });

  it('R-SCORE-03: a passed part is carried 365 days and not 366; the 2028 leap day makes the anniversary day 366', () => {
    expect(carryValid('2026-12-10', '2027-12-10', 365)).toBe(true);
    expect(carryValid('2026-12-10', '2027-12-11', 365)).toBe(false);
    // 2027-03-01 → 2028-03-01 crosses 29 February 2028: 366 days, so the anniversary no longer counts.
    expect(carryValid('2027-03-01', '2028-02-29', 365)).toBe(true);
    expect(carryValid('2027-03-01', '2028-03-01', 365)).toBe(false);
    expect(carryValid('2026-12-10', '2026-12-09', 365)).toBe(false);
    const carried = computeResult({
      level: 4,
      parts: [
        { part: 'theory', day: null, entry: null, carried: { score: 75, day: '2026-06-01' } },
        scored('skill', 70),
      ],
      violations: [],
      settings: s,
    });
    expect(carried.outcome).toBe('pass');
    expect(carried.parts[0]).toMatchObject({ state: 'carried', score: 75 });
    const failedEarlier = computeResult({
      level: 4,
      parts: [
        { part: 'theory', day: null, entry: null, carried: { score: 50, day: '2026-06-01' } },
        scored('skill', 70),
      ],
      violations: [],
      settings: s,
    });
    expect(failedEarlier.outcome).toBe('incomplete');
  });

  it('R-SCORE-02, R-VIOL-01…04 (property): random scores and violations never give a pass that breaks a rule', () => {
    const part = fc.constantFrom<ScorePart>('theory', 'skill', 'review');
    const entry = fc.oneof(
      fc.constant(null),
      fc.record({ absent: fc.constant(true), score: fc.constant(null) }),
      fc.record({ absent: fc.constant(false), score: fc.integer({ min: 0, max: 200 }).map((n) => n / 2) }),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.subarray<ScorePart>(['theory', 'skill', 'review'], { minLength: 1 }),
        fc.array(entry, { minLength: 3, maxLength: 3 }),
        fc.array(fc.record({ tier: fc.integer({ min: 1, max: 4 }), part }), { maxLength: 3 }),
        fc.record({ theoryPass: fc.integer({ min: 0, max: 100 }), skillPass: fc.integer({ min: 0, max: 100 }) }),
        (level, held, entries, violations, marks) => {
          const settings = { ...s, ...marks };
          const parts = held.map((p, i) => ({ part: p, day: '2026-12-10', entry: entries[i] }));
          const r = computeResult({ level, parts, violations, settings });
          const maxTier = Math.max(0, ...violations.map((v) => v.tier));
          if (maxTier >= 3) expect(r.outcome).toBe('cancelled');
          if (r.outcome !== 'pass') return;
          // A pass: no violation of tier ≥ 3, none at all on a required part, every required part entered and ≥ its mark.
          expect(maxTier).toBeLessThan(3);
          for (const p of requiredParts(level, held)) {
            expect(violations.some((v) => v.part === p)).toBe(false);
            const e = parts.find((x) => x.part === p)?.entry;
            expect(e && !e.absent && e.score !== null).toBeTruthy();
            const mark =
              p === 'theory' ? settings.theoryPass : p === 'skill' ? settings.skillPass : settings.reviewPass;
            expect(e!.score!).toBeGreaterThanOrEqual(mark);
          }
          if (level <= 2) expect(held).toContain('review');
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('the tier-4 ban', () => {
  it('R-VIOL-04, R-ELIG-07: a student is banned until graduation, anyone else for the set years', () => {
    expect(banUntil({ kind: 'student', enrolmentYear: 2024 }, '2026-12-10', s)).toBe('2027-07-31');
    expect(banUntil({ kind: 'student', enrolmentYear: 2020 }, '2026-05-10', s)).toBe('2026-07-31');
    expect(banUntil({ kind: 'student', enrolmentYear: 2020 }, '2026-12-10', s)).toBe('2027-07-31');
    expect(banUntil({ kind: 'social', enrolmentYear: null }, '2026-12-10', s)).toBe('2029-12-10');
    expect(banUntil({ kind: 'social', enrolmentYear: null }, '2028-02-29', s)).toBe('2031-02-28');
  });
});
