// The proctor's console of a computer-based room (R-EXAM-02, R-EXAM-04, R-PPL-08): the seat map with each
// candidate's check-in and attempt, the room's clock, and the proctor's actions (开考, pause and resume, releasing a
// seat for a device change, collecting a paper with a reason). Room extensions are incidents (exams-day).
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.js';
import { examAttempts, examCheckins, examEvents, examRoomSessions, examSittings } from '../../db/schema/index.js';
import { authorize, type Actor } from '../../http/access.js';
import { AppError, notFound } from '../../http/errors.js';
import { examEventKindNames, type ExamEventKind } from '../../../shared/exams.js';
import type { ConsoleSeat, ConsoleSnapshot } from '../../../shared/exams-console.js';
import { recordAudit } from '../audit/audit.service.js';
import { publishedSeatsOfSitting } from '../arrangement/arrangement.reads.js';
import { candidatesByIds, conflictedCandidates } from '../people/people.reads.js';
import { sittingsWithBatchTitles } from '../plans/plans.reads.js';
import { applicationsByIds } from '../registration/registration.reads.js';
import { ensureRoomSession, recomputeDeadlines, sittingInstant } from './clock.store.js';
import { cbtSettings, presentSubmission, rowsOf, submissionOf, submitAttempt } from './cbt.store.js';
import { assertRoom, type RoomScope } from './exams.access.js';

/** Seen within this many seconds: online. */
const ONLINE_SECONDS = 15;
/** The client events that are signals for the proctor (not logins, releases or network changes). */
const SIGNALS = ['fullscreen_exit', 'tab_hidden', 'window_blur', 'copy', 'paste'];

const iso = (d: Date | string | null | undefined) => (d ? new Date(d).toISOString() : null);

interface AttemptStat {
  id: string;
  application_id: string;
  state: 'ready' | 'started' | 'submitted';
  bound: boolean;
  seen_age: number | null;
  save_age: number | null;
  answered: number;
  item_count: number;
  deadline_at: Date | string;
  extension_seconds: number;
  submitted_at: Date | string | null;
  submit_kind: 'candidate' | 'auto' | 'proctor' | null;
  signals: number;
}

