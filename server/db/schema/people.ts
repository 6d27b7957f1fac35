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
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './auth.js';
import { colleges } from './centre.js';
import { files } from './platform.js';
import { idTypes } from '../../../shared/idcard.js';
import {
  appraisalGrades,
  classTypes,
  conflictRelations,
  documentTypes,
  educationLevels,
  examinerGrades,
  genders,
  misconductActs,
  personKinds,
  staffRoleKinds,
  supervisorDisqualifications,
  titleGrades,
} from '../../../shared/people.js';

const created = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

/**
 * A person (R-PPL-01/03): candidate or staff. R-PPL-02: the ID number is never stored in clear: `idCipher` is
 * AES-256-GCM (key outside the database), `idHash` an HMAC for lookups and uniqueness, `idMasked` what screens show
 * (the last four characters only). No plain column holds the region or the full birth date: with the mask they
 * would give the number back; the birth date is derived from the decrypted number where it is needed.
 */
export const persons = pgTable(
  'persons',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    gender: text('gender', { enum: genders }).notNull(),
    idType: text('id_type', { enum: idTypes }).notNull(),
    idCipher: text('id_cipher').notNull(),
    idHash: text('id_hash').notNull(),
    idMasked: text('id_masked').notNull(),
    /** R-PPL-02: the birth year alone (from the ID number); the full date is never stored in clear. */
    birthYear: integer('birth_year'),
    phone: text('phone'),
    photoFileId: uuid('photo_file_id').references(() => files.id),
    /** R-PPL-03: student | staff | social */
    kind: text('kind', { enum: personKinds }).notNull(),
    collegeId: uuid('college_id').references(() => colleges.id),
    education: text('education'),
    workUnit: text('work_unit'),
    /** 是否本单位职工 (备案申请表). */
    ownStaff: boolean('own_staff').notNull().default(false),
    // Student (R-PPL-03)
    major: text('major'),
    className: text('class_name'),
    enrolmentYear: integer('enrolment_year'),
    educationLevel: text('education_level', { enum: educationLevels }),
    classType: text('class_type', { enum: classTypes }), // 技工院校 only
    graduating: boolean('graduating').notNull().default(false),
    /** 优秀中职毕业生, flagged by the college (R-ELIG-01, H 报名审核 一.1). */
    excellent: boolean('excellent').notNull().default(false),
    /** 学号: how the academic system and rosters name a student (R-REG-01, R-ELIG-04 course results). */
    studentNumber: text('student_number'),
    // Professional title and skill level (staff; also used by R-PPL-04/07 for examiners and experts)
    titleSeries: text('title_series'),
    titleName: text('title_name'),
    titleGrade: text('title_grade', { enum: titleGrades }),
    titleDate: date('title_date', { mode: 'string' }),
    skillLevel: integer('skill_level'),
    skillOccupation: text('skill_occupation'),
    /** The login account of this person (an examiner sees their own record through it). */
    userId: uuid('user_id').references(() => users.id),
    createdAt: created(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('persons_id_uq').on(t.idType, t.idHash),
    uniqueIndex('persons_user_uq').on(t.userId),
    index('persons_college_idx').on(t.collegeId, t.className, t.enrolmentYear),
    uniqueIndex('persons_student_number_uq').on(t.studentNumber),
    check('persons_skill_level_ck', sql`${t.skillLevel} between 1 and 5`),
  ],
);

/** 考评员 (R-PPL-04/05/09). */
export const examiners = pgTable('examiners', {
  id: uuid('id').primaryKey().defaultRandom(),
  personId: uuid('person_id')
    .notNull()
    .unique()
    .references(() => persons.id),
  grade: text('grade', { enum: examinerGrades }).notNull(),
  trainingHours: integer('training_hours').notNull(),
  /** R-PPL-04: the person's skill level is in an occupation related to those examined (the centre's judgement). */
  skillRelated: boolean('skill_related').notNull().default(false),
  certificateNumber: text('certificate_number').notNull(),
  certificateIssuedOn: date('certificate_issued_on', { mode: 'string' }).notNull(),
  certificateValidUntil: date('certificate_valid_until', { mode: 'string' }).notNull(),
  firstExaminingYear: integer('first_examining_year'),
  termStart: date('term_start', { mode: 'string' }),
  termEnd: date('term_end', { mode: 'string' }),
  dismissed: boolean('dismissed').notNull().default(false),
  dismissedAt: timestamp('dismissed_at', { withTimezone: true }),
  dismissalReason: text('dismissal_reason'),
  createdAt: created(),
});

