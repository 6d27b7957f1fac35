import type { DbOrTx } from './db/client.js';
import type { EquipmentBatchReader } from './modules/equipment/equipment.types.js';
import { roomsWithSites } from './modules/arrangement/arrangement.reads.js';
import {
  batchChoices,
  batchTitlesByIds,
  occupationKeyOfBatch,
  sittingsOfBatches,
} from './modules/plans/plans.reads.js';

/**
 * R-EQ-02: the batches and rooms the equipment module shows, from the owners' reads. Outside the modules because
 * `equipment` is imported by `centre` (R-ORG-05), which `plans` and `arrangement` import (see equipment.types.ts).
 */
export const equipmentBatchReader: EquipmentBatchReader = {
  async batchesWithSkillSittings(db: DbOrTx) {
    const choices = await batchChoices(db);
    const sittings = await sittingsOfBatches(
      db,
      choices.map((c) => c.id),
    );
    return choices.flatMap((c) => {
      const days = sittings.filter((s) => s.batchId === c.id && s.kind === 'skill').map((s) => s.day);
      return days.length ? [{ id: c.id, title: c.title, firstSkillDay: days.sort()[0] }] : [];
    });
  },
  async batch(db: DbOrTx, id: string) {
    const [b] = await batchTitlesByIds(db, [id]);
    const key = b ? await occupationKeyOfBatch(db, id) : null;
    if (!b || !key) return null;
    const skillSittings = (await sittingsOfBatches(db, [id]))
      .filter((s) => s.kind === 'skill')
      .map((s) => ({ id: s.id, day: s.day, startsAt: s.startsAt, place: s.place }))
      .sort((x, y) => (x.day + x.startsAt < y.day + y.startsAt ? -1 : 1));
    return { id: b.id, title: b.title, state: b.state, occupationCode: key.code, skillSittings };
  },
  async roomNames(db: DbOrTx, ids: string[]) {
    return new Map((await roomsWithSites(db, ids)).map((r) => [r.id, `${r.siteName} ${r.name}`]));
  },
};
