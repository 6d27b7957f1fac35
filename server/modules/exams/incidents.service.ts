// R-EXAM-04: incidents of the handbook's 突发事件处理办法 (shared/exams.ts `incidentKinds`), each with its time,
// handling and time credited. Credit is entered by a proctor and decided by the site head (or the centre); on approval
// it is added at once to the candidate's or the room's extension and the deadlines are recomputed (clock.store.ts).
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.js';
import { examAttempts, examIncidents, examRoomSessions, users } from '../../db/schema/index.js';
import type { Actor } from '../../http/access.js';
import { AppError } from '../../http/errors.js';
import { incidentKindByCode } from '../../../shared/exams.js';
import type {
  ExtensionBody,
  Incident,
  IncidentBody,
  IncidentDecisionBody,
  IncidentList,
  IncidentResult,
} from '../../../shared/exams-day.js';
import { recordAudit } from '../audit/audit.service.js';
import { roomsWithSites } from '../arrangement/arrangement.reads.js';
import { ensureRoomSession, recomputeDeadlines } from './clock.store.js';
import type { RoomScope } from './exams.access.js';
import {
  assertNoConflict,
  assertRecordOpen,
  candidateOfRoom,
  candidatesOfSeats,
  loadRoomDay,
  mayOf,
  roomEndsAt,
  roomOfActor,
  type RoomDay,
} from './rooms.store.js';

type Room = { actor: Actor | null; sittingId: string; roomId: string; now?: Date };
type IncidentRow = typeof examIncidents.$inferSelect;

async function presentIncidents(db: DbOrTx, day: RoomDay, rows: IncidentRow[]): Promise<Incident[]> {
  const userIds = [...new Set(rows.flatMap((r) => [r.recordedBy, r.decidedBy]).filter((i): i is string => !!i))];
  const names = new Map(
    (userIds.length
      ? await db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, userIds))
      : []
    ).map((u) => [u.id, u.name]),
  );
  const appIds = new Set(rows.map((r) => r.applicationId).filter(Boolean));
  const candidates = new Map(
    (
      await candidatesOfSeats(
        db,
        day.seats.filter((s) => appIds.has(s.applicationId)),
      )
    ).map((c) => [c.applicationId, c]),
  );
  return rows.map((r) => {
    const c = r.applicationId ? candidates.get(r.applicationId) : undefined;
    return {
      id: r.id,
      sittingId: r.sittingId,
      roomId: r.roomId,
      applicationId: r.applicationId,
      candidateName: c?.name ?? null,
      seatNo: c?.seatNo ?? null,
      kind: r.kind,
      kindName: incidentKindByCode.get(r.kind)?.name ?? r.kind,
      occurredAt: r.occurredAt.toISOString(),
      description: r.description,
      handling: r.handling,
      creditMinutes: r.creditMinutes,
      creditScope: r.creditScope,
      creditState: r.creditState,
      decidedByName: r.decidedBy ? (names.get(r.decidedBy) ?? null) : null,
      decidedAt: r.decidedAt?.toISOString() ?? null,
      decisionNote: r.decisionNote,
      recordedByName: names.get(r.recordedBy) ?? '',
      createdAt: r.createdAt.toISOString(),
    };
  });
}

/** The room's incidents, latest first. */
export async function incidentsOfRoom(db: DbOrTx, day: RoomDay, roomId: string): Promise<Incident[]> {
  const rows = await db
    .select()
    .from(examIncidents)
    .where(and(eq(examIncidents.sittingId, day.sitting.id), eq(examIncidents.roomId, roomId)))
    .orderBy(desc(examIncidents.occurredAt), desc(examIncidents.createdAt));
  return presentIncidents(db, day, rows);
}

export async function listIncidents(db: Db, opts: Room): Promise<IncidentList> {
  const { scope } = await roomOfActor(db, opts, 'read');
  const day = await loadRoomDay(db, scope);
  return { items: await incidentsOfRoom(db, day, scope.room.id) };
}

/**
 * Where the clock stands after an incident: the room's end with its approved extension, and the candidate's deadline
 * (its attempt's, or for a paper sitting the room's end plus the candidate's approved credits).
 */
