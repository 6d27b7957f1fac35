// R-EXAM-01: check-in per room by the proctors on a phone or tablet (scan the ticket QR or type the ticket number,
// the photo shown to compare, the time recorded). Attendance is what scoring reads (exams.reads.ts).
import fs from 'node:fs';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Config } from '../../config.js';
import { examAttempts, examCheckins, files, users } from '../../db/schema/index.js';
import type { Actor } from '../../http/access.js';
import { AppError, notFound } from '../../http/errors.js';
import { absenceReasonNames, type AbsenceReason } from '../../../shared/exams.js';
import type {
  AbsenceBody,
  CheckinBody,
  CheckinListResponse,
  CheckinResult,
  CheckinRow,
} from '../../../shared/exams-day.js';
import { recordAudit } from '../audit/audit.service.js';
import type { FileStore } from '../files/files.service.js';
import { publishedSeatsOfSitting, roomsWithSites } from '../arrangement/arrangement.reads.js';
import { parseTicketVerifyUrl, verifyTicketSignature } from '../arrangement/documents/qr.js';
import { ticketQrKey } from '../arrangement/documents/documents.service.js';
import { conflictedCandidates } from '../people/people.reads.js';
import { chinaClock, judgeEntry } from './checkin.rules.js';
import type { RoomScope } from './exams.access.js';
import {
  assertNoConflict,
  assertRecordOpen,
  candidateOfRoom,
  candidatesOfSeats,
  loadRoomDay,
  roomItemOf,
  roomOfActor,
  type RoomDay,
  type SeatedCandidate,
} from './rooms.store.js';

type Room = { actor: Actor | null; sittingId: string; roomId: string; now?: Date };
type CheckinRowDb = typeof examCheckins.$inferSelect;

const photoUrl = (sittingId: string, roomId: string, c: SeatedCandidate) =>
  c.photoFileId ? `/api/v1/exams/rooms/${sittingId}/${roomId}/photos/${c.applicationId}` : null;

async function userNames(db: Db, ids: (string | null)[]) {
  const wanted = [...new Set(ids.filter((i): i is string => !!i))];
  const rows = wanted.length
    ? await db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, wanted))
    : [];
  return new Map(rows.map((r) => [r.id, r.name]));
}

function presentRow(
  day: Pick<RoomDay, 'sitting'> & { roomId: string },
  c: SeatedCandidate,
  row: CheckinRowDb | undefined,
  extra: { byName: string | null; conflict: boolean; attemptState: CheckinRow['attemptState'] },
): CheckinRow {
  return {
    applicationId: c.applicationId,
    personId: c.personId,
    seatNo: c.seatNo,
    name: c.name,
    idMasked: c.idMasked,
    photoUrl: photoUrl(day.sitting.id, day.roomId, c),
    ticketNumber: c.ticketNumber,
    status: row?.status ?? null,
    reason: (row?.reason as AbsenceReason | null) ?? null,
    method: row?.method ?? null,
    ticketChecked: row?.ticketChecked ?? false,
    idChecked: row?.idChecked ?? false,
    at: row?.at.toISOString() ?? null,
    byName: extra.byName,
    conflict: extra.conflict,
    attemptState: extra.attemptState,
  };
}

async function rowsOfRoom(db: Db, scope: RoomScope, day: RoomDay, only?: string): Promise<CheckinRow[]> {
  const seats = only ? day.seats.filter((s) => s.applicationId === only) : day.seats;
  const candidates = await candidatesOfSeats(db, seats);
  const appIds = candidates.map((c) => c.applicationId);
  const [checkins, attempts, conflicts] = await Promise.all([
    appIds.length
      ? db
          .select()
          .from(examCheckins)
          .where(and(eq(examCheckins.sittingId, scope.sittingId), inArray(examCheckins.applicationId, appIds)))
      : [],
    appIds.length
      ? db
          .select({ applicationId: examAttempts.applicationId, state: examAttempts.state })
          .from(examAttempts)
          .where(and(eq(examAttempts.sittingId, scope.sittingId), inArray(examAttempts.applicationId, appIds)))
      : [],
    scope.centre
      ? new Set<string>()
      : conflictedCandidates(
          db,
          scope.personIds,
          candidates.map((c) => c.personId),
        ),
  ]);
  const byApp = new Map(checkins.map((r) => [r.applicationId, r]));
  const stateOf = new Map(attempts.map((a) => [a.applicationId, a.state]));
  const names = await userNames(
    db,
    checkins.map((r) => r.byUserId),
  );
  return candidates.map((c) => {
    const row = byApp.get(c.applicationId);
    return presentRow({ sitting: day.sitting, roomId: scope.room.id }, c, row, {
      byName: row?.byUserId ? (names.get(row.byUserId) ?? null) : null,
      conflict: conflicts.has(c.personId),
      attemptState: stateOf.get(c.applicationId) ?? null,
    });
  });
}

