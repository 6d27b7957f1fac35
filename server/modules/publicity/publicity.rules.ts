// R-PUB-01 and R-DAYS-01 as pure rules: the window of a batch's publicity, when objections are taken, when results may
// become final. No database, no clock: the caller passes the calendar and today.
import { AppError } from '../../http/errors.js';
import {
  isWorkingDay,
  periodEnd,
  periodNextDay,
  workingDaysAfter,
  type WorkCalendar,
} from '../calendar/calendar.rules.js';
import { MIN_PUBLICITY_DAYS } from '../../../shared/publicity.js';

export interface WindowDays {
  startsOn: string;
  endsOn: string;
  days: number;
}

/**
 * R-PUB-01 / R-DAYS-01: a window "of N working days starting on D": it starts on D when D is a working day, else on
 * the next working day, and ends on its N-th working day. N is at least 5 (S §五(三)). A year without calendar data
 * is an error naming the year (CALENDAR_MISSING, from the calendar rules).
 */
export function publicityWindow(cal: WorkCalendar, requested: string, days: number): WindowDays {
  if (days < MIN_PUBLICITY_DAYS)
    throw new AppError('VALIDATION', `公示工作日数：不能少于 ${MIN_PUBLICITY_DAYS} 个工作日`, [
      { field: 'workingDays', message: `公示工作日数：不能少于 ${MIN_PUBLICITY_DAYS} 个工作日` },
    ]);
  const startsOn = isWorkingDay(cal, requested) ? requested : workingDaysAfter(cal, requested, 1);
  return { startsOn, endsOn: periodEnd(cal, startsOn, days), days };
}

/** R-DAYS-01: what follows a period may happen from the next working day: the first day results may become final. */
export const finalFrom = (cal: WorkCalendar, w: WindowDays): string => periodNextDay(cal, w.startsOn, w.days);

/** R-PUB-01: objections are taken from the window's first day to its last day, both included, while it is open. */
export function objectionRefusal(w: WindowDays & { state: 'open' | 'final' }, today: string): string | null {
  if (w.state === 'final' || today > w.endsOn)
    return `本批次成绩公示期（${w.startsOn} 至 ${w.endsOn}）已结束，不再受理异议`;
  if (today < w.startsOn)
    return `本批次成绩公示将于 ${w.startsOn} 开始，公示期内（${w.startsOn} 至 ${w.endsOn}）方可提出异议`;
  return null;
}

export const acceptsObjections = (w: WindowDays & { state: 'open' | 'final' }, today: string) =>
  objectionRefusal(w, today) === null;

/**
 * R-PUB-01: results become final only after the window's last day has passed (from the next working day, R-DAYS-01)
 * and once every objection is resolved. Returns the reason it may not, in Chinese, or null.
 */
export function finalRefusal(
  cal: WorkCalendar,
  w: WindowDays & { state: 'open' | 'final' },
  today: string,
  openObjections: number,
): string | null {
  if (w.state === 'final') return '本批次成绩已确定，不能重复操作';
  const from = finalFrom(cal, w);
  if (today < from) return `公示期为 ${w.startsOn} 至 ${w.endsOn}（${w.days} 个工作日），${from} 起方可确定成绩`;
  if (openObjections > 0) return `尚有 ${openObjections} 条异议未处理，全部处理后方可确定成绩`;
  return null;
}
