// What other modules may read of registration's data (docs/ARCHITECTURE.md, "Module boundaries"). Functions here take the
// database or the caller's transaction and plain arguments, no actor: the calling service has already authorised
// its user. They return plain objects, never Drizzle rows of registration's tables.
import { and, asc, count, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { anyOf } from '../../db/sql.js';
import { applications, courseResults, payments, requiredCourses } from '../../db/schema/index.js';
import { storedEligibility } from './applications.present.js';
import { ticketAllowedSql } from './payments.service.js';

/** An application as another module needs it: whose, for which batch and level, and where it stands. */
export interface ApplicationSummary {
  id: string;
  batchId: string;
  personId: string;
  /** The person's college at application time; null for a social learner. */
  collegeId: string | null;
  level: number;
  /** R-SCORE-03: null for the whole exam, else the only part this application takes (seated in its sittings only). */
  onlyPart: 'theory' | 'skill' | null;
  status: string;
  feeStatus: string;
  photoFileId: string | null;
}

/** R-SCORE-03: whether an application sits a sitting of `kind` (a part-only one sits its part only). */
export const takesPart = (a: { onlyPart: 'theory' | 'skill' | null }, kind: string) =>
  !a.onlyPart || a.onlyPart === kind;

const summaryColumns = {
  id: applications.id,
  batchId: applications.batchId,
  personId: applications.personId,
  collegeId: applications.collegeId,
  level: applications.level,
  onlyPart: applications.onlyPart,
  status: applications.status,
  feeStatus: applications.feeStatus,
  photoFileId: applications.photoFileId,
};

/** R-FEE-01 / R-ARR-11: the candidates of `batchIds` who may sit the exam (approved, and paid or free), by id. */
export async function approvedCandidatesOfBatches(
  db: DbOrTx,
  batchIds: readonly string[],
): Promise<ApplicationSummary[]> {
  if (!batchIds.length) return [];
  return db
    .select(summaryColumns)
    .from(applications)
    .where(and(inArray(applications.batchId, [...new Set(batchIds)]), ticketAllowedSql))
    .orderBy(asc(applications.id));
}

/** The applications of `ids` (unknown ids are left out). */
export async function applicationsByIds(db: DbOrTx, ids: readonly string[]): Promise<ApplicationSummary[]> {
  if (!ids.length) return [];
  return db.select(summaryColumns).from(applications).where(anyOf(applications.id, ids));
}

/** Every application of the persons of `personIds`, whatever its status. */
export async function applicationsOfPersons(db: DbOrTx, personIds: readonly string[]): Promise<ApplicationSummary[]> {
  if (!personIds.length) return [];
  return db.select(summaryColumns).from(applications).where(anyOf(applications.personId, personIds));
}

/** How many applications of one batch (and, for a college's candidates, one college) are in one status and fee status. */
export interface ApplicationTally {
  batchId: string;
  collegeId: string | null;
  status: string;
  feeStatus: string;
  count: number;
}

/** The applications counted by batch, college, status and fee status; only `collegeId`'s when given (R-ORG-07). */
export async function applicationTallies(db: DbOrTx, opts: { collegeId?: string } = {}): Promise<ApplicationTally[]> {
  const rows = await db
    .select({
      batchId: applications.batchId,
      collegeId: applications.collegeId,
      status: applications.status,
      feeStatus: applications.feeStatus,
      count: count(),
    })
    .from(applications)
    .where(opts.collegeId ? eq(applications.collegeId, opts.collegeId) : undefined)
    .groupBy(applications.batchId, applications.collegeId, applications.status, applications.feeStatus);
  return rows.map((r) => ({ ...r, count: Number(r.count) }));
}

/** The evidence behind an application of a `direct`, `process` or `contest` batch (R-SCORE-05). */
export interface ApplicationEvidence {
  applicationId: string;
  personId: string;
  level: number;
  /** The eligibility engine's answer for the applied level, as stored at the last submission. */
  eligible: boolean;
  /** R-ELIG-03/04: the mean of the occupation's required courses per part (best of first attempt and retake). */
  courseMeans: { theory: number | null; practical: number | null };
}

/** The evidence of applications of one batch, for the occupation `occupation` (edition and code). */
export async function evidenceOfApplications(
  db: DbOrTx,
  applicationIds: readonly string[],
  occupation: { edition: string; code: string },
): Promise<ApplicationEvidence[]> {
  if (!applicationIds.length) return [];
  const apps = await db.select().from(applications).where(anyOf(applications.id, applicationIds));
  const [required, results] = await Promise.all([
    db
      .select({ courseCode: requiredCourses.courseCode })
      .from(requiredCourses)
      .where(and(eq(requiredCourses.edition, occupation.edition), eq(requiredCourses.occupationCode, occupation.code))),
    db
      .select()
      .from(courseResults)
      .where(
        inArray(
          courseResults.personId,
          apps.map((a) => a.personId),
        ),
      ),
  ]);
  const wanted = new Set(required.map((r) => r.courseCode));
  return apps.map((a) => {
    const stored = storedEligibility(a);
    const mean = (part: 'theory' | 'practical') => {
      const best = new Map<string, number>();
      for (const r of results)
        if (r.personId === a.personId && r.part === part && wanted.has(r.courseCode))
          best.set(r.courseCode, Math.max(best.get(r.courseCode) ?? 0, r.score));
      if (!best.size) return null;
      return Math.round(([...best.values()].reduce((x, y) => x + y, 0) / best.size) * 100) / 100;
    };
    return {
      applicationId: a.id,
      personId: a.personId,
      level: a.level,
      eligible: a.status === 'approved' && !!stored?.levels.find((l) => l.level === a.level)?.eligible,
      courseMeans: { theory: mean('theory'), practical: mean('practical') },
    };
  });
}

/** R-FEE-01: one payment or refund of a batch's application, for the batch's accounts (收支两条线). */
export interface BatchMoney {
  batchId: string;
  kind: 'payment' | 'refund';
  amount: number;
  paidOn: string;
}

/** The payments and refunds of the applications of `batchIds`; every batch's when `batchIds` is null. */
export async function paymentsOfBatches(db: DbOrTx, batchIds: readonly string[] | null): Promise<BatchMoney[]> {
  if (batchIds && !batchIds.length) return [];
  const rows = await db
    .select({ batchId: applications.batchId, kind: payments.kind, amount: payments.amount, paidOn: payments.paidOn })
    .from(payments)
    .innerJoin(applications, eq(applications.id, payments.applicationId))
    .where(batchIds ? inArray(applications.batchId, [...new Set(batchIds)]) : undefined);
  return rows.map((r) => ({ ...r, amount: Number(r.amount) }));
}