/** The occupations an examiner may examine (R-PPL-04, H Q&A 3): catalogue edition + occupation code. */
export const examinerOccupations = pgTable(
  'examiner_occupations',
  {
    examinerId: uuid('examiner_id')
      .notNull()
      .references(() => examiners.id, { onDelete: 'cascade' }),
    edition: text('edition').notNull(),
    occupationCode: text('occupation_code').notNull(),
    occupationName: text('occupation_name').notNull(),
    /** R-ARR-04: the exam modules of this occupation the examiner can examine. */
    modules: text('modules')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
  },
  (t) => [
    primaryKey({ columns: [t.examinerId, t.edition, t.occupationCode] }),
    index('examiner_occ_idx').on(t.edition, t.occupationCode),
  ],
);

/** 质量督导员 (R-PPL-06). */
export const supervisors = pgTable('supervisors', {
  id: uuid('id').primaryKey().defaultRandom(),
  personId: uuid('person_id')
    .notNull()
    .unique()
    .references(() => persons.id),
  basis: text('basis', { enum: ['examiner', 'management'] as const }).notNull(),
  basisYears: integer('basis_years').notNull(),
  certificateNumber: text('certificate_number').notNull(),
  certificateIssuedOn: date('certificate_issued_on', { mode: 'string' }).notNull(),
  certificateValidUntil: date('certificate_valid_until', { mode: 'string' }).notNull(),
  disqualified: boolean('disqualified').notNull().default(false),
  disqualifiedAt: timestamp('disqualified_at', { withTimezone: true }),
  disqualificationReason: text('disqualification_reason', { enum: supervisorDisqualifications }),
  disqualificationNote: text('disqualification_note'),
  createdAt: created(),
});

/** 专家 (R-PPL-07): one row per occupation expert group membership and term. */
export const experts = pgTable(
  'experts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    edition: text('edition').notNull(),
    occupationCode: text('occupation_code').notNull(),
    occupationName: text('occupation_name').notNull(),
    leader: boolean('leader').notNull().default(false),
    examiningYears: integer('examining_years').notNull(),
    newOccupation: boolean('new_occupation').notNull().default(false),
    termStart: date('term_start', { mode: 'string' }).notNull(),
    termEnd: date('term_end', { mode: 'string' }).notNull(),
    revoked: boolean('revoked').notNull().default(false),
    createdAt: created(),
  },
  (t) => [uniqueIndex('experts_group_uq').on(t.personId, t.edition, t.occupationCode, t.termStart)],
);

/** 监考人员 / 考务人员; `active` ends with misconduct (R-PPL-10). */
export const examStaff = pgTable(
  'exam_staff',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    role: text('role', { enum: ['proctor', 'exam_staff'] as const }).notNull(),
    active: boolean('active').notNull().default(true),
    endedReason: text('ended_reason'),
    createdAt: created(),
  },
  (t) => [uniqueIndex('exam_staff_uq').on(t.personId, t.role)],
);

/** 聘书 / 聘任合同 of every staff role, with its term. */
export const appointments = pgTable('appointments', {
  id: uuid('id').primaryKey().defaultRandom(),
  personId: uuid('person_id')
    .notNull()
    .references(() => persons.id),
  role: text('role', { enum: staffRoleKinds }).notNull(),
  letterNumber: text('letter_number'),
  startDate: date('start_date', { mode: 'string' }).notNull(),
  endDate: date('end_date', { mode: 'string' }).notNull(),
  fileId: uuid('file_id').references(() => files.id),
  note: text('note'),
  createdAt: created(),
});

/** A person's file (档案): the documents kept for them (考评人员管理办法 §11, 专家管理办法 §4). */
export const personDocuments = pgTable('person_documents', {
  id: uuid('id').primaryKey().defaultRandom(),
  personId: uuid('person_id')
    .notNull()
    .references(() => persons.id),
  fileId: uuid('file_id')
    .notNull()
    .references(() => files.id),
  docType: text('doc_type', { enum: documentTypes }).notNull(),
  title: text('title').notNull(),
  createdAt: created(),
});