async function clockAfter(db: DbOrTx, day: RoomDay, row: IncidentRow) {
  const [session] = await db
    .select()
    .from(examRoomSessions)
    .where(and(eq(examRoomSessions.sittingId, row.sittingId), eq(examRoomSessions.roomId, row.roomId)));
  const roomEnd = roomEndsAt(day.clock, session ?? null);
  let candidateDeadline: string | null = null;
  if (row.applicationId) {
    const [attempt] = await db
      .select({ deadlineAt: examAttempts.deadlineAt })
      .from(examAttempts)
      .where(and(eq(examAttempts.sittingId, row.sittingId), eq(examAttempts.applicationId, row.applicationId)));
    if (attempt) candidateDeadline = attempt.deadlineAt.toISOString();
    else {
      const [{ minutes }] = await db
        .select({ minutes: sql<number>`coalesce(sum(${examIncidents.creditMinutes}), 0)::int` })
        .from(examIncidents)
        .where(
          and(
            eq(examIncidents.sittingId, row.sittingId),
            eq(examIncidents.applicationId, row.applicationId),
            eq(examIncidents.creditState, 'approved'),
          ),
        );
      candidateDeadline = new Date(roomEnd.getTime() + Number(minutes) * 60_000).toISOString();
    }
  }
  return { roomEndsAt: roomEnd.toISOString(), candidateDeadline };
}

async function result(db: DbOrTx, day: RoomDay, row: IncidentRow): Promise<IncidentResult> {
  const [incident] = await presentIncidents(db, day, [row]);
  return { incident, ...(await clockAfter(db, day, row)) };
}

/**
 * R-EXAM-04: approved credit reaches the clock at once, in the caller's transaction: a candidate's credit is added
 * to its attempt's extension, a room's to the room session's; the deadlines are recomputed (which raises the room's
 * clock version, so screens learn of it). A paper sitting has no attempts: the room's new end is still recorded.
 */
async function applyCredit(tx: DbOrTx, row: IncidentRow) {
  const seconds = row.creditMinutes * 60;
  const session = await ensureRoomSession(tx, row.sittingId, row.roomId);
  if (row.creditScope === 'room') {
    await tx
      .update(examRoomSessions)
      .set({ extensionSeconds: sql`${examRoomSessions.extensionSeconds} + ${seconds}`, updatedAt: new Date() })
      .where(eq(examRoomSessions.id, session.id));
    await recomputeDeadlines(tx, { roomSessionId: session.id });
    return;
  }
  if (!row.applicationId) return;
  const [attempt] = await tx
    .update(examAttempts)
    .set({ extensionSeconds: sql`${examAttempts.extensionSeconds} + ${seconds}` })
    .where(and(eq(examAttempts.sittingId, row.sittingId), eq(examAttempts.applicationId, row.applicationId)))
    .returning({ id: examAttempts.id, roomSessionId: examAttempts.roomSessionId });
  if (attempt) await recomputeDeadlines(tx, { roomSessionId: attempt.roomSessionId, attemptId: attempt.id });
}

interface NewIncident {
  kind: string;
  applicationId: string | null;
  occurredAt: Date;
  description: string;
  handling: string | null | undefined;
  creditMinutes: number;
}

/** Checks and writes an incident; approves its credit at once when `approveNow` (the site head's own entry). */
async function writeIncident(
  db: Db,
  actor: Actor,
  scope: RoomScope,
  day: RoomDay,
  data: NewIncident,
  approveNow: boolean,
): Promise<IncidentResult> {
  const kind = incidentKindByCode.get(data.kind);
  if (!kind)
    throw new AppError('VALIDATION', '事件类型：不在突发事件处理办法的目录中', [
      { field: 'kind', message: '不在突发事件处理办法的目录中' },
    ]);
  // R-EXAM-04: only the sections that let the time lost be made up (顺延) credit time; illness (十) explicitly not.
  if (data.creditMinutes > 0 && !kind.credit)
    throw new AppError(
      'VALIDATION',
      `补时分钟：“${kind.name}”不顺延考试时间（突发事件处理办法 ${kind.section}：${kind.handling}）`,
      [{ field: 'creditMinutes', message: `突发事件处理办法 ${kind.section}：不顺延考试时间` }],
    );
  if (data.applicationId) {
    const candidate = await candidateOfRoom(db, day, data.applicationId);
    await assertNoConflict(db, scope, candidate.personId);
  }
  assertRecordOpen(day);
  const credit = data.creditMinutes > 0;
  const row = await db.transaction(async (tx) => {
    const [made] = await tx
      .insert(examIncidents)
      .values({
        sittingId: scope.sittingId,
        roomId: scope.room.id,
        applicationId: data.applicationId,
        kind: kind.code,
        occurredAt: data.occurredAt,
        description: data.description,
        handling: data.handling?.trim() || kind.handling,
        creditMinutes: data.creditMinutes,
        creditScope: credit ? (data.applicationId ? 'candidate' : 'room') : 'none',
        creditState: credit ? (approveNow ? 'approved' : 'pending') : 'none',
        decidedBy: credit && approveNow ? actor.userId : null,
        decidedAt: credit && approveNow ? new Date() : null,
        recordedBy: actor.userId,
      })
      .returning();
    await recordAudit(tx, actor, { action: 'create', entity: 'exam_incident', entityId: made.id, after: made });
    if (made.creditState === 'approved') await applyCredit(tx, made);
    return made;
  });
  return result(db, day, row);
}

