import type { candidateBans, contestResults, xCertificates } from '../../db/schema/index.js';
import type { CandidateFacts } from '../../../shared/registration.js';

/** A person's eligibility facts as the API answers them: 1+X certificates, contest results, bans, the excellent flag. */
export function presentFacts(
  p: { id: string; name: string; excellent: boolean },
  certs: (typeof xCertificates.$inferSelect)[],
  contests: (typeof contestResults.$inferSelect)[],
  bans: { b: typeof candidateBans.$inferSelect; by: string | null }[],
): CandidateFacts {
  return {
    personId: p.id,
    name: p.name,
    excellent: p.excellent,
    xCertificates: certs.map((c) => ({ ...c, createdAt: c.createdAt.toISOString() })),
    contestResults: contests.map((c) => ({ ...c, createdAt: c.createdAt.toISOString() })),
    bans: bans.map(({ b, by }) => ({
      id: b.id,
      personId: b.personId,
      until: b.until,
      reason: b.reason,
      createdByName: by,
      createdAt: b.createdAt.toISOString(),
    })),
  };
}
