import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
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
import { occupations } from './centre.js';
import { persons } from './people.js';
import { applications } from './registration.js';
import { batchSittings } from './plans.js';
import {
  assemblyKinds,
  bankParts,
  importances,
  itemStates,
  itemTypes,
  paperStates,
  partialCreditRules,
  printKinds,
} from '../../../shared/itembank.js';
import type { AssemblyReport, ItemContent, PaperEntry, PlanSpec } from '../../modules/itembank/itembank.types.js';

/**
 * 题库与试卷 (R-BANK-01…03): blueprints (鉴定要素细目表) as trees of 鉴定范围 down to 鉴定点, items with immutable
 * versions, assembly plans (组卷方案), assemblies and their papers sealed at publication, print runs, and the
 * custody registers (试卷保密室值班记录, 文件移交登记表). Only the `itembank` module queries these tables.
 */

const created = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

/** The bank's settings (one row, id 1): the blueprint checks' thresholds and the assembly defaults. */
export const bankSettings = pgTable('bank_settings', {
  id: integer('id').primaryKey().default(1),
  /** Share of X 鉴定点 in a blueprint at least this (default 80%). */
  minXShare: numeric('min_x_share', { precision: 5, scale: 4, mode: 'number' }).notNull().default(0.8),
  /** Share of Z 鉴定点 at most this (default 5%). */
  maxZShare: numeric('max_z_share', { precision: 5, scale: 4, mode: 'number' }).notNull().default(0.05),
  /** Active items per 鉴定点 at least this (default 4). */
  minItemsPerPoint: integer('min_items_per_point').notNull().default(4),
  multiplePartialCredit: text('multiple_partial_credit', { enum: partialCreditRules }).notNull().default('none'),
  /** Defaults of a new assembly plan: maximum overlap of two forms, maximum exposure of an item across forms. */
  maxOverlap: numeric('max_overlap', { precision: 5, scale: 4, mode: 'number' }).notNull().default(0.1),
  maxExposure: numeric('max_exposure', { precision: 5, scale: 4, mode: 'number' }).notNull().default(0.06),
  /** One item per 鉴定点 on a form, by default. */
  onePerPoint: boolean('one_per_point').notNull().default(true),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** 鉴定要素细目表 of one occupation, level and part. */
export const blueprints = pgTable(
  'blueprints',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    occupationId: uuid('occupation_id')
      .notNull()
      .references(() => occupations.id),
    level: integer('level').notNull(),
    part: text('part', { enum: bankParts }).notNull(),
    /** Where it came from, e.g. the standard's edition or the imported file's name. */
    source: text('source'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: created(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('blueprints_uq').on(t.occupationId, t.level, t.part),
    check('blueprints_level_ck', sql`${t.level} between 1 and 5`),
  ],
);

/**
 * A node of a blueprint: a 鉴定范围 (kind 'range', any depth, with its 鉴定比重 in percent) or a 鉴定点 (kind
 * 'point', a leaf, with its 重要程度). `code` is unique within the blueprint.
 */
export const blueprintNodes = pgTable(
  'blueprint_nodes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    blueprintId: uuid('blueprint_id')
      .notNull()
      .references(() => blueprints.id, { onDelete: 'cascade' }),
    parentId: uuid('parent_id'),
    kind: text('kind', { enum: ['range', 'point'] }).notNull(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    /** 鉴定比重 (%) of a 鉴定范围 within its parent's part; null on 鉴定点. */
    weight: numeric('weight', { precision: 6, scale: 2, mode: 'number' }),
    importance: text('importance', { enum: importances }),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [
    uniqueIndex('blueprint_nodes_code_uq').on(t.blueprintId, t.code),
    index('blueprint_nodes_parent_idx').on(t.parentId),
  ],
);

/**
 * An item (试题): its identity, state and tags. The content is in `itemVersions`; `currentVersionId` is the version
 * being edited or used. Items sharing an `enemyKey` never appear on the same form.
 */
export const items = pgTable(
  'items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    blueprintId: uuid('blueprint_id')
      .notNull()
      .references(() => blueprints.id),
    pointId: uuid('point_id')
      .notNull()
      .references(() => blueprintNodes.id),
    type: text('type', { enum: itemTypes }).notNull(),
    state: text('state', { enum: itemStates }).notNull().default('draft'),
    /** 题号 shown to users, unique within the blueprint, e.g. `T-0001`. */
    code: text('code').notNull(),
    currentVersionId: uuid('current_version_id'),
    authorId: uuid('author_id').references(() => users.id),
    reviewerId: uuid('reviewer_id').references(() => users.id),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    reviewNote: text('review_note'),
    enemyKey: text('enemy_key'),
    createdAt: created(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('items_code_uq').on(t.blueprintId, t.code),
    index('items_blueprint_state_idx').on(t.blueprintId, t.state),
    index('items_point_idx').on(t.pointId),
  ],
);

/**
 * One version of an item's content. A version used by a paper (`usedAt` set) never changes: editing an active or
 * used item makes a new version. `contentHash` is SHA-256 of the canonical content.
 */
export const itemVersions = pgTable(
  'item_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => items.id),
    version: integer('version').notNull(),
    difficulty: integer('difficulty').notNull(),
    /** Options keep their order on every form (e.g. "以上都对"). */
    noShuffle: boolean('no_shuffle').notNull().default(false),
    content: jsonb('content').$type<ItemContent>().notNull(),
    contentHash: text('content_hash').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: created(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('item_versions_uq').on(t.itemId, t.version),
    check('item_versions_difficulty_ck', sql`${t.difficulty} between 1 and 3`),
  ],
);

/** 组卷方案: what every form of a part must hold (counts per type, range, difficulty; X points; overlap; exposure). */
export const assemblyPlans = pgTable('assembly_plans', {
  id: uuid('id').primaryKey().defaultRandom(),
  blueprintId: uuid('blueprint_id')
    .notNull()
    .references(() => blueprints.id),
  name: text('name').notNull(),
  spec: jsonb('spec').$type<PlanSpec>().notNull(),
  createdBy: uuid('created_by').references(() => users.id),
  createdAt: created(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** One run of the assembler under a plan: its kind, the forms asked for, and the report (capacity, checker, cells). */
export const assemblies = pgTable('assemblies', {
  id: uuid('id').primaryKey().defaultRandom(),
  planId: uuid('plan_id')
    .notNull()
    .references(() => assemblyPlans.id),
  kind: text('kind', { enum: assemblyKinds }).notNull(),
  /** The computer-based sitting whose candidates get one form each (per_candidate). */
  sittingId: uuid('sitting_id').references(() => batchSittings.id),
  formCount: integer('form_count').notNull(),
  /** The plan as it was when assembled (a later edit of the plan does not change what these forms were checked against). */
  spec: jsonb('spec').$type<PlanSpec>().notNull(),
  report: jsonb('report').$type<AssemblyReport>().notNull(),
  seed: integer('seed').notNull(),
  createdBy: uuid('created_by').references(() => users.id),
  createdAt: created(),
});

/**
 * A paper (试卷) or form: its ordered entries (item version, points, option order). Published ⇒ sealed: `sealHash`
 * is SHA-256 of its canonical form (entries with each version's content hash), also recorded in the audit trail.
 */
export const papers = pgTable(
  'papers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    assemblyId: uuid('assembly_id')
      .notNull()
      .references(() => assemblies.id),
    /** `A`, `B`, or the form's number for per-candidate forms. */
    label: text('label').notNull(),
    title: text('title').notNull(),
    /** Per-candidate forms: whose form it is. */
    personId: uuid('person_id').references(() => persons.id),
    applicationId: uuid('application_id').references(() => applications.id),
    entries: jsonb('entries').$type<PaperEntry[]>().notNull(),
    totalPoints: numeric('total_points', { precision: 7, scale: 2, mode: 'number' }).notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    state: text('state', { enum: paperStates }).notNull().default('draft'),
    sealHash: text('seal_hash'),
    publishedBy: uuid('published_by').references(() => users.id),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdAt: created(),
  },
  (t) => [uniqueIndex('papers_label_uq').on(t.assemblyId, t.label), index('papers_person_idx').on(t.personId)],
);

/** A print run: which document of a paper, how many copies, by whom. */
export const paperPrints = pgTable('paper_prints', {
  id: uuid('id').primaryKey().defaultRandom(),
  paperId: uuid('paper_id')
    .notNull()
    .references(() => papers.id),
  kind: text('kind', { enum: printKinds }).notNull(),
  copies: integer('copies').notNull(),
  note: text('note'),
  printedBy: uuid('printed_by').references(() => users.id),
  printedAt: timestamp('printed_at', { withTimezone: true }).notNull().defaultNow(),
});

/** 试卷保密室值班记录 (R-BANK-03): two people on duty, times, the seal and the count checked. */
export const custodyDuties = pgTable(
  'custody_duties',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The papers kept, e.g. "2026 年第二批 电工四级 理论试卷". */
    subject: text('subject').notNull(),
    batchId: uuid('batch_id'),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    keeper1: text('keeper1').notNull(),
    keeper2: text('keeper2').notNull(),
    sealIntact: boolean('seal_intact').notNull(),
    count: integer('count').notNull(),
    note: text('note'),
    recordedBy: uuid('recorded_by').references(() => users.id),
    createdAt: created(),
  },
  (t) => [check('custody_duties_time_ck', sql`${t.endsAt} > ${t.startsAt}`)],
);

/** 文件移交登记表 (R-BANK-03, H 质量保障 3): document, time, place, keeper, receiver, leader, note; seal and count. */
export const documentTransfers = pgTable('document_transfers', {
  id: uuid('id').primaryKey().defaultRandom(),
  documentName: text('document_name').notNull(),
  batchId: uuid('batch_id'),
  transferredAt: timestamp('transferred_at', { withTimezone: true }).notNull(),
  place: text('place').notNull(),
  keeper: text('keeper').notNull(),
  receiver: text('receiver').notNull(),
  leader: text('leader').notNull(),
  count: integer('count'),
  sealIntact: boolean('seal_intact'),
  note: text('note'),
  recordedBy: uuid('recorded_by').references(() => users.id),
  createdAt: created(),
});

/**
 * Item statistics from a computer-based sitting (R-SCORE-01 §5, written by scoring after the sitting): how many
 * answered, difficulty p (share right) and discrimination (upper minus lower 27%), per item version and sitting.
 */
export const itemStatistics = pgTable(
  'item_statistics',
  {
    versionId: uuid('version_id')
      .notNull()
      .references(() => itemVersions.id),
    sittingId: uuid('sitting_id')
      .notNull()
      .references(() => batchSittings.id, { onDelete: 'cascade' }),
    answered: integer('answered').notNull(),
    difficulty: numeric('difficulty', { precision: 5, scale: 3, mode: 'number' }).notNull(),
    discrimination: numeric('discrimination', { precision: 5, scale: 3, mode: 'number' }),
    computedAt: created(),
  },
  (t) => [primaryKey({ columns: [t.versionId, t.sittingId] })],
);
