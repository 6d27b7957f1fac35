import { asc, eq } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.js';
import { calendarDays, calendarYears } from '../../db/schema/index.js';
import { authorize, systemActor, type Actor } from '../../http/access.js';
import { AppError, type FieldIssue } from '../../http/errors.js';
import type { CalendarDay, CalendarYear, DeadlineKind, DeadlineResult } from '../../../shared/calendar.js';
import { recordAudit } from '../audit/audit.service.js';
import { officialCalendars } from './calendar.data.js';
import {
  buildWorkCalendar,
  isValidDay,
  isWeekend,
  periodEnd,
  periodNextDay,
  weekdayName,
  workingDaysAfter,
  workingDaysBefore,
  yearOf,
  type WorkCalendar,
} from './calendar.rules.js';
import { byDay, presentCalendarYear } from './calendar.present.js';

async function readYears(db: DbOrTx): Promise<CalendarYear[]> {
  const [years, days] = await Promise.all([
    db.select().from(calendarYears).orderBy(asc(calendarYears.year)),
    db.select().from(calendarDays).orderBy(asc(calendarDays.day)),
  ]);
  return years.map((y) =>
    presentCalendarYear(
      y,
      days.filter((d) => d.year === y.year),
    ),
  );
}

/** R-DAYS-01: the whole calendar (a few dozen rows a year) for the pure working-day rules. */
export async function loadWorkCalendar(db: DbOrTx): Promise<WorkCalendar> {
  const [years, days] = await Promise.all([
    db.select({ year: calendarYears.year }).from(calendarYears),
    db.select({ year: calendarDays.year, day: calendarDays.day, kind: calendarDays.kind }).from(calendarDays),
  ]);
  return buildWorkCalendar(
    years.map((y) => ({
      year: y.year,
      days: days.filter((d) => d.year === y.year).map((d) => ({ day: d.day, kind: d.kind })),
    })),
  );
}

/** R-DAYS-01: every loaded year with its exception days, by year and date. */
export async function listCalendarYears(db: Db, opts: { actor: Actor | null }): Promise<CalendarYear[]> {
  authorize(opts.actor, 'calendar.read');
  return readYears(db);
}

/**
 * R-DAYS-01: refuses rows that cannot be a year's exceptions to Monday–Friday. Every problem is reported at once,
 * each naming its row (field `days.N.day`, N counted from 0 like the request validation; the message from 1).
 */
export function checkCalendarDays(year: number, days: readonly CalendarDay[]): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const seen = new Map<string, number>();
  days.forEach((d, i) => {
    const field = `days.${i}.day`;
    const row = `第 ${i + 1} 项的日期`;
    if (!isValidDay(d.day)) {
      issues.push({ field, message: `${row}：${d.day} 不是有效日期` });
      return;
    }
    if (yearOf(d.day) !== year) {
      issues.push({ field, message: `${row}：${d.day} 不在 ${year} 年内` });
      return;
    }
    const first = seen.get(d.day);
    if (first !== undefined) {
      issues.push({ field, message: `${row}：${d.day} 与第 ${first + 1} 项重复` });
      return;
    }
    seen.set(d.day, i);
    if (d.kind === 'workday' && !isWeekend(d.day))
      issues.push({ field, message: `${row}：${d.day} 是${weekdayName(d.day)}，本来就是工作日，不能设为调休上班` });
    if (d.kind === 'holiday' && isWeekend(d.day))
      issues.push({ field, message: `${row}：${d.day} 是${weekdayName(d.day)}，本来就休息，无需设为放假` });
  });
  return issues;
}

/**
 * R-DAYS-01: an admin enters or corrects a year's official calendar. The year's days are replaced as a whole, in
 * one transaction with its audit row (action `create` for a new year, `update` otherwise).
 */
export async function saveCalendarYear(
  db: Db,
  opts: { actor: Actor | null; year: number; source: string; days: CalendarDay[] },
): Promise<CalendarYear> {
  authorize(opts.actor, 'calendar.manage');
  const actor = opts.actor;
  const { year, source } = opts;
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    throw new AppError('VALIDATION', '年份不正确', [{ field: 'year', message: '年份：应在 2000 到 2100 之间' }]);
  const issues = checkCalendarDays(year, opts.days);
  if (issues.length) throw new AppError('VALIDATION', issues.map((i) => i.message).join('；'), issues);
  const days = [...opts.days].sort(byDay);

  return db.transaction(async (tx) => {
    // Creates the year or, if it exists, waits for any concurrent save of it and locks it.
    const created = await tx
      .insert(calendarYears)
      .values({ year, source })
      .onConflictDoNothing({ target: calendarYears.year })
      .returning();
    let before: CalendarYear | null = null;
    if (created.length === 0) {
      const [old] = await tx.select().from(calendarYears).where(eq(calendarYears.year, year)).for('update');
      const oldDays = await tx.select().from(calendarDays).where(eq(calendarDays.year, year));
      before = presentCalendarYear(old, oldDays);
      await tx.update(calendarYears).set({ source, updatedAt: new Date() }).where(eq(calendarYears.year, year));
      await tx.delete(calendarDays).where(eq(calendarDays.year, year));
    }
    if (days.length) await tx.insert(calendarDays).values(days.map((d) => ({ year, ...d })));
    const [row] = await tx.select().from(calendarYears).where(eq(calendarYears.year, year));
    const rows = await tx.select().from(calendarDays).where(eq(calendarDays.year, year));
    const after = presentCalendarYear(row, rows);
    await recordAudit(tx, actor, {
      action: before ? 'update' : 'create',
      entity: 'calendar',
      entityId: String(year),
      before,
      after,
    });
    return after;
  });
}

