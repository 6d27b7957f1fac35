import type { DbOrTx } from '../../db/client.js';

/** A batch as the pre-batch check needs it (R-EQ-02): its occupation and skill sittings. */
export interface CheckBatch {
  id: string;
  title: string;
  state: string;
  occupationCode: string;
  skillSittings: { id: string; day: string; startsAt: string; place: string }[];
}

/**
 * What the equipment module reads of batches and rooms. `plans` and `arrangement` import `centre`, which imports
 * `equipment` (R-ORG-05), so `equipment` cannot import them: server/equipment-batches.ts joins their reads and is
 * handed to the routes, like server/audit-objects.ts is to the audit module.
 */
export interface EquipmentBatchReader {
  /** Batches past their draft with a skill sitting, latest first. */
  batchesWithSkillSittings(db: DbOrTx): Promise<{ id: string; title: string; firstSkillDay: string }[]>;
  batch(db: DbOrTx, id: string): Promise<CheckBatch | null>;
  roomNames(db: DbOrTx, ids: string[]): Promise<Map<string, string>>;
}
