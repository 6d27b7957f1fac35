import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  check,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './auth.js';
import { persons } from './people.js';
import { applications } from './registration.js';
import { batchSittings } from './plans.js';
import { examRooms } from './arrangement.js';
import {
  attemptStates,
  checkinMethods,
  checkinStatuses,
  creditScopes,
  creditStates,
  examModes,
  submitKinds,
} from '../../../shared/exams.js';
import type { ExamSettings, RoomObservation, RoomSignature } from '../../../shared/exams.js';

/**
 * 考试实施 (R-EXAM-01…04, R-VIOL-01…04 recorded): for every sitting the check-in, incidents, violations and the room
 * record (考场记录表); for a computer-based theory sitting (机考, R-EXAM-02) the room sessions (room code, 开考, pause,
 * room extension), one attempt per seat with its encrypted paper, the answers with their sequence, and the
 * candidates' client events. Only the `exams` module queries these tables.
 */

const created = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const at = (name: string) => timestamp(name, { withTimezone: true });

/** The exam-day settings (one row, id 1): R-EXAM-01's minutes, the grace after the end, partial credit. */
export const examSettings = pgTable('exam_settings', {
  id: integer('id').primaryKey().default(1),
  settings: jsonb('settings').$type<ExamSettings>().notNull(),
  updatedAt: at('updated_at').notNull().defaultNow(),
  updatedBy: uuid('updated_by').references(() => users.id),
});

/**
 * How a sitting is held: on paper (default when absent) or computer-based. A computer-based sitting is prepared
 * before the day: its attempts are made from the published arrangement and the published per-candidate forms, and
 * each form is encrypted with `paperKey`, which candidates receive only at the unlock (the start).
 */
export const examSittings = pgTable(
  'exam_sittings',
  {
    sittingId: uuid('sitting_id')
      .primaryKey()
      .references(() => batchSittings.id, { onDelete: 'cascade' }),
    /** paper | computer */
    mode: text('mode', { enum: examModes }).notNull().default('paper'),
    /** AES-256-GCM key (base64) of the sitting's encrypted forms; null until prepared. Never in a log. */
    paperKey: text('paper_key'),
    /** The sitting's start and end as instants (China time), copied at preparation for the hot path. */
    startsAt: at('starts_at'),
    endsAt: at('ends_at'),
    preparedAt: at('prepared_at'),
    preparedBy: uuid('prepared_by').references(() => users.id),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [check('exam_sittings_mode_ck', sql`${t.mode} in ('paper', 'computer')`)],
);

/**
 * One room of one sitting on the day: the room code the proctor shows (computer-based login), the proctors' 开考,
 * a room-wide pause and the room's extension (R-EXAM-04 credit approved by the site head). `clockVersion` rises
 * with every change that moves a deadline, so clients and consoles learn of it by push.
 */
export const examRoomSessions = pgTable(
  'exam_room_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sittingId: uuid('sitting_id')
      .notNull()
      .references(() => batchSittings.id, { onDelete: 'cascade' }),
    roomId: uuid('room_id')
      .notNull()
      .references(() => examRooms.id),
    roomCode: text('room_code').notNull(),
    openedAt: at('opened_at'),
    openedBy: uuid('opened_by').references(() => users.id),
    pausedAt: at('paused_at'),
    pausedSeconds: integer('paused_seconds').notNull().default(0),
    extensionSeconds: integer('extension_seconds').notNull().default(0),
    /** Optional address ranges (CIDR) candidates of this room may sign in from. */
    ipRanges: text('ip_ranges')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    clockVersion: integer('clock_version').notNull().default(0),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('exam_room_sessions_uq').on(t.sittingId, t.roomId)],
);

/**
 * A candidate's attempt at a computer-based sitting: one per seat, made at preparation. The ticket number and the
 * ID number's lookup hash are copied here so the login burst reads one table. `deadlineAt` is the sitting's end plus
 * the room's and the candidate's extensions and pauses, kept current by every change. `tokenHash` is the SHA-256
 * of the device's token: one device at a time, and a release by the proctor clears it.
 */
