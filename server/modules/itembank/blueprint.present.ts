import { bankPartNames, type ItemState } from '../../../shared/itembank.js';
import { levelNames } from '../../../shared/centre.rules.js';
import type { BlueprintDetail, BlueprintSummary, StateCounts } from '../../../shared/itembank-blueprint.js';
import { blueprintWarnings, importanceShares } from './blueprint.rules.js';
import type { BlueprintRow, BlueprintTree } from './blueprint.store.js';
import type { BankSettingsRow } from './settings.store.js';

/** Blueprint rows and trees → the response shapes of `shared/itembank-blueprint.ts`. */

const zero = (): StateCounts => ({ draft: 0, reviewed: 0, active: 0, retired: 0 });

export function blueprintTitle(b: Pick<BlueprintRow, 'occupationName' | 'level' | 'part'>): string {
  return `${b.occupationName} ${levelNames[b.level] ?? `${b.level}级`} ${bankPartNames[b.part]}`;
}

export function presentBlueprintSummary(
  b: BlueprintRow,
  counts: { rangeCount: number; pointCount: number; itemCount: number },
): BlueprintSummary {
  return {
    id: b.id,
    occupationId: b.occupationId,
    occupationCode: b.occupationCode,
    occupationName: b.occupationName,
    edition: b.edition,
    level: b.level,
    levelName: levelNames[b.level] ?? `${b.level}级`,
    part: b.part,
    partName: bankPartNames[b.part],
    title: blueprintTitle(b),
    source: b.source,
    ...counts,
    updatedAt: b.updatedAt.toISOString(),
  };
}

/** `itemCounts`: items per 鉴定点 id and state. */
export function presentBlueprintDetail(
  tree: BlueprintTree,
  itemCounts: { pointId: string; state: ItemState; n: number }[],
  settings: BankSettingsRow,
): BlueprintDetail {
  const perNode = new Map(tree.nodes.map((n) => [n.id, zero()]));
  for (const c of itemCounts) {
    const node = tree.nodes.find((n) => n.id === c.pointId);
    if (!node) continue;
    for (const id of [node.id, ...node.rangePath]) perNode.get(id)![c.state] += c.n;
  }
  const active = new Map(tree.nodes.map((n) => [n.id, perNode.get(n.id)!.active]));
  const itemCount = itemCounts.reduce((s, c) => s + c.n, 0);
  return {
    ...presentBlueprintSummary(tree.blueprint, {
      rangeCount: tree.nodes.filter((n) => n.kind === 'range').length,
      pointCount: tree.nodes.filter((n) => n.kind === 'point').length,
      itemCount,
    }),
    nodes: tree.nodes.map((n) => ({
      id: n.id,
      parentId: n.parentId,
      kind: n.kind,
      code: n.code,
      name: n.name,
      weight: n.weight,
      importance: n.importance,
      sortOrder: n.sortOrder,
      depth: n.depth,
      items: perNode.get(n.id)!,
    })),
    warnings: blueprintWarnings(tree.nodes, active, settings),
    shares: importanceShares(tree.nodes),
    canDelete: itemCount === 0,
  };
}