/** The room's list: every seat with its check-in (R-EXAM-01). */
export async function listCheckins(db: Db, opts: Room): Promise<CheckinListResponse> {
  const { actor, scope } = await roomOfActor(db, opts, 'read');
  const now = opts.now ?? new Date();
  const day = await loadRoomDay(db, scope);
  return {
    room: await roomItemOf(db, actor, scope, day, now),
    serverNow: now.toISOString(),
    items: await rowsOfRoom(db, scope, day),
  };
}

/** The ticket number a typed code or a scanned QR (its verify URL) names; a forged QR is refused. */
function ticketOf(code: string, config: Config): { ticketNumber: string; scanned: boolean } {
  const qr = code.includes('?') || code.includes('n=') ? parseTicketVerifyUrl(code) : null;
  if (!qr) {
    if (code.includes('://'))
      throw new AppError('VALIDATION', '准考证号：二维码不是本中心的准考证', [
        { field: 'code', message: '二维码不是本中心的准考证' },
      ]);
    return { ticketNumber: code, scanned: false };
  }
  if (!verifyTicketSignature(ticketQrKey(config), qr.ticketNumber, qr.signature))
    throw new AppError('VALIDATION', '准考证号：二维码校验失败，准考证可能伪造或被改动，请核对证件', [
      { field: 'code', message: '二维码校验失败' },
    ]);
  return { ticketNumber: qr.ticketNumber, scanned: true };
}

const statusText = (row: CheckinRowDb) =>
  row.status === 'present'
    ? `已于 ${chinaClock(row.at)} 入场`
    : `已于 ${chinaClock(row.at)} 登记为缺考（${absenceReasonNames[row.reason as AbsenceReason] ?? row.reason}）`;

/**
 * R-EXAM-01: a check-in by ticket number or QR. Before the window opens: 409 naming the time; after it closes: the
 * candidate is recorded absent (late); without both documents: absent (documents); a candidate of another room: 409
 * naming its room and seat; already present: 200 saying when. An earlier absence is replaced by a later valid entry
 * (a candidate who fetched a police ID certificate within the window, 突发事件处理办法 一).
 */
export async function checkIn(db: Db, opts: Room & { data: CheckinBody; config: Config }): Promise<CheckinResult> {
  const { actor, scope } = await roomOfActor(db, opts, 'proctor');
  const now = opts.now ?? new Date();
  const { ticketNumber, scanned } = ticketOf(opts.data.code, opts.config);
  const day = await loadRoomDay(db, scope);
  const seat = day.seats.find((s) => s.ticketNumber === ticketNumber);
  if (!seat) {
    const elsewhere = (await publishedSeatsOfSitting(db, scope.sittingId)).find((s) => s.ticketNumber === ticketNumber);
    if (!elsewhere)
      throw new AppError('CONFLICT', `准考证号 ${ticketNumber} 不是本场次的考生，请核对准考证上的场次和考场`);
    const [room] = await roomsWithSites(db, [elsewhere.roomId]);
    throw new AppError(
      'CONFLICT',
      `该考生不在本考场：请到 ${room ? `${room.siteName} ${room.name}` : '其他考场'} 第 ${elsewhere.seatNo} 号座位`,
    );
  }
  const candidate = await candidateOfRoom(db, day, seat.applicationId);
  await assertNoConflict(db, scope, candidate.personId);
  assertRecordOpen(day);
  const decision = judgeEntry(day.settings, { ...day.clock, openedAt: day.session?.openedAt }, now, opts.data);
  if (decision.kind === 'too_early')
    throw new AppError('CONFLICT', `尚未到入场时间：${chinaClock(decision.opensAt)} 起可以入场`);
  const method = scanned ? 'scan' : opts.data.method === 'scan' ? 'typed' : opts.data.method;
  const status = decision.kind === 'present' ? 'present' : 'absent';
  const reason = decision.kind === 'absent' ? decision.reason : null;

  const outcome = await db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(examCheckins)
      .where(and(eq(examCheckins.sittingId, scope.sittingId), eq(examCheckins.applicationId, candidate.applicationId)))
      .for('update');
    if (before && (before.status === 'present' || status === 'absent'))
      return { kind: 'already' as const, row: before };
    const values = {
      sittingId: scope.sittingId,
      roomId: scope.room.id,
      applicationId: candidate.applicationId,
      personId: candidate.personId,
      status,
      reason,
      method,
      ticketChecked: opts.data.ticketChecked,
      idChecked: opts.data.idChecked,
      at: now,
      byUserId: actor.userId,
    } as const;
    const [row] = before
      ? await tx.update(examCheckins).set(values).where(eq(examCheckins.id, before.id)).returning()
      : await tx.insert(examCheckins).values(values).onConflictDoNothing().returning();
    if (!row) {
      // Another proctor's check-in of the same candidate won the race: report theirs.
      const [theirs] = await tx
        .select()
        .from(examCheckins)
        .where(
          and(eq(examCheckins.sittingId, scope.sittingId), eq(examCheckins.applicationId, candidate.applicationId)),
        );
      return { kind: 'already' as const, row: theirs };
    }
    await recordAudit(tx, actor, {
      action: 'exam.checkin',
      entity: 'exam_checkin',
      entityId: row.id,
      before: before ?? undefined,
      after: row,
    });
    return { kind: status as 'present' | 'absent', row };
  });
  const [present] = await rowsOfRoom(db, scope, day, candidate.applicationId);
  const who = `${candidate.seatNo} 号 ${candidate.name}`;
  const message =
    outcome.kind === 'already'
      ? `${who}${statusText(outcome.row)}`
      : outcome.kind === 'present'
        ? `${who} 核验通过，已入场`
        : reason === 'late'
          ? `${who} 迟到超过入场截止时间（开考后 ${day.settings.entryCloseAfterMinutes} 分钟），不得入场，已登记为缺考`
          : `${who} 准考证、身份证未全部核验，不得入场，已登记为缺考`;
  return { outcome: outcome.kind, message, row: present };
}

