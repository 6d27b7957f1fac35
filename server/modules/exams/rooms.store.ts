// The exam-day state of rooms that every exam-day service shares: a sitting's times and mode, the room's session,
// its published seats and proctors, the record's signatures (R-EXAM-03 closes a signed room), and the counts shown
// on "my rooms".
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { rowsOf } from '../../db/client.js';
import {
  examCheckins,
  examIncidents,
  examRoomRecords,
  examRoomSessions,
  examSittings,
  examViolations,
} from '../../db/schema/index.js';
import type { Actor } from '../../http/access.js';
import { AppError } from '../../http/errors.js';
import { can } from '../../../shared/access.js';
import type { ExamMode, ExamSettings } from '../../../shared/exams.js';
import type { ExamRoomItem, RoomCounts, RoomDuty } from '../../../shared/exams-day.js';
import {
  publishedSeatsOfSitting,
  publishedStaffOfSitting,
  type RoomWithSite,
  type SittingSeat,
} from '../arrangement/arrangement.reads.js';
import { sittingsWithBatchTitles, type SittingRecord } from '../plans/plans.reads.js';
import { conflictedCandidates, personsByIds } from '../people/people.reads.js';
import { applicationsByIds } from '../registration/registration.reads.js';
import { sittingInstant } from './clock.store.js';
import { entryClosed, entryWindow } from './checkin.rules.js';
import { assertRoom, type RoomPower, type RoomScope } from './exams.access.js';
import { readExamSettings } from './settings.store.js';

export type SittingWithTitle = SittingRecord & { batchTitle: string };
export type RoomSessionRow = typeof examRoomSessions.$inferSelect;
export type RoomRecordRow = typeof examRoomRecords.$inferSelect;

/** A sitting's mode and instants: from its exam settings row when made, else from the plan (China time). */
export interface SittingClock {
  mode: ExamMode;
  startsAt: Date;
  endsAt: Date;
}

export async function sittingClocks(db: DbOrTx, sittings: SittingRecord[]): Promise<Map<string, SittingClock>> {
  const rows = sittings.length
    ? await db
        .select()
        .from(examSittings)
        .where(
          inArray(
            examSittings.sittingId,
            sittings.map((s) => s.id),
          ),
        )
    : [];
  const byId = new Map(rows.map((r) => [r.sittingId, r]));
  return new Map(
    sittings.map((s) => {
      const r = byId.get(s.id);
      return [
        s.id,
        {
          mode: r?.mode ?? 'paper',
          startsAt: r?.startsAt ?? sittingInstant(s.day, s.startsAt),
          endsAt: r?.endsAt ?? sittingInstant(s.day, s.endsAt),
        },
      ];
    }),
  );
}

/** Everything the services need of one room of one sitting. */
export interface RoomDay {
  sitting: SittingWithTitle;
  clock: SittingClock;
  session: RoomSessionRow | null;
  /** The room's published seats, in seat order. */
  seats: SittingSeat[];
  /** The room's proctors in the published arrangement (person ids). */
  proctorPersonIds: string[];
  record: RoomRecordRow | null;
  /** Every proctor has signed the record (R-EXAM-03): attendance, incidents and violations are closed. */
  signed: boolean;
  settings: ExamSettings;
}

/** R-EXAM-03: signed once every proctor of the room has signed (a room without published proctors: any signature). */
export function isSigned(record: Pick<RoomRecordRow, 'signatures'> | null, proctorPersonIds: string[]): boolean {
  const signed = new Set((record?.signatures ?? []).map((s) => s.personId));
  if (!proctorPersonIds.length) return signed.size > 0;
  return proctorPersonIds.every((p) => signed.has(p));
}

const roomNotFound = () => new AppError('NOT_FOUND', '未找到该考试场次');

/**
 * The room's state; 404 when the sitting does not exist. A room the sitting does not use is an empty room (no seats):
 * only the centre and the site's head can reach it (exams.access.ts), and there is nothing to record in it.
 */
