/**
 * The automatic exam arrangement (考场编排, R-ARR-01…09) as plain data: what the solver reads and what it returns.
 * No database types here — a service loads these from the plans, registration and people modules.
 *
 * Times: `day` is YYYY-MM-DD, `start`/`end` are minutes after midnight, intervals are half-open [start, end),
 * so a sitting ending at 10:00 and one starting at 10:00 do not overlap.
 *
 * Examiner facts are a mix, chosen so that each rule is applied in exactly one place:
 * - R-PPL-04 (qualification: skill level or title, 48 training hours, which occupations) is the people module's
 *   business and is applied BEFORE this input is built: `occupationCodes` lists only occupations the examiner is
 *   appointed and qualified for (people.reads.ts `eligibleExaminers` / `examinerQualificationProblems`).
 * - R-PPL-05 (grade ↔ level), the certificate's validity on the exam day and dismissal (R-ARR-05) depend on the
 *   sitting, so they arrive as raw facts (`grade`, `certificateValidUntil`, `dismissed`) and are applied here.
 */

export type SittingKind = 'theory' | 'skill';
export type RoomKind = 'theory' | 'computer' | 'skill';
export type StaffDuty = 'proctor' | 'site_head' | 'supervisor' | 'exam_staff' | 'examiner';
export type ArrangementRuleId =
  | 'R-ARR-01'
  | 'R-ARR-02'
  | 'R-ARR-03'
  | 'R-ARR-04'
  | 'R-ARR-05'
  | 'R-ARR-06'
  | 'R-ARR-07'
  | 'R-ARR-08'
  | 'R-ARR-09'
  | 'R-EQ-03';

export interface TimeInterval {
  day: string;
  start: number;
  end: number;
}

export interface ArrangementCandidate {
  /** The application (or ticket) id: what gets a seat. */
  id: string;
  /** The person, for conflicts (R-PPL-08). */
  personId: string;
  collegeId: string;
}

/** One sitting (场次) of one batch: one occupation, its levels, at its site (and, when that is too small, more). */
export interface ArrangementSitting extends TimeInterval {
  id: string;
  batchId: string;
  siteId: string;
  /**
   * Further sites, in order, whose rooms the sitting may use once its own site's do not suffice (a theory exam
   * larger than one building). Each site the sitting uses gets its own site staff (R-ARR-03).
   */
  extraSiteIds?: string[];
  kind: SittingKind;
  /** The room kind needed; default theory → 'theory' (paper), skill → 'skill'. A computer-based theory exam says 'computer'. */
  roomKind?: RoomKind;
  /** Equipment every room of this sitting must hold (skill rooms, R-ARR-01 "by the standard's requirements"). */
  equipment?: string[];
  /**
   * R-EQ-03: rooms this sitting may not use, with the Chinese reason (a measuring instrument of its occupation in
   * the room is past its calibration date on the sitting's day; decided by the equipment module's ledger).
   */
  excludedRooms?: { roomId: string; reason: string }[];
  occupationCode: string;
  occupationName: string;
  /** The batch's levels (1 = 高级技师 … 5 = 初级工); examiners must be allowed every one (R-PPL-05). */
  levels: number[];
  /** Exam modules (考试模块), each needing ≥1 examiner who can examine it (R-ARR-04). */
  modules: string[];
  candidates: ArrangementCandidate[];
}

export interface ArrangementSite {
  id: string;
  name: string;
}

export interface ArrangementRoom {
  id: string;
  siteId: string;
  name?: string;
  kind: RoomKind;
  /** Seats or stations; a theory room without one has `settings.seatsPerRoom`. */
  capacity?: number;
  equipment?: string[];
  unavailable?: TimeInterval[];
}

export interface ExaminerFacts {
  grade: 'standard' | 'senior';
  /** Occupation codes the examiner is appointed and qualified for (R-PPL-04 already applied, H Q&A 3). */
  occupationCodes: string[];
  /** Exam modules the examiner can examine. */
  modules: string[];
  certificateIssuedOn?: string | null;
  certificateValidUntil: string;
  dismissed: boolean;
  /** First year of examining, for the group leader's ≥1 year (H 工作规则 §9(二)); null = unknown, not a leader. */
  firstExaminingYear: number | null;
}

export interface SupervisorFacts {
  certificateValidUntil: string;
  disqualified: boolean;
}

/** One person on the centre's staff with every duty it may take. */
export interface ArrangementStaff {
  id: string;
  personId: string;
  name: string;
  duties: StaffDuty[];
  examiner?: ExaminerFacts;
  /** Checked on the day when given (R-PPL-06); without it the `supervisor` duty alone is taken as valid. */
  supervisor?: SupervisorFacts;
  /** Workload history: duties in the recent period, and the last day served (soft: prefer the rested). */
  recentDuties?: number;
  lastServedOn?: string | null;
}

/**
 * R-PPL-08 / R-ARR-08: the staff person takes no duty at all — proctor, examiner, site head, supervisor, exam staff —
 * in a sitting (or a site time slot) where this candidate person sits.
 */
export interface ArrangementConflict {
  staffPersonId: string;
  candidatePersonId: string;
  relation?: 'relative' | 'teacher' | 'other';
}

