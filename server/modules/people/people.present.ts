import type { DbOrTx } from '../../db/client.js';
import type { appointments } from '../../db/schema/index.js';
import type { Person } from '../../../shared/people.js';
import type { PersonDetail } from '../../../shared/people-staff.js';
import { collegeNames, rolesOf, type PersonRow, type StaffRole } from './people.store.js';

// Presenters of persons: a stored row as the API answers it (R-PPL-02: the masked number only).

/** R-PPL-02: what every response carries: the masked number only. */
export function presentPerson(p: PersonRow, extra: { collegeName: string | null; roles: StaffRole[] }): Person {
  return {
    id: p.id,
    name: p.name,
    gender: p.gender,
    idType: p.idType,
    idMasked: p.idMasked,
    birthYear: p.birthYear,
    phone: p.phone,
    hasPhoto: !!p.photoFileId,
    kind: p.kind,
    collegeId: p.collegeId,
    collegeName: extra.collegeName,
    education: p.education,
    workUnit: p.workUnit,
    ownStaff: p.ownStaff,
    major: p.major,
    className: p.className,
    enrolmentYear: p.enrolmentYear,
    educationLevel: p.educationLevel,
    classType: p.classType,
    graduating: p.graduating,
    titleSeries: p.titleSeries,
    titleName: p.titleName,
    titleGrade: p.titleGrade,
    titleDate: p.titleDate,
    skillLevel: p.skillLevel,
    skillOccupation: p.skillOccupation,
    userId: p.userId,
    roles: extra.roles,
    createdAt: p.createdAt.toISOString(),
  };
}

/** R-PPL-02: a person as the audit trail keeps it: neither the mask nor the birth year (together they narrow the number). */
export function auditPerson(p: PersonRow) {
  const { idMasked: _m, birthYear: _y, ...rest } = presentPerson(p, { collegeName: null, roles: [] });
  return rest;
}

export async function presentPersons(db: DbOrTx, rows: PersonRow[]): Promise<Person[]> {
  const [names, roles] = await Promise.all([
    collegeNames(
      db,
      rows.map((r) => r.collegeId),
    ),
    rolesOf(
      db,
      rows.map((r) => r.id),
    ),
  ]);
  return rows.map((r) =>
    presentPerson(r, {
      collegeName: r.collegeId ? (names.get(r.collegeId) ?? null) : null,
      roles: roles.get(r.id) ?? [],
    }),
  );
}

/** The person columns staff lists show beside each role. */
export function personSummary(p: PersonRow) {
  return {
    personId: p.id,
    name: p.name,
    idMasked: p.idMasked,
    titleName: p.titleName,
    titleGrade: p.titleGrade,
    skillLevel: p.skillLevel,
    ownStaff: p.ownStaff,
  };
}

export function presentAppointment(a: typeof appointments.$inferSelect): PersonDetail['appointments'][number] {
  return {
    id: a.id,
    personId: a.personId,
    role: a.role,
    letterNumber: a.letterNumber,
    startDate: a.startDate,
    endDate: a.endDate,
    fileId: a.fileId,
    note: a.note,
  };
}
