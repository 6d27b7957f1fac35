// Who may see which supervision team (R-SUP-02, R-ARR-03). A team is the published arrangement's supervisors of one
// batch at one site (three per site). The centre sees every team; a supervisor only the teams it is a member of, by
// its login's linked person: any other batch answers 404, as if it did not exist.
import type { DbOrTx } from '../../db/client.js';
import { authorize, type Actor } from '../../http/access.js';
import { notFound } from '../../http/errors.js';
import { can } from '../../../shared/access.js';
import {
  currentRunsOfBatches,
  publishedDutiesOfPersons,
  publishedStaffOfSitting,
} from '../arrangement/arrangement.reads.js';
import { batchChoices, sittingsByIds, sittingsOfBatches } from '../plans/plans.reads.js';
import { personIdsOfUser } from '../people/people.reads.js';

/** One team: a batch at one site, its supervisors (person ids, in arrangement order) and the batch's last exam day. */
export interface Team {
  batchId: string;
  siteId: string;
  personIds: string[];
  lastExamDay: string;
}

const key = (batchId: string, siteId: string) => `${batchId}/${siteId}`;

/** The teams of `batchIds` in their published arrangements. */
export async function teamsOfBatches(db: DbOrTx, batchIds: readonly string[]): Promise<Team[]> {
  if (!batchIds.length) return [];
  const sittings = await sittingsOfBatches(db, batchIds);
  const lastDay = new Map<string, string>();
  for (const s of sittings) if ((lastDay.get(s.batchId) ?? '') < s.day) lastDay.set(s.batchId, s.day);
  const teams = new Map<string, Team>();
  for (const s of sittings) {
    const staff = await publishedStaffOfSitting(db, s.id);
    for (const d of staff) {
      if (d.duty !== 'supervisor' || !d.siteId) continue;
      const k = key(s.batchId, d.siteId);
      const team = teams.get(k) ?? {
        batchId: s.batchId,
        siteId: d.siteId,
        personIds: [],
        lastExamDay: lastDay.get(s.batchId)!,
      };
      if (!team.personIds.includes(d.personId)) team.personIds.push(d.personId);
      teams.set(k, team);
    }
  }
  return [...teams.values()];
}

/** Every team of the batches with a published arrangement (the centre's list). */
export async function allTeams(db: DbOrTx): Promise<Team[]> {
  const batches = await batchChoices(db, 500);
  const runs = await currentRunsOfBatches(
    db,
    batches.map((b) => b.id),
  );
  return teamsOfBatches(
    db,
    runs.filter((r) => r.status === 'published').map((r) => r.batchId),
  );
}

/** The teams the persons linked to `userId` are members of. */
export async function teamsOfUser(db: DbOrTx, userId: string): Promise<{ personIds: string[]; teams: Team[] }> {
  const personIds = await personIdsOfUser(db, userId);
  const duties = (await publishedDutiesOfPersons(db, personIds)).filter((d) => d.duty === 'supervisor');
  const sittings = await sittingsByIds(
    db,
    duties.map((d) => d.sittingId),
  );
  const teams = await teamsOfBatches(db, [...new Set(sittings.map((s) => s.batchId))]);
  return { personIds, teams: teams.filter((t) => t.personIds.some((p) => personIds.includes(p))) };
}

/** The actor's view of the teams: the centre's all, a supervisor's own. */
export async function visibleTeams(db: DbOrTx, actor: Actor): Promise<{ personIds: string[]; teams: Team[] }> {
  if (can(actor.role, 'supervision.read'))
    return { personIds: await personIdsOfUser(db, actor.userId), teams: await allTeams(db) };
  authorize(actor, 'supervision.observe');
  return teamsOfUser(db, actor.userId);
}

/** What the actor is in one team; 404 when it is neither centre staff nor a member (or the team does not exist). */
export async function teamScope(
  db: DbOrTx,
  actor: Actor,
  batchId: string,
  siteId: string,
): Promise<{ team: Team; member: string | null; centre: boolean }> {
  const centre = can(actor.role, 'supervision.read');
  if (!centre) authorize(actor, 'supervision.observe');
  const [team] = (await teamsOfBatches(db, [batchId])).filter((t) => t.siteId === siteId);
  const personIds = await personIdsOfUser(db, actor.userId);
  const member = team?.personIds.find((p) => personIds.includes(p)) ?? null;
  if (!team || (!centre && !member)) throw notFound('督导任务');
  return { team, member, centre };
}

/** The centre's read permission or the supervisor's observe permission (pages both see, each its own part). */
export function authorizeSupervision(actor: Actor | null | undefined): asserts actor is Actor {
  if (actor && can(actor.role, 'supervision.read')) return;
  authorize(actor, 'supervision.observe');
}