export const examAttempts = pgTable(
  'exam_attempts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sittingId: uuid('sitting_id')
      .notNull()
      .references(() => batchSittings.id, { onDelete: 'cascade' }),
    roomSessionId: uuid('room_session_id')
      .notNull()
      .references(() => examRoomSessions.id, { onDelete: 'cascade' }),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    seatNo: integer('seat_no').notNull(),
    ticketNumber: text('ticket_number').notNull(),
    idHash: text('id_hash').notNull(),
    paperId: uuid('paper_id').notNull(),
    /** The form without its key, as JSON encrypted with the sitting's key: base64 of iv (12 bytes) + ciphertext + tag. */
    paperBlob: text('paper_blob').notNull(),
    itemCount: integer('item_count').notNull(),
    /** ready | started | submitted */
    state: text('state', { enum: attemptStates }).notNull().default('ready'),
    tokenHash: text('token_hash'),
    deviceId: text('device_id'),
    boundAt: at('bound_at'),
    startedAt: at('started_at'),
    extensionSeconds: integer('extension_seconds').notNull().default(0),
    deadlineAt: at('deadline_at').notNull(),
    lastSeq: bigint('last_seq', { mode: 'number' }).notNull().default(0),
    lastSaveAt: at('last_save_at'),
    lastSeenAt: at('last_seen_at'),
    submittedAt: at('submitted_at'),
    /** The client's idempotency key of the submission, and who submitted: candidate | auto | proctor. */
    submitKey: text('submit_key'),
    submitKind: text('submit_kind', { enum: submitKinds }),
    /** SHA-256 (hex) of the answers as submitted, the candidate's receipt. */
    receipt: text('receipt'),
    score: numeric('score', { precision: 7, scale: 2 }),
    scoreDetail: jsonb('score_detail').$type<{ no: number; points: number }[]>(),
    scoredAt: at('scored_at'),
  },
  (t) => [
    uniqueIndex('exam_attempts_candidate_uq').on(t.sittingId, t.applicationId),
    uniqueIndex('exam_attempts_ticket_uq').on(t.sittingId, t.ticketNumber),
    uniqueIndex('exam_attempts_token_uq')
      .on(t.tokenHash)
      .where(sql`${t.tokenHash} is not null`),
    index('exam_attempts_room_idx').on(t.roomSessionId),
    index('exam_attempts_open_idx')
      .on(t.deadlineAt)
      .where(sql`${t.state} <> 'submitted'`),
    check('exam_attempts_state_ck', sql`${t.state} in ('ready', 'started', 'submitted')`),
  ],
);

/**
 * The latest acknowledged answer of each item of an attempt. `seq` is the client's sequence number of the change:
 * a save with a lower sequence than the stored one is ignored (an older save never overwrites a newer one).
 * `value` is the choice letters in order ('A', 'ACD'), 'T'/'F' for true/false, '' for cleared.
 */
