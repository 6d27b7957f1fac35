import { and, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { DbOrTx } from '../../db/client.js';
import { examStaff, examinerOccupations, examiners, experts, supervisors } from '../../db/schema/index.js';
import type { Examiner, Expert, PeopleSettings, Supervisor, examStaffRow } from '../../../shared/people-staff.js';
import { examinerQualificationProblems, validityOf } from './people.rules.js';
import { personSummary } from './people.present.js';
import { personsById, readSettings, today } from './people.store.js';

// Presenters of staff roles: examiners, supervisors, experts and exam staff as the API answers them, each with the
// person's summary columns and the validity of its certificate or term.

type ExaminerRow = typeof examiners.$inferSelect;
type SupervisorRow = typeof supervisors.$inferSelect;
type ExpertRow = typeof experts.$inferSelect;
type ExamStaffRow = typeof examStaff.$inferSelect;

export async function presentExaminers(
  db: DbOrTx,
  rows: ExaminerRow[],
  settings?: PeopleSettings,
): Promise<Examiner[]> {
  if (!rows.length) return [];
  const s = settings ?? (await readSettings(db));
  const [people, occ] = await Promise.all([
    personsById(
      db,
      rows.map((r) => r.personId),
    ),
    db
      .select()
      .from(examinerOccupations)
      .where(
        inArray(
          examinerOccupations.examinerId,
          rows.map((r) => r.id),
        ),
      ),
  ]);
  const day = today();
  return rows.map((r) => {
    const p = people.get(r.personId)!;
    const v = validityOf(r.certificateValidUntil, day, s.reminderDays, r.dismissed);
    return {
      id: r.id,
      ...personSummary(p),
      grade: r.grade,
      trainingHours: r.trainingHours,
      skillRelated: r.skillRelated,
      certificateNumber: r.certificateNumber,
      certificateIssuedOn: r.certificateIssuedOn,
      certificateValidUntil: r.certificateValidUntil,
      firstExaminingYear: r.firstExaminingYear,
      termStart: r.termStart,
      termEnd: r.termEnd,
      occupations: occ
        .filter((o) => o.examinerId === r.id)
        .map((o) => ({ edition: o.edition, code: o.occupationCode, name: o.occupationName, modules: o.modules })),
      dismissed: r.dismissed,
      dismissalReason: r.dismissalReason,
      qualificationProblems: examinerQualificationProblems({
        ...r,
        grade: r.grade,
        titleGrade: p.titleGrade,
        skillLevel: p.skillLevel,
      }),
      ...v,
    };
  });
}

export async function presentSupervisors(
  db: DbOrTx,
  rows: SupervisorRow[],
  settings?: PeopleSettings,
): Promise<Supervisor[]> {
  if (!rows.length) return [];
  const s = settings ?? (await readSettings(db));
  const people = await personsById(
    db,
    rows.map((r) => r.personId),
  );
  const ex = await db
    .select({ p: examiners.personId })
    .from(examiners)
    .where(
      and(
        inArray(
          examiners.personId,
          rows.map((r) => r.personId),
        ),
        eq(examiners.dismissed, false),
      ),
    );
  const day = today();
  return rows.map((r) => ({
    id: r.id,
    ...personSummary(people.get(r.personId)!),
    basis: r.basis,
    basisYears: r.basisYears,
    certificateNumber: r.certificateNumber,
    certificateIssuedOn: r.certificateIssuedOn,
    certificateValidUntil: r.certificateValidUntil,
    disqualified: r.disqualified,
    disqualificationReason: r.disqualificationReason,
    disqualificationNote: r.disqualificationNote,
    alsoExaminer: ex.some((e) => e.p === r.personId),
    ...validityOf(r.certificateValidUntil, day, s.reminderDays, r.disqualified),
  }));
}

export async function presentExperts(db: DbOrTx, rows: ExpertRow[], settings?: PeopleSettings): Promise<Expert[]> {
  if (!rows.length) return [];
  const s = settings ?? (await readSettings(db));
  const people = await personsById(
    db,
    rows.map((r) => r.personId),
  );
  const day = today();
  return rows.map((r) => {
    const p = people.get(r.personId)!;
    return {
      id: r.id,
      ...personSummary(p),
      birthYear: p.birthYear,
      occupation: { edition: r.edition, code: r.occupationCode, name: r.occupationName },
      leader: r.leader,
      examiningYears: r.examiningYears,
      newOccupation: r.newOccupation,
      termStart: r.termStart,
      termEnd: r.termEnd,
      revoked: r.revoked,
      ...validityOf(r.termEnd, day, s.reminderDays, r.revoked),
    };
  });
}

export async function presentExamStaff(db: DbOrTx, rows: ExamStaffRow[]): Promise<z.infer<typeof examStaffRow>[]> {
  const people = await personsById(
    db,
    rows.map((r) => r.personId),
  );
  return rows.map((r) => ({
    id: r.id,
    ...personSummary(people.get(r.personId)!),
    role: r.role,
    active: r.active,
    endedReason: r.endedReason,
  }));
}