/**
 * R-DAYS-01: start-up seeding of the published official calendars. Inserts each official year that is absent (an
 * admin's edits to a present year are kept) and writes one audit row when anything was inserted. Idempotent.
 * Returns the years inserted.
 */
export async function seedOfficialCalendars(tx: DbOrTx, actor: Actor = systemActor): Promise<number[]> {
  const seeded: CalendarYear[] = [];
  for (const c of officialCalendars) {
    const [row] = await tx
      .insert(calendarYears)
      .values({ year: c.year, source: c.source })
      .onConflictDoNothing({ target: calendarYears.year })
      .returning();
    if (!row) continue;
    if (c.days.length) await tx.insert(calendarDays).values(c.days.map((d) => ({ year: c.year, ...d })));
    seeded.push({ year: c.year, source: c.source, updatedAt: row.updatedAt.toISOString(), days: c.days });
  }
  if (seeded.length)
    await recordAudit(tx, actor, {
      action: 'seed',
      entity: 'calendar',
      entityId: seeded.map((s) => String(s.year)).join(','),
      after: seeded,
    });
  return seeded.map((s) => s.year);
}

/** The source text of a demo-only year: the calendar page shows it, so nobody takes it for the official one. */
export const PROVISIONAL_SOURCE =
  '演示用临时日历：只含固定日期的法定节假日（元旦、劳动节、国庆节），未含春节等农历节日和调休；正式使用前须按国务院办公厅通知录入';

/** The fixed-date statutory holidays (全国年节及纪念日放假办法, 2025 revision); the lunar ones need the official notice. */
const FIXED_HOLIDAYS: [string, string][] = [
  ['01-01', '元旦'],
  ['05-01', '劳动节'],
  ['05-02', '劳动节'],
  ['10-01', '国庆节'],
  ['10-02', '国庆节'],
  ['10-03', '国庆节'],
];

/**
 * Demo mode only (server/main.ts, first start): years after the last official one up to next year get a calendar of
 * weekends and the fixed-date holidays, marked as provisional, so a demo started in December can still plan next year's batches. Production
 * never does this: a missing year stays an error naming it (R-DAYS-01), until an admin enters the official days.
 */
export async function seedProvisionalDemoCalendars(tx: DbOrTx, opts: { today: string }): Promise<number[]> {
  const next = Number(opts.today.slice(0, 4)) + 1;
  const have = new Set((await tx.select({ year: calendarYears.year }).from(calendarYears)).map((r) => r.year));
  const last = Math.max(...officialCalendars.map((c) => c.year));
  const added: number[] = [];
  for (let y = last + 1; y <= next; y++) {
    if (have.has(y)) continue;
    await tx.insert(calendarYears).values({ year: y, source: PROVISIONAL_SOURCE });
    await tx
      .insert(calendarDays)
      .values(FIXED_HOLIDAYS.map(([md, name]) => ({ year: y, day: `${y}-${md}`, kind: 'holiday' as const, name })));
    added.push(y);
  }
  if (added.length)
    await recordAudit(tx, systemActor, {
      action: 'seed',
      entity: 'calendar',
      entityId: added.join(','),
      after: { years: added, source: PROVISIONAL_SOURCE },
    });
  return added;
}

/** R-DAYS-01 (used for R-PLAN-04 and similar deadlines): one working-day computation on the current calendar. */
export async function computeDeadline(
  db: DbOrTx,
  opts: { actor: Actor | null; kind: DeadlineKind; day: string; n: number },
): Promise<DeadlineResult> {
  authorize(opts.actor, 'calendar.read');
  const { kind, day, n } = opts;
  const cal = await loadWorkCalendar(db);
  if (kind === 'before') return { kind, day, n, result: workingDaysBefore(cal, day, n), next: null };
  if (kind === 'after') return { kind, day, n, result: workingDaysAfter(cal, day, n), next: null };
  return { kind, day, n, result: periodEnd(cal, day, n), next: periodNextDay(cal, day, n) };
}
