import { and, asc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { examRooms, examSites, roomUnavailability } from '../../db/schema/index.js';
import type { Room, Site } from '../../../shared/arrangement.js';
import { personsByIds } from '../people/people.reads.js';

/** Sites and rooms as the screens read them: the site's head by name, room and seat counts, a room's closed times. */

export async function presentSites(db: DbOrTx, rows: (typeof examSites.$inferSelect)[]): Promise<Site[]> {
  const rooms = rows.length
    ? await db
        .select()
        .from(examRooms)
        .where(
          and(
            inArray(
              examRooms.siteId,
              rows.map((r) => r.id),
            ),
            eq(examRooms.active, true),
          ),
        )
    : [];
  const heads = new Map(
    (
      await personsByIds(
        db,
        rows.map((r) => r.headPersonId).filter((x): x is string => !!x),
      )
    ).map((p) => [p.id, p]),
  );
  return rows.map((r) => {
    const own = rooms.filter((x) => x.siteId === r.id);
    return {
      id: r.id,
      name: r.name,
      address: r.address,
      headPersonId: r.headPersonId,
      headName: r.headPersonId ? (heads.get(r.headPersonId)?.name ?? null) : null,
      active: r.active,
      note: r.note,
      roomCount: own.length,
      seatCount: own.reduce((n, x) => n + x.capacity, 0),
    };
  });
}

export async function presentRooms(db: DbOrTx, rows: (typeof examRooms.$inferSelect)[]): Promise<Room[]> {
  if (!rows.length) return [];
  const sites = await db
    .select()
    .from(examSites)
    .where(inArray(examSites.id, [...new Set(rows.map((r) => r.siteId))]));
  const off = await db
    .select()
    .from(roomUnavailability)
    .where(
      inArray(
        roomUnavailability.roomId,
        rows.map((r) => r.id),
      ),
    )
    .orderBy(asc(roomUnavailability.day), asc(roomUnavailability.startsAt));
  return rows.map((r) => ({
    id: r.id,
    siteId: r.siteId,
    siteName: sites.find((s) => s.id === r.siteId)?.name ?? '',
    name: r.name,
    kind: r.kind,
    capacity: r.capacity,
    stations: r.stations,
    equipment: r.equipment,
    active: r.active,
    note: r.note,
    unavailable: off
      .filter((u) => u.roomId === r.id)
      .map((u) => ({ id: u.id, day: u.day, startsAt: u.startsAt, endsAt: u.endsAt, reason: u.reason })),
  }));
}