export const examAnswers = pgTable(
  'exam_answers',
  {
    attemptId: uuid('attempt_id')
      .notNull()
      .references(() => examAttempts.id, { onDelete: 'cascade' }),
    itemNo: integer('item_no').notNull(),
    value: text('value').notNull(),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    savedAt: at('saved_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.attemptId, t.itemNo] })],
);

/** Signals from the candidate's client (left full screen, left the tab, copy/paste), logins and releases. */
export const examEvents = pgTable(
  'exam_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    attemptId: uuid('attempt_id')
      .notNull()
      .references(() => examAttempts.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    at: at('at').notNull().defaultNow(),
    clientAt: at('client_at'),
    detail: text('detail'),
  },
  (t) => [index('exam_events_attempt_idx').on(t.attemptId, t.at)],
);

/** R-EXAM-01: attendance per sitting (any mode), what scoring reads: present, absent, or refused entry. */
export const examCheckins = pgTable(
  'exam_checkins',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sittingId: uuid('sitting_id')
      .notNull()
      .references(() => batchSittings.id, { onDelete: 'cascade' }),
    roomId: uuid('room_id')
      .notNull()
      .references(() => examRooms.id),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    /** present | absent */
    status: text('status', { enum: checkinStatuses }).notNull(),
    /** Why absent: no_show, late, documents (ticket or ID missing), … (shared/exams.ts absenceReasons). */
    reason: text('reason'),
    method: text('method', { enum: checkinMethods }),
    ticketChecked: boolean('ticket_checked').notNull().default(false),
    idChecked: boolean('id_checked').notNull().default(false),
    at: at('at').notNull().defaultNow(),
    byUserId: uuid('by_user_id').references(() => users.id),
    note: text('note'),
  },
  (t) => [
    uniqueIndex('exam_checkins_uq').on(t.sittingId, t.applicationId),
    index('exam_checkins_room_idx').on(t.sittingId, t.roomId),
  ],
);

/**
 * R-EXAM-04: an incident of the handbook's catalogue (shared/exams.ts `incidentKinds`), for one candidate or the
 * whole room, with its handling and the time credited. Credit is entered by a proctor and approved by the site head;
 * on approval it is added to the candidate's or the room's extension at once.
 */
export const examIncidents = pgTable(
  'exam_incidents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sittingId: uuid('sitting_id')
      .notNull()
      .references(() => batchSittings.id, { onDelete: 'cascade' }),
    roomId: uuid('room_id')
      .notNull()
      .references(() => examRooms.id),
    /** Null for a room-wide incident. */
    applicationId: uuid('application_id').references(() => applications.id),
    kind: text('kind').notNull(),
    occurredAt: at('occurred_at').notNull(),
    description: text('description').notNull(),
    handling: text('handling').notNull(),
    creditMinutes: integer('credit_minutes').notNull().default(0),
    /** none | candidate | room */
    creditScope: text('credit_scope', { enum: creditScopes }).notNull().default('none'),
    /** none | pending | approved | rejected */
    creditState: text('credit_state', { enum: creditStates }).notNull().default('none'),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: at('decided_at'),
    decisionNote: text('decision_note'),
    recordedBy: uuid('recorded_by')
      .notNull()
      .references(() => users.id),
    createdAt: created(),
  },
  (t) => [index('exam_incidents_room_idx').on(t.sittingId, t.roomId)],
);

/** R-VIOL-01…04: a violation recorded on the day with its tier, clause and evidence; scoring applies its effect. */
export const examViolations = pgTable(
  'exam_violations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sittingId: uuid('sitting_id')
      .notNull()
      .references(() => batchSittings.id, { onDelete: 'cascade' }),
    roomId: uuid('room_id')
      .notNull()
      .references(() => examRooms.id),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    tier: integer('tier').notNull(),
    /** The clause of the handbook's 违纪违规处理规定 (shared/exams.ts `violationClauses`). */
    clause: text('clause').notNull(),
    occurredAt: at('occurred_at').notNull(),
    description: text('description').notNull(),
    evidenceFileIds: uuid('evidence_file_ids')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    recordedBy: uuid('recorded_by')
      .notNull()
      .references(() => users.id),
    createdAt: created(),
  },
  (t) => [
    index('exam_violations_room_idx').on(t.sittingId, t.roomId),
    check('exam_violations_tier_ck', sql`${t.tier} between 1 and 4`),
  ],
);

/** R-EXAM-03: the room's record (考场记录表): the proctors' signatures and the supervisors' observations. */
export const examRoomRecords = pgTable(
  'exam_room_records',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sittingId: uuid('sitting_id')
      .notNull()
      .references(() => batchSittings.id, { onDelete: 'cascade' }),
    roomId: uuid('room_id')
      .notNull()
      .references(() => examRooms.id),
    note: text('note'),
    signatures: jsonb('signatures').$type<RoomSignature[]>().notNull().default([]),
    observations: jsonb('observations').$type<RoomObservation[]>().notNull().default([]),
    /** The papers counted at the end (paper sittings): handed out, collected, spare. */
    papersCollected: integer('papers_collected'),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('exam_room_records_uq').on(t.sittingId, t.roomId)],
);
