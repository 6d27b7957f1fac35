import { NO_CLASS, type ActivationState, type CandidateAccount } from '../../../shared/activation.js';
import { INITIAL_ACTIVATION, INITIAL_PASSWORD_ID6 } from './candidate.service.js';

/** An account is active once its first password is replaced or its code used; pending while a code waits. */
export const activationStateOf = (r: {
  passwordHash: string;
  usedAt: Date | null;
  codeSealed: string | null;
}): ActivationState =>
  r.passwordHash !== INITIAL_ACTIVATION && r.passwordHash !== INITIAL_PASSWORD_ID6
    ? 'active'
    : r.usedAt
      ? 'active'
      : r.codeSealed
        ? 'pending'
        : 'none';

/** A candidate account as the accounts page lists it: the person's name, 学号 and class, and its activation. */
export function presentCandidateAccount(
  person: { id: string; userId: string | null; name: string; studentNumber: string | null; className: string | null },
  collegeName: string | null,
  activation: { userId: string; state: ActivationState; issuedAt: Date | null; usedAt: Date | null },
): CandidateAccount {
  return {
    userId: activation.userId,
    personId: person.id,
    name: person.name,
    studentNumber: person.studentNumber,
    className: person.className || NO_CLASS,
    collegeName,
    state: activation.state,
    issuedAt: activation.issuedAt?.toISOString() ?? null,
    usedAt: activation.usedAt?.toISOString() ?? null,
  };
}
