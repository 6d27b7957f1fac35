import type { AppraisalGrade } from '../../../shared/people.js';
import type { Validity } from '../../../shared/people-staff.js';
import { daysBetween } from '../../../shared/dates.js';

/** Pure rules of the people module (R-PPL-04…09): no I/O, tested directly by rule id. */

type TitleGrade = 'junior' | 'intermediate' | 'senior' | null | undefined;

/** Certificates of examiners and supervisors, and terms of experts and examiners, run 3 years. */
export const CERTIFICATE_YEARS = 3;
export const TERM_YEARS = 3;

/** The last day of a validity of `years` starting on `start` (YYYY-MM-DD): 2026-03-01 + 3 years → 2029-02-28. */
export function validUntil(start: string, years: number): string {
  const [y, m, d] = start.split('-').map(Number);
  const end = new Date(Date.UTC(y + years, m - 1, d));
  // 29 February of a leap year: the anniversary is 1 March, so the validity ends on 28 February.
  if (end.getUTCMonth() !== m - 1) end.setUTCDate(0);
  else end.setUTCDate(end.getUTCDate() - 1);
  return end.toISOString().slice(0, 10);
}

/** valid / expiring (within `reminderDays`) / expired / revoked. */
export function validityOf(
  until: string,
  today: string,
  reminderDays: number,
  revoked = false,
): { validity: Validity; daysLeft: number } {
  const daysLeft = daysBetween(today, until);
  if (revoked) return { validity: 'revoked', daysLeft };
  if (daysLeft < 0) return { validity: 'expired', daysLeft };
  return { validity: daysLeft <= reminderDays ? 'expiring' : 'valid', daysLeft };
}

export interface ExaminerFacts {
  grade: 'standard' | 'senior';
  titleGrade: TitleGrade;
  skillLevel: number | null | undefined;
  /** The skill level is in an occupation related to those examined. */
  skillRelated: boolean;
  trainingHours: number;
}

/**
 * R-PPL-04 (H 工作规则 §7, 考评人员管理办法 §2): a standard examiner needs skill level 3 or higher (高级工, a number
 * ≤ 3) in a related occupation OR an intermediate (or senior) professional title; a senior examiner needs level 1
 * (高级技师) in a related occupation OR a senior title. Training at least 48 hours. Returns what is missing.
 */
export function examinerQualificationProblems(f: ExaminerFacts): string[] {
  const problems: string[] = [];
  const skill = f.skillRelated && f.skillLevel ? f.skillLevel : null;
  if (f.grade === 'standard') {
    const byTitle = f.titleGrade === 'intermediate' || f.titleGrade === 'senior';
    const bySkill = skill !== null && skill <= 3;
    if (!byTitle && !bySkill) problems.push('考评员须具有相关职业高级工（三级）及以上技能等级或中级及以上专业技术职称');
  } else {
    const byTitle = f.titleGrade === 'senior';
    const bySkill = skill === 1;
    if (!byTitle && !bySkill) problems.push('高级考评员须具有相关职业高级技师（一级）技能等级或高级专业技术职称');
  }
  if (f.trainingHours < 48) problems.push(`考评员资格培训不少于 48 学时（当前 ${f.trainingHours} 学时）`);
  return problems;
}

/** R-PPL-05 (H 工作规则 §6): a standard examiner examines levels 5–3; a senior examiner any level, 2 and 1 included. */
export function examinerMayExamineLevel(grade: 'standard' | 'senior', level: number): boolean {
  if (!Number.isInteger(level) || level < 1 || level > 5) return false;
  return grade === 'senior' || level >= 3;
}

/**
 * R-PPL-06 (H 质量督导人员管理办法 §1): supervisors come from examiners with at least 3 years of examining, or from
 * the related management staff.
 */
