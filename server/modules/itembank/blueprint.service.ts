import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db, DbOrTx } from '../../db/client.js';
import { blueprintNodes, blueprints, items, occupations } from '../../db/schema/index.js';
import { isUniqueViolation } from '../../db/errors.js';
import type { Actor } from '../../http/access.js';
import { AppError, notFound } from '../../http/errors.js';
import { assertClean } from '../../http/sheet.js';
import { downloadName } from '../../http/download.js';
import { bankPartNames, type ItemState } from '../../../shared/itembank.js';
import { levelNames } from '../../../shared/centre.rules.js';
import {
  type BlueprintDetail,
  type BlueprintSummary,
  type blueprintCreateBody,
  blueprintImportFields,
  type blueprintNodeBody,
  type blueprintNodeUpdateBody,
  type blueprintQuery,
} from '../../../shared/itembank-blueprint.js';
import { fieldLabel } from '../../../shared/labels.js';
import { recordAudit } from '../audit/audit.service.js';
import { activeScopeOccupations } from '../centre/centre.reads.js';
import { assertInScope, bankScope, scopeFilter } from './bank.access.js';
import { writeBlueprintTemplate, writeBlueprintWorkbook } from './blueprint.export.js';
import { readBlueprintWorkbook, type ImportedNode } from './blueprint.import.js';
import { blueprintTitle, presentBlueprintDetail, presentBlueprintSummary } from './blueprint.present.js';
import { isSelfOrDescendant, subtreeIds } from './blueprint.rules.js';
import { loadBlueprintRow, loadBlueprintTree } from './blueprint.store.js';
import { readBankSettings } from './settings.store.js';

/** R-BANK-01: 鉴定要素细目表 — list, create, the tree and its edits, import and export; every change audited. */

type CreateData = z.output<typeof blueprintCreateBody>;

const fieldError = (field: string, message: string) => new AppError('VALIDATION', message, [{ field, message }]);

/** The occupations a blueprint may be made for: the centre's active scope (an expert: its own occupations only). */
export async function listBlueprintOccupations(db: DbOrTx, opts: { actor: Actor | null }) {
  const scope = await bankScope(db, opts.actor, 'itembank.read');
  const active = await activeScopeOccupations(db);
  const ids = active.map((a) => a.occupationId).filter((id) => scope.all || scope.occupationIds.includes(id));
  if (!ids.length) return { items: [], total: 0 };
  const rows = await db.select().from(occupations).where(inArray(occupations.id, ids)).orderBy(asc(occupations.code));
  const items = rows.map((o) => ({
    occupationId: o.id,
    code: o.code,
    name: o.name,
    edition: o.edition,
    levels: active.find((a) => a.occupationId === o.id)!.levels,
  }));
  return { items, total: items.length };
}

async function itemCountsOf(db: DbOrTx, blueprintId: string) {
  const rows = await db
    .select({ pointId: items.pointId, state: items.state, n: count() })
    .from(items)
    .where(eq(items.blueprintId, blueprintId))
    .groupBy(items.pointId, items.state);
  return rows.map((r) => ({ pointId: r.pointId, state: r.state as ItemState, n: Number(r.n) }));
}

/** The blueprint in the actor's scope, or 404 (R-BANK-02: another occupation's blueprint does not exist). */
async function scopedRow(db: DbOrTx, actor: Actor | null, permission: 'itembank.read' | 'itembank.manage', id: string) {
  const scope = await bankScope(db, actor, permission);
  const row = await loadBlueprintRow(db, id);
  if (!row) throw notFound('细目表');
  assertInScope(scope, row.occupationId);
  return row;
}

async function detailOf(db: DbOrTx, id: string): Promise<BlueprintDetail> {
  const tree = await loadBlueprintTree(db, id);
  if (!tree) throw notFound('细目表');
  return presentBlueprintDetail(tree, await itemCountsOf(db, id), await readBankSettings(db));
}

export async function listBlueprints(
  db: DbOrTx,
  opts: { actor: Actor | null; query: z.output<typeof blueprintQuery> },
): Promise<{ items: BlueprintSummary[]; total: number }> {
  const scope = await bankScope(db, opts.actor, 'itembank.read');
  const q = opts.query;
  const rows = await db
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
      rangeCount: sql<number>`(select count(*) from ${blueprintNodes} n where n.blueprint_id = ${blueprints.id} and n.kind = 'range')`,
      pointCount: sql<number>`(select count(*) from ${blueprintNodes} n where n.blueprint_id = ${blueprints.id} and n.kind = 'point')`,
      itemCount: sql<number>`(select count(*) from ${items} i where i.blueprint_id = ${blueprints.id})`,
    })
    .from(blueprints)
    .innerJoin(occupations, eq(occupations.id, blueprints.occupationId))
    .where(
      and(
        scopeFilter(scope, blueprints.occupationId),
        q.occupationId ? eq(blueprints.occupationId, q.occupationId) : undefined,
        q.level ? eq(blueprints.level, q.level) : undefined,
        q.part ? eq(blueprints.part, q.part) : undefined,
      ),
    )
    .orderBy(asc(occupations.code), asc(blueprints.level), asc(blueprints.part));
  const list = rows.map((r) =>
    presentBlueprintSummary(r, {
      rangeCount: Number(r.rangeCount),
      pointCount: Number(r.pointCount),
      itemCount: Number(r.itemCount),
    }),
  );
  return { items: list, total: list.length };
}

