import { inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { custodyDuties, documentTransfers, users } from '../../db/schema/index.js';
import type { CustodyDuty, DocumentTransfer } from '../../../shared/custody.js';
import { batchTitlesByIds } from '../plans/plans.reads.js';
import { dutyWarnings, transferWarnings } from './custody.rules.js';

/** Rows of the custody registers → the list's shapes: batch titles, who recorded, the warnings (R-BANK-03). */

type DutyRow = typeof custodyDuties.$inferSelect;
type TransferRow = typeof documentTransfers.$inferSelect;

async function namesOf(db: DbOrTx, batchIds: (string | null)[], userIds: (string | null)[]) {
  const ids = <T>(xs: (T | null)[]) => [...new Set(xs.filter((x): x is T => !!x))];
  const [batches, people] = await Promise.all([
    batchTitlesByIds(db, ids(batchIds)),
    ids(userIds).length
      ? db
          .select({ id: users.id, name: users.displayName })
          .from(users)
          .where(inArray(users.id, ids(userIds)))
      : Promise.resolve([]),
  ]);
  return {
    batch: (id: string | null) => (id ? (batches.find((b) => b.id === id)?.title ?? null) : null),
    user: (id: string | null) => (id ? (people.find((u) => u.id === id)?.name ?? null) : null),
  };
}

export async function presentDuties(db: DbOrTx, rows: DutyRow[]): Promise<CustodyDuty[]> {
  if (!rows.length) return [];
  const subjects = [...new Set(rows.map((r) => r.subject))];
  // The previous record of a subject may lie outside the listed range: read all records of the subjects.
  const all = await db
    .select({
      id: custodyDuties.id,
      subject: custodyDuties.subject,
      startsAt: custodyDuties.startsAt,
      sealIntact: custodyDuties.sealIntact,
      count: custodyDuties.count,
    })
    .from(custodyDuties)
    .where(inArray(custodyDuties.subject, subjects));
  const flags = dutyWarnings(all);
  const names = await namesOf(
    db,
    rows.map((r) => r.batchId),
    rows.map((r) => r.recordedBy),
  );
  return rows.map((r) => ({
    id: r.id,
    subject: r.subject,
    batchId: r.batchId,
    batchTitle: names.batch(r.batchId),
    startsAt: r.startsAt.toISOString(),
    endsAt: r.endsAt.toISOString(),
    keeper1: r.keeper1,
    keeper2: r.keeper2,
    sealIntact: r.sealIntact,
    count: r.count,
    note: r.note,
    previousCount: flags.get(r.id)?.previousCount ?? null,
    warnings: flags.get(r.id)?.warnings ?? [],
    recordedByName: names.user(r.recordedBy),
    createdAt: r.createdAt.toISOString(),
  }));
}

export async function presentTransfers(db: DbOrTx, rows: TransferRow[]): Promise<DocumentTransfer[]> {
  if (!rows.length) return [];
  const names = await namesOf(
    db,
    rows.map((r) => r.batchId),
    rows.map((r) => r.recordedBy),
  );
  return rows.map((r) => ({
    id: r.id,
    documentName: r.documentName,
    batchId: r.batchId,
    batchTitle: names.batch(r.batchId),
    transferredAt: r.transferredAt.toISOString(),
    place: r.place,
    keeper: r.keeper,
    receiver: r.receiver,
    approver: r.leader,
    count: r.count,
    sealIntact: r.sealIntact,
    note: r.note,
    warnings: transferWarnings(r),
    recordedByName: names.user(r.recordedBy),
    createdAt: r.createdAt.toISOString(),
  }));
}
