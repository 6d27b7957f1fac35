import { createHash, timingSafeEqual } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { persons, users } from '../../db/schema/index.js';
import type { PiiCipher } from '../../http/pii.js';
import { idTypes, normalizeIdNumber } from '../../../shared/idcard.js';
import { dummyHash, verifyPassword } from './password.rules.js';

/**
 * R-REG-01: candidate accounts. A roster import creates thousands of accounts at once, and scrypt at N=2^15 costs
 * tens of milliseconds a hash, so an imported account stores this marker instead of a hash: its password is the
 * last six characters of the person's ID number (decrypted at login, compared in constant time), and the session
 * demands a new password at once (mustChangePassword). The marker is not a scrypt string, so `verifyPassword`
 * never accepts it, and the first password change replaces it with a real hash: it cannot outlive that change.
 */
export const INITIAL_PASSWORD_ID6 = 'initial:id6';

type UserRow = typeof users.$inferSelect;
const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest();

/** R-REG-01: the candidate account of the person with this student number, or else this ID number (any type). */
export async function findCandidateUser(db: DbOrTx, pii: PiiCipher, login: string): Promise<UserRow | undefined> {
  const raw = login.trim();
  if (!raw) return undefined;
  const [byNumber] = await db
    .select({ u: users })
    .from(persons)
    .innerJoin(users, eq(users.id, persons.userId))
    .where(and(eq(persons.studentNumber, raw), eq(users.role, 'candidate')));
  if (byNumber) return byNumber.u;
  const hashes = idTypes.map((t) => pii.lookupHash(t, normalizeIdNumber(t, raw)));
  const byId = await db
    .select({ u: users, idType: persons.idType, idHash: persons.idHash })
    .from(persons)
    .innerJoin(users, eq(users.id, persons.userId))
    .where(and(inArray(persons.idHash, hashes), eq(users.role, 'candidate')));
  // A hash matches only under its own type (the type is part of the keyed hash).
  return byId.find((r) => r.idHash === pii.lookupHash(r.idType, normalizeIdNumber(r.idType as 'resident', raw)))?.u;
}

/** Whether `password` opens this account: its scrypt hash, or (R-REG-01) the initial ID-number password. */
export async function passwordMatches(db: DbOrTx, pii: PiiCipher | undefined, user: UserRow, password: string): Promise<boolean> {
  if (user.passwordHash !== INITIAL_PASSWORD_ID6) return verifyPassword(password, user.passwordHash);
  await verifyPassword(password, dummyHash); // the same work as a real check: no timing oracle for imported accounts
  if (!pii) return false;
  const [p] = await db.select({ idCipher: persons.idCipher }).from(persons).where(eq(persons.userId, user.id));
  if (!p) return false;
  const expected = pii.decrypt(p.idCipher).slice(-6).toUpperCase();
  return expected.length === 6 && timingSafeEqual(sha256(password.trim().toUpperCase()), sha256(expected));
}
