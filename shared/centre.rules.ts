import { daysBetween } from './dates.js';
/**
 * Pure rules of the centre module that the web needs too (forms check what the server checks). No I/O.
 */

/** R-ORG-02: occupation code `N-NN-NN-NN` (职业分类大典). */
export const OCCUPATION_CODE = /^\d-\d{2}-\d{2}-\d{2}$/;

/** GB/T 2260 province codes (positions 6–7 of a filing code, R-CERT-01). */
export const provinceCodes: Record<string, string> = {
  '11': '北京',
  '12': '天津',
  '13': '河北',
  '14': '山西',
  '15': '内蒙古',
  '21': '辽宁',
  '22': '吉林',
  '23': '黑龙江',
  '31': '上海',
  '32': '江苏',
  '33': '浙江',
  '34': '安徽',
  '35': '福建',
  '36': '江西',
  '37': '山东',
  '41': '河南',
  '42': '湖北',
  '43': '湖南',
  '44': '广东',
  '45': '广西',
  '46': '海南',
  '50': '重庆',
  '51': '四川',
  '52': '贵州',
  '53': '云南',
  '54': '西藏',
  '61': '陕西',
  '62': '甘肃',
  '63': '青海',
  '64': '宁夏',
  '65': '新疆',
  '71': '台湾',
  '81': '香港',
  '82': '澳门',
};

/**
 * R-ORG-01 / R-CERT-01: the 13-character filing code given by the authority: `Y` (用人单位, colleges) or `S`
 * (社会培训评价组织), 12 digits, positions 6–7 a province code. Returns a Chinese reason, or null when valid.
 */
export function checkFilingCode(code: string): string | null {
  if (code.length !== 13) return `应为 13 位（现为 ${code.length} 位）`;
  if (!/^[YS]/.test(code)) return '第 1 位应为 Y（用人单位）或 S（社会培训评价组织）';
  if (!/^[YS]\d{12}$/.test(code)) return '第 2–13 位应为数字';
  const province = code.slice(5, 7);
  if (!provinceCodes[province]) return `第 6–7 位“${province}”不是有效的省级行政区代码`;
  return null;
}

const CREDIT_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** GB 32100-2015: the check character of the first 17 characters of a 统一社会信用代码 (null if they are invalid). */
export function creditCodeCheckChar(first17: string): string | null {
  if (!/^[0-9A-HJ-NPQRTUWXY]{17}$/.test(first17)) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CREDIT_CHARS.indexOf(first17[i]) * CREDIT_WEIGHTS[i];
  return CREDIT_CHARS[(31 - (sum % 31)) % 31];
}

/** R-ORG-01: a 统一社会信用代码 with its GB 32100 check character. Returns a Chinese reason, or null when valid. */
export function checkCreditCode(code: string): string | null {
  if (code.length !== 18) return `应为 18 位（现为 ${code.length} 位）`;
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(code)) return '只能包含数字和大写字母（不含 I、O、Z、S、V）';
  if (!/^\d{6}$/.test(code.slice(2, 8))) return '第 3–8 位应为登记管理机关行政区划码（6 位数字）';
  const expected = creditCodeCheckChar(code.slice(0, 17));
  if (expected !== code[17]) return `校验位不正确（第 18 位应为 ${expected}）`;
  return null;
}

export const levelNames: Record<number, string> = {
  1: '一级/高级技师',
  2: '二级/技师',
  3: '三级/高级工',
  4: '四级/中级工',
  5: '五级/初级工',
};

/**
 * R-ORG-02: levels as the authority writes them, `5、4、3` — also `5.4.3`, `3、4`, `5，4` or `4-1`; returns the
 * distinct levels from 5 down to 1, or a Chinese reason.
 */
export function parseLevels(text: string): number[] | string {
  const s = text.replace(/\s+/g, '').replace(/级/g, '');
  if (!s) return '请填写等级';
  const out = new Set<number>();
  for (const part of s.split(/[、,，.;；/]+/).filter(Boolean)) {
    const range = /^([1-5])[-~～—]([1-5])$/.exec(part);
    if (range) {
      const [a, b] = [Number(range[1]), Number(range[2])].sort();
      for (let l = a; l <= b; l++) out.add(l);
    } else if (/^[1-5]$/.test(part)) out.add(Number(part));
    else return `“${part}”不是 1–5 的等级`;
  }
  return [...out].sort((a, b) => b - a);
}

