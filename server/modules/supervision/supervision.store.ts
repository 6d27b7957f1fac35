// The supervision module's own queries that its services share.
import { and, desc, eq, inArray, or } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import {
  supervisionExternal,
  supervisionObservations,
  supervisionReports,
  supervisionSignatures,
  users,
} from '../../db/schema/index.js';

export type ReportRow = typeof supervisionReports.$inferSelect;
export type SignatureRow = typeof supervisionSignatures.$inferSelect;
export type ObservationRow = typeof supervisionObservations.$inferSelect;
export type ExternalRow = typeof supervisionExternal.$inferSelect;

const pairs = (teams: readonly { batchId: string; siteId: string }[], t: { batchId: unknown; siteId: unknown }) =>
  or(...teams.map((x) => and(eq(t.batchId as never, x.batchId), eq(t.siteId as never, x.siteId))));

/** Reports, signatures and observations of the teams of `teams` (batch × site). */
export async function teamRecords(db: DbOrTx, teams: readonly { batchId: string; siteId: string }[]) {
  if (!teams.length)
    return { reports: [] as ReportRow[], signatures: [] as SignatureRow[], observations: [] as ObservationRow[] };
  const [reports, signatures, observations] = await Promise.all([
    db.select().from(supervisionReports).where(pairs(teams, supervisionReports)),
    db.select().from(supervisionSignatures).where(pairs(teams, supervisionSignatures)),
    db
      .select()
      .from(supervisionObservations)
      .where(pairs(teams, supervisionObservations))
      .orderBy(desc(supervisionObservations.createdAt)),
  ]);
  return { reports, signatures, observations };
}

/** External supervision records, of one batch or all. */
export async function externalRecords(db: DbOrTx, batchId?: string): Promise<ExternalRow[]> {
  return db
    .select()
    .from(supervisionExternal)
    .where(batchId ? eq(supervisionExternal.batchId, batchId) : undefined)
    .orderBy(desc(supervisionExternal.visitedOn), desc(supervisionExternal.createdAt));
}

/** Display names of the users of `ids`. */
export async function userNames(db: DbOrTx, ids: readonly (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((i): i is string => !!i))];
  if (!wanted.length) return new Map();
  const rows = await db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, wanted));
  return new Map(rows.map((r) => [r.id, r.name]));
}
