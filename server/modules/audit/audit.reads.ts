// What other modules may read of the audit trail (docs/ARCHITECTURE.md, "Module boundaries"): plain objects, no actor.
import { and, desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { auditLog } from '../../db/schema/index.js';

/** The latest audit row of one action on one object (e.g. a paper's publication with its seal), or null. */
export async function latestAuditOf(
  db: DbOrTx,
  q: { entity: string; entityId: string; action: string },
): Promise<{ seq: number; at: string; after: unknown } | null> {
  const [row] = await db
    .select({ seq: auditLog.seq, at: auditLog.at, after: auditLog.after })
    .from(auditLog)
    .where(and(eq(auditLog.entity, q.entity), eq(auditLog.entityId, q.entityId), eq(auditLog.action, q.action)))
    .orderBy(desc(auditLog.seq))
    .limit(1);
  return row ? { seq: row.seq, at: row.at.toISOString(), after: row.after } : null;
}
