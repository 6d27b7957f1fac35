import { asc, eq, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.js';
import { rowsOf } from '../../db/client.js';
import { colleges, conflicts, persons, teacherClasses } from '../../db/schema/index.js';
import { authorize, type Actor } from '../../http/access.js';
import { AppError, notFound } from '../../http/errors.js';
import type { z } from 'zod';
import type { Conflict, conflictBody, teacherClassBody } from '../../../shared/people-staff.js';
import { recordAudit } from '../audit/audit.service.js';
import { loadPerson, personsById } from './people.store.js';
import { isUniqueViolation } from '../../db/errors.js';

/**
 * R-PPL-08: relations between staff and candidates. Hand-entered relations live in `conflicts`; a teacher is in
 * conflict with every student of a class they teach (`teacher_classes` matched on college + class + enrolment year),
 * computed when asked, so a student added to the class later is covered too.
 */

export interface ConflictPair {
  staffPersonId: string;
  candidatePersonId: string;
  relation: 'relative' | 'teacher' | 'other';
  source: 'manual' | 'class';
  id: string | null;
  note: string | null;
}

/**
 * For the arrangement (R-ARR-08): every conflict between the given staff and the given candidates. Either list
 * may be null to mean "anyone".
 */
export async function conflictsBetween(
  db: DbOrTx,
  staffPersonIds: string[] | null,
  candidatePersonIds: string[] | null,
): Promise<ConflictPair[]> {
  if ((staffPersonIds && staffPersonIds.length === 0) || (candidatePersonIds && candidatePersonIds.length === 0))
    return [];
  const staffCond = staffPersonIds ? sql`and c.staff_person_id = any(${toArray(staffPersonIds)}::uuid[])` : sql``;
  const candCond = candidatePersonIds
    ? sql`and c.candidate_person_id = any(${toArray(candidatePersonIds)}::uuid[])`
    : sql``;
  const teacherCond = staffPersonIds ? sql`and t.teacher_person_id = any(${toArray(staffPersonIds)}::uuid[])` : sql``;
  const studentCond = candidatePersonIds ? sql`and p.id = any(${toArray(candidatePersonIds)}::uuid[])` : sql``;
  const rows = rowsOf<{
    staff: string;
    cand: string;
    relation: ConflictPair['relation'];
    source: ConflictPair['source'];
    id: string | null;
    note: string | null;
  }>(
    await db.execute(sql`
      select c.staff_person_id as staff, c.candidate_person_id as cand, c.relation, 'manual' as source, c.id, c.note
        from ${conflicts} c where true ${staffCond} ${candCond}
      union all
      select t.teacher_person_id, p.id, 'teacher', 'class', null, t.class_name
        from ${teacherClasses} t
        join ${persons} p on p.college_id = t.college_id and p.class_name = t.class_name and p.enrolment_year = t.enrolment_year
       where p.kind = 'student' and p.id <> t.teacher_person_id ${teacherCond} ${studentCond}`),
  );
  return rows.map((r) => ({
    staffPersonId: r.staff,
    candidatePersonId: r.cand,
    relation: r.relation,
    source: r.source,
    id: r.id,
    note: r.note,
  }));
}

/** For the arrangement: does this staff member have a conflict with this candidate? */
export async function hasConflict(db: DbOrTx, staffPersonId: string, candidatePersonId: string): Promise<boolean> {
  return (await conflictsBetween(db, [staffPersonId], [candidatePersonId])).length > 0;
}

// Node-postgres and PGlite both take a JS array as a PostgreSQL array parameter.
const toArray = (ids: string[]) => sql.param(ids);

export async function listConflicts(
  db: Db,
  opts: { actor: Actor | null; personId?: string; page: number; pageSize: number },
) {
  authorize(opts.actor, 'conflicts.read');
  let pairs: ConflictPair[];
  if (opts.personId) {
    const [asStaff, asCandidate] = await Promise.all([
      conflictsBetween(db, [opts.personId], null),
      conflictsBetween(db, null, [opts.personId]),
    ]);
    pairs = [...asStaff, ...asCandidate];
  } else pairs = await conflictsBetween(db, null, null);
  const people = await personsById(
    db,
    pairs.flatMap((p) => [p.staffPersonId, p.candidatePersonId]),
  );
  const items: Conflict[] = pairs
    .map((p) => {
      const s = people.get(p.staffPersonId)!;
      const c = people.get(p.candidatePersonId)!;
      return { ...p, staffName: s.name, candidateName: c.name, candidateIdMasked: c.idMasked };
    })
    .sort(
      (a, b) => a.staffName.localeCompare(b.staffName, 'zh') || a.candidateName.localeCompare(b.candidateName, 'zh'),
    );
  const start = (opts.page - 1) * opts.pageSize;
  return { items: items.slice(start, start + opts.pageSize), total: items.length };
}

export async function createConflict(db: Db, opts: { actor: Actor | null; data: z.infer<typeof conflictBody> }) {
  authorize(opts.actor, 'conflicts.manage');
  const actor = opts.actor;
  const d = opts.data;
  if (d.staffPersonId === d.candidatePersonId)
    throw new AppError('VALIDATION', '考生：工作人员和考生不能是同一人', [
      { field: 'candidatePersonId', message: '不能是同一人' },
    ]);
  try {
    return await db.transaction(async (tx) => {
      const s = await loadPerson(tx, actor, d.staffPersonId);
      const c = await loadPerson(tx, actor, d.candidatePersonId);
      const [row] = await tx
        .insert(conflicts)
        .values({ ...d, note: d.note ?? null })
        .returning();
      await recordAudit(tx, actor, {
        action: 'create',
        entity: 'conflict',
        entityId: row.id,
        after: { ...row, staffName: s.name, candidateName: c.name },
      });
      return {
        id: row.id,
        staffPersonId: s.id,
        staffName: s.name,
        candidatePersonId: c.id,
        candidateName: c.name,
        candidateIdMasked: c.idMasked,
        relation: d.relation,
        source: 'manual' as const,
        note: row.note,
      };
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError('CONFLICT', '该回避关系已登记');
    throw e;
  }
}

export async function deleteConflict(db: Db, opts: { actor: Actor | null; id: string }) {
  authorize(opts.actor, 'conflicts.manage');
  const actor = opts.actor;
  return db.transaction(async (tx) => {
    const [row] = await tx.delete(conflicts).where(eq(conflicts.id, opts.id)).returning();
    if (!row) throw notFound('回避关系');
    await recordAudit(tx, actor, { action: 'delete', entity: 'conflict', entityId: row.id, before: row });
    return { ok: true as const };
  });
}

// ---------------------------------------------------------------- teacher–class assignments

export async function listTeacherClasses(db: Db, opts: { actor: Actor | null; teacherPersonId?: string }) {
  authorize(opts.actor, 'conflicts.read');
  const rows = await db
    .select({ t: teacherClasses, teacherName: persons.name, collegeName: colleges.name })
    .from(teacherClasses)
    .innerJoin(persons, eq(persons.id, teacherClasses.teacherPersonId))
    .innerJoin(colleges, eq(colleges.id, teacherClasses.collegeId))
    .where(opts.teacherPersonId ? eq(teacherClasses.teacherPersonId, opts.teacherPersonId) : undefined)
    .orderBy(asc(colleges.code), asc(teacherClasses.enrolmentYear), asc(teacherClasses.className));
  const counts = await studentCounts(
    db,
    rows.map((r) => r.t),
  );
  const items = rows.map((r) => ({
    id: r.t.id,
    teacherPersonId: r.t.teacherPersonId,
    teacherName: r.teacherName,
    collegeId: r.t.collegeId,
    collegeName: r.collegeName,
    className: r.t.className,
    enrolmentYear: r.t.enrolmentYear,
    studentCount: counts.get(r.t.id) ?? 0,
  }));
  return { items, total: items.length };
}

async function studentCounts(db: DbOrTx, rows: (typeof teacherClasses.$inferSelect)[]) {
  const out = new Map<string, number>();
  if (!rows.length) return out;
  const found = rowsOf<{ id: string; n: number }>(
    await db.execute(sql`
      select t.id, count(p.id)::int as n from ${teacherClasses} t
        left join ${persons} p on p.kind = 'student' and p.college_id = t.college_id and p.class_name = t.class_name and p.enrolment_year = t.enrolment_year
       where t.id = any(${toArray(rows.map((r) => r.id))}::uuid[]) group by t.id`),
  );
  for (const r of found) out.set(r.id, Number(r.n));
  return out;
}

/** Records who teaches a class (shared with the roster import: caller's transaction). */
export async function writeTeacherClass(tx: DbOrTx, actor: Actor, d: z.infer<typeof teacherClassBody>) {
  const [row] = await tx.insert(teacherClasses).values(d).onConflictDoNothing().returning();
  if (row) await recordAudit(tx, actor, { action: 'create', entity: 'teacherClass', entityId: row.id, after: row });
  return row ?? null;
}

export async function createTeacherClass(
  db: Db,
  opts: { actor: Actor | null; data: z.infer<typeof teacherClassBody> },
) {
  authorize(opts.actor, 'conflicts.manage');
  const actor = opts.actor;
  await db.transaction(async (tx) => {
    await loadPerson(tx, actor, opts.data.teacherPersonId);
    const [c] = await tx.select({ id: colleges.id }).from(colleges).where(eq(colleges.id, opts.data.collegeId));
    if (!c) throw notFound('二级学院');
    if (!(await writeTeacherClass(tx, actor, opts.data))) throw new AppError('CONFLICT', '该教师的此班级已登记');
  });
  const list = await listTeacherClasses(db, { actor, teacherPersonId: opts.data.teacherPersonId });
  return list.items.find(
    (i) =>
      i.collegeId === opts.data.collegeId &&
      i.className === opts.data.className &&
      i.enrolmentYear === opts.data.enrolmentYear,
  )!;
}