/** The console's snapshot of one room (the scope already checked). */
export async function consoleSnapshot(db: DbOrTx, scope: RoomScope): Promise<ConsoleSnapshot> {
  const { sittingId } = scope;
  const roomId = scope.room.id;
  const [[sitting], [exam], [session], seats, settings] = await Promise.all([
    sittingsWithBatchTitles(db, [sittingId]),
    db.select().from(examSittings).where(eq(examSittings.sittingId, sittingId)),
    db
      .select()
      .from(examRoomSessions)
      .where(and(eq(examRoomSessions.sittingId, sittingId), eq(examRoomSessions.roomId, roomId))),
    publishedSeatsOfSitting(db, sittingId, roomId),
    cbtSettings(db),
  ]);
  if (!sitting) throw notFound('考核场次');
  const apps = await applicationsByIds(
    db,
    seats.map((s) => s.applicationId),
  );
  const personOfApp = new Map(apps.map((a) => [a.id, a]));
  const people = new Map(
    (
      await candidatesByIds(
        db,
        apps.map((a) => a.personId),
      )
    ).map((p) => [p.id, p]),
  );
  const conflicts =
    scope.centre || !scope.personIds.length
      ? new Set<string>()
      : await conflictedCandidates(
          db,
          scope.personIds,
          apps.map((a) => a.personId),
        );
  const checkins = new Map(
    (
      await db
        .select()
        .from(examCheckins)
        .where(and(eq(examCheckins.sittingId, sittingId), eq(examCheckins.roomId, roomId)))
    ).map((c) => [c.applicationId, c]),
  );
  const stats = session
    ? rowsOf<AttemptStat>(
        await db.execute(sql`
          select a.id, a.application_id, a.state, (a.token_hash is not null) as bound,
                 extract(epoch from now() - a.last_seen_at)::int as seen_age,
                 extract(epoch from now() - a.last_save_at)::int as save_age,
                 (select count(*)::int from exam_answers e where e.attempt_id = a.id and e.value <> '') as answered,
                 a.item_count, a.deadline_at, a.extension_seconds, a.submitted_at, a.submit_kind,
                 (select count(*)::int from exam_events v where v.attempt_id = a.id
                   and v.kind in (${sql.join(
                     SIGNALS.map((k) => sql`${k}`),
                     sql`, `,
                   )})) as signals
            from exam_attempts a where a.room_session_id = ${session.id}`),
      )
    : [];
  const attemptOf = new Map(stats.map((a) => [a.application_id, a]));
  const startsAt = exam?.startsAt ?? sittingInstant(sitting.day, sitting.startsAt);
  const endsAt = exam?.endsAt ?? sittingInstant(sitting.day, sitting.endsAt);
  const roomEnd = session
    ? new Date(endsAt.getTime() + (session.extensionSeconds + session.pausedSeconds) * 1000)
    : endsAt;
  const out: ConsoleSeat[] = seats.map((seat) => {
    const app = personOfApp.get(seat.applicationId);
    const person = app ? people.get(app.personId) : undefined;
    const c = checkins.get(seat.applicationId);
    const a = attemptOf.get(seat.applicationId);
    const photo = app?.photoFileId ?? person?.photoFileId ?? null;
    const online = !!a && a.seen_age !== null && a.seen_age <= ONLINE_SECONDS && a.state !== 'submitted';
    return {
      seatNo: seat.seatNo,
      applicationId: seat.applicationId,
      personId: app?.personId ?? null,
      name: person?.name ?? '',
      idMasked: person?.idMasked ?? '',
      // The room's photo route (exams-day: proctors of the room may see it for the check-in).
      photoUrl: photo ? `/api/v1/exams/rooms/${sittingId}/${roomId}/photos/${seat.applicationId}` : null,
      ticketNumber: seat.ticketNumber,
      checkin: c?.status ?? null,
      checkinAt: iso(c?.at),
      attempt: a
        ? {
            id: a.id,
            state: a.state,
            bound: a.bound,
            online,
            lastSaveAgeSeconds: a.save_age === null ? null : Number(a.save_age),
            offlineSeconds:
              a.state === 'started' && a.seen_age !== null && a.seen_age > ONLINE_SECONDS ? Number(a.seen_age) : null,
            answered: Number(a.answered),
            itemCount: Number(a.item_count),
            deadline: new Date(a.deadline_at).toISOString(),
            extensionSeconds: Number(a.extension_seconds),
            submittedAt: iso(a.submitted_at),
            submitKind: a.submit_kind,
            signals: Number(a.signals),
          }
        : null,
      conflict: !!app && conflicts.has(app.personId),
    };
  });
  const MIN = 60_000;
  return {
    room: {
      sittingId,
      roomId,
      roomName: scope.room.name,
      siteName: scope.room.siteName,
      sittingTitle: sitting.batchTitle,
      mode: exam?.mode ?? 'paper',
      prepared: !!exam?.preparedAt,
      // The room code is for the proctors and the site head, who show it at the start; a supervisor does not need it.
      roomCode: session && (scope.centre || scope.proctor || scope.siteHead) ? session.roomCode : null,
      ipRanges: session?.ipRanges ?? [],
      openedAt: iso(session?.openedAt),
      pausedAt: iso(session?.pausedAt),
      pausedSeconds: session?.pausedSeconds ?? 0,
      extensionSeconds: session?.extensionSeconds ?? 0,
      startsAt: iso(startsAt),
      endsAt: iso(roomEnd),
      entryOpensAt: iso(new Date(startsAt.getTime() - settings.entryBeforeMinutes * MIN)),
      entryClosesAt: iso(new Date(startsAt.getTime() + settings.entryCloseAfterMinutes * MIN)),
      clockVersion: session?.clockVersion ?? 0,
      serverNow: Date.now(),
    },
    seats: out,
    counts: {
      seats: out.length,
      present: out.filter((s) => s.checkin === 'present').length,
      absent: out.filter((s) => s.checkin === 'absent').length,
      notSignedIn: out.filter(
        (s) => s.checkin !== 'absent' && (!s.attempt || (!s.attempt.bound && s.attempt.state === 'ready')),
      ).length,
      answering: out.filter((s) => s.attempt?.state === 'started' && s.attempt.online).length,
      offline: out.filter((s) => s.attempt?.state === 'started' && !s.attempt.online).length,
      submitted: out.filter((s) => s.attempt?.state === 'submitted').length,
    },
  };
}

