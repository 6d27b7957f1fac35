// R-EXAM-02: scoring at submit of a computer-based theory paper: single choice, multiple choice with the bank's
// partial-credit rule (none / half / proportional), true/false. Pure: the key comes from the item bank.
import type { PartialCreditRule } from '../../../shared/itembank.js';

export interface KeyItem {
  no: number;
  type: string;
  points: number;
  /** The form's letters ('AC'), or '正确' / '错误' for true/false (itembank's `publishedPaperKey`). */
  answer: string;
}

/** The key of a true/false item in the client's letters. */
const trueFalseKey = (answer: string) => (answer === '正确' ? 'T' : answer === '错误' ? 'F' : answer);

const letters = (v: string) => new Set(v.split('').filter((c) => /[A-H]/.test(c)));

/** Points of one answer (rounded to hundredths). */
export function scoreItem(item: KeyItem, value: string | undefined, rule: PartialCreditRule): number {
  const v = (value ?? '').trim().toUpperCase();
  if (!v) return 0;
  if (item.type === 'truefalse') return v === trueFalseKey(item.answer) ? item.points : 0;
  if (item.type === 'single') return v === item.answer ? item.points : 0;
  if (item.type !== 'multiple') return 0;
  const key = letters(item.answer);
  const chosen = letters(v);
  if ([...chosen].some((c) => !key.has(c))) return 0; // a wrong option scores nothing, whatever the rule
  if (chosen.size === key.size) return item.points;
  if (rule === 'half') return Math.round(item.points * 50) / 100;
  if (rule === 'proportional') return Math.round((item.points * chosen.size * 100) / key.size) / 100;
  return 0;
}

/** R-EXAM-02: the score of a paper and its detail per item. */
export function scorePaper(
  key: readonly KeyItem[],
  answers: ReadonlyMap<number, string>,
  rule: PartialCreditRule,
): { score: number; detail: { no: number; points: number }[] } {
  const detail = key.map((k) => ({ no: k.no, points: scoreItem(k, answers.get(k.no), rule) }));
  const score = Math.round(detail.reduce((s, d) => s + d.points * 100, 0)) / 100;
  return { score, detail };
}
