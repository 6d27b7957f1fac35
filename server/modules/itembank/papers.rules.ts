import { createHash } from 'node:crypto';
import {
  itemTypeNames,
  type BankPart,
  type ItemContent,
  type ItemType,
  type PlanSpec,
} from '../../../shared/itembank.js';
import type { PaperEntry } from './itembank.types.js';

/** Pure rules of assembly plans and papers (R-BANK-02): default counts, plan validation, the paper's seal. */

/** A 鉴定范围 as the plan rules read it. */
export interface RangeNode {
  id: string;
  parentId: string | null;
  code: string;
  name: string;
  weight: number | null;
}

/**
 * Splits `total` over `weights` in proportion, rounding by the largest remainder (Hamilton): the parts are whole,
 * sum to `total`, and each is within one of its exact share. Zero weights get zero.
 */
export function largestRemainder(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + Math.max(0, b), 0);
  if (sum <= 0 || total <= 0) return weights.map(() => 0);
  const exact = weights.map((w) => (Math.max(0, w) / sum) * total);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => ({ i, r: e - Math.floor(e) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    parts[i] += 1;
    left -= 1;
  }
  return parts;
}

export const planItemCount = (spec: Pick<PlanSpec, 'sections'>) => spec.sections.reduce((a, s) => a + s.count, 0);
export const planTotalPoints = (spec: Pick<PlanSpec, 'sections'>) =>
  Math.round(spec.sections.reduce((a, s) => a + s.count * s.pointsEach, 0) * 100) / 100;

/** The default sections of a new plan: 50 theory items for 100 points, or 4 skill tasks of 25 points. */
export function defaultSections(part: BankPart): PlanSpec['sections'] {
  return part === 'skill'
    ? [{ type: 'skill', count: 4, pointsEach: 25 }]
    : [
        { type: 'single', count: 30, pointsEach: 2 },
        { type: 'multiple', count: 10, pointsEach: 2 },
        { type: 'truefalse', count: 10, pointsEach: 2 },
      ];
}

/**
 * A new plan's spec: the ranges are the blueprint's top-level 鉴定范围 with counts from their 鉴定比重
 * (largest remainder), difficulty 易/中/难 = 20/60/20 %, X points at least the setting's share of the total, and
 * the overlap, exposure and one-per-point defaults from the bank settings.
 */
export function defaultPlanSpec(
  part: BankPart,
  ranges: RangeNode[],
  settings: { minXShare: number; maxOverlap: number; maxExposure: number; onePerPoint: boolean },
  total?: number,
): PlanSpec {
  let sections = defaultSections(part);
  if (total && total !== planItemCount({ sections })) {
    const counts = largestRemainder(
      total,
      sections.map((s) => s.count),
    );
    sections = sections.map((s, i) => ({ ...s, count: counts[i] })).filter((s) => s.count > 0);
  }
  const n = planItemCount({ sections });
  const top = ranges.filter((r) => r.parentId === null);
  const counts = largestRemainder(
    n,
    top.map((r) => r.weight ?? 0),
  );
  const [easy, mid, hard] = largestRemainder(n, [20, 60, 20]);
  return {
    durationMinutes: part === 'skill' ? 120 : 90,
    sections,
    ranges: top.map((r, i) => ({ rangeId: r.id, count: counts[i] })),
    difficulty: { 1: easy, 2: mid, 3: hard },
    minXPoints: Math.round(settings.minXShare * planTotalPoints({ sections }) * 100) / 100,
    onePerPoint: settings.onePerPoint,
    maxOverlap: settings.maxOverlap,
    maxExposure: settings.maxExposure,
    shuffleOptions: part !== 'skill',
  };
}

/**
 * R-BANK-02: a plan the assembler can be asked to fill. Returns Chinese messages naming the field; empty when the
 * plan is consistent with itself and its blueprint.
 */
