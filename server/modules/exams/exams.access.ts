// Who may work in which exam room (R-EXAM-01…04, R-SUP-03). Proctors work in the rooms of their published duties,
// a site head (考场负责人) in every room of its site, a supervisor observes the sittings it supervises; the centre
// (admin, centre head, exam admin) works everywhere. Anyone else asking for a room gets 404, like a clerk asking
// for another college's record: it does not learn that the room exists.
import type { DbOrTx } from '../../db/client.js';
import { authorize, type Actor } from '../../http/access.js';
import { AppError } from '../../http/errors.js';
import type { Permission, Role } from '../../../shared/access.js';
import { personIdsOfUser } from '../people/people.reads.js';
import { publishedDutiesOfPersons, roomsWithSites, type RoomWithSite } from '../arrangement/arrangement.reads.js';

export const centreRoles: readonly Role[] = ['admin', 'centre_head', 'exam_admin'];
export const isCentre = (actor: Actor) => centreRoles.includes(actor.role);

/** What the actor is in one room of one sitting. */
export interface RoomScope {
  sittingId: string;
  room: RoomWithSite;
  centre: boolean;
  proctor: boolean;
  siteHead: boolean;
  supervisor: boolean;
  /** The persons linked to the actor's login (a proctor's conflicts are checked against them, R-PPL-08). */
  personIds: string[];
}

/** One room-sitting an actor has a duty in (for "my rooms"); `roomId` null for a whole-site duty. */
export interface DutyRoom {
  sittingId: string;
  siteId: string | null;
  roomId: string | null;
  duty: 'proctor' | 'site_head' | 'supervisor';
}

/** The exam-day duties of the actor's persons in published arrangements. */
export async function dutiesOfActor(db: DbOrTx, actor: Actor): Promise<{ personIds: string[]; duties: DutyRoom[] }> {
  const personIds = await personIdsOfUser(db, actor.userId);
  const duties = (await publishedDutiesOfPersons(db, personIds))
    .filter((d) => d.duty === 'proctor' || d.duty === 'site_head' || d.duty === 'supervisor')
    .map((d) => ({
      sittingId: d.sittingId,
      siteId: d.siteId,
      roomId: d.roomId,
      duty: d.duty as DutyRoom['duty'],
    }));
  return { personIds, duties };
}

const notFound = () => new AppError('NOT_FOUND', '未找到该考场，或您在该场次没有监考任务');

/** The actor's standing in a room of a sitting; 404 when it has none there (or the room does not exist). */
export async function roomScope(db: DbOrTx, actor: Actor, sittingId: string, roomId: string): Promise<RoomScope> {
  authorize(actor, 'exams.read');
  const [room] = await roomsWithSites(db, [roomId]);
  if (!room) throw notFound();
  if (isCentre(actor))
    return { sittingId, room, centre: true, proctor: true, siteHead: true, supervisor: true, personIds: [] };
  const { personIds, duties } = await dutiesOfActor(db, actor);
  const here = duties.filter((d) => d.sittingId === sittingId);
  const scope: RoomScope = {
    sittingId,
    room,
    centre: false,
    proctor: here.some((d) => d.duty === 'proctor' && d.roomId === roomId),
    siteHead: here.some((d) => d.duty === 'site_head' && d.siteId === room.siteId),
    supervisor: here.some((d) => d.duty === 'supervisor' && (d.siteId === null || d.siteId === room.siteId)),
    personIds,
  };
  if (!scope.proctor && !scope.siteHead && !scope.supervisor) throw notFound();
  return scope;
}

/** What each power needs: the permission, and the duty in the room. */
const powers = {
  read: { permission: 'exams.read', ok: (s: RoomScope) => s.proctor || s.siteHead || s.supervisor },
  proctor: { permission: 'exams.proctor', ok: (s: RoomScope) => s.proctor || s.siteHead },
  approve: { permission: 'exams.approve', ok: (s: RoomScope) => s.siteHead },
  observe: { permission: 'exams.observe', ok: (s: RoomScope) => s.supervisor },
} satisfies Record<string, { permission: Permission; ok: (s: RoomScope) => boolean }>;
export type RoomPower = keyof typeof powers;

/**
 * The room scope, refused unless the actor holds `power` there: 404 without any duty in the room, 403 with a duty
 * that does not give the power (a supervisor never changes attendance, R-SUP-03; only the site head approves credit).
 */
export async function assertRoom(
  db: DbOrTx,
  actor: Actor,
  q: { sittingId: string; roomId: string },
  power: RoomPower,
): Promise<RoomScope> {
  const scope = await roomScope(db, actor, q.sittingId, q.roomId);
  const need = powers[power];
  authorize(actor, need.permission);
  if (!scope.centre && !need.ok(scope))
    throw new AppError(
      'FORBIDDEN',
      power === 'approve'
        ? '只有考场负责人有权限批准补时'
        : power === 'observe'
          ? '只有督导员有权限填写督导意见'
          : '您在该考场没有监考任务，没有权限办理',
    );
  return scope;
}
