// What other modules may read of supervision's data (docs/ARCHITECTURE.md, "Module boundaries"). Functions here take
// the database or the caller's transaction and plain arguments, no actor: the calling service has already authorised
// its user. They return plain objects, never Drizzle rows of supervision's tables.
import type { DbOrTx } from '../../db/client.js';
import { venueNamesByIds } from '../arrangement/arrangement.reads.js';
import { batchTitlesByIds } from '../plans/plans.reads.js';
import { allTeams, teamsOfBatches, teamsOfUser } from './supervision.access.js';
import { reportDueOn, reportOverdue } from './supervision.rules.js';
import { teamRecords } from './supervision.store.js';

/** A team's report past its due day and not submitted (R-SUP-02). */
export interface OverdueReport {
  batchId: string;
  siteId: string;
  batchTitle: string;
  siteName: string;
  dueOn: string;
  signed: number;
  members: number;
}

/** R-SUP-02: overdue reports, of every team (`scope` 'all', the centre) or of the teams the user is a member of. */
export async function overdueReports(
  db: DbOrTx,
  opts: { scope: 'all' | 'member'; userId: string; today: string },
): Promise<OverdueReport[]> {
  const teams = opts.scope === 'all' ? await allTeams(db) : (await teamsOfUser(db, opts.userId)).teams;
  const { reports, signatures } = await teamRecords(db, teams);
  const late = teams.filter((t) => {
    const r = reports.find((x) => x.batchId === t.batchId && x.siteId === t.siteId);
    return reportOverdue(t.lastExamDay, !!r?.submittedAt, opts.today);
  });
  if (!late.length) return [];
  const [titles, venues] = await Promise.all([
    batchTitlesByIds(
      db,
      late.map((t) => t.batchId),
    ),
    venueNamesByIds(
      db,
      late.map((t) => t.siteId),
    ),
  ]);
  return late.map((t) => ({
    batchId: t.batchId,
    siteId: t.siteId,
    batchTitle: titles.find((b) => b.id === t.batchId)?.title ?? '',
    siteName: venues.find((v) => v.id === t.siteId)?.name ?? '',
    dueOn: reportDueOn(t.lastExamDay),
    signed: signatures.filter(
      (s) => s.batchId === t.batchId && s.siteId === t.siteId && t.personIds.includes(s.personId),
    ).length,
    members: t.personIds.length,
  }));
}

/** A team's report of one batch for its archive (R-ARC-01): the site and whether the report was submitted. */
export interface BatchReportState {
  siteId: string;
  siteName: string;
  submitted: boolean;
}

/** The teams of a batch's published arrangement and whether each team's report is submitted (R-SUP-02). */
export async function reportStatesOfBatch(db: DbOrTx, batchId: string): Promise<BatchReportState[]> {
  const teams = await teamsOfBatches(db, [batchId]);
  if (!teams.length) return [];
  const [{ reports }, venues] = await Promise.all([
    teamRecords(db, teams),
    venueNamesByIds(
      db,
      teams.map((t) => t.siteId),
    ),
  ]);
  return teams.map((t) => ({
    siteId: t.siteId,
    siteName: venues.find((v) => v.id === t.siteId)?.name ?? '',
    submitted: !!reports.find((r) => r.siteId === t.siteId && r.batchId === batchId)?.submittedAt,
  }));
}
