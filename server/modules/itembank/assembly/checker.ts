import { difficultyNames, itemTypeNames } from '../../../../shared/itembank.js';
import type { AssembledForm, CheckOptions, CheckViolation, FormConstraints, FormsSummary, PoolItem } from './types.js';

/**
 * R-BANK-02, the independent check: every form against every constraint of its plan, and the forms against each
 * other, written from the plan's text and sharing no code with the assembler or the capacity report (a bug of the
 * assembler is then not also a bug of its check). Used by the assembly before it saves, by the tests and by the
 * benchmark.
 *
 * Per form: the items exist and none appears twice; the section layout (each section's count of its type, in the
 * sections' order, each entry worth its section's points); the count per 鉴定范围 and per difficulty; at least the
 * minimum X points; one item per 鉴定点 when the plan says so; no two items with the same enemy key; no item the
 * form excludes; option orders only where the plan shuffles and the item allows it, and then a permutation. Across
 * forms: two forms share at most ⌊maxOverlap × length⌋ items, an item is on at most max(1, ⌊maxExposure × forms⌋).
 */
export function checkForms(
  forms: readonly AssembledForm[],
  pool: readonly PoolItem[],
  constraints: FormConstraints,
  opts: CheckOptions = {},
): CheckViolation[] {
  const out: CheckViolation[] = [];
  const flag = (form: number | null, rule: CheckViolation['rule'], message: string) =>
    out.push({ form, rule, message });
  const versions = new Map<string, PoolItem>();
  for (const p of pool) versions.set(p.versionId, p);
  const nameOfRange = (id: string) => opts.labels?.get(id) ?? id;

  // The layout the plan asks for: slot k of the form belongs to section s.
  const layout: { type: PoolItem['type']; points: number; section: number }[] = [];
  constraints.sections.forEach((s, i) => {
    for (let k = 0; k < s.count; k++) layout.push({ type: s.type, points: s.pointsEach, section: i });
  });
  const length = layout.length;
  const slotsOf = new Map<string, typeof layout>();
  for (const slot of layout) slotsOf.set(slot.type, [...(slotsOf.get(slot.type) ?? []), slot]);
  const wantType = new Map<string, number>();
  for (const slot of layout) wantType.set(slot.type, (wantType.get(slot.type) ?? 0) + 1);
  const wantRange = new Map<string, number>();
  for (const r of constraints.ranges) wantRange.set(r.rangeId, (wantRange.get(r.rangeId) ?? 0) + r.count);

  forms.forEach((form, f) => {
    const at = `第 ${f + 1} 份：`;
    const items = new Set<string>();
    const points = new Set<string>();
    const enemies = new Set<string>();
    const gotType = new Map<string, number>();
    const gotRange = new Map<string, number>();
    const gotDifficulty = new Map<number, number>();
    let x = 0;
    let lastSection = -1;
    const excluded = opts.excludedItemIds?.get(f);
    for (const entry of form.entries) {
      const item = versions.get(entry.versionId);
      if (!item || item.itemId !== entry.itemId) {
        flag(f, 'unknown_item', `${at}试题版本 ${entry.versionId} 不在可用题目中`);
        continue;
      }
      if (items.has(item.itemId)) flag(f, 'duplicate', `${at}试题 ${item.itemId} 出现了两次`);
      items.add(item.itemId);

      // Which section this entry sits in: the next unused section slot of its type.
      const seenOfType = gotType.get(item.type) ?? 0;
      gotType.set(item.type, seenOfType + 1);
      const slot = slotsOf.get(item.type)?.[seenOfType];
      if (slot) {
        if (slot.section < lastSection) flag(f, 'section', `${at}${itemTypeNames[item.type]}未按大题顺序排列`);
        lastSection = Math.max(lastSection, slot.section);
        if (entry.points !== slot.points)
          flag(f, 'points', `${at}${itemTypeNames[item.type]}每题应为 ${slot.points} 分，实为 ${entry.points} 分`);
      }

      if (item.rangeId !== null) gotRange.set(item.rangeId, (gotRange.get(item.rangeId) ?? 0) + 1);
      gotDifficulty.set(item.difficulty, (gotDifficulty.get(item.difficulty) ?? 0) + 1);
      if (item.importance === 'X') x += entry.points;

      if (constraints.onePerPoint) {
        if (points.has(item.pointId)) flag(f, 'one_per_point', `${at}鉴定点 ${item.pointId} 有两道题`);
        points.add(item.pointId);
      }
      if (item.enemyKey !== null) {
        if (enemies.has(item.enemyKey)) flag(f, 'enemy', `${at}互斥题（${item.enemyKey}）出现在同一份试卷`);
        enemies.add(item.enemyKey);
      }
      if (excluded?.has(item.itemId)) flag(f, 'excluded', `${at}试题 ${item.itemId} 是该考生以前考过的题`);

      const order = entry.optionOrder;
      if (order !== null) {
        const identity = order.every((v, i) => v === i) && order.length === item.optionCount;
        const mayShuffle = constraints.shuffleOptions && !item.noShuffle;
        const permutation =
          order.length === item.optionCount &&
          new Set(order).size === order.length &&
          order.every((v) => Number.isInteger(v) && v >= 0 && v < item.optionCount);
        if (!permutation) flag(f, 'option_order', `${at}试题 ${item.itemId} 的选项顺序不是选项的一个排列`);
        else if (!mayShuffle && !identity) flag(f, 'option_order', `${at}试题 ${item.itemId} 不应打乱选项顺序`);
      }
    }

    const compare = (rule: CheckViolation['rule'], what: string, want: number, got: number) => {
      if (want > got) flag(f, rule, `${at}${what}缺 ${want - got} 题`);
      else if (got > want) flag(f, rule, `${at}${what}多 ${got - want} 题`);
    };
    for (const [type, want] of wantType)
      compare('section', itemTypeNames[type as PoolItem['type']], want, gotType.get(type) ?? 0);
    for (const [type, got] of gotType)
      if (!wantType.has(type)) compare('section', itemTypeNames[type as PoolItem['type']], 0, got);
    for (const [id, want] of wantRange) compare('range', `鉴定范围「${nameOfRange(id)}」`, want, gotRange.get(id) ?? 0);
    for (const d of [1, 2, 3] as const)
      compare('difficulty', `难度「${difficultyNames[d]}」`, constraints.difficulty[d], gotDifficulty.get(d) ?? 0);
    const minX = constraints.minXPoints ?? 0;
    if (x < minX) flag(f, 'x_points', `${at}X 要素分值 ${x} 分，少于要求的 ${minX} 分`);
  });

  // Across forms: pairwise overlap through the forms each item is on, and exposure.
  const formsOfItem = new Map<string, number[]>();
  forms.forEach((form, f) => {
    for (const itemId of new Set(form.entries.map((e) => e.itemId))) {
      const list = formsOfItem.get(itemId) ?? [];
      list.push(f);
      formsOfItem.set(itemId, list);
    }
  });
  // 1e-9: a share such as 0.29 × 100 is 28.999… in floating point, and means 29.
  const exposureLimit = Math.max(1, Math.floor(constraints.maxExposure * forms.length + 1e-9));
  for (const [itemId, list] of formsOfItem)
    if (list.length > exposureLimit)
      flag(null, 'exposure', `试题 ${itemId} 出现在 ${list.length} 份试卷中，超过上限 ${exposureLimit} 份`);
  const overlapLimit = Math.floor(constraints.maxOverlap * length + 1e-9);
  eachPairInCommon(forms, formsOfItem, (a, b, count) => {
    if (count > overlapLimit)
      flag(null, 'overlap', `第 ${a + 1} 份与第 ${b + 1} 份有 ${count} 道相同的题，超过上限 ${overlapLimit} 道`);
  });
  return out;
}

