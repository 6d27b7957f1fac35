import { and, eq, sql } from 'drizzle-orm';
import {
  examAttempts,
  examCheckins,
  examIncidents,
  examRoomRecords,
  examRoomSessions,
  examSittings,
  examViolations,
} from '../../db/schema/index.js';
import type { TestApp } from '../../test/harness.js';
import { seedDemoArrangement } from '../arrangement/arrangement.demo.js';
import { publishedSeatsOfSitting, publishedStaffOfSitting } from '../arrangement/arrangement.reads.js';
import { applicationsByIds } from '../registration/registration.reads.js';
import { ensureExamSitting, ensureRoomSession, recomputeDeadlines } from './clock.store.js';
import { seedDemoExamDay } from './exams.demo.js';

export interface RoomCandidate {
  applicationId: string;
  personId: string;
  seatNo: number;
  ticketNumber: string;
}

export interface ExamDayFixture {
  sittingId: string;
  roomId: string;
  /** `/api/v1/exams/rooms/<sittingId>/<roomId>` */
  base: string;
  candidates: RoomCandidate[];
  /** A candidate of the same sitting seated in another room. */
  elsewhere: RoomCandidate & { roomId: string };
  proctorPersonIds: string[];
  /** The person `jiankao` stands for. */
  jiankaoPersonId: string;
  siteHeadPersonId: string | null;
  /** The supervisors of the sitting (person ids). */
  supervisorPersonIds: string[];
}

/**
 * The demo's 明日开考 theory sitting (paper), with `jiankao` proctoring its first room and `kaochang` heading that
 * room's site, moved to start `startsInMinutes` from now (negative: already started) and last `minutes`.
 */
export async function makeExamDay(
  t: TestApp,
  opts: { startsInMinutes?: number; minutes?: number } = {},
): Promise<ExamDayFixture> {
  const db = t.database.db;
  await seedDemoArrangement(db, t.app.ctx.pii, { files: t.app.ctx.files });
  const demo = await seedDemoExamDay(db);
  if (!demo) throw new Error('the demo exam day could not be seeded');
  const { sittingId, roomId } = demo;
  await ensureExamSitting(db, sittingId);
  await moveExamDay(t, sittingId, opts);
  // The demo seats the whole sitting in one room: move the last seat to another room, for "wrong room" cases.
  const before = await publishedSeatsOfSitting(db, sittingId);
  if (!before.some((s) => s.roomId !== roomId)) {
    const last = before[before.length - 1];
    await db.execute(sql`
      update arrangement_seats set room_id = (select id from exam_rooms where id <> ${roomId} order by name limit 1)
       where sitting_id = ${sittingId} and application_id = ${last.applicationId}`);
  }
  const seats = await publishedSeatsOfSitting(db, sittingId);
  const apps = new Map(
    (
      await applicationsByIds(
        db,
        seats.map((s) => s.applicationId),
      )
    ).map((a) => [a.id, a]),
  );
  const of = (s: (typeof seats)[number]) => ({
    applicationId: s.applicationId,
    personId: apps.get(s.applicationId)!.personId,
    seatNo: s.seatNo,
    ticketNumber: s.ticketNumber!,
  });
  const other = seats.find((s) => s.roomId !== roomId);
  if (!other) throw new Error('the demo sitting has one room only');
  const staff = await publishedStaffOfSitting(db, sittingId);
  return {
    sittingId,
    roomId,
    base: `/api/v1/exams/rooms/${sittingId}/${roomId}`,
    candidates: seats.filter((s) => s.roomId === roomId).map(of),
    elsewhere: { ...of(other), roomId: other.roomId },
    proctorPersonIds: staff.filter((d) => d.duty === 'proctor' && d.roomId === roomId).map((d) => d.personId),
    jiankaoPersonId: demo.proctorPersonId,
    siteHeadPersonId: demo.siteHeadPersonId,
    supervisorPersonIds: [...new Set(staff.filter((d) => d.duty === 'supervisor').map((d) => d.personId))],
  };
}

/** Moves the sitting's instants (the exam module's own row): starts `startsInMinutes` from now, `minutes` long. */
export async function moveExamDay(
  t: TestApp,
  sittingId: string,
  opts: { startsInMinutes?: number; minutes?: number } = {},
) {
  const db = t.database.db;
  const start = opts.startsInMinutes ?? -5;
  const minutes = opts.minutes ?? 90;
  await db
    .update(examSittings)
    .set({
      startsAt: sql`now() + make_interval(mins => ${start})`,
      endsAt: sql`now() + make_interval(mins => ${start + minutes})`,
    })
    .where(eq(examSittings.sittingId, sittingId));
  const sessions = await db
    .select({ id: examRoomSessions.id })
    .from(examRoomSessions)
    .where(eq(examRoomSessions.sittingId, sittingId));
  for (const s of sessions) await recomputeDeadlines(db, { roomSessionId: s.id });
}

/** Clears the exam day's records of a sitting, so a case starts from an empty room. */
export async function clearExamDay(t: TestApp, sittingId: string) {
  const db = t.database.db;
  await db.delete(examCheckins).where(eq(examCheckins.sittingId, sittingId));
  await db.delete(examIncidents).where(eq(examIncidents.sittingId, sittingId));
  await db.delete(examViolations).where(eq(examViolations.sittingId, sittingId));
  await db.delete(examRoomRecords).where(eq(examRoomRecords.sittingId, sittingId));
  await db
    .update(examRoomSessions)
    .set({ extensionSeconds: 0, pausedSeconds: 0, openedAt: null })
    .where(eq(examRoomSessions.sittingId, sittingId));
  await db.update(examAttempts).set({ extensionSeconds: 0 }).where(eq(examAttempts.sittingId, sittingId));
}

/** A bare computer-based attempt of a candidate (no paper content), to watch its deadline move. */
export async function makeAttempt(t: TestApp, f: ExamDayFixture, c: RoomCandidate) {
  const db = t.database.db;
  const session = await ensureRoomSession(db, f.sittingId, f.roomId);
  await db
    .insert(examAttempts)
    .values({
      sittingId: f.sittingId,
      roomSessionId: session.id,
      applicationId: c.applicationId,
      personId: c.personId,
      seatNo: c.seatNo,
      ticketNumber: c.ticketNumber,
      idHash: `test-${c.personId}`,
      paperId: c.applicationId,
      paperBlob: '',
      itemCount: 0,
      deadlineAt: new Date(),
    })
    .onConflictDoNothing();
  await recomputeDeadlines(db, { roomSessionId: session.id });
  const [row] = await db
    .select()
    .from(examAttempts)
    .where(and(eq(examAttempts.sittingId, f.sittingId), eq(examAttempts.applicationId, c.applicationId)));
  return row;
}

/** The attempt's stored deadline. */
export async function deadlineOf(t: TestApp, attemptId: string) {
  const [row] = await t.database.db
    .select({ d: examAttempts.deadlineAt })
    .from(examAttempts)
    .where(eq(examAttempts.id, attemptId));
  return row.d.getTime();
}
