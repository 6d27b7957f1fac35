import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db, DbOrTx } from '../../db/client.js';
import { blueprintNodes, blueprints, files, itemVersions, items } from '../../db/schema/index.js';
import type { Actor } from '../../http/access.js';
import { AppError, forbidden, notFound } from '../../http/errors.js';
import { can } from '../../../shared/access.js';
import type {
  ItemDetail,
  itemChoices,
  itemCreateBody,
  itemQuery,
  itemReviewBody,
  itemUpdateBody,
} from '../../../shared/itembank-items.js';
import type { ItemContent } from '../../../shared/itembank.js';
import { recordAudit } from '../audit/audit.service.js';
import { assertInScope, bankScope, scopeFilter, type BankScope } from './bank.access.js';
import { contentHash, contentIssues, nextItemCode } from './items.rules.js';
import { blueprintInfo, presentItemDetail, presentItemRows } from './items.present.js';

/** 试题 (R-BANK-01/02): entry, versions, review by a second expert, activation and retirement. */

type ItemRow = typeof items.$inferSelect;

const validation = (field: string, message: string) => new AppError('VALIDATION', message, [{ field, message }]);

/** The item and its blueprint, 404 outside the actor's occupations (R-BANK-02); locked for update in a transaction. */
export async function loadItem(db: DbOrTx, scope: BankScope, id: string, lock = false) {
  const q = db.select().from(items).where(eq(items.id, id));
  const [row] = lock ? await q.for('update') : await q;
  if (!row) throw notFound('试题');
  const [bp] = await db.select().from(blueprints).where(eq(blueprints.id, row.blueprintId));
  assertInScope(scope, bp.occupationId);
  return { row, blueprint: bp };
}

/** The blueprint an item goes into (404 outside the scope) and the 鉴定点 checked to be one of its points. */
async function blueprintAndPoint(db: DbOrTx, scope: BankScope, blueprintId: string, pointId?: string) {
  const [bp] = await db.select().from(blueprints).where(eq(blueprints.id, blueprintId));
  if (!bp) throw notFound('细目表');
  assertInScope(scope, bp.occupationId);
  if (pointId) {
    const [p] = await db
      .select()
      .from(blueprintNodes)
      .where(and(eq(blueprintNodes.id, pointId), eq(blueprintNodes.blueprintId, blueprintId)));
    if (!p || p.kind !== 'point') throw validation('pointId', '鉴定点：不是该细目表的鉴定点');
  }
  return bp;
}

function checkContent(content: ItemContent, part: string) {
  // R-BANK-01: theory blueprints hold theory types, skill blueprints skill tasks.
  if ((content.type === 'skill') !== (part === 'skill'))
    throw validation(
      'type',
      `题型：${part === 'skill' ? '操作技能细目表只收操作技能试题' : '理论知识细目表不收操作技能试题'}`,
    );
  const issues = contentIssues(content);
  if (issues.length)
    throw new AppError(
      'VALIDATION',
      issues.join('；'),
      issues.map((m) => ({ field: 'content', message: m })),
    );
}

/** R-BANK-02: the images an item shows are bank images (uploaded as `item.image`), never another file. */
async function checkImages(db: DbOrTx, content: ItemContent) {
  const ids = [
    ...content.stemImageFileIds,
    ...('options' in content ? content.options.map((o) => o.imageFileId).filter((x): x is string => !!x) : []),
  ];
  if (!ids.length) return;
  const found = await db
    .select({ id: files.id })
    .from(files)
    .where(and(inArray(files.id, [...new Set(ids)]), eq(files.purpose, 'item.image')));
  if (found.length !== new Set(ids).size) throw validation('imageFileId', '图片：不存在，请重新上传');
}

