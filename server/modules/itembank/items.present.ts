import { statisticsOfVersions } from './statistics.service.js';
import { sittingsWithBatchTitles } from '../plans/plans.reads.js';
import { inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { blueprintNodes, blueprints, itemVersions, items, occupations, users } from '../../db/schema/index.js';
import {
  bankPartNames,
  difficultyNames,
  itemStateNames,
  itemTypeNames,
  type BankPart,
  type Difficulty,
} from '../../../shared/itembank.js';
import type { ItemDetail, ItemRow } from '../../../shared/itembank-items.js';
import { levelNames, type Level } from '../../../shared/eligibility.js';
import { skillPointsTotal, stemPreview } from './items.rules.js';

type ItemRowDb = typeof items.$inferSelect;
type VersionRowDb = typeof itemVersions.$inferSelect;
type BlueprintDb = typeof blueprints.$inferSelect;

/** `电工 四级/中级工 理论知识`: how a blueprint is named on screens and in files. */
export function blueprintTitle(occupationName: string, level: number, part: BankPart) {
  return `${occupationName} ${levelNames[level as Level] ?? `${level}级`} ${bankPartNames[part]}`;
}

/** Blueprint titles and occupations by blueprint id. */
export async function blueprintInfo(db: DbOrTx, ids: string[]) {
  const out = new Map<string, BlueprintDb & { title: string; occupationName: string }>();
  if (!ids.length) return out;
  const rows = await db
    .select()
    .from(blueprints)
    .where(inArray(blueprints.id, [...new Set(ids)]));
  const occ = rows.length
    ? await db
        .select()
        .from(occupations)
        .where(inArray(occupations.id, [...new Set(rows.map((r) => r.occupationId))]))
    : [];
  const occName = new Map(occ.map((o) => [o.id, o.name]));
  for (const r of rows) {
    const name = occName.get(r.occupationId) ?? '';
    out.set(r.id, { ...r, occupationName: name, title: blueprintTitle(name, r.level, r.part) });
  }
  return out;
}

export async function userNames(db: DbOrTx, ids: (string | null)[]) {
  const wanted = [...new Set(ids.filter((x): x is string => !!x))];
  if (!wanted.length) return new Map<string, string>();
  const rows = await db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, wanted));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** List rows: stems only, never the key (R-BANK-02). */
export async function presentItemRows(db: DbOrTx, rows: ItemRowDb[]): Promise<ItemRow[]> {
  if (!rows.length) return [];
  const bps = await blueprintInfo(
    db,
    rows.map((r) => r.blueprintId),
  );
  const pts = await db
    .select()
    .from(blueprintNodes)
    .where(inArray(blueprintNodes.id, [...new Set(rows.map((r) => r.pointId))]));
  const point = new Map(pts.map((p) => [p.id, p]));
  const vids = rows.map((r) => r.currentVersionId).filter((x): x is string => !!x);
  const vers = vids.length ? await db.select().from(itemVersions).where(inArray(itemVersions.id, vids)) : [];
  const version = new Map(vers.map((v) => [v.id, v]));
  const names = await userNames(
    db,
    rows.map((r) => r.authorId),
  );
  return rows.map((r) => {
    const v = version.get(r.currentVersionId ?? '');
    const d = (v?.difficulty ?? 2) as Difficulty;
    return {
      id: r.id,
      code: r.code,
      blueprintId: r.blueprintId,
      blueprintTitle: bps.get(r.blueprintId)?.title ?? '',
      pointId: r.pointId,
      pointCode: point.get(r.pointId)?.code ?? '',
      pointName: point.get(r.pointId)?.name ?? '',
      type: r.type,
      typeName: itemTypeNames[r.type],
      state: r.state,
      stateName: r.state === 'draft' && r.reviewNote && r.reviewedAt ? '已退回' : itemStateNames[r.state],
      difficulty: d,
      difficultyName: difficultyNames[d],
      stem: stemPreview(v?.content.stem ?? ''),
      version: v?.version ?? 1,
      authorName: r.authorId ? (names.get(r.authorId) ?? null) : null,
      returned: r.state === 'draft' && !!r.reviewNote && !!r.reviewedAt,
      updatedAt: r.updatedAt.toISOString(),
    };
  });
}

/** The detail: the current version with its key, every version, and what the viewer may do. */
export async function presentItemDetail(
  db: DbOrTx,
  row: ItemRowDb,
  versions: VersionRowDb[],
  may: ItemDetail['may'],
): Promise<ItemDetail> {
  const [base] = await presentItemRows(db, [row]);
  const bp = (await blueprintInfo(db, [row.blueprintId])).get(row.blueprintId)!;
  const current = versions.find((v) => v.id === row.currentVersionId) ?? versions[versions.length - 1];
  const names = await userNames(db, [row.reviewerId, ...versions.map((v) => v.createdBy)]);
  const stats = await statisticsOfVersions(
    db,
    versions.map((v) => v.id),
  );
  const sittings = new Map(
    (await sittingsWithBatchTitles(db, [...new Set(stats.map((x) => x.sittingId))])).map((x) => [x.id, x]),
  );
  const versionNo = new Map(versions.map((v) => [v.id, v.version]));
  return {
    ...base,
    occupationName: bp.occupationName,
    level: bp.level,
    enemyKey: row.enemyKey,
    noShuffle: current.noShuffle,
    content: current.content,
    pointsTotal: current.content.type === 'skill' ? skillPointsTotal(current.content) : null,
    reviewerName: row.reviewerId ? (names.get(row.reviewerId) ?? null) : null,
    reviewedAt: row.reviewedAt?.toISOString() ?? null,
    reviewNote: row.reviewNote,
    versions: versions
      .sort((a, b) => b.version - a.version)
      .map((v) => ({
        id: v.id,
        version: v.version,
        difficulty: v.difficulty,
        contentHash: v.contentHash,
        createdByName: v.createdBy ? (names.get(v.createdBy) ?? null) : null,
        createdAt: v.createdAt.toISOString(),
        usedAt: v.usedAt?.toISOString() ?? null,
        current: v.id === row.currentVersionId,
      })),
    statistics: stats
      .sort((a, b) => b.computedAt.getTime() - a.computedAt.getTime())
      .map((x) => {
        const st = sittings.get(x.sittingId);
        return {
          version: versionNo.get(x.versionId) ?? 0,
          sitting: st ? `${st.batchTitle} ${st.day}` : '',
          answered: x.answered,
          difficulty: x.difficulty,
          discrimination: x.discrimination,
          computedAt: x.computedAt.toISOString(),
        };
      }),
    may,
  };
}
