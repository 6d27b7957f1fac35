import { describe, expect, it } from 'vitest';
import {
  annualAppraisal,
  appraisalGradeOf,
  dismissalDue,
  examinerMayExamineLevel,
  examinerQualificationProblems,
  expertProblems,
  supervisorProblems,
  validUntil,
  validityOf,
} from './people.rules.js';

const examiner = {
  grade: 'standard' as const,
  titleGrade: null,
  skillLevel: null,
  skillRelated: true,
  trainingHours: 48,
};

describe('R-PPL-04: examiner qualification', () => {
  it('R-PPL-04: an intermediate title with only a level-4 skill qualifies as a standard examiner', () => {
    expect(examinerQualificationProblems({ ...examiner, titleGrade: 'intermediate', skillLevel: 4 })).toEqual([]);
  });
  it('R-PPL-04: level 3 (高级工) in a related occupation qualifies without a title; level 4 alone does not', () => {
    expect(examinerQualificationProblems({ ...examiner, skillLevel: 3 })).toEqual([]);
    expect(examinerQualificationProblems({ ...examiner, skillLevel: 4 })[0]).toMatch(/高级工/);
    expect(examinerQualificationProblems({ ...examiner, skillLevel: 3, skillRelated: false })[0]).toMatch(/相关职业/);
  });
  it('R-PPL-04: a senior examiner needs level 1 or a senior title; an intermediate title or level 2 is not enough', () => {
    const senior = { ...examiner, grade: 'senior' as const };
    expect(examinerQualificationProblems({ ...senior, skillLevel: 1 })).toEqual([]);
    expect(examinerQualificationProblems({ ...senior, titleGrade: 'senior' })).toEqual([]);
    expect(examinerQualificationProblems({ ...senior, titleGrade: 'intermediate', skillLevel: 2 })[0]).toMatch(
      /高级考评员/,
    );
  });
  it('R-PPL-04: training of at least 48 hours', () => {
    expect(examinerQualificationProblems({ ...examiner, titleGrade: 'senior', trainingHours: 47 })[0]).toMatch(
      /48 学时/,
    );
  });
  it('R-PPL-04: certificates are valid 3 years (the day before the third anniversary)', () => {
    expect(validUntil('2026-03-01', 3)).toBe('2029-02-28');
    expect(validUntil('2024-02-29', 3)).toBe('2027-02-28');
    expect(validUntil('2025-07-15', 3)).toBe('2028-07-14');
  });
  it('R-PPL-04: validity: valid, expiring within the window, expired, revoked', () => {
    expect(validityOf('2026-12-31', '2026-06-01', 90).validity).toBe('valid');
    expect(validityOf('2026-08-30', '2026-06-01', 90)).toEqual({ validity: 'expiring', daysLeft: 90 });
    expect(validityOf('2026-05-31', '2026-06-01', 90)).toEqual({ validity: 'expired', daysLeft: -1 });
    expect(validityOf('2029-01-01', '2026-06-01', 90, true).validity).toBe('revoked');
  });
});

describe('R-PPL-05: levels an examiner may examine', () => {
  it('R-PPL-05: a standard examiner examines levels 5–3 and cannot take level 2 or 1', () => {
    expect([5, 4, 3, 2, 1].map((l) => examinerMayExamineLevel('standard', l))).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
  });
  it('R-PPL-05: a senior examiner examines every level, 2 and 1 included', () => {
    expect([5, 4, 3, 2, 1].map((l) => examinerMayExamineLevel('senior', l))).toEqual([true, true, true, true, true]);
    expect(examinerMayExamineLevel('senior', 0)).toBe(false);
  });
});

describe('R-PPL-06: supervisors', () => {
  it('R-PPL-06: an examiner with 2 years of examining is refused; 3 years is accepted; management staff qualify', () => {
    expect(supervisorProblems({ basis: 'examiner', basisYears: 2 })[0]).toMatch(/3 年以上/);
    expect(supervisorProblems({ basis: 'examiner', basisYears: 3 })).toEqual([]);
    expect(supervisorProblems({ basis: 'management', basisYears: 0 })).toEqual([]);
  });
});

