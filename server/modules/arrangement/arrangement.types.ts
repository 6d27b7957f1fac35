import type { ArrangementInput, ArrangementResult, RoomKind, UnmetRule } from './solver/types.js';

/**
 * What an arrangement run stores (the jsonb columns of `arrangement_runs`, typed in server/db/schema/arrangement.ts):
 * the solver's input with how it was asked for, its result, the unmet rules and the hand edits.
 */

/** How one sitting is to be arranged: its site (and extra sites), room kind and equipment. */
export interface SittingSetup {
  sittingId: string;
  siteId: string;
  extraSiteIds?: string[] | null;
  roomKind?: RoomKind | null;
  equipment?: string[] | null;
}

/** What a run stores beside the solver's input: how the input was asked for, so hand edits can rebuild it. */
export interface StoredInput extends ArrangementInput {
  setups: SittingSetup[];
  /** Sitting times as the batch gives them (HH:MM), and the batch titles, for the screens. */
  meta: { batchTitles: Record<string, string>; times: Record<string, { startsAt: string; endsAt: string }> };
}

/** A hand edit (R-ARR-09): when, by whom, what. */
export interface EditRecord {
  at: string;
  by: string;
  text: string;
}

export type { ArrangementResult, UnmetRule };