export function planProblems(
  spec: PlanSpec,
  part: BankPart,
  ranges: RangeNode[],
): { field: string; message: string }[] {
  const out: { field: string; message: string }[] = [];
  const n = planItemCount(spec);
  const total = planTotalPoints(spec);
  const seen = new Set<ItemType>();
  spec.sections.forEach((s, i) => {
    if (seen.has(s.type))
      out.push({ field: `spec.sections.${i}.type`, message: `题型：${itemTypeNames[s.type]}重复出现` });
    seen.add(s.type);
    if (part === 'theory' && s.type === 'skill')
      out.push({ field: `spec.sections.${i}.type`, message: '题型：理论知识方案不能包含操作技能试题' });
    if (part === 'skill' && s.type !== 'skill')
      out.push({ field: `spec.sections.${i}.type`, message: `题型：操作技能方案不能包含${itemTypeNames[s.type]}` });
  });
  const byId = new Map(ranges.map((r) => [r.id, r]));
  const chosen = new Set<string>();
  spec.ranges.forEach((r, i) => {
    if (!byId.has(r.rangeId)) out.push({ field: `spec.ranges.${i}.rangeId`, message: '鉴定范围：不属于本细目表' });
    if (chosen.has(r.rangeId)) out.push({ field: `spec.ranges.${i}.rangeId`, message: '鉴定范围：重复出现' });
    chosen.add(r.rangeId);
  });
  // A range inside another chosen range would count its items twice.
  spec.ranges.forEach((r, i) => {
    let p = byId.get(r.rangeId)?.parentId ?? null;
    while (p) {
      if (chosen.has(p)) {
        const a = byId.get(r.rangeId)!;
        const b = byId.get(p)!;
        out.push({
          field: `spec.ranges.${i}.rangeId`,
          message: `鉴定范围：${a.code} ${a.name} 包含在 ${b.code} ${b.name} 之内，不能同时计数`,
        });
        break;
      }
      p = byId.get(p)?.parentId ?? null;
    }
  });
  const rangeSum = spec.ranges.reduce((a, r) => a + r.count, 0);
  if (rangeSum !== n)
    out.push({ field: 'spec.ranges', message: `各鉴定范围题数：合计 ${rangeSum} 题，应等于题目总数 ${n} 题` });
  const diffSum = spec.difficulty[1] + spec.difficulty[2] + spec.difficulty[3];
  if (diffSum !== n)
    out.push({ field: 'spec.difficulty', message: `难度分布：易、中、难合计 ${diffSum} 题，应等于题目总数 ${n} 题` });
  if (spec.minXPoints !== null && spec.minXPoints > total)
    out.push({ field: 'spec.minXPoints', message: `X 要素最低分值：${spec.minXPoints} 分超过总分 ${total} 分` });
  return out;
}

/** What the seal covers of one entry's item version. */
export interface SealVersion {
  contentHash: string;
  content: ItemContent;
  difficulty: number;
}

/** JSON with object keys sorted, so equal content always gives equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/**
 * R-BANK-02: the paper's seal — SHA-256 of its canonical form: title, duration, total points, and the ordered
 * entries with each version's stored content hash, a digest of the content as it is now, points and option order.
 * A version's content changed in the database changes the digest even when its stored hash was left alone.
 */
export function sealOf(
  paper: { title: string; durationMinutes: number; totalPoints: number; entries: PaperEntry[] },
  versions: ReadonlyMap<string, SealVersion>,
): string {
  const canonical = {
    title: paper.title,
    durationMinutes: paper.durationMinutes,
    totalPoints: Number(paper.totalPoints),
    entries: paper.entries.map((e) => {
      const v = versions.get(e.versionId);
      return {
        versionId: e.versionId,
        itemId: e.itemId,
        points: Number(e.points),
        optionOrder: e.optionOrder,
        contentHash: v?.contentHash ?? null,
        contentDigest: v ? sha256(canonicalJson({ content: v.content, difficulty: v.difficulty })) : null,
      };
    }),
  };
  return sha256(canonicalJson(canonical));
}

/** The options of a choice item in the form's order, relabelled A, B, …, and the answer in the new letters. */
export function presentChoice(
  content: ItemContent,
  optionOrder: number[] | null,
): { options: { key: string; text: string; imageFileId: string | null }[]; answer: string } {
  if (content.type === 'truefalse') return { options: [], answer: content.answer ? '正确' : '错误' };
  if (content.type === 'skill') return { options: [], answer: '见评分记录表' };
  const order =
    optionOrder && optionOrder.length === content.options.length ? optionOrder : content.options.map((_, i) => i);
  const letters = 'ABCDEFGH';
  const options = order.map((src, i) => ({
    key: letters[i],
    text: content.options[src].text,
    imageFileId: content.options[src].imageFileId ?? null,
    from: content.options[src].key,
  }));
  const answer = options
    .filter((o) => content.answer.includes(o.from))
    .map((o) => o.key)
    .join('');
  return { options: options.map(({ key, text, imageFileId }) => ({ key, text, imageFileId })), answer };
}

/** Form labels: A, B, … for fixed and parallel papers, 001, 002, … for per-candidate forms. */
export function formLabel(kind: 'fixed' | 'parallel' | 'per_candidate', index: number): string {
  if (kind === 'per_candidate') return String(index + 1).padStart(3, '0');
  return index < 26 ? String.fromCharCode(65 + index) : `F${index + 1}`;
}
