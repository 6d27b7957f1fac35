import { sql } from 'drizzle-orm';
import {
  boolean,
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
import { persons } from './people.js';
import { users } from './auth.js';
import { colleges, occupations } from './centre.js';
import { files } from './platform.js';
import { batches } from './plans.js';
import {
  applicationStatuses,
  decisionActions,
  feeStatuses,
  paymentKinds,
  paymentMethods,
  reviewStages,
  type ApplicationForm,
  type EligibilityOut,
  type EvidenceItem,
} from '../../../shared/registration.js';

/** The 报名表 fields of an application; a roster import also notes the roster row it came from. */
export type StoredApplicationForm = Partial<ApplicationForm> & {
  roster?: { row: number; major: string | null; className: string | null };
};

/**
 * R-ELIG-04: course results from the academic system, per student, course, part and attempt. The unique key
 * allows one first attempt and one retake per part: "one retake" (Z 五(六)2) holds in the data itself.
 */
export const courseResults = pgTable(
  'course_results',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    courseCode: text('course_code').notNull(),
    courseName: text('course_name').notNull(),
    part: text('part', { enum: ['theory', 'practical'] }).notNull(),
    attempt: text('attempt', { enum: ['first', 'retake'] }).notNull(),
    score: numeric('score', { precision: 5, scale: 2, mode: 'number' }).notNull(),
    /** 学期, e.g. 2025-2026-1 (optional). */
    term: text('term'),
    importedAt: timestamp('imported_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('course_results_uq').on(t.personId, t.courseCode, t.part, t.attempt),
    check('course_results_score_ck', sql`${t.score} between 0 and 100`),
    check('course_results_part_ck', sql`${t.part} in ('theory', 'practical')`),
    check('course_results_attempt_ck', sql`${t.attempt} in ('first', 'retake')`),
  ],
);

/** R-ELIG-03: the courses an occupation requires (应修课程, Z 五(五)); `related` counts for the Zhoukou variant. */
export const requiredCourses = pgTable(
  'required_courses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    edition: text('edition').notNull(),
    occupationCode: text('occupation_code').notNull(),
    courseCode: text('course_code').notNull(),
    courseName: text('course_name').notNull(),
    related: boolean('related').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('required_courses_uq').on(t.edition, t.occupationCode, t.courseCode),
    index('required_courses_course_idx').on(t.courseCode),
  ],
);

/** R-ELIG-02: a 1+X certificate, mapped by the province's list to an occupation; the certificate file is evidence. */
export const xCertificates = pgTable(
  'x_certificates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    name: text('name').notNull(),
    certificateNumber: text('certificate_number'),
    edition: text('edition').notNull(),
    occupationCode: text('occupation_code').notNull(),
    level: text('level', { enum: ['elementary', 'intermediate', 'advanced'] }).notNull(),
    issuedOn: date('issued_on', { mode: 'string' }).notNull(),
    evidenceFileId: uuid('evidence_file_id').references(() => files.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('x_certificates_person_idx').on(t.personId),
    check('x_certificates_level_ck', sql`${t.level} in ('elementary', 'intermediate', 'advanced')`),
  ],
);

/** R-ELIG-05: a contest result and the level the college's contest rules grant for it. */
export const contestResults = pgTable(
  'contest_results',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    contest: text('contest').notNull(),
    rank: text('rank'),
    edition: text('edition').notNull(),
    occupationCode: text('occupation_code').notNull(),
    grantedLevel: integer('granted_level').notNull(),
    evidenceFileId: uuid('evidence_file_id').references(() => files.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('contest_results_person_idx').on(t.personId),
    check('contest_results_level_ck', sql`${t.grantedLevel} between 1 and 5`),
  ],
);

/**
 * R-SCORE-03: a part (theory or skill) passed in a batch whose results became final while the candidate failed the
 * other: written by publicity when it makes a batch final, read when the candidate applies for that part alone. It
 * stays valid for `carryDays` (scoring setting, 365) counted from `passedOn`, the part's exam day.
 */
export const keptParts = pgTable(
  'kept_parts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    occupationId: uuid('occupation_id')
      .notNull()
      .references(() => occupations.id),
    level: integer('level').notNull(),
    part: text('part', { enum: ['theory', 'skill'] }).notNull(),
    score: numeric('score', { precision: 5, scale: 1 }),
    passedOn: date('passed_on', { mode: 'string' }).notNull(),
    /** The last day the part counts (passedOn + carryDays − 1). */
    validUntil: date('valid_until', { mode: 'string' }).notNull(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('kept_parts_uq').on(t.applicationId, t.part),
    index('kept_parts_person_idx').on(t.personId),
    check('kept_parts_part_ck', sql`${t.part} in ('theory', 'skill')`),
  ],
);

/** R-ELIG-07: a tier-4 violation (R-VIOL-04) bars the candidate from applying until `until` (graduation). */
export const candidateBans = pgTable(
  'candidate_bans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    until: date('until', { mode: 'string' }).notNull(),
    reason: text('reason').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('candidate_bans_person_idx').on(t.personId)],
);

/**
 * R-REG-01/02: one application of one person to one batch, for one level. Status: pending_college (待学院初审),
 * pending_centre (待中心复审), rejected (退回修改, `rejectedStage` says by whom), approved (审核通过, locked until a
 * recorded centre unlock), withdrawn (已撤回). One live application per person and batch.
 */
