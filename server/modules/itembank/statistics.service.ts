// R-SCORE-01 §5 back into the bank: each item version's statistics from a computer-based sitting — how many
// answered, difficulty p (the share who got it right) and discrimination (upper 27% minus lower 27% by total
// score) — written by scoring's answer-pattern review in its transaction; one row per version and sitting.
import { eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { itemStatistics } from '../../db/schema/index.js';
import type { Actor } from '../../http/access.js';
import { recordAudit } from '../audit/audit.service.js';

export interface ItemStatistic {
  versionId: string;
  answered: number;
  difficulty: number;
  discrimination: number | null;
}

/** Replaces the statistics of a sitting (the caller's service has authorised its user). */
export async function recordItemStatistics(tx: DbOrTx, actor: Actor, sittingId: string, stats: ItemStatistic[]) {
  await tx.delete(itemStatistics).where(eq(itemStatistics.sittingId, sittingId));
  if (stats.length) await tx.insert(itemStatistics).values(stats.map((s) => ({ ...s, sittingId })));
  await recordAudit(tx, actor, {
    action: 'itembank.statistics',
    entity: 'exam_sitting',
    entityId: sittingId,
    after: { items: stats.length },
  });
}

/** The statistics of item versions, newest first (for the item's detail). */
export async function statisticsOfVersions(db: DbOrTx, versionIds: readonly string[]) {
  if (!versionIds.length) return [];
  return db
    .select()
    .from(itemStatistics)
    .where(inArray(itemStatistics.versionId, [...versionIds]));
}
