import { and, asc, eq, inArray, isNotNull } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { equipmentItems, occupations } from '../../db/schema/index.js';
import { calibrationValidOn } from './equipment.rules.js';

/** What other modules read of the equipment ledger (R-EQ-01, R-EQ-03, R-ORG-05). */

export interface LapsedInstrument {
  roomId: string;
  itemId: string;
  name: string;
  occupationCode: string;
  calibrationDueOn: string;
}

/**
 * R-EQ-03: the measuring instruments in service standing in `roomIds` whose calibration is not valid on `day`
 * (due before it; due on the day is still valid).
 */
export async function lapsedInstrumentsOfRooms(
  db: DbOrTx,
  opts: { roomIds: readonly string[]; day: string },
): Promise<LapsedInstrument[]> {
  if (!opts.roomIds.length) return [];
  const rows = await db
    .select({
      roomId: equipmentItems.roomId,
      itemId: equipmentItems.id,
      name: equipmentItems.name,
      occupationCode: occupations.code,
      calibrationDueOn: equipmentItems.calibrationDueOn,
      quantity: equipmentItems.quantity,
    })
    .from(equipmentItems)
    .innerJoin(occupations, eq(occupations.id, equipmentItems.occupationId))
    .where(
      and(
        inArray(equipmentItems.roomId, [...new Set(opts.roomIds)]),
        eq(equipmentItems.isInstrument, true),
        eq(equipmentItems.status, 'in_service'),
        isNotNull(equipmentItems.calibrationDueOn),
      ),
    )
    .orderBy(asc(equipmentItems.name));
  return rows
    .filter((r) => r.quantity > 0 && !calibrationValidOn(r.calibrationDueOn, opts.day))
    .map((r) => ({
      roomId: r.roomId!,
      itemId: r.itemId,
      name: r.name,
      occupationCode: r.occupationCode,
      calibrationDueOn: r.calibrationDueOn!,
    }));
}

/** R-ORG-05: the filing application's equipment list per occupation (name, model, quantity, owned/leased), in service. */
export async function ledgerForFiling(db: DbOrTx) {
  const rows = await db
    .select({
      id: equipmentItems.id,
      occupationId: equipmentItems.occupationId,
      occupationCode: occupations.code,
      occupationName: occupations.name,
      location: equipmentItems.location,
      name: equipmentItems.name,
      model: equipmentItems.model,
      quantity: equipmentItems.quantity,
      unit: equipmentItems.unit,
      ownership: equipmentItems.ownership,
    })
    .from(equipmentItems)
    .innerJoin(occupations, eq(occupations.id, equipmentItems.occupationId))
    .where(eq(equipmentItems.status, 'in_service'))
    .orderBy(asc(equipmentItems.location), asc(equipmentItems.name));
  return rows.filter((r) => r.quantity > 0);
}
