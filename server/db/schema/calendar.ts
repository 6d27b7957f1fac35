import { date, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/** A year whose official calendar has been loaded (R-DAYS-01: a year without one is an error). */
export const calendarYears = pgTable('calendar_years', {
  year: integer('year').primaryKey(),
  source: text('source').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Exceptions to Monday–Friday: `holiday` (a weekday off) or `workday` (调休, a weekend day worked). */
export const calendarDays = pgTable(
  'calendar_days',
  {
    year: integer('year')
      .notNull()
      .references(() => calendarYears.year, { onDelete: 'cascade' }),
    day: date('day', { mode: 'string' }).notNull(),
    kind: text('kind', { enum: ['holiday', 'workday'] as const }).notNull(),
    name: text('name').notNull(),
  },
  (t) => [primaryKey({ columns: [t.day] })],
);