/** R-EXAM-04: a proctor records an incident; credited time waits for the site head's approval. */
export async function recordIncident(db: Db, opts: Room & { data: IncidentBody }): Promise<IncidentResult> {
  const { actor, scope } = await roomOfActor(db, opts, 'proctor');
  const day = await loadRoomDay(db, scope);
  const d = opts.data;
  return writeIncident(
    db,
    actor,
    scope,
    day,
    {
      kind: d.kind,
      applicationId: d.applicationId ?? null,
      occurredAt: d.occurredAt ? new Date(d.occurredAt) : (opts.now ?? new Date()),
      description: d.description,
      handling: d.handling,
      creditMinutes: d.creditMinutes,
    },
    false,
  );
}

/**
 * The console's 延时: an incident with credit (equipment failure, power outage, other), approved at once when the
 * actor is the site head of the room's site or the centre, else waiting for the site head.
 */
export async function extendTime(db: Db, opts: Room & { data: ExtensionBody }): Promise<IncidentResult> {
  const { actor, scope } = await roomOfActor(db, opts, 'proctor');
  const day = await loadRoomDay(db, scope);
  const d = opts.data;
  const kind = d.kind === 'power_outage' && d.applicationId ? 'equipment_failure' : d.kind;
  return writeIncident(
    db,
    actor,
    scope,
    day,
    {
      kind,
      applicationId: d.applicationId ?? null,
      occurredAt: opts.now ?? new Date(),
      description: d.reason,
      handling: null,
      creditMinutes: d.minutes,
    },
    mayOf(actor, scope).approve,
  );
}

/** R-EXAM-04: the site head of the room's site (or the centre) approves or rejects a pending credit. */
export async function decideIncident(
  db: Db,
  opts: { actor: Actor | null; id: string; data: IncidentDecisionBody },
): Promise<IncidentResult> {
  if (!opts.actor) throw new AppError('UNAUTHENTICATED', '请先登录');
  const [found] = await db.select().from(examIncidents).where(eq(examIncidents.id, opts.id));
  if (!found) throw new AppError('NOT_FOUND', '突发事件记录不存在或无权查看');
  // A proctor without a duty in the room gets 404 here too; one with a duty but not the site head gets 403.
  const { actor, scope } = await roomOfActor(
    db,
    { actor: opts.actor, sittingId: found.sittingId, roomId: found.roomId },
    'approve',
  );
  const [room] = await roomsWithSites(db, [found.roomId]);
  const day = await loadRoomDay(db, { sittingId: scope.sittingId, room: room ?? scope.room });
  assertRecordOpen(day);
  const row = await db.transaction(async (tx) => {
    const [after] = await tx
      .update(examIncidents)
      .set({
        creditState: opts.data.approve ? 'approved' : 'rejected',
        decidedBy: actor.userId,
        decidedAt: new Date(),
        decisionNote: opts.data.note ?? null,
      })
      .where(and(eq(examIncidents.id, found.id), eq(examIncidents.creditState, 'pending')))
      .returning();
    if (!after) throw new AppError('CONFLICT', '该补时申请已处理或不需要批准');
    await recordAudit(tx, actor, {
      action: opts.data.approve ? 'exam.credit.approve' : 'exam.credit.reject',
      entity: 'exam_incident',
      entityId: after.id,
      before: found,
      after,
    });
    if (after.creditState === 'approved') await applyCredit(tx, after);
    return after;
  });
  return result(db, day, row);
}