export function supervisorProblems(f: { basis: 'examiner' | 'management'; basisYears: number }): string[] {
  if (f.basis === 'examiner' && f.basisYears < 3)
    return [`质量督导员须从从事考评工作 3 年以上的考评人员中推荐（当前 ${f.basisYears} 年）`];
  return [];
}

export interface ExpertFacts {
  titleGrade: TitleGrade;
  skillLevel: number | null | undefined;
  examiningYears: number;
  /** Age on the first day of the term; null when the birth date is unknown. */
  age: number | null;
  maxAge: number;
  leader: boolean;
  seniorExaminer: boolean;
  newOccupation: boolean;
}

/**
 * R-PPL-07 (H 专家管理办法 二、三): senior title or 高级技师; at least 1 year of examining; age not over the limit
 * (a setting, 65 by default). A group leader also has 3 years of examining (1 for a newly developed occupation)
 * or is a senior examiner.
 */
export function expertProblems(f: ExpertFacts): string[] {
  const problems: string[] = [];
  if (f.titleGrade !== 'senior' && f.skillLevel !== 1)
    problems.push('专家须具有高级专业技术职称或高级技师（一级）职业技能等级');
  if (f.examiningYears < 1) problems.push('专家须从事职业技能等级认定考评工作一年以上');
  if (f.age === null) problems.push('无法确定年龄：请先补全出生日期');
  else if (f.age > f.maxAge) problems.push(`专家年龄一般不超过 ${f.maxAge} 周岁（当前 ${f.age} 周岁）`);
  if (f.leader) {
    const years = f.newOccupation ? 1 : 3;
    if (f.examiningYears < years && !f.seniorExaminer)
      problems.push(`专家组组长须担任考评员 ${years} 年以上${f.newOccupation ? '（新职业）' : ''}或具备高级考评员资格`);
  }
  return problems;
}

/** R-PPL-09 (考评人员管理办法 §12): 90 and above 优秀, 80–89 良好, 60–79 合格, 59 and below 不合格. */
export function appraisalGradeOf(average: number): AppraisalGrade {
  if (average >= 90) return 'excellent';
  if (average >= 80) return 'good';
  if (average >= 60) return 'pass';
  return 'fail';
}

export interface BatchEvaluation {
  batchDate: string;
  attended: boolean;
  score: number | null;
  weight: number;
}

/**
 * R-PPL-09 (考评员年度考核制度 四、五): the year's grade is the weighted average of the batch scores; missing two
 * assigned batches in a row, or taking part in none during the year, is 不合格 whatever the average.
 */
export function annualAppraisal(batches: BatchEvaluation[]): {
  average: number | null;
  grade: AppraisalGrade;
  reason: string | null;
} {
  const sorted = [...batches].sort((a, b) => a.batchDate.localeCompare(b.batchDate));
  const scored = sorted.filter((b) => b.attended && b.score !== null);
  const weight = scored.reduce((s, b) => s + b.weight, 0);
  const average =
    weight > 0
      ? Math.round((scored.reduce((s, b) => s + (b.score as number) * b.weight, 0) / weight) * 100) / 100
      : null;
  for (let i = 1; i < sorted.length; i++)
    if (!sorted[i - 1].attended && !sorted[i].attended)
      return { average, grade: 'fail', reason: '连续两次未按要求参加考评工作' };
  if (average === null) return { average, grade: 'fail', reason: '一年内未按要求参加考评工作' };
  return { average, grade: appraisalGradeOf(average), reason: null };
}

/**
 * R-PPL-09 (考评人员管理办法 §13): two 不合格 years within one term of appointment ⇒ dismissal (解聘) and loss of
 * examiner status. `termYears` are the calendar years the term covers.
 */
export function dismissalDue(
  yearGrades: { year: number; grade: AppraisalGrade }[],
  termYears: { from: number; to: number },
): boolean {
  return yearGrades.filter((g) => g.grade === 'fail' && g.year >= termYears.from && g.year <= termYears.to).length >= 2;
}
