import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.js';
import { archiveRequests, batchArchives, users } from '../../db/schema/index.js';
import { authorize, type Actor } from '../../http/access.js';
import { AppError, notFound } from '../../http/errors.js';
import {
  archiveMediumNames,
  archiveRequestKindNames,
  archiveRequestStateNames,
  type ArchiveMedium,
  type ArchiveRequest,
  type ArchiveRequestBody,
} from '../../../shared/archives.js';
import { chinaToday } from '../../../shared/dates.js';
import { recordAudit } from '../audit/audit.service.js';
import { destructionRefusal } from './archives.rules.js';

/**
 * R-ARC-03 (H 安全规程 §8): borrowing, copying and destruction of a closed batch's archive are requested, approved or
 * refused by a leader (never by the one who asked), and logged; a borrowing stays open until it is returned; an
 * approved destruction marks the medium destroyed, never before its retention ends.
 */

type RequestRow = typeof archiveRequests.$inferSelect;

export async function userNames(db: DbOrTx, ids: readonly (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((x): x is string => !!x))];
  if (!wanted.length) return new Map();
  const rows = await db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, wanted));
  return new Map(rows.map((r) => [r.id, r.name]));
}

function present(r: RequestRow, names: Map<string, string>): ArchiveRequest {
  const name = (id: string | null) => (id ? (names.get(id) ?? null) : null);
  return {
    id: r.id,
    batchId: r.batchId,
    kind: r.kind,
    kindName: archiveRequestKindNames[r.kind],
    medium: r.medium,
    mediumName: archiveMediumNames[r.medium],
    applicant: r.applicant,
    reason: r.reason,
    dueOn: r.dueOn,
    state: r.state,
    stateName: archiveRequestStateNames[r.state],
    requestedByName: name(r.requestedBy),
    requestedAt: r.requestedAt.toISOString(),
    decidedByName: name(r.decidedBy),
    decidedAt: r.decidedAt?.toISOString() ?? null,
    decisionNote: r.decisionNote,
    returnedAt: r.returnedAt?.toISOString() ?? null,
  };
}

export async function listRequests(db: DbOrTx, batchId: string): Promise<ArchiveRequest[]> {
  const rows = await db
    .select()
    .from(archiveRequests)
    .where(eq(archiveRequests.batchId, batchId))
    .orderBy(desc(archiveRequests.requestedAt));
  const names = await userNames(
    db,
    rows.flatMap((r) => [r.requestedBy, r.decidedBy]),
  );
  return rows.map((r) => present(r, names));
}

export async function pendingRequestCounts(db: DbOrTx, batchIds: readonly string[]): Promise<Map<string, number>> {
  if (!batchIds.length) return new Map();
  const rows = await db
    .select({ batchId: archiveRequests.batchId })
    .from(archiveRequests)
    .where(and(inArray(archiveRequests.batchId, [...batchIds]), eq(archiveRequests.state, 'pending')));
  const out = new Map<string, number>();
  for (const r of rows) out.set(r.batchId, (out.get(r.batchId) ?? 0) + 1);
  return out;
}

async function closedArchive(db: DbOrTx, batchId: string) {
  const [row] = await db.select().from(batchArchives).where(eq(batchArchives.batchId, batchId));
  if (!row) throw new AppError('CONFLICT', '批次尚未归档，没有可借阅、复制或销毁的档案');
  return row;
}

const retentionOf = (a: typeof batchArchives.$inferSelect, m: ArchiveMedium) => ({
  until: a[`${m}Until`],
  destroyedOn: a[`${m}DestroyedOn`],
});

