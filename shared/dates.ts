// Calendar days as 'YYYY-MM-DD' strings, the one form dates travel in between server, web and database.

const DAY_MS = 86_400_000;

/** Today's date in China (UTC+8), YYYY-MM-DD. */
export const chinaToday = (now = new Date()): string =>
  new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

/** `day` moved by `n` calendar days (negative moves back). */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}
