import { and, eq, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.js';
import { activationCodes, colleges, users } from '../../db/schema/index.js';
import { assertCollegeScope, authorize, systemActor, type Actor } from '../../http/access.js';
import { AppError, notFound } from '../../http/errors.js';
import type { PiiCipher } from '../../http/pii.js';
import type { ActivationState } from '../../../shared/activation.js';
import { recordAudit } from '../audit/audit.service.js';
import { candidateOfUser } from '../people/people.reads.js';
import { endSessionsOf } from './auth.service.js';
import { INITIAL_ACTIVATION, INITIAL_PASSWORD_ID6 } from './candidate.service.js';
import { newActivationCode } from './activation.rules.js';
import { activationStateOf, presentCandidateAccount } from './activation.present.js';

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

/** A candidate account of a roster import: its id, login name and the name it shows. */
export interface NewCandidateAccount {
  id: string;
  username: string;
  displayName: string;
}

/**
 * Issue 8 item 4: candidate accounts for a roster's new candidates, each waiting for its one-time activation code
 * (issued here, sealed with the PII key; no hashing: AES-GCM costs microseconds a row, scrypt tens of milliseconds).
 * One statement a chunk, inside the importer's transaction.
 */
export async function createCandidateAccounts(
  tx: DbOrTx,
  pii: PiiCipher,
  issuedBy: string | null,
  accounts: NewCandidateAccount[],
) {
  for (let i = 0; i < accounts.length; i += 5000) {
    const part = accounts.slice(i, i + 5000).map((a) => ({
      id: a.id,
      username: a.username,
      display_name: a.displayName,
      role: 'candidate',
      password_hash: INITIAL_ACTIVATION,
      must_change_password: true,
    }));
    await tx.execute(sql`
      insert into users (id, username, display_name, role, password_hash, must_change_password)
      select id, username, display_name, role, password_hash, must_change_password
      from json_to_recordset(${JSON.stringify(part)}::json)
        as x(id uuid, username text, display_name text, role text, password_hash text, must_change_password boolean)`);
  }
  await issueActivationCodes(
    tx,
    pii,
    issuedBy,
    accounts.map((a) => a.id),
  );
}

/** The activation side of a candidate account: its state, and its code while unused (when asked for). */
export interface ActivationOfAccount {
  userId: string;
  state: ActivationState;
  issuedAt: Date | null;
  usedAt: Date | null;
  code: string | null;
}

const activationColumns = {
  userId: users.id,
  passwordHash: users.passwordHash,
  codeSealed: activationCodes.codeSealed,
  issuedAt: activationCodes.issuedAt,
  usedAt: activationCodes.usedAt,
};

/**
 * The candidate accounts of `userIds` (other roles are left out) with their activation state; with `pii`, the
 * unsealed code of each account still waiting for activation. The caller has authorised its user and audits a print.
 */
export async function activationOfAccounts(
  db: DbOrTx,
  userIds: readonly string[],
  pii?: PiiCipher,
): Promise<ActivationOfAccount[]> {
  if (!userIds.length) return [];
  const rows = await db
    .select(activationColumns)
    .from(users)
    .leftJoin(activationCodes, eq(activationCodes.userId, users.id))
    .where(and(sql`${users.id} = any(${sql.param([...new Set(userIds)])}::uuid[])`, eq(users.role, 'candidate')));
  return rows.map((r) => {
    const state = activationStateOf(r);
    return {
      userId: r.userId,
      state,
      issuedAt: r.issuedAt,
      usedAt: r.usedAt,
      code: pii && state === 'pending' ? pii.decrypt(r.codeSealed!) : null,
    };
  });
}

/** A new code for an account not yet activated; the old one stops working at once (and any session it opened ends). */
export async function replaceActivationCode(db: Db, opts: { actor: Actor | null; pii: PiiCipher; userId: string }) {
  authorize(opts.actor, 'applications.import');
  const actor = opts.actor;
  return db.transaction(async (tx) => {
    const [r] = await tx
      .select(activationColumns)
      .from(users)
      .leftJoin(activationCodes, eq(activationCodes.userId, users.id))
      .where(and(eq(users.id, opts.userId), eq(users.role, 'candidate')))
      .for('update', { of: users });
    const person = r ? await candidateOfUser(tx, r.userId) : null;
    if (!r || !person) throw notFound('考生账号');
    const collegeName = async () =>
      person.collegeId
        ? ((await tx.select({ name: colleges.name }).from(colleges).where(eq(colleges.id, person.collegeId)))[0]
            ?.name ?? null)
        : null;
    assertCollegeScope(actor, person.collegeId, '考生账号'); // R-ORG-07: another college's student reads as missing
    if (r.passwordHash !== INITIAL_ACTIVATION && r.passwordHash !== INITIAL_PASSWORD_ID6)
      throw new AppError(
        'CONFLICT',
        '该考生已激活账号并设置了密码，不需要激活码；忘记密码的，请联系认定中心系统管理员重置',
      );
    const code = newActivationCode();
    const issuedAt = new Date();
    await tx
      .insert(activationCodes)
      .values({ userId: r.userId, codeSealed: opts.pii.encrypt(code), issuedBy: actor.userId })
      .onConflictDoUpdate({
        target: activationCodes.userId,
        set: { codeSealed: opts.pii.encrypt(code), issuedAt, issuedBy: actor.userId, usedAt: null },
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
      before: { state: activationStateOf(r), issuedAt: r.issuedAt ?? null },
      after: { state: 'pending' },
    });
    const [fresh] = await activationOfAccounts(tx, [r.userId]);
    return { account: presentCandidateAccount(person, await collegeName(), fresh), code };
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