export async function loadRoomDay(db: DbOrTx, scope: Pick<RoomScope, 'sittingId' | 'room'>): Promise<RoomDay> {
  const { sittingId } = scope;
  const roomId = scope.room.id;
  const [sitting] = await sittingsWithBatchTitles(db, [sittingId]);
  if (!sitting) throw roomNotFound();
  const [clocks, [session], seats, staff, [record], settings] = await Promise.all([
    sittingClocks(db, [sitting]),
    db
      .select()
      .from(examRoomSessions)
      .where(and(eq(examRoomSessions.sittingId, sittingId), eq(examRoomSessions.roomId, roomId))),
    publishedSeatsOfSitting(db, sittingId, roomId),
    publishedStaffOfSitting(db, sittingId),
    db
      .select()
      .from(examRoomRecords)
      .where(and(eq(examRoomRecords.sittingId, sittingId), eq(examRoomRecords.roomId, roomId))),
    readExamSettings(db),
  ]);
  const proctorPersonIds = [
    ...new Set(staff.filter((d) => d.duty === 'proctor' && d.roomId === roomId).map((d) => d.personId)),
  ];
  return {
    sitting,
    clock: clocks.get(sittingId)!,
    session: session ?? null,
    seats,
    proctorPersonIds,
    record: record ?? null,
    signed: isSigned(record ?? null, proctorPersonIds),
    settings,
  };
}

/** R-EXAM-03: a signed room's attendance, incidents and violations no longer change. */
export function assertRecordOpen(day: Pick<RoomDay, 'signed'>) {
  if (day.signed) throw new AppError('CONFLICT', '考场记录已签字，不能再修改入场、突发事件或违纪记录');
}

/** The room's end with its approved extension and pauses. */
export const roomEndsAt = (clock: SittingClock, session: RoomSessionRow | null) =>
  new Date(clock.endsAt.getTime() + ((session?.extensionSeconds ?? 0) + (session?.pausedSeconds ?? 0)) * 1000);

/** The counts of rooms of one sitting (present, absent, pending credits, incidents, violations). */
export async function roomCountsOf(
  db: DbOrTx,
  sittingId: string,
  seatsByRoom: Map<string, number>,
  closed: boolean,
): Promise<Map<string, RoomCounts>> {
  const roomIds = [...seatsByRoom.keys()];
  const out = new Map<string, RoomCounts>();
  for (const id of roomIds)
    out.set(id, {
      seats: seatsByRoom.get(id) ?? 0,
      present: 0,
      absent: 0,
      pending: 0,
      pendingCredits: 0,
      incidents: 0,
      violations: 0,
    });
  if (!roomIds.length) return out;
  const rows = rowsOf<{ room_id: string; what: string; n: number }>(
    await db.execute(sql`
      select room_id, status as what, count(*)::int as n from ${examCheckins}
       where sitting_id = ${sittingId} group by room_id, status
      union all
      select room_id, case when credit_state = 'pending' then 'pending_credit' else 'incident' end, count(*)::int
        from ${examIncidents} where sitting_id = ${sittingId} group by 1, 2
      union all
      select room_id, 'violation', count(*)::int from ${examViolations} where sitting_id = ${sittingId} group by 1`),
  );
  for (const r of rows) {
    const c = out.get(r.room_id);
    if (!c) continue;
    const n = Number(r.n);
    if (r.what === 'present') c.present += n;
    else if (r.what === 'absent') c.absent += n;
    else if (r.what === 'pending_credit') {
      c.pendingCredits += n;
      c.incidents += n;
    } else if (r.what === 'incident') c.incidents += n;
    else if (r.what === 'violation') c.violations += n;
  }
  for (const c of out.values()) {
    const rest = Math.max(0, c.seats - c.present - c.absent);
    // R-EXAM-01: after entry closes a seat without a check-in is absent.
    if (closed) c.absent += rest;
    else c.pending = rest;
  }
  return out;
}

/** What the actor is in a room, as "my rooms" and every room response say it. */
export function dutyOf(s: Pick<RoomScope, 'centre' | 'proctor' | 'siteHead' | 'supervisor'>): RoomDuty {
  return s.centre ? 'centre' : s.siteHead ? 'site_head' : s.proctor ? 'proctor' : 'supervisor';
}

export function mayOf(actor: Actor, s: Pick<RoomScope, 'centre' | 'proctor' | 'siteHead' | 'supervisor'>) {
  return {
    proctor: can(actor.role, 'exams.proctor') && (s.centre || s.proctor || s.siteHead),
    approve: can(actor.role, 'exams.approve') && (s.centre || s.siteHead),
    observe: can(actor.role, 'exams.observe') && (s.centre || s.supervisor),
  };
}

