import { and, asc, eq, inArray, ne, sql, type SQL } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.js';
import { activationCodes, applications, colleges, persons, users } from '../../db/schema/index.js';
import { assertCollegeScope, authorize, systemActor, type Actor } from '../../http/access.js';
import { AppError, notFound } from '../../http/errors.js';
import type { PiiCipher } from '../../http/pii.js';
import {
  NO_CLASS,
  type ActivationState,
  type CandidateAccount,
  type CandidateAccountList,
} from '../../../shared/activation.js';
import { recordAudit } from '../audit/audit.service.js';
import { eligibilityContextFor } from '../registration/facts.service.js';
import { endSessionsOf } from './auth.service.js';
import { INITIAL_ACTIVATION, INITIAL_PASSWORD_ID6 } from './candidate.service.js';
import { newActivationCode } from './activation.rules.js';

/**
 * Issue 8 item 4: the one-time activation codes of imported candidate accounts. A college's clerks see and print
 * those of their own college's students (R-ORG-07), centre staff all; a new code voids the old one, audited.
 */

/** New codes for many accounts at once (a roster import): a random code sealed per row, no hashing, one statement a chunk. */
export async function issueActivationCodes(tx: DbOrTx, pii: PiiCipher, issuedBy: string | null, userIds: string[]) {
  const now = new Date().toISOString();
  for (let i = 0; i < userIds.length; i += 5000) {
    const part = userIds
      .slice(i, i + 5000)
      .map((id) => ({ user_id: id, code_sealed: pii.encrypt(newActivationCode()) }));
    await tx.execute(sql`
      insert into activation_codes (user_id, code_sealed, issued_at, issued_by)
      select x.user_id, x.code_sealed, ${now}::timestamptz, ${issuedBy}::uuid from json_to_recordset(${JSON.stringify(part)}::json) as x(user_id uuid, code_sealed text)
      on conflict (user_id) do update set code_sealed = excluded.code_sealed, issued_at = excluded.issued_at, issued_by = excluded.issued_by, used_at = null`);
  }
}

const columns = {
  userId: users.id,
  passwordHash: users.passwordHash,
  personId: persons.id,
  name: persons.name,
  studentNumber: persons.studentNumber,
  className: persons.className,
  collegeId: persons.collegeId,
  collegeName: colleges.name,
  codeSealed: activationCodes.codeSealed,
  issuedAt: activationCodes.issuedAt,
  usedAt: activationCodes.usedAt,
};
type Row = { [K in keyof typeof columns]: (typeof columns)[K]['_']['data'] | null } & {
  userId: string;
  personId: string;
  name: string;
  passwordHash: string;
};

const stateOf = (r: Row): ActivationState =>
  r.passwordHash !== INITIAL_ACTIVATION && r.passwordHash !== INITIAL_PASSWORD_ID6
    ? 'active'
    : r.usedAt
      ? 'active'
      : r.codeSealed
        ? 'pending'
        : 'none';

function present(r: Row): CandidateAccount {
  return {
    userId: r.userId,
    personId: r.personId,
    name: r.name,
    studentNumber: r.studentNumber,
    className: r.className || NO_CLASS,
    collegeName: r.collegeName,
    state: stateOf(r),
    issuedAt: r.issuedAt?.toISOString() ?? null,
    usedAt: r.usedAt?.toISOString() ?? null,
  };
}

/** The candidate accounts of a batch's applicants in the actor's scope, optionally of one class. */
/** A batch's live applicants with a candidate account, within the actor's college (R-ORG-07). */
function scopeOf(actor: Actor, batchId: string): SQL[] {
  const where: SQL[] = [
    eq(applications.batchId, batchId),
    ne(applications.status, 'withdrawn'),
    eq(users.role, 'candidate'),
  ];
  if (actor.role === 'college_clerk')
    where.push(eq(persons.collegeId, actor.collegeId ?? '00000000-0000-0000-0000-000000000000'));
  return where;
}

async function accountRows(db: DbOrTx, actor: Actor, batchId: string, className?: string): Promise<Row[]> {
  const where = scopeOf(actor, batchId);
  if (className === NO_CLASS) where.push(sql`coalesce(${persons.className}, '') = ''`);
  else if (className) where.push(eq(persons.className, className));
  const rows = await db
    .selectDistinct(columns)
    .from(applications)
    .innerJoin(persons, eq(persons.id, applications.personId))
    .innerJoin(users, eq(users.id, persons.userId))
    .leftJoin(colleges, eq(colleges.id, persons.collegeId))
    .leftJoin(activationCodes, eq(activationCodes.userId, users.id))
    .where(and(...where))
    .orderBy(asc(persons.className), asc(persons.studentNumber), asc(persons.name));
  return rows as Row[];
}

async function loadBatch(db: DbOrTx, actor: Actor, batchId: string) {
  const ctx = await eligibilityContextFor(db, batchId);
  assertCollegeScope(actor, ctx.batch.collegeId, '认定批次'); // R-ORG-07: another college's batch reads as missing
  return ctx.batch;
}

/**
 * The batch's classes with their counts, and the accounts of one class (the first when none is asked for): a batch
 * of 20,000 students is read a class at a time.
 */
