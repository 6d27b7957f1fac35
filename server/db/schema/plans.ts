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
import { sql } from 'drizzle-orm';
import { centres, colleges, occupations } from './centre.js';
import { users } from './auth.js';
import { batchMethods, batchStates, lateModes, sittingKinds, type BatchNotice } from '../../../shared/plans.js';

/** The centre's plan settings (R-PLAN-04 lead time and late handling, R-PLAN-06 training filing period). */
export const planSettings = pgTable('plan_settings', {
  centreId: uuid('centre_id')
    .primaryKey()
    .references(() => centres.id),
  leadDays: integer('lead_days').notNull().default(10),
  /** refuse | warn */
  lateMode: text('late_mode', { enum: lateModes }).notNull().default('refuse'),
  trainingFilingDays: integer('training_filing_days').notNull().default(20),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** 年度认定计划 (R-PLAN-01): one per year, drawn up at the end of the year before. */
export const annualPlans = pgTable('annual_plans', {
  id: uuid('id').primaryKey().defaultRandom(),
  centreId: uuid('centre_id')
    .notNull()
    .references(() => centres.id),
  year: integer('year').notNull().unique(),
  title: text('title').notNull(),
  note: text('note'),
  /** draft | issued */
  status: text('status', { enum: ['draft', 'issued'] as const })
    .notNull()
    .default('draft'),
  issuedAt: timestamp('issued_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** 学期认定计划 (R-PLAN-02): a college's plan for a semester, or an ad-hoc project (J §7). */
export const semesterPlans = pgTable(
  'semester_plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    collegeId: uuid('college_id')
      .notNull()
      .references(() => colleges.id),
    semester: text('semester').notNull(),
    adHoc: boolean('ad_hoc').notNull().default(false),
    title: text('title').notNull(),
    note: text('note'),
    /** draft | submitted | approved | returned */
    status: text('status', { enum: ['draft', 'submitted', 'approved', 'returned'] as const })
      .notNull()
      .default('draft'),
    reason: text('reason'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    submittedBy: uuid('submitted_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decidedBy: uuid('decided_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('semester_plans_regular_idx')
      .on(t.collegeId, t.semester)
      .where(sql`not ${t.adHoc}`),
  ],
);

/** A line of an annual or a semester plan: occupation, level, method, expected candidates, month. */
export const planLines = pgTable(
  'plan_lines',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    annualPlanId: uuid('annual_plan_id').references(() => annualPlans.id, { onDelete: 'cascade' }),
    semesterPlanId: uuid('semester_plan_id').references(() => semesterPlans.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    occupationId: uuid('occupation_id')
      .notNull()
      .references(() => occupations.id),
    jobName: text('job_name'),
    level: integer('level').notNull(),
    method: text('method', { enum: batchMethods }).notNull(),
    expectedCandidates: integer('expected_candidates').notNull().default(0),
    month: integer('month'),
    note: text('note'),
  },
  (t) => [
    index('plan_lines_annual_idx').on(t.annualPlanId),
    index('plan_lines_semester_idx').on(t.semesterPlanId),
    check('plan_lines_one_parent', sql`(${t.annualPlanId} is null) <> (${t.semesterPlanId} is null)`),
  ],
);

/** 培训班 (R-PLAN-06): filed with the authority within N working days after enrolment closes (P §14(一)). */
export const trainingClasses = pgTable('training_classes', {
  id: uuid('id').primaryKey().defaultRandom(),
  collegeId: uuid('college_id')
    .notNull()
    .references(() => colleges.id),
  name: text('name').notNull(),
  occupationId: uuid('occupation_id')
    .notNull()
    .references(() => occupations.id),
  jobName: text('job_name'),
  level: integer('level').notNull(),
  enrolmentClosesOn: date('enrolment_closes_on', { mode: 'string' }).notNull(),
  traineeCount: integer('trainee_count').notNull().default(0),
  note: text('note'),
  filedOn: date('filed_on', { mode: 'string' }),
  filingNumber: text('filing_number'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** 认定批次 / 当次认定计划 (R-PLAN-03): one occupation (job) with its levels, sittings and registration window. */
export const batches = pgTable(
  'batches',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    centreId: uuid('centre_id')
      .notNull()
      .references(() => centres.id),
    collegeId: uuid('college_id')
      .notNull()
      .references(() => colleges.id),
    semesterPlanId: uuid('semester_plan_id').references(() => semesterPlans.id),
    title: text('title').notNull(),
    occupationId: uuid('occupation_id')
      .notNull()
      .references(() => occupations.id),
    jobName: text('job_name'),
    levels: integer('levels').array().notNull(),
    method: text('method', { enum: batchMethods }).notNull(),
    state: text('state', { enum: batchStates }).notNull().default('draft'),
    registrationOpensOn: date('registration_opens_on', { mode: 'string' }).notNull(),
    registrationClosesOn: date('registration_closes_on', { mode: 'string' }).notNull(),
    registrationPlace: text('registration_place'),
    applicants: text('applicants'),
    conditions: text('conditions'),
    standard: text('standard'),
    fee: numeric('fee', { precision: 10, scale: 2 }).notNull().default('0'),
    capacity: integer('capacity').notNull(),
    zhoukouCourseVariant: boolean('zhoukou_course_variant').notNull().default(false),
    /** R-PLAN-04: the day the plan reached the authority, whether it was late, and the warning recorded. */
    submittedOn: date('submitted_on', { mode: 'string' }),
    submittedLate: boolean('submitted_late').notNull().default(false),
    submissionWarning: text('submission_warning'),
    approvalNumber: text('approval_number'),
    approvalDate: date('approval_date', { mode: 'string' }),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('batches_college_idx').on(t.collegeId), index('batches_state_idx').on(t.state)],
);

/** 考核场次: theory, skill or review sitting with day, times and place. */
export const batchSittings = pgTable(
  'batch_sittings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    batchId: uuid('batch_id')
      .notNull()
      .references(() => batches.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    kind: text('kind', { enum: sittingKinds }).notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    startsAt: text('starts_at').notNull(),
    endsAt: text('ends_at').notNull(),
    place: text('place').notNull(),
    /** R-ARR-04: the sitting's exam modules (考试模块), each needing ≥1 examiner who can examine it. */
    modules: text('modules')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
  },
  (t) => [index('batch_sittings_batch_idx').on(t.batchId)],
);

/** Every state change of a batch: who, when, from, to (R-PLAN-03). */
export const batchTransitions = pgTable(
  'batch_transitions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    batchId: uuid('batch_id')
      .notNull()
      .references(() => batches.id, { onDelete: 'cascade' }),
    fromState: text('from_state').notNull(),
    toState: text('to_state').notNull(),
    actorId: uuid('actor_id').notNull(),
    actorName: text('actor_name').notNull(),
    note: text('note'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('batch_transitions_batch_idx').on(t.batchId)],
);

/** 认定通知 (R-PLAN-05): the published notice, a snapshot of what the candidates were told. */
export const batchNotices = pgTable('batch_notices', {
  batchId: uuid('batch_id')
    .primaryKey()
    .references(() => batches.id, { onDelete: 'cascade' }),
  content: jsonb('content').$type<BatchNotice>().notNull(),
  publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
  publishedBy: uuid('published_by').references(() => users.id),
});
