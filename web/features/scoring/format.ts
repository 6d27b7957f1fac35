/** Times of scoring as the screens show them: China time (UTC+8 all year), whatever the device's zone. */

const china = (d: string | number | Date) => new Date(new Date(d).getTime() + 8 * 3600_000).toISOString();

/** `YYYY-MM-DD HH:mm` in China time. */
export const dateTime = (d: string | number | Date | null | undefined) =>
  d == null ? '—' : `${china(d).slice(0, 10)} ${china(d).slice(11, 16)}`;

/** `MM-DD HH:mm` in China time. */
export const dayTime = (d: string | number | Date | null | undefined) =>
  d == null ? '—' : `${china(d).slice(5, 10)} ${china(d).slice(11, 16)}`;

/** A score as the sheet prints it: up to two decimals, no trailing zeros. */
export const scoreText = (n: number | null | undefined) => (n == null ? '—' : String(Math.round(n * 100) / 100));
