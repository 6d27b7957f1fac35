// What other modules may read of arrangement's data (docs/ARCHITECTURE.md, "Module boundaries"). Functions here take
// the database or the caller's transaction and plain arguments, no actor: the calling service has already authorised
// its user. They return plain objects, never Drizzle rows of arrangement's tables.
import { and, arrayOverlaps, desc, eq, inArray, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { arrangementRuns, arrangementSeats, examRooms, examSites } from '../../db/schema/index.js';
import type { StaffDuty } from './solver/types.js';

/** The current arrangement run of a batch: its published run, else its latest draft. */
export interface BatchRunSummary {
  batchId: string;
  runId: string;
  status: 'draft' | 'published';
  /** Hard rules the run still does not meet (R-ARR-01…09). */
  unmetCount: number;
}

/** The current run of each of `batchIds` (batches without a run are left out). */
export async function currentRunsOfBatches(db: DbOrTx, batchIds: readonly string[]): Promise<BatchRunSummary[]> {
  if (!batchIds.length) return [];
  const wanted = [...new Set(batchIds)];
  const rows = await db
    .select({
      id: arrangementRuns.id,
      batchIds: arrangementRuns.batchIds,
      status: arrangementRuns.status,
      unmetCount: sql<number>`jsonb_array_length(${arrangementRuns.unmet})`.mapWith(Number),
    })
    .from(arrangementRuns)
    .where(arrayOverlaps(arrangementRuns.batchIds, wanted))
    .orderBy(desc(arrangementRuns.createdAt));
  const out = new Map<string, BatchRunSummary>();
  for (const r of rows)
    for (const batchId of r.batchIds) {
      if (!wanted.includes(batchId)) continue;
      const seen = out.get(batchId);
      if (!seen || (seen.status === 'draft' && r.status === 'published'))
        out.set(batchId, { batchId, runId: r.id, status: r.status, unmetCount: r.unmetCount });
    }
  return [...out.values()];
}

/** A candidate's seat in one sitting of a published arrangement (R-ARR-11: shown from `visibleFrom`). */
export interface PublishedSeat {
  applicationId: string;
  sittingId: string;
  siteName: string;
  roomName: string;
  seat: number;
  ticketNumber: string | null;
  visibleFrom: string | null;
}

/** The seats of the applications of `applicationIds` in published arrangements. */
export async function publishedSeatsOfApplications(
  db: DbOrTx,
  applicationIds: readonly string[],
): Promise<PublishedSeat[]> {
  if (!applicationIds.length) return [];
  return db
    .select({
      applicationId: arrangementSeats.applicationId,
      sittingId: arrangementSeats.sittingId,
      siteName: examSites.name,
      roomName: examRooms.name,
      seat: arrangementSeats.seatNo,
      ticketNumber: arrangementSeats.ticketNumber,
      visibleFrom: arrangementRuns.visibleFrom,
    })
    .from(arrangementSeats)
    .innerJoin(arrangementRuns, eq(arrangementRuns.id, arrangementSeats.runId))
    .innerJoin(examRooms, eq(examRooms.id, arrangementSeats.roomId))
    .innerJoin(examSites, eq(examSites.id, examRooms.siteId))
    .where(
      and(
        inArray(arrangementSeats.applicationId, [...new Set(applicationIds)]),
        eq(arrangementRuns.status, 'published'),
      ),
    );
}

/** One duty of a staff person in one sitting of a published arrangement. */
export interface PublishedDuty {
  personId: string;
  sittingId: string;
  duty: StaffDuty;
  /** The examiner group's leader (R-ARR-04). */
  leader: boolean;
  siteId: string | null;
  siteName: string | null;
  /** The room of a proctor (R-ARR-02); null for duties of a whole site or sitting. */
  roomId: string | null;
  roomName: string | null;
}

/** Every duty of the persons of `personIds` in published arrangements (staff ids are person ids). */
export async function publishedDutiesOfPersons(db: DbOrTx, personIds: readonly string[]): Promise<PublishedDuty[]> {
  if (!personIds.length) return [];
  const wanted = [...new Set(personIds)];
  const runs = await db
    .select({ result: arrangementRuns.result, input: arrangementRuns.input })
    .from(arrangementRuns)
    .where(
      and(
        eq(arrangementRuns.status, 'published'),
        or(...wanted.map((p) => sql`${arrangementRuns.input}->'staff' @> ${JSON.stringify([{ personId: p }])}::jsonb`)),
      ),
    );
  if (!runs.length) return [];
  const roomIds = new Set<string>();
  const siteIds = new Set<string>();
  const out: Omit<PublishedDuty, 'siteName' | 'roomName'>[] = [];
  const mine = (id: string) => wanted.includes(id);
  for (const { result, input } of runs) {
    const siteOfSitting = new Map(input.sittings.map((s) => [s.id, s.siteId]));
    const siteOfRoom = new Map(input.rooms.map((r) => [r.id, r.siteId]));
    for (const r of result.rooms)
      for (const id of r.proctorIds.filter(mine)) {
        out.push({
          personId: id,
          sittingId: r.sittingId,
          duty: 'proctor',
          leader: false,
          siteId: null,
          roomId: r.roomId,
        });
        roomIds.add(r.roomId);
        const site = siteOfRoom.get(r.roomId);
        if (site) siteIds.add(site);
      }
    for (const slot of result.siteSlots) {
      const duties: [StaffDuty, string[]][] = [
        ['site_head', slot.siteHeadIds],
        ['supervisor', slot.supervisorIds],
        ['exam_staff', slot.examStaffIds],
      ];
      for (const [duty, ids] of duties)
        for (const id of ids.filter(mine))
          for (const sittingId of slot.sittingIds) {
            out.push({ personId: id, sittingId, duty, leader: false, siteId: slot.siteId, roomId: null });
            siteIds.add(slot.siteId);
          }
    }
    for (const g of result.examinerGroups)
      for (const id of g.examinerIds.filter(mine)) {
        const site = siteOfSitting.get(g.sittingId) ?? null;
        out.push({
          personId: id,
          sittingId: g.sittingId,
          duty: 'examiner',
          leader: g.leaderId === id,
          siteId: site,
          roomId: null,
        });
        if (site) siteIds.add(site);
      }
  }
  const [rooms, sites] = await Promise.all([
    roomIds.size
      ? db
          .select({ id: examRooms.id, name: examRooms.name, siteId: examRooms.siteId })
          .from(examRooms)
          .where(inArray(examRooms.id, [...roomIds]))
      : [],
    siteIds.size
      ? db
          .select({ id: examSites.id, name: examSites.name })
          .from(examSites)
          .where(inArray(examSites.id, [...siteIds]))
      : [],
  ]);
  const roomById = new Map(rooms.map((r) => [r.id, r]));
  const siteName = new Map(sites.map((s) => [s.id, s.name]));
  return out.map(({ siteId, roomId, ...d }) => {
    const room = roomId ? roomById.get(roomId) : undefined;
    const site = room?.siteId ?? siteId;
    return {
      ...d,
      siteId: site,
      siteName: siteName.get(site ?? '') ?? null,
      roomId,
      roomName: room?.name ?? null,
    };
  });
}

/** The batches each of `runIds` arranges (for naming a run, e.g. in the audit log). */
export async function runBatchesByIds(
  db: DbOrTx,
  runIds: readonly string[],
): Promise<{ runId: string; batchIds: string[] }[]> {
  if (!runIds.length) return [];
  const rows = await db
    .select({ runId: arrangementRuns.id, batchIds: arrangementRuns.batchIds })
    .from(arrangementRuns)
    .where(inArray(arrangementRuns.id, [...new Set(runIds)]));
  return rows;
}

/** The names of sites and rooms among `ids` ("一号教学楼 101" for a room). */
export async function venueNamesByIds(
  db: DbOrTx,
  ids: readonly string[],
): Promise<{ id: string; kind: 'site' | 'room'; name: string }[]> {
  if (!ids.length) return [];
  const wanted = [...new Set(ids)];
  const [sites, rooms] = await Promise.all([
    db.select({ id: examSites.id, name: examSites.name }).from(examSites).where(inArray(examSites.id, wanted)),
    db
      .select({ id: examRooms.id, name: examRooms.name, siteName: examSites.name })
      .from(examRooms)
      .innerJoin(examSites, eq(examSites.id, examRooms.siteId))
      .where(inArray(examRooms.id, wanted)),
  ]);
  return [
    ...sites.map((s) => ({ id: s.id, kind: 'site' as const, name: s.name })),
    ...rooms.map((r) => ({ id: r.id, kind: 'room' as const, name: `${r.siteName} ${r.name}` })),
  ];
}

/** A room with its site, as the exam day shows it. */
export interface RoomWithSite {
  id: string;
  name: string;
  kind: 'theory' | 'computer' | 'skill';
  capacity: number;
  siteId: string;
  siteName: string;
  siteHeadPersonId: string | null;
}

/** The rooms of `ids` with their sites (unknown ids are left out). */
export async function roomsWithSites(db: DbOrTx, ids: readonly string[]): Promise<RoomWithSite[]> {
  if (!ids.length) return [];
  return db
    .select({
      id: examRooms.id,
      name: examRooms.name,
      kind: examRooms.kind,
      capacity: examRooms.capacity,
      siteId: examSites.id,
      siteName: examSites.name,
      siteHeadPersonId: examSites.headPersonId,
    })
    .from(examRooms)
    .innerJoin(examSites, eq(examSites.id, examRooms.siteId))
    .where(inArray(examRooms.id, [...new Set(ids)]));
}

/** A published seat of a sitting: who sits where, with the ticket number (R-ARR-11). */
export interface SittingSeat {
  applicationId: string;
  sittingId: string;
  roomId: string;
  seatNo: number;
  ticketNumber: string | null;
}

/** The published seats of one sitting, optionally of one room, in room and seat order. */
export async function publishedSeatsOfSitting(db: DbOrTx, sittingId: string, roomId?: string): Promise<SittingSeat[]> {
  return db
    .select({
      applicationId: arrangementSeats.applicationId,
      sittingId: arrangementSeats.sittingId,
      roomId: arrangementSeats.roomId,
      seatNo: arrangementSeats.seatNo,
      ticketNumber: arrangementSeats.ticketNumber,
    })
    .from(arrangementSeats)
    .innerJoin(arrangementRuns, eq(arrangementRuns.id, arrangementSeats.runId))
    .where(
      and(
        eq(arrangementSeats.sittingId, sittingId),
        eq(arrangementRuns.status, 'published'),
        roomId ? eq(arrangementSeats.roomId, roomId) : undefined,
      ),
    )
    .orderBy(arrangementSeats.roomId, arrangementSeats.seatNo);
}

/** A staff person's exam-day duty in one sitting of a published arrangement (for the room record's signatures). */
export interface SittingStaffDuty {
  personId: string;
  duty: 'proctor' | 'site_head' | 'supervisor' | 'exam_staff';
  /** The proctor's room; null for duties of a whole site. */
  roomId: string | null;
  /** The site of a site-wide duty; null for a proctor. */
  siteId: string | null;
}

/** The proctors, site heads, supervisors and exam staff of one sitting in its published arrangement. */
export async function publishedStaffOfSitting(db: DbOrTx, sittingId: string): Promise<SittingStaffDuty[]> {
  const runs = await db
    .select({ result: arrangementRuns.result })
    .from(arrangementRuns)
    .where(
      and(
        eq(arrangementRuns.status, 'published'),
        sql`${arrangementRuns.input}->'sittings' @> ${JSON.stringify([{ id: sittingId }])}::jsonb`,
      ),
    );
  const out: SittingStaffDuty[] = [];
  for (const { result } of runs) {
    for (const r of result.rooms)
      if (r.sittingId === sittingId)
        for (const personId of r.proctorIds) out.push({ personId, duty: 'proctor', roomId: r.roomId, siteId: null });
    for (const slot of result.siteSlots) {
      if (!slot.sittingIds.includes(sittingId)) continue;
      const duties: [SittingStaffDuty['duty'], string[]][] = [
        ['site_head', slot.siteHeadIds],
        ['supervisor', slot.supervisorIds],
        ['exam_staff', slot.examStaffIds],
      ];
      for (const [duty, ids] of duties)
        for (const personId of ids) out.push({ personId, duty, roomId: null, siteId: slot.siteId });
    }
  }
  return out;
}

/** The examiner group (考评组) of one sitting in its published arrangement: its examiners and which one leads. */
export async function publishedExaminersOfSitting(
  db: DbOrTx,
  sittingId: string,
): Promise<{ personId: string; leader: boolean }[]> {
  const runs = await db
    .select({ result: arrangementRuns.result })
    .from(arrangementRuns)
    .where(
      and(
        eq(arrangementRuns.status, 'published'),
        sql`${arrangementRuns.input}->'sittings' @> ${JSON.stringify([{ id: sittingId }])}::jsonb`,
      ),
    );
  const out: { personId: string; leader: boolean }[] = [];
  for (const { result } of runs)
    for (const g of result.examinerGroups)
      if (g.sittingId === sittingId)
        for (const personId of g.examinerIds)
          if (!out.some((o) => o.personId === personId)) out.push({ personId, leader: g.leaderId === personId });
  return out;
}
