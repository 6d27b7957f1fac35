// What every part of scoring reads: the settings, and one sitting's scores as they count now — the entries
// recorded (entered, imported, resolved from the marks, corrected), else 缺考 by the exam day's attendance, else the
// computer-based exam's score (R-SCORE-01) — with the candidates, their seats and the violations of the sitting.
import { and, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { scoreEntries, scoreSheets, scoringSettings, violationRulings } from '../../db/schema/index.js';
import { AppError } from '../../http/errors.js';
import {
  defaultScoringSettings,
  scoringSettings as settingsSchema,
  type ScorePart,
  type ScoringSettings,
} from '../../../shared/scoring.js';
import { violationClauseByCode } from '../../../shared/exams.js';
import { publishedSeatsOfSitting, roomsWithSites } from '../arrangement/arrangement.reads.js';
import { attendanceOfSitting, cbtScoresOfSitting, violationsOfBatch } from '../exams/exams.reads.js';
import { personsByIds } from '../people/people.reads.js';
import { batchesForRegistration, sittingsByIds, type SittingRecord } from '../plans/plans.reads.js';
import { applicationsByIds, approvedCandidatesOfBatches } from '../registration/registration.reads.js';

export async function readScoringSettings(db: DbOrTx): Promise<ScoringSettings> {
  const [row] = await db.select().from(scoringSettings).where(eq(scoringSettings.id, 1));
  const parsed = settingsSchema.safeParse({ ...defaultScoringSettings, ...(row?.settings ?? {}) });
  return parsed.success ? parsed.data : defaultScoringSettings;
}

export type SheetRowState = typeof scoreSheets.$inferSelect;

/** The sheet row of a sitting, or an empty one (nothing is written on a read). */
export async function sheetOf(db: DbOrTx, sittingId: string): Promise<SheetRowState> {
  const [row] = await db.select().from(scoreSheets).where(eq(scoreSheets.sittingId, sittingId));
  return (
    row ?? {
      sittingId,
      paperId: null,
      windowOpensAt: null,
      windowClosesAt: null,
      signatures: [],
      signedAt: null,
      updatedAt: new Date(0),
    }
  );
}

/**
 * Locks the sitting's sheet row for the caller's transaction (made when absent): one change of a sitting's scores,
 * marks or signatures at a time, decided on what is committed.
 */
export async function lockSheet(tx: DbOrTx, sittingId: string) {
  if (!(await sittingsByIds(tx, [sittingId])).length) throw notFoundSitting();
  await tx.insert(scoreSheets).values({ sittingId }).onConflictDoNothing();
  await tx.select().from(scoreSheets).where(eq(scoreSheets.sittingId, sittingId)).for('update');
}

export interface CandidateScore {
  applicationId: string;
  personId: string;
  level: number;
  name: string;
  idMasked: string;
  ticketNumber: string | null;
  roomId: string | null;
  roomName: string | null;
  seatNo: number | null;
  attendance: 'present' | 'absent' | 'pending' | 'none';
  /** What counts now (null score and not absent: nothing yet). */
  absent: boolean;
  score: number | null;
  source: string | null;
  /** Recorded in score_entries (not derived from attendance or the computer-based exam). */
  stored: boolean;
  /** R-SCORE-05: passed on the registration's evidence (1+X certificate, contest rank) without a score. */
  exempt: boolean;
  violations: { id: string; tier: number; clause: string; clauseName: string; overturned: boolean }[];
}

export interface SittingScores {
  sitting: SittingRecord;
  part: ScorePart;
  batch: { id: string; title: string; occupationId: string; state: string; method: string };
  sheet: SheetRowState;
  computer: boolean;
  candidates: CandidateScore[];
}

export const notFoundSitting = () => new AppError('NOT_FOUND', '未找到该考核场次');

/** One sitting's scores as they count now, candidates in room and seat order. */
export async function loadSittingScores(db: DbOrTx, sittingId: string, now = new Date()): Promise<SittingScores> {
  const [sitting] = await sittingsByIds(db, [sittingId]);
  if (!sitting) throw notFoundSitting();
  const [[batch], seats, sheet, entries, cbt, attendance, violations] = await Promise.all([
    batchesForRegistration(db, [sitting.batchId]),
    publishedSeatsOfSitting(db, sittingId),
    sheetOf(db, sittingId),
    db.select().from(scoreEntries).where(eq(scoreEntries.sittingId, sittingId)),
    cbtScoresOfSitting(db, sittingId),
    attendanceOfSitting(db, sittingId, now),
    violationsOfBatch(db, sitting.batchId),
  ]);
  const mine = violations.filter((v) => v.sittingId === sittingId);
  const rulings = mine.length
    ? await db
        .select()
        .from(violationRulings)
        .where(
          inArray(
            violationRulings.violationId,
            mine.map((v) => v.id),
          ),
        )
    : [];
  const overturned = new Set(rulings.filter((r) => r.state === 'overturned').map((r) => r.violationId));
  // Candidates: the published seats, and anyone with an entry (e.g. seated once, then moved); R-SCORE-05: a batch
  // judged on evidence (direct, process, contest) may have no seats: its approved candidates.
  // R-SCORE-02: the comprehensive review (综合评审/答辩) judges every approved candidate of levels 1–2, seated or not.
  const evidence =
    batch && batch.method !== 'exam'
      ? await approvedCandidatesOfBatches(db, [batch.id])
      : sitting.kind === 'review'
        ? (await approvedCandidatesOfBatches(db, [sitting.batchId])).filter((a) => a.level <= 2)
        : [];
  const appIds = [
    ...new Set([
      ...seats.map((s) => s.applicationId),
      ...evidence.map((a) => a.id),
      ...entries.map((e) => e.applicationId),
    ]),
  ];
  const apps = await applicationsByIds(db, appIds);
  const [people, rooms] = await Promise.all([
    personsByIds(
      db,
      apps.map((a) => a.personId),
    ),
    roomsWithSites(db, [...new Set(seats.map((s) => s.roomId))]),
  ]);
  const appOf = new Map(apps.map((a) => [a.id, a]));
  const personOf = new Map(people.map((p) => [p.id, p]));
  const roomOf = new Map(rooms.map((r) => [r.id, r]));
  const seatOf = new Map(seats.map((s) => [s.applicationId, s]));
  const entryOf = new Map(entries.map((e) => [e.applicationId, e]));
  const cbtOf = new Map(cbt.scores.map((c) => [c.applicationId, c]));
  const attOf = new Map(attendance.map((a) => [a.applicationId, a]));
  const candidates: CandidateScore[] = [];
  for (const id of appIds) {
    const app = appOf.get(id);
    if (!app) continue;
    const p = personOf.get(app.personId);
    const seat = seatOf.get(id);
    const e = entryOf.get(id);
    const att = attOf.get(id);
    const c = cbtOf.get(id);
    let absent = false;
    let score: number | null = null;
    let source: string | null = null;
    if (e) {
      absent = e.absent === 'yes';
      score = absent ? null : e.score;
      source = e.source;
    } else if (att?.status === 'absent') {
      // R-SCORE-01: absent ⇒ 0 (the exam day's attendance).
      absent = true;
      source = 'attendance';
    } else if (c?.submitted && c.score !== null) {
      // R-SCORE-01: the computer-based exam scores itself.
      score = c.score;
      source = 'cbt';
    }
    candidates.push({
      applicationId: id,
      personId: app.personId,
      level: app.level,
      name: p?.name ?? '',
      idMasked: p?.idMasked ?? '',
      ticketNumber: seat?.ticketNumber ?? null,
      roomId: seat?.roomId ?? null,
      roomName: seat ? (roomOf.get(seat.roomId)?.name ?? null) : null,
      seatNo: seat?.seatNo ?? null,
      attendance: att?.status ?? 'none',
      absent,
      score,
      source,
      stored: !!e,
      exempt: !!e && e.source === 'evidence' && e.absent === 'no' && e.score === null,
      violations: mine
        .filter((v) => v.applicationId === id)
        .map((v) => ({
          id: v.id,
          tier: v.tier,
          clause: v.clause,
          clauseName: violationClauseByCode.get(v.clause)?.name ?? v.clause,
          overturned: overturned.has(v.id),
        })),
    });
  }
  const rank = (c: CandidateScore) => `${c.roomName ?? '~'}\u0000${String(c.seatNo ?? 9999).padStart(4, '0')}`;
  candidates.sort((a, b) => rank(a).localeCompare(rank(b), 'zh') || a.name.localeCompare(b.name, 'zh'));
  return {
    sitting,
    part: sitting.kind,
    batch: {
      id: batch?.id ?? sitting.batchId,
      title: batch?.title ?? '',
      occupationId: batch?.occupationId ?? '',
      state: batch?.state ?? '',
      method: batch?.method ?? 'exam',
    },
    sheet,
    computer: cbt.computer,
    candidates,
  };
}

/** Entries of `applicationIds` in sittings of `sittingIds` as stored (for results across batches). */
export async function storedEntries(db: DbOrTx, sittingIds: readonly string[], applicationIds: readonly string[]) {
  if (!sittingIds.length || !applicationIds.length) return [];
  return db
    .select()
    .from(scoreEntries)
    .where(
      and(inArray(scoreEntries.sittingId, [...sittingIds]), inArray(scoreEntries.applicationId, [...applicationIds])),
    );
}

/** The default marking window: from the sitting's start to `markingHours` after its end (China time). */
export function defaultWindow(s: SittingScores['sitting'], hours: number) {
  const opens = new Date(`${s.day}T${s.startsAt}:00+08:00`);
  const closes = new Date(new Date(`${s.day}T${s.endsAt}:00+08:00`).getTime() + hours * 3600_000);
  return { opens, closes };
}

/** The marking window of a sitting: as the centre set it, else the default. */
export async function windowOf(db: DbOrTx, ss: SittingScores) {
  // Either end the centre did not set is the default one.
  const settings = await readScoringSettings(db);
  const d = defaultWindow(ss.sitting, settings.markingHours);
  return { opens: ss.sheet.windowOpensAt ?? d.opens, closes: ss.sheet.windowClosesAt ?? d.closes };
}