export async function listItems(db: DbOrTx, opts: { actor: Actor | null; query: z.output<typeof itemQuery> }) {
  const scope = await bankScope(db, opts.actor, 'itembank.read');
  const q = opts.query;
  const where: (SQL | undefined)[] = [
    scopeFilter(scope, blueprints.occupationId),
    q.blueprintId ? eq(items.blueprintId, q.blueprintId) : undefined,
    q.pointId ? eq(items.pointId, q.pointId) : undefined,
    q.type ? eq(items.type, q.type) : undefined,
    q.state ? eq(items.state, q.state) : undefined,
    q.difficulty ? eq(itemVersions.difficulty, q.difficulty) : undefined,
    q.keyword
      ? sql`(${items.code} ilike ${`%${q.keyword}%`} or ${itemVersions.content}->>'stem' ilike ${`%${q.keyword}%`})`
      : undefined,
  ];
  const base = db
    .select({ item: items })
    .from(items)
    .innerJoin(blueprints, eq(blueprints.id, items.blueprintId))
    .leftJoin(itemVersions, eq(itemVersions.id, items.currentVersionId))
    .where(and(...where));
  const [{ total }] = await db.select({ total: sql<number>`count(*)::int` }).from(base.as('x'));
  const rows = await base
    .orderBy(asc(items.blueprintId), asc(items.code))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  return {
    items: await presentItemRows(
      db,
      rows.map((r) => r.item),
    ),
    total,
  };
}

function mayOf(actor: Actor, row: ItemRow) {
  return {
    edit: can(actor.role, 'itembank.author') && row.state !== 'retired',
    // R-BANK-01: a second expert reviews, never the author.
    review: can(actor.role, 'itembank.review') && row.state === 'draft' && row.authorId !== actor.userId,
    activate: can(actor.role, 'itembank.manage') && row.state === 'reviewed',
    retire: can(actor.role, 'itembank.manage') && (row.state === 'active' || row.state === 'reviewed'),
  };
}

async function detailOf(db: DbOrTx, actor: Actor, row: ItemRow): Promise<ItemDetail> {
  const versions = await db.select().from(itemVersions).where(eq(itemVersions.itemId, row.id));
  return presentItemDetail(db, row, versions, mayOf(actor, row));
}

/** R-BANK-02: every view of an item (and its key) is recorded in the audit trail. */
export async function getItem(db: Db, opts: { actor: Actor | null; id: string }): Promise<ItemDetail> {
  const scope = await bankScope(db, opts.actor, 'itembank.read');
  const actor = opts.actor!;
  return db.transaction(async (tx) => {
    const { row } = await loadItem(tx, scope, opts.id);
    const detail = await detailOf(tx, actor, row);
    await recordAudit(tx, actor, {
      action: 'view',
      entity: 'item',
      entityId: row.id,
      after: { code: row.code, version: detail.version },
    });
    return detail;
  });
}

/** Inserts a draft item and its version 1 (used by entry and by both imports, inside the caller's transaction). */
export async function insertItem(
  tx: DbOrTx,
  actor: Actor,
  d: {
    blueprintId: string;
    pointId: string;
    difficulty: number;
    noShuffle: boolean;
    enemyKey: string | null;
    content: ItemContent;
  },
  codes: string[],
) {
  const code = nextItemCode(d.content.type, codes);
  codes.push(code);
  const [row] = await tx
    .insert(items)
    .values({
      blueprintId: d.blueprintId,
      pointId: d.pointId,
      type: d.content.type,
      code,
      authorId: actor.userId,
      enemyKey: d.enemyKey,
    })
    .returning();
  const [v] = await tx
    .insert(itemVersions)
    .values({
      itemId: row.id,
      version: 1,
      difficulty: d.difficulty,
      noShuffle: d.noShuffle,
      content: d.content,
      contentHash: contentHash(d.content, d.difficulty, d.noShuffle),
      createdBy: actor.userId,
    })
    .returning();
  const [after] = await tx.update(items).set({ currentVersionId: v.id }).where(eq(items.id, row.id)).returning();
  return { item: after, version: v };
}

