import { createHash, timingSafeEqual } from 'node:crypto';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { activationCodes, users } from '../../db/schema/index.js';
import { candidatesByIdHashes, candidatesByStudentNumbers } from '../people/people.reads.js';
import type { PiiCipher } from '../../http/pii.js';
import { idTypes, normalizeIdNumber } from '../../../shared/idcard.js';
import { dummyHash, verifyPassword } from './password.rules.js';
import { normalizeActivationCode } from './activation.rules.js';

/**
 * R-REG-01, issue 8 item 4: candidate accounts made by a roster import. Thousands are made at once and scrypt at
 * N=2^15 costs tens of milliseconds a hash, so such an account stores this marker instead of a hash, and its first
 * password is a random one-time activation code (`activation_codes`, sealed with the PII key; AES-GCM costs
 * microseconds). The code opens one login, whose session must set a password at once (mustChangePassword); the
 * marker is not a scrypt string, so `verifyPassword` never accepts it, and the change replaces it with a real hash.
 */
export const INITIAL_ACTIVATION = 'initial:code';
/** The former first password (the ID number's last six characters): derivable, so accepted no more. */
export const INITIAL_PASSWORD_ID6 = 'initial:id6';

type UserRow = typeof users.$inferSelect;
const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest();

/** R-REG-01: the candidate account of the person with this student number, or else this ID number (any type). */
export async function findCandidateUser(db: DbOrTx, pii: PiiCipher, login: string): Promise<UserRow | undefined> {
  const raw = login.trim();
  if (!raw) return undefined;
  const candidateUsers = async (userIds: (string | null)[]) => {
    const ids = userIds.filter((id): id is string => id !== null);
    return ids.length
      ? db
          .select()
          .from(users)
          .where(and(inArray(users.id, ids), eq(users.role, 'candidate')))
      : [];
  };
  const byNumber = await candidateUsers((await candidatesByStudentNumbers(db, [raw])).map((p) => p.userId));
  if (byNumber.length) return byNumber[0];
  const hashes = idTypes.map((t) => pii.lookupHash(t, normalizeIdNumber(t, raw)));
  // A hash matches only under its own type (the type is part of the keyed hash).
  const matching = (await candidatesByIdHashes(db, hashes)).filter(
    (p) => p.idHash === pii.lookupHash(p.idType, normalizeIdNumber(p.idType, raw)),
  );
  const byId = await candidateUsers(matching.map((p) => p.userId));
  return byId[0];
}

/**
 * Whether `password` opens this account: its scrypt hash, or its activation code (issue 8 item 4) while unused —
 * or, for the password change of the session that code opened, used once already (`usedCodeToo`).
 */
export async function passwordMatches(
  db: DbOrTx,
  pii: PiiCipher | undefined,
  user: UserRow,
  password: string,
  opts: { usedCodeToo?: boolean } = {},
): Promise<boolean> {
  if (user.passwordHash !== INITIAL_ACTIVATION) return verifyPassword(password, user.passwordHash);
  await verifyPassword(password, dummyHash); // the same work as a real check: no timing oracle for imported accounts
  if (!pii) return false;
  const [c] = await db.select().from(activationCodes).where(eq(activationCodes.userId, user.id));
  if (!c || (c.usedAt && !opts.usedCodeToo)) return false;
  const given = normalizeActivationCode(password);
  return given.length > 0 && timingSafeEqual(sha256(given), sha256(normalizeActivationCode(pii.decrypt(c.codeSealed))));
}

/** Marks the account's activation code used by the login that just succeeded with it. */
export async function useActivationCode(tx: DbOrTx, userId: string, now: Date) {
  await tx
    .update(activationCodes)
    .set({ usedAt: now })
    .where(and(eq(activationCodes.userId, userId), isNull(activationCodes.usedAt)));
}
