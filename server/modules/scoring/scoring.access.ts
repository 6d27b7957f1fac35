// Who may do what with a sitting's scores. The centre (admin, centre head, exam admin) works on every sitting; an
// examiner works on the sittings whose examiner group (考评组) it belongs to in the published arrangement, the group's
// leader (组长) signs and decides; anyone else asking for a sitting gets 404 (it does not learn it exists).
// R-SUP-03: a supervisor never changes a score: no scoring permission at all (403).
import type { DbOrTx } from '../../db/client.js';
import { authorize, type Actor } from '../../http/access.js';
import { AppError } from '../../http/errors.js';
import type { Permission, Role } from '../../../shared/access.js';
import { publishedExaminersOfSitting } from '../arrangement/arrangement.reads.js';
import { personIdsOfUser } from '../people/people.reads.js';

const centreRoles: readonly Role[] = ['admin', 'centre_head', 'exam_admin'];
export const isCentre = (actor: Actor) => centreRoles.includes(actor.role);

export interface SittingScope {
  sittingId: string;
  centre: boolean;
  /** The actor's person in the examiner group, when it is one of the group. */
  examinerId: string | null;
  leader: boolean;
  group: { personId: string; leader: boolean }[];
}

const notFound = () => new AppError('NOT_FOUND', '未找到该考核场次，或您不是该场次考评组成员');

/** The actor's standing on a sitting's scores; 404 for an examiner outside its group. */
export async function sittingScope(
  db: DbOrTx,
  actor: Actor | null,
  sittingId: string,
  permission: Permission = 'scoring.read',
): Promise<SittingScope> {
  authorize(actor, permission);
  const group = await publishedExaminersOfSitting(db, sittingId);
  const mine = isCentre(actor) ? [] : await personIdsOfUser(db, actor.userId);
  const me = group.find((g) => mine.includes(g.personId));
  if (!isCentre(actor) && !me) throw notFound();
  return { sittingId, centre: isCentre(actor), examinerId: me?.personId ?? null, leader: !!me?.leader, group };
}
