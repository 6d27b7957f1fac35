import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import {
  applications,
  arrangementRuns,
  arrangementSeats,
  batchSittings,
  batches,
  examRooms,
  examSites,
  persons,
} from '../../db/schema/index.js';
import { authorize, type Actor } from '../../http/access.js';
import { sittingKindNames, type SittingKind } from '../../../shared/plans.js';
import { chinaToday } from '../../../shared/dates.js';

/**
 * R-ARR-11: the room layout is published to candidates the day before the exam (H 考场编排 §4): a candidate sees
 * its room and seat of each sitting from the run's `visibleFrom`, and before that only when it will see them.
 */
export async function listOwnSeats(db: DbOrTx, opts: { actor: Actor | null; today?: string }) {
  authorize(opts.actor, 'portal.apply');
  const today = opts.today ?? chinaToday();
  const rows = await db
    .select({
      visibleFrom: arrangementRuns.visibleFrom,
      batchId: batches.id,
      batchTitle: batches.title,
      kind: batchSittings.kind,
      day: batchSittings.day,
      startsAt: batchSittings.startsAt,
      endsAt: batchSittings.endsAt,
      siteName: examSites.name,
      roomName: examRooms.name,
      seat: arrangementSeats.seatNo,
      ticketNumber: arrangementSeats.ticketNumber,
    })
    .from(arrangementSeats)
    .innerJoin(arrangementRuns, eq(arrangementRuns.id, arrangementSeats.runId))
    .innerJoin(applications, eq(applications.id, arrangementSeats.applicationId))
    .innerJoin(persons, eq(persons.id, applications.personId))
    .innerJoin(batchSittings, eq(batchSittings.id, arrangementSeats.sittingId))
    .innerJoin(batches, eq(batches.id, batchSittings.batchId))
    .innerJoin(examRooms, eq(examRooms.id, arrangementSeats.roomId))
    .innerJoin(examSites, eq(examSites.id, examRooms.siteId))
    .where(
      and(
        eq(persons.userId, opts.actor.userId),
        eq(arrangementRuns.status, 'published'),
        eq(applications.status, 'approved'),
      ),
    )
    .orderBy(asc(batchSittings.day), asc(batchSittings.startsAt));
  const shown = rows.filter((r) => r.visibleFrom && r.visibleFrom <= today);
  const later = rows
    .filter((r) => r.visibleFrom && r.visibleFrom > today)
    .map((r) => r.visibleFrom!)
    .sort()[0];
  return {
    items: shown.map((r) => ({
      batchId: r.batchId,
      batchTitle: r.batchTitle,
      sittingLabel: `${sittingKindNames[r.kind as SittingKind] ?? r.kind} ${r.day} ${r.startsAt}–${r.endsAt}`,
      day: r.day,
      startsAt: r.startsAt,
      endsAt: r.endsAt,
      siteName: r.siteName,
      roomName: r.roomName,
      seat: r.seat,
      ticketNumber: r.ticketNumber,
    })),
    notice: later ? `考场安排将于 ${later} 公布（考试前一天）` : null,
  };
}
