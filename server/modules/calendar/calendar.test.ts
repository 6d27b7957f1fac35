import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { AppError } from '../../http/errors.js';
import { officialCalendars } from './calendar.data.js';
import { checkCalendarDays } from './calendar.service.js';
import {
  buildWorkCalendar,
  countWorkingDays,
  dayNumber,
  dayString,
  isValidDay,
  isWeekend,
  isWorkingDay,
  periodEnd,
  periodNextDay,
  weekdayOf,
  workingDaysAfter,
  workingDaysBefore,
} from './calendar.rules.js';
import { addDays } from '../../../shared/dates.js';

const cal = buildWorkCalendar(officialCalendars);

/** The AppError a call throws (fails the test if it returns). */
function errorOf(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    return e as AppError;
  }
  throw new Error('expected an error');
}

describe('R-DAYS-01 working-day rules on the official 2025–2026 calendars', () => {
  it('R-DAYS-01: 10 working days before 2026-10-12 is 2026-09-21', () => {
    expect(workingDaysBefore(cal, '2026-10-12', 10)).toBe('2026-09-21');
  });

  it('R-DAYS-01: the period of 5 working days starting 2026-09-28 ends 2026-10-09; what follows may happen from 2026-10-10 (调休 Saturday)', () => {
    expect(periodEnd(cal, '2026-09-28', 5)).toBe('2026-10-09');
    expect(periodNextDay(cal, '2026-09-28', 5)).toBe('2026-10-10');
    expect(weekdayOf('2026-10-10')).toBe(6);
  });

  it('R-DAYS-01: within 3 working days after 2026-09-30 ends on 2026-10-10', () => {
    expect(workingDaysAfter(cal, '2026-09-30', 3)).toBe('2026-10-10');
  });

  it('R-DAYS-01: D itself is never counted for before/after; a period counts D when D is a working day', () => {
    expect(workingDaysBefore(cal, '2026-03-11', 1)).toBe('2026-03-10');
    expect(workingDaysAfter(cal, '2026-03-11', 1)).toBe('2026-03-12');
    expect(periodEnd(cal, '2026-03-11', 1)).toBe('2026-03-11');
    expect(periodNextDay(cal, '2026-03-11', 1)).toBe('2026-03-12');
  });

  it('R-DAYS-01: a period starting on a day off begins on the next working day', () => {
    expect(periodEnd(cal, '2026-10-01', 1)).toBe('2026-10-08');
    expect(periodEnd(cal, '2026-10-03', 3)).toBe('2026-10-10');
    expect(periodNextDay(cal, '2026-10-03', 3)).toBe('2026-10-12');
  });

  it('R-DAYS-01: a 调休 Sunday (2026-01-04) is a working day, a weekday holiday (2026-10-01) is not', () => {
    expect(isWorkingDay(cal, '2026-01-04')).toBe(true);
    expect(weekdayOf('2026-01-04')).toBe(0);
    expect(isWorkingDay(cal, '2026-10-01')).toBe(false);
    expect(weekdayOf('2026-10-01')).toBe(4);
    expect(isWorkingDay(cal, '2026-10-03')).toBe(false); // an ordinary Saturday inside the holiday
    expect(isWorkingDay(cal, '2026-10-12')).toBe(true);
    expect(isWorkingDay(cal, '2025-01-26')).toBe(true); // 2025 春节 调休 Sunday
    expect(isWorkingDay(cal, '2025-10-08')).toBe(false); // 2025 国庆中秋, a Wednesday off
  });

  it('R-DAYS-01: counting across the year boundary from 2025 into 2026', () => {
    // 2026-01-01..03 are off, 2026-01-04 (Sunday) is worked.
    expect(workingDaysAfter(cal, '2025-12-31', 1)).toBe('2026-01-04');
    expect(workingDaysAfter(cal, '2025-12-30', 2)).toBe('2026-01-04');
    expect(workingDaysAfter(cal, '2025-12-31', 2)).toBe('2026-01-05');
    expect(workingDaysBefore(cal, '2026-01-04', 1)).toBe('2025-12-31');
    expect(workingDaysBefore(cal, '2026-01-05', 2)).toBe('2025-12-31');
    expect(workingDaysBefore(cal, '2026-01-01', 3)).toBe('2025-12-29');
    expect(countWorkingDays(cal, '2025-12-29', '2026-01-04')).toBe(4);
    expect(periodEnd(cal, '2025-12-31', 2)).toBe('2026-01-04');
    expect(periodNextDay(cal, '2025-12-31', 2)).toBe('2026-01-05');
  });

  it('R-DAYS-01: 2025 and 2026 each have 248 working days (261 weekdays − 18/19 weekday holidays + 5/6 调休 days)', () => {
    expect(countWorkingDays(cal, '2025-01-01', '2025-12-31')).toBe(248);
    expect(countWorkingDays(cal, '2026-01-01', '2026-12-31')).toBe(248);
  });

  it('R-DAYS-01: a date in 2028 is an error naming 2028, for every function', () => {
    const calls = [
      () => isWorkingDay(cal, '2028-03-01'),
      () => workingDaysBefore(cal, '2028-03-01', 1),
      () => workingDaysAfter(cal, '2028-03-01', 1),
      () => periodEnd(cal, '2028-03-01', 1),
      () => periodNextDay(cal, '2028-03-01', 1),
      () => countWorkingDays(cal, '2028-03-01', '2028-03-02'),
    ];
    for (const call of calls) {
      const err = errorOf(call);
      expect(err.code).toBe('CALENDAR_MISSING');
      expect(err.status).toBe(422);
      expect(err.message).toContain('2028 年');
      expect(err.message).toMatch(/工作日历/);
    }
  });

  it('R-DAYS-01: a count that crosses into a missing year names that year (2027 forwards, 2024 backwards)', () => {
    const forward = errorOf(() => workingDaysAfter(cal, '2026-12-28', 10));
    expect(forward.code).toBe('CALENDAR_MISSING');
    expect(forward.message).toContain('2027 年');
    expect(forward.details).toEqual({ year: 2027 });
    const backward = errorOf(() => workingDaysBefore(cal, '2025-01-03', 5));
    expect(backward.code).toBe('CALENDAR_MISSING');
    expect(backward.message).toContain('2024 年');
    expect(errorOf(() => countWorkingDays(cal, '2026-12-01', '2027-01-05')).message).toContain('2027 年');
    // Within reach of the loaded data the same calls succeed.
    expect(workingDaysAfter(cal, '2026-12-28', 3)).toBe('2026-12-31');
  });

  it('R-DAYS-01: an empty calendar never falls back to Monday–Friday', () => {
    const err = errorOf(() => isWorkingDay(buildWorkCalendar([]), '2026-03-11'));
    expect(err.code).toBe('CALENDAR_MISSING');
    expect(err.message).toContain('2026 年');
  });

  it('R-DAYS-01: N must be a positive integer and dates must be real dates', () => {
    for (const n of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      for (const call of [workingDaysBefore, workingDaysAfter, periodEnd, periodNextDay]) {
        const err = errorOf(() => call(cal, '2026-03-11', n));
        expect(err.code).toBe('VALIDATION');
        expect(err.message).toMatch(/正整数/);
      }
    }
    for (const bad of ['2026-02-30', '2026-13-01', '2026-3-1', '20260301', '']) {
      expect(errorOf(() => isWorkingDay(cal, bad)).code).toBe('VALIDATION');
    }
    expect(errorOf(() => countWorkingDays(cal, '2026-03-12', '2026-03-11')).code).toBe('VALIDATION');
    expect(countWorkingDays(cal, '2026-03-11', '2026-03-11')).toBe(1);
  });

  it('R-DAYS-01: date arithmetic is by UTC day numbers (leap days, month ends, round trips)', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(isValidDay('2028-02-29')).toBe(true);
    expect(isValidDay('2026-02-29')).toBe(false);
    expect(dayString(dayNumber('1970-01-01'))).toBe('1970-01-01');
    expect(weekdayOf('1970-01-01')).toBe(4);
    expect(weekdayOf('1969-12-28')).toBe(0);
  });
});

