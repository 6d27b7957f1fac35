import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { annualPlans, colleges, planLines, semesterPlans, users } from '../../db/schema/index.js';
import type { AnnualPlan, SemesterPlan } from '../../../shared/plans.js';
import { loadLines, type LineRow } from './plans.store.js';

// Presenters of annual and semester plans with their lines (R-PLAN-01/02).

export const presentLine = (l: LineRow) => ({
  id: l.id,
  edition: l.edition,
  code: l.code,
  occupationName: l.occupationName,
  jobName: l.jobName,
  level: l.level,
  method: l.method,
  expectedCandidates: l.expectedCandidates,
  month: l.month,
  note: l.note,
});

export async function presentAnnual(db: DbOrTx, p: typeof annualPlans.$inferSelect): Promise<AnnualPlan> {
  const lines = (await loadLines(db, eq(planLines.annualPlanId, p.id))).map(presentLine);
  return {
    id: p.id,
    year: p.year,
    title: p.title,
    note: p.note,
    status: p.status,
    issuedAt: p.issuedAt?.toISOString() ?? null,
    lines,
    totalCandidates: lines.reduce((a, l) => a + l.expectedCandidates, 0),
    updatedAt: p.updatedAt.toISOString(),
  };
}

export async function presentSemester(db: DbOrTx, p: typeof semesterPlans.$inferSelect): Promise<SemesterPlan> {
  const [c] = await db.select({ name: colleges.name }).from(colleges).where(eq(colleges.id, p.collegeId));
  const [decider] = p.decidedBy
    ? await db.select({ name: users.displayName }).from(users).where(eq(users.id, p.decidedBy))
    : [];
  return {
    id: p.id,
    collegeId: p.collegeId,
    collegeName: c?.name ?? '',
    semester: p.semester,
    adHoc: p.adHoc,
    title: p.title,
    note: p.note,
    status: p.status,
    reason: p.reason,
    submittedAt: p.submittedAt?.toISOString() ?? null,
    decidedAt: p.decidedAt?.toISOString() ?? null,
    decidedBy: decider?.name ?? null,
    lines: (await loadLines(db, eq(planLines.semesterPlanId, p.id))).map(presentLine),
    updatedAt: p.updatedAt.toISOString(),
  };
}
