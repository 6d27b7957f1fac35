// R-EXAM-03: the room's record (考场情况记录表): attendance and absences, incidents, violations, the computer-based
// summary, each proctor's signature (name and time) and the supervisors' observations (R-SUP-03: a supervisor
// observes and writes, never changes attendance). Once every proctor has signed, the room's entries are closed.
import { and, eq, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.js';
import { examAttempts, examCheckins, examRoomRecords, examRoomSessions } from '../../db/schema/index.js';
import type { Actor } from '../../http/access.js';
import { AppError } from '../../http/errors.js';
import type { AbsenceReason, RoomObservation, RoomSignature } from '../../../shared/exams.js';
import type { ObservationBody, RoomRecord } from '../../../shared/exams-day.js';
import { recordAudit } from '../audit/audit.service.js';
import { personsByIds } from '../people/people.reads.js';
import { chinaClock, entryClosed } from './checkin.rules.js';
import type { RoomScope } from './exams.access.js';
import { incidentsOfRoom } from './incidents.service.js';
import {
  candidatesOfSeats,
  isSigned,
  loadRoomDay,
  roomEndsAt,
  roomItemOf,
  roomOfActor,
  type RoomDay,
} from './rooms.store.js';
import { violationsOfRoom } from './violations.service.js';

type Room = { actor: Actor | null; sittingId: string; roomId: string; now?: Date };

/** The record of a loaded room, as the screen and the PDF show it. */
export async function composeRoomRecord(
  db: DbOrTx,
  actor: Actor,
  scope: RoomScope,
  day: RoomDay,
  now = new Date(),
): Promise<RoomRecord> {
  const roomId = scope.room.id;
  const [room, candidates, checkins, incidents, violations, attempts, proctors, [session]] = await Promise.all([
    roomItemOf(db, actor, scope, day, now),
    candidatesOfSeats(db, day.seats),
    db
      .select()
      .from(examCheckins)
      .where(and(eq(examCheckins.sittingId, scope.sittingId), eq(examCheckins.roomId, roomId))),
    incidentsOfRoom(db, day, roomId),
    violationsOfRoom(db, day, roomId),
    db
      .select({
        state: examAttempts.state,
        kind: examAttempts.submitKind,
        n: sql<number>`count(*)::int`.mapWith(Number),
      })
      .from(examAttempts)
      .innerJoin(examRoomSessions, eq(examRoomSessions.id, examAttempts.roomSessionId))
      .where(and(eq(examRoomSessions.sittingId, scope.sittingId), eq(examRoomSessions.roomId, roomId)))
      .groupBy(examAttempts.state, examAttempts.submitKind),
    personsByIds(db, day.proctorPersonIds),
    db
      .select()
      .from(examRoomSessions)
      .where(and(eq(examRoomSessions.sittingId, scope.sittingId), eq(examRoomSessions.roomId, roomId))),
  ]);
  const byApp = new Map(checkins.map((c) => [c.applicationId, c]));
  const closed = entryClosed(day.settings, day.clock, now);
  const absentees: RoomRecord['attendance']['absentees'] = [];
  let present = 0;
  let pending = 0;
  for (const c of candidates) {
    const row = byApp.get(c.applicationId);
    if (row?.status === 'present') present++;
    else if (row?.status === 'absent' || closed)
      absentees.push({
        applicationId: c.applicationId,
        seatNo: c.seatNo,
        name: c.name,
        ticketNumber: c.ticketNumber,
        // R-EXAM-01: after entry closed, a seat without a check-in is absent (no show).
        reason: ((row?.reason as AbsenceReason | null) ?? 'no_show') as AbsenceReason,
      });
    else pending++;
  }
  const count = (f: (a: (typeof attempts)[number]) => boolean) => attempts.filter(f).reduce((n, a) => n + a.n, 0);
  const signatures = day.record?.signatures ?? [];
  const signedAt = new Map(signatures.map((s) => [s.personId, s.signedAt]));
  const nameOf = new Map(proctors.map((p) => [p.id, p.name]));
  return {
    room,
    attendance: { seats: candidates.length, present, absent: absentees.length, pending, absentees },
    incidents,
    violations,
    computer: attempts.length
      ? {
          attempts: count(() => true),
          started: count((a) => a.state !== 'ready'),
          submitted: count((a) => a.state === 'submitted'),
          byCandidate: count((a) => a.kind === 'candidate'),
          auto: count((a) => a.kind === 'auto'),
          byProctor: count((a) => a.kind === 'proctor'),
        }
      : null,
    roomEndsAt: roomEndsAt(day.clock, session ?? null).toISOString(),
    proctors: day.proctorPersonIds.map((id) => ({
      personId: id,
      name: nameOf.get(id) ?? '',
      signedAt: signedAt.get(id) ?? null,
    })),
    signatures,
    observations: day.record?.observations ?? [],
    signed: day.signed,
  };
}

export async function getRoomRecord(db: Db, opts: Room): Promise<RoomRecord> {
  const { actor, scope } = await roomOfActor(db, opts, 'read');
  const day = await loadRoomDay(db, scope);
  return composeRoomRecord(db, actor, scope, day, opts.now);
}

/** The room's record row, made on first use and locked for the change. */
async function lockRecord(tx: DbOrTx, sittingId: string, roomId: string) {
  await tx.insert(examRoomRecords).values({ sittingId, roomId }).onConflictDoNothing();
  const [row] = await tx
    .select()
    .from(examRoomRecords)
    .where(and(eq(examRoomRecords.sittingId, sittingId), eq(examRoomRecords.roomId, roomId)))
    .for('update');
  return row;
}

/** R-EXAM-03: each proctor of the room signs once (name and time, printed on the PDF). */
export async function signRoomRecord(db: Db, opts: Room): Promise<RoomRecord> {
  const { actor, scope } = await roomOfActor(db, opts, 'proctor');
  const day = await loadRoomDay(db, scope);
  const personId = scope.personIds.find((p) => day.proctorPersonIds.includes(p));
  if (!personId) throw new AppError('FORBIDDEN', '只有本考场的监考员可以在考场情况记录表上签字，您没有此权限');
  const [person] = await personsByIds(db, [personId]);
  await db.transaction(async (tx) => {
    const before = await lockRecord(tx, scope.sittingId, scope.room.id);
    const had = before.signatures.find((s) => s.personId === personId);
    if (had) throw new AppError('CONFLICT', `您已于 ${chinaClock(new Date(had.signedAt))} 签字`);
    const signature: RoomSignature = {
      personId,
      userId: actor.userId,
      name: person?.name ?? actor.displayName,
      signedAt: (opts.now ?? new Date()).toISOString(),
    };
    const [after] = await tx
      .update(examRoomRecords)
      .set({ signatures: [...before.signatures, signature], updatedAt: new Date() })
      .where(eq(examRoomRecords.id, before.id))
      .returning();
    await recordAudit(tx, actor, {
      action: 'exam.sign',
      entity: 'exam_room_record',
      entityId: after.id,
      before: { signatures: before.signatures },
      after: { signatures: after.signatures, signed: isSigned(after, day.proctorPersonIds) },
    });
  });
  return getRoomRecord(db, opts);
}

/** R-EXAM-03 / R-SUP-03: a supervisor (or the centre) attaches an observation to the room's record. */
export async function addObservation(db: Db, opts: Room & { data: ObservationBody }): Promise<RoomRecord> {
  const { actor, scope } = await roomOfActor(db, opts, 'observe');
  await loadRoomDay(db, scope);
  await db.transaction(async (tx) => {
    const before = await lockRecord(tx, scope.sittingId, scope.room.id);
    const observation: RoomObservation = {
      userId: actor.userId,
      name: actor.displayName,
      text: opts.data.text,
      at: (opts.now ?? new Date()).toISOString(),
    };
    const [after] = await tx
      .update(examRoomRecords)
      .set({ observations: [...before.observations, observation], updatedAt: new Date() })
      .where(eq(examRoomRecords.id, before.id))
      .returning();
    await recordAudit(tx, actor, {
      action: 'exam.observe',
      entity: 'exam_room_record',
      entityId: after.id,
      before: { observations: before.observations },
      after: { observations: after.observations },
    });
  });
  return getRoomRecord(db, opts);
}