/** Calls back with the items in common of every pair of forms (a < b) that has any, through the item → forms lists. */
function eachPairInCommon(
  forms: readonly AssembledForm[],
  formsOfItem: ReadonlyMap<string, number[]>,
  visit: (a: number, b: number, count: number) => void,
) {
  const common = new Int32Array(forms.length);
  forms.forEach((form, b) => {
    const touched: number[] = [];
    for (const itemId of new Set(form.entries.map((e) => e.itemId)))
      for (const a of formsOfItem.get(itemId) ?? []) {
        if (a >= b) break;
        if (common[a]++ === 0) touched.push(a);
      }
    for (const a of touched) {
      visit(a, b, common[a]);
      common[a] = 0;
    }
  });
}

/**
 * Plan against result for the assembly report (R-BANK-02): per 题型, 鉴定范围, difficulty and the X points, the
 * planned value per form and the least and most found on the forms; with the largest pairwise overlap (share of the
 * planned length) and the largest exposure (share of the forms).
 */
export function summarizeForms(
  forms: readonly AssembledForm[],
  pool: readonly PoolItem[],
  constraints: FormConstraints,
  labels?: ReadonlyMap<string, string>,
): FormsSummary {
  const versions = new Map<string, PoolItem>();
  for (const p of pool) versions.set(p.versionId, p);
  type Row = { cell: string; label: string; planned: number; measure: (items: PoolItem[], pts: number[]) => number };
  const rows: Row[] = [];
  const typeCounts = new Map<PoolItem['type'], number>();
  for (const s of constraints.sections) typeCounts.set(s.type, (typeCounts.get(s.type) ?? 0) + s.count);
  for (const [type, planned] of typeCounts)
    rows.push({
      cell: `type:${type}`,
      label: itemTypeNames[type],
      planned,
      measure: (items) => items.filter((i) => i.type === type).length,
    });
  const rangeCounts = new Map<string, number>();
  for (const r of constraints.ranges) rangeCounts.set(r.rangeId, (rangeCounts.get(r.rangeId) ?? 0) + r.count);
  for (const [id, planned] of rangeCounts)
    rows.push({
      cell: `range:${id}`,
      label: `鉴定范围「${labels?.get(id) ?? id}」`,
      planned,
      measure: (items) => items.filter((i) => i.rangeId === id).length,
    });
  for (const d of [1, 2, 3] as const)
    rows.push({
      cell: `difficulty:${d}`,
      label: `难度「${difficultyNames[d]}」`,
      planned: constraints.difficulty[d],
      measure: (items) => items.filter((i) => i.difficulty === d).length,
    });
  rows.push({
    cell: 'x_points',
    label: 'X 要素分值',
    planned: constraints.minXPoints ?? 0,
    measure: (items, pts) => items.reduce((sum, i, k) => sum + (i.importance === 'X' ? pts[k] : 0), 0),
  });

  const min = rows.map(() => Infinity);
  const max = rows.map(() => -Infinity);
  for (const form of forms) {
    const known = form.entries.filter((e) => versions.has(e.versionId));
    const items = known.map((e) => versions.get(e.versionId)!);
    const pts = known.map((e) => e.points);
    rows.forEach((row, k) => {
      const v = row.measure(items, pts);
      min[k] = Math.min(min[k], v);
      max[k] = Math.max(max[k], v);
    });
  }

  const formsOfItem = new Map<string, number[]>();
  forms.forEach((form, f) => {
    for (const itemId of new Set(form.entries.map((e) => e.itemId))) {
      const list = formsOfItem.get(itemId) ?? [];
      list.push(f);
      formsOfItem.set(itemId, list);
    }
  });
  let mostShared = 0;
  eachPairInCommon(forms, formsOfItem, (_a, _b, count) => (mostShared = Math.max(mostShared, count)));
  let mostForms = 0;
  for (const list of formsOfItem.values()) mostForms = Math.max(mostForms, list.length);
  const length = [...typeCounts.values()].reduce((a, b) => a + b, 0);

  return {
    cells: rows.map((row, k) => ({
      cell: row.cell,
      label: row.label,
      planned: row.planned,
      min: forms.length ? min[k] : 0,
      max: forms.length ? max[k] : 0,
    })),
    maxOverlap: length ? mostShared / length : 0,
    maxExposure: forms.length ? mostForms / forms.length : 0,
  };
}
