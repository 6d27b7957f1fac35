// What other modules may read of the exam day (docs/ARCHITECTURE.md, "Module boundaries"): attendance (R-EXAM-01,
// what scoring reads: absent ⇒ 0) and the violations recorded (R-VIOL-01…04, whose effects scoring applies).
// Functions of the database or the caller's transaction, no actor, returning plain objects.
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import {
  examAnswers,
  examAttempts,
  examCheckins,
  examRoomRecords,
  examSittings,
  examViolations,
} from '../../db/schema/index.js';
import type { AbsenceReason } from '../../../shared/exams.js';
import { publishedSeatsOfSitting, publishedStaffOfSitting } from '../arrangement/arrangement.reads.js';
import { sittingsByIds, sittingsOfBatches } from '../plans/plans.reads.js';
import { entryClosed } from './checkin.rules.js';
import { isSigned, sittingClocks } from './rooms.store.js';
import { readExamSettings } from './settings.store.js';

/** A candidate's attendance at one sitting. `pending`: no check-in yet and entry has not closed. */
export interface Attendance {
  applicationId: string;
  roomId: string;
  seatNo: number | null;
  status: 'present' | 'absent' | 'pending';
  reason: AbsenceReason | null;
  at: string | null;
}

/**
 * R-EXAM-01: each published seat's attendance: present, or absent with its reason; a seat without a check-in after
 * entry closed is absent `no_show`. Check-ins of applications no longer seated are included as recorded.
 */
export async function attendanceOfSitting(db: DbOrTx, sittingId: string, now = new Date()): Promise<Attendance[]> {
  const [sitting] = await sittingsByIds(db, [sittingId]);
  if (!sitting) return [];
  const [seats, checkins, clocks, settings] = await Promise.all([
    publishedSeatsOfSitting(db, sittingId),
    db.select().from(examCheckins).where(eq(examCheckins.sittingId, sittingId)),
    sittingClocks(db, [sitting]),
    readExamSettings(db),
  ]);
  const closed = entryClosed(settings, clocks.get(sittingId)!, now);
  const byApp = new Map(checkins.map((c) => [c.applicationId, c]));
  const out: Attendance[] = seats.map((s) => {
    const c = byApp.get(s.applicationId);
    byApp.delete(s.applicationId);
    if (c)
      return {
        applicationId: s.applicationId,
        roomId: s.roomId,
        seatNo: s.seatNo,
        status: c.status,
        reason: (c.reason as AbsenceReason | null) ?? null,
        at: c.at.toISOString(),
      };
    return {
      applicationId: s.applicationId,
      roomId: s.roomId,
      seatNo: s.seatNo,
      status: closed ? 'absent' : 'pending',
      reason: closed ? 'no_show' : null,
      at: null,
    };
  });
  for (const c of byApp.values())
    out.push({
      applicationId: c.applicationId,
      roomId: c.roomId,
      seatNo: null,
      status: c.status,
      reason: (c.reason as AbsenceReason | null) ?? null,
      at: c.at.toISOString(),
    });
  return out;
}

/** A violation recorded on the day, for scoring (R-VIOL-01…04: tier 1 cancels the subject … 4 also bars). */
export interface RecordedViolation {
  id: string;
  sittingId: string;
  roomId: string;
  applicationId: string;
  personId: string;
  tier: number;
  clause: string;
  occurredAt: string;
  description: string;
  evidenceFileIds: string[];
}

/** Every violation recorded in the sittings of a batch, in time order. */
export async function violationsOfBatch(db: DbOrTx, batchId: string): Promise<RecordedViolation[]> {
  const sittings = await sittingsOfBatches(db, [batchId]);
  if (!sittings.length) return [];
  const rows = await db
    .select()
    .from(examViolations)
    .where(
      inArray(
        examViolations.sittingId,
        sittings.map((s) => s.id),
      ),
    )
    .orderBy(examViolations.occurredAt);
  return rows.map((r) => ({
    id: r.id,
    sittingId: r.sittingId,
    roomId: r.roomId,
    applicationId: r.applicationId,
    personId: r.personId,
    tier: r.tier,
    clause: r.clause,
    occurredAt: r.occurredAt.toISOString(),
    description: r.description,
    evidenceFileIds: [...r.evidenceFileIds],
  }));
}

/** A computer-based attempt's score (R-SCORE-01: theory scored automatically at submission). */
export interface CbtScore {
  applicationId: string;
  submitted: boolean;
  score: number | null;
}

