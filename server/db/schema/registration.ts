import { sql } from 'drizzle-orm';
import { boolean, check, index, numeric, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { persons } from './people.js';

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
    part: text('part').notNull(), // theory | practical
    attempt: text('attempt').notNull(), // first | retake
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
  (t) => [uniqueIndex('required_courses_uq').on(t.edition, t.occupationCode, t.courseCode), index('required_courses_course_idx').on(t.courseCode)],
);