/** The codes in use in a blueprint (for the next 题号), locked by the blueprint row. */
export async function codesOf(tx: DbOrTx, blueprintId: string) {
  await tx.select({ id: blueprints.id }).from(blueprints).where(eq(blueprints.id, blueprintId)).for('update');
  return (await tx.select({ code: items.code }).from(items).where(eq(items.blueprintId, blueprintId))).map(
    (r) => r.code,
  );
}

export async function createItem(
  db: Db,
  opts: { actor: Actor | null; data: z.output<typeof itemCreateBody> },
): Promise<ItemDetail> {
  const scope = await bankScope(db, opts.actor, 'itembank.author');
  const actor = opts.actor!;
  const d = opts.data;
  const bp = await blueprintAndPoint(db, scope, d.blueprintId, d.pointId);
  checkContent(d.content, bp.part);
  await checkImages(db, d.content);
  return db.transaction(async (tx) => {
    const codes = await codesOf(tx, d.blueprintId);
    const { item, version } = await insertItem(tx, actor, { ...d, enemyKey: d.enemyKey ?? null }, codes);
    await recordAudit(tx, actor, { action: 'create', entity: 'item', entityId: item.id, after: { item, version } });
    return detailOf(tx, actor, item);
  });
}

/**
 * R-BANK-01: a draft's unused version is edited in place; editing an active item makes a new version (back to draft
 * for review, papers keep theirs); a version a paper used never changes (409).
 */
export async function updateItem(
  db: Db,
  opts: { actor: Actor | null; id: string; data: z.output<typeof itemUpdateBody> },
): Promise<ItemDetail> {
  const scope = await bankScope(db, opts.actor, 'itembank.author');
  const actor = opts.actor!;
  const d = opts.data;
  return db.transaction(async (tx) => {
    const { row, blueprint } = await loadItem(tx, scope, opts.id, true);
    await blueprintAndPoint(tx, scope, blueprint.id, d.pointId);
    if (d.content.type !== row.type) throw validation('type', '题型：修改时不能改变题型，请新建试题');
    checkContent(d.content, blueprint.part);
    await checkImages(tx, d.content);
    if (row.state === 'retired') throw new AppError('CONFLICT', '试题已停用，不能修改');
    const [current] = await tx.select().from(itemVersions).where(eq(itemVersions.id, row.currentVersionId!));
    const hash = contentHash(d.content, d.difficulty, d.noShuffle);
    const values = { difficulty: d.difficulty, noShuffle: d.noShuffle, content: d.content, contentHash: hash };
    let version = current;
    if (row.state === 'active') {
      const [{ max }] = await tx
        .select({ max: sql<number>`max(${itemVersions.version})::int` })
        .from(itemVersions)
        .where(eq(itemVersions.itemId, row.id));
      [version] = await tx
        .insert(itemVersions)
        .values({ itemId: row.id, version: max + 1, createdBy: actor.userId, ...values })
        .returning();
    } else if (current.usedAt) {
      throw new AppError('CONFLICT', `第 ${current.version} 版已被试卷使用，不能修改`);
    } else if (current.contentHash !== hash) {
      [version] = await tx.update(itemVersions).set(values).where(eq(itemVersions.id, current.id)).returning();
    }
    const changedContent = version.id !== current.id || current.contentHash !== hash;
    const [after] = await tx
      .update(items)
      .set({
        pointId: d.pointId,
        enemyKey: d.enemyKey ?? null,
        currentVersionId: version.id,
        updatedAt: new Date(),
        // A changed text needs a new review.
        ...(changedContent ? { state: 'draft' as const, reviewerId: null, reviewedAt: null, reviewNote: null } : {}),
      })
      .where(eq(items.id, row.id))
      .returning();
    await recordAudit(tx, actor, {
      action: 'update',
      entity: 'item',
      entityId: row.id,
      before: { item: row, version: current },
      after: { item: after, version },
    });
    return detailOf(tx, actor, after);
  });
}

