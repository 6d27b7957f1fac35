import type { calendarDays, calendarYears } from '../../db/schema/index.js';
import type { CalendarDay, CalendarYear } from '../../../shared/calendar.js';

type YearRow = typeof calendarYears.$inferSelect;
type DayRow = typeof calendarDays.$inferSelect;

export const byDay = (a: { day: string }, b: { day: string }) => a.day.localeCompare(b.day);

export const presentCalendarDay = (d: DayRow): CalendarDay => ({ day: d.day, kind: d.kind, name: d.name });

export const presentCalendarYear = (y: YearRow, days: DayRow[]): CalendarYear => ({
  year: y.year,
  source: y.source,
  updatedAt: y.updatedAt.toISOString(),
  days: days.map(presentCalendarDay).sort(byDay),
});
