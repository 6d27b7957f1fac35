import type { DbOrTx } from '../../db/client.js';
import { activationCodes, users } from '../../db/schema/index.js';
import type { PiiCipher } from '../../http/pii.js';
import { issueActivationCodes } from './activation.service.js';
import { INITIAL_ACTIVATION } from './candidate.service.js';

/**
 * Demo data only: a candidate account as a roster import makes it (`c<student number>`, waiting for its activation),
 * inside the caller's transaction. Its one-time code is `code` when given (the demo student's, issue 8 item 4: fixed
 * so that README and start-up can name it), else a random one. Returns the account's id.
 */
export async function insertDemoCandidateAccount(
  tx: DbOrTx,
  pii: PiiCipher,
  a: { studentNumber: string; name: string; issuedBy: string; code?: string },
): Promise<string> {
  const [u] = await tx
    .insert(users)
    .values({
      username: `c${a.studentNumber}`,
      displayName: a.name,
      role: 'candidate',
      passwordHash: INITIAL_ACTIVATION,
      mustChangePassword: true,
    })
    .returning({ id: users.id });
  if (a.code)
    await tx.insert(activationCodes).values({ userId: u.id, codeSealed: pii.encrypt(a.code), issuedBy: a.issuedBy });
  else await issueActivationCodes(tx, pii, a.issuedBy, [u.id]);
  return u.id;
}