export async function getBlueprint(db: DbOrTx, opts: { actor: Actor | null; id: string }): Promise<BlueprintDetail> {
  await scopedRow(db, opts.actor, 'itembank.read', opts.id);
  return detailOf(db, opts.id);
}

/** The occupation exists and its level is in the centre's active scope. */
async function checkOccupation(db: DbOrTx, d: Pick<CreateData, 'occupationId' | 'level'>) {
  const scope = (await activeScopeOccupations(db)).find((a) => a.occupationId === d.occupationId);
  if (!scope) throw fieldError('occupationId', '职业：不在认定中心当前的认定范围内');
  if (!scope.levels.includes(d.level))
    throw fieldError('level', `等级：认定范围内该职业只有 ${scope.levels.join('、')} 级`);
}

const duplicate = () =>
  new AppError('CONFLICT', '该职业、等级和部分的细目表已存在，请打开它修改或重新导入', [
    { field: 'occupationId', message: '细目表已存在' },
  ]);

export async function createBlueprint(db: Db, opts: { actor: Actor | null; data: CreateData }) {
  await bankScope(db, opts.actor, 'itembank.manage');
  const actor = opts.actor;
  await checkOccupation(db, opts.data);
  try {
    const id = await db.transaction(async (tx) => {
      const [created] = await tx
        .insert(blueprints)
        .values({
          occupationId: opts.data.occupationId,
          level: opts.data.level,
          part: opts.data.part,
          source: opts.data.source ?? null,
          createdBy: actor?.userId ?? null,
        })
        .returning();
      await recordAudit(tx, actor, { action: 'create', entity: 'blueprint', entityId: created.id, after: created });
      return created.id;
    });
    return detailOf(db, id);
  } catch (e) {
    if (isUniqueViolation(e)) throw duplicate();
    throw e;
  }
}

const itemsTaggedMessage = (n: number) => `已有 ${n} 道试题标注了本细目表的鉴定点`;

export async function deleteBlueprint(db: Db, opts: { actor: Actor | null; id: string }) {
  const before = await scopedRow(db, opts.actor, 'itembank.manage', opts.id);
  const actor = opts.actor;
  await db.transaction(async (tx) => {
    const [{ n }] = await tx.select({ n: count() }).from(items).where(eq(items.blueprintId, opts.id));
    if (Number(n) > 0) throw new AppError('CONFLICT', `${itemsTaggedMessage(Number(n))}，不能删除细目表`);
    const nodes = await tx.select().from(blueprintNodes).where(eq(blueprintNodes.blueprintId, opts.id));
    await tx.delete(blueprints).where(eq(blueprints.id, opts.id));
    await recordAudit(tx, actor, {
      action: 'delete',
      entity: 'blueprint',
      entityId: opts.id,
      before: { ...before, nodeCount: nodes.length },
    });
  });
  return { ok: true as const };
}

type NodeRow = typeof blueprintNodes.$inferSelect;

/** A node's fields by kind: a range has a 鉴定比重 and sits at the top or under a range; a point has X/Y/Z under a range. */
function checkNode(
  nodes: NodeRow[],
  d: { parentId: string | null; kind: 'range' | 'point'; weight?: number | null; importance?: string | null },
) {
  const parent = d.parentId ? nodes.find((n) => n.id === d.parentId) : null;
  if (d.parentId && !parent) throw fieldError('parentId', '上级鉴定范围：不存在');
  if (parent && parent.kind !== 'range') throw fieldError('parentId', '上级鉴定范围：鉴定点之下不能再有节点');
  if (d.kind === 'range' && (d.weight === null || d.weight === undefined))
    throw fieldError('weight', '鉴定比重：鉴定范围须填写 0–100 的鉴定比重');
  if (d.kind === 'point') {
    if (!parent) throw fieldError('parentId', '上级鉴定范围：鉴定点须放在某个鉴定范围之下');
    if (!d.importance) throw fieldError('importance', '重要程度：鉴定点须填写 X、Y 或 Z');
  }
}

const codeTaken = () =>
  new AppError('CONFLICT', '代码：本细目表内已被使用', [{ field: 'code', message: '代码：已被使用' }]);

