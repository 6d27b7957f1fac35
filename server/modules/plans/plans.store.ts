import { asc, eq, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { occupations, planLines } from '../../db/schema/index.js';

// The plans module's own queries used by its services and presenters.

/** A plan line with its occupation's edition, code and name. */
export type LineRow = typeof planLines.$inferSelect & { edition: string; code: string; occupationName: string };

export async function loadLines(db: DbOrTx, where: SQL): Promise<LineRow[]> {
  const rows = await db
    .select({ l: planLines, edition: occupations.edition, code: occupations.code, occupationName: occupations.name })
    .from(planLines)
    .innerJoin(occupations, eq(occupations.id, planLines.occupationId))
    .where(where)
    .orderBy(asc(planLines.seq));
  return rows.map((r) => ({ ...r.l, edition: r.edition, code: r.code, occupationName: r.occupationName }));
}
