// The demo's exam day: the login `jiankao` (考务人员) proctors the first room of the 明日开考 theory sitting, and
// `kaochang` is the site head (考场负责人) of that room's site, so both see their rooms on 考试实施 and the site head
// can approve credited time (R-EXAM-04). Demo mode, first start only, after the arrangement's demo is published.
import type { Db } from '../../db/client.js';
import { demoTomorrowTheorySittingId } from '../plans/plans.reads.js';
import { publishedStaffOfSitting, roomsWithSites } from '../arrangement/arrangement.reads.js';
import { personsByIds } from '../people/people.reads.js';
import { linkDemoLogins } from '../people/staff.demo.js';

/** The logins of the exam-day demo and the persons they stand for. */
export interface DemoExamDay {
  sittingId: string;
  roomId: string;
  proctorPersonId: string;
  siteHeadPersonId: string | null;
}

/** The 明日开考 theory sitting's first room (by site and room name) with its proctors and site head. */
export async function demoExamDayRoom(db: Db): Promise<DemoExamDay | null> {
  const sittingId = await demoTomorrowTheorySittingId(db);
  if (!sittingId) return null;
  const sitting = { id: sittingId };
  const staff = await publishedStaffOfSitting(db, sitting.id);
  const rooms = await roomsWithSites(db, [...new Set(staff.flatMap((d) => (d.roomId ? [d.roomId] : [])))]);
  rooms.sort((a, b) => a.siteName.localeCompare(b.siteName, 'zh') || a.name.localeCompare(b.name, 'zh'));
  const room = rooms[0];
  if (!room) return null;
  const people = await personsByIds(
    db,
    staff.map((d) => d.personId),
  );
  const free = (id: string) => !people.find((p) => p.id === id)?.userId;
  const proctor = staff.find((d) => d.duty === 'proctor' && d.roomId === room.id && free(d.personId));
  const head = staff.find((d) => d.duty === 'site_head' && d.siteId === room.siteId && free(d.personId));
  if (!proctor) return null;
  return {
    sittingId: sitting.id,
    roomId: room.id,
    proctorPersonId: proctor.personId,
    siteHeadPersonId: head && head.personId !== proctor.personId ? head.personId : null,
  };
}

/** Links `jiankao` and `kaochang` to the demo room's proctor and site head; returns what it linked. */
export async function seedDemoExamDay(db: Db): Promise<DemoExamDay | null> {
  const demo = await demoExamDayRoom(db);
  if (!demo) return null;
  await db.transaction((tx) =>
    linkDemoLogins(tx, [
      { username: 'jiankao', personId: demo.proctorPersonId },
      ...(demo.siteHeadPersonId ? [{ username: 'kaochang', personId: demo.siteHeadPersonId }] : []),
    ]),
  );
  return demo;
}