export async function listCandidateAccounts(
  db: Db,
  opts: { actor: Actor | null; batchId: string; className?: string },
): Promise<CandidateAccountList> {
  authorize(opts.actor, 'applications.import');
  await loadBatch(db, opts.actor, opts.batchId);
  const cls = sql<string>`coalesce(nullif(${persons.className}, ''), ${NO_CLASS})`;
  const active = sql`(${users.passwordHash} not in (${INITIAL_ACTIVATION}, ${INITIAL_PASSWORD_ID6}) or ${activationCodes.usedAt} is not null)`;
  const classes = await db
    .select({
      className: cls,
      total: sql<number>`count(distinct ${users.id})::int`,
      active: sql<number>`count(distinct ${users.id}) filter (where ${active})::int`,
    })
    .from(applications)
    .innerJoin(persons, eq(persons.id, applications.personId))
    .innerJoin(users, eq(users.id, persons.userId))
    .leftJoin(activationCodes, eq(activationCodes.userId, users.id))
    .where(and(...scopeOf(opts.actor, opts.batchId)))
    .groupBy(sql`1`) // by position: the expression's parameter would be numbered anew in GROUP BY
    .orderBy(sql`1`);
  const className = opts.className ?? classes[0]?.className ?? null;
  const items = className ? (await accountRows(db, opts.actor, opts.batchId, className)).map(present) : [];
  return {
    classes: classes.map((c) => ({ ...c, total: Number(c.total), active: Number(c.active) })),
    className,
    items,
  };
}

/** The rows of a class sheet: every account of the class, with its code while it is unused. */
export async function activationSheetRows(
  db: Db,
  opts: { actor: Actor | null; pii: PiiCipher; batchId: string; className: string },
) {
  authorize(opts.actor, 'applications.import');
  const batch = await loadBatch(db, opts.actor, opts.batchId);
  const rows = await accountRows(db, opts.actor, opts.batchId, opts.className);
  if (!rows.length) throw notFound('该班级的考生账号');
  const out = rows.map((r) => ({
    ...present(r),
    code: stateOf(r) === 'pending' ? opts.pii.decrypt(r.codeSealed!) : '',
  }));
  await db.transaction(async (tx) => {
    // Who printed which class's codes is on record (the codes themselves never are).
    await recordAudit(tx, opts.actor, {
      action: 'activation.print',
      entity: 'batch',
      entityId: batch.id,
      after: { className: opts.className, accounts: out.length, codes: out.filter((r) => r.code).length },
    });
  });
  return { batch, rows: out };
}

/** A new code for an account not yet activated; the old one stops working at once (and any session it opened ends). */
export async function replaceActivationCode(db: Db, opts: { actor: Actor | null; pii: PiiCipher; userId: string }) {
  authorize(opts.actor, 'applications.import');
  const actor = opts.actor;
  return db.transaction(async (tx) => {
    const [r] = await tx
      .select(columns)
      .from(users)
      .innerJoin(persons, eq(persons.userId, users.id))
      .leftJoin(colleges, eq(colleges.id, persons.collegeId))
      .leftJoin(activationCodes, eq(activationCodes.userId, users.id))
      .where(and(eq(users.id, opts.userId), eq(users.role, 'candidate')))
      .for('update', { of: users });
    if (!r) throw notFound('考生账号');
    assertCollegeScope(actor, r.collegeId, '考生账号'); // R-ORG-07: another college's student reads as missing
    if (r.passwordHash !== INITIAL_ACTIVATION && r.passwordHash !== INITIAL_PASSWORD_ID6)
      throw new AppError(
        'CONFLICT',
        '该考生已激活账号并设置了密码，不需要激活码；忘记密码的，请联系认定中心系统管理员重置',
      );
    const code = newActivationCode();
    await tx
      .insert(activationCodes)
      .values({ userId: r.userId, codeSealed: opts.pii.encrypt(code), issuedBy: actor.userId })
      .onConflictDoUpdate({
        target: activationCodes.userId,
        set: { codeSealed: opts.pii.encrypt(code), issuedAt: new Date(), issuedBy: actor.userId, usedAt: null },
      });
    await tx
      .update(users)
      .set({ passwordHash: INITIAL_ACTIVATION, mustChangePassword: true })
      .where(eq(users.id, r.userId));
    await endSessionsOf(tx, r.userId);
    await recordAudit(tx, actor, {
      action: 'activation.replace',
      entity: 'user',
      entityId: r.userId,
      before: { state: stateOf(r as Row), issuedAt: r.issuedAt ?? null },
      after: { state: 'pending' },
    });
    const [fresh] = await tx
      .select(columns)
      .from(users)
      .innerJoin(persons, eq(persons.userId, users.id))
      .leftJoin(colleges, eq(colleges.id, persons.collegeId))
      .leftJoin(activationCodes, eq(activationCodes.userId, users.id))
      .where(inArray(users.id, [r.userId]));
    return { account: present(fresh as Row), code };
  });
}

/**
 * An upgrade from the derivable first password (ID number's last six, `initial:id6`): each such account not yet
 * activated gets an activation code at start, for its college to print. Safe with several processes: the UPDATE
 * claims each account once. Returns how many were converted.
 */
export async function replaceLegacyInitialPasswords(db: Db, pii: PiiCipher): Promise<number> {
  return db.transaction(async (tx) => {
    const ids = (
      await tx
        .update(users)
        .set({ passwordHash: INITIAL_ACTIVATION, mustChangePassword: true })
        .where(eq(users.passwordHash, INITIAL_PASSWORD_ID6))
        .returning({ id: users.id })
    ).map((r) => r.id);
    if (!ids.length) return 0;
    await issueActivationCodes(tx, pii, null, ids);
    await recordAudit(tx, systemActor, {
      action: 'activation.upgrade',
      entity: 'user',
      entityId: 'initial:id6',
      after: { accounts: ids.length },
    });
    return ids.length;
  });
}
