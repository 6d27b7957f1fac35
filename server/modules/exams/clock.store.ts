// The exam clock (R-EXAM-02, R-EXAM-04): sittings' instants, the room sessions, and the deadlines of attempts. Every
// change that moves a deadline (a pause ending, a room's or a candidate's credited time) goes through
// `recomputeDeadlines`, which also raises the room's clock version so clients and consoles learn of it by push.
import { randomInt } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { examRoomSessions, examSittings } from '../../db/schema/index.js';
import { sittingsByIds } from '../plans/plans.reads.js';
import { notFound } from '../../http/errors.js';

/** A sitting's wall-clock time (day `YYYY-MM-DD`, `HH:MM`) as an instant: China time, UTC+8 all year. */
export function sittingInstant(day: string, hhmm: string): Date {
  return new Date(`${day}T${hhmm.length === 5 ? hhmm : hhmm.slice(0, 5)}:00+08:00`);
}

/** The six-digit room code a proctor shows at the start (computer-based login). */
export const newRoomCode = () => String(randomInt(0, 1_000_000)).padStart(6, '0');

/**
 * The exam settings row of a sitting (paper unless made computer-based), made on first use with the sitting's
 * start and end as instants. Returns the row.
 */
export async function ensureExamSitting(db: DbOrTx, sittingId: string) {
  const [row] = await db.select().from(examSittings).where(eq(examSittings.sittingId, sittingId));
  if (row) return row;
  const [s] = await sittingsByIds(db, [sittingId]);
  if (!s) throw notFound('考核场次');
  await db
    .insert(examSittings)
    .values({ sittingId, startsAt: sittingInstant(s.day, s.startsAt), endsAt: sittingInstant(s.day, s.endsAt) })
    .onConflictDoNothing();
  const [made] = await db.select().from(examSittings).where(eq(examSittings.sittingId, sittingId));
  return made;
}

/** The session of one room in one sitting, made on first use (with a fresh room code). */
export async function ensureRoomSession(db: DbOrTx, sittingId: string, roomId: string) {
  await ensureExamSitting(db, sittingId);
  const where = and(eq(examRoomSessions.sittingId, sittingId), eq(examRoomSessions.roomId, roomId));
  const [row] = await db.select().from(examRoomSessions).where(where);
  if (row) return row;
  await db.insert(examRoomSessions).values({ sittingId, roomId, roomCode: newRoomCode() }).onConflictDoNothing();
  const [made] = await db.select().from(examRoomSessions).where(where);
  return made;
}

/**
 * R-EXAM-02/04: every attempt of the room session (or only `attemptId`) gets deadline = the sitting's end + the
 * room's extension + the room's pauses + the candidate's own extension; the room's clock version rises. Call it in
 * the transaction that changed any of these.
 */
export async function recomputeDeadlines(db: DbOrTx, q: { roomSessionId: string; attemptId?: string }) {
  await db.execute(sql`
    update exam_attempts a
       set deadline_at = s.ends_at + make_interval(secs => r.extension_seconds + r.paused_seconds + a.extension_seconds)
      from exam_room_sessions r
      join exam_sittings s on s.sitting_id = r.sitting_id
     where a.room_session_id = r.id
       and r.id = ${q.roomSessionId}
       ${q.attemptId ? sql`and a.id = ${q.attemptId}` : sql``}`);
  await db
    .update(examRoomSessions)
    .set({ clockVersion: sql`${examRoomSessions.clockVersion} + 1`, updatedAt: new Date() })
    .where(eq(examRoomSessions.id, q.roomSessionId));
}
