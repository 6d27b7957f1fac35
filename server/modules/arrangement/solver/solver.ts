import { assignExaminerGroups } from './examiners.js';
import { ConflictIndex, StaffPool, chronological } from './pool.js';
import { planRooms } from './rooms.js';
import { balanceWorkload, chooseProctors, drawLots, siteSlotOutput, siteSlotsOf, staffSiteSlots } from './staffing.js';
import type { ArrangementInput, ArrangementResult, UnmetRule, WorkloadStats } from './types.js';
import { settingsOf, sitesOf } from './types.js';

/**
 * R-ARR-09: the automatic arrangement, pure and deterministic (same input + seed ⇒ same result; no clock, no
 * Math.random, stable sorts). Greedy in the order of scarcity, each step keeping every hard rule:
 *
 *  1. rooms and seats (R-ARR-01): per sitting the fewest eligible free rooms, colleges kept together;
 *  2. examiner groups (R-ARR-04/05/06/08), the most constrained staff, chronologically;
 *  3. site staff per site and time slot (R-ARR-03), the role with the least slack first;
 *  4. proctors per room (R-ARR-02), the most flexible, last — they even out the workload;
 *  5. a repair pass hands proctor and site duties from the busiest to the least busy who may hold them, and
 *     only then is each sitting's proctor lot drawn (which room each proctor takes).
 *
 * Within each step the most preferred person is the one with the fewest duties so far (soft: spread the
 * workload), then the fewest recent duties and the longest rested. A person is never put in two overlapping
 * assignments nor in a sitting of a candidate it has a conflict with (R-ARR-08). What cannot be met is assigned as
 * far as possible and listed in `unmet` with the rule, the sitting, why, and what would fix it.
 *
 * Sittings without candidates need nothing and get nothing.
 */
export function solveArrangement(input: ArrangementInput): ArrangementResult {
  const settings = settingsOf(input);
  const siteNames = new Map((input.sites ?? []).map((s) => [s.id, s.name]));
  const siteName = (id: string) => siteNames.get(id) ?? id;
  const sittings = input.sittings.filter((s) => s.candidates.length > 0).sort(chronological);

  const roomPlan = planRooms(sittings, input.rooms, settings, siteName);
  // R-ARR-03 per site used: a sitting whose rooms span sites is staffed at each of them (its own site when unseated).
  const siteOfRoom = new Map(input.rooms.map((r) => [r.id, r.siteId]));
  const staffed = sittings.flatMap((s) => {
    const used = new Set((roomPlan.roomsBySitting.get(s.id) ?? []).map((r) => siteOfRoom.get(r.roomId)!));
    const sites = used.size ? sitesOf(s).filter((x) => used.has(x)) : [s.siteId];
    return sites.map((siteId) => (siteId === s.siteId ? s : { ...s, siteId }));
  });
  const pool = new StaffPool(input.staff, input.seed);
  const conflicts = new ConflictIndex(input.conflicts);
  // The proctor and site places still to come, per person who may take them (the examiners' look-ahead).
  const otherPlaces =
    [...roomPlan.roomsBySitting.values()].reduce((n, rooms) => n + rooms.length * settings.proctorsPerRoom, 0) +
    siteSlotsOf(staffed).length * (settings.siteHeadsPerSite + settings.supervisorsPerSite + settings.examStaffPerSite);
  const otherHands = input.staff.filter((st) => st.duties.some((d) => d !== 'examiner')).length;
  const examiners = assignExaminerGroups(
    sittings,
    pool,
    conflicts,
    settings,
    input.history,
    otherHands ? otherPlaces / otherHands : 0,
  );
  const site = staffSiteSlots(staffed, pool, conflicts, settings, siteName);
  const proctors = chooseProctors(sittings, roomPlan.roomsBySitting, pool, conflicts, settings);
  balanceWorkload([...site.slots.flatMap((slot) => slot.roles), ...proctors.planned.map((p) => p.slot)], pool);
  const drawn = drawLots(proctors.planned, settings, input.seed);

  // Unmet rules in the order of the sittings, then by rule id.
  const position = new Map(sittings.map((s, i) => [s.id, i]));
  const unmet: UnmetRule[] = [...roomPlan.unmet, ...proctors.unmet, ...site.unmet, ...examiners.unmet].sort(
    (a, b) =>
      position.get(a.sittingId)! - position.get(b.sittingId)! || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0),
  );

  return {
    seed: input.seed,
    seats: roomPlan.seats,
    rooms: drawn.rooms,
    lots: drawn.lots,
    siteSlots: site.slots.map(siteSlotOutput),
    examinerGroups: examiners.groups,
    unmet,
    workload: workloadOf(pool),
    roomsUsed: drawn.rooms.length,
    roomsLowerBound: roomPlan.lowerBound,
  };
}

/** Soft goal of R-ARR-09: duties per person in this arrangement, and how many are within ±1 of the average. */
function workloadOf(pool: StaffPool): WorkloadStats {
  const perStaff = pool.staff.map((s) => ({ staffId: s.id, duties: pool.loadOf(s.id) }));
  const n = perStaff.length;
  const counts = perStaff.map((p) => p.duties);
  const average = n ? counts.reduce((a, b) => a + b, 0) / n : 0;
  const withinOne = counts.filter((d) => Math.abs(d - average) <= 1).length;
  return {
    perStaff,
    min: n ? Math.min(...counts) : 0,
    max: n ? Math.max(...counts) : 0,
    average: Math.round(average * 100) / 100,
    withinOne,
    withinOneShare: n ? Math.round((withinOne / n) * 1000) / 1000 : 1,
  };
}
