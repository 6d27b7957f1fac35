import { z } from 'zod';
import { text, isoDay, isoDayShape } from './common.js';

export { isoDay };

/** An exception to Monday–Friday: a weekday off (`holiday`) or a weekend day worked (`workday`, 调休). */
export const calendarDay = z.object({
  // R-DAYS-01: the service checks each day (exists, in the year, not a duplicate) and names every bad row at once.
  day: isoDayShape,
  kind: z.enum(['holiday', 'workday']),
  name: text().trim().min(1, '请填写名称').max(30),
});
export type CalendarDay = z.infer<typeof calendarDay>;

export const calendarYear = z.object({
  year: z.number().int(),
  source: z.string(),
  updatedAt: z.string(),
  days: z.array(calendarDay),
});
export type CalendarYear = z.infer<typeof calendarYear>;

export const calendarYearBody = z.object({
  source: text().trim().min(1, '请填写依据（如国务院办公厅通知文号）').max(100),
  days: z.array(calendarDay).max(120),
});

export const yearParam = z.object({ year: z.coerce.number().int().min(2000, '年份不正确').max(2100, '年份不正确') });

/** R-DAYS-01: the three ways a deadline is counted in working days (see server/modules/calendar/calendar.rules.ts). */
export const deadlineKind = z.enum(['before', 'after', 'period']);
export type DeadlineKind = z.infer<typeof deadlineKind>;

export const deadlineQuery = z.object({
  kind: deadlineKind,
  day: isoDay,
  n: z.coerce.number().int('工作日天数应为整数').min(1, '工作日天数至少为 1').max(250, '工作日天数不能超过 250'),
});

/**
 * `result`: for `before` the last day it may still be done, for `after` the last day of the window, for `period`
 * the period's last day; `next` (period only) is the first working day after the period.
 */
export const deadlineResult = z.object({
  kind: deadlineKind,
  day: isoDay,
  n: z.number().int(),
  result: isoDay,
  next: isoDay.nullable(),
});
export type DeadlineResult = z.infer<typeof deadlineResult>;
