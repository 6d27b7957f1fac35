import { asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { blueprintNodes, blueprints, occupations } from '../../db/schema/index.js';
import type { BankPart, Importance } from '../../../shared/itembank.js';

/** A blueprint's header row with its occupation's names. */
export interface BlueprintRow {
  id: string;
  occupationId: string;
  occupationCode: string;
  occupationName: string;
  edition: string;
  level: number;
  part: BankPart;
  source: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** A node of a loaded tree: ranges carry their weight, points their importance; `rangePath` is the ancestor range ids, root first. */
export interface BlueprintTreeNode {
  id: string;
  parentId: string | null;
  kind: 'range' | 'point';
  code: string;
  name: string;
  weight: number | null;
  importance: Importance | null;
  sortOrder: number;
  depth: number;
  rangePath: string[];
}

export interface BlueprintTree {
  blueprint: BlueprintRow;
  /** Depth-first, parents before children, siblings by sort order then code. */
  nodes: BlueprintTreeNode[];
}

/** The blueprint header (with occupation names), or null. */
export async function loadBlueprintRow(db: DbOrTx, blueprintId: string): Promise<BlueprintRow | null> {
  const [row] = await db
    .select({
      id: blueprints.id,
      occupationId: blueprints.occupationId,
      occupationCode: occupations.code,
      occupationName: occupations.name,
      edition: occupations.edition,
      level: blueprints.level,
      part: blueprints.part,
      source: blueprints.source,
      createdAt: blueprints.createdAt,
      updatedAt: blueprints.updatedAt,
    })
    .from(blueprints)
    .innerJoin(occupations, eq(occupations.id, blueprints.occupationId))
    .where(eq(blueprints.id, blueprintId));
  return row ?? null;
}

/**
 * A blueprint and its tree, for every part of the bank (items, plans, the assembler): each node with its depth and
 * the ids of its ancestor ranges. No access check here: the calling service has applied `bankScope`.
 */
export async function loadBlueprintTree(db: DbOrTx, blueprintId: string): Promise<BlueprintTree | null> {
  const blueprint = await loadBlueprintRow(db, blueprintId);
  if (!blueprint) return null;
  const rows = await db
    .select()
    .from(blueprintNodes)
    .where(eq(blueprintNodes.blueprintId, blueprintId))
    .orderBy(asc(blueprintNodes.sortOrder), asc(blueprintNodes.code));
  return { blueprint, nodes: orderTree(rows) };
}

type NodeRow = typeof blueprintNodes.$inferSelect;

/** Depth-first order with depth and range path; nodes whose parent is missing are treated as roots. */
export function orderTree(rows: NodeRow[]): BlueprintTreeNode[] {
  const ids = new Set(rows.map((r) => r.id));
  const children = new Map<string | null, NodeRow[]>();
  for (const r of rows) {
    const parent = r.parentId && ids.has(r.parentId) ? r.parentId : null;
    const list = children.get(parent) ?? [];
    list.push(r);
    children.set(parent, list);
  }
  const out: BlueprintTreeNode[] = [];
  const visit = (parent: string | null, depth: number, path: string[]) => {
    for (const r of children.get(parent) ?? []) {
      out.push({
        id: r.id,
        parentId: parent,
        kind: r.kind,
        code: r.code,
        name: r.name,
        weight: r.weight,
        importance: r.importance,
        sortOrder: r.sortOrder,
        depth,
        rangePath: path,
      });
      if (r.kind === 'range') visit(r.id, depth + 1, [...path, r.id]);
    }
  };
  visit(null, 0, []);
  return out;
}
