import { eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { archiveRequests, batchArchives } from '../../db/schema/index.js';
import type { Actor } from '../../http/access.js';
import { can } from '../../../shared/access.js';
import { archiveMediumNames, archiveRequestKindNames } from '../../../shared/archives.js';
import type { HomeTask } from '../../../shared/home.js';
import { batchesForResults } from '../plans/plans.reads.js';
import { finalBatches } from '../publicity/publicity.reads.js';

/**
 * The archive's work on the home page: batches whose results are final and whose archive is not closed yet
 * (R-ARC-02), for the centre; borrowing, copying and destruction waiting for a leader's approval (R-ARC-03).
 */
export async function describeArchiveWork(db: DbOrTx, opts: { actor: Actor }): Promise<HomeTask[]> {
  const { actor } = opts;
  if (!can(actor.role, 'archives.read')) return [];
  const tasks: HomeTask[] = [];
  const final = await finalBatches(db);
  const batches = (await batchesForResults(db, { ids: final.map((f) => f.batchId) })).filter(
    (b) => b.state === 'publicity',
  );
  if (batches.length) {
    const closed = await db
      .select({ batchId: batchArchives.batchId })
      .from(batchArchives)
      .where(
        inArray(
          batchArchives.batchId,
          batches.map((b) => b.id),
        ),
      );
    const open = batches.filter((b) => !closed.some((c) => c.batchId === b.id));
    if (open.length)
      tasks.push({
        key: 'archivesToClose',
        title: '待归档的批次',
        level: 'info',
        count: open.length,
        link: '/archives',
        linkText: '整理档案',
        lines: open.map((b) => ({
          text: b.title,
          detail: '成绩已确认，请按档案清单收集材料并归档',
          link: '/archives',
        })),
      });
  }
  if (can(actor.role, 'archives.approve')) {
    const pending = await db
      .select({
        batchId: archiveRequests.batchId,
        kind: archiveRequests.kind,
        medium: archiveRequests.medium,
        applicant: archiveRequests.applicant,
        requestedBy: archiveRequests.requestedBy,
      })
      .from(archiveRequests)
      .where(eq(archiveRequests.state, 'pending'));
    // Never one's own request: another leader approves it.
    const mine = pending.filter((p) => p.requestedBy !== actor.userId);
    if (mine.length) {
      const titles = await batchesForResults(db, { ids: mine.map((p) => p.batchId) });
      tasks.push({
        key: 'archiveRequests',
        title: '待审批的档案借阅、复制、销毁',
        level: 'warning',
        count: mine.length,
        link: '/archives',
        linkText: '去审批',
        lines: mine.map((p) => ({
          text: titles.find((b) => b.id === p.batchId)?.title ?? '',
          tag: archiveRequestKindNames[p.kind],
          detail: `${archiveMediumNames[p.medium]}档案 · 申请人 ${p.applicant}`,
          link: '/archives',
        })),
      });
    }
  }
  return tasks;
}
