import { chinaToday } from './dates.js';
/**
 * Identity documents (R-PPL-01, R-PPL-02): pure checks and masking shared by the server and the web forms.
 * 居民身份证 numbers follow GB 11643-1999: 6-digit region code, 8-digit birth date, 3-digit sequence (odd = male),
 * and an ISO 7064 MOD 11-2 check character. 港澳台居民居住证 use the same layout with region 810000/820000/830000.
 */

export const idTypes = ['resident', 'hmt_residence', 'passport', 'other'] as const;
export type IdType = (typeof idTypes)[number];

export const idTypeNames: Record<IdType, string> = {
  resident: '居民身份证',
  hmt_residence: '港澳台居民居住证',
  passport: '护照',
  other: '其他',
};

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/** Province-level codes of GB/T 2260 (the first two digits of a region code), plus 81–83 for the residence permits. */
const PROVINCES = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63,
  64, 65, 71, 81, 82, 83,
]);

/** The check character of the first 17 digits (GB 11643 §7). */
export function idCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK[sum % 11];
}

/** Upper-cases a trailing x and removes spaces: what the clerk typed, as stored. */
export function normalizeIdNumber(idType: IdType, raw: string): string {
  const s = raw.replace(/\s+/g, '');
  return idType === 'resident' || idType === 'hmt_residence' || idType === 'passport' ? s.toUpperCase() : s;
}

/** The birth date encoded in an 18-character number, as YYYY-MM-DD, or null when it is not a real date. */
export function birthDateOf(id18: string): string | null {
  const y = Number(id18.slice(6, 10));
  const m = Number(id18.slice(10, 12));
  const d = Number(id18.slice(12, 14));
  if (!y || !m || !d) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/** 'male' / 'female' from the sequence digit (odd = male). */
export function genderOf(id18: string): 'male' | 'female' {
  return Number(id18[16]) % 2 === 1 ? 'male' : 'female';
}

/**
 * R-PPL-01: why this ID number is not acceptable (Chinese, for the clerk), or null when it is. `today` is the
 * date in China as YYYY-MM-DD (a birth date after it is refused).
 */
export function idNumberProblem(idType: IdType, raw: string, today = chinaToday()): string | null {
  const s = normalizeIdNumber(idType, raw);
  if (!s) return '请填写证件号码';
  if (idType === 'passport') return /^[A-Z0-9]{5,20}$/.test(s) ? null : '护照号码应为 5–20 位字母或数字';
  if (idType === 'other') return s.length <= 40 ? null : '证件号码不能超过 40 个字符';
  const name = idTypeNames[idType];
  if (s.length !== 18) return `${name}号码应为 18 位（当前 ${s.length} 位）`;
  if (!/^\d{17}[\dX]$/.test(s)) return `${name}号码前 17 位应为数字，最后一位为数字或 X`;
  const province = Number(s.slice(0, 2));
  if (!PROVINCES.has(province) || (idType === 'resident' && s.slice(2, 6) === '0000'))
    return `${name}号码前 6 位不是有效的行政区划代码`;
  if (idType === 'hmt_residence' && ![81, 82, 83].includes(province))
    return '港澳台居民居住证号码应以 81、82 或 83 开头';
  const birth = birthDateOf(s);
  if (!birth) return `${name}号码中的出生日期 ${s.slice(6, 10)}-${s.slice(10, 12)}-${s.slice(12, 14)} 不存在`;
  if (birth > today) return `${name}号码中的出生日期 ${birth} 晚于今天`;
  if (birth < '1900-01-01') return `${name}号码中的出生日期 ${birth} 早于 1900 年`;
  const check = idCheckChar(s);
  if (s[17] !== check) return `${name}号码校验位错误（最后一位应为 ${check}），请核对号码`;
  return null;
}

/**
 * R-PPL-02: the masked form shown to everyone who does not need the full number: the last four characters only
 * (`**************1234` for an 18-character number). The first characters (region, birth date) are never shown:
 * with the birth date beside them they would narrow the number to one person. Short numbers keep fewer.
 */
export function maskIdNumber(s: string): string {
  const keep = s.length >= 12 ? 4 : s.length >= 6 ? 2 : 0;
  return '*'.repeat(s.length - keep) + s.slice(s.length - keep);
}

/** R-PPL-02: the birth year alone of a resident or residence-permit number (a year is not enough to narrow it). */
export function birthYearOf(idType: IdType, id: string): number | null {
  if (idType !== 'resident' && idType !== 'hmt_residence') return null;
  const d = birthDateOf(id);
  return d ? Number(d.slice(0, 4)) : null;
}

/** Whole years of age on `on` (YYYY-MM-DD) for a birth date (YYYY-MM-DD). */
export function ageOn(birthDate: string, on: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [y, m, d] = on.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}