/**
 * R-ARR-06 history. One arrangement run is one certification round ("次") at the centre.
 * `previousGroups`: the examiner group (staff ids) of the previous batch of each occupation.
 * `consecutiveRounds`: per examiner (staff id), how many rounds in a row up to now it examined at this centre.
 */
export interface ArrangementHistory {
  previousGroups: { occupationCode: string; examinerIds: string[] }[];
  consecutiveRounds: Record<string, number>;
}

export interface ArrangementSettings {
  /** R-ARR-01: a standard theory room seats 30 (also the default capacity of a theory room). */
  seatsPerRoom: number;
  /** R-ARR-02: proctors per room. */
  proctorsPerRoom: number;
  /** R-ARR-03: per site and time slot. */
  siteHeadsPerSite: number;
  supervisorsPerSite: number;
  examStaffPerSite: number;
  /** R-ARR-04: examiners per occupation group, and the leader's years of examining. */
  minExaminers: number;
  leaderMinYears: number;
  /** R-ARR-06: at most this many rounds in a row; at least this share of a group new. */
  maxConsecutive: number;
  minChangedShare: { numerator: number; denominator: number };
}

export const defaultArrangementSettings: ArrangementSettings = {
  seatsPerRoom: 30,
  proctorsPerRoom: 2,
  siteHeadsPerSite: 1,
  supervisorsPerSite: 3,
  examStaffPerSite: 2,
  minExaminers: 3,
  leaderMinYears: 1,
  maxConsecutive: 3,
  minChangedShare: { numerator: 1, denominator: 3 },
};

export interface ArrangementInput {
  /** The seed of every random choice (tie-breaks, the proctor lot): same input + seed ⇒ same result. */
  seed: string;
  sites?: ArrangementSite[];
  sittings: ArrangementSitting[];
  rooms: ArrangementRoom[];
  staff: ArrangementStaff[];
  conflicts: ArrangementConflict[];
  history: ArrangementHistory;
  settings?: Partial<ArrangementSettings>;
}

// ---------------------------------------------------------------- output

export interface SeatAssignment {
  sittingId: string;
  candidateId: string;
  roomId: string;
  /** 1-based seat (or station) number in the room. */
  seat: number;
}

/** One room used by one sitting, with its proctors (R-ARR-02). */
export interface RoomSitting {
  sittingId: string;
  roomId: string;
  candidateCount: number;
  proctorIds: string[];
}

/**
 * R-ARR-02 "考前抽签确定监考场次": the proctors of a sitting are drawn in `order`, the first `proctorsPerRoom` go to
 * the first room (rooms by id), and so on. The draw is a Fisher–Yates shuffle of the proctors' ids (sorted) with
 * mulberry32 seeded by FNV-1a of `seed` — anyone can redo it.
 */
export interface ProctorLot {
  sittingId: string;
  seed: string;
  draws: { order: number; staffId: string; roomId: string }[];
}

/** R-ARR-03: one site during one time slot (the span of its overlapping sittings). */
export interface SiteSlot extends TimeInterval {
  siteId: string;
  sittingIds: string[];
  siteHeadIds: string[];
  supervisorIds: string[];
  examStaffIds: string[];
}

/** R-ARR-04: the examiner group of one sitting. */
export interface ExaminerGroup {
  sittingId: string;
  occupationCode: string;
  examinerIds: string[];
  leaderId: string | null;
  /** Which members cover each module of the sitting. */
  modules: { module: string; examinerIds: string[] }[];
  /** R-ARR-06: members not in the previous group of the occupation, and how many were required. */
  changedIds: string[];
  changedRequired: number;
}

/** A hard rule the solver could not meet: where, why, and what would fix it (Chinese, shown to the centre). */
export interface UnmetRule {
  rule: ArrangementRuleId;
  sittingId: string;
  message: string;
  fix: string;
}

export interface WorkloadStats {
  perStaff: { staffId: string; duties: number }[];
  min: number;
  max: number;
  average: number;
  /** Staff whose duty count is within ±1 of the average. */
  withinOne: number;
  withinOneShare: number;
}

export interface ArrangementResult {
  seed: string;
  seats: SeatAssignment[];
  rooms: RoomSitting[];
  lots: ProctorLot[];
  siteSlots: SiteSlot[];
  examinerGroups: ExaminerGroup[];
  unmet: UnmetRule[];
  workload: WorkloadStats;
  /** Rooms used (room-sittings) and the per-sitting lower bound (fewest eligible rooms holding everyone). */
  roomsUsed: number;
  roomsLowerBound: number;
}

/** A violation the independent checker found. */
export interface Violation {
  rule: ArrangementRuleId;
  sittingId: string | null;
  message: string;
}

/** The settings of an input with the defaults filled in. */
export function settingsOf(input: ArrangementInput): ArrangementSettings {
  return { ...defaultArrangementSettings, ...input.settings };
}

/** The room kind a sitting needs (default theory → paper theory room, skill → skill room). */
/** The sites a sitting may use: its own first, then the extra ones in order. */
export function sitesOf(s: ArrangementSitting): string[] {
  return [s.siteId, ...(s.extraSiteIds ?? []).filter((x) => x !== s.siteId)];
}

export function roomKindOf(s: ArrangementSitting): RoomKind {
  return s.roomKind ?? (s.kind === 'theory' ? 'theory' : 'skill');
}
