import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.js';
import { arrangementRuns, arrangementSeats, colleges, examRooms, examSites, files } from '../../../db/schema/index.js';
import { levelNames } from '../../../../shared/centre.rules.js';
import { sittingKindNames, type Batch, type SittingKind } from '../../../../shared/plans.js';
import type { FileStore } from '../../files/files.service.js';
import { ticketAllowed } from '../../registration/payments.service.js';
import { applicationsByIds } from '../../registration/registration.reads.js';
import { personsByIds } from '../../people/people.reads.js';
import { sittingsOfBatches } from '../../plans/plans.reads.js';
import { qrMatrix, ticketVerifyUrl } from './qr.js';
import type { LotRecord, RoomSeat, RoomSheet, TicketData, TicketSittingLine } from './types.js';

/**
 * Loaders: a published arrangement (G's arrangement_runs / arrangement_seats) → the plain data the renderers draw.
 * No rule checks here beyond what a row needs (the service decides who may print what, and when).
 */

export type RunRow = typeof arrangementRuns.$inferSelect;

/** The batch's published arrangement (the latest, if it was re-published), or null. */
export async function findPublishedRun(db: DbOrTx, batchId: string): Promise<RunRow | null> {
  const [row] = await db
    .select()
    .from(arrangementRuns)
    .where(and(eq(arrangementRuns.status, 'published'), sql`${batchId}::uuid = any(${arrangementRuns.batchIds})`))
    .orderBy(desc(arrangementRuns.publishedAt))
    .limit(1);
  return row ?? null;
}

const genderNames: Record<string, string> = { male: '男', female: '女' };
const occupationText = (b: Batch) => `${b.occupationName}${b.jobName ? `（${b.jobName}）` : ''}`;
const hm = (t: string) => t.slice(0, 5);

/** Last 4 characters visible, the rest masked: what the door check compares with the ID card. */
export function ticketIdMask(idMasked: string): string {
  const tail = idMasked.slice(-4);
  return '*'.repeat(Math.max(0, idMasked.length - 4)) + tail;
}

/** A seat of the batch in the run with its candidate, application, sitting and room, as the documents print it. */
interface SeatRow {
  applicationId: string;
  sittingId: string;
  roomId: string;
  seat: number;
  ticketNumber: string | null;
  status: string;
  feeStatus: string;
  level: number;
  appPhoto: string | null;
  personPhoto: string | null;
  name: string;
  gender: string;
  idMasked: string;
  workUnit: string | null;
  collegeName: string | null;
  kind: SittingKind;
  day: string;
  startsAt: string;
  endsAt: string;
  sittingSeq: number;
  roomName: string;
  capacity: number;
  siteName: string;
}

/** The college names of `ids` (colleges are a reference table every module reads). */
async function collegeNames(db: DbOrTx, ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((x): x is string => !!x))];
  if (!wanted.length) return new Map();
  const rows = await db
    .select({ id: colleges.id, name: colleges.name })
    .from(colleges)
    .where(inArray(colleges.id, wanted));
  return new Map(rows.map((c) => [c.id, c.name]));
}

/**
 * One row per seat of the batch in the run: the candidate, the application, the sitting, the room; in the order of
 * the sittings, then site, room and seat.
 */