export const applications = pgTable(
  'applications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    batchId: uuid('batch_id')
      .notNull()
      .references(() => batches.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    /** The person's college at application time (null for social learners): the college stage reviews it. */
    collegeId: uuid('college_id').references(() => colleges.id),
    level: integer('level').notNull(),
    status: text('status', { enum: applicationStatuses }).notNull(),
    rejectedStage: text('rejected_stage', { enum: ['college', 'centre'] }),
    source: text('source', { enum: ['portal', 'import'] }).notNull(),
    /** The 报名表 / 备案表 fields beyond the person record (address, work years, education, etc.). */
    form: jsonb('form').$type<StoredApplicationForm>().notNull().default({}),
    photoFileId: uuid('photo_file_id').references(() => files.id),
    /**
     * R-SCORE-03: null for the whole exam; 'theory' or 'skill' when the candidate kept the other part from an earlier
     * batch (`kept_parts`) and applies for this part alone: seated only in this part's sittings, charged the part fee.
     */
    onlyPart: text('only_part', { enum: ['theory', 'skill'] }),
    /** [{ kind, fileId, name }]: 1+X certificate, title certificate, course transcript, other. */
    evidence: jsonb('evidence').$type<EvidenceItem[]>().notNull().default([]),
    /** R-ELIG-00: the engine's result at the last submission, with reasons; `eligible` for the reviewers' filter. */
    /** Older roster imports stored it without `at`: read it through `storedEligibility`. */
    eligibility: jsonb('eligibility').$type<Partial<EligibilityOut>>(),
    eligible: boolean('eligible'),
    eligibilityAt: timestamp('eligibility_at', { withTimezone: true }),
    /** R-FEE-01: the amount due (0 when free) and the payment state: unpaid | paid | free | refunded. */
    feeDue: numeric('fee_due', { precision: 10, scale: 2 }).notNull().default('0'),
    feeStatus: text('fee_status', { enum: feeStatuses }).notNull().default('unpaid'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('applications_live_uq')
      .on(t.batchId, t.personId)
      .where(sql`${t.status} <> 'withdrawn'`),
    index('applications_batch_status_idx').on(t.batchId, t.status),
    index('applications_college_idx').on(t.collegeId),
    index('applications_person_idx').on(t.personId),
    check(
      'applications_status_ck',
      sql`${t.status} in ('pending_college', 'pending_centre', 'rejected', 'approved', 'withdrawn')`,
    ),
    check('applications_level_ck', sql`${t.level} between 1 and 5`),
    check('applications_only_part_ck', sql`${t.onlyPart} is null or ${t.onlyPart} in ('theory', 'skill')`),
    check('applications_fee_status_ck', sql`${t.feeStatus} in ('unpaid', 'paid', 'free', 'refunded')`),
  ],
);

/** R-REG-02: every decision on an application: submit, resubmit, approve, reject, unlock, withdraw — who, when, why. */
export const applicationDecisions = pgTable(
  'application_decisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    stage: text('stage', { enum: reviewStages }).notNull(),
    action: text('action', { enum: decisionActions }).notNull(),
    reason: text('reason'),
    actorId: uuid('actor_id').notNull(),
    actorName: text('actor_name').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('application_decisions_app_idx').on(t.applicationId)],
);

/** R-FEE-01: the fee standard of an occupation and level, within the approved price, with the student price. */
export const feeStandards = pgTable(
  'fee_standards',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    occupationId: uuid('occupation_id')
      .notNull()
      .references(() => occupations.id),
    level: integer('level').notNull(),
    /** 物价部门核定的收费上限 (approved price). */
    approvedPrice: numeric('approved_price', { precision: 10, scale: 2 }).notNull(),
    amount: numeric('amount', { precision: 10, scale: 2 }).notNull(),
    /** 在校生优惠价 (J §6); null: no discount. */
    studentAmount: numeric('student_amount', { precision: 10, scale: 2 }),
    /** R-SCORE-03: 单科报考收费, what an application for one part alone pays; null: the full fee. */
    partAmount: numeric('part_amount', { precision: 10, scale: 2 }),
    /** H 八: the centre may run free of charge. */
    free: boolean('free').notNull().default(false),
    note: text('note'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('fee_standards_uq').on(t.occupationId, t.level),
    check(
      'fee_standards_price_ck',
      sql`${t.amount} <= ${t.approvedPrice} and (${t.studentAmount} is null or ${t.studentAmount} <= ${t.amount})`,
    ),
    check('fee_standards_part_ck', sql`${t.partAmount} is null or ${t.partAmount} <= ${t.amount}`),
  ],
);

/** R-FEE-01: payments and refunds, kept apart from expenses (收支两条线). */
export const payments = pgTable(
  'payments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    kind: text('kind', { enum: paymentKinds }).notNull(),
    amount: numeric('amount', { precision: 10, scale: 2 }).notNull(),
    method: text('method', { enum: paymentMethods }).notNull(),
    receiptNumber: text('receipt_number').notNull(),
    paidOn: date('paid_on', { mode: 'string' }).notNull(),
    note: text('note'),
    recordedBy: uuid('recorded_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('payments_receipt_uq').on(t.kind, t.receiptNumber),
    index('payments_application_idx').on(t.applicationId),
    check('payments_kind_ck', sql`${t.kind} in ('payment', 'refund')`),
    check('payments_amount_ck', sql`${t.amount} > 0`),
  ],
);
