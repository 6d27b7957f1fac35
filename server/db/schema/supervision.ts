import { boolean, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth.js';
import { batches } from './plans.js';
import { examSites } from './arrangement.js';
import { persons } from './people.js';
import type { SupervisionArea } from '../../../shared/supervision.js';

/**
 * 质量督导 (R-SUP-01…03): the internal supervision group's annual plan, the team reports per batch and site with
 * their signatures, observations made during a batch, and external supervision by the authority.
 * Only the `supervision` module queries these tables.
 */

const created = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const at = (name: string) => timestamp(name, { withTimezone: true });

/** R-SUP-01: the group's plan of a year: per area what is supervised and how; approved by the centre head. */
export const supervisionPlans = pgTable('supervision_plans', {
  id: uuid('id').primaryKey().defaultRandom(),
  year: integer('year').notNull().unique(),
  title: text('title').notNull(),
  areas: jsonb('areas').$type<{ aspect: SupervisionArea; focus: string; approach: string }[]>().notNull(),
  state: text('state', { enum: ['draft', 'approved'] })
    .notNull()
    .default('draft'),
  approvedBy: uuid('approved_by').references(() => users.id),
  approvedAt: at('approved_at'),
  createdBy: uuid('created_by').references(() => users.id),
  createdAt: created(),
  updatedAt: at('updated_at').notNull().defaultNow(),
});

/**
 * R-SUP-02: the report of one batch's team at one site (R-ARR-03: three supervisors per site). The team itself is
 * the published arrangement's supervisors (arrangement's reads); the row exists from the first write.
 */
export const supervisionReports = pgTable(
  'supervision_reports',
  {
    batchId: uuid('batch_id')
      .notNull()
      .references(() => batches.id, { onDelete: 'cascade' }),
    siteId: uuid('site_id')
      .notNull()
      .references(() => examSites.id, { onDelete: 'cascade' }),
    findings: text('findings').notNull().default(''),
    problems: text('problems').notNull().default(''),
    suggestions: text('suggestions').notNull().default(''),
    submittedAt: at('submitted_at'),
    submittedBy: uuid('submitted_by').references(() => users.id),
    updatedAt: at('updated_at').notNull().defaultNow(),
    updatedBy: uuid('updated_by').references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.batchId, t.siteId] })],
);

/** R-SUP-02: one member's signature of a team's report. */
export const supervisionSignatures = pgTable(
  'supervision_signatures',
  {
    batchId: uuid('batch_id').notNull(),
    siteId: uuid('site_id').notNull(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    signedAt: created(),
  },
  (t) => [primaryKey({ columns: [t.batchId, t.siteId, t.personId] })],
);

/** An observation of a team member during the batch; a breach stopped and reported to the centre (R-SUP-03). */
export const supervisionObservations = pgTable(
  'supervision_observations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    batchId: uuid('batch_id')
      .notNull()
      .references(() => batches.id, { onDelete: 'cascade' }),
    siteId: uuid('site_id')
      .notNull()
      .references(() => examSites.id, { onDelete: 'cascade' }),
    aspect: text('aspect').$type<SupervisionArea>().notNull(),
    checklist: jsonb('checklist').$type<{ item: string; ok: boolean; note: string }[]>().notNull(),
    notes: text('notes').notNull().default(''),
    photoFileIds: uuid('photo_file_ids').array().notNull().default([]),
    breach: boolean('breach').notNull().default(false),
    stopped: text('stopped').notNull().default(''),
    personId: uuid('person_id').references(() => persons.id),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: created(),
  },
  (t) => [index('supervision_observations_batch_idx').on(t.batchId, t.siteId)],
);

/** R-SUP-02: external supervisors sent by the authority (双随机一公开). */
export const supervisionExternal = pgTable('supervision_external', {
  id: uuid('id').primaryKey().defaultRandom(),
  batchId: uuid('batch_id').references(() => batches.id, { onDelete: 'set null' }),
  authority: text('authority').notNull(),
  names: text('names').array().notNull(),
  visitedOn: date('visited_on', { mode: 'string' }).notNull(),
  findings: text('findings').notNull().default(''),
  fileIds: uuid('file_ids').array().notNull().default([]),
  createdBy: uuid('created_by').references(() => users.id),
  createdAt: created(),
});
