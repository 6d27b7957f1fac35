import type { Importance } from '../../../shared/itembank.js';
import { bankSettingNames, type BlueprintWarning } from '../../../shared/itembank-blueprint.js';

/** R-BANK-01: the checks of a 鉴定要素细目表, shown as warnings (never refusals), each naming the setting behind it. */

export interface RuleNode {
  id: string;
  parentId: string | null;
  kind: 'range' | 'point';
  code: string;
  name: string;
  weight: number | null;
  importance: Importance | null;
}

export interface RuleSettings {
  minXShare: number;
  maxZShare: number;
  minItemsPerPoint: number;
}

const pct = (v: number) => `${Math.round(v * 1000) / 10}%`;

/** Shares of X, Y and Z among the 鉴定点 (0 each when there is none). */
export function importanceShares(nodes: readonly RuleNode[]): Record<Importance, number> {
  const points = nodes.filter((n) => n.kind === 'point');
  const share = (i: Importance) =>
    points.length ? points.filter((p) => p.importance === i).length / points.length : 0;
  return { X: share('X'), Y: share('Y'), Z: share('Z') };
}

/**
 * R-BANK-01: the warnings of a blueprint. `activeItems` counts the active items per 鉴定点 id (missing: none).
 * Sibling 鉴定范围 share their parent's weight, so their 鉴定比重 sum to 100.
 */
export function blueprintWarnings(
  nodes: readonly RuleNode[],
  activeItems: ReadonlyMap<string, number>,
  settings: RuleSettings,
): BlueprintWarning[] {
  const out: BlueprintWarning[] = [];
  const points = nodes.filter((n) => n.kind === 'point');
  if (!points.length) {
    out.push({ check: 'no_points', message: '细目表还没有鉴定点', setting: '鉴定要素细目表须列出鉴定点', codes: [] });
  } else {
    const shares = importanceShares(nodes);
    // R-BANK-01: X (core) points make up at least minXShare of the points.
    if (shares.X + 1e-9 < settings.minXShare)
      out.push({
        check: 'x_share',
        message: `X 类鉴定点占 ${pct(shares.X)}，低于 ${pct(settings.minXShare)}`,
        setting: `${bankSettingNames.minXShare}：${pct(settings.minXShare)}`,
        codes: [],
      });
    // R-BANK-01: Z (rarely used) points at most maxZShare.
    if (shares.Z > settings.maxZShare + 1e-9)
      out.push({
        check: 'z_share',
        message: `Z 类鉴定点占 ${pct(shares.Z)}，高于 ${pct(settings.maxZShare)}`,
        setting: `${bankSettingNames.maxZShare}：${pct(settings.maxZShare)}`,
        codes: points.filter((p) => p.importance === 'Z').map((p) => p.code),
      });
    // R-BANK-01: each point needs enough active items to assemble forms from.
    const short = points.filter((p) => (activeItems.get(p.id) ?? 0) < settings.minItemsPerPoint);
    if (short.length)
      out.push({
        check: 'items_per_point',
        message: `${short.length} 个鉴定点的启用试题少于 ${settings.minItemsPerPoint} 道：${short
          .slice(0, 20)
          .map((p) => `${p.code}（${activeItems.get(p.id) ?? 0} 道）`)
          .join('、')}${short.length > 20 ? ' 等' : ''}`,
        setting: `${bankSettingNames.minItemsPerPoint}：${settings.minItemsPerPoint}`,
        codes: short.map((p) => p.code),
      });
  }
  out.push(...weightSumWarnings(nodes));
  return out;
}

/** R-BANK-01: the 鉴定比重 of sibling 鉴定范围 sum to 100 (each group named by its parent, or 第一级). */
export function weightSumWarnings(nodes: readonly RuleNode[]): BlueprintWarning[] {
  const groups = new Map<string | null, RuleNode[]>();
  for (const n of nodes) {
    if (n.kind !== 'range') continue;
    const list = groups.get(n.parentId) ?? [];
    list.push(n);
    groups.set(n.parentId, list);
  }
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const out: BlueprintWarning[] = [];
  for (const [parentId, list] of groups) {
    const sum = list.reduce((s, n) => s + (n.weight ?? 0), 0);
    if (Math.abs(sum - 100) < 0.01) continue;
    const parent = parentId ? byId.get(parentId) : undefined;
    const where = parent ? `“${parent.code} ${parent.name}”下的鉴定范围` : '第一级鉴定范围';
    out.push({
      check: 'weight_sum',
      message: `${where}鉴定比重合计 ${Math.round(sum * 100) / 100}%，应为 100%`,
      setting: '同级鉴定范围的鉴定比重合计 100%（国家职业标准）',
      codes: list.map((n) => n.code),
    });
  }
  return out;
}

/** True when `nodeId` is `ancestorId` or lies below it (a move there would make a circle). */
export function isSelfOrDescendant(
  nodes: readonly Pick<RuleNode, 'id' | 'parentId'>[],
  nodeId: string,
  ancestorId: string,
): boolean {
  const parentOf = new Map(nodes.map((n) => [n.id, n.parentId]));
  for (let cur: string | null | undefined = nodeId, guard = 0; cur && guard <= nodes.length; guard++) {
    if (cur === ancestorId) return true;
    cur = parentOf.get(cur);
  }
  return false;
}

/** The ids of a node and everything below it. */
export function subtreeIds(nodes: readonly Pick<RuleNode, 'id' | 'parentId'>[], rootId: string): string[] {
  return nodes.filter((n) => isSelfOrDescendant(nodes, n.id, rootId)).map((n) => n.id);
}
