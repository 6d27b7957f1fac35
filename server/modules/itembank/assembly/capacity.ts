import { difficultyNames, itemTypeNames } from '../../../../shared/itembank.js';
import type { ItemType } from '../../../../shared/itembank.js';
import type { CapacityCell, CapacityReport, FormConstraints, PoolItem } from './types.js';

/**
 * R-BANK-02: how many forms the pool supports under the plan, before assembling. Every marginal the plan sets is a
 * cell — each 题型, each 鉴定范围 (its items, and with one item per 鉴定点 its distinct points), each difficulty, the
 * X points — and an item serves at most the exposure cap of forms (max(1, ⌊maxExposure × formCount⌋)), so a cell
 * with `available` items and a need of `perForm` supports ⌊available × cap / perForm⌋ forms. `cells` are sorted
 * fewest forms first (the first runs short first) and their `lacking` is what is missing for `formCount` forms;
 * `short` are the cells that cannot fill even one form, with `lacking` what one form misses. Linear in the pool.
 */
export function capacityReport(
  pool: readonly PoolItem[],
  constraints: FormConstraints,
  formCount: number,
  labels?: ReadonlyMap<string, string>,
): CapacityReport {
  const plan = constraints;
  // 1e-9: a share such as 0.29 × 100 is 28.999… in floating point, and means 29.
  const cap = Math.max(1, Math.floor(plan.maxExposure * formCount + 1e-9));
  const wanted = Math.max(1, formCount);

  const typeNeed = new Map<ItemType, number>();
  const typePoints = new Map<ItemType, number>();
  for (const s of plan.sections) {
    typeNeed.set(s.type, (typeNeed.get(s.type) ?? 0) + s.count);
    // The most an X item of the type can bring (an upper bound: a cell is short only if even that is too little).
    typePoints.set(s.type, Math.max(typePoints.get(s.type) ?? 0, s.pointsEach));
  }
  const formLength = [...typeNeed.values()].reduce((a, b) => a + b, 0);
  const rangeNeed = new Map<string, number>();
  for (const r of plan.ranges) rangeNeed.set(r.rangeId, (rangeNeed.get(r.rangeId) ?? 0) + r.count);
  const planned = [...rangeNeed.values()].reduce((a, b) => a + b, 0);
  const residual = planned < formLength;

  // Distinct items per cell a form may draw (versions of one item are one item; a cell counts an item once).
  const byType = new Map<string, Set<string>>();
  const byRange = new Map<string, Set<string>>();
  const byDifficulty = new Map<number, Set<string>>();
  const pointsOfRange = new Map<string, Map<string, Set<string>>>(); // range → 鉴定点 → items
  const xOfItem = new Map<string, number>();
  const into = <K>(m: Map<K, Set<string>>, key: K, itemId: string) => {
    const set = m.get(key) ?? new Set<string>();
    set.add(itemId);
    m.set(key, set);
  };
  for (const p of pool) {
    if (!typeNeed.has(p.type)) continue;
    const inPlan = p.rangeId !== null && rangeNeed.has(p.rangeId);
    if (!inPlan && !residual) continue;
    into(byType, p.type, p.itemId);
    into(byDifficulty, p.difficulty, p.itemId);
    if (p.importance === 'X') xOfItem.set(p.itemId, Math.max(xOfItem.get(p.itemId) ?? 0, typePoints.get(p.type)!));
    if (!inPlan) continue;
    into(byRange, p.rangeId!, p.itemId);
    const points = pointsOfRange.get(p.rangeId!) ?? new Map<string, Set<string>>();
    into(points, p.pointId, p.itemId);
    pointsOfRange.set(p.rangeId!, points);
  }
  let xPoints = 0;
  for (const v of xOfItem.values()) xPoints += v;
  const size = <K>(m: Map<K, Set<string>>, key: K) => m.get(key)?.size ?? 0;

  const cells: CapacityCell[] = [];
  const exposureCell = (cell: string, label: string, perForm: number, available: number) => {
    if (perForm <= 0) return;
    const forms = available < perForm ? 0 : Math.floor((available * cap) / perForm);
    const lacking = Math.max(0, Math.ceil((perForm * wanted) / cap) - available, perForm - available);
    cells.push({ cell, label, perForm, available, forms, lacking });
  };
  for (const [t, need] of typeNeed) exposureCell(`type:${t}`, itemTypeNames[t], need, size(byType, t));
  for (const [id, need] of rangeNeed) {
    const name = `鉴定范围「${labels?.get(id) ?? id}」`;
    exposureCell(`range:${id}`, name, need, size(byRange, id));
    if (plan.onePerPoint && need > 0) {
      // Each form takes `need` distinct points; a point with k items serves at most k × cap forms.
      const counts = [...(pointsOfRange.get(id)?.values() ?? [])].map((items) => items.size * cap);
      const supports = (f: number) => counts.reduce((a, k) => a + Math.min(k, f), 0) >= need * f;
      let forms = 0;
      if (counts.length >= need) {
        let lo = 1;
        let hi = Math.max(1, Math.floor(counts.reduce((a, b) => a + b, 0) / need));
        while (lo < hi) {
          const mid = Math.ceil((lo + hi) / 2);
          if (supports(mid)) lo = mid;
          else hi = mid - 1;
        }
        forms = lo;
      }
      cells.push({
        cell: `points:${id}`,
        label: `${name}的鉴定点（每个鉴定点至多一题）`,
        perForm: need,
        available: counts.length,
        forms,
        lacking: Math.max(0, need - counts.length),
      });
    }
  }
  for (const d of [1, 2, 3] as const)
    exposureCell(`difficulty:${d}`, `难度「${difficultyNames[d]}」`, plan.difficulty[d], size(byDifficulty, d));
  if (plan.minXPoints) exposureCell('x_points', 'X 要素分值', plan.minXPoints, xPoints);

  // Marginals that cannot add up to the form's length: no form at all.
  const difficultyTotal = plan.difficulty[1] + plan.difficulty[2] + plan.difficulty[3];
  if (difficultyTotal !== formLength)
    cells.push({
      cell: 'sum:difficulty',
      label: `各难度题数合计 ${difficultyTotal} 题，与题型题数合计 ${formLength} 题不符`,
      perForm: formLength,
      available: difficultyTotal,
      forms: 0,
      lacking: Math.abs(formLength - difficultyTotal),
    });
  const formPoints = plan.sections.reduce((sum, s) => sum + s.count * s.pointsEach, 0);
  if (plan.minXPoints && plan.minXPoints > formPoints)
    cells.push({
      cell: 'sum:x_points',
      label: `X 要素分值至少 ${plan.minXPoints} 分，多于试卷总分 ${formPoints} 分`,
      perForm: plan.minXPoints,
      available: formPoints,
      forms: 0,
      lacking: plan.minXPoints - formPoints,
    });
  if (planned > formLength)
    cells.push({
      cell: 'sum:ranges',
      label: `各鉴定范围题数合计 ${planned} 题，多于题型题数合计 ${formLength} 题`,
      perForm: formLength,
      available: planned,
      forms: 0,
      lacking: planned - formLength,
    });

  cells.sort((a, b) => a.forms - b.forms || b.lacking - a.lacking);
  const short = cells
    .filter((c) => c.forms === 0)
    .map((c) => ({ ...c, lacking: c.cell.startsWith('sum:') ? c.lacking : Math.max(0, c.perForm - c.available) }));
  return { maxForms: cells.length ? cells[0].forms : 0, cells, short };
}
