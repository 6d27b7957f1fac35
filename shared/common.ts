import { z } from 'zod';

export const idParam = z.object({ id: z.string().uuid('编号格式不正确') });

export const paged = <T extends z.ZodTypeAny>(item: T) => z.object({ items: z.array(item), total: z.number().int() });

export const okResponse = z.object({ ok: z.literal(true) });

/**
 * C0 control characters other than tab, line feed and carriage return, and DEL: PostgreSQL refuses U+0000 in text,
 * and none of them belongs in a form field or a query value.
 */
const CONTROL_CHARS = /^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/;

/** True when `value` holds a character that `text()` refuses. */
export const hasControlChars = (value: string) => !CONTROL_CHARS.test(value);
/** `value` without the characters `text()` refuses (for names that arrive outside a schema: uploaded file names). */
export const stripControlChars = (value: string) =>
  value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');

/** The one request-side text schema: every free-text field and query value goes through it. */
export const text = () => z.string().regex(CONTROL_CHARS, '不能包含控制字符');

/** True when `value` is a calendar date that exists (2026-02-30 does not), in the years the system deals with. */
export function isRealDay(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1900 || y > 2100 || mo < 1 || mo > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

/**
 * YYYY-MM-DD only, for the one request whose service checks each day itself and names every bad row at once
 * (the holiday calendar, R-DAYS-01); everywhere else `isoDay`.
 */
export const isoDayShape = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');

/** The one date schema (YYYY-MM-DD, a day that exists, years 1900–2100). */
export const isoDay = isoDayShape.refine((v) => !/^\d{4}-\d{2}-\d{2}$/.test(v) || isRealDay(v), {
  error: (issue) => `${String(issue.input)} 不是有效日期（应为 1900–2100 年间真实存在的日期）`,
});