async function seatRows(
  db: DbOrTx,
  runId: string,
  batchId: string,
  only?: { applicationId?: string; sittingId?: string; roomId?: string; collegeId?: string },
): Promise<SeatRow[]> {
  const sittings = new Map((await sittingsOfBatches(db, [batchId])).map((s) => [s.id, s]));
  if (!sittings.size) return [];
  const cond = [eq(arrangementSeats.runId, runId), inArray(arrangementSeats.sittingId, [...sittings.keys()])];
  if (only?.applicationId) cond.push(eq(arrangementSeats.applicationId, only.applicationId));
  if (only?.sittingId) cond.push(eq(arrangementSeats.sittingId, only.sittingId));
  if (only?.roomId) cond.push(eq(arrangementSeats.roomId, only.roomId));
  const seats = await db
    .select({
      applicationId: arrangementSeats.applicationId,
      sittingId: arrangementSeats.sittingId,
      roomId: arrangementSeats.roomId,
      seat: arrangementSeats.seatNo,
      ticketNumber: arrangementSeats.ticketNumber,
      roomName: examRooms.name,
      capacity: examRooms.capacity,
      siteName: examSites.name,
    })
    .from(arrangementSeats)
    .innerJoin(examRooms, eq(examRooms.id, arrangementSeats.roomId))
    .innerJoin(examSites, eq(examSites.id, examRooms.siteId))
    .where(and(...cond))
    .orderBy(asc(examSites.name), asc(examRooms.name), asc(arrangementSeats.seatNo));
  const apps = new Map(
    (
      await applicationsByIds(
        db,
        seats.map((x) => x.applicationId),
      )
    ).map((a) => [a.id, a]),
  );
  const people = new Map(
    (
      await personsByIds(
        db,
        [...apps.values()].map((a) => a.personId),
      )
    ).map((p) => [p.id, p]),
  );
  const collegeName = await collegeNames(
    db,
    [...apps.values()].map((a) => a.collegeId),
  );
  const rows: SeatRow[] = [];
  for (const x of seats) {
    const a = apps.get(x.applicationId);
    const p = a && people.get(a.personId);
    const s = sittings.get(x.sittingId)!;
    if (!a || !p) continue;
    if (only?.collegeId && a.collegeId !== only.collegeId) continue;
    rows.push({
      ...x,
      status: a.status,
      feeStatus: a.feeStatus,
      level: a.level,
      appPhoto: a.photoFileId,
      personPhoto: p.photoFileId,
      name: p.name,
      gender: p.gender,
      idMasked: p.idMasked,
      workUnit: p.workUnit,
      collegeName: a.collegeId ? (collegeName.get(a.collegeId) ?? null) : null,
      kind: s.kind,
      day: s.day,
      startsAt: s.startsAt,
      endsAt: s.endsAt,
      sittingSeq: s.seq,
    });
  }
  // Stable: site, room and seat order from the query is kept within each sitting.
  return rows.sort((a, b) => a.sittingSeq - b.sittingSeq);
}

/** Rooms in print order: by site, then by room name with numbers compared as numbers (as the ticket numbers count). */
export const byRoomOrder = (a: { siteName: string; roomName: string }, b: { siteName: string; roomName: string }) =>
  a.siteName.localeCompare(b.siteName, 'zh') || a.roomName.localeCompare(b.roomName, 'zh', { numeric: true });

/**
 * 第 N 考场: rooms of each sitting numbered by site and room name, the order the door lists and tickets share.
 * Computed over the whole sitting, so a ticket printed alone shows the same number as the door.
 */
export async function roomNumbers(db: DbOrTx, runId: string, batchId: string) {
  const sittingIds = (await sittingsOfBatches(db, [batchId])).map((s) => s.id);
  const rows = sittingIds.length
    ? await db
        .selectDistinct({
          sittingId: arrangementSeats.sittingId,
          roomId: arrangementSeats.roomId,
          siteName: examSites.name,
          roomName: examRooms.name,
        })
        .from(arrangementSeats)
        .innerJoin(examRooms, eq(examRooms.id, arrangementSeats.roomId))
        .innerJoin(examSites, eq(examSites.id, examRooms.siteId))
        .where(and(eq(arrangementSeats.runId, runId), inArray(arrangementSeats.sittingId, sittingIds)))
    : [];
  rows.sort(byRoomOrder);
  const numbers = new Map<string, number>();
  const next = new Map<string, number>();
  for (const r of rows) {
    const n = (next.get(r.sittingId) ?? 0) + 1;
    next.set(r.sittingId, n);
    numbers.set(`${r.sittingId}/${r.roomId}`, n);
  }
  return numbers;
}

/** Photo bytes by file id (the application's photo first, else the person's), read from the file store. */
async function loadPhotos(db: DbOrTx, store: FileStore, ids: (string | null)[]) {
  const wanted = [...new Set(ids.filter((x): x is string => !!x))];
  const out = new Map<string, Buffer>();
  for (let i = 0; i < wanted.length; i += 500) {
    const part = wanted.slice(i, i + 500);
    const rows = await db
      .select({ id: files.id, sha256: files.sha256, sealed: files.sealed })
      .from(files)
      .where(inArray(files.id, part));
    await Promise.all(
      rows.map(async (r) => {
        try {
          out.set(r.id, await store.read(r)); // R-PPL-02: photos are sealed at rest
        } catch {
          // A missing file prints as "no photo"; the centre sees the placeholder and fixes it.
        }
      }),
    );
  }
  return out;
}