/** R-EXAM-01: a proctor marks a candidate absent by hand (no show, documents, identity). */
export async function markAbsent(db: Db, opts: Room & { data: AbsenceBody }): Promise<CheckinResult> {
  const { actor, scope } = await roomOfActor(db, opts, 'proctor');
  const now = opts.now ?? new Date();
  const day = await loadRoomDay(db, scope);
  const candidate = await candidateOfRoom(db, day, opts.data.applicationId);
  await assertNoConflict(db, scope, candidate.personId);
  assertRecordOpen(day);
  await db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(examCheckins)
      .where(and(eq(examCheckins.sittingId, scope.sittingId), eq(examCheckins.applicationId, candidate.applicationId)))
      .for('update');
    const values = {
      status: 'absent' as const,
      reason: opts.data.reason,
      method: 'list' as const,
      at: now,
      byUserId: actor.userId,
      note: opts.data.note ?? null,
    };
    const [row] = before
      ? await tx.update(examCheckins).set(values).where(eq(examCheckins.id, before.id)).returning()
      : await tx
          .insert(examCheckins)
          .values({
            ...values,
            sittingId: scope.sittingId,
            roomId: scope.room.id,
            applicationId: candidate.applicationId,
            personId: candidate.personId,
          })
          .returning();
    await recordAudit(tx, actor, {
      action: 'exam.absent',
      entity: 'exam_checkin',
      entityId: row.id,
      before: before ?? undefined,
      after: row,
    });
  });
  const [row] = await rowsOfRoom(db, scope, day, candidate.applicationId);
  return {
    outcome: 'absent',
    message: `${candidate.seatNo} 号 ${candidate.name} 已登记为缺考（${absenceReasonNames[opts.data.reason]}）`,
    row,
  };
}

/** The candidate's photo for the proctor to compare (staff of the room only; the file stays sealed at rest). */
export async function candidatePhoto(
  db: Db,
  store: FileStore,
  opts: Room & { applicationId: string },
): Promise<{ bytes: Buffer; mime: string }> {
  const { scope } = await roomOfActor(db, opts, 'read');
  const day = await loadRoomDay(db, scope);
  const seat = day.seats.find((s) => s.applicationId === opts.applicationId);
  const [c] = seat ? await candidatesOfSeats(db, [seat]) : [];
  if (!c?.photoFileId) throw notFound('照片');
  const [file] = await db.select().from(files).where(eq(files.id, c.photoFileId));
  if (!file || !fs.existsSync(store.pathOf(file.sha256))) throw notFound('照片');
  return { bytes: await store.read(file), mime: file.mime };
}
