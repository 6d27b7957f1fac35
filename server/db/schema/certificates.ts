import {
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { users } from './auth.js';
import { centres } from './centre.js';
import { applications } from './registration.js';
import { batches } from './plans.js';
import { persons } from './people.js';

/**
 * 职业技能等级证书 (R-CERT-01…05, R-VIOL-05): the serial counters of the numbers, the certificates issued from final
 * results with their signature, revocation and reissue. Only the `certificates` module queries these tables.
 */

const created = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const at = (name: string) => timestamp(name, { withTimezone: true });

/**
 * R-CERT-01: the last serial used per (centre, year, level). A serial is taken with one
 * `INSERT … ON CONFLICT DO UPDATE … RETURNING`, which locks the row: safe across transactions and app processes.
 */
export const certificateCounters = pgTable(
  'certificate_counters',
  {
    centreId: uuid('centre_id')
      .notNull()
      .references(() => centres.id),
    /** The 2 digits of the year of issue. */
    year: text('year').notNull(),
    level: integer('level').notNull(),
    lastSerial: integer('last_serial').notNull(),
  },
  (t) => [primaryKey({ columns: [t.centreId, t.year, t.level] })],
);

/** The certificate data as signed (R-CERT-05): what the certificate shows, the ID number masked (R-PPL-02). */
export interface CertificateData {
  number: string;
  name: string;
  idType: string;
  idMasked: string;
  occupation: string;
  job: string;
  level: number;
  issueDate: string;
  centre: string;
}

/**
 * One certificate. `state`: valid → revoked (R-VIOL-05 or the centre, with a reason) or replaced (a reissue of a lost
 * certificate, R-CERT-04, `replacedById`). `statusIndex`: its bit in the Bitstring Status List.
 */
export const certificates = pgTable(
  'certificates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    number: text('number').notNull(),
    centreId: uuid('centre_id')
      .notNull()
      .references(() => centres.id),
    batchId: uuid('batch_id')
      .notNull()
      .references(() => batches.id),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    year: text('year').notNull(),
    level: integer('level').notNull(),
    serial: integer('serial').notNull(),
    issueDate: date('issue_date', { mode: 'string' }).notNull(),
    data: jsonb('data').$type<CertificateData>().notNull(),
    /** Ed25519 over the canonical JSON of `data`, base64url. */
    signature: text('signature').notNull(),
    statusIndex: integer('status_index').notNull(),
    state: text('state', { enum: ['valid', 'revoked', 'replaced'] })
      .notNull()
      .default('valid'),
    revokedAt: at('revoked_at'),
    revokedBy: uuid('revoked_by').references(() => users.id),
    revokeReason: text('revoke_reason'),
    /** A reissue names the certificate it replaces, and the original the reissue. */
    replacesId: uuid('replaces_id'),
    replacedById: uuid('replaced_by_id'),
    reissueReason: text('reissue_reason'),
    issuedBy: uuid('issued_by').references(() => users.id),
    createdAt: created(),
  },
  (t) => [
    uniqueIndex('certificates_number_idx').on(t.number),
    uniqueIndex('certificates_status_index_idx').on(t.statusIndex),
    uniqueIndex('certificates_serial_idx').on(t.centreId, t.year, t.level, t.serial),
    /** One original certificate per application; reissues replace it. */
    uniqueIndex('certificates_application_idx')
      .on(t.applicationId)
      .where(sql`replaces_id is null`),
    index('certificates_batch_idx').on(t.batchId),
  ],
);

/** R-CERT-03: the blank-certificate stock's settings (one row, id 1): the low-stock alert level. */
export const certificateStockSettings = pgTable('certificate_stock_settings', {
  id: integer('id').primaryKey().default(1),
  lowStock: integer('low_stock').notNull(),
  updatedAt: at('updated_at').notNull().defaultNow(),
  updatedBy: uuid('updated_by').references(() => users.id),
});

/**
 * R-CERT-03: the ledger of blank certificate sheets by their printed serial: received into stock, issued to a print
 * run, spoiled or voided, destroyed (the destruction register). Every sheet is traceable through its moves.
 */
export const certificateStockMoves = pgTable(
  'certificate_stock_moves',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind', { enum: ['receive', 'issue', 'spoil', 'destroy'] }).notNull(),
    firstSerial: integer('first_serial').notNull(),
    lastSerial: integer('last_serial').notNull(),
    note: text('note').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: created(),
  },
  (t) => [index('certificate_stock_moves_kind_idx').on(t.kind, t.firstSerial)],
);

/** R-CERT-03: a stocktake: the sheets counted against the ledger, and the difference. */
export const certificateStocktakes = pgTable('certificate_stocktakes', {
  id: uuid('id').primaryKey().defaultRandom(),
  expected: integer('expected').notNull(),
  counted: integer('counted').notNull(),
  difference: integer('difference').notNull(),
  note: text('note').notNull(),
  createdBy: uuid('created_by').references(() => users.id),
  createdAt: created(),
});