/** One room as the API shows it. */
export function presentRoomItem(
  actor: Actor,
  scope: Pick<RoomScope, 'centre' | 'proctor' | 'siteHead' | 'supervisor'>,
  room: RoomWithSite,
  d: {
    sitting: SittingWithTitle;
    clock: SittingClock;
    session: RoomSessionRow | null;
    counts: RoomCounts;
    signed: boolean;
    settings: ExamSettings;
  },
): ExamRoomItem {
  const w = entryWindow(d.settings, { ...d.clock, openedAt: d.session?.openedAt });
  return {
    sittingId: d.sitting.id,
    roomId: room.id,
    batchId: d.sitting.batchId,
    batchTitle: d.sitting.batchTitle,
    sittingKind: d.sitting.kind,
    day: d.sitting.day,
    startsAt: d.sitting.startsAt.slice(0, 5),
    endsAt: d.sitting.endsAt.slice(0, 5),
    mode: d.clock.mode,
    siteId: room.siteId,
    siteName: room.siteName,
    roomName: room.name,
    duty: dutyOf(scope),
    may: mayOf(actor, scope),
    counts: d.counts,
    entryOpensAt: w.opensAt.toISOString(),
    entryClosesAt: w.closesAt.toISOString(),
    signed: d.signed,
  };
}

/** The room item of a loaded room (one room's counts). */
export async function roomItemOf(db: DbOrTx, actor: Actor, scope: RoomScope, day: RoomDay, now = new Date()) {
  const closed = entryClosed(day.settings, { ...day.clock, openedAt: day.session?.openedAt }, now);
  const counts = await roomCountsOf(db, day.sitting.id, new Map([[scope.room.id, day.seats.length]]), closed);
  return presentRoomItem(actor, scope, scope.room, { ...day, counts: counts.get(scope.room.id)! });
}

/** A seated candidate of a room, with what the proctor sees of the person. */
export interface SeatedCandidate {
  applicationId: string;
  personId: string;
  seatNo: number;
  roomId: string;
  ticketNumber: string | null;
  name: string;
  idMasked: string;
  photoFileId: string | null;
}

/** The candidates of `seats` with their persons (seats whose application is gone are left out). */
export async function candidatesOfSeats(db: DbOrTx, seats: SittingSeat[]): Promise<SeatedCandidate[]> {
  const apps = await applicationsByIds(
    db,
    seats.map((s) => s.applicationId),
  );
  const appById = new Map(apps.map((a) => [a.id, a]));
  const persons = await personsByIds(
    db,
    apps.map((a) => a.personId),
  );
  const personById = new Map(persons.map((p) => [p.id, p]));
  const out: SeatedCandidate[] = [];
  for (const s of seats) {
    const app = appById.get(s.applicationId);
    const person = app ? personById.get(app.personId) : undefined;
    if (!app || !person) continue;
    out.push({
      applicationId: s.applicationId,
      personId: person.id,
      seatNo: s.seatNo,
      roomId: s.roomId,
      ticketNumber: s.ticketNumber,
      name: person.name,
      idMasked: person.idMasked,
      photoFileId: app.photoFileId ?? person.photoFileId,
    });
  }
  return out;
}

/** One candidate of the room, or 400 naming the field when the application is not seated here. */
export async function candidateOfRoom(db: DbOrTx, day: RoomDay, applicationId: string): Promise<SeatedCandidate> {
  const seat = day.seats.find((s) => s.applicationId === applicationId);
  const [c] = seat ? await candidatesOfSeats(db, [seat]) : [];
  if (!c)
    throw new AppError('VALIDATION', '考生：不是本考场本场次的考生', [
      { field: 'applicationId', message: '不是本考场本场次的考生' },
    ]);
  return c;
}

/**
 * R-PPL-08: a person in conflict with the candidate (relative, teacher, recorded relation) does not proctor them:
 * no check-in, incident or violation of that candidate. The centre's own staff act as the centre and are not held.
 */
export async function assertNoConflict(db: DbOrTx, scope: Pick<RoomScope, 'centre' | 'personIds'>, personId: string) {
  if (scope.centre || !scope.personIds.length) return;
  if ((await conflictedCandidates(db, scope.personIds, [personId])).size)
    throw new AppError(
      'FORBIDDEN',
      '回避（R-PPL-08）：您与该考生存在回避关系（亲属、任课教师等），没有权限为其办理入场或记录突发事件、违纪，请由本考场其他监考员处理',
    );
}

/** The first line of every room service: the signed-in actor and its scope in the room with `power`. */
export async function roomOfActor(
  db: DbOrTx,
  opts: { actor: Actor | null; sittingId: string; roomId: string },
  power: RoomPower,
): Promise<{ actor: Actor; scope: RoomScope }> {
  if (!opts.actor) throw new AppError('UNAUTHENTICATED', '请先登录');
  const scope = await assertRoom(db, opts.actor, { sittingId: opts.sittingId, roomId: opts.roomId }, power);
  return { actor: opts.actor, scope };
}
