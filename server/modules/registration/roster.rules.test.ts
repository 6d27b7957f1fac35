import { describe, expect, it } from 'vitest';
import { checkEligibility, type EligibilityContext, type EligibilityFacts } from '../../../shared/eligibility.js';
import { levelNoRuleGrants, studentCeiling } from './roster.rules.js';

const occupation = { edition: '2022', code: '6-31-01-03', name: '电工' };
const courses = Array.from({ length: 8 }, (_, i) => ({ courseCode: `C${i}`, courseName: `课程${i}`, related: true }));
const ctx = (method: EligibilityContext['method'], zhoukou = false): EligibilityContext => ({
  occupation,
  method,
  batchDate: '2026-10-12',
  scopeLevels: [1, 2, 3, 4, 5],
  standardLevels: [1, 2, 3, 4, 5],
  zhoukou,
  requiredCourses: courses,
});
/** Students with every fact in their favour, one per branch of R-ELIG-01…03 and R-ELIG-05. */
const best: EligibilityFacts[] = (
  [
    { kind: 'student', educationLevel: 'undergraduate', graduating: true },
    { kind: 'student', educationLevel: 'higher_vocational', graduating: true },
    { kind: 'student', educationLevel: 'secondary_vocational', graduating: true, excellent: true },
    { kind: 'student', educationLevel: 'technician_school', classType: 'preparatory_technician', graduating: true },
  ] satisfies EligibilityFacts[]
).map((f) => ({
  ...f,
  kind: 'student' as const,
  xCertificates: [{ name: '1+X 证书', occupation, level: 'advanced' as const, issuedOn: '2026-06-01' }],
  courseResults: courses.flatMap((c) =>
    (['theory', 'practical'] as const).map((part) => ({
      courseCode: c.courseCode,
      part,
      attempt: 'first' as const,
      score: 95,
    })),
  ),
  contestResults: [{ contest: '技能大赛', rank: '一等奖', occupation, grantedLevel: 1 }],
}));

describe('R-ELIG-00: the level no rule can grant a roster row', () => {
  it('R-ELIG-00: the bound per method is what the engine grants the most favoured students, no more', () => {
    for (const [method, zhoukou] of [
      ['exam', false],
      ['direct', false],
      ['process', false],
      ['process', true],
      ['contest', false],
    ] as const) {
      const highest = Math.min(...best.map((f) => checkEligibility(f, ctx(method, zhoukou)).highest ?? 9));
      expect(highest, `${method}${zhoukou ? ' (周口)' : ''}`).toBe(studentCeiling[method] ?? 1);
    }
  });

  it('R-ELIG-00: a student row above the bound is refused; at or below it, and for social learners, the reviewers decide', () => {
    expect(levelNoRuleGrants('student', 'exam', 2)).toMatch(/考试考核方式最高只能申报三级\/高级工.*不能申报二级\/技师/);
    expect(levelNoRuleGrants('student', 'process', 1)).toMatch(/过程性评价/);
    expect(levelNoRuleGrants('student', 'exam', 3)).toBeNull();
    expect(levelNoRuleGrants('student', 'direct', 4)).toBeNull();
    expect(levelNoRuleGrants('student', 'contest', 1)).toBeNull();
    expect(levelNoRuleGrants('social', 'exam', 1)).toBeNull();
  });
});
