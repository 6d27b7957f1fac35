import {
  boolean,
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
import type { Assessment } from '../../../shared/centre.js';

/** 认定中心 (R-ORG-01): the centre, its filing with the authority and the parent school's legal data. */
export const centres = pgTable('centres', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  shortName: text('short_name').notNull(),
  /** 备案号: 13 characters, the prefix of every certificate number (R-CERT-01). */
  filingCode: text('filing_code'),
  /** The date on the authority's 备案回执; the filing is valid 3 years from it. */
  filingDate: date('filing_date', { mode: 'string' }),
  type: text('type').notNull().default('院校'),
  contact: text('contact'),
  contactTitle: text('contact_title'),
  phone: text('phone'),
  mobile: text('mobile'),
  email: text('email'),
  website: text('website'),
  address: text('address'),
  /** 原鉴定所(站)代码 (H 备案申请表 填表说明 3). */
  previousCode: text('previous_code'),
  schoolName: text('school_name'),
  schoolAddress: text('school_address'),
  registrationAuthority: text('registration_authority'),
  /** 统一社会信用代码 (GB 32100). */
  creditCode: text('credit_code'),
  /** 公办 | 民办 */
  schoolNature: text('school_nature'),
  supervisingAuthority: text('supervising_authority'),
  legalRepresentative: text('legal_representative'),
  legalRepresentativeTitle: text('legal_representative_title'),
  legalRepresentativePhone: text('legal_representative_phone'),
  organisationStrengths: text('organisation_strengths'),
  professionalStrengths: text('professional_strengths'),
  /** 信息化建设情况 (H 备案申请表). */
  itSituation: text('it_situation'),
  /** Settings of the centre: days of warning before the filing expires; self-assessment pass mark. */
  filingWarnDays: integer('filing_warn_days').notNull().default(90),
  assessmentPassMark: integer('assessment_pass_mark').notNull().default(65),
  isDemo: boolean('is_demo').notNull().default(false),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** 二级学院 (R-ORG-07). */
export const colleges = pgTable('colleges', {
  id: uuid('id').primaryKey().defaultRandom(),
  centreId: uuid('centre_id')
    .notNull()
    .references(() => centres.id),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  head: text('head'),
  contact: text('contact'),
  phone: text('phone'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Editions of 职业分类大典 (R-ORG-02): '2015' (with later new-occupation notices) and '2022'. */
export const catalogueEditions = pgTable('catalogue_editions', {
  edition: text('edition').primaryKey(),
  name: text('name').notNull(),
  isDefault: boolean('is_default').notNull().default(false),
});

/** An occupation of one edition: identified by edition + code (codes and names differ between editions). */
export const occupations = pgTable(
  'occupations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    edition: text('edition')
      .notNull()
      .references(() => catalogueEditions.edition),
    code: text('code').notNull(),
    name: text('name').notNull(),
    /** S 数字职业 / L 绿色职业 / L/S */
    marker: text('marker'),
    /** Number of 工种 the source says the occupation has (their names may be unknown). */
    jobCount: integer('job_count'),
    /** Levels the national standard defines (1..5), null where unknown; editable. */
    levels: integer('levels').array(),
    levelsNote: text('levels_note'),
    standardNotice: text('standard_notice'),
    /** A known error of the source data, kept as published and flagged here. */
    sourceNote: text('source_note'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('occupations_edition_code_idx').on(t.edition, t.code), index('occupations_name_idx').on(t.name)],
);

/** 工种 / 职业方向 of an occupation, optionally with the levels its standard defines for it. */
export const occupationJobs = pgTable(
  'occupation_jobs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    occupationId: uuid('occupation_id')
      .notNull()
      .references(() => occupations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    levels: integer('levels').array(),
    source: text('source'),
    sourceNote: text('source_note'),
  },
  (t) => [uniqueIndex('occupation_jobs_name_idx').on(t.occupationId, t.name)],
);

/** 备案 / 增量备案 (R-ORG-04, R-ORG-05): draft → submitted → approved | returned. */
export const filings = pgTable('filings', {
  id: uuid('id').primaryKey().defaultRandom(),
  centreId: uuid('centre_id')
    .notNull()
    .references(() => centres.id),
  /** initial 机构设置备案 | incremental 评价职业(工种)增量备案 */
  category: text('category', { enum: ['initial', 'incremental'] as const }).notNull(),
  title: text('title').notNull(),
  status: text('status', { enum: ['draft', 'submitted', 'approved', 'returned'] as const })
    .notNull()
    .default('draft'),
  submittedAt: timestamp('submitted_at', { withTimezone: true }),
  /** The authority's reply (备案回执 / 增量备案回执): number and date. */
  replyNumber: text('reply_number'),
  replyDate: date('reply_date', { mode: 'string' }),
  returnReason: text('return_reason'),
  decidedAt: timestamp('decided_at', { withTimezone: true }),
  createdBy: uuid('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** 认定范围 (R-ORG-02/03): a row becomes active only when its filing is approved (R-ORG-04). */
export const scopeRows = pgTable(
  'scope_rows',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    centreId: uuid('centre_id')
      .notNull()
      .references(() => centres.id),
    filingId: uuid('filing_id')
      .notNull()
      .references(() => filings.id),
    occupationId: uuid('occupation_id')
      .notNull()
      .references(() => occupations.id),
    jobName: text('job_name'),
    levels: integer('levels').array().notNull(),
    /** national 国家职业技能标准 | spec 评价规范 */
    standardType: text('standard_type', { enum: ['national', 'spec'] as const }).notNull(),
    collegeId: uuid('college_id')
      .notNull()
      .references(() => colleges.id),
    /** 对应专业 */
    major: text('major'),
    /** pending (in a filing not yet approved) | active */
    status: text('status', { enum: ['pending', 'active'] as const })
      .notNull()
      .default('pending'),
    seq: integer('seq').notNull().default(0),
    activatedAt: timestamp('activated_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('scope_rows_filing_idx').on(t.filingId), index('scope_rows_status_idx').on(t.status, t.occupationId)],
);

/** R-ORG-03: the centre's approval for another college to run an occupation of a scope row it does not own. */
export const scopeApprovals = pgTable(
  'scope_approvals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    scopeRowId: uuid('scope_row_id')
      .notNull()
      .references(() => scopeRows.id),
    collegeId: uuid('college_id')
      .notNull()
      .references(() => colleges.id),
    approvedBy: text('approved_by').notNull(),
    approvedOn: date('approved_on', { mode: 'string' }).notNull(),
    number: text('number'),
    note: text('note'),
    recordedBy: uuid('recorded_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('scope_approvals_row_college_idx').on(t.scopeRowId, t.collegeId)],
);

/** 文件、规章制度清单 (H 备案申请表): name, date, issuing office and number. */
export const regulations = pgTable('regulations', {
  id: uuid('id').primaryKey().defaultRandom(),
  centreId: uuid('centre_id')
    .notNull()
    .references(() => centres.id),
  name: text('name').notNull(),
  issuedOn: date('issued_on', { mode: 'string' }),
  issuer: text('issuer'),
  seq: integer('seq').notNull().default(0),
});

/** 场地情况: work site, theory rooms, skill rooms (per occupation). */
export const venues = pgTable('venues', {
  id: uuid('id').primaryKey().defaultRandom(),
  centreId: uuid('centre_id')
    .notNull()
    .references(() => centres.id),
  /** office 工作场所 | theory 理论知识考场 | skill 操作技能考核场所 */
  kind: text('kind', { enum: ['office', 'theory', 'skill'] as const }).notNull(),
  occupationId: uuid('occupation_id').references(() => occupations.id),
  place: text('place').notNull(),
  area: numeric('area', { mode: 'number' }),
  count: integer('count').notNull().default(1),
  note: text('note'),
});

/* 设施设备情况 per occupation: the equipment module's ledger (server/db/schema/equipment.ts, R-ORG-05). */

/** 评估评分表 (R-ORG-06): the authority's score sheet as data. */
export const assessmentItems = pgTable('assessment_items', {
  id: text('id').primaryKey(),
  seq: integer('seq').notNull(),
  project: text('project').notNull(),
  subItem: text('sub_item').notNull(),
  content: text('content').notNull(),
  standard: text('standard').notNull(),
  /** points (scored up to maxPoints) | veto (否决项: yes/no, no points) | bonus (优先项目, extra points) */
  kind: text('kind', { enum: ['points', 'veto', 'bonus'] as const }).notNull(),
  maxPoints: integer('max_points').notNull().default(0),
  method: text('method'),
});

/** A self-assessment of the centre against the score sheet. */
export const assessments = pgTable('assessments', {
  id: uuid('id').primaryKey().defaultRandom(),
  centreId: uuid('centre_id')
    .notNull()
    .references(() => centres.id),
  title: text('title').notNull(),
  /** [{ itemId, points, ok, note }] */
  scores: jsonb('scores').$type<Assessment['scores']>().notNull().default([]),
  createdBy: uuid('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