const photoOf = (r: SeatRow, photos: Map<string, Buffer>) =>
  photos.get(r.appPhoto ?? '') ?? photos.get(r.personPhoto ?? '') ?? null;
export const roomLabel = (n: number | undefined, name: string) => (n ? `第 ${n} 考场（${name}）` : name);

export interface TicketLoadOptions {
  run: RunRow;
  batch: Batch;
  store: FileStore;
  qrKey: Buffer;
  baseUrl: string;
  applicationId?: string;
  /** A college clerk's print: its own college's candidates only. */
  collegeId?: string;
}

/**
 * Tickets of a batch (or one application), each with its sittings in order. R-ARR-11 / R-FEE-01: only approved and
 * paid (or free) applications get one — the others are returned in `refused` so the caller can say why.
 */
export async function loadTickets(db: DbOrTx, o: TicketLoadOptions) {
  const rows = await seatRows(db, o.run.id, o.batch.id, { applicationId: o.applicationId, collegeId: o.collegeId });
  const numbers = await roomNumbers(db, o.run.id, o.batch.id);
  const allowed = rows.filter(ticketAllowed);
  const refused = [...new Set(rows.filter((r) => !ticketAllowed(r)).map((r) => r.applicationId))];
  const photos = await loadPhotos(
    db,
    o.store,
    allowed.flatMap((r) => [r.appPhoto, r.personPhoto]),
  );
  const byApp = new Map<string, SeatRow[]>();
  for (const r of allowed) byApp.set(r.applicationId, [...(byApp.get(r.applicationId) ?? []), r]);
  const tickets: TicketData[] = [];
  const missingNumber: string[] = [];
  for (const [applicationId, seats] of byApp) {
    const first = seats[0];
    const ticketNumber = seats.find((s) => s.ticketNumber)?.ticketNumber;
    if (!ticketNumber) {
      missingNumber.push(applicationId);
      continue;
    }
    const sittings: TicketSittingLine[] = seats.map((s) => ({
      kindName: sittingKindNames[s.kind] ?? s.kind,
      day: s.day,
      time: `${hm(s.startsAt)}–${hm(s.endsAt)}`,
      site: s.siteName,
      room: roomLabel(numbers.get(`${s.sittingId}/${s.roomId}`), s.roomName),
      seat: String(s.seat),
    }));
    tickets.push({
      ticketNumber,
      name: first.name,
      gender: genderNames[first.gender] ?? '',
      idMasked: ticketIdMask(first.idMasked),
      unit: first.collegeName ?? first.workUnit ?? '',
      occupation: occupationText(o.batch),
      occupationCode: o.batch.code,
      level: levelNames[first.level] ?? `${first.level}级`,
      photo: photoOf(first, photos),
      sittings,
      qr: qrMatrix(ticketVerifyUrl(o.baseUrl, o.qrKey, ticketNumber)),
      roomKey: `${String(numbers.get(`${first.sittingId}/${first.roomId}`) ?? 0).padStart(3, '0')}-${first.roomName}/${String(first.seat).padStart(3, '0')}`,
      collegeName: first.collegeName ?? '社会考生',
    });
  }
  tickets.sort((a, b) => a.ticketNumber.localeCompare(b.ticketNumber));
  return { tickets, refused, missingNumber };
}

/** A candidate whose ticket would print without a photo (none on file for the application or the person). */
export interface TicketWithoutPhoto {
  applicationId: string;
  name: string;
  /** The ID number's last four (R-PPL-02). */
  idTail: string;
  collegeName: string | null;
}

/**
 * R-ARR-11 (tickets carry the photo): the ticket holders of a batch (or of one college) with no photo on file, by
 * name, so the centre sees them before printing instead of finding blank frames.
 */
export async function ticketsWithoutPhoto(
  db: DbOrTx,
  o: { run: RunRow; batch: Batch; collegeId?: string },
): Promise<TicketWithoutPhoto[]> {
  const rows = await seatRows(db, o.run.id, o.batch.id, { collegeId: o.collegeId });
  const out = new Map<string, TicketWithoutPhoto>();
  for (const r of rows)
    if (ticketAllowed(r) && !r.appPhoto && !r.personPhoto)
      out.set(r.applicationId, {
        applicationId: r.applicationId,
        name: r.name,
        idTail: r.idMasked.slice(-4),
        collegeName: r.collegeName,
      });
  return [...out.values()].sort((a, b) => a.name.localeCompare(b.name, 'zh'));
}