/** Whether a sitting is computer-based, and its attempts' scores (empty for a paper sitting). */
export async function cbtScoresOfSitting(
  db: DbOrTx,
  sittingId: string,
): Promise<{ computer: boolean; scores: CbtScore[] }> {
  const [mode] = await db
    .select({ mode: examSittings.mode })
    .from(examSittings)
    .where(eq(examSittings.sittingId, sittingId));
  if (mode?.mode !== 'computer') return { computer: false, scores: [] };
  const rows = await db
    .select({ applicationId: examAttempts.applicationId, state: examAttempts.state, score: examAttempts.score })
    .from(examAttempts)
    .where(eq(examAttempts.sittingId, sittingId));
  return {
    computer: true,
    scores: rows.map((r) => ({
      applicationId: r.applicationId,
      submitted: r.state === 'submitted',
      score: r.score === null ? null : Number(r.score),
    })),
  };
}

/** A submitted computer-based attempt's answers (the form's letters, 'T'/'F'), for the answer-pattern review. */
export interface CbtResponses {
  applicationId: string;
  paperId: string;
  score: number;
  answers: { no: number; value: string }[];
}

/** The answers of every submitted attempt of a sitting (R-SCORE-01 §5). */
export async function cbtResponsesOfSitting(db: DbOrTx, sittingId: string): Promise<CbtResponses[]> {
  const attempts = await db
    .select({
      id: examAttempts.id,
      applicationId: examAttempts.applicationId,
      paperId: examAttempts.paperId,
      score: examAttempts.score,
    })
    .from(examAttempts)
    .where(and(eq(examAttempts.sittingId, sittingId), eq(examAttempts.state, 'submitted')));
  if (!attempts.length) return [];
  const answers = await db
    .select({ attemptId: examAnswers.attemptId, no: examAnswers.itemNo, value: examAnswers.value })
    .from(examAnswers)
    .where(
      inArray(
        examAnswers.attemptId,
        attempts.map((a) => a.id),
      ),
    );
  const byAttempt = new Map<string, { no: number; value: string }[]>();
  for (const a of answers) {
    const list = byAttempt.get(a.attemptId) ?? [];
    list.push({ no: a.no, value: a.value });
    byAttempt.set(a.attemptId, list);
  }
  return attempts.map((a) => ({
    applicationId: a.applicationId,
    paperId: a.paperId,
    score: a.score === null ? 0 : Number(a.score),
    answers: byAttempt.get(a.id) ?? [],
  }));
}

/** Every violation recorded against the persons of `personIds`, latest first (the candidate is told, R-VIOL). */
export async function violationsOfPersons(db: DbOrTx, personIds: readonly string[]): Promise<RecordedViolation[]> {
  if (!personIds.length) return [];
  const rows = await db
    .select()
    .from(examViolations)
    .where(inArray(examViolations.personId, [...personIds]))
    .orderBy(desc(examViolations.occurredAt));
  return rows.map((r) => ({
    id: r.id,
    sittingId: r.sittingId,
    roomId: r.roomId,
    applicationId: r.applicationId,
    personId: r.personId,
    tier: r.tier,
    clause: r.clause,
    occurredAt: r.occurredAt.toISOString(),
    description: r.description,
    evidenceFileIds: [...r.evidenceFileIds],
  }));
}

/** The violations of `ids` (unknown ids are left out): what a complaint appealing one names (R-CMP-01, R-VIOL). */
export async function violationsByIds(
  db: DbOrTx,
  ids: readonly string[],
): Promise<{ id: string; personId: string; tier: number; clause: string; occurredAt: string }[]> {
  if (!ids.length) return [];
  const rows = await db
    .select()
    .from(examViolations)
    .where(inArray(examViolations.id, [...ids]));
  return rows.map((r) => ({
    id: r.id,
    personId: r.personId,
    tier: r.tier,
    clause: r.clause,
    occurredAt: r.occurredAt.toISOString(),
  }));
}

/**
 * The rooms of a sitting's published arrangement and whether each room record is signed by all its proctors
 * (R-EXAM-04, as the room page shows it), for a batch's archive (R-ARC-01).
 */
export async function roomRecordStates(
  db: DbOrTx,
  sittingId: string,
): Promise<{ sittingId: string; roomId: string; signed: boolean }[]> {
  const [seats, staff, records] = await Promise.all([
    publishedSeatsOfSitting(db, sittingId),
    publishedStaffOfSitting(db, sittingId),
    db.select().from(examRoomRecords).where(eq(examRoomRecords.sittingId, sittingId)),
  ]);
  const roomIds = [...new Set(seats.map((s) => s.roomId))];
  return roomIds.map((roomId) => ({
    sittingId,
    roomId,
    signed: isSigned(
      records.find((r) => r.roomId === roomId) ?? null,
      staff.filter((d) => d.duty === 'proctor' && d.roomId === roomId).map((d) => d.personId),
    ),
  }));
}
