import { date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { files } from './platform.js';
import { users } from './auth.js';
import { batches } from './plans.js';

/**
 * Each batch's archive (R-ARC-01…03): what was added by hand to its checklist, the closing with the package and its
 * retention, and the register of borrowing, copying and destruction. Only the `archives` module queries these tables.
 */

const at = (name: string) => timestamp(name, { withTimezone: true });

/** Retention in years per medium (one row, id 1; R-ARC-03: paper ≥ 3, electronic ≥ 5, video ≥ 5). */
export const archiveSettings = pgTable('archive_settings', {
  id: integer('id').primaryKey().default(1),
  paperYears: integer('paper_years').notNull().default(3),
  electronicYears: integer('electronic_years').notNull().default(5),
  videoYears: integer('video_years').notNull().default(5),
  updatedAt: at('updated_at').notNull().defaultNow(),
  updatedBy: uuid('updated_by').references(() => users.id),
});

/**
 * What a checklist item holds beyond the product's own documents: an uploaded file, or where a paper original or a
 * recording is kept (`location`). A wrong entry is removed while the batch is open; after closing, nothing changes.
 */
export const archiveEntries = pgTable(
  'archive_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    batchId: uuid('batch_id')
      .notNull()
      .references(() => batches.id),
    itemKey: text('item_key').notNull(),
    medium: text('medium', { enum: ['paper', 'electronic', 'video'] }).notNull(),
    fileId: uuid('file_id').references(() => files.id),
    location: text('location'),
    note: text('note'),
    recordedBy: uuid('recorded_by').references(() => users.id),
    recordedAt: at('recorded_at').notNull().defaultNow(),
  },
  (t) => [index('archive_entries_batch_idx').on(t.batchId)],
);

/**
 * A closed batch's archive (R-ARC-02): the package (ZIP with the SHA-256 manifest, signed), and the day each
 * medium's retention ends (R-ARC-03), with its destruction once approved.
 */
export const batchArchives = pgTable('batch_archives', {
  batchId: uuid('batch_id')
    .primaryKey()
    .references(() => batches.id),
  closedOn: date('closed_on', { mode: 'string' }).notNull(),
  closedAt: at('closed_at').notNull().defaultNow(),
  closedBy: uuid('closed_by').references(() => users.id),
  packageFileId: uuid('package_file_id').references(() => files.id),
  packageSha256: text('package_sha256'),
  manifestSha256: text('manifest_sha256'),
  signatureKeyId: text('signature_key_id'),
  documentCount: integer('document_count'),
  paperUntil: date('paper_until', { mode: 'string' }).notNull(),
  electronicUntil: date('electronic_until', { mode: 'string' }).notNull(),
  videoUntil: date('video_until', { mode: 'string' }).notNull(),
  paperDestroyedOn: date('paper_destroyed_on', { mode: 'string' }),
  electronicDestroyedOn: date('electronic_destroyed_on', { mode: 'string' }),
  videoDestroyedOn: date('video_destroyed_on', { mode: 'string' }),
});

/**
 * R-ARC-03 (H 安全规程 §8): borrowing, copying and destruction of a batch's archive, each approved by a leader and
 * logged; a borrowing stays open until the archive is returned.
 */
export const archiveRequests = pgTable(
  'archive_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    batchId: uuid('batch_id')
      .notNull()
      .references(() => batches.id),
    kind: text('kind', { enum: ['borrow', 'copy', 'destroy'] }).notNull(),
    medium: text('medium', { enum: ['paper', 'electronic', 'video'] }).notNull(),
    applicant: text('applicant').notNull(),
    reason: text('reason').notNull(),
    dueOn: date('due_on', { mode: 'string' }),
    state: text('state', { enum: ['pending', 'approved', 'rejected', 'returned'] })
      .notNull()
      .default('pending'),
    requestedBy: uuid('requested_by').references(() => users.id),
    requestedAt: at('requested_at').notNull().defaultNow(),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: at('decided_at'),
    decisionNote: text('decision_note'),
    returnedAt: at('returned_at'),
    returnedBy: uuid('returned_by').references(() => users.id),
  },
  (t) => [index('archive_requests_batch_idx').on(t.batchId)],
);
