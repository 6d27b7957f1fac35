import { AppError } from '../../http/errors.js';

/**
 * Working-day arithmetic (R-DAYS-01). Pure: no I/O, no clock, no time zone. A day is a 'YYYY-MM-DD' string and is
 * handled as a whole number of days since 1970-01-01 in UTC, so the server's time zone can never shift a date.
 */

export type DayKind = 'holiday' | 'workday';

/** What the rules need from one loaded year: its exceptions to Monday–Friday. */
export interface CalendarYearData {
  year: number;
  days: { day: string; kind: DayKind }[];
}

/** The loaded calendar: which years have data, and the exception days of those years. */
export interface WorkCalendar {
  readonly years: ReadonlySet<number>;
  readonly exceptions: ReadonlyMap<string, DayKind>;
}

const DAY_MS = 86_400_000;
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const WEEKDAY_NAMES = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'] as const;

/** R-DAYS-01: build the calendar from the loaded years; an exception outside its own year is ignored. */
export function buildWorkCalendar(years: readonly CalendarYearData[]): WorkCalendar {
  const set = new Set<number>();
  const exceptions = new Map<string, DayKind>();
  for (const y of years) {
    set.add(y.year);
    for (const d of y.days) if (yearOf(d.day) === y.year) exceptions.set(d.day, d.kind);
  }
  return { years: set, exceptions };
}

// ---------------------------------------------------------------------------------------------------------------
// Date helpers (UTC day numbers)
// ---------------------------------------------------------------------------------------------------------------

/** True when `day` is a real calendar date written as YYYY-MM-DD (2026-02-30 is not). */
export function isValidDay(day: string): boolean {
  const m = DAY_PATTERN.exec(day);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** Days since 1970-01-01 (UTC); refuses anything that is not a real date. */
export function dayNumber(day: string): number {
  if (!isValidDay(day))
    throw new AppError('VALIDATION', `日期：${day} 不是有效日期（格式应为 YYYY-MM-DD）`, [
      { field: 'day', message: `日期：${day} 不是有效日期` },
    ]);
  const [y, mo, d] = day.split('-').map(Number);
  return Date.UTC(y, mo - 1, d) / DAY_MS;
}

/** The 'YYYY-MM-DD' string of a day number. */
export function dayString(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

export function yearOf(day: string): number {
  return Number(day.slice(0, 4));
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: string): number {
  // 1970-01-01 was a Thursday (4).
  return (((dayNumber(day) + 4) % 7) + 7) % 7;
}

export function weekdayName(day: string): string {
  return WEEKDAY_NAMES[weekdayOf(day)];
}

export function isWeekend(day: string): boolean {
  const w = weekdayOf(day);
  return w === 0 || w === 6;
}

// ---------------------------------------------------------------------------------------------------------------
// R-DAYS-01
// ---------------------------------------------------------------------------------------------------------------

/** R-DAYS-01: a date in a year without calendar data is an error naming that year, never a Monday–Friday guess. */
export function calendarMissing(year: number): AppError {
  return new AppError(
    'CALENDAR_MISSING',
    `尚未录入 ${year} 年的法定节假日安排，无法计算工作日，请系统管理员先在“工作日历”中录入`,
    { year },
  );
}

function assertYearLoaded(cal: WorkCalendar, n: number): void {
  const year = new Date(n * DAY_MS).getUTCFullYear();
  if (!cal.years.has(year)) throw calendarMissing(year);
}

function assertCount(n: number): void {
  if (!Number.isSafeInteger(n) || n < 1)
    throw new AppError('VALIDATION', `工作日天数应为正整数（收到：${String(n)}）`, [
      { field: 'n', message: '工作日天数：应为正整数' },
    ]);
}

/** Working-day test on a day number: 'holiday' is off and 'workday' is on whatever the weekday. */
function working(cal: WorkCalendar, n: number): boolean {
  assertYearLoaded(cal, n);
  const kind = cal.exceptions.get(dayString(n));
  if (kind === 'holiday') return false;
  if (kind === 'workday') return true;
  const w = (((n + 4) % 7) + 7) % 7;
  return w !== 0 && w !== 6;
}

/** Steps from `start` (not counted) in direction `step` until the `n`-th working day. */
function nthWorkingDay(cal: WorkCalendar, start: number, n: number, step: 1 | -1): number {
  let d = start;
  let left = n;
  while (left > 0) {
    d += step;
    if (working(cal, d)) left--;
  }
  return d;
}

/** R-DAYS-01: whether `day` is a working day (official calendar including 调休 make-up days). */
export function isWorkingDay(cal: WorkCalendar, day: string): boolean {
  return working(cal, dayNumber(day));
}

/**
 * R-DAYS-01: "N working days before D" — the N-th working day counted back from D, D itself not counted. This is the
 * last day on which the thing may still be done. D's own year must be loaded too.
 */
export function workingDaysBefore(cal: WorkCalendar, day: string, n: number): string {
  assertCount(n);
  const d = dayNumber(day);
  assertYearLoaded(cal, d);
  return dayString(nthWorkingDay(cal, d, n, -1));
}

/** R-DAYS-01: "within N working days after D" ends on the N-th working day after D, D not counted. */
export function workingDaysAfter(cal: WorkCalendar, day: string, n: number): string {
  assertCount(n);
  const d = dayNumber(day);
  assertYearLoaded(cal, d);
  return dayString(nthWorkingDay(cal, d, n, 1));
}

/**
 * R-DAYS-01: the last day of a period "of N working days starting on D": D is its first day if D is a working day,
 * otherwise the period starts on the next working day.
 */
export function periodEnd(cal: WorkCalendar, start: string, n: number): string {
  assertCount(n);
  const d = dayNumber(start);
  const first = working(cal, d) ? d : nthWorkingDay(cal, d, 1, 1);
  return dayString(n === 1 ? first : nthWorkingDay(cal, first, n - 1, 1));
}

/** R-DAYS-01: the first day on which what follows a period of N working days starting on D may happen. */
export function periodNextDay(cal: WorkCalendar, start: string, n: number): string {
  return workingDaysAfter(cal, periodEnd(cal, start, n), 1);
}

/** R-DAYS-01: the number of working days from `from` to `to`, both included (`from` must not be after `to`). */
export function countWorkingDays(cal: WorkCalendar, from: string, to: string): number {
  const a = dayNumber(from);
  const b = dayNumber(to);
  if (a > b)
    throw new AppError('VALIDATION', `开始日期 ${from} 晚于结束日期 ${to}`, [
      { field: 'to', message: '结束日期：不能早于开始日期' },
    ]);
  let count = 0;
  for (let d = a; d <= b; d++) if (working(cal, d)) count++;
  return count;
}