async function touch(tx: DbOrTx, id: string) {
  await tx.update(blueprints).set({ updatedAt: new Date() }).where(eq(blueprints.id, id));
}

export async function addBlueprintNode(
  db: Db,
  opts: { actor: Actor | null; blueprintId: string; data: z.output<typeof blueprintNodeBody> },
) {
  await scopedRow(db, opts.actor, 'itembank.manage', opts.blueprintId);
  const actor = opts.actor;
  const d = opts.data;
  try {
    await db.transaction(async (tx) => {
      const nodes = await tx.select().from(blueprintNodes).where(eq(blueprintNodes.blueprintId, opts.blueprintId));
      checkNode(nodes, d);
      if (nodes.some((n) => n.code === d.code)) throw codeTaken();
      const siblings = nodes.filter((n) => n.parentId === d.parentId);
      const [created] = await tx
        .insert(blueprintNodes)
        .values({
          blueprintId: opts.blueprintId,
          parentId: d.parentId,
          kind: d.kind,
          code: d.code,
          name: d.name,
          weight: d.kind === 'range' ? d.weight! : null,
          importance: d.kind === 'point' ? d.importance! : null,
          sortOrder: Math.max(-1, ...siblings.map((s) => s.sortOrder)) + 1,
        })
        .returning();
      await touch(tx, opts.blueprintId);
      await recordAudit(tx, actor, {
        action: 'create',
        entity: 'blueprint_node',
        entityId: created.id,
        after: created,
      });
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw codeTaken();
    throw e;
  }
  return detailOf(db, opts.blueprintId);
}

export async function updateBlueprintNode(
  db: Db,
  opts: { actor: Actor | null; blueprintId: string; nodeId: string; data: z.output<typeof blueprintNodeUpdateBody> },
) {
  await scopedRow(db, opts.actor, 'itembank.manage', opts.blueprintId);
  const actor = opts.actor;
  const d = opts.data;
  try {
    await db.transaction(async (tx) => {
      const nodes = await tx.select().from(blueprintNodes).where(eq(blueprintNodes.blueprintId, opts.blueprintId));
      const before = nodes.find((n) => n.id === opts.nodeId);
      if (!before) throw notFound('节点');
      checkNode(nodes, { ...d, kind: before.kind });
      if (d.parentId && isSelfOrDescendant(nodes, d.parentId, before.id))
        throw fieldError('parentId', '上级鉴定范围：不能移到自身或其下级之下');
      if (nodes.some((n) => n.code === d.code && n.id !== before.id)) throw codeTaken();
      const moved = d.parentId !== before.parentId;
      const siblings = nodes.filter((n) => n.parentId === d.parentId && n.id !== before.id);
      const sortOrder =
        d.sortOrder ?? (moved ? Math.max(-1, ...siblings.map((s) => s.sortOrder)) + 1 : before.sortOrder);
      const [after] = await tx
        .update(blueprintNodes)
        .set({
          parentId: d.parentId,
          code: d.code,
          name: d.name,
          weight: before.kind === 'range' ? d.weight! : null,
          importance: before.kind === 'point' ? d.importance! : null,
          sortOrder,
        })
        .where(eq(blueprintNodes.id, before.id))
        .returning();
      await touch(tx, opts.blueprintId);
      await recordAudit(tx, actor, {
        action: 'update',
        entity: 'blueprint_node',
        entityId: before.id,
        before,
        after,
      });
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw codeTaken();
    throw e;
  }
  return detailOf(db, opts.blueprintId);
}

/** Deletes a node and everything below it, unless an item is tagged with one of its 鉴定点. */
export async function deleteBlueprintNode(db: Db, opts: { actor: Actor | null; blueprintId: string; nodeId: string }) {
  await scopedRow(db, opts.actor, 'itembank.manage', opts.blueprintId);
  const actor = opts.actor;
  await db.transaction(async (tx) => {
    const nodes = await tx.select().from(blueprintNodes).where(eq(blueprintNodes.blueprintId, opts.blueprintId));
    const node = nodes.find((n) => n.id === opts.nodeId);
    if (!node) throw notFound('节点');
    const ids = subtreeIds(nodes, node.id);
    const [{ n }] = await tx.select({ n: count() }).from(items).where(inArray(items.pointId, ids));
    if (Number(n) > 0)
      throw new AppError(
        'CONFLICT',
        `${node.kind === 'point' ? '该鉴定点' : '该鉴定范围下的鉴定点'}已有 ${Number(n)} 道试题，不能删除（可改名或移动）`,
      );
    const removed = nodes.filter((x) => ids.includes(x.id));
    await tx.delete(blueprintNodes).where(inArray(blueprintNodes.id, ids));
    await touch(tx, opts.blueprintId);
    await recordAudit(tx, actor, {
      action: 'delete',
      entity: 'blueprint_node',
      entityId: node.id,
      before: { node, removed: removed.map((r) => r.code) },
    });
  });
  return detailOf(db, opts.blueprintId);
}

/** The form fields sent with the file, each error named by its field. */
function parseImportFields(fields: Record<string, string>): CreateData {
  const parsed = blueprintImportFields.safeParse(fields);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => {
    const field = String(i.path[0] ?? 'file');
    const text = /[\u4e00-\u9fa5]/.test(i.message) ? i.message.replace(/^[^：]*：/, '') : '请选择或填写';
    return { field, message: `${fieldLabel(field)}：${text}` };
  });
  throw new AppError('VALIDATION', issues.map((i) => i.message).join('；'), issues);
}

/**
 * R-BANK-01: imports a 细目表 workbook for an occupation, level and part: creates the blueprint, or replaces the
 * tree of the existing one while no item is tagged. Nothing is written if any row is bad.
 */
export async function importBlueprint(
  db: Db,
  opts: { actor: Actor | null; fields: Record<string, string>; bytes: Buffer; fileName: string },
) {
  await bankScope(db, opts.actor, 'itembank.manage');
  const actor = opts.actor;
  const data = parseImportFields(opts.fields);
  await checkOccupation(db, data);
  const { nodes, issues } = await readBlueprintWorkbook(opts.bytes);
  assertClean(issues);
  const id = await importTree(db, actor, data, nodes, opts.fileName);
  return detailOf(db, id);
}

async function importTree(
  db: Db,
  actor: Actor | null,
  data: CreateData,
  nodes: ImportedNode[],
  fileName: string,
): Promise<string> {
  try {
    return await db.transaction(async (tx) => {
      const [existing] = await tx
        .select()
        .from(blueprints)
        .where(
          and(
            eq(blueprints.occupationId, data.occupationId),
            eq(blueprints.level, data.level),
            eq(blueprints.part, data.part),
          ),
        )
        .for('update');
      let blueprintId: string;
      let replaced = 0;
      const source = data.source ?? fileName;
      if (existing) {
        const [{ n }] = await tx.select({ n: count() }).from(items).where(eq(items.blueprintId, existing.id));
        if (Number(n) > 0)
          throw new AppError('CONFLICT', `${itemsTaggedMessage(Number(n))}，不能重新导入；请在页面上逐项修改`);
        replaced = (await tx.delete(blueprintNodes).where(eq(blueprintNodes.blueprintId, existing.id)).returning())
          .length;
        await tx.update(blueprints).set({ source, updatedAt: new Date() }).where(eq(blueprints.id, existing.id));
        blueprintId = existing.id;
      } else {
        const [created] = await tx
          .insert(blueprints)
          .values({ ...data, source, createdBy: actor?.userId ?? null })
          .returning();
        blueprintId = created.id;
      }
      if (nodes.length) await tx.insert(blueprintNodes).values(nodes.map((n) => ({ ...n, blueprintId })));
      await recordAudit(tx, actor, {
        action: 'import',
        entity: 'blueprint',
        entityId: blueprintId,
        after: {
          ...data,
          source,
          created: !existing,
          replacedNodes: replaced,
          ranges: nodes.filter((n) => n.kind === 'range').length,
          points: nodes.filter((n) => n.kind === 'point').length,
        },
      });
      return blueprintId;
    });
  } catch (e) {
    // A concurrent import or create of the same occupation, level and part.
    if (isUniqueViolation(e)) throw duplicate();
    throw e;
  }
}

/** The blueprint in the import layout (export → import gives the same tree). */
export async function exportBlueprint(db: Db, opts: { actor: Actor | null; id: string }) {
  await scopedRow(db, opts.actor, 'itembank.read', opts.id);
  const tree = (await loadBlueprintTree(db, opts.id))!;
  const title = blueprintTitle(tree.blueprint);
  const bytes = await writeBlueprintWorkbook(`${title} 鉴定要素细目表`, tree.nodes);
  await db.transaction(async (tx) => {
    await recordAudit(tx, opts.actor, { action: 'export', entity: 'blueprint', entityId: opts.id });
  });
  const b = tree.blueprint;
  const subject = `${b.occupationName}${(levelNames[b.level] ?? `${b.level}级`).split('/')[0]}${bankPartNames[b.part]}`;
  return { bytes, name: downloadName(subject, '鉴定要素细目表', 'xlsx') };
}

export async function blueprintTemplate(db: DbOrTx, opts: { actor: Actor | null }) {
  await bankScope(db, opts.actor, 'itembank.read');
  return { bytes: await writeBlueprintTemplate(), name: downloadName(null, '鉴定要素细目表导入模板', 'xlsx') };
}