export async function getConsole(db: DbOrTx, opts: { actor: Actor | null; sittingId: string; roomId: string }) {
  const scope = await assertRoom(db, opts.actor!, { sittingId: opts.sittingId, roomId: opts.roomId }, 'read');
  return consoleSnapshot(db, scope);
}

/** 开考: the room is open now (the unlock is allowed, entry opens if it had not). */
export async function openRoom(db: Db, opts: { actor: Actor | null; sittingId: string; roomId: string }) {
  await assertRoom(db, opts.actor!, opts, 'proctor');
  return db.transaction(async (tx) => {
    const s = await ensureRoomSession(tx, opts.sittingId, opts.roomId);
    if (!s.openedAt) {
      await tx
        .update(examRoomSessions)
        .set({
          openedAt: new Date(),
          openedBy: opts.actor!.userId,
          clockVersion: sql`${examRoomSessions.clockVersion} + 1`,
          updatedAt: new Date(),
        })
        .where(eq(examRoomSessions.id, s.id));
      await recordAudit(tx, opts.actor, { action: 'exam.open', entity: 'exam_room_session', entityId: s.id });
    }
    return { ok: true as const };
  });
}

/**
 * R-EXAM-02: the room's allowed address ranges (the centre; IPv4 CIDR or single addresses, validated by the body's
 * schema); an empty list lifts the limit. A candidate already signed in is not thrown out: it applies at the next login.
 */
export async function setRoomIpRanges(
  db: Db,
  opts: { actor: Actor | null; sittingId: string; roomId: string; ranges: string[] },
) {
  await assertRoom(db, opts.actor!, opts, 'proctor');
  authorize(opts.actor, 'exams.manage');
  const ranges = [...new Set(opts.ranges)];
  return db.transaction(async (tx) => {
    const s = await ensureRoomSession(tx, opts.sittingId, opts.roomId);
    await tx
      .update(examRoomSessions)
      .set({ ipRanges: ranges, updatedAt: new Date() })
      .where(eq(examRoomSessions.id, s.id));
    await recordAudit(tx, opts.actor, {
      action: 'exam.ip_ranges',
      entity: 'exam_room_session',
      entityId: s.id,
      before: { ipRanges: s.ipRanges },
      after: { ipRanges: ranges },
    });
    return { ok: true as const };
  });
}

/** R-EXAM-04: a room-wide pause (power cut, network down): the clock stops; no auto-submit while paused. */
export async function pauseRoom(db: Db, opts: { actor: Actor | null; sittingId: string; roomId: string }) {
  await assertRoom(db, opts.actor!, opts, 'proctor');
  return db.transaction(async (tx) => {
    const s = await ensureRoomSession(tx, opts.sittingId, opts.roomId);
    if (s.pausedAt) throw new AppError('CONFLICT', '考场已处于暂停状态');
    await tx
      .update(examRoomSessions)
      .set({ pausedAt: new Date(), clockVersion: sql`${examRoomSessions.clockVersion} + 1`, updatedAt: new Date() })
      .where(eq(examRoomSessions.id, s.id));
    await recordAudit(tx, opts.actor, { action: 'exam.pause', entity: 'exam_room_session', entityId: s.id });
    return { ok: true as const };
  });
}

/** R-EXAM-04: the end of a pause: its seconds are added to every deadline of the room. */
export async function resumeRoom(db: Db, opts: { actor: Actor | null; sittingId: string; roomId: string }) {
  await assertRoom(db, opts.actor!, opts, 'proctor');
  return db.transaction(async (tx) => {
    const s = await ensureRoomSession(tx, opts.sittingId, opts.roomId);
    if (!s.pausedAt) throw new AppError('CONFLICT', '考场没有暂停');
    const [r] = await tx
      .update(examRoomSessions)
      .set({
        pausedSeconds: sql`${examRoomSessions.pausedSeconds} + greatest(0, ceil(extract(epoch from now() - ${examRoomSessions.pausedAt})))::int`,
        pausedAt: null,
        updatedAt: new Date(),
      })
      .where(eq(examRoomSessions.id, s.id))
      .returning({ pausedSeconds: examRoomSessions.pausedSeconds });
    await recomputeDeadlines(tx, { roomSessionId: s.id });
    await recordAudit(tx, opts.actor, {
      action: 'exam.resume',
      entity: 'exam_room_session',
      entityId: s.id,
      before: { pausedSeconds: s.pausedSeconds },
      after: { pausedSeconds: r.pausedSeconds },
    });
    return { ok: true as const };
  });
}

