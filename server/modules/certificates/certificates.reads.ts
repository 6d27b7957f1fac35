// What other modules may use of certificates (docs/ARCHITECTURE.md, "Module boundaries"). Functions of the caller's
// transaction, returning plain objects.
import { and, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { certificates } from '../../db/schema/index.js';
import type { Actor } from '../../http/access.js';
import { revokeRow } from './certificates.service.js';

/**
 * R-VIOL-05: a violation upheld after certificates were issued revokes them: every valid (or suspended) certificate of the
 * application (the original or its reissue), in the caller's transaction, each with an audit row. Returns the
 * numbers revoked. For scoring's ruling on a violation (the caller has authorised its user).
 */
export async function revokeForViolation(
  tx: DbOrTx,
  applicationId: string,
  reason: string,
  actor: Actor | null = null,
): Promise<string[]> {
  const rows = await tx
    .select()
    .from(certificates)
    .where(and(eq(certificates.applicationId, applicationId), inArray(certificates.state, ['valid', 'suspended'])))
    .for('update');
  for (const row of rows) await revokeRow(tx, actor, row, reason, 'violation');
  return rows.map((r) => r.number);
}

/** The application ids holding a certificate of a batch (valid, suspended or revoked: issued), for its archive. */
export async function certifiedApplicationsOfBatch(db: DbOrTx, batchId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ applicationId: certificates.applicationId })
    .from(certificates)
    .where(eq(certificates.batchId, batchId));
  return rows.map((r) => r.applicationId);
}
