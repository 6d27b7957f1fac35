import { eq, sql } from 'drizzle-orm';
import { examAttempts, examRoomSessions, examSittings } from '../../db/schema/index.js';
import type { TestApp } from '../../test/harness.js';
import { seedDemoArrangement } from '../arrangement/arrangement.demo.js';
import { seedDemoItemBank } from '../itembank/itembank.demo.js';
import { idNumberOfPerson } from '../people/people.reads.js';
import { recomputeDeadlines } from './clock.store.js';
import { seedDemoCbt } from './cbt.demo.js';

export interface CbtCandidate {
  attemptId: string;
  ticketNumber: string;
  idNumber: string;
  roomCode: string;
  roomId: string;
  roomSessionId: string;
  seatNo: number;
  paperId: string;
}

export interface CbtSitting {
  sittingId: string;
  candidates: CbtCandidate[];
  rooms: { roomId: string; roomSessionId: string; roomCode: string }[];
}

/**
 * A prepared computer-based sitting running NOW: the demo's arrangement and bank (the 明日开考 batch with its 30
 * published forms), prepared, then moved so it started `startedMinutesAgo` minutes ago and lasts `minutes`.
 */
export async function makeRunningCbtSitting(
  t: TestApp,
  opts: { startedMinutesAgo?: number; minutes?: number } = {},
): Promise<CbtSitting> {
  const db = t.database.db;
  await seedDemoArrangement(db, t.app.ctx.pii, { files: t.app.ctx.files });
  await seedDemoItemBank(db);
  const sittingId = await seedDemoCbt(db);
  if (!sittingId) throw new Error('the demo sitting could not be prepared');
  await moveSitting(t, sittingId, opts);
  const rows = await db
    .select({ a: examAttempts, r: examRoomSessions })
    .from(examAttempts)
    .innerJoin(examRoomSessions, eq(examRoomSessions.id, examAttempts.roomSessionId))
    .where(eq(examAttempts.sittingId, sittingId))
    .orderBy(examAttempts.seatNo);
  const candidates: CbtCandidate[] = [];
  for (const { a, r } of rows)
    candidates.push({
      attemptId: a.id,
      ticketNumber: a.ticketNumber,
      idNumber: (await idNumberOfPerson(db, t.app.ctx.pii, a.personId))!.idNumber,
      roomCode: r.roomCode,
      roomId: r.roomId,
      roomSessionId: r.id,
      seatNo: a.seatNo,
      paperId: a.paperId,
    });
  const rooms = [
    ...new Map(rows.map(({ r }) => [r.id, { roomId: r.roomId, roomSessionId: r.id, roomCode: r.roomCode }])).values(),
  ];
  return { sittingId, candidates, rooms };
}

/** Moves a sitting's instants (the exam module's own rows): started `startedMinutesAgo` ago, `minutes` long. */
export async function moveSitting(
  t: TestApp,
  sittingId: string,
  opts: { startedMinutesAgo?: number; minutes?: number; startsInMinutes?: number },
) {
  const db = t.database.db;
  const startOffset = opts.startsInMinutes ?? -(opts.startedMinutesAgo ?? 5);
  const minutes = opts.minutes ?? 90;
  await db
    .update(examSittings)
    .set({
      startsAt: sql`now() + make_interval(mins => ${startOffset})`,
      endsAt: sql`now() + make_interval(mins => ${startOffset + minutes})`,
    })
    .where(eq(examSittings.sittingId, sittingId));
  const sessions = await db
    .select({ id: examRoomSessions.id })
    .from(examRoomSessions)
    .where(eq(examRoomSessions.sittingId, sittingId));
  for (const s of sessions) await recomputeDeadlines(db, { roomSessionId: s.id });
}

/** Sets the end of a sitting to `secondsFromNow` (negative: already over) and recomputes the deadlines. */
export async function endSittingIn(t: TestApp, sittingId: string, secondsFromNow: number) {
  const db = t.database.db;
  await db
    .update(examSittings)
    .set({ endsAt: sql`now() + make_interval(secs => ${secondsFromNow})` })
    .where(eq(examSittings.sittingId, sittingId));
  const sessions = await db
    .select({ id: examRoomSessions.id })
    .from(examRoomSessions)
    .where(eq(examRoomSessions.sittingId, sittingId));
  for (const s of sessions) await recomputeDeadlines(db, { roomSessionId: s.id });
}

let device = 0;
/** A fresh device id (8–64 characters). */
export const newDeviceId = () => `device-${Date.now()}-${++device}`;

/** Logs a candidate in through the API; returns the response (status, json). */
export async function examLoginAs(t: TestApp, c: CbtCandidate, deviceId = newDeviceId()) {
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/exam/login',
    payload: { ticketNumber: c.ticketNumber, idNumber: c.idNumber, roomCode: c.roomCode, deviceId },
  });
}

/** A call of the candidate API with a token. */
export function examCall(t: TestApp, token: string, method: 'GET' | 'POST', url: string, body?: unknown) {
  return t.app.inject({
    method,
    url: `/api/v1/exam/${url}`,
    headers: { 'x-exam-token': token, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    payload: body === undefined ? undefined : JSON.stringify(body),
  });
}
