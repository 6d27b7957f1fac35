import type { signupRequests } from '../../db/schema/index.js';
import type { SignupRequest } from '../../../shared/activation.js';
import type { CandidatePerson } from '../people/people.reads.js';

/** R-PPL-02: a pending sign-up beside the record it names, for staff to compare (the record's masked number only). */
export function presentSignupRequest(
  r: typeof signupRequests.$inferSelect,
  p: CandidatePerson,
  collegeName: string | null,
): SignupRequest {
  return {
    id: r.id,
    status: r.status,
    createdAt: r.createdAt.toISOString(),
    givenName: r.name,
    givenPhone: r.phone,
    personId: p.id,
    recordName: p.name,
    recordIdMasked: p.idMasked,
    recordKind: p.kind,
    recordCollegeName: collegeName,
    recordHasAccount: !!p.userId,
  };
}
