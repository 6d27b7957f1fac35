// What other modules may read of complaints's data (docs/ARCHITECTURE.md, "Module boundaries"). Functions here take
// the database or the caller's transaction and plain arguments, no actor: the calling service has already authorised
// its user. They return plain objects, never Drizzle rows of complaints's tables.
import { asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { complaints } from '../../db/schema/index.js';

/** A complaint about a batch, for the batch's archive (R-CMP-04: closed ones are archived). */
export interface BatchComplaint {
  id: string;
  closed: boolean;
  decided: boolean;
  resulted: boolean;
}

/** The complaints linked to a batch, oldest first. */
export async function complaintsOfBatch(db: DbOrTx, batchId: string): Promise<BatchComplaint[]> {
  const rows = await db
    .select()
    .from(complaints)
    .where(eq(complaints.batchId, batchId))
    .orderBy(asc(complaints.receivedOn), asc(complaints.id));
  return rows.map((r) => ({
    id: r.id,
    closed: r.state === 'archived',
    decided: r.decisionNotifiedOn !== null,
    resulted: r.resultNotifiedOn !== null,
  }));
}
