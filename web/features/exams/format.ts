/** Times of exam day as the screens show them: China time (UTC+8 all year), whatever the device's zone. */

const china = (d: string | number | Date) => new Date(new Date(d).getTime() + 8 * 3600_000).toISOString();

/** `HH:mm` in China time. */
export const hhmm = (d: string | number | Date | null | undefined) => (d == null ? '—' : china(d).slice(11, 16));

/** `HH:mm:ss` in China time. */
export const hhmmss = (d: string | number | Date | null | undefined) => (d == null ? '—' : china(d).slice(11, 19));

/** `MM-DD HH:mm` in China time. */
export const dayTime = (d: string | number | Date | null | undefined) =>
  d == null ? '—' : `${china(d).slice(5, 10)} ${china(d).slice(11, 16)}`;

/** A number of seconds as 时/分/秒 words (`1 小时 5 分`, `3 分 20 秒`, `12 秒`). */
export function duration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s >= 3600) return `${Math.floor(s / 3600)} 小时 ${Math.floor((s % 3600) / 60)} 分`;
  if (s >= 60) return `${Math.floor(s / 60)} 分 ${s % 60} 秒`;
  return `${s} 秒`;
}
