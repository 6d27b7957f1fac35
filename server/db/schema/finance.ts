import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './auth.js';
import { batches } from './plans.js';

/**
 * A batch's expenses (R-FEE-01, 收支两条线: kept apart from registration's payments and refunds) and the rates of the
 * exam-day fees. Only the `finance` module queries these tables.
 */

const at = (name: string) => timestamp(name, { withTimezone: true });

/** The fee rates (one row, id 1): yuan per sitting for each exam-day duty. */
export const financeSettings = pgTable('finance_settings', {
  id: integer('id').primaryKey().default(1),
  rates: jsonb('rates').$type<Record<string, number>>().notNull(),
  updatedAt: at('updated_at').notNull().defaultNow(),
  updatedBy: uuid('updated_by').references(() => users.id),
});

/**
 * One expense of a batch. `source` arrangement: an exam-day fee computed from the published arrangement (the person,
 * the duty and the number of sittings). A wrong line is voided with a reason, never deleted.
 */
export const batchExpenses = pgTable(
  'batch_expenses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    batchId: uuid('batch_id')
      .notNull()
      .references(() => batches.id),
    category: text('category').notNull(),
    amount: numeric('amount', { precision: 10, scale: 2 }).notNull(),
    spentOn: date('spent_on', { mode: 'string' }).notNull(),
    payee: text('payee').notNull(),
    voucherNumber: text('voucher_number'),
    note: text('note'),
    source: text('source', { enum: ['manual', 'arrangement'] }).notNull(),
    personId: uuid('person_id'),
    duty: text('duty'),
    sittings: integer('sittings'),
    voidedAt: at('voided_at'),
    voidedBy: uuid('voided_by').references(() => users.id),
    voidReason: text('void_reason'),
    recordedBy: uuid('recorded_by').references(() => users.id),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('batch_expenses_batch_idx').on(t.batchId),
    uniqueIndex('batch_expenses_voucher_uq')
      .on(t.voucherNumber)
      .where(sql`${t.voucherNumber} is not null and ${t.voidedAt} is null`),
    check('batch_expenses_amount_ck', sql`${t.amount} > 0`),
  ],
);
