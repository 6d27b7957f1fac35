import { and, asc, count, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.js';
import { blueprintNodes, blueprints, itemVersions, items, papers } from '../../db/schema/index.js';
import type { Actor } from '../../http/access.js';
import { downloadName } from '../../http/download.js';
import { writeWorkbook } from '../../http/sheet.js';
import { difficultyNames, type Difficulty } from '../../../shared/itembank.js';
import { recordAudit } from '../audit/audit.service.js';
import { bankScope, scopeFilter } from './bank.access.js';
import { itemTemplateWorkbook } from './items.import.js';
import { blueprintInfo, presentItemRows, userNames } from './items.present.js';
import { blueprintAndPoint } from './items.service.js';

/** Downloads of the items part: the import template and a blueprint's bank for the yearly review (audited). */

export async function itemTemplate(db: DbOrTx, opts: { actor: Actor | null; blueprintId?: string }) {
  const scope = await bankScope(db, opts.actor, 'itembank.author');
  let code = '1';
  if (opts.blueprintId) {
    await blueprintAndPoint(db, scope, opts.blueprintId);
    const [first] = await db
      .select({ code: blueprintNodes.code })
      .from(blueprintNodes)
      .where(and(eq(blueprintNodes.blueprintId, opts.blueprintId), eq(blueprintNodes.kind, 'point')))
      .orderBy(asc(blueprintNodes.sortOrder), asc(blueprintNodes.code))
      .limit(1);
    code = first?.code ?? code;
  } else await db.select({ id: blueprints.id }).from(blueprints).where(scopeFilter(scope, blueprints.occupationId));
  return { bytes: await itemTemplateWorkbook(code), name: downloadName(null, '试题导入模板', 'xlsx') };
}

/** How many papers use each item (any of its versions). */
async function useCounts(db: DbOrTx, itemIds: string[]) {
  const used = new Map<string, number>();
  if (!itemIds.length) return used;
  const rows = await db.select({ entries: papers.entries }).from(papers);
  const wanted = new Set(itemIds);
  for (const r of rows)
    for (const id of new Set(r.entries.map((e) => e.itemId))) if (wanted.has(id)) used.set(id, (used.get(id) ?? 0) + 1);
  return used;
}

/** R-BANK-02: the bank of one blueprint as Excel for the yearly review; the export is a view, so it is audited. */
export async function exportItems(db: Db, opts: { actor: Actor | null; blueprintId: string }) {
  const scope = await bankScope(db, opts.actor, 'itembank.read');
  const actor = opts.actor!;
  const bp = await blueprintAndPoint(db, scope, opts.blueprintId);
  return db.transaction(async (tx) => {
    const rows = await tx.select().from(items).where(eq(items.blueprintId, bp.id)).orderBy(asc(items.code));
    const ids = rows.map((r) => r.id);
    const present = await presentItemRows(tx, rows);
    const versionCounts = new Map(
      ids.length
        ? (
            await tx
              .select({ itemId: itemVersions.itemId, n: count() })
              .from(itemVersions)
              .where(inArray(itemVersions.itemId, ids))
              .groupBy(itemVersions.itemId)
          ).map((r) => [r.itemId, r.n])
        : [],
    );
    const usedVersions = new Map(
      ids.length
        ? (
            await tx
              .select({ itemId: itemVersions.itemId, n: count() })
              .from(itemVersions)
              .where(and(inArray(itemVersions.itemId, ids), isNotNull(itemVersions.usedAt)))
              .groupBy(itemVersions.itemId)
          ).map((r) => [r.itemId, r.n])
        : [],
    );
    const uses = await useCounts(tx, ids);
    const reviewers = await userNames(
      tx,
      rows.map((r) => r.reviewerId),
    );
    const title = (await blueprintInfo(tx, [bp.id])).get(bp.id)!.title;
    const bytes = await writeWorkbook([
      {
        name: '试题',
        title: `${title} 题库（年度审查）`,
        columns: [
          { header: '题号', key: 'code', width: 10 },
          { header: '题型', key: 'typeName', width: 14 },
          { header: '鉴定点', key: 'point', width: 24 },
          { header: '难度', key: 'difficulty', width: 8 },
          { header: '题干', key: 'stem', width: 50 },
          { header: '状态', key: 'stateName', width: 10 },
          { header: '当前版本', key: 'version', width: 10 },
          { header: '版本数', key: 'versions', width: 8 },
          { header: '已用版本数', key: 'usedVersions', width: 10 },
          { header: '使用次数', key: 'uses', width: 10 },
          { header: '编写人', key: 'authorName', width: 10 },
          { header: '审核人', key: 'reviewerName', width: 10 },
        ],
        rows: present.map((p, i) => ({
          ...p,
          point: `${p.pointCode} ${p.pointName}`,
          difficulty: difficultyNames[p.difficulty as Difficulty],
          version: `第 ${p.version} 版`,
          versions: versionCounts.get(p.id) ?? 0,
          usedVersions: usedVersions.get(p.id) ?? 0,
          uses: uses.get(p.id) ?? 0,
          reviewerName: rows[i].reviewerId ? (reviewers.get(rows[i].reviewerId!) ?? '') : '',
        })),
      },
    ]);
    await recordAudit(tx, actor, {
      action: 'export',
      entity: 'item',
      entityId: bp.id,
      after: { blueprintId: bp.id, count: rows.length },
    });
    return { bytes, name: downloadName(title, '题库', 'xlsx') };
  });
}