/** Levels written as the authority does: from 5 down, joined by 、. */
export const formatLevels = (levels: readonly number[]) => [...levels].sort((a, b) => b - a).join('、');

/**
 * R-ORG-01: a filing is valid 3 years from its date (H 备案回执 “有效期 3 年（自…至…）”): the last valid day is the
 * day before the same date 3 years later (2022-01-10 → 2025-01-09; a 29 February start ends on 28 February).
 */
export function filingValidUntil(filingDate: string): string {
  const [y, m, d] = filingDate.split('-').map(Number);
  // Date.UTC rolls 29 February of a common year over to 1 March, so the day before is 28 February.
  return new Date(Date.UTC(y + 3, m - 1, d - 1)).toISOString().slice(0, 10);
}

export type FilingStatus = 'none' | 'valid' | 'expiring' | 'expired';

export interface FilingState {
  status: FilingStatus;
  validUntil: string | null;
  daysLeft: number | null;
}

/** R-ORG-01: valid, expiring (within `warnDays`, a setting of the centre, default 90) or expired on `today`. */
export function filingStatus(
  centre: { filingCode: string | null; filingDate: string | null },
  today: string,
  warnDays = 90,
): FilingState {
  if (!centre.filingCode || !centre.filingDate) return { status: 'none', validUntil: null, daysLeft: null };
  const validUntil = filingValidUntil(centre.filingDate);
  const daysLeft = daysBetween(today, validUntil);
  if (daysLeft < 0) return { status: 'expired', validUntil, daysLeft };
  return { status: daysLeft <= warnDays ? 'expiring' : 'valid', validUntil, daysLeft };
}

export const filingValidityNames: Record<FilingStatus, string> = {
  none: '未备案',
  valid: '有效',
  expiring: '即将到期',
  expired: '已过期',
};

export interface AssessmentItemLike {
  id: string;
  kind: 'points' | 'veto' | 'bonus';
  maxPoints: number;
  subItem: string;
  content: string;
}
export interface AssessmentScore {
  itemId: string;
  points?: number | null;
  ok?: boolean | null;
}
export interface AssessmentResult {
  total: number;
  points: number;
  bonus: number;
  maxTotal: number;
  vetoFailures: string[];
  unanswered: string[];
  passed: boolean;
}

/**
 * R-ORG-06: the score sheet's result. Points items count up to their maximum, bonus items (优先项目) add to the
 * total; any veto item (否决项) answered "no" — or not answered — fails the whole assessment whatever the points;
 * otherwise it passes at `passMark` (a setting, default 65).
 */
export function scoreAssessment(
  items: readonly AssessmentItemLike[],
  scores: readonly AssessmentScore[],
  passMark = 65,
): AssessmentResult {
  const byItem = new Map(scores.map((s) => [s.itemId, s]));
  let points = 0;
  let bonus = 0;
  const vetoFailures: string[] = [];
  const unanswered: string[] = [];
  for (const item of items) {
    const s = byItem.get(item.id);
    const label = `${item.subItem}：${item.content}`;
    if (item.kind === 'veto') {
      if (s?.ok === false) vetoFailures.push(label);
      else if (s?.ok !== true) unanswered.push(label);
    } else {
      const p = Math.max(0, Math.min(item.maxPoints, Number(s?.points ?? 0)));
      if (item.kind === 'bonus') bonus += p;
      else points += p;
    }
  }
  const round = (n: number) => Math.round(n * 10) / 10;
  const total = round(points + bonus);
  const maxTotal = items.filter((i) => i.kind === 'points').reduce((a, i) => a + i.maxPoints, 0);
  return {
    total,
    points: round(points),
    bonus: round(bonus),
    maxTotal,
    vetoFailures,
    unanswered,
    passed: vetoFailures.length === 0 && unanswered.length === 0 && total >= passMark,
  };
}
