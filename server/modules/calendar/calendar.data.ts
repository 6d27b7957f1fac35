import type { CalendarDay } from '../../../shared/calendar.js';
import { isWeekend } from './calendar.rules.js';
import { addDays } from '../../../shared/dates.js';

/**
 * The published official calendars (国务院办公厅关于…部分节假日安排的通知), seeded at start-up (R-DAYS-01).
 * Written here as the notice words them — each festival's days off and its 调休 working days — and stored as
 * exceptions to Monday–Friday only: a day off that falls on a weekend is off anyway and is not stored (the same
 * rule saveCalendarYear enforces for admins' entries).
 */
interface Festival {
  name: string;
  /** First and last day off, inclusive. */
  off: [string, string];
  /** Weekend days worked instead (调休上班). */
  workdays?: string[];
}

interface OfficialCalendar {
  year: number;
  source: string;
  festivals: Festival[];
}

const official: OfficialCalendar[] = [
  {
    year: 2025,
    source: '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）',
    festivals: [
      { name: '元旦', off: ['2025-01-01', '2025-01-01'] },
      { name: '春节', off: ['2025-01-28', '2025-02-04'], workdays: ['2025-01-26', '2025-02-08'] },
      { name: '清明节', off: ['2025-04-04', '2025-04-06'] },
      { name: '劳动节', off: ['2025-05-01', '2025-05-05'], workdays: ['2025-04-27'] },
      { name: '端午节', off: ['2025-05-31', '2025-06-02'] },
      { name: '国庆节、中秋节', off: ['2025-10-01', '2025-10-08'], workdays: ['2025-09-28', '2025-10-11'] },
    ],
  },
  {
    year: 2026,
    source: '国务院办公厅关于2026年部分节假日安排的通知（国办发明电〔2025〕7号）',
    festivals: [
      { name: '元旦', off: ['2026-01-01', '2026-01-03'], workdays: ['2026-01-04'] },
      { name: '春节', off: ['2026-02-15', '2026-02-23'], workdays: ['2026-02-14', '2026-02-28'] },
      { name: '清明节', off: ['2026-04-04', '2026-04-06'] },
      { name: '劳动节', off: ['2026-05-01', '2026-05-05'], workdays: ['2026-05-09'] },
      { name: '端午节', off: ['2026-06-19', '2026-06-21'] },
      { name: '中秋节', off: ['2026-09-25', '2026-09-27'] },
      { name: '国庆节', off: ['2026-10-01', '2026-10-07'], workdays: ['2026-09-20', '2026-10-10'] },
    ],
  },
];

function exceptionDays(festivals: Festival[]): CalendarDay[] {
  const days: CalendarDay[] = [];
  for (const f of festivals) {
    for (let d = f.off[0]; d <= f.off[1]; d = addDays(d, 1))
      if (!isWeekend(d)) days.push({ day: d, kind: 'holiday', name: f.name });
    for (const d of f.workdays ?? []) days.push({ day: d, kind: 'workday', name: `${f.name}调休上班` });
  }
  return days.sort((a, b) => a.day.localeCompare(b.day));
}

/** R-DAYS-01: the official years as stored rows: year, source and its exception days sorted by date. */
export const officialCalendars: { year: number; source: string; days: CalendarDay[] }[] = official.map((c) => ({
  year: c.year,
  source: c.source,
  days: exceptionDays(c.festivals),
}));
