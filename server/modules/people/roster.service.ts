import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { persons } from '../../db/schema/index.js';

/**
 * The writes registration makes into people, inside registration's transaction (`tx`): the persons of a roster
 * import (created, or their student fields updated, set-based), the photos of a bulk photo import, and the
 * college's 优秀中职毕业生 flag (R-ELIG-01). Registration has checked and authorised them; audit is its own.
 */

/** A new person of a roster row (the ID number already sealed by the caller's PII key). */
export interface RosterNewPerson {
  id: string;
  name: string;
  gender: string;
  idType: string;
  idCipher: string;
  idHash: string;
  idMasked: string;
  birthYear: number | null;
  phone: string | null;
  collegeId: string;
  major: string | null;
  className: string | null;
  enrolmentYear: number | null;
  educationLevel: string | null;
  graduating: boolean;
  studentNumber: string | null;
  userId: string;
}

/** A person on record named by a roster row: the roster's student fields replace the stored ones where given. */
export interface RosterKnownPerson {
  id: string;
  studentNumber: string | null;
  collegeId: string;
  major: string | null;
  className: string | null;
  enrolmentYear: number | null;
  educationLevel: string | null;
  graduating: boolean | null;
  phone: string | null;
  /** The new account to link when the person has none. */
  userId: string | null;
}

const chunked = <T>(xs: T[], n: number) =>
  Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, (i + 1) * n));

/**
 * R-REG-01: the persons of a roster: new ones as students in multi-row INSERTs, known ones updated in one
 * statement a chunk (rows travel as one JSON parameter: a handful of parameters per statement, not one per cell).
 */
export async function writeRosterPersons(
  tx: DbOrTx,
  rows: { fresh: RosterNewPerson[]; known: RosterKnownPerson[] },
): Promise<void> {
  for (const part of chunked(rows.fresh, 5000)) {
    const json = part.map((p) => ({
      id: p.id,
      name: p.name,
      gender: p.gender,
      id_type: p.idType,
      id_cipher: p.idCipher,
      id_hash: p.idHash,
      id_masked: p.idMasked,
      birth_year: p.birthYear, // R-PPL-02: the year only in clear
      phone: p.phone,
      kind: 'student',
      college_id: p.collegeId,
      major: p.major,
      class_name: p.className,
      enrolment_year: p.enrolmentYear,
      education_level: p.educationLevel,
      graduating: p.graduating,
      student_number: p.studentNumber,
      user_id: p.userId,
    }));
    await tx.execute(sql`
      insert into persons (id, name, gender, id_type, id_cipher, id_hash, id_masked, birth_year, phone, kind, college_id,
        major, class_name, enrolment_year, education_level, graduating, student_number, user_id)
      select id, name, gender, id_type, id_cipher, id_hash, id_masked, birth_year, phone, kind, college_id,
        major, class_name, enrolment_year, education_level, graduating, student_number, user_id
      from json_to_recordset(${JSON.stringify(json)}::json) as x(id uuid, name text, gender text, id_type text,
        id_cipher text, id_hash text, id_masked text, birth_year int, phone text, kind text, college_id uuid,
        major text, class_name text, enrolment_year int, education_level text, graduating boolean,
        student_number text, user_id uuid)`);
  }
  for (const part of chunked(rows.known, 5000)) {
    const json = part.map((p) => ({
      id: p.id,
      sn: p.studentNumber,
      college: p.collegeId,
      major: p.major,
      cls: p.className,
      ey: p.enrolmentYear,
      el: p.educationLevel,
      gr: p.graduating,
      phone: p.phone,
      uid: p.userId,
    }));
    await tx.execute(sql`
      update persons p set kind = 'student', college_id = v.college,
        student_number = coalesce(v.sn, p.student_number), major = coalesce(v.major, p.major),
        class_name = coalesce(v.cls, p.class_name), enrolment_year = coalesce(v.ey, p.enrolment_year),
        education_level = coalesce(v.el, p.education_level), graduating = coalesce(v.gr, p.graduating),
        phone = coalesce(v.phone, p.phone), user_id = coalesce(p.user_id, v.uid), updated_at = now()
      from json_to_recordset(${JSON.stringify(json)}::json)
        as v(id uuid, sn text, college uuid, major text, cls text, ey int, el text, gr boolean, phone text, uid uuid)
      where p.id = v.id`);
  }
}

/** A bulk photo import: each person without a photo on record takes the one given (those with one keep theirs). */
export async function fillMissingPhotos(tx: DbOrTx, pairs: { personId: string; fileId: string }[]): Promise<void> {
  for (const part of chunked(pairs, 1000)) {
    const values = sql.join(
      part.map((p) => sql`(${p.personId}::uuid, ${p.fileId}::uuid)`),
      sql`, `,
    );
    await tx.execute(
      sql`update persons p set photo_file_id = v.fid, updated_at = now() from (values ${values}) as v(pid, fid) where p.id = v.pid and p.photo_file_id is null`,
    );
  }
}

/** R-ELIG-01: the college's 优秀中职毕业生 flag of a student. */
export async function setExcellentFlag(tx: DbOrTx, personId: string, excellent: boolean): Promise<void> {
  await tx.update(persons).set({ excellent, updatedAt: new Date() }).where(eq(persons.id, personId));
}
