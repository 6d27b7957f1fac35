// What other modules may read of centre's data (docs/ARCHITECTURE.md, "Module boundaries"). Functions here take the
// database or the caller's transaction and plain arguments, no actor: the calling service has already authorised
// its user. They return plain objects, never Drizzle rows of centre's tables.
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { centres, scopeRows } from '../../db/schema/index.js';

/** R-REG-03: the centre's active scope rows of an occupation: the levels each covers, and its job (工种) if any. */
export async function activeScopeOfOccupation(
  db: DbOrTx,
  occupationId: string,
): Promise<{ levels: number[]; jobName: string | null }[]> {
  const rows = await db
    .select({ levels: scopeRows.levels, jobName: scopeRows.jobName })
    .from(scopeRows)
    .where(and(eq(scopeRows.occupationId, occupationId), eq(scopeRows.status, 'active')));
  return rows.map((r) => ({ levels: [...r.levels], jobName: r.jobName }));
}

/** R-ORG-02, R-REG-01: the active scope rows of several occupations at once (a roster naming many occupations). */
export async function activeScopeOfOccupations(
  db: DbOrTx,
  occupationIds: readonly string[],
): Promise<{ occupationId: string; levels: number[]; jobName: string | null }[]> {
  if (!occupationIds.length) return [];
  const rows = await db
    .select({ occupationId: scopeRows.occupationId, levels: scopeRows.levels, jobName: scopeRows.jobName })
    .from(scopeRows)
    .where(and(inArray(scopeRows.occupationId, [...new Set(occupationIds)]), eq(scopeRows.status, 'active')));
  return rows.map((r) => ({ occupationId: r.occupationId, levels: [...r.levels], jobName: r.jobName }));
}

/** The centre (the first one set up; an install has one): its id, names and whether it is the demo; null before setup. */
export async function centreSummary(
  db: DbOrTx,
): Promise<{ id: string; name: string; shortName: string; isDemo: boolean } | null> {
  const [row] = await db
    .select({ id: centres.id, name: centres.name, shortName: centres.shortName, isDemo: centres.isDemo })
    .from(centres)
    .orderBy(asc(centres.createdAt))
    .limit(1);
  return row ?? null;
}

/** R-BANK-01: every occupation of the centre's active scope with the levels it covers (merged across rows). */
export async function activeScopeOccupations(db: DbOrTx): Promise<{ occupationId: string; levels: number[] }[]> {
  const rows = await db
    .select({ occupationId: scopeRows.occupationId, levels: scopeRows.levels })
    .from(scopeRows)
    .where(eq(scopeRows.status, 'active'));
  const out = new Map<string, Set<number>>();
  for (const r of rows) {
    const set = out.get(r.occupationId) ?? new Set<number>();
    for (const l of r.levels) set.add(l);
    out.set(r.occupationId, set);
  }
  return [...out].map(([occupationId, levels]) => ({ occupationId, levels: [...levels].sort((a, b) => a - b) }));
}

/** R-CERT-01: the centre's id, name and 备案号 (the prefix of every certificate number); null before setup. */
export async function centreForCertificates(
  db: DbOrTx,
): Promise<{ id: string; name: string; filingCode: string | null } | null> {
  const [row] = await db
    .select({ id: centres.id, name: centres.name, filingCode: centres.filingCode })
    .from(centres)
    .orderBy(asc(centres.createdAt))
    .limit(1);
  return row ?? null;
}
