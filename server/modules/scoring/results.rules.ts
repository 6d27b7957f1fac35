// R-SCORE-01/02/03 and R-VIOL-01…04 as pure rules: from a candidate's parts (entered, absent, carried) and the
// violations in effect to its result. Nothing here reads the database; `results.service.ts` feeds it.
import type { Outcome, PartState, ScorePart, ScoringSettings } from '../../../shared/scoring.js';
import { daysBetween } from '../../../shared/dates.js';

export interface PartInput {
  part: ScorePart;
  /** The sitting's day (for the carry-over of R-SCORE-03). */
  day: string | null;
  /** The entry as recorded: absent (缺考) or a score; null when nothing is recorded yet. */
  entry: { absent: boolean; score: number | null; exempt?: boolean } | null;
  /** R-SCORE-03: a passed part of an earlier batch carried into this one (its score and sitting day). */
  carried?: { score: number; day: string } | null;
}

export interface ViolationInput {
  tier: number;
  part: ScorePart;
}

export interface PartResult {
  part: ScorePart;
  state: PartState;
  score: number | null;
  passed: boolean;
}

export interface ResultOut {
  outcome: Outcome;
  parts: PartResult[];
  /** Why it is not a pass, in Chinese, one line each. */
  reasons: string[];
}

const passMark = (s: ScoringSettings, part: ScorePart) =>
  part === 'theory' ? s.theoryPass : part === 'skill' ? s.skillPass : s.reviewPass;

const partName: Record<ScorePart, string> = { theory: '理论知识', skill: '操作技能', review: '综合评审' };

/** R-SCORE-02: which parts a candidate of `level` needs, given the parts its batch holds. */
export function requiredParts(level: number, held: readonly ScorePart[]): ScorePart[] {
  const out: ScorePart[] = held.filter((p) => p !== 'review');
  // R-SCORE-02: levels 1 and 2 also need the comprehensive review (综合评审/答辩, P §11), held or not.
  if (level <= 2) out.push('review');
  return out;
}

/**
 * R-SCORE-03: a passed part stays valid for `carryDays` days (365 by default): passed on day D, it still counts for a
 * sitting on D + 365 and not on D + 366. Counted in days, not to the calendar anniversary: in a span with 29
 * February the anniversary is day 366 and no longer counts. One count for every year is the rule a candidate can
 * check, and it is never longer than one year.
 */
export function carryValid(passedDay: string, onDay: string, carryDays: number): boolean {
  const d = daysBetween(passedDay, onDay);
  return d >= 0 && d <= carryDays;
}

/**
 * R-SCORE-01/02, R-VIOL-01…04: a candidate's result.
 * - absent ⇒ 0 (R-SCORE-01); a tier-2 violation ⇒ that part 0 as cheating (R-VIOL-02);
 * - a tier-1 violation cancels that part's score (R-VIOL-01);
 * - tier 3 or 4 cancels every part of the batch (R-VIOL-03/04): the outcome is `cancelled`;
 * - pass when every required part reaches its pass mark (theory ≥ 60 and skill ≥ 60, levels 1–2 also the review).
 * A part with nothing recorded leaves the result `incomplete` unless something above already decides it.
 */
export function computeResult(input: {
  level: number;
  parts: readonly PartInput[];
  violations: readonly ViolationInput[];
  settings: ScoringSettings;
}): ResultOut {
  const { settings } = input;
  const held = input.parts.map((p) => p.part);
  const required = requiredParts(input.level, held);
  const maxTier = Math.max(0, ...input.violations.map((v) => v.tier));
  const parts: PartResult[] = [];
  const reasons: string[] = [];
  for (const part of required) {
    const p = input.parts.find((x) => x.part === part) ?? { part, day: null, entry: null };
    const tiers = input.violations.filter((v) => v.part === part).map((v) => v.tier);
    let state: PartState;
    let score: number | null;
    if (maxTier >= 3) {
      // R-VIOL-03/04: every subject of the batch cancelled.
      state = 'cancelled';
      score = null;
    } else if (tiers.includes(2)) {
      // R-VIOL-02: treated as cheating, 0 (R-SCORE-01: cheating ⇒ 0).
      state = 'cheating';
      score = 0;
    } else if (tiers.includes(1)) {
      // R-VIOL-01: that subject's score cancelled.
      state = 'cancelled';
      score = null;
    } else if (p.entry?.absent) {
      // R-SCORE-01: absent ⇒ 0.
      state = 'absent';
      score = 0;
    } else if (p.entry?.exempt) {
      // R-SCORE-05: passed on the evidence of registration (1+X certificate, contest rank), no score.
      state = 'exempt';
      score = null;
    } else if (p.entry && p.entry.score !== null) {
      state = 'scored';
      score = p.entry.score;
    } else if (p.carried && p.carried.score >= passMark(settings, part)) {
      state = 'carried';
      score = p.carried.score;
    } else {
      state = 'missing';
      score = null;
    }
    const passed =
      state === 'exempt' ||
      (score !== null && (state === 'scored' || state === 'carried') && score >= passMark(settings, part));
    parts.push({ part, state, score, passed });
    if (!passed) {
      const why =
        state === 'missing'
          ? `${partName[part]}成绩未录入`
          : state === 'absent'
            ? `${partName[part]}缺考`
            : state === 'cheating'
              ? `${partName[part]}按作弊处理，记 0 分`
              : state === 'cancelled'
                ? maxTier >= 3
                  ? `违纪（第${maxTier === 3 ? '三' : '四'}类），本批次全部科目成绩取消`
                  : `${partName[part]}违纪，该科目成绩取消`
                : `${partName[part]} ${score} 分，低于合格线 ${passMark(settings, part)} 分`;
      if (!reasons.includes(why)) reasons.push(why);
    }
  }
  let outcome: Outcome;
  if (maxTier >= 3) outcome = 'cancelled';
  else if (parts.every((p) => p.passed)) outcome = 'pass';
  // A part already decided as failed decides the result even when another is not yet entered.
  else if (parts.some((p) => !p.passed && p.state !== 'missing')) outcome = 'fail';
  else outcome = 'incomplete';
  return { outcome, parts, reasons: outcome === 'pass' ? [] : reasons };
}

/**
 * R-VIOL-04 / R-ELIG-07: the last day of a tier-4 ban, "until graduation": 31 July of the enrolment year plus the
 * programme's years for a student on record (at least the coming 31 July after the violation); for anyone else
 * the violation's day plus `banYearsWithoutGraduation` years.
 */
export function banUntil(
  person: { kind: string | null; enrolmentYear: number | null },
  violationDay: string,
  settings: Pick<ScoringSettings, 'programmeYears' | 'banYearsWithoutGraduation'>,
): string {
  const year = Number(violationDay.slice(0, 4));
  if (person.kind === 'student' && person.enrolmentYear) {
    const graduation = `${person.enrolmentYear + settings.programmeYears}-07-31`;
    if (graduation >= violationDay) return graduation;
    const next = `${year}-07-31`;
    return next >= violationDay ? next : `${year + 1}-07-31`;
  }
  return `${year + settings.banYearsWithoutGraduation}${violationDay.slice(4)}`.replace('-02-29', '-02-28');
}
