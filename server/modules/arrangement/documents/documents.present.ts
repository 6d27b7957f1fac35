import { sittingKindNames, type Batch } from '../../../../shared/plans.js';
import type { PrintOverview } from '../../../../shared/arrangement.documents.js';
import { byRoomOrder } from './load.js';

/** The documents' answers as the screens read them (the PDFs are drawn by draw.ts, rooms.ts and tickets.ts). */

/** A room of a sitting in the published run, with how many candidates it seats. */
export interface PrintRoom {
  sittingId: string;
  roomId: string;
  roomName: string;
  siteName: string;
  n: number;
}

/**
 * The print panel: whether the arrangement is published, why tickets may not be printed yet, and each sitting's
 * rooms numbered in print order (第 N 考场, as on the door lists).
 */
export function presentPrintOverview(
  batch: Batch,
  o: { published: boolean; ticketsBlocked: string | null; rooms: PrintRoom[] },
): PrintOverview {
  const rows = [...o.rooms].sort(byRoomOrder);
  return {
    batchId: batch.id,
    batchTitle: batch.title,
    published: o.published,
    approvalNumber: batch.approvalNumber,
    ticketsBlocked: o.ticketsBlocked,
    sittings: batch.sittings
      .map((s) => ({
        id: s.id,
        label: `${sittingKindNames[s.kind]} ${s.day} ${s.startsAt}–${s.endsAt}`,
        rooms: rows
          .filter((r) => r.sittingId === s.id)
          .map((r, i) => ({
            roomId: r.roomId,
            roomNo: i + 1,
            roomName: r.roomName,
            siteName: r.siteName,
            candidateCount: r.n,
          })),
      }))
      .filter((s) => s.rooms.length || !o.published),
  };
}

/** A valid ticket's check (the QR target). Only the surname is shown: enough to match the card in hand, nothing
 * for a stranger scanning a lost ticket. */
export function presentTicketCheck(ticketNumber: string, name: string, batchTitle: string) {
  return {
    valid: true as const,
    message: '准考证有效',
    ticketNumber,
    name: `${name.slice(0, 1)}${'*'.repeat(Math.max(1, name.length - 1))}`,
    batchTitle,
  };
}
