import { and, asc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.js';
import {
  appointments,
  examStaff,
  examinerOccupations,
  examiners,
  experts,
  occupations,
  peopleSettings,
  persons,
  supervisors,
} from '../../db/schema/index.js';
import { authorize, type Actor } from '../../http/access.js';
import type { PiiCipher } from '../../http/pii.js';
import { AppError, notFound, type FieldIssue } from '../../http/errors.js';
import { ageOn } from '../../../shared/idcard.js';
import type { OccupationRef, supervisorDisqualifications } from '../../../shared/people.js';
import type { ExaminerBody, ExpertBody, PeopleSettings } from '../../../shared/people-staff.js';
import type { z } from 'zod';
import type { supervisorBody } from '../../../shared/people-staff.js';
import type { appointmentBody } from '../../../shared/people.js';
import { recordAudit } from '../audit/audit.service.js';
import {
  CERTIFICATE_YEARS,
  TERM_YEARS,
  examinerQualificationProblems,
  expertProblems,
  supervisorProblems,
  validUntil,
} from './people.rules.js';
import { birthDateOfPerson, loadPerson, readSettings, type PersonRow } from './people.store.js';
import { isUniqueViolation } from '../../db/errors.js';
import { presentExaminers, presentExperts, presentExamStaff, presentSupervisors } from './staff.present.js';

type ExaminerRow = typeof examiners.$inferSelect;
type SupervisorRow = typeof supervisors.$inferSelect;

const refuse = (field: string, problems: string[]) =>
  new AppError(
    'VALIDATION',
    problems.join('；'),
    problems.map((message) => ({ field, message })) satisfies FieldIssue[],
  );

// ---------------------------------------------------------------- occupations

/**
 * R-ORG-02: an occupation is edition + code. Checked against the centre's catalogue (the name is taken from it);
 * an edition with nothing loaded yet is accepted on the code format alone.
 */
async function resolveOccupations(db: DbOrTx, refs: OccupationRef[], field: string): Promise<OccupationRef[]> {
  const out: OccupationRef[] = [];
  for (const [i, ref] of refs.entries()) {
    // The occupation catalogue is a reference table: read here, not through the centre module (which reads people).
    const [found] = await db
      .select({ name: occupations.name })
      .from(occupations)
      .where(and(eq(occupations.edition, ref.edition), eq(occupations.code, ref.code)));
    if (found) out.push({ edition: ref.edition, code: ref.code, name: found.name });
    else {
      const [{ n }] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(occupations)
        .where(eq(occupations.edition, ref.edition));
      if (Number(n) > 0)
        throw new AppError('VALIDATION', `职业：${ref.edition} 版职业分类大典中没有编码 ${ref.code}`, [
          { field: refs.length > 1 ? `${field}.${i}.code` : `${field}.code`, message: `${ref.edition} 版中没有此编码` },
        ]);
      out.push(ref);
    }
  }
  return out;
}

// ---------------------------------------------------------------- examiners (R-PPL-04)

function examinerQuery(keyword?: string): SQL | undefined {
  if (!keyword) return undefined;
  const k = `%${keyword.replace(/[%_\\]/g, '\\$&')}%`;
  return or(
    ilike(persons.name, k),
    ilike(examiners.certificateNumber, k),
    sql`exists (select 1 from ${examinerOccupations} o where o.examiner_id = ${examiners.id} and (o.occupation_name ilike ${k} or o.occupation_code ilike ${k}))`,
  );
}

export async function listExaminers(
  db: Db,
  opts: { actor: Actor | null; keyword?: string; occupationCode?: string; validity?: string },
) {
  authorize(opts.actor, 'staff.read');
  const where = [examinerQuery(opts.keyword)];
  if (opts.occupationCode)
    where.push(
      sql`exists (select 1 from ${examinerOccupations} o where o.examiner_id = ${examiners.id} and o.occupation_code = ${opts.occupationCode})`,
    );
  const rows = await db
    .select({ e: examiners })
    .from(examiners)
    .innerJoin(persons, eq(persons.id, examiners.personId))
    .where(and(...where))
    .orderBy(asc(examiners.certificateValidUntil));
  let items = await presentExaminers(
    db,
    rows.map((r) => r.e),
  );
  if (opts.validity) items = items.filter((i) => i.validity === opts.validity);
  return { items, total: items.length };
}

/** Writes an examiner (new or changed); R-PPL-04 is checked against the person's title and skill level. */
export async function saveExaminer(db: Db, opts: { actor: Actor | null; id?: string; data: ExaminerBody }) {
  authorize(opts.actor, 'staff.manage');
  const actor = opts.actor;
  const d = opts.data;
  try {
    const row = await db.transaction(async (tx) => {
      const row = await writeExaminer(tx, actor, d, opts.id);
      return row;
    });
    return (await presentExaminers(db, [row]))[0];
  } catch (e) {
    if (isUniqueViolation(e))
      throw new AppError('CONFLICT', '人员：该人员已登记为考评员', [{ field: 'personId', message: '已是考评员' }]);
    throw e;
  }
}

/** The examiner write shared with the roster import (caller's transaction). */
export async function writeExaminer(
  tx: DbOrTx,
  actor: Actor,
  d: ExaminerBody,
  id?: string,
  person?: PersonRow,
): Promise<ExaminerRow> {
  const p = person ?? (await loadPerson(tx, actor, d.personId));
  const problems = examinerQualificationProblems({
    ...d,
    titleGrade: p.titleGrade,
    skillLevel: p.skillLevel,
  });
  if (problems.length) throw refuse('grade', problems);
  const occ = (await resolveOccupations(tx, d.occupations, 'occupations')).map((o, i) => ({
    ...o,
    modules: d.occupations[i].modules ?? [],
  }));
  const values = {
    personId: p.id,
    grade: d.grade,
    trainingHours: d.trainingHours,
    skillRelated: d.skillRelated ?? false,
    certificateNumber: d.certificateNumber,
    certificateIssuedOn: d.certificateIssuedOn,
    certificateValidUntil: validUntil(d.certificateIssuedOn, CERTIFICATE_YEARS),
    firstExaminingYear: d.firstExaminingYear ?? null,
    termStart: d.termStart ?? null,
    termEnd: d.termStart ? validUntil(d.termStart, TERM_YEARS) : null,
  };
  let row: ExaminerRow;
  let before: ExaminerRow | undefined;
  if (id) {
    [before] = await tx.select().from(examiners).where(eq(examiners.id, id)).for('update');
    if (!before) throw notFound('考评员');
    if (before.dismissed) throw new AppError('CONFLICT', '该考评员已被解聘，资格已取消，不能修改');
    [row] = await tx.update(examiners).set(values).where(eq(examiners.id, id)).returning();
    await tx.delete(examinerOccupations).where(eq(examinerOccupations.examinerId, id));
  } else [row] = await tx.insert(examiners).values(values).returning();
  await tx.insert(examinerOccupations).values(
    occ.map((o) => ({
      examinerId: row.id,
      edition: o.edition,
      occupationCode: o.code,
      occupationName: o.name,
      modules: o.modules,
    })),
  );
  await recordAudit(tx, actor, {
    action: id ? 'update' : 'create',
    entity: 'examiner',
    entityId: row.id,
    before,
    after: { ...row, occupations: occ },
  });
  return row;
}

// ---------------------------------------------------------------- supervisors (R-PPL-06)

export async function listSupervisors(db: Db, opts: { actor: Actor | null; keyword?: string }) {
  authorize(opts.actor, 'staff.read');
  const k = opts.keyword ? `%${opts.keyword}%` : null;
  const rows = await db
    .select({ s: supervisors })
    .from(supervisors)
    .innerJoin(persons, eq(persons.id, supervisors.personId))
    .where(k ? or(ilike(persons.name, k), ilike(supervisors.certificateNumber, k)) : undefined)
    .orderBy(asc(supervisors.certificateValidUntil));
  const items = await presentSupervisors(
    db,
    rows.map((r) => r.s),
  );
  return { items, total: items.length };
}

export async function saveSupervisor(
  db: Db,
  opts: { actor: Actor | null; id?: string; data: z.infer<typeof supervisorBody> },
) {
  authorize(opts.actor, 'staff.manage');
  const actor = opts.actor;
  const d = opts.data;
  const problems = supervisorProblems(d);
  if (problems.length) throw refuse('basisYears', problems);
  try {
    const row = await db.transaction(async (tx) => {
      const p = await loadPerson(tx, actor, d.personId);
      const values = {
        ...d,
        personId: p.id,
        certificateValidUntil: validUntil(d.certificateIssuedOn, CERTIFICATE_YEARS),
      };
      let before: SupervisorRow | undefined;
      let row: SupervisorRow;
      if (opts.id) {
        [before] = await tx.select().from(supervisors).where(eq(supervisors.id, opts.id)).for('update');
        if (!before) throw notFound('质量督导员');
        if (before.disqualified) throw new AppError('CONFLICT', '该督导员已被取消质量督导资格，不能修改');
        [row] = await tx.update(supervisors).set(values).where(eq(supervisors.id, opts.id)).returning();
      } else [row] = await tx.insert(supervisors).values(values).returning();
      await recordAudit(tx, actor, {
        action: opts.id ? 'update' : 'create',
        entity: 'supervisor',
        entityId: row.id,
        before,
        after: row,
      });
      return row;
    });
    return (await presentSupervisors(db, [row]))[0];
  } catch (e) {
    if (isUniqueViolation(e))
      throw new AppError('CONFLICT', '人员：该人员已登记为质量督导员', [{ field: 'personId', message: '已是督导员' }]);
    throw e;
  }
}

/** R-PPL-06 (§9): misconduct ends the supervisor's qualification; recorded and audited. */
export async function disqualifySupervisor(
  db: Db,
  opts: {
    actor: Actor | null;
    id: string;
    reason: (typeof supervisorDisqualifications)[number];
    note?: string | null;
  },
) {
  authorize(opts.actor, 'staff.manage');
  const actor = opts.actor;
  const row = await db.transaction(async (tx) => {
    const [before] = await tx.select().from(supervisors).where(eq(supervisors.id, opts.id)).for('update');
    if (!before) throw notFound('质量督导员');
    if (before.disqualified) throw new AppError('CONFLICT', '该督导员已被取消资格');
    const [row] = await tx
      .update(supervisors)
      .set({
        disqualified: true,
        disqualifiedAt: new Date(),
        disqualificationReason: opts.reason,
        disqualificationNote: opts.note ?? null,
      })
      .where(eq(supervisors.id, opts.id))
      .returning();
    await recordAudit(tx, actor, { action: 'disqualify', entity: 'supervisor', entityId: row.id, before, after: row });
    return row;
  });
  return (await presentSupervisors(db, [row]))[0];
}

// ---------------------------------------------------------------- experts (R-PPL-07)

export async function listExperts(db: Db, opts: { actor: Actor | null; keyword?: string }) {
  authorize(opts.actor, 'staff.read');
  const k = opts.keyword ? `%${opts.keyword}%` : null;
  const rows = await db
    .select({ x: experts })
    .from(experts)
    .innerJoin(persons, eq(persons.id, experts.personId))
    .where(
      k ? or(ilike(persons.name, k), ilike(experts.occupationName, k), ilike(experts.occupationCode, k)) : undefined,
    )
    .orderBy(asc(experts.occupationCode), sql`${experts.leader} desc`, asc(persons.name));
  const items = await presentExperts(
    db,
    rows.map((r) => r.x),
  );
  return { items, total: items.length };
}

/** A new expert term (a renewal is a new term of the same group). */
export async function createExpert(db: Db, opts: { actor: Actor | null; pii: PiiCipher; data: ExpertBody }) {
  authorize(opts.actor, 'staff.manage');
  const actor = opts.actor;
  const d = opts.data;
  try {
    const row = await db.transaction(async (tx) => {
      const p = await loadPerson(tx, actor, d.personId);
      const settings = await readSettings(tx);
      const [senior] = await tx
        .select({ id: examiners.id })
        .from(examiners)
        .where(and(eq(examiners.personId, p.id), eq(examiners.grade, 'senior'), eq(examiners.dismissed, false)));
      const problems = expertProblems({
        titleGrade: p.titleGrade,
        skillLevel: p.skillLevel,
        examiningYears: d.examiningYears,
        // R-PPL-02: the birth date is not stored in clear; derived from the number for this check only.
        age: ((b) => (b ? ageOn(b, d.termStart) : null))(birthDateOfPerson(opts.pii, p)),
        maxAge: settings.expertMaxAge,
        leader: d.leader,
        seniorExaminer: !!senior,
        newOccupation: d.newOccupation,
      });
      if (problems.length) throw refuse('personId', problems);
      const [occ] = await resolveOccupations(tx, [d.occupation], 'occupation');
      const [row] = await tx
        .insert(experts)
        .values({
          personId: p.id,
          edition: occ.edition,
          occupationCode: occ.code,
          occupationName: occ.name,
          leader: d.leader,
          examiningYears: d.examiningYears,
          newOccupation: d.newOccupation,
          termStart: d.termStart,
          termEnd: validUntil(d.termStart, TERM_YEARS),
        })
        .returning();
      await recordAudit(tx, actor, { action: 'create', entity: 'expert', entityId: row.id, after: row });
      return row;
    });
    return (await presentExperts(db, [row]))[0];
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError('CONFLICT', '专家：该人员在此职业专家组已有同一起始日期的聘期');
    throw e;
  }
}

// ---------------------------------------------------------------- proctors, exam staff, appointments

export async function listExamStaff(db: Db, opts: { actor: Actor | null }) {
  authorize(opts.actor, 'staff.read');
  const rows = await db.select().from(examStaff).orderBy(asc(examStaff.role), asc(examStaff.createdAt));
  const items = await presentExamStaff(db, rows);
  return { items, total: items.length };
}

export async function addExamStaff(
  db: Db,
  opts: { actor: Actor | null; personId: string; role: 'proctor' | 'exam_staff' },
) {
  authorize(opts.actor, 'staff.manage');
  const actor = opts.actor;
  const row = await db.transaction(async (tx) => {
    const p = await loadPerson(tx, actor, opts.personId);
    const [existing] = await tx
      .select()
      .from(examStaff)
      .where(and(eq(examStaff.personId, p.id), eq(examStaff.role, opts.role)));
    if (existing && !existing.active)
      throw new AppError('CONFLICT', `该人员的考务工作已被终止（${existing.endedReason ?? '违纪'}），不能再安排`);
    if (existing) return existing;
    const [row] = await tx.insert(examStaff).values({ personId: p.id, role: opts.role }).returning();
    await recordAudit(tx, actor, { action: 'create', entity: 'examStaff', entityId: row.id, after: row });
    return row;
  });
  return (await presentExamStaff(db, [row]))[0];
}

export async function createAppointment(db: Db, opts: { actor: Actor | null; data: z.infer<typeof appointmentBody> }) {
  authorize(opts.actor, 'staff.manage');
  const actor = opts.actor;
  return db.transaction(async (tx) => {
    const p = await loadPerson(tx, actor, opts.data.personId);
    const [row] = await tx
      .insert(appointments)
      .values({ ...opts.data, personId: p.id })
      .returning();
    await recordAudit(tx, actor, { action: 'create', entity: 'appointment', entityId: row.id, after: row });
    return {
      id: row.id,
      personId: row.personId,
      role: opts.data.role,
      letterNumber: row.letterNumber,
      startDate: row.startDate,
      endDate: row.endDate,
      fileId: row.fileId,
      note: row.note,
    };
  });
}

// ---------------------------------------------------------------- settings

export async function getPeopleSettings(db: Db, opts: { actor: Actor | null }) {
  authorize(opts.actor, 'staff.read');
  return readSettings(db);
}

export async function savePeopleSettings(db: Db, opts: { actor: Actor | null; data: PeopleSettings }) {
  authorize(opts.actor, 'staff.manage');
  const actor = opts.actor;
  return db.transaction(async (tx) => {
    const before = await readSettings(tx);
    await tx
      .insert(peopleSettings)
      .values({ id: 1, ...opts.data })
      .onConflictDoUpdate({ target: peopleSettings.id, set: { ...opts.data, updatedAt: new Date() } });
    await recordAudit(tx, actor, {
      action: 'update',
      entity: 'peopleSettings',
      entityId: '1',
      before,
      after: opts.data,
    });
    return opts.data;
  });
}
