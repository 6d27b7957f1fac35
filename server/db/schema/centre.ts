import { boolean, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** 认定中心 (R-ORG-01). The full filing data arrives with the centre module; this is what the platform needs. */
export const centres = pgTable('centres', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  shortName: text('short_name').notNull(),
  filingCode: text('filing_code'),
  isDemo: boolean('is_demo').notNull().default(false),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
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
