import { sql } from 'drizzle-orm';
import {
  check,
  date,
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
import { batches, batchSittings } from './plans.js';
import type { MarkStep, ScoreSheetSignature, ScoringSettings } from '../../../shared/scoring.js';

/**
 * 成绩管理 (R-SCORE-01…05, R-VIOL-01…05 applied): the scores of every sitting (theory entered, imported or taken from
 * the computer-based exam; skill marked by the examiners 2+1+1; the comprehensive review), the 成绩登记表's
 * signatures, corrections after sign-off, the rulings on violations, identical-answer flags. Only the `scoring`
 * module queries these tables.
 */

const created = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const at = (name: string) => timestamp(name, { withTimezone: true });

/** The scoring settings (one row, id 1): pass marks, tolerances, the carry-over days, the marking window. */
export const scoringSettings = pgTable('scoring_settings', {
  id: integer('id').primaryKey().default(1),
  settings: jsonb('settings').$type<ScoringSettings>().notNull(),
  updatedAt: at('updated_at').notNull().defaultNow(),
  updatedBy: uuid('updated_by').references(() => users.id),
});

/**
 * One sitting's 成绩登记表 (R-SCORE-04): the skill paper its examiners mark from (skill sittings), the marking window,
 * and the signatures of the group leader and the recorder (汇总记分员). Signed by both ⇒ `signedAt`; after that a
 * score changes only by an approved correction.
 */
export const scoreSheets = pgTable('score_sheets', {
  sittingId: uuid('sitting_id')
    .primaryKey()
    .references(() => batchSittings.id, { onDelete: 'cascade' }),
  paperId: uuid('paper_id'),
  windowOpensAt: at('window_opens_at'),
  windowClosesAt: at('window_closes_at'),
  signatures: jsonb('signatures').$type<ScoreSheetSignature[]>().notNull().default([]),
  signedAt: at('signed_at'),
  updatedAt: at('updated_at').notNull().defaultNow(),
});

/**
 * A candidate's score in one sitting (theory, skill or review) as it counts: entered, imported, taken from the
 * computer-based exam, resolved from the examiners' marks, or from the registration's evidence (R-SCORE-05).
 * `absent`: 缺考 (counts as 0, R-SCORE-01).
 */
export const scoreEntries = pgTable(
  'score_entries',
  {
    sittingId: uuid('sitting_id')
      .notNull()
      .references(() => batchSittings.id, { onDelete: 'cascade' }),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    absent: text('absent', { enum: ['yes', 'no'] })
      .notNull()
      .default('no'),
    score: numeric('score', { precision: 6, scale: 2, mode: 'number' }),
    /** entry | import | cbt | marking | evidence | correction */
    source: text('source').notNull(),
    note: text('note'),
    enteredBy: uuid('entered_by').references(() => users.id),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.sittingId, t.applicationId] }),
    check('score_entries_score_ck', sql`${t.score} is null or ${t.score} between 0 and 100`),
  ],
);

/**
 * One examiner's mark of one candidate in a skill sitting (R-SCORE-01): per task and step the points given and a
 * failed veto item. `round` 1 for the group's examiners, 3 for the third examiner called by 2+1+1. A submitted mark
 * is final; until then only its examiner sees it, and nobody sees the others' marks before submitting their own.
 */
export const skillMarks = pgTable(
  'skill_marks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sittingId: uuid('sitting_id')
      .notNull()
      .references(() => batchSittings.id, { onDelete: 'cascade' }),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    examinerId: uuid('examiner_id')
      .notNull()
      .references(() => persons.id),
    round: integer('round').notNull().default(1),
    steps: jsonb('steps').$type<MarkStep[]>().notNull(),
    overtimeDeduction: numeric('overtime_deduction', { precision: 6, scale: 2, mode: 'number' }).notNull().default(0),
    total: numeric('total', { precision: 6, scale: 2, mode: 'number' }).notNull(),
    note: text('note'),
    submittedAt: at('submitted_at'),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('skill_marks_examiner_uq').on(t.sittingId, t.applicationId, t.examinerId),
    index('skill_marks_candidate_idx').on(t.sittingId, t.applicationId),
  ],
);