/** R-BANK-01: approve or return a draft; only an expert of the occupation who is not its author. */
export async function reviewItem(
  db: Db,
  opts: { actor: Actor | null; id: string; data: z.output<typeof itemReviewBody> },
): Promise<ItemDetail> {
  const scope = await bankScope(db, opts.actor, 'itembank.review');
  const actor = opts.actor!;
  return db.transaction(async (tx) => {
    const { row } = await loadItem(tx, scope, opts.id, true);
    // R-BANK-01: the author never reviews its own item.
    if (row.authorId === actor.userId) throw forbidden('不能审核自己编写的试题，请由本职业的另一位专家审核');
    if (row.state !== 'draft') throw new AppError('CONFLICT', '只有草稿状态的试题可以审核');
    if (!opts.data.approve && !opts.data.note) throw validation('note', '审核意见：退回时必须填写');
    const [after] = await tx
      .update(items)
      .set({
        state: opts.data.approve ? 'reviewed' : 'draft',
        reviewerId: actor.userId,
        reviewedAt: new Date(),
        reviewNote: opts.data.note ?? null,
        updatedAt: new Date(),
      })
      .where(eq(items.id, row.id))
      .returning();
    await recordAudit(tx, actor, {
      action: opts.data.approve ? 'approve' : 'return',
      entity: 'item',
      entityId: row.id,
      before: { state: row.state },
      after: { state: after.state, note: after.reviewNote },
    });
    return detailOf(tx, actor, after);
  });
}

/** The bank admin activates a reviewed item or retires one; nothing else moves these states. */
export async function setItemState(
  db: Db,
  opts: { actor: Actor | null; id: string; to: 'active' | 'retired' },
): Promise<ItemDetail> {
  const scope = await bankScope(db, opts.actor, 'itembank.manage');
  const actor = opts.actor!;
  return db.transaction(async (tx) => {
    const { row } = await loadItem(tx, scope, opts.id, true);
    const activating = opts.to === 'active';
    const allowed = activating ? ['reviewed'] : ['active', 'reviewed'];
    if (!allowed.includes(row.state))
      throw new AppError(
        'CONFLICT',
        opts.to === 'active' ? '只有已审核的试题可以启用' : '只有已审核或启用的试题可以停用',
      );
    const [after] = await tx
      .update(items)
      .set({ state: opts.to, updatedAt: new Date() })
      .where(eq(items.id, row.id))
      .returning();
    await recordAudit(tx, actor, {
      action: activating ? 'enable' : 'disable',
      entity: 'item',
      entityId: row.id,
      before: { state: row.state },
      after: { state: after.state },
    });
    return detailOf(tx, actor, after);
  });
}

/** The blueprints in scope with their 鉴定点 (filters, the edit form, the import's blueprint). */
export async function itemChoicesOf(db: DbOrTx, opts: { actor: Actor | null }): Promise<z.output<typeof itemChoices>> {
  const scope = await bankScope(db, opts.actor, 'itembank.read');
  const bps = await db
    .select()
    .from(blueprints)
    .where(scopeFilter(scope, blueprints.occupationId))
    .orderBy(desc(blueprints.createdAt));
  const info = await blueprintInfo(
    db,
    bps.map((b) => b.id),
  );
  const nodes = bps.length
    ? await db
        .select()
        .from(blueprintNodes)
        .where(
          inArray(
            blueprintNodes.blueprintId,
            bps.map((b) => b.id),
          ),
        )
        .orderBy(asc(blueprintNodes.sortOrder), asc(blueprintNodes.code))
    : [];
  const byId = new Map(nodes.map((n) => [n.id, n]));
  return {
    blueprints: bps.map((b) => ({
      id: b.id,
      title: info.get(b.id)!.title,
      part: b.part,
      points: nodes
        .filter((n) => n.blueprintId === b.id && n.kind === 'point')
        .map((n) => ({
          id: n.id,
          code: n.code,
          name: n.name,
          rangeName: n.parentId ? (byId.get(n.parentId)?.name ?? '') : '',
        })),
    })),
  };
}

export { blueprintAndPoint };
