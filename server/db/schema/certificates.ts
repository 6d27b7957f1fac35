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
import { files } from './platform.js';

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
 * certificate, R-CERT-04, `replacedById`); valid ⇄ suspended while a doubt is checked, suspended → revoked. `statusIndex`: its bit in the Bitstring Status List.
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
    state: text('state', { enum: ['valid', 'suspended', 'revoked', 'replaced'] })
      .notNull()
      .default('valid'),
    revokedAt: at('revoked_at'),
    revokedBy: uuid('revoked_by').references(() => users.id),
    revokeReason: text('revoke_reason'),
    /** While `suspended`: since when, by whom, why (cleared when reinstated; the audit trail keeps each step). */
    suspendedAt: at('suspended_at'),
    suspendedBy: uuid('suspended_by').references(() => users.id),
    suspendReason: text('suspend_reason'),
    /** A reissue names the certificate it replaces, and the original the reissue. */
    replacesId: uuid('replaces_id'),
    replacedById: uuid('replaced_by_id'),
    reissueReason: text('reissue_reason'),
    /** `imported`: the number was assigned by the province's platform and imported (R-CERT-01). */
    source: text('source', { enum: ['issued', 'imported'] })
      .notNull()
      .default('issued'),
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

/** R-CERT-02: the centre's print settings (one row, id 1): face layout with printers, seal, query addresses, font. */
export const certificatePrintSettings = pgTable('certificate_print_settings', {
  id: integer('id').primaryKey().default(1),
  /** `FaceLayoutSetting` (face/layout.ts): positions in mm and an X/Y offset per printer. */
  face: jsonb('face').notNull(),
  /** The seal image (PNG with transparency), a stored file. */
  sealFileId: uuid('seal_file_id'),
  /** The national (and optional provincial) query addresses printed on the face. */
  queryAddresses: jsonb('query_addresses').$type<{
    certificate: string;
    assessment: string;
    provincial: string | null;
  }>(),
  /** The Chinese face (`faceFontChoices`). */
  chineseFont: text('chinese_font').notNull().default('wenkai'),
  updatedAt: at('updated_at').notNull().defaultNow(),
  updatedBy: uuid('updated_by').references(() => users.id),
});

/**
 * R-CERT-03: a print run of a batch's certificates in 套打 on blank stock: the sheets it took from stock (an `issue`
 * move of the ledger), the pages the job printed, and its settlement: sheets used = printed + spoiled (serials).
 */
export const certificatePrintRuns = pgTable(
  'certificate_print_runs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    batchId: uuid('batch_id')
      .notNull()
      .references(() => batches.id),
    jobId: uuid('job_id'),
    printer: text('printer'),
    firstSerial: integer('first_serial').notNull(),
    lastSerial: integer('last_serial').notNull(),
    /** Pages the job printed (null until it has run). */
    printed: integer('printed'),
    state: text('state', { enum: ['open', 'settled'] })
      .notNull()
      .default('open'),
    printedSheets: integer('printed_sheets'),
    spoiledSerials: jsonb('spoiled_serials').$type<number[]>(),
    settleNote: text('settle_note'),
    settledAt: at('settled_at'),
    settledBy: uuid('settled_by').references(() => users.id),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: created(),
  },
  (t) => [index('certificate_print_runs_batch_idx').on(t.batchId)],
);

/** R-CERT-03: who collected a certificate, when, and their signature (a typed name or a signature image). */
export const certificateDistributions = pgTable(
  'certificate_distributions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    certificateId: uuid('certificate_id')
      .notNull()
      .references(() => certificates.id),
    batchId: uuid('batch_id')
      .notNull()
      .references(() => batches.id),
    collectorName: text('collector_name').notNull(),
    collectedOn: date('collected_on', { mode: 'string' }).notNull(),
    signatureName: text('signature_name'),
    signatureFileId: uuid('signature_file_id'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: created(),
  },
  (t) => [
    uniqueIndex('certificate_distributions_certificate_idx').on(t.certificateId),
    index('certificate_distributions_batch_idx').on(t.batchId),
  ],
);

/**
 * R-CERT-04: the exports of a batch's certificate data for the national query system. Each is stored once as a file
 * with its SHA-256 frozen here; a later export after a change (revocation, reissue, import) is a new version, and
 * the earlier ones are kept. `fingerprint`: SHA-256 of the rows' canonical JSON, to tell whether the data changed.
 */
export const certificateExports = pgTable(
  'certificate_exports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    batchId: uuid('batch_id')
      .notNull()
      .references(() => batches.id),
    version: integer('version').notNull(),
    fileId: uuid('file_id')
      .notNull()
      .references(() => files.id),
    sha256: text('sha256').notNull(),
    fingerprint: text('fingerprint').notNull(),
    rowCount: integer('row_count').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: created(),
  },
  (t) => [uniqueIndex('certificate_exports_version_idx').on(t.batchId, t.version)],
);
