// What other modules may read of publicity (docs/ARCHITECTURE.md, "Module boundaries"): the results of a batch once
// final (R-PUB-01: certificates are issued from these only). Functions of the database or the caller's transaction,
// no actor, returning plain objects.
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { publicityWindows } from '../../db/schema/index.js';
import type { Outcome } from '../../../shared/scoring.js';
import { storedEntries, windowOf } from './publicity.store.js';

/** One candidate's final result: no full ID number (R-PPL-02). */
export interface FinalResult {
  applicationId: string;
  personId: string;
  name: string;
  idMasked: string;
  occupation: string;
  level: number;
  outcome: Outcome;
}

/** The ids of the batches whose results are final, with the moment they became final. */
export async function finalBatches(db: DbOrTx): Promise<{ batchId: string; finalAt: string | null }[]> {
  const rows = await db
    .select({ batchId: publicityWindows.batchId, finalAt: publicityWindows.finalAt })
    .from(publicityWindows)
    .where(eq(publicityWindows.state, 'final'));
  return rows.map((r) => ({ batchId: r.batchId, finalAt: r.finalAt?.toISOString() ?? null }));
}

/** R-PUB-01: a batch's results as frozen when they became final; null while the window is open or without one. */
export async function finalResultsOfBatch(db: DbOrTx, batchId: string): Promise<FinalResult[] | null> {
  const w = await windowOf(db, batchId);
  if (!w || w.state !== 'final') return null;
  return storedEntries(w).map((e) => ({
    applicationId: e.applicationId,
    personId: e.personId,
    name: e.name,
    idMasked: e.idMasked,
    occupation: e.occupation,
    level: e.level,
    outcome: e.outcome,
  }));
}
