import { describe, expect, it } from 'vitest';
import { buildWorkCalendar } from '../calendar/calendar.rules.js';
import { officialCalendars } from '../calendar/calendar.data.js';
import { AppError } from '../../http/errors.js';
import {
  assertTransition,
  checkSubmission,
  submissionDeadline,
  trainingFilingDeadline,
  trainingFilingStatus,
} from './plans.rules.js';

const cal = buildWorkCalendar(officialCalendars);

describe('plans rules', () => {
  it('R-PLAN-04 / R-DAYS-01: exam on 2026-10-12, 10 working days before ⇒ 2026-09-21 (National Day holidays skipped)', () => {
    expect(submissionDeadline(cal, '2026-10-12', 10)).toBe('2026-09-21');
  });
  it('R-PLAN-04: with the Shandong lead time of 5 working days the deadline moves later', () => {
    const d = submissionDeadline(cal, '2026-10-12', 5);
    expect(d > '2026-09-21').toBe(true);
    expect(d).toBe('2026-09-29'); // 10-10 (调休 Saturday), 10-09, 10-08, 09-30, 09-29
  });
  it('R-PLAN-04: submitting on the deadline is on time; the day after is refused naming the deadline', () => {
    expect(checkSubmission({ deadline: '2026-09-21', day: '2026-09-21', leadDays: 10, lateMode: 'refuse' }).late).toBe(
      false,
    );
    expect(() =>
      checkSubmission({ deadline: '2026-09-21', day: '2026-09-22', leadDays: 10, lateMode: 'refuse' }),
    ).toThrow(/2026-09-21/);
  });
  it("R-PLAN-04: under 'warn' a late submission passes with a warning", () => {
    const c = checkSubmission({ deadline: '2026-09-21', day: '2026-09-22', leadDays: 10, lateMode: 'warn' });
    expect(c.late).toBe(true);
    expect(c.warning).toMatch(/逾期/);
  });
  it('R-DAYS-01: an exam in 2028 (no calendar data) is CALENDAR_MISSING naming 2028', () => {
    try {
      submissionDeadline(cal, '2028-03-10', 10);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(AppError);
      expect((e as AppError).code).toBe('CALENDAR_MISSING');
      expect((e as AppError).message).toMatch(/2028/);
    }
  });
  it('R-PLAN-06 / R-DAYS-01: a training class is filed within 20 working days after enrolment closes (the day itself not counted)', () => {
    // 2026-06-30 is a Tuesday; 20 working days later, with no holiday in July, is Tuesday 2026-07-28.
    expect(trainingFilingDeadline(cal, '2026-06-30', 20)).toBe('2026-07-28');
    // Across the Dragon Boat Festival (2026-06-19 holiday): enrolment closing on 2026-06-12.
    expect(trainingFilingDeadline(cal, '2026-06-12', 20)).toBe('2026-07-13');
  });
  it('R-PLAN-06: open, overdue, filed in time, filed late', () => {
    expect(trainingFilingStatus('2026-07-28', null, '2026-07-28')).toBe('open');
    expect(trainingFilingStatus('2026-07-28', null, '2026-07-29')).toBe('overdue');
    expect(trainingFilingStatus('2026-07-28', '2026-07-28', '2026-09-01')).toBe('filed');
    expect(trainingFilingStatus('2026-07-28', '2026-07-29', '2026-09-01')).toBe('filed_late');
  });
  it('R-PLAN-03: a transition from any but its one previous state is refused, naming the current state', () => {
    expect(() => assertTransition('filed', 'registering')).not.toThrow();
    expect(() => assertTransition('draft', 'registering')).toThrow(/当前状态为“草稿”/);
    expect(() => assertTransition('registering', 'archived')).toThrow(/当前状态为“报名中”.*归档/);
  });
});
