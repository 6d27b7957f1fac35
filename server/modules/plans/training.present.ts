import type { trainingClasses } from '../../db/schema/index.js';
import { AppError } from '../../http/errors.js';
import type { TrainingClass } from '../../../shared/plans.js';
import type { WorkCalendar } from '../calendar/calendar.rules.js';
import { trainingFilingDeadline, trainingFilingStatus } from './plans.rules.js';

/** A training class row with its college and occupation names. */
export type TrainingRow = {
  t: typeof trainingClasses.$inferSelect;
  collegeName: string;
  edition: string;
  code: string;
  occupationName: string;
};

/** R-PLAN-06: a training class with its filing deadline (or why it cannot be counted) and filing status. */
export function presentTrainingClass(r: TrainingRow, cal: WorkCalendar, days: number, today: string): TrainingClass {
  let filingDeadline: string | null = null;
  let deadlineError: string | null = null;
  try {
    filingDeadline = trainingFilingDeadline(cal, r.t.enrolmentClosesOn, days);
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    deadlineError = e.message;
  }
  return {
    id: r.t.id,
    collegeId: r.t.collegeId,
    collegeName: r.collegeName,
    name: r.t.name,
    edition: r.edition,
    code: r.code,
    occupationName: r.occupationName,
    jobName: r.t.jobName,
    level: r.t.level,
    enrolmentClosesOn: r.t.enrolmentClosesOn,
    traineeCount: r.t.traineeCount,
    note: r.t.note,
    filingDeadline,
    deadlineError,
    filedOn: r.t.filedOn,
    filingNumber: r.t.filingNumber,
    filingStatus: filingDeadline ? trainingFilingStatus(filingDeadline, r.t.filedOn, today) : 'unknown',
  };
}
