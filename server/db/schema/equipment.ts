import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  numeric,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './auth.js';
import { occupations } from './centre.js';
import { examRooms } from './arrangement.js';
import { batches } from './plans.js';

/**
 * 设备设施 (R-EQ-01…04): the ledger per occupation, maintenance/repair/calibration records, requests (loan, damage,
 * loss, purchase, scrapping) approved by the centre head, and the pre-batch check. Only the `equipment` module
 * queries these tables; the centre's filing application reads the ledger through `equipment.reads.ts` (R-ORG-05).
 */

const at = (name: string) => timestamp(name, { withTimezone: true });

/** One ledger line: a kind of equipment of one occupation (R-EQ-01); `quantity` is the number in service. */
export const equipmentItems = pgTable(
  'equipment_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    occupationId: uuid('occupation_id')
      .notNull()
      .references(() => occupations.id),
    name: text('name').notNull(),
    model: text('model'),
    quantity: integer('quantity').notNull(),
    /** How many of `quantity` are out on an approved loan. */
    onLoan: integer('on_loan').notNull().default(0),
    unit: text('unit'),
    purchasedOn: date('purchased_on', { mode: 'string' }),
    price: numeric('price', { precision: 12, scale: 2 }),
    parameters: text('parameters'),
    /** Which work contents (工作内容) of the occupation's standard the equipment serves. */
    workContents: text('work_contents'),
    ownership: text('ownership', { enum: ['owned', 'leased'] as const })
      .notNull()
      .default('owned'),
    location: text('location').notNull(),
    /** The arrangement's room it stands in, when it stands in one (R-EQ-03 excludes the room from skill sittings). */
    roomId: uuid('room_id').references(() => examRooms.id),
    /** 计量器具: a measuring instrument with a calibration due date (检定有效期至). */
    isInstrument: boolean('is_instrument').notNull().default(false),
    calibrationDueOn: date('calibration_due_on', { mode: 'string' }),
    /** in_service | retired (everything scrapped or lost). */
    status: text('status', { enum: ['in_service', 'retired'] as const })
      .notNull()
      .default('in_service'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('equipment_items_occupation_idx').on(t.occupationId),
    index('equipment_items_room_idx').on(t.roomId),
    check('equipment_items_quantity_ck', sql`${t.quantity} >= 0 and ${t.onLoan} >= 0 and ${t.onLoan} <= ${t.quantity}`),
  ],
);

/** R-EQ-02/03: maintenance, repair and calibration records; a calibration sets the item's new due date. */
export const equipmentRecords = pgTable(
  'equipment_records',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => equipmentItems.id),
    kind: text('kind', { enum: ['maintenance', 'repair', 'calibration'] as const }).notNull(),
    doneOn: date('done_on', { mode: 'string' }).notNull(),
    description: text('description').notNull(),
    doneBy: text('done_by').notNull(),
    calibrationDueOn: date('calibration_due_on', { mode: 'string' }),
    recordedBy: uuid('recorded_by').references(() => users.id),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [index('equipment_records_item_idx').on(t.itemId)],
);

/** R-EQ-04: a request by staff, approved or rejected by the centre head; its quantity effect only on approval. */
export const equipmentRequests = pgTable(
  'equipment_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => equipmentItems.id),
    kind: text('kind', { enum: ['loan', 'return', 'damage', 'loss', 'purchase', 'scrapping'] as const }).notNull(),
    quantity: integer('quantity').notNull(),
    reason: text('reason').notNull(),
    /** Who borrows (a loan). */
    borrower: text('borrower'),
    status: text('status', { enum: ['pending', 'approved', 'rejected'] as const })
      .notNull()
      .default('pending'),
    requestedBy: uuid('requested_by')
      .notNull()
      .references(() => users.id),
    requestedAt: at('requested_at').notNull().defaultNow(),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: at('decided_at'),
    decisionNote: text('decision_note'),
  },
  (t) => [
    index('equipment_requests_item_idx').on(t.itemId),
    check('equipment_requests_quantity_ck', sql`${t.quantity} > 0`),
  ],
);

/** R-EQ-02: the check before a batch that the equipment its skill sittings need is there and working; signed, then read-only. */
export const equipmentChecks = pgTable(
  'equipment_checks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    batchId: uuid('batch_id')
      .notNull()
      .references(() => batches.id),
    /** The day the check is made for: the batch's last skill sitting day (R-EQ-03). */
    examDay: date('exam_day', { mode: 'string' }).notNull(),
    signedBy: uuid('signed_by').references(() => users.id),
    signedAt: at('signed_at'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('equipment_checks_batch_uq').on(t.batchId)],
);

/** One item of a pre-batch check: present, working (usable), a note. */
export const equipmentCheckLines = pgTable(
  'equipment_check_lines',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    checkId: uuid('check_id')
      .notNull()
      .references(() => equipmentChecks.id),
    itemId: uuid('item_id')
      .notNull()
      .references(() => equipmentItems.id),
    present: boolean('present'),
    working: boolean('working'),
    note: text('note'),
  },
  (t) => [uniqueIndex('equipment_check_lines_uq').on(t.checkId, t.itemId)],
);