describe('R-DAYS-01 official calendar data', () => {
  it('R-DAYS-01: stores only exceptions to Monday–Friday and passes the admin-entry checks', () => {
    for (const c of officialCalendars) {
      expect(checkCalendarDays(c.year, c.days)).toEqual([]);
      for (const d of c.days) expect(isWeekend(d.day)).toBe(d.kind === 'workday');
      expect(c.source).toMatch(/国务院办公厅关于\d{4}年部分节假日安排的通知/);
    }
    expect(officialCalendars.map((c) => c.year)).toEqual([2025, 2026]);
  });

  it('R-DAYS-01: the 2026 notice: 春节 2-15..2-23 off with 2-14 and 2-28 worked; 国庆 with 9-20 and 10-10 worked', () => {
    const days = new Map(officialCalendars[1].days.map((d) => [d.day, d]));
    expect(days.get('2026-02-14')).toMatchObject({ kind: 'workday', name: '春节调休上班' });
    expect(days.get('2026-02-28')).toMatchObject({ kind: 'workday' });
    for (const d of ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-23'])
      expect(days.get(d)).toMatchObject({ kind: 'holiday', name: '春节' });
    expect(days.has('2026-02-15')).toBe(false); // a Sunday, off anyway
    expect(days.get('2026-09-20')).toMatchObject({ kind: 'workday', name: '国庆节调休上班' });
    expect(days.get('2026-09-25')).toMatchObject({ kind: 'holiday', name: '中秋节' });
    for (const d of ['2026-10-08', '2026-10-09']) expect(isWorkingDay(cal, d)).toBe(true);
  });
});

describe('R-DAYS-01 properties (fast-check)', () => {
  const first = dayNumber('2025-01-01');
  const last = dayNumber('2026-12-31');
  /** Days far enough from the data's edges that 30 working days either way stay inside 2025–2026. */
  const inner = fc.integer({ min: first + 60, max: last - 60 }).map(dayString);
  const anyDay = fc.integer({ min: first, max: last }).map(dayString);
  const count = fc.integer({ min: 1, max: 30 });

  it('R-DAYS-01: after(D, n) is a working day later than D with exactly n working days in (D, result]', () => {
    fc.assert(
      fc.property(inner, count, (d, n) => {
        const r = workingDaysAfter(cal, d, n);
        expect(r > d).toBe(true);
        expect(isWorkingDay(cal, r)).toBe(true);
        expect(countWorkingDays(cal, addDays(d, 1), r)).toBe(n);
      }),
    );
  });

  it('R-DAYS-01: before(D, n) is a working day earlier than D with exactly n working days in [result, D)', () => {
    fc.assert(
      fc.property(inner, count, (d, n) => {
        const r = workingDaysBefore(cal, d, n);
        expect(r < d).toBe(true);
        expect(isWorkingDay(cal, r)).toBe(true);
        expect(countWorkingDays(cal, r, addDays(d, -1))).toBe(n);
      }),
    );
  });

  it('R-DAYS-01: before and after are inverse on working days', () => {
    fc.assert(
      fc.property(inner, count, (d, n) => {
        const w = isWorkingDay(cal, d) ? d : workingDaysAfter(cal, d, 1);
        expect(workingDaysBefore(cal, workingDaysAfter(cal, w, n), n)).toBe(w);
        expect(workingDaysAfter(cal, workingDaysBefore(cal, w, n), n)).toBe(w);
      }),
    );
  });

  it('R-DAYS-01: a period of n working days from D holds exactly n working days and the next day is the (n+1)-th', () => {
    fc.assert(
      fc.property(inner, count, (d, n) => {
        const end = periodEnd(cal, d, n);
        const next = periodNextDay(cal, d, n);
        expect(isWorkingDay(cal, end)).toBe(true);
        expect(countWorkingDays(cal, d, end)).toBe(n);
        expect(next > end).toBe(true);
        expect(countWorkingDays(cal, d, next)).toBe(n + 1);
      }),
    );
  });

  it('R-DAYS-01: near the edges of the data the answer is either correct or an error naming 2024 or 2027', () => {
    fc.assert(
      fc.property(anyDay, count, fc.boolean(), (d, n, forward) => {
        try {
          const r = forward ? workingDaysAfter(cal, d, n) : workingDaysBefore(cal, d, n);
          expect(isWorkingDay(cal, r)).toBe(true);
        } catch (e) {
          expect(e).toBeInstanceOf(AppError);
          expect((e as AppError).code).toBe('CALENDAR_MISSING');
          expect((e as AppError).message).toContain(forward ? '2027 年' : '2024 年');
        }
      }),
    );
  });

  it('R-DAYS-01: isWorkingDay is Monday–Friday except the stored holidays, plus the stored 调休 days', () => {
    const stored = new Map(officialCalendars.flatMap((c) => c.days.map((x) => [x.day, x.kind] as const)));
    fc.assert(
      fc.property(anyDay, (d) => {
        const kind = stored.get(d);
        const expected = kind ? kind === 'workday' : !isWeekend(d);
        expect(isWorkingDay(cal, d)).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });
});
