// What other modules may read of people's data (docs/ARCHITECTURE.md, "Module boundaries"). Functions here take the
// database or the caller's transaction and plain arguments, no actor: the calling service has already authorised
// its user. They return plain objects, never Drizzle rows of people's tables.
import { and, eq, ilike, inArray, lte, or, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client.js';
import { anyOf } from '../../db/sql.js';
import {
  examStaff,
  examinerOccupations,
  examiners,
  experts,
  misconductRecords,
  persons,
  supervisors,
} from '../../db/schema/index.js';
import type { PiiCipher } from '../../http/pii.js';
import { birthDateOf } from '../../../shared/idcard.js';
import { levelNames } from '../../../shared/centre.rules.js';
import { examinerMayExamineLevel, examinerQualificationProblems } from './people.rules.js';
import { conflictsBetween } from './conflicts.service.js';

/** A person as another module shows them: name, gender, the masked ID number, photo, college and work unit. */
export interface PersonSummary {
  id: string;
  name: string;
  gender: string;
  idMasked: string;
  workUnit: string | null;
  collegeId: string | null;
  photoFileId: string | null;
  userId: string | null;
}

/** The persons of `ids` (unknown ids are left out). */
export async function personsByIds(db: DbOrTx, ids: readonly string[]): Promise<PersonSummary[]> {
  if (!ids.length) return [];
  return db
    .select({
      id: persons.id,
      name: persons.name,
      gender: persons.gender,
      idMasked: persons.idMasked,
      workUnit: persons.workUnit,
      collegeId: persons.collegeId,
      photoFileId: persons.photoFileId,
      userId: persons.userId,
    })
    .from(persons)
    .where(anyOf(persons.id, ids));
}

/** The persons linked to a login account (normally one). */
export async function personIdsOfUser(db: DbOrTx, userId: string): Promise<string[]> {
  return (await db.select({ id: persons.id }).from(persons).where(eq(persons.userId, userId))).map((p) => p.id);
}

/**
 * R-PPL-07 / R-BANK-02: the occupations (edition + code) in whose expert group the person linked to `userId` serves
 * on `today`: a term not revoked, started and not ended.
 */
export async function expertOccupationsOfUser(
  db: DbOrTx,
  userId: string,
  today: string,
): Promise<{ edition: string; occupationCode: string; leader: boolean; personId: string; name: string }[]> {
  return db
    .select({
      edition: experts.edition,
      occupationCode: experts.occupationCode,
      leader: experts.leader,
      personId: persons.id,
      name: persons.name,
    })
    .from(experts)
    .innerJoin(persons, eq(persons.id, experts.personId))
    .where(
      and(
        eq(persons.userId, userId),
        eq(experts.revoked, false),
        lte(experts.termStart, today),
        sql`${experts.termEnd} >= ${today}`,
      ),
    );
}

/** An examiner on record (not dismissed) with the exam modules of each listed occupation asked for. */
export interface ExaminerOnDuty {
  id: string;
  personId: string;
  grade: 'standard' | 'senior';
  certificateIssuedOn: string;
  certificateValidUntil: string;
  dismissed: boolean;
  firstExaminingYear: number | null;
  occupations: { occupationCode: string; modules: string[] }[];
}

/**
 * Everyone on record for an exam duty: examiners not dismissed (with their modules of `occupationCodes`),
 * supervisors not disqualified, and active proctors and exam staff. Qualification checks are the caller's
 * (`eligibleExaminers`, `isBarredFromExamDuty`).
 */
export async function examDutyStaff(
  db: DbOrTx,
  opts: { occupationCodes: readonly string[] },
): Promise<{
  examiners: ExaminerOnDuty[];
  supervisors: { personId: string; certificateValidUntil: string; disqualified: boolean }[];
  examStaff: { personId: string; role: 'proctor' | 'exam_staff' }[];
}> {
  const exRows = await db.select().from(examiners).where(eq(examiners.dismissed, false));
  const codes = [...new Set(opts.occupationCodes)];
  const occRows = codes.length
    ? await db.select().from(examinerOccupations).where(inArray(examinerOccupations.occupationCode, codes))
    : [];
  const supRows = await db.select().from(supervisors).where(eq(supervisors.disqualified, false));
  const staffRows = await db.select().from(examStaff).where(eq(examStaff.active, true));
  return {
    examiners: exRows.map((e) => ({
      id: e.id,
      personId: e.personId,
      grade: e.grade,
      certificateIssuedOn: e.certificateIssuedOn,
      certificateValidUntil: e.certificateValidUntil,
      dismissed: e.dismissed,
      firstExaminingYear: e.firstExaminingYear,
      occupations: occRows
        .filter((r) => r.examinerId === e.id)
        .map((r) => ({ occupationCode: r.occupationCode, modules: [...r.modules] })),
    })),
    supervisors: supRows.map((s) => ({
      personId: s.personId,
      certificateValidUntil: s.certificateValidUntil,
      disqualified: s.disqualified,
    })),
    examStaff: staffRows.map((x) => ({ personId: x.personId, role: x.role })),
  };
}

/**
 * A person as registration needs them (applications, eligibility facts, roster and photo matching): the record
 * without the sealed ID number.
 */
export type CandidatePerson = Pick<
  typeof persons.$inferSelect,
  | 'id'
  | 'name'
  | 'gender'
  | 'idType'
  | 'idHash'
  | 'idMasked'
  | 'birthYear'
  | 'phone'
  | 'photoFileId'
  | 'kind'
  | 'collegeId'
  | 'workUnit'
  | 'major'
  | 'className'
  | 'enrolmentYear'
  | 'educationLevel'
  | 'classType'
  | 'graduating'
  | 'excellent'
  | 'studentNumber'
  | 'titleSeries'
  | 'titleGrade'
  | 'titleDate'
  | 'userId'
>;

const candidateColumns = {
  id: persons.id,
  name: persons.name,
  gender: persons.gender,
  idType: persons.idType,
  idHash: persons.idHash,
  idMasked: persons.idMasked,
  birthYear: persons.birthYear,
  phone: persons.phone,
  photoFileId: persons.photoFileId,
  kind: persons.kind,
  collegeId: persons.collegeId,
  workUnit: persons.workUnit,
  major: persons.major,
  className: persons.className,
  enrolmentYear: persons.enrolmentYear,
  educationLevel: persons.educationLevel,
  classType: persons.classType,
  graduating: persons.graduating,
  excellent: persons.excellent,
  studentNumber: persons.studentNumber,
  titleSeries: persons.titleSeries,
  titleGrade: persons.titleGrade,
  titleDate: persons.titleDate,
  userId: persons.userId,
};

/** The persons of `ids` with what registration judges and shows (unknown ids are left out). */
export async function candidatesByIds(db: DbOrTx, ids: readonly string[]): Promise<CandidatePerson[]> {
  if (!ids.length) return [];
  return db.select(candidateColumns).from(persons).where(anyOf(persons.id, ids));
}

/** The person linked to a login account, or null. */
export async function candidateOfUser(db: DbOrTx, userId: string): Promise<CandidatePerson | null> {
  const [p] = await db.select(candidateColumns).from(persons).where(eq(persons.userId, userId));
  return p ?? null;
}

/** The persons whose ID-number lookup hash is one of `hashes` (any ID type). */
export async function candidatesByIdHashes(db: DbOrTx, hashes: readonly string[]): Promise<CandidatePerson[]> {
  if (!hashes.length) return [];
  return db
    .select(candidateColumns)
    .from(persons)
    .where(anyOf(persons.idHash, [...new Set(hashes)]));
}

/** The persons whose 学号 is one of `numbers`. */
export async function candidatesByStudentNumbers(db: DbOrTx, numbers: readonly string[]): Promise<CandidatePerson[]> {
  if (!numbers.length) return [];
  return db
    .select(candidateColumns)
    .from(persons)
    .where(anyOf(persons.studentNumber, [...new Set(numbers)]));
}

/** The ids of the persons whose name, 学号 or masked ID number contains `keyword` (a list search). */
export async function personIdsMatching(db: DbOrTx, keyword: string): Promise<string[]> {
  const k = `%${keyword.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
  const rows = await db
    .select({ id: persons.id })
    .from(persons)
    .where(or(ilike(persons.name, k), ilike(persons.studentNumber, k), ilike(persons.idMasked, k)));
  return rows.map((r) => r.id);
}

/**
 * The full ID number of a person and the birth date it gives (resident and HMT numbers only), for a form that
 * prints it (R-PPL-02: the caller audits the view).
 */
export async function idNumberOfPerson(
  db: DbOrTx,
  pii: PiiCipher,
  personId: string,
): Promise<{ idNumber: string; birthDate: string | null } | null> {
  const [p] = await db
    .select({ idType: persons.idType, idCipher: persons.idCipher })
    .from(persons)
    .where(eq(persons.id, personId));
  if (!p) return null;
  const idNumber = pii.decrypt(p.idCipher);
  return {
    idNumber,
    birthDate: p.idType === 'resident' || p.idType === 'hmt_residence' ? birthDateOf(idNumber) : null,
  };
}

export interface EligibleExaminer {
  examinerId: string;
  personId: string;
  name: string;
  grade: 'standard' | 'senior';
  firstExaminingYear: number | null;
  certificateValidUntil: string;
}

/**
 * R-ARR-05: examiners qualified for an occupation (edition + code) and level on a day: listed for the occupation
 * (R-PPL-04), grade allowing the level (R-PPL-05), certificate valid on that day, not dismissed, qualification met.
 */
export async function eligibleExaminers(
  db: DbOrTx,
  opts: { edition: string; occupationCode: string; level: number; on: string },
): Promise<EligibleExaminer[]> {
  const rows = await db
    .select({ e: examiners })
    .from(examiners)
    .innerJoin(examinerOccupations, eq(examinerOccupations.examinerId, examiners.id))
    .where(
      and(
        eq(examinerOccupations.edition, opts.edition),
        eq(examinerOccupations.occupationCode, opts.occupationCode),
        eq(examiners.dismissed, false),
        lte(examiners.certificateIssuedOn, opts.on),
        sql`${examiners.certificateValidUntil} >= ${opts.on}`,
      ),
    );
  const ids = [...new Set(rows.map((r) => r.e.personId))];
  const people = new Map(
    (ids.length
      ? await db
          .select({
            id: persons.id,
            name: persons.name,
            titleGrade: persons.titleGrade,
            skillLevel: persons.skillLevel,
          })
          .from(persons)
          .where(anyOf(persons.id, ids))
      : []
    ).map((p) => [p.id, p]),
  );
  return rows
    .filter(({ e }) => examinerMayExamineLevel(e.grade, opts.level))
    .filter(({ e }) => {
      const p = people.get(e.personId)!;
      return (
        examinerQualificationProblems({
          ...e,
          grade: e.grade,
          titleGrade: p.titleGrade,
          skillLevel: p.skillLevel,
        }).length === 0
      );
    })
    .map(({ e }) => ({
      examinerId: e.id,
      personId: e.personId,
      name: people.get(e.personId)!.name,
      grade: e.grade,
      firstExaminingYear: e.firstExaminingYear,
      certificateValidUntil: e.certificateValidUntil,
    }));
}

/**
 * An SQL expression of the name of the person whose id is in `personIdColumn`, for another module's ORDER BY: a
 * long list sorted by name is cut into pages by the database, not by loading every row (the review list of a
 * 20,000-row roster). The persons table stays behind this function.
 */
export const personNameOrder = (personIdColumn: AnyPgColumn): SQL =>
  sql`(select ${persons.name} from ${persons} where ${persons.id} = ${personIdColumn})`;

/** One examiner on record and why it may not examine an occupation and levels on a day (empty: it may). */
export interface ExaminerStanding {
  personId: string;
  name: string;
  problems: { rule: string; text: string }[];
}

/**
 * Every examiner on record (dismissed ones too), each with the reasons it may not examine `occupationCode` at
 * `levels` on `on`: R-PPL-04 (listed for the occupation, qualification), R-PPL-05 (grade × level), R-ARR-05
 * (certificate valid that day, not dismissed). For the arrangement's "why nobody qualifies" explanation.
 */
export async function examinerStandings(
  db: DbOrTx,
  opts: { edition: string; occupationCode: string; occupationName: string; levels: readonly number[]; on: string },
): Promise<ExaminerStanding[]> {
  const rows = await db.select().from(examiners);
  if (!rows.length) return [];
  const listed = new Set(
    (
      await db
        .select({ id: examinerOccupations.examinerId })
        .from(examinerOccupations)
        .where(
          and(
            eq(examinerOccupations.edition, opts.edition),
            eq(examinerOccupations.occupationCode, opts.occupationCode),
          ),
        )
    ).map((r) => r.id),
  );
  const people = new Map(
    (
      await db
        .select({ id: persons.id, name: persons.name, titleGrade: persons.titleGrade, skillLevel: persons.skillLevel })
        .from(persons)
        .where(
          anyOf(
            persons.id,
            rows.map((r) => r.personId),
          ),
        )
    ).map((p) => [p.id, p]),
  );
  return rows.map((e) => {
    const p = people.get(e.personId);
    const problems: { rule: string; text: string }[] = [];
    if (e.dismissed) problems.push({ rule: 'R-ARR-05', text: '已解聘' });
    if (!listed.has(e.id)) problems.push({ rule: 'R-PPL-04', text: `未登记可考评“${opts.occupationName}”` });
    const levels = opts.levels.filter((l) => !examinerMayExamineLevel(e.grade, l));
    if (levels.length)
      problems.push({
        rule: 'R-PPL-05',
        text: `${e.grade === 'senior' ? '高级' : ''}考评员不能考评${levels.map((l) => levelNames[l] ?? `${l}级`).join('、')}`,
      });
    if (e.certificateIssuedOn > opts.on || e.certificateValidUntil < opts.on)
      problems.push({
        rule: 'R-ARR-05',
        text: `考评员证书有效期 ${e.certificateIssuedOn} 至 ${e.certificateValidUntil}，考试日 ${opts.on} 无效`,
      });
    for (const text of examinerQualificationProblems({
      ...e,
      titleGrade: p?.titleGrade ?? null,
      skillLevel: p?.skillLevel ?? null,
    }))
      problems.push({ rule: 'R-PPL-04', text });
    return { personId: e.personId, name: p?.name ?? '', problems };
  });
}

/**
 * R-PPL-08: the candidates among `candidatePersonIds` with whom any of `staffPersonIds` has a conflict (a relative,
 * their teacher, or a recorded other relation): such a person may not proctor them.
 */
export async function conflictedCandidates(
  db: DbOrTx,
  staffPersonIds: readonly string[],
  candidatePersonIds: readonly string[],
): Promise<Set<string>> {
  if (!staffPersonIds.length || !candidatePersonIds.length) return new Set();
  const pairs = await conflictsBetween(db, [...new Set(staffPersonIds)], [...new Set(candidatePersonIds)]);
  return new Set(pairs.map((p) => p.candidatePersonId));
}

/** R-CERT-02: the ID type of each person of `ids` (the certificate prints it), by person id. */
export async function idTypesOfPersons(db: DbOrTx, ids: readonly string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await db.select({ id: persons.id, idType: persons.idType }).from(persons).where(anyOf(persons.id, ids));
  return new Map(rows.map((r) => [r.id, r.idType]));
}

/** R-PPL-10: the misconduct records of `ids` (unknown ids are left out), for a complaint appealing one (R-CMP-01). */
export async function misconductByIds(
  db: DbOrTx,
  ids: readonly string[],
): Promise<{ id: string; personId: string; act: string; occurredOn: string }[]> {
  if (!ids.length) return [];
  return db
    .select({
      id: misconductRecords.id,
      personId: misconductRecords.personId,
      act: misconductRecords.act,
      occurredOn: misconductRecords.occurredOn,
    })
    .from(misconductRecords)
    .where(inArray(misconductRecords.id, [...ids]));
}
