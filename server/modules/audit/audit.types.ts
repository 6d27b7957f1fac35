import type { DbOrTx } from '../../db/client.js';

/** One audited object to name: its type and id as the audit row stores them. */
export interface AuditObjectRef {
  entity: string;
  entityId: string;
}

/**
 * Names objects that other modules own (a batch's title, a person's name) for the audit page and its export. Every
 * module records audit rows, so the audit module imports none of them: the app passes this function in
 * (`server/audit-objects.ts` builds it from the owners' reads). Answers `objectKey(entity, id)` → the name, one
 * query per kind of object, never per row; objects it does not know are left out.
 */
export type AuditObjectNamer = (db: DbOrTx, refs: readonly AuditObjectRef[]) => Promise<Map<string, string>>;
