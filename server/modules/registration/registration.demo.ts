import type { DbOrTx } from '../../db/client.js';
import { applications } from '../../db/schema/index.js';

/**
 * Demo data only: approved level-4 applications of a batch, imported and paid (fee 150), inside the caller's
 * transaction, in the order given.
 */
export async function insertDemoApplications(
  tx: DbOrTx,
  rows: { batchId: string; personId: string; collegeId: string | null }[],
) {
  if (!rows.length) return;
  await tx.insert(applications).values(
    rows.map((r) => ({
      batchId: r.batchId,
      personId: r.personId,
      collegeId: r.collegeId,
      level: 4,
      status: 'approved' as const,
      source: 'import' as const,
      feeDue: '150',
      feeStatus: 'paid' as const,
    })),
  );
}
