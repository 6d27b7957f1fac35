import { and, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { anyOf } from '../../db/sql.js';
import {
  assemblies,
  assemblyPlans,
  bankSettings,
  blueprintNodes,
  blueprints,
  items,
  itemVersions,
  papers,
} from '../../db/schema/index.js';
import { bankPartNames, type Difficulty, type ItemContent } from '../../../shared/itembank.js';
import { notFound } from '../../http/errors.js';
import { assertInScope, type BankScope } from './bank.access.js';
import { loadBlueprintTree, type BlueprintTree } from './blueprint.store.js';
import type { PoolItem } from './assembly/types.js';
import type { PlanSpec } from './itembank.types.js';
import type { RangeNode, SealVersion } from './papers.rules.js';

/** Queries shared by the plan, assembly and paper services (R-BANK-02). */

export interface BankSettingsRow {
  minXShare: number;
  maxZShare: number;
  minItemsPerPoint: number;
  maxOverlap: number;
  maxExposure: number;
  onePerPoint: boolean;
}

/** The bank's settings; the defaults when the row is missing (created on read). */
export async function readBankSettings(db: DbOrTx): Promise<BankSettingsRow> {
  let [row] = await db.select().from(bankSettings).where(eq(bankSettings.id, 1));
  if (!row) {
    await db.insert(bankSettings).values({ id: 1 }).onConflictDoNothing();
    [row] = await db.select().from(bankSettings).where(eq(bankSettings.id, 1));
  }
  return {
    minXShare: Number(row.minXShare),
    maxZShare: Number(row.maxZShare),
    minItemsPerPoint: row.minItemsPerPoint,
    maxOverlap: Number(row.maxOverlap),
    maxExposure: Number(row.maxExposure),
    onePerPoint: row.onePerPoint,
  };
}

export const blueprintTitle = (t: BlueprintTree['blueprint']) =>
  `${t.occupationName}（${t.occupationCode}）${t.level}级 ${bankPartNames[t.part]}`;

/** The blueprint in scope, or 404. */
export async function blueprintInScope(db: DbOrTx, scope: BankScope, blueprintId: string): Promise<BlueprintTree> {
  const tree = await loadBlueprintTree(db, blueprintId);
  if (!tree) throw notFound();
  assertInScope(scope, tree.blueprint.occupationId);
  return tree;
}

export const rangesOf = (tree: BlueprintTree): RangeNode[] =>
  tree.nodes.filter((n) => n.kind === 'range').map((n) => ({ ...n }));

/** Names of the blueprint's ranges for the assembler's messages (「R1 电工基础」). */
export const rangeLabels = (tree: BlueprintTree) =>
  new Map(tree.nodes.filter((n) => n.kind === 'range').map((n) => [n.id, `${n.code} ${n.name}`]));

/** A plan row and its blueprint in scope, or 404. */
export async function planInScope(db: DbOrTx, scope: BankScope, planId: string) {
  const [plan] = await db.select().from(assemblyPlans).where(eq(assemblyPlans.id, planId));
  if (!plan) throw notFound();
  const tree = await blueprintInScope(db, scope, plan.blueprintId);
  return { plan, tree };
}

/**
 * R-BANK-02: the pool of a plan — the current version of every **active** item of the blueprint, with its
 * 鉴定点's importance and the plan's range containing the point (found by walking the tree's parents).
 */
export async function loadPool(db: DbOrTx, tree: BlueprintTree, spec: Pick<PlanSpec, 'ranges'>): Promise<PoolItem[]> {
  const planRanges = new Set(spec.ranges.map((r) => r.rangeId));
  const nodes = new Map(tree.nodes.map((n) => [n.id, n]));
  const rows = await db
    .select({
      itemId: items.id,
      pointId: items.pointId,
      type: items.type,
      enemyKey: items.enemyKey,
      versionId: itemVersions.id,
      difficulty: itemVersions.difficulty,
      noShuffle: itemVersions.noShuffle,
      content: itemVersions.content,
    })
    .from(items)
    .innerJoin(itemVersions, eq(itemVersions.id, items.currentVersionId))
    .where(and(eq(items.blueprintId, tree.blueprint.id), eq(items.state, 'active')))
    .orderBy(items.code);
  return rows.map((r) => {
    const point = nodes.get(r.pointId);
    const rangeId = point ? ([...point.rangePath].reverse().find((id) => planRanges.has(id)) ?? null) : null;
    return {
      versionId: r.versionId,
      itemId: r.itemId,
      pointId: r.pointId,
      importance: point?.importance ?? 'Z',
      rangeId,
      type: r.type,
      difficulty: r.difficulty as Difficulty,
      enemyKey: r.enemyKey,
      noShuffle: r.noShuffle,
      optionCount: 'options' in r.content ? r.content.options.length : 0,
    };
  });
}

/**
 * R-BANK-02 "a retaker never sees an item again": the items on every earlier form of these persons, from any
 * assembly of a blueprint of the same occupation.
 */
export async function itemsSeenByPersons(
  db: DbOrTx,
  occupationId: string,
  personIds: readonly string[],
): Promise<Map<string, Set<string>>> {
  const seen = new Map<string, Set<string>>();
  if (!personIds.length) return seen;
  const rows = await db
    .select({ personId: papers.personId, entries: papers.entries })
    .from(papers)
    .innerJoin(assemblies, eq(assemblies.id, papers.assemblyId))
    .innerJoin(assemblyPlans, eq(assemblyPlans.id, assemblies.planId))
    .innerJoin(blueprints, eq(blueprints.id, assemblyPlans.blueprintId))
    .where(and(eq(blueprints.occupationId, occupationId), anyOf(papers.personId, personIds)));
  for (const r of rows) {
    const set = seen.get(r.personId!) ?? new Set<string>();
    for (const e of r.entries) set.add(e.itemId);
    seen.set(r.personId!, set);
  }
  return seen;
}

/** The versions a paper's seal covers, by id. */
export async function sealVersions(db: DbOrTx, versionIds: readonly string[]): Promise<Map<string, SealVersion>> {
  if (!versionIds.length) return new Map();
  const rows = await db
    .select({
      id: itemVersions.id,
      contentHash: itemVersions.contentHash,
      content: itemVersions.content,
      difficulty: itemVersions.difficulty,
    })
    .from(itemVersions)
    .where(anyOf(itemVersions.id, versionIds));
  return new Map(rows.map((r) => [r.id, r]));
}

/** Versions of a paper with what its page and PDFs show: item code, version, point, importance. */
export async function paperVersions(db: DbOrTx, versionIds: readonly string[]) {
  if (!versionIds.length) return new Map<string, never>();
  const rows = await db
    .select({
      id: itemVersions.id,
      version: itemVersions.version,
      difficulty: itemVersions.difficulty,
      content: itemVersions.content,
      itemCode: items.code,
      type: items.type,
      pointCode: blueprintNodes.code,
      pointName: blueprintNodes.name,
      importance: blueprintNodes.importance,
    })
    .from(itemVersions)
    .innerJoin(items, eq(items.id, itemVersions.itemId))
    .innerJoin(blueprintNodes, eq(blueprintNodes.id, items.pointId))
    .where(inArray(itemVersions.id, [...new Set(versionIds)]));
  return new Map(rows.map((r) => [r.id, { ...r, content: r.content as ItemContent }]));
}

/** A paper with its assembly, plan and blueprint, in scope, or 404. */
export async function paperInScope(db: DbOrTx, scope: BankScope, paperId: string) {
  const [row] = await db
    .select({ paper: papers, assembly: assemblies, plan: assemblyPlans })
    .from(papers)
    .innerJoin(assemblies, eq(assemblies.id, papers.assemblyId))
    .innerJoin(assemblyPlans, eq(assemblyPlans.id, assemblies.planId))
    .where(eq(papers.id, paperId));
  if (!row) throw notFound();
  const tree = await blueprintInScope(db, scope, row.plan.blueprintId);
  return { ...row, tree };
}