/** 2+1+1: the group leader's decision when the third mark agrees with neither (with its reason). */
export const skillDecisions = pgTable(
  'skill_decisions',
  {
    sittingId: uuid('sitting_id')
      .notNull()
      .references(() => batchSittings.id, { onDelete: 'cascade' }),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    score: numeric('score', { precision: 6, scale: 2, mode: 'number' }).notNull(),
    reason: text('reason').notNull(),
    decidedBy: uuid('decided_by')
      .notNull()
      .references(() => persons.id),
    decidedAt: created(),
  },
  (t) => [primaryKey({ columns: [t.sittingId, t.applicationId] })],
);

/** R-SCORE-04: an examiner's confirmation of the confidentiality agreement (保密承诺) for a batch, before marking. */
export const scoringAgreements = pgTable(
  'scoring_agreements',
  {
    batchId: uuid('batch_id')
      .notNull()
      .references(() => batches.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    text: text('text').notNull(),
    confirmedAt: created(),
  },
  (t) => [primaryKey({ columns: [t.batchId, t.personId] })],
);

/** R-SCORE-04: a score changed after sign-off: old and new value, reason, who asked, who approved. */
export const scoreCorrections = pgTable(
  'score_corrections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sittingId: uuid('sitting_id')
      .notNull()
      .references(() => batchSittings.id, { onDelete: 'cascade' }),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    fromScore: numeric('from_score', { precision: 6, scale: 2, mode: 'number' }),
    fromAbsent: text('from_absent').notNull(),
    toScore: numeric('to_score', { precision: 6, scale: 2, mode: 'number' }),
    toAbsent: text('to_absent').notNull(),
    reason: text('reason').notNull(),
    /** requested | approved | rejected */
    state: text('state', { enum: ['requested', 'approved', 'rejected'] })
      .notNull()
      .default('requested'),
    requestedBy: uuid('requested_by')
      .notNull()
      .references(() => users.id),
    requestedAt: created(),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: at('decided_at'),
    decisionNote: text('decision_note'),
  },
  (t) => [index('score_corrections_sitting_idx').on(t.sittingId)],
);

/**
 * R-VIOL-01…05: the centre's ruling on a violation recorded on the day. Without a ruling a violation is in effect;
 * `overturned` (on appeal, with its reason) lifts its effect. `banId`: the tier-4 ban written into registration.
 */
export const violationRulings = pgTable('violation_rulings', {
  violationId: uuid('violation_id').primaryKey(),
  state: text('state', { enum: ['upheld', 'overturned'] }).notNull(),
  reason: text('reason').notNull(),
  banId: uuid('ban_id'),
  banUntil: date('ban_until', { mode: 'string' }),
  notifiedAt: at('notified_at'),
  decidedBy: uuid('decided_by').references(() => users.id),
  decidedAt: created(),
});

/** R-SCORE-01 §5: a pair of candidates of a computer-based sitting whose answers agree far beyond chance. */
export const answerPatternFlags = pgTable(
  'answer_pattern_flags',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sittingId: uuid('sitting_id')
      .notNull()
      .references(() => batchSittings.id, { onDelete: 'cascade' }),
    applicationA: uuid('application_a')
      .notNull()
      .references(() => applications.id),
    applicationB: uuid('application_b')
      .notNull()
      .references(() => applications.id),
    evidence: jsonb('evidence').$type<Record<string, unknown>>().notNull(),
    /** open | cleared | referred */
    state: text('state', { enum: ['open', 'cleared', 'referred'] })
      .notNull()
      .default('open'),
    note: text('note'),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: at('decided_at'),
    createdAt: created(),
  },
  (t) => [uniqueIndex('answer_pattern_flags_pair_uq').on(t.sittingId, t.applicationA, t.applicationB)],
);
