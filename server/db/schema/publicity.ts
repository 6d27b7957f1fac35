import { index, integer, jsonb, pgTable, text, timestamp, uuid, date } from 'drizzle-orm/pg-core';
import { users } from './auth.js';
import { applications } from './registration.js';
import { batches } from './plans.js';
import { files } from './platform.js';

/**
 * 成绩公示 (R-PUB-01): a batch's results shown to the public for at least N working days, the objections raised
 * during the window and how each was resolved, the day results became final, and the export to the authority.
 * Only the `publicity` module queries these tables.
 */

const created = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const at = (name: string) => timestamp(name, { withTimezone: true });

/** The publicity settings (one row, id 1): the working days of a window (≥ 5). */
export const publicitySettings = pgTable('publicity_settings', {
  id: integer('id').primaryKey().default(1),
  settings: jsonb('settings').$type<{ days: number }>().notNull(),
  updatedAt: at('updated_at').notNull().defaultNow(),
  updatedBy: uuid('updated_by').references(() => users.id),
});

/**
 * One batch's publicity: the window (first and last day, by R-DAYS-01), the results as published (a snapshot the
 * public page shows), and when results became final. `state`: open → final.
 */
export const publicityWindows = pgTable('publicity_windows', {
  batchId: uuid('batch_id')
    .primaryKey()
    .references(() => batches.id, { onDelete: 'cascade' }),
  startsOn: date('starts_on', { mode: 'string' }).notNull(),
  endsOn: date('ends_on', { mode: 'string' }).notNull(),
  days: integer('days').notNull(),
  state: text('state', { enum: ['open', 'final'] })
    .notNull()
    .default('open'),
  entries: jsonb('entries').$type<unknown[]>().notNull(),
  publishedBy: uuid('published_by').references(() => users.id),
  publishedAt: created(),
  finalAt: at('final_at'),
  finalBy: uuid('final_by').references(() => users.id),
  /** The export to the authority: the file and the SHA-256 of what was sent. */
  exportFileId: uuid('export_file_id').references(() => files.id),
  exportSha256: text('export_sha256'),
  exportedAt: at('exported_at'),
});

/** An objection raised during the window: by a candidate (portal) or the public (with contact), and its resolution. */
export const publicityObjections = pgTable(
  'publicity_objections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    batchId: uuid('batch_id')
      .notNull()
      .references(() => batches.id, { onDelete: 'cascade' }),
    applicationId: uuid('application_id').references(() => applications.id),
    source: text('source', { enum: ['candidate', 'public', 'staff'] }).notNull(),
    name: text('name').notNull(),
    contact: text('contact').notNull(),
    content: text('content').notNull(),
    state: text('state', { enum: ['open', 'resolved'] })
      .notNull()
      .default('open'),
    resolution: text('resolution'),
    resolvedBy: uuid('resolved_by').references(() => users.id),
    resolvedAt: at('resolved_at'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: created(),
  },
  (t) => [index('publicity_objections_batch_idx').on(t.batchId, t.state)],
);
