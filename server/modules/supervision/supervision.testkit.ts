import { eq } from 'drizzle-orm';
import { persons, users } from '../../db/schema/index.js';
import type { TestApp } from '../../test/harness.js';
import { seedDemoArrangement } from '../arrangement/arrangement.demo.js';
import { linkDemoLogins } from '../people/staff.demo.js';
import { allTeams, type Team } from './supervision.access.js';

/** A team of the demo's published arrangement with `dudao`, `dudao2`, `dudao3` standing for its three members. */
export interface TeamFixture {
  team: Team;
  /** `/api/v1/supervision/batches/<batchId>/sites/<siteId>` */
  base: string;
  /** Another team of the same batch (the other site), if any. */
  other: Team | null;
}

export async function makeTeam(t: TestApp, opts: { link?: boolean } = {}): Promise<TeamFixture> {
  const db = t.database.db;
  await seedDemoArrangement(db, t.app.ctx.pii, { files: t.app.ctx.files });
  // three per site (R-ARR-03); another fixture's arrangement may come first (the access table's), so any team will do
  const all = await allTeams(db);
  const teams = [...all.filter((x) => x.personIds.length === 3), ...all.filter((x) => x.personIds.length !== 3)];
  // Keep dudao's person (the demo or another fixture linked it) when it is on a team.
  const [dudao] = await db
    .select({ id: persons.id })
    .from(persons)
    .innerJoin(users, eq(users.id, persons.userId))
    .where(eq(users.username, 'dudao'));
  const found = teams.find((x) => dudao && x.personIds.includes(dudao.id)) ?? teams[0];
  if (!found) throw new Error('no published arrangement with supervisors');
  // dudao first: the other members follow in arrangement order
  const first = dudao && found.personIds.includes(dudao.id) ? dudao.id : found.personIds[0];
  const team = { ...found, personIds: [first, ...found.personIds.filter((p) => p !== first)] };
  if (opts.link !== false)
    await db.transaction((tx) =>
      linkDemoLogins(
        tx,
        ['dudao', 'dudao2', 'dudao3']
          .slice(0, team.personIds.length)
          .map((username, i) => ({ username, personId: team.personIds[i] })),
      ),
    );
  const other = teams.find((x) => x.batchId === team.batchId && x.siteId !== team.siteId) ?? null;
  return { team, base: `/api/v1/supervision/batches/${team.batchId}/sites/${team.siteId}`, other };
}
