import { boolean, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { colleges } from './centre.js';
import { roles } from '../../../shared/access.js';

export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  username: text('username').notNull().unique(),
  displayName: text('display_name').notNull(),
  role: text('role', { enum: roles }).notNull(),
  /** Set for college clerks (R-ORG-07): the only college whose data they see. */
  collegeId: uuid('college_id').references(() => colleges.id),
  passwordHash: text('password_hash').notNull(),
  mustChangePassword: boolean('must_change_password').notNull().default(true),
  disabled: boolean('disabled').notNull().default(false),
  /** Consecutive wrong passwords since the last success or lock. */
  failedCount: integer('failed_count').notNull().default(0),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
  /** Sliding hour of failed attempts, for the 100-per-hour ceiling. */
  failWindowStart: timestamp('fail_window_start', { withTimezone: true }),
  failWindowCount: integer('fail_window_count').notNull().default(0),
  lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const sessions = pgTable(
  'sessions',
  {
    /** SHA-256 of the cookie token: a leaked table gives no usable session. */
    id: text('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/**
 * Issue 8 item 10: wrong passwords counted per account AND client address, so that nobody can lock an account for
 * everyone else; the account-wide ceiling (100 an hour) stays on `users`.
 */
export const loginFailures = pgTable(
  'login_failures',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    ip: text('ip').notNull(),
    failedCount: integer('failed_count').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.ip] })],
);

/**
 * Issue 8 item 4: the one-time activation code of a candidate account made by a roster import, sealed with the PII
 * key (the college prints it again later; a dump alone reveals none). Valid until the first login (`usedAt`); a new
 * code replaces the row, which voids the old one.
 */
export const activationCodes = pgTable('activation_codes', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  codeSealed: text('code_sealed').notNull(),
  issuedAt: timestamp('issued_at', { withTimezone: true }).notNull().defaultNow(),
  issuedBy: uuid('issued_by').references(() => users.id),
  usedAt: timestamp('used_at', { withTimezone: true }),
});

/**
 * R-PPL-02: a portal sign-up whose ID number is already on record does not touch that person: it waits here for
 * staff to confirm (an account linked to the record, its contact data unchanged) or refuse.
 */
export const signupRequests = pgTable(
  'signup_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id').notNull(),
    name: text('name').notNull(),
    phone: text('phone').notNull(),
    /** The password chosen at sign-up (scrypt); emptied once decided. */
    passwordHash: text('password_hash').notNull(),
    status: text('status', { enum: ['pending', 'confirmed', 'rejected'] as const })
      .notNull()
      .default('pending'),
    ip: text('ip'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
  },
  (t) => [index('signup_requests_person_idx').on(t.personId)],
);
