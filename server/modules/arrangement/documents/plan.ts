import { and, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.js';
import { arrangementSeats, examRooms, examSites } from '../../../db/schema/index.js';
import { sittingsOfBatches } from '../../plans/plans.reads.js';
import type { PlanStaffing } from '../../plans/batch.export.js';
import { byRoomOrder, type RunRow } from './load.js';

/**
 * R-ARR-10: the batch plan for the authority names, per sitting, the candidates, rooms, proctors, examiners and
 * supervisors. This builds plans' `PlanStaffing` (per sitting) from the published arrangement.
 */
export async function planStaffingFromRun(db: DbOrTx, run: RunRow, batchId: string): Promise<PlanStaffing> {
  const result = run.result;
  const input = run.input;
  const name = new Map(input.staff.map((s) => [s.id, s.name]));
  const names = (ids: readonly string[]) => ids.map((id) => name.get(id) ?? id).join('、');
  const sittingIds = (await sittingsOfBatches(db, [batchId])).map((s) => s.id);
  if (!sittingIds.length) return { candidates: undefined, bySitting: {} };
  const rooms = await db
    .select({
      sittingId: arrangementSeats.sittingId,
      roomId: arrangementSeats.roomId,
      roomName: examRooms.name,
      siteName: examSites.name,
      n: sql<number>`count(*)::int`,
    })
    .from(arrangementSeats)
    .innerJoin(examRooms, eq(examRooms.id, arrangementSeats.roomId))
    .innerJoin(examSites, eq(examSites.id, examRooms.siteId))
    .where(and(eq(arrangementSeats.runId, run.id), inArray(arrangementSeats.sittingId, sittingIds)))
    .groupBy(arrangementSeats.sittingId, arrangementSeats.roomId, examRooms.name, examSites.name);
  rooms.sort(byRoomOrder);
  const bySitting: NonNullable<PlanStaffing['bySitting']> = {};
  let total = 0;
  for (const sittingId of [...new Set(rooms.map((r) => r.sittingId))]) {
    const mine = rooms.filter((r) => r.sittingId === sittingId);
    const candidates = mine.reduce((a, r) => a + r.n, 0);
    total = Math.max(total, candidates);
    const proctorsOf = (roomId: string) =>
      result.rooms.find((r) => r.sittingId === sittingId && r.roomId === roomId)?.proctorIds ?? [];
    const group = result.examinerGroups.find((g) => g.sittingId === sittingId);
    const slots = result.siteSlots.filter((s) => s.sittingIds.includes(sittingId));
    bySitting[sittingId] = {
      candidates,
      rooms: mine.map((r, i) => `第${i + 1}考场 ${r.siteName}${r.roomName}（${r.n}人）`).join('\n'),
      proctors: mine.map((r, i) => `第${i + 1}考场：${names(proctorsOf(r.roomId)) || '—'}`).join('\n'),
      examiners: group
        ? group.examinerIds.map((id) => `${name.get(id) ?? id}${id === group.leaderId ? '（组长）' : ''}`).join('、')
        : '',
      supervisors: names([...new Set(slots.flatMap((s) => s.supervisorIds))]),
    };
  }
  return { candidates: total || undefined, bySitting };
}