export async function createArchiveRequest(
  db: Db,
  opts: { actor: Actor | null; batchId: string; data: ArchiveRequestBody; today?: string },
) {
  authorize(opts.actor, 'archives.manage');
  const actor = opts.actor;
  const today = opts.today ?? chinaToday();
  return db.transaction(async (tx) => {
    const a = await closedArchive(tx, opts.batchId);
    // R-ARC-03: a destruction before the retention ends is refused when asked, and again when approved.
    if (opts.data.kind === 'destroy') {
      const refusal = destructionRefusal(opts.data.medium, retentionOf(a, opts.data.medium), today);
      if (refusal) throw new AppError('CONFLICT', refusal);
    } else if (retentionOf(a, opts.data.medium).destroyedOn)
      throw new AppError('CONFLICT', `${archiveMediumNames[opts.data.medium]}档案已销毁`);
    if (opts.data.kind === 'borrow' && opts.data.dueOn && opts.data.dueOn < today)
      throw new AppError('VALIDATION', '归还日期：不能早于今天', [{ field: 'dueOn', message: '不能早于今天' }]);
    const [row] = await tx
      .insert(archiveRequests)
      .values({
        batchId: opts.batchId,
        kind: opts.data.kind,
        medium: opts.data.medium,
        applicant: opts.data.applicant,
        reason: opts.data.reason,
        dueOn: opts.data.kind === 'borrow' ? (opts.data.dueOn ?? null) : null,
        requestedBy: actor.userId,
      })
      .returning();
    await recordAudit(tx, actor, {
      action: 'archive.request',
      entity: 'batch',
      entityId: opts.batchId,
      after: { id: row.id, kind: row.kind, medium: row.medium, applicant: row.applicant, reason: row.reason },
    });
    return present(row, await userNames(tx, [row.requestedBy]));
  });
}

async function lockRequest(tx: DbOrTx, batchId: string, requestId: string) {
  const [row] = await tx
    .select()
    .from(archiveRequests)
    .where(and(eq(archiveRequests.id, requestId), eq(archiveRequests.batchId, batchId)))
    .for('update');
  if (!row) throw notFound('档案借阅、复制或销毁申请');
  return row;
}

/** A leader's decision (R-ARC-03); an approved destruction marks the medium destroyed on the day. */
export async function decideArchiveRequest(
  db: Db,
  opts: {
    actor: Actor | null;
    batchId: string;
    requestId: string;
    approve: boolean;
    note?: string | null;
    today?: string;
  },
) {
  authorize(opts.actor, 'archives.approve');
  const actor = opts.actor;
  const today = opts.today ?? chinaToday();
  return db.transaction(async (tx) => {
    const row = await lockRequest(tx, opts.batchId, opts.requestId);
    if (row.state !== 'pending')
      throw new AppError('CONFLICT', `该申请${archiveRequestStateNames[row.state]}，不能再审批`);
    if (row.requestedBy === actor.userId) throw new AppError('CONFLICT', '不能审批自己登记的申请，须由另一位领导审批');
    if (opts.approve && row.kind === 'destroy') {
      const a = await closedArchive(tx, row.batchId);
      const refusal = destructionRefusal(row.medium, retentionOf(a, row.medium), today);
      if (refusal) throw new AppError('CONFLICT', refusal);
      await tx
        .update(batchArchives)
        .set({ [`${row.medium}DestroyedOn`]: today })
        .where(eq(batchArchives.batchId, row.batchId));
    }
    const [after] = await tx
      .update(archiveRequests)
      .set({
        state: opts.approve ? 'approved' : 'rejected',
        decidedBy: actor.userId,
        decidedAt: new Date(),
        decisionNote: opts.note || null,
      })
      .where(eq(archiveRequests.id, row.id))
      .returning();
    await recordAudit(tx, actor, {
      action: opts.approve ? 'archive.approve' : 'archive.reject',
      entity: 'batch',
      entityId: row.batchId,
      before: { id: row.id, kind: row.kind, medium: row.medium, state: row.state },
      after: {
        state: after.state,
        note: after.decisionNote,
        ...(row.kind === 'destroy' && opts.approve ? { destroyedOn: today } : {}),
      },
    });
    return present(after, await userNames(tx, [after.requestedBy, after.decidedBy]));
  });
}

/** A borrowed archive back in the archive room. */
export async function returnArchiveRequest(db: Db, opts: { actor: Actor | null; batchId: string; requestId: string }) {
  authorize(opts.actor, 'archives.manage');
  const actor = opts.actor;
  return db.transaction(async (tx) => {
    const row = await lockRequest(tx, opts.batchId, opts.requestId);
    if (row.kind !== 'borrow' || row.state !== 'approved')
      throw new AppError('CONFLICT', '只有已批准的借阅才能登记归还');
    const [after] = await tx
      .update(archiveRequests)
      .set({ state: 'returned', returnedAt: new Date(), returnedBy: actor.userId })
      .where(eq(archiveRequests.id, row.id))
      .returning();
    await recordAudit(tx, actor, {
      action: 'archive.return',
      entity: 'batch',
      entityId: row.batchId,
      after: { id: row.id, applicant: row.applicant },
    });
    return present(after, await userNames(tx, [after.requestedBy, after.decidedBy]));
  });
}
