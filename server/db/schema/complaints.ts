import { sql } from 'drizzle-orm';
import { date, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth.js';
import { batches } from './plans.js';

/**
 * 考生投诉 (R-CMP-01…04): a complaint as received (channel, how it came in, the complainant, content, evidence, the
 * persons or staff complained about), its two limits by R-DAYS-01 (3 working days to decide whether to investigate,
 * 7 to a result, extendable with notice), the handler, the decision, the result, and its archiving once closed.
 * Only the `complaints` module queries this table.
 */

const created = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const at = (name: string) => timestamp(name, { withTimezone: true });

export const complaints = pgTable(
  'complaints',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** R-CMP-01: 口头, 电话, 信件, 网上. */
    channel: text('channel', { enum: ['oral', 'phone', 'letter', 'online'] }).notNull(),
    /** How it came in: recorded by staff, the public form (no login), the candidate's portal. */
    source: text('source', { enum: ['staff', 'public', 'portal'] }).notNull(),
    complainantName: text('complainant_name').notNull(),
    complainantUnit: text('complainant_unit'),
    complainantContact: text('complainant_contact').notNull(),
    content: text('content').notNull(),
    evidenceFileIds: uuid('evidence_file_ids')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    batchId: uuid('batch_id').references(() => batches.id),
    /** R-CMP-03: who is complained about: persons, staff accounts, and/or a description. */
    respondentPersonIds: uuid('respondent_person_ids')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    respondentUserIds: uuid('respondent_user_ids')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    respondentText: text('respondent_text'),
    /** An appeal against a violation ruling (R-VIOL) or a staff misconduct record (R-PPL-10). */
    appealKind: text('appeal_kind', { enum: ['violation', 'misconduct'] }),
    appealId: uuid('appeal_id'),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    /** R-CMP-02 / R-DAYS-01: 3 and 7 working days after the received day. */
    acceptDueOn: date('accept_due_on', { mode: 'string' }).notNull(),
    resultDueOn: date('result_due_on', { mode: 'string' }).notNull(),
    extendedDueOn: date('extended_due_on', { mode: 'string' }),
    extensionReason: text('extension_reason'),
    extendedAt: at('extended_at'),
    extendedBy: uuid('extended_by').references(() => users.id),
    handlerId: uuid('handler_id').references(() => users.id),
    state: text('state', { enum: ['received', 'investigating', 'not_investigated', 'decided', 'archived'] })
      .notNull()
      .default('received'),
    investigate: text('investigate', { enum: ['yes', 'no'] }),
    decisionReason: text('decision_reason'),
    decidedAt: at('decided_at'),
    decidedBy: uuid('decided_by').references(() => users.id),
    decisionNotifiedOn: date('decision_notified_on', { mode: 'string' }),
    result: text('result'),
    resultAt: at('result_at'),
    resultBy: uuid('result_by').references(() => users.id),
    resultNotifiedOn: date('result_notified_on', { mode: 'string' }),
    /** R-CMP-04: closing archives; nothing changes after. */
    closedAt: at('closed_at'),
    closedBy: uuid('closed_by').references(() => users.id),
    archivedAt: at('archived_at'),
    /** SHA-256 of the public tracking code (the code itself is shown once). */
    trackingHash: text('tracking_hash'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: created(),
  },
  (t) => [
    index('complaints_state_idx').on(t.state, t.receivedOn),
    uniqueIndex('complaints_tracking_uq').on(t.trackingHash),
    index('complaints_created_by_idx').on(t.createdBy),
  ],
);