describe('R-PPL-07: experts', () => {
  const base = {
    titleGrade: 'senior' as const,
    skillLevel: null,
    examiningYears: 1,
    age: 50,
    maxAge: 65,
    leader: false,
    seniorExaminer: false,
    newOccupation: false,
  };
  it('R-PPL-07: aged 66 is refused with the limit at 65; 65 is accepted; the limit is a setting', () => {
    expect(expertProblems({ ...base, age: 66 })[0]).toMatch(/65 周岁（当前 66 周岁）/);
    expect(expertProblems({ ...base, age: 65 })).toEqual([]);
    expect(expertProblems({ ...base, age: 66, maxAge: 70 })).toEqual([]);
  });
  it('R-PPL-07: senior title or 高级技师; at least 1 year of examining', () => {
    expect(expertProblems({ ...base, titleGrade: null, skillLevel: 1 })).toEqual([]);
    expect(expertProblems({ ...base, titleGrade: 'intermediate', skillLevel: 2 })[0]).toMatch(/高级专业技术职称/);
    expect(expertProblems({ ...base, examiningYears: 0 })[0]).toMatch(/一年以上/);
  });
  it('R-PPL-07: a group leader needs 3 years of examining or senior-examiner status (1 year for a new occupation)', () => {
    expect(expertProblems({ ...base, leader: true, examiningYears: 2 })[0]).toMatch(/组长/);
    expect(expertProblems({ ...base, leader: true, examiningYears: 3 })).toEqual([]);
    expect(expertProblems({ ...base, leader: true, examiningYears: 1, seniorExaminer: true })).toEqual([]);
    expect(expertProblems({ ...base, leader: true, examiningYears: 1, newOccupation: true })).toEqual([]);
  });
});

describe('R-PPL-09: annual appraisal', () => {
  it('R-PPL-09: grade boundaries 90/89/80/79/60/59', () => {
    expect([90, 89, 80, 79, 60, 59].map(appraisalGradeOf)).toEqual([
      'excellent',
      'good',
      'good',
      'pass',
      'pass',
      'fail',
    ]);
    expect(appraisalGradeOf(100)).toBe('excellent');
    expect(appraisalGradeOf(89.99)).toBe('good');
  });
  it('R-PPL-09: the grade is the weighted average of the batch scores', () => {
    const r = annualAppraisal([
      { batchDate: '2026-03-01', attended: true, score: 95, weight: 1 },
      { batchDate: '2026-06-01', attended: true, score: 80, weight: 2 },
    ]);
    expect(r).toEqual({ average: 85, grade: 'good', reason: null });
  });
  it('R-PPL-09: missing two assigned batches in a row is 不合格 whatever the average', () => {
    const r = annualAppraisal([
      { batchDate: '2026-03-01', attended: true, score: 98, weight: 1 },
      { batchDate: '2026-09-01', attended: false, score: null, weight: 1 },
      { batchDate: '2026-06-01', attended: false, score: null, weight: 1 },
    ]);
    expect(r.grade).toBe('fail');
    expect(r.reason).toMatch(/连续两次/);
  });
  it('R-PPL-09: two missed batches that are not consecutive are not by themselves 不合格', () => {
    const r = annualAppraisal([
      { batchDate: '2026-03-01', attended: false, score: null, weight: 1 },
      { batchDate: '2026-06-01', attended: true, score: 90, weight: 1 },
      { batchDate: '2026-09-01', attended: false, score: null, weight: 1 },
    ]);
    expect(r.grade).toBe('excellent');
  });
  it('R-PPL-09: taking part in no batch during the year is 不合格', () => {
    expect(annualAppraisal([]).grade).toBe('fail');
    expect(annualAppraisal([{ batchDate: '2026-03-01', attended: false, score: null, weight: 1 }]).reason).toMatch(
      /一年内未按要求参加/,
    );
  });
  it('R-PPL-09: two 不合格 years within one term ⇒ dismissal; one, or two in different terms, does not', () => {
    const term = { from: 2024, to: 2027 };
    expect(
      dismissalDue(
        [
          { year: 2025, grade: 'fail' },
          { year: 2026, grade: 'fail' },
        ],
        term,
      ),
    ).toBe(true);
    expect(
      dismissalDue(
        [
          { year: 2025, grade: 'fail' },
          { year: 2026, grade: 'pass' },
        ],
        term,
      ),
    ).toBe(false);
    expect(
      dismissalDue(
        [
          { year: 2022, grade: 'fail' },
          { year: 2026, grade: 'fail' },
        ],
        term,
      ),
    ).toBe(false);
  });
});