/** R-PPL-08: hand-entered relations between a staff member and a candidate. */
export const conflicts = pgTable(
  'conflicts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    staffPersonId: uuid('staff_person_id')
      .notNull()
      .references(() => persons.id),
    candidatePersonId: uuid('candidate_person_id')
      .notNull()
      .references(() => persons.id),
    relation: text('relation', { enum: conflictRelations }).notNull(),
    note: text('note'),
    createdAt: created(),
  },
  (t) => [uniqueIndex('conflicts_uq').on(t.staffPersonId, t.candidatePersonId, t.relation)],
);

/** R-PPL-08: who teaches which class; every student of the class is in conflict with the teacher. */
export const teacherClasses = pgTable(
  'teacher_classes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    teacherPersonId: uuid('teacher_person_id')
      .notNull()
      .references(() => persons.id),
    collegeId: uuid('college_id')
      .notNull()
      .references(() => colleges.id),
    className: text('class_name').notNull(),
    enrolmentYear: integer('enrolment_year').notNull(),
    createdAt: created(),
  },
  (t) => [
    uniqueIndex('teacher_classes_uq').on(t.teacherPersonId, t.collegeId, t.className, t.enrolmentYear),
    index('teacher_classes_class_idx').on(t.collegeId, t.className, t.enrolmentYear),
  ],
);

/** R-PPL-09: an examiner's evaluation after one batch (or an assigned batch missed). */
export const appraisalScores = pgTable(
  'appraisal_scores',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    examinerId: uuid('examiner_id')
      .notNull()
      .references(() => examiners.id),
    year: integer('year').notNull(),
    batchRef: text('batch_ref').notNull(),
    batchDate: date('batch_date', { mode: 'string' }).notNull(),
    attended: boolean('attended').notNull(),
    score: numeric('score', { precision: 5, scale: 2, mode: 'number' }),
    weight: numeric('weight', { precision: 6, scale: 2, mode: 'number' }).notNull().default(1),
    note: text('note'),
    createdAt: created(),
  },
  (t) => [uniqueIndex('appraisal_scores_uq').on(t.examinerId, t.batchRef)],
);

/** R-PPL-09: the finalised annual grade of an examiner. */
export const appraisalYears = pgTable(
  'appraisal_years',
  {
    examinerId: uuid('examiner_id')
      .notNull()
      .references(() => examiners.id),
    year: integer('year').notNull(),
    average: numeric('average', { precision: 5, scale: 2, mode: 'number' }),
    grade: text('grade', { enum: appraisalGrades }).notNull(),
    reason: text('reason'),
    finalizedAt: timestamp('finalized_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.examinerId, t.year] })],
);

/** R-PPL-10: exam-staff misconduct (考务人员违纪处理办法 §5–7). */
export const misconductRecords = pgTable('misconduct_records', {
  id: uuid('id').primaryKey().defaultRandom(),
  personId: uuid('person_id')
    .notNull()
    .references(() => persons.id),
  act: text('act', { enum: misconductActs }).notNull(),
  occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
  batchRef: text('batch_ref'),
  description: text('description').notNull(),
  evidenceFileIds: jsonb('evidence_file_ids').$type<string[]>().notNull().default([]),
  appealStatus: text('appeal_status', { enum: ['none', 'pending', 'upheld', 'overturned'] as const })
    .notNull()
    .default('none'),
  appealText: text('appeal_text'),
  appealOutcome: text('appeal_outcome'),
  appealDecidedAt: timestamp('appeal_decided_at', { withTimezone: true }),
  createdAt: created(),
});

/** The module's settings (one row): SPEC values that differ between sources are settings, not constants. */
export const peopleSettings = pgTable('people_settings', {
  id: integer('id').primaryKey().default(1),
  /** R-PPL-07: 年龄一般不超过 65 周岁. */
  expertMaxAge: integer('expert_max_age').notNull().default(65),
  /** Expiry reminders this many days ahead. */
  reminderDays: integer('reminder_days').notNull().default(90),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
