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
  const cap = Math.max(1, Math.floor(plan.maxExposure * formCount));
  const wanted = Math.max(1, formCount);

  const typeNeed = new Map<ItemType, number>();
  const typePoints = new Map<ItemType, number>();
  for (const s of plan.sections) {
    typeNeed.set(s.type, (typeNeed.get(s.type) ?? 0) + s.count);
    if (!typePoints.has(s.type)) typePoints.set(s.type, s.pointsEach);
  }
  const formLength = [...typeNeed.values()].reduce((a, b) => a + b, 0);
  const rangeNeed = new Map<string, number>();
  for (const r of plan.ranges) rangeNeed.set(r.rangeId, (rangeNeed.get(r.rangeId) ?? 0) + r.count);
  const planned = [...rangeNeed.values()].reduce((a, b) => a + b, 0);
  const residual = planned < formLength;

  // Distinct items a form may draw (versions of one item are one item).
  const seen = new Set<string>();
  const byType = new Map<string, number>();
  const byRange = new Map<string, number>();
  const byDifficulty = new Map<number, number>();
  const pointsOfRange = new Map<string, Map<string, number>>(); // range → 鉴定点 → items
  let xPoints = 0;
  for (const p of pool) {
    if (seen.has(p.itemId) || !typeNeed.has(p.type)) continue;
    const inPlan = p.rangeId !== null && rangeNeed.has(p.rangeId);
    if (!inPlan && !residual) continue;
    seen.add(p.itemId);
    byType.set(p.type, (byType.get(p.type) ?? 0) + 1);
    byDifficulty.set(p.difficulty, (byDifficulty.get(p.difficulty) ?? 0) + 1);
    if (p.importance === 'X') xPoints += typePoints.get(p.type)!;
    if (!inPlan) continue;
    byRange.set(p.rangeId!, (byRange.get(p.rangeId!) ?? 0) + 1);
    const points = pointsOfRange.get(p.rangeId!) ?? new Map<string, number>();
    points.set(p.pointId, (points.get(p.pointId) ?? 0) + 1);
    pointsOfRange.set(p.rangeId!, points);
  }

  const cells: CapacityCell[] = [];
  const exposureCell = (cell: string, label: string, perForm: number, available: number) => {
    if (perForm <= 0) return;
    const forms = available < perForm ? 0 : Math.floor((available * cap) / perForm);
    const lacking = Math.max(0, Math.ceil((perForm * wanted) / cap) - available, perForm - available);
    cells.push({ cell, label, perForm, available, forms, lacking });
  };
  for (const [t, need] of typeNeed) exposureCell(`type:${t}`, itemTypeNames[t], need, byType.get(t) ?? 0);
  for (const [id, need] of rangeNeed) {
    const name = `鉴定范围「${labels?.get(id) ?? id}」`;
    exposureCell(`range:${id}`, name, need, byRange.get(id) ?? 0);
    if (plan.onePerPoint && need > 0) {
      // Each form takes `need` distinct points; a point with k items serves at most k × cap forms.
      const counts = [...(pointsOfRange.get(id)?.values() ?? [])].map((k) => k * cap);
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
    exposureCell(`difficulty:${d}`, `难度「${difficultyNames[d]}」`, plan.difficulty[d], byDifficulty.get(d) ?? 0);
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
