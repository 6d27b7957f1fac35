import { sittingKindNames, type Batch } from '../../../../shared/plans.js';
import type { PrintOverview, TicketVerification } from '../../../../shared/arrangement.documents.js';
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
  o: {
    published: boolean;
    ticketsBlocked: string | null;
    rooms: PrintRoom[];
    missingPhotos: PrintOverview['missingPhotos'];
  },
): PrintOverview {
  const rows = [...o.rooms].sort(byRoomOrder);
  return {
    batchId: batch.id,
    batchTitle: batch.title,
    published: o.published,
    approvalNumber: batch.approvalNumber,
    ticketsBlocked: o.ticketsBlocked,
    missingPhotos: o.missingPhotos,
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

/** A valid ticket's check (the QR target): what the paper ticket prints, the ID number to its last four only. */
export function presentTicketCheck(t: {
  ticketNumber: string;
  name: string;
  idMasked: string;
  batchTitle: string;
  occupation: string;
  level: string;
  sittings: NonNullable<TicketVerification['sittings']>;
}): TicketVerification {
  return {
    valid: true,
    state: 'valid',
    message: '准考证有效：由本中心签发，考场安排已发布',
    problems: [],
    ticketNumber: t.ticketNumber,
    name: t.name,
    idTail: t.idMasked.slice(-4), // R-PPL-02
    batchTitle: t.batchTitle,
    occupation: t.occupation,
    level: t.level,
    sittings: t.sittings,
  };
}
