import { bigint, boolean, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth.js';

/** Durable jobs: claimed with FOR UPDATE SKIP LOCKED, progress 0..100, resumed or failed after a restart. */
export const jobs = pgTable(
  'jobs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(),
    status: text('status', { enum: ['queued', 'running', 'succeeded', 'failed'] as const })
      .notNull()
      .default('queued'),
    params: jsonb('params').notNull().default({}),
    progress: integer('progress').notNull().default(0),
    message: text('message'),
    result: jsonb('result'),
    error: text('error'),
    attempts: integer('attempts').notNull().default(0),
    ownerId: uuid('owner_id').references(() => users.id),
    lockedBy: text('locked_by'),
    heartbeatAt: timestamp('heartbeat_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('jobs_status_idx').on(t.status, t.createdAt)],
);

/** Uploaded and generated files, content-addressed: the bytes live under DATA_DIR/files/<sha256>. */
export const files = pgTable('files', {
  id: uuid('id').primaryKey().defaultRandom(),
  sha256: text('sha256').notNull(),
  name: text('name').notNull(),
  mime: text('mime').notNull(),
  size: bigint('size', { mode: 'number' }).notNull(),
  /** Who may fetch it besides staff with the matching permission: the uploader. */
  ownerId: uuid('owner_id').references(() => users.id),
  purpose: text('purpose').notNull(),
  /** R-PPL-02: the stored bytes are sealed with the PII key (PiiCipher.sealBytes); `sha256` is then of the sealed bytes. */
  sealed: boolean('sealed').notNull().default(false),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Settings of the platform as a whole, one row per key. `pii.key_check` (R-PPL-02): an HMAC of a constant under the
 * ID-number key, so a start with another key is refused instead of failing at every ID-number view.
 */
export const platformSettings = pgTable('platform_settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
