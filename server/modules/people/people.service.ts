import { and, asc, desc, eq, ilike, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.js';
import {
  appointments,
  examStaff,
  examiners,
  experts,
  files,
  personDocuments,
  persons,
  supervisors,
  users,
} from '../../db/schema/index.js';
import { authorize, collegeFilter, type Actor } from '../../http/access.js';
import { AppError, forbidden, notFound } from '../../http/errors.js';
import type { PiiCipher } from '../../http/pii.js';
import { can, type Role } from '../../../shared/access.js';
import { birthYearOf, maskIdNumber, normalizeIdNumber, type IdType } from '../../../shared/idcard.js';
import {
  personBody,
  type documentTypes,
  type PersonBody,
  type PersonQuery,
  type PersonUpdateBody,
} from '../../../shared/people.js';
import type { OwnRecord, PersonDetail } from '../../../shared/people-staff.js';
import { appraisalsOfExaminer } from './appraisal.service.js';
import { recordAudit } from '../audit/audit.service.js';
import { loadPerson, rolesOf, collegeNames, type PersonRow } from './people.store.js';
import { isUniqueViolation } from '../../db/errors.js';
import { auditPerson, presentPerson, presentPersons, presentAppointment } from './people.present.js';
import { presentExaminers, presentExperts, presentExamStaff, presentSupervisors } from './staff.present.js';

/**
 * The sealed columns of an ID number (R-PPL-02): ciphertext, lookup hash, mask (last four), birth year; never the
 * number itself nor the region or full birth date in clear.
 */
export function sealIdNumber(pii: PiiCipher, idType: IdType, raw: string) {
  const n = normalizeIdNumber(idType, raw);
  return {
    idCipher: pii.encrypt(n),
    idHash: pii.lookupHash(idType, n),
    idMasked: maskIdNumber(n),
    birthYear: birthYearOf(idType, n),
  };
}

/** R-ORG-07: a clerk keeps only its own college's persons. */
function assertWritableCollege(actor: Actor, collegeId: string | null | undefined) {
  if (actor.role === 'college_clerk' && collegeId !== actor.collegeId) throw forbidden('只能登记和修改本学院的人员');
}

function personValues(d: Omit<PersonBody, 'idNumber'>) {
  return {
    name: d.name,
    gender: d.gender,
    phone: d.phone ?? null,
    kind: d.kind,
    collegeId: d.collegeId ?? null,
    education: d.education ?? null,
    workUnit: d.workUnit ?? null,
    ownStaff: d.ownStaff ?? false,
    major: d.major ?? null,
    className: d.className ?? null,
    enrolmentYear: d.enrolmentYear ?? null,
    educationLevel: d.educationLevel ?? null,
    classType: d.classType ?? null,
    graduating: d.graduating ?? false,
    titleSeries: d.titleSeries ?? null,
    titleName: d.titleName ?? null,
    titleGrade: d.titleGrade ?? null,
    titleDate: d.titleDate ?? null,
    skillLevel: d.skillLevel ?? null,
    skillOccupation: d.skillOccupation ?? null,
    // R-PPL-02 / issue 8 item 8: never userId from a form; linking an account is the admin's own audited action.
  };
}

/**
 * Issue 8 item 11: a college clerk gets one answer whether the number is on record in its own college or outside
 * its scope (which it must not learn), and never the stored record's name.
 */
const duplicate = (actor?: Actor | null) =>
  actor?.role === 'college_clerk'
    ? new AppError(
        'CONFLICT',
        '证件号码：该证件号码不能在此登记，请核对号码；如确属本学院人员，请在人员列表中查找或联系认定中心',
        [{ field: 'idNumber', message: '不能在此登记' }],
      )
    : new AppError('CONFLICT', '证件号码：该证件已登记过人员信息，请在人员列表中按证件号码查找', [
        { field: 'idNumber', message: '该证件已登记' },
      ]);

/** Finds a person by exact ID number through the keyed hash (R-PPL-01: one person per type and number). */
export async function findPersonByIdNumber(
  db: DbOrTx,
  pii: PiiCipher,
  idType: IdType,
  idNumber: string,
): Promise<PersonRow | null> {
  const hash = pii.lookupHash(idType, normalizeIdNumber(idType, idNumber));
  const [row] = await db
    .select()
    .from(persons)
    .where(and(eq(persons.idType, idType), eq(persons.idHash, hash)));
  return row ?? null;
}

/** Inserts a person inside the caller's transaction, with its audit row (the audit holds the masked number only). */
export async function insertPerson(tx: DbOrTx, pii: PiiCipher, actor: Actor, data: PersonBody): Promise<PersonRow> {
  if (await findPersonByIdNumber(tx, pii, data.idType, data.idNumber)) throw duplicate(actor);
  const [row] = await tx
    .insert(persons)
    .values({ ...personValues(data), idType: data.idType, ...sealIdNumber(pii, data.idType, data.idNumber) })
    .returning();
  // R-PPL-02: the audit row carries neither mask nor birth year.
  await recordAudit(tx, actor, { action: 'create', entity: 'person', entityId: row.id, after: auditPerson(row) });
  return row;
}

export async function listPersons(db: Db, opts: { actor: Actor | null; pii: PiiCipher; query: PersonQuery }) {
  authorize(opts.actor, 'people.read');
  const q = opts.query;
  const where: SQL[] = [];
  const only = collegeFilter(opts.actor);
  if (only) where.push(eq(persons.collegeId, only));
  if (q.collegeId) where.push(eq(persons.collegeId, q.collegeId));
  if (q.kind) where.push(eq(persons.kind, q.kind));
  if (q.keyword) {
    const k = `%${q.keyword.replace(/[%_\\]/g, '\\$&')}%`;
    where.push(
      or(
        ilike(persons.name, k),
        ilike(persons.studentNumber, k),
        ilike(persons.phone, k),
        ilike(persons.className, k),
        ilike(persons.workUnit, k),
      )!,
    );
  }
  if (q.idNumber) {
    // The number is looked up under every type it could be: the clerk rarely says which.
    const n = q.idNumber.replace(/\s+/g, '');
    const hashes = (['resident', 'hmt_residence', 'passport', 'other'] as const).map((t) => hashOf(opts.pii, t, n));
    where.push(inArray(persons.idHash, hashes));
  }
  if (q.role === 'examiner')
    where.push(sql`exists (select 1 from ${examiners} e where e.person_id = ${persons.id} and not e.dismissed)`);
  if (q.role === 'supervisor')
    where.push(sql`exists (select 1 from ${supervisors} s where s.person_id = ${persons.id})`);
  if (q.role === 'expert') where.push(sql`exists (select 1 from ${experts} x where x.person_id = ${persons.id})`);
  if (q.role === 'proctor' || q.role === 'exam_staff')
    where.push(sql`exists (select 1 from ${examStaff} s where s.person_id = ${persons.id} and s.role = ${q.role})`);
  const cond = where.length ? and(...where) : undefined;
  const [rows, [{ total }]] = await Promise.all([
    db
      .select()
      .from(persons)
      .where(cond)
      .orderBy(desc(persons.createdAt), asc(persons.name))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db
      .select({ total: sql<number>`count(*)::int` })
      .from(persons)
      .where(cond),
  ]);
  return { items: await presentPersons(db, rows), total: Number(total) };
}

const hashOf = (c: PiiCipher, t: IdType, n: string) => c.lookupHash(t, normalizeIdNumber(t, n));

export async function createPerson(db: Db, opts: { actor: Actor | null; pii: PiiCipher; data: PersonBody }) {
  authorize(opts.actor, 'people.manage');
  const actor = opts.actor;
  assertWritableCollege(actor, opts.data.collegeId);
  try {
    const row = await db.transaction((tx) => insertPerson(tx, opts.pii, actor, opts.data));
    return (await presentPersons(db, [row]))[0];
  } catch (e) {
    if (isUniqueViolation(e)) throw duplicate(actor);
    throw e;
  }
}

export async function updatePerson(
  db: Db,
  opts: { actor: Actor | null; pii: PiiCipher; id: string; data: PersonUpdateBody },
) {
  authorize(opts.actor, 'people.manage');
  const actor = opts.actor;
  assertWritableCollege(actor, opts.data.collegeId);
  try {
    const row = await db.transaction(async (tx) => {
      const before = await loadPerson(tx, actor, opts.id);
      const values: Partial<typeof persons.$inferInsert> = { ...personValues(opts.data), updatedAt: new Date() };
      const newId = opts.data.idNumber ? normalizeIdNumber(opts.data.idType, opts.data.idNumber) : null;
      if (newId) {
        const found = await findPersonByIdNumber(tx, opts.pii, opts.data.idType, newId);
        if (found && found.id !== before.id) throw duplicate(actor);
        Object.assign(values, { idType: opts.data.idType, ...sealIdNumber(opts.pii, opts.data.idType, newId) });
      } else if (opts.data.idType !== before.idType)
        throw new AppError('VALIDATION', '证件号码：更换证件类型时须重新填写证件号码', [
          { field: 'idNumber', message: '请重新填写证件号码' },
        ]);
      else {
        // The stored number must still pass the checks (gender against the ID, for example).
        const check = personBody.safeParse({ ...opts.data, idNumber: opts.pii.decrypt(before.idCipher) });
        if (!check.success) {
          const issue = check.error.issues[0];
          throw new AppError('VALIDATION', issue.message, [{ field: issue.path.join('.'), message: issue.message }]);
        }
      }
      const [row] = await tx.update(persons).set(values).where(eq(persons.id, before.id)).returning();
      await recordAudit(tx, actor, {
        action: 'update',
        entity: 'person',
        entityId: row.id,
        before: auditPerson(before),
        after: auditPerson(row),
      });
      return row;
    });
    return (await presentPersons(db, [row]))[0];
  } catch (e) {
    if (isUniqueViolation(e)) throw duplicate(actor);
    throw e;
  }
}

const PERSONAL_ROLES: Role[] = ['candidate', 'examiner', 'supervisor'];

/** For the admin's link dialog: the account linked now, and personal accounts that no person holds (newest first). */
export async function describePersonAccount(db: Db, opts: { actor: Actor | null; id: string }) {
  authorize(opts.actor, 'users.manage');
  const person = await loadPerson(db, opts.actor, opts.id);
  const cols = { id: users.id, username: users.username, displayName: users.displayName, role: users.role };
  const [current] = person.userId ? await db.select(cols).from(users).where(eq(users.id, person.userId)) : [];
  const unlinked = await db
    .select(cols)
    .from(users)
    .where(
      and(
        inArray(users.role, PERSONAL_ROLES),
        eq(users.disabled, false),
        sql`not exists (select 1 from ${persons} p where p.user_id = ${users.id})`,
      ),
    )
    .orderBy(desc(users.createdAt))
    .limit(200);
  return { current: current ?? null, unlinked };
}

/**
 * Issue 8 item 8: the only way a login account is linked to a person: the admin links a personal account (candidate,
 * examiner, supervisor) that no person holds yet, or unlinks the person's account; audited. Forms never carry userId.
 */
export async function linkPersonAccount(db: Db, opts: { actor: Actor | null; id: string; userId: string | null }) {
  authorize(opts.actor, 'users.manage');
  const actor = opts.actor;
  const refuse = (message: string) =>
    new AppError('VALIDATION', `登录账户：${message}`, [{ field: 'userId', message }]);
  try {
    const row = await db.transaction(async (tx) => {
      const before = await loadPerson(tx, actor, opts.id);
      if (opts.userId) {
        const [user] = await tx
          .select({ id: users.id, role: users.role, username: users.username })
          .from(users)
          .where(eq(users.id, opts.userId));
        if (!user) throw notFound('登录账户');
        // Only accounts that stand for one person (a candidate, an examiner, a supervisor): never a staff or admin login.
        if (!PERSONAL_ROLES.includes(user.role)) throw refuse('只能关联考生、考评员或督导员的账户');
        const [holder] = await tx.select({ id: persons.id }).from(persons).where(eq(persons.userId, user.id));
        if (holder && holder.id !== before.id) throw refuse('该账户已关联其他人员');
        if (before.userId && before.userId !== user.id) throw refuse('该人员已关联其他账户，请先解除关联');
      }
      const [row] = await tx
        .update(persons)
        .set({ userId: opts.userId, updatedAt: new Date() })
        .where(eq(persons.id, before.id))
        .returning();
      await recordAudit(tx, actor, {
        action: opts.userId ? 'link.account' : 'unlink.account',
        entity: 'person',
        entityId: row.id,
        before: { userId: before.userId },
        after: { userId: row.userId },
      });
      return row;
    });
    return (await presentPersons(db, [row]))[0];
  } catch (e) {
    if (isUniqueViolation(e)) throw refuse('该账户已关联其他人员');
    throw e;
  }
}

/**
 * R-REG-01: the record of a portal sign-up by someone not on record (kind 'social'), linked to the account just made
 * for it. Written inside the sign-up's transaction; the sign-up audits it.
 */
export async function insertSignupPerson(
  tx: DbOrTx,
  pii: PiiCipher,
  data: {
    id: string;
    name: string;
    gender: PersonBody['gender'];
    idType: IdType;
    idNumber: string;
    phone: string;
    userId: string;
  },
): Promise<void> {
  await tx.insert(persons).values({
    id: data.id,
    name: data.name,
    gender: data.gender,
    idType: data.idType,
    ...sealIdNumber(pii, data.idType, data.idNumber),
    phone: data.phone,
    kind: 'social',
    userId: data.userId,
  });
}

/**
 * R-PPL-02: links a newly made account to a person who has none (a confirmed sign-up), inside the caller's
 * transaction; false when the person has an account by now (the caller refuses). The caller audits.
 */
export async function linkNewAccount(tx: DbOrTx, personId: string, userId: string): Promise<boolean> {
  const rows = await tx
    .update(persons)
    .set({ userId, updatedAt: new Date() }) // contact data untouched
    .where(and(eq(persons.id, personId), isNull(persons.userId)))
    .returning({ id: persons.id });
  return rows.length > 0;
}

/** A person's whole record; staff roles only for those who may read them. */
export async function getPerson(db: Db, opts: { actor: Actor | null; id: string }): Promise<PersonDetail> {
  authorize(opts.actor, 'people.read');
  return describePerson(db, opts.actor, await loadPerson(db, opts.actor, opts.id));
}

async function describePerson(db: Db, actor: Actor, row: PersonRow): Promise<PersonDetail> {
  const [names, roles] = await Promise.all([collegeNames(db, [row.collegeId]), rolesOf(db, [row.id])]);
  const base = presentPerson(row, {
    collegeName: row.collegeId ? (names.get(row.collegeId) ?? null) : null,
    roles: roles.get(row.id) ?? [],
  });
  const docs = await db
    .select({ d: personDocuments, f: files })
    .from(personDocuments)
    .innerJoin(files, eq(files.id, personDocuments.fileId))
    .where(eq(personDocuments.personId, row.id))
    .orderBy(asc(personDocuments.createdAt));
  const staff = can(actor.role, 'staff.read') || row.userId === actor.userId;
  const [ex, su, xp, st, ap] = staff
    ? await Promise.all([
        db.select().from(examiners).where(eq(examiners.personId, row.id)),
        db.select().from(supervisors).where(eq(supervisors.personId, row.id)),
        db.select().from(experts).where(eq(experts.personId, row.id)).orderBy(desc(experts.termStart)),
        db.select().from(examStaff).where(eq(examStaff.personId, row.id)),
        db.select().from(appointments).where(eq(appointments.personId, row.id)).orderBy(desc(appointments.startDate)),
      ])
    : [[], [], [], [], []];
  return {
    ...base,
    documents: docs.map(({ d, f }) => ({
      id: d.id,
      fileId: d.fileId,
      docType: d.docType,
      title: d.title,
      fileName: f.name,
      mime: f.mime,
      size: f.size,
      createdAt: d.createdAt.toISOString(),
    })),
    appointments: ap.map(presentAppointment),
    examiner: (await presentExaminers(db, ex))[0] ?? null,
    supervisor: (await presentSupervisors(db, su))[0] ?? null,
    experts: await presentExperts(db, xp),
    examStaff: await presentExamStaff(db, st),
  };
}

/** Told to an examiner or supervisor whose login no person holds yet: what to do, not an error. */
export const UNLINKED_ACCOUNT_MESSAGE =
  '您的登录账户尚未关联人员档案。请联系认定中心（系统管理员在“人员”中打开您的档案，点击“关联账户”）。';

/**
 * 我的档案: examiners and supervisors see their own record through the person linked to their login, with the
 * examiner's annual appraisals (R-PPL-09). An unlinked login gets `linked: false` and what to do.
 */
export async function getOwnRecord(db: Db, opts: { actor: Actor | null }): Promise<OwnRecord> {
  authorize(opts.actor, 'people.self');
  const [row] = await db.select().from(persons).where(eq(persons.userId, opts.actor.userId));
  if (!row) return { linked: false, message: UNLINKED_ACCOUNT_MESSAGE, person: null, appraisals: [] };
  const person = await describePerson(db, opts.actor, row);
  const appraisals = person.examiner ? await appraisalsOfExaminer(db, person.examiner.id) : [];
  return { linked: true, message: null, person, appraisals };
}

/** R-PPL-02: the full number, for roles that need it; every view leaves an audit row (masked value only). */
export async function revealIdNumber(db: Db, opts: { actor: Actor | null; pii: PiiCipher; id: string }) {
  authorize(opts.actor, 'people.viewIdNumber');
  const actor = opts.actor;
  return db.transaction(async (tx) => {
    const row = await loadPerson(tx, actor, opts.id);
    // R-PPL-02: the audit row names the person, never the number or its mask.
    await recordAudit(tx, actor, {
      action: 'view.idNumber',
      entity: 'person',
      entityId: row.id,
      after: { name: row.name },
    });
    return { idType: row.idType, idNumber: opts.pii.decrypt(row.idCipher) };
  });
}

/** Adds an uploaded file to a person's file (档案). */
export async function addPersonDocument(
  db: Db,
  opts: {
    actor: Actor | null;
    id: string;
    data: { fileId: string; docType: (typeof documentTypes)[number]; title: string };
  },
) {
  authorize(opts.actor, 'people.manage');
  const actor = opts.actor;
  return db.transaction(async (tx) => {
    const person = await loadPerson(tx, actor, opts.id);
    const [file] = await tx.select().from(files).where(eq(files.id, opts.data.fileId));
    if (!file || (file.ownerId !== actor.userId && !can(actor.role, 'files.readAny'))) throw notFound('文件');
    const [row] = await tx
      .insert(personDocuments)
      .values({ personId: person.id, ...opts.data })
      .returning();
    await recordAudit(tx, actor, {
      action: 'create',
      entity: 'personDocument',
      entityId: row.id,
      after: { personId: person.id, ...opts.data },
    });
    return { ok: true as const };
  });
}
