// R-CERT-04 / R-VIOL-05: the holder is told. The candidate's portal lists its own certificates (a revoked one with
// its date and reason, a reissue linked to the original); the home page's notice of a revoked certificate reads
// `revokedCertificatesOfPersons` (home imports certificates; certificates imports nothing of home).
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.js';
import { certificates } from '../../db/schema/index.js';
import { authorize, type Actor } from '../../http/access.js';
import { certificateStateNames, type MyCertificate } from '../../../shared/certificates.js';
import { personIdsOfUser } from '../people/people.reads.js';
import { levelName, linkedNumbers, verifyUrl, type UrlConfig } from './certificates.present.js';

/** China's calendar day of an instant. */
const chinaDay = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

/** The certificates of the candidate's own person records, newest first. */
export async function myCertificates(db: Db, config: UrlConfig, opts: { actor: Actor | null }) {
  authorize(opts.actor, 'certificates.own');
  const personIds = await personIdsOfUser(db, opts.actor.userId);
  if (!personIds.length) return { items: [] };
  const rows = await db
    .select()
    .from(certificates)
    .where(inArray(certificates.personId, personIds))
    .orderBy(desc(certificates.issueDate), desc(certificates.number));
  const numbers = await linkedNumbers(db, rows);
  const items: MyCertificate[] = rows.map((r) => ({
    id: r.id,
    number: r.number,
    occupation: r.data.occupation,
    job: r.data.job,
    levelName: levelName(r.data.level),
    issueDate: r.data.issueDate,
    state: r.state,
    stateName: certificateStateNames[r.state],
    revokedOn: r.revokedAt ? chinaDay(r.revokedAt) : null,
    revokeReason: r.revokeReason,
    replacesNumber: r.replacesId ? (numbers.get(r.replacesId) ?? null) : null,
    replacedByNumber: r.replacedById ? (numbers.get(r.replacedById) ?? null) : null,
    verifyUrl: verifyUrl(config, r.number, r.signature),
  }));
  return { items };
}

/** R-VIOL-05: the revoked certificates of `personIds`, for the holder's notice on its home page. */
export async function revokedCertificatesOfPersons(
  db: DbOrTx,
  personIds: readonly string[],
): Promise<{ number: string; occupation: string; levelName: string; revokedOn: string; reason: string }[]> {
  if (!personIds.length) return [];
  const rows = await db
    .select()
    .from(certificates)
    .where(and(inArray(certificates.personId, [...personIds]), eq(certificates.state, 'revoked')))
    .orderBy(desc(certificates.revokedAt));
  return rows.map((r) => ({
    number: r.number,
    occupation: r.data.job && r.data.job !== '--' ? `${r.data.occupation}（${r.data.job}）` : r.data.occupation,
    levelName: levelName(r.data.level),
    revokedOn: r.revokedAt ? chinaDay(r.revokedAt) : '',
    reason: r.revokeReason ?? '',
  }));
}
