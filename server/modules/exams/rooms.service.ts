// "My rooms" (我的考场): the room-sittings of a day the actor works in. A proctor sees its room, a site head every
// room of its site in that sitting, a supervisor the sitting's rooms (of its site), the centre every room with
// published seats that day (R-EXAM-01…04, R-SUP-03).
import { and, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { examRoomRecords, examRoomSessions } from '../../db/schema/index.js';
import { authorize, type Actor } from '../../http/access.js';
import { chinaToday } from '../../../shared/dates.js';
import type { ExamRoomItem, ExamRoomsResponse } from '../../../shared/exams-day.js';
import { publishedSeatsOfSitting, publishedStaffOfSitting, roomsWithSites } from '../arrangement/arrangement.reads.js';
import { sittingsOnDay } from '../plans/plans.reads.js';
import { entryClosed } from './checkin.rules.js';
import { dutiesOfActor, isCentre } from './exams.access.js';
import { isSigned, presentRoomItem, roomCountsOf, sittingClocks } from './rooms.store.js';
import { readExamSettings } from './settings.store.js';

type Standing = { centre: boolean; proctor: boolean; siteHead: boolean; supervisor: boolean };

export async function listMyRooms(
  db: Db,
  opts: { actor: Actor | null; day?: string; now?: Date },
): Promise<ExamRoomsResponse> {
  authorize(opts.actor, 'exams.read');
  const actor = opts.actor;
  const now = opts.now ?? new Date();
  const day = opts.day ?? chinaToday(now);
  const centre = isCentre(actor);
  const duties = centre ? [] : (await dutiesOfActor(db, actor)).duties;
  const sittings = (await sittingsOnDay(db, day)).filter((s) => centre || duties.some((d) => d.sittingId === s.id));
  if (!sittings.length) return { day, items: [] };
  const [clocks, settings] = await Promise.all([sittingClocks(db, sittings), readExamSettings(db)]);
  const sittingIds = sittings.map((s) => s.id);
  const [sessions, records] = await Promise.all([
    db.select().from(examRoomSessions).where(inArray(examRoomSessions.sittingId, sittingIds)),
    db
      .select()
      .from(examRoomRecords)
      .where(and(inArray(examRoomRecords.sittingId, sittingIds))),
  ]);
  const key = (sittingId: string, roomId: string) => `${sittingId}:${roomId}`;
  const sessionOf = new Map(sessions.map((s) => [key(s.sittingId, s.roomId), s]));
  const recordOf = new Map(records.map((r) => [key(r.sittingId, r.roomId), r]));

  const items: ExamRoomItem[] = [];
  for (const sitting of sittings) {
    const [seats, staff] = await Promise.all([
      publishedSeatsOfSitting(db, sitting.id),
      publishedStaffOfSitting(db, sitting.id),
    ]);
    const seatsByRoom = new Map<string, number>();
    for (const s of seats) seatsByRoom.set(s.roomId, (seatsByRoom.get(s.roomId) ?? 0) + 1);
    for (const d of staff) if (d.roomId && !seatsByRoom.has(d.roomId)) seatsByRoom.set(d.roomId, 0);
    const rooms = await roomsWithSites(db, [...seatsByRoom.keys()]);
    const mine = duties.filter((d) => d.sittingId === sitting.id);
    const standing = new Map<string, Standing>();
    for (const room of rooms) {
      const s: Standing = {
        centre,
        proctor: mine.some((d) => d.duty === 'proctor' && d.roomId === room.id),
        siteHead: mine.some((d) => d.duty === 'site_head' && d.siteId === room.siteId),
        supervisor: mine.some((d) => d.duty === 'supervisor' && (d.siteId === null || d.siteId === room.siteId)),
      };
      if (s.centre || s.proctor || s.siteHead || s.supervisor) standing.set(room.id, s);
    }
    if (!standing.size) continue;
    const clock = clocks.get(sitting.id)!;
    const closed = entryClosed(settings, clock, now);
    const counts = await roomCountsOf(
      db,
      sitting.id,
      new Map([...seatsByRoom].filter(([id]) => standing.has(id))),
      closed,
    );
    const proctorsOf = (roomId: string) =>
      staff.filter((d) => d.duty === 'proctor' && d.roomId === roomId).map((d) => d.personId);
    for (const room of rooms.sort((a, b) => a.siteName.localeCompare(b.siteName) || a.name.localeCompare(b.name))) {
      const s = standing.get(room.id);
      if (!s) continue;
      const k = key(sitting.id, room.id);
      items.push(
        presentRoomItem(actor, s, room, {
          sitting,
          clock,
          session: sessionOf.get(k) ?? null,
          counts: counts.get(room.id)!,
          signed: isSigned(recordOf.get(k) ?? null, proctorsOf(room.id)),
          settings,
        }),
      );
    }
  }
  return { day, items };
}
