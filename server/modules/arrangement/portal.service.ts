import type { DbOrTx } from '../../db/client.js';
import { authorize, type Actor } from '../../http/access.js';
import { sittingKindNames } from '../../../shared/plans.js';
import { chinaToday } from '../../../shared/dates.js';
import { personIdsOfUser } from '../people/people.reads.js';
import { sittingsWithBatchTitles } from '../plans/plans.reads.js';
import { applicationsOfPersons } from '../registration/registration.reads.js';
import { publishedSeatsOfApplications } from './arrangement.reads.js';

/**
 * R-ARR-11: the room layout is published to candidates the day before the exam (H 考场编排 §4): a candidate sees
 * its room and seat of each sitting from the run's `visibleFrom`, and before that only when it will see them.
 */
export async function listOwnSeats(db: DbOrTx, opts: { actor: Actor | null; today?: string }) {
  authorize(opts.actor, 'portal.apply');
  const today = opts.today ?? chinaToday();
  const apps = (await applicationsOfPersons(db, await personIdsOfUser(db, opts.actor.userId))).filter(
    (a) => a.status === 'approved',
  );
  const seats = await publishedSeatsOfApplications(
    db,
    apps.map((a) => a.id),
  );
  const sittings = new Map(
    (
      await sittingsWithBatchTitles(
        db,
        seats.map((r) => r.sittingId),
      )
    ).map((s) => [s.id, s]),
  );
  const rows = seats
    .map((r) => {
      const s = sittings.get(r.sittingId)!;
      return {
        ...r,
        batchId: s.batchId,
        batchTitle: s.batchTitle,
        kind: s.kind,
        day: s.day,
        startsAt: s.startsAt,
        endsAt: s.endsAt,
      };
    })
    .sort((a, b) => (a.day + a.startsAt < b.day + b.startsAt ? -1 : a.day + a.startsAt > b.day + b.startsAt ? 1 : 0));
  const shown = rows.filter((r) => r.visibleFrom && r.visibleFrom <= today);
  const later = rows
    .filter((r) => r.visibleFrom && r.visibleFrom > today)
    .map((r) => r.visibleFrom!)
    .sort()[0];
  return {
    items: shown.map((r) => ({
      batchId: r.batchId,
      batchTitle: r.batchTitle,
      sittingLabel: `${sittingKindNames[r.kind] ?? r.kind} ${r.day} ${r.startsAt}–${r.endsAt}`,
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