/** One room of one sitting: door list, seat chart and sign-in sheet data. Null when the room has no seat there. */
export async function loadRoomSheet(
  db: DbOrTx,
  store: FileStore,
  o: { run: RunRow; batch: Batch; centreName: string; sittingId: string; roomId: string },
): Promise<RoomSheet | null> {
  const rows = await seatRows(db, o.run.id, o.batch.id, { sittingId: o.sittingId, roomId: o.roomId });
  if (!rows.length) return null;
  const numbers = await roomNumbers(db, o.run.id, o.batch.id);
  const photos = await loadPhotos(
    db,
    store,
    rows.flatMap((r) => [r.appPhoto, r.personPhoto]),
  );
  const result = o.run.result;
  const input = o.run.input;
  const staffName = new Map(input.staff.map((s) => [s.id, s.name]));
  const proctorIds = result.rooms.find((r) => r.sittingId === o.sittingId && r.roomId === o.roomId)?.proctorIds ?? [];
  const first = rows[0];
  const levels = [...new Set(rows.map((r) => r.level))].sort((a, b) => b - a);
  const seats: RoomSeat[] = rows.map((r) => ({
    seat: r.seat,
    name: r.name,
    ticketNumber: r.ticketNumber ?? '',
    idTail: r.idMasked.slice(-4),
    unit: r.collegeName ?? r.workUnit ?? '',
    photo: photoOf(r, photos),
  }));
  return {
    centreName: o.centreName,
    batchTitle: o.batch.title,
    occupation: `${occupationText(o.batch)}（${levels.map((l) => levelNames[l] ?? `${l}级`).join('、')}）`,
    kindName: sittingKindNames[first.kind] ?? first.kind,
    day: first.day,
    time: `${hm(first.startsAt)}–${hm(first.endsAt)}`,
    site: first.siteName,
    room: first.roomName,
    roomNo: numbers.get(`${o.sittingId}/${o.roomId}`) ?? 1,
    capacity: first.capacity,
    proctors: proctorIds.map((id) => staffName.get(id) ?? id),
    seats,
  };
}

/** R-ARR-02: the lot record of each sitting of the batch, with names and room labels. */
export async function loadLotRecords(
  db: DbOrTx,
  o: { run: RunRow; batch: Batch; centreName: string },
): Promise<LotRecord[]> {
  const result = o.run.result;
  const input = o.run.input;
  const staffName = new Map(input.staff.map((s) => [s.id, s.name]));
  const numbers = await roomNumbers(db, o.run.id, o.batch.id);
  const sittingIds = o.batch.sittings.map((s) => s.id);
  const roomIds = [...new Set(result.lots.flatMap((l) => l.draws.map((d) => d.roomId)))];
  const rooms = roomIds.length
    ? await db
        .select({ id: examRooms.id, name: examRooms.name, siteName: examSites.name })
        .from(examRooms)
        .innerJoin(examSites, eq(examSites.id, examRooms.siteId))
        .where(inArray(examRooms.id, roomIds))
    : [];
  const roomById = new Map(rooms.map((r) => [r.id, r]));
  const proctorsPerRoom = input.settings?.proctorsPerRoom ?? 2;
  return result.lots
    .filter((l) => sittingIds.includes(l.sittingId))
    .sort((a, b) => sittingIds.indexOf(a.sittingId) - sittingIds.indexOf(b.sittingId))
    .map((l) => {
      const s = o.batch.sittings.find((x) => x.id === l.sittingId)!;
      const site = roomById.get(l.draws[0]?.roomId ?? '')?.siteName ?? s.place;
      return {
        centreName: o.centreName,
        batchTitle: o.batch.title,
        sittingLabel: `${occupationText(o.batch)} ${sittingKindNames[s.kind]} ${s.day} ${s.startsAt}–${s.endsAt}`,
        site,
        seed: l.seed,
        proctorsPerRoom,
        draws: l.draws.map((d) => ({
          order: d.order,
          name: staffName.get(d.staffId) ?? d.staffId,
          room: roomLabel(numbers.get(`${l.sittingId}/${d.roomId}`), roomById.get(d.roomId)?.name ?? ''),
        })),
      };
    });
}
