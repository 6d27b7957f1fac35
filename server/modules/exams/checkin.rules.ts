// R-EXAM-01 as pure rules: the entry window of a room, what a check-in at a given moment records, and whether a
// candidate may finish before the end. No database here; the services pass the settings, the times and `now`.
import type { ExamSettings } from '../../../shared/exams.js';

/** A sitting's start and end as instants, and the room's 开考 when the proctors opened it. */
export interface SittingTimes {
  startsAt: Date;
  endsAt: Date;
  /** The room's 开考 (`exam_room_sessions.opened_at`), when given. */
  openedAt?: Date | null;
}

const MINUTE = 60_000;

/** `HH:MM` of an instant in China time (UTC+8), for messages. */
export const chinaClock = (at: Date) => new Date(at.getTime() + 8 * 3600_000).toISOString().slice(11, 16);

/**
 * R-EXAM-01: candidates enter from `entryBeforeMinutes` before the start (or from the room's 开考 when the proctors
 * opened it earlier) until `entryCloseAfterMinutes` after the start; later is absent.
 */
export function entryWindow(settings: ExamSettings, t: SittingTimes): { opensAt: Date; closesAt: Date } {
  const byMinutes = new Date(t.startsAt.getTime() - settings.entryBeforeMinutes * MINUTE);
  const opensAt = t.openedAt && t.openedAt < byMinutes ? t.openedAt : byMinutes;
  return { opensAt, closesAt: new Date(t.startsAt.getTime() + settings.entryCloseAfterMinutes * MINUTE) };
}

export type EntryDecision =
  { kind: 'too_early'; opensAt: Date } | { kind: 'absent'; reason: 'late' | 'documents' } | { kind: 'present' };

/**
 * R-EXAM-01: what a check-in at `now` records. Before the window opens nothing is recorded (the proctor is told
 * when it opens); after it closes the candidate is absent for lateness; without both the ticket and the ID card
 * (both checked by the proctor) the candidate is absent for documents; otherwise present.
 */
export function judgeEntry(
  settings: ExamSettings,
  t: SittingTimes,
  now: Date,
  docs: { ticketChecked: boolean; idChecked: boolean },
): EntryDecision {
  const w = entryWindow(settings, t);
  if (now < w.opensAt) return { kind: 'too_early', opensAt: w.opensAt };
  if (now > w.closesAt) return { kind: 'absent', reason: 'late' };
  if (!docs.ticketChecked || !docs.idChecked) return { kind: 'absent', reason: 'documents' };
  return { kind: 'present' };
}

/** R-EXAM-01: after the window closes, a seat without a check-in is absent (no_show). */
export const entryClosed = (settings: ExamSettings, t: SittingTimes, now: Date) =>
  now > entryWindow(settings, t).closesAt;

/**
 * R-EXAM-01: nobody finishes before the end (the handbook's 考场规则); a centre may allow finishing from
 * `earlyFinishAfterMinutes` after the start. `endsAt` is the sitting's (or the attempt's) end.
 */
export function mayFinish(settings: ExamSettings, t: { startsAt: Date; endsAt: Date }, now: Date): boolean {
  if (now >= t.endsAt) return true;
  return (
    settings.earlyFinishAllowed && now.getTime() >= t.startsAt.getTime() + settings.earlyFinishAfterMinutes * MINUTE
  );
}

/** R-EXAM-01: the earliest moment a candidate may finish (null: only at the end). */
export function earlyFinishAt(settings: ExamSettings, t: { startsAt: Date }): Date | null {
  return settings.earlyFinishAllowed
    ? new Date(t.startsAt.getTime() + settings.earlyFinishAfterMinutes * MINUTE)
    : null;
}