/** An attempt with the room it belongs to, after the actor's room check (404 when unknown or out of scope). */
async function attemptInScope(db: DbOrTx, actor: Actor | null, id: string, power: 'read' | 'proctor') {
  const [row] = await db
    .select({ a: examAttempts, roomId: examRoomSessions.roomId })
    .from(examAttempts)
    .innerJoin(examRoomSessions, eq(examRoomSessions.id, examAttempts.roomSessionId))
    .where(eq(examAttempts.id, id));
  if (!row) {
    // The actor still needs the permission: a role without it is told so, not that the attempt is missing.
    await assertRoom(db, actor!, { sittingId: id, roomId: id }, power);
    throw notFound('答卷');
  }
  await assertRoom(db, actor!, { sittingId: row.a.sittingId, roomId: row.roomId }, power);
  return row.a;
}

/**
 * R-EXAM-02: releases the seat for a device change: the device's token stops working at once; the candidate logs in
 * on another device (the entry window no longer applies: they are seated) and resumes with every saved answer.
 */
export async function releaseAttempt(db: Db, opts: { actor: Actor | null; id: string; reason?: string }) {
  const a = await attemptInScope(db, opts.actor, opts.id, 'proctor');
  if (a.state === 'submitted') throw new AppError('CONFLICT', '该考生已交卷，无需释放座位');
  return db.transaction(async (tx) => {
    await tx.update(examAttempts).set({ tokenHash: null, deviceId: null }).where(eq(examAttempts.id, a.id));
    await tx.insert(examEvents).values({ attemptId: a.id, kind: 'released', detail: opts.reason ?? null });
    await recordAudit(tx, opts.actor, {
      action: 'exam.release',
      entity: 'exam_attempt',
      entityId: a.id,
      before: { deviceId: a.deviceId },
      after: { reason: opts.reason ?? null },
    });
    return { ok: true as const };
  });
}

/** R-EXAM-02: the proctor submits for a candidate (kind `proctor`), with a reason; the one submission if done. */
export async function collectAttempt(db: Db, opts: { actor: Actor | null; id: string; reason: string }) {
  const a = await attemptInScope(db, opts.actor, opts.id, 'proctor');
  if (a.state === 'ready') throw new AppError('CONFLICT', '该考生尚未开始作答，不能收卷');
  return db.transaction(async (tx) => {
    const done = await submitAttempt(tx, { where: sql`a.id = ${a.id}`, kind: 'proctor', key: null });
    if (!done) return presentSubmission((await submissionOf(tx, a.id))!);
    await recordAudit(tx, opts.actor, {
      action: 'exam.collect',
      entity: 'exam_attempt',
      entityId: a.id,
      after: { reason: opts.reason, receipt: done.receipt },
    });
    return presentSubmission(done);
  });
}

/** The attempt's client events and logins, newest first (signals, not verdicts). */
export async function attemptEvents(db: DbOrTx, opts: { actor: Actor | null; id: string }) {
  const a = await attemptInScope(db, opts.actor, opts.id, 'read');
  const rows = await db
    .select()
    .from(examEvents)
    .where(eq(examEvents.attemptId, a.id))
    .orderBy(desc(examEvents.at), asc(examEvents.id))
    .limit(500);
  const items = rows.map((e) => ({
    id: Number(e.id),
    kind: e.kind,
    kindName: examEventKindNames[e.kind as ExamEventKind] ?? e.kind,
    at: e.at.toISOString(),
    clientAt: iso(e.clientAt),
    detail: e.detail,
  }));
  return { items, total: items.length };
}
