import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { calendarDays, calendarYears } from '../../db/schema/index.js';
import { PROVISIONAL_SOURCE } from './calendar.service.js';

/**
 * The test template is seeded as the demo server is, with the provisional years after the official ones (so the
 * demo's dates a few working days ahead exist in late December too). A case about a year without calendar data
 * (R-DAYS-01: an error naming the year) first removes those provisional years; returns the years removed.
 */
export async function removeProvisionalYears(db: Db): Promise<number[]> {
  const years = (
    await db
      .select({ year: calendarYears.year })
      .from(calendarYears)
      .where(eq(calendarYears.source, PROVISIONAL_SOURCE))
  ).map((r) => r.year);
  if (years.length) {
    await db.delete(calendarDays).where(inArray(calendarDays.year, years));
    await db.delete(calendarYears).where(inArray(calendarYears.year, years));
  }
  return years;
}
