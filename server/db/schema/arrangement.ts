import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './auth.js';
import { persons } from './people.js';
import { applications } from './registration.js';
import { batchSittings } from './plans.js';
import { roomKinds } from '../../../shared/arrangement.js';
import type {
  ArrangementResult,
  EditRecord,
  StoredInput,
  UnmetRule,
} from '../../modules/arrangement/arrangement.types.js';

/**
 * 考场编排 (R-ARR-01…11): sites (考点) with their rooms (考场) and when a room is unavailable; arrangement runs of one
 * or several batches (the solver's input snapshot and result, its unmet rules, the lot record), and the seats of
 * the run in a normalised table so tickets and door lists can be queried.
 */

/** 考点: a building or campus where sittings take place. */
export const examSites = pgTable('exam_sites', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull().unique(),
  address: text('address'),
  /** 考场负责人 appointed for this site (R-ARR-03); exam staff may also take the duty. */
  headPersonId: uuid('head_person_id').references(() => persons.id),
  active: boolean('active').notNull().default(true),
  note: text('note'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** 考场: theory room (seats, standard 30), computer room or skill room (stations, equipment). */
export const examRooms = pgTable(
  'exam_rooms',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    siteId: uuid('site_id')
      .notNull()
      .references(() => examSites.id),
    name: text('name').notNull(),
    /** theory | computer | skill */
    kind: text('kind', { enum: roomKinds }).notNull(),
    capacity: integer('capacity').notNull().default(30),
    stations: integer('stations'),
    equipment: text('equipment')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    active: boolean('active').notNull().default(true),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('exam_rooms_site_name_uq').on(t.siteId, t.name),
    check('exam_rooms_kind_ck', sql`${t.kind} in ('theory', 'computer', 'skill')`),
    check('exam_rooms_capacity_ck', sql`${t.capacity} between 1 and 500`),
  ],
);

/** A time a room cannot be used (maintenance, another event). */
export const roomUnavailability = pgTable(
  'room_unavailability',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    roomId: uuid('room_id')
      .notNull()
      .references(() => examRooms.id, { onDelete: 'cascade' }),
    day: date('day', { mode: 'string' }).notNull(),
    startsAt: text('starts_at').notNull(),
    endsAt: text('ends_at').notNull(),
    reason: text('reason').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('room_unavailability_room_idx').on(t.roomId, t.day)],
);

/**
 * One arrangement of one batch or several batches of one period sharing rooms and staff (R-ARR-09). `input` is
 * the solver's input as built from the database at the run (so the check can be redone), `result` its output
 * after hand edits, `unmet` the hard rules still not met. Draft until published (R-ARR-11).
 */
export const arrangementRuns = pgTable(
  'arrangement_runs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    batchIds: uuid('batch_ids').array().notNull(),
    /** draft | published */
    status: text('status', { enum: ['draft', 'published'] as const })
      .notNull()
      .default('draft'),
    seed: text('seed').notNull(),
    inputHash: text('input_hash').notNull(),
    input: jsonb('input').$type<StoredInput>().notNull(),
    result: jsonb('result').$type<ArrangementResult>().notNull(),
    unmet: jsonb('unmet').$type<UnmetRule[]>().notNull().default([]),
    /** Hand edits (R-ARR-09): what, who, when. */
    edits: jsonb('edits').$type<EditRecord[]>().notNull().default([]),
    firstDay: date('first_day', { mode: 'string' }).notNull(),
    /** R-ARR-11: candidates see their room and seat from this day (the day before the first sitting). */
    visibleFrom: date('visible_from', { mode: 'string' }),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    publishedBy: uuid('published_by').references(() => users.id),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('arrangement_runs_status_ck', sql`${t.status} in ('draft', 'published')`),
    index('arrangement_runs_status_idx').on(t.status, t.firstDay),
  ],
);

/** A candidate's seat in one sitting; the ticket number is given at publishing (one per application). */
export const arrangementSeats = pgTable(
  'arrangement_seats',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    runId: uuid('run_id')
      .notNull()
      .references(() => arrangementRuns.id, { onDelete: 'cascade' }),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    sittingId: uuid('sitting_id')
      .notNull()
      .references(() => batchSittings.id, { onDelete: 'cascade' }),
    roomId: uuid('room_id')
      .notNull()
      .references(() => examRooms.id),
    seatNo: integer('seat_no').notNull(),
    ticketNumber: text('ticket_number'),
  },
  (t) => [
    // One seat per candidate and sitting (a batch has one current run: a new run replaces the draft).
    uniqueIndex('arrangement_seats_candidate_uq').on(t.applicationId, t.sittingId),
    uniqueIndex('arrangement_seats_place_uq').on(t.sittingId, t.roomId, t.seatNo),
    uniqueIndex('arrangement_seats_ticket_uq')
      .on(t.sittingId, t.ticketNumber)
      .where(sql`${t.ticketNumber} is not null`),
    index('arrangement_seats_run_idx').on(t.runId),
  ],
);
