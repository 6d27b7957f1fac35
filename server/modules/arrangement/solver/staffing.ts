import type { ConflictIndex, StaffPool } from './pool.js';
import { seededRandom, shuffled } from './random.js';
import { cmp } from './rooms.js';
import { sittingLabel, spanText } from './text.js';
import type {
  ArrangementSettings,
  ArrangementSitting,
  ArrangementStaff,
  ProctorLot,
  RoomSitting,
  SiteSlot,
  TimeInterval,
  UnmetRule,
} from './types.js';

/**
 * Site staffing per time slot (R-ARR-03) and proctors per room with their lot (R-ARR-02), as "duty slots" —
 * places any of several interchangeable people can fill — so the workload can be evened out afterwards.
 */

export type SlotDuty = 'proctor' | 'site_head' | 'supervisor' | 'exam_staff';

export interface DutySlot {
  duty: SlotDuty;
  span: TimeInterval;
  /** Staff persons in conflict with a candidate of the sittings covered (R-ARR-08). */
  conflicted: ReadonlySet<string>;
  holders: ArrangementStaff[];
}

/** May `st` fill `slot` now: holds the duty, valid for it, no conflict, free at the time. */
export function mayHold(pool: StaffPool, slot: DutySlot, st: ArrangementStaff): boolean {
  return (
    st.duties.includes(slot.duty) &&
    // R-PPL-06: a supervisor's certificate is valid on the day and it is not disqualified (when the facts are given).
    (slot.duty !== 'supervisor' ||
      !st.supervisor ||
      (!st.supervisor.disqualified && st.supervisor.certificateValidUntil >= slot.span.day)) &&
    !slot.conflicted.has(st.personId) && // R-ARR-08
    pool.isFree(st, slot.span)
  );
}

export interface PlannedSiteSlot extends TimeInterval {
  siteId: string;
  sittings: ArrangementSitting[];
  roles: DutySlot[];
}

/** Time slots of each site: the sittings of one site and day whose times overlap, chained, form one slot. */
export function siteSlotsOf(
  sittings: readonly ArrangementSitting[],
): { siteId: string; day: string; start: number; end: number; sittings: ArrangementSitting[] }[] {
  const sorted = sittings
    .slice()
    .sort((a, b) => cmp(a.siteId, b.siteId) || cmp(a.day, b.day) || a.start - b.start || cmp(a.id, b.id));
  const slots: { siteId: string; day: string; start: number; end: number; sittings: ArrangementSitting[] }[] = [];
  for (const s of sorted) {
    const last = slots[slots.length - 1];
    if (last && last.siteId === s.siteId && last.day === s.day && s.start < last.end) {
      last.sittings.push(s);
      last.end = Math.max(last.end, s.end);
    } else slots.push({ siteId: s.siteId, day: s.day, start: s.start, end: s.end, sittings: [s] });
  }
  return slots.sort((a, b) => cmp(a.day, b.day) || a.start - b.start || cmp(a.siteId, b.siteId));
}

const roleNames: Record<SlotDuty, string> = {
  proctor: '监考人员',
  site_head: '考场负责人',
  supervisor: '内部质量督导员',
  exam_staff: '考务工作人员',
};

/** R-ARR-03 (H 考务人员安排 §3): per site and time slot 1 site head, 3 internal supervisors, 2 exam staff. */
export function staffSiteSlots(
  sittings: readonly ArrangementSitting[],
  pool: StaffPool,
  conflicts: ConflictIndex,
  settings: ArrangementSettings,
  siteName: (id: string) => string,
): { slots: PlannedSiteSlot[]; unmet: UnmetRule[] } {
  const slots: PlannedSiteSlot[] = [];
  const unmet: UnmetRule[] = [];
  for (const slot of siteSlotsOf(sittings)) {
    const span: TimeInterval = { day: slot.day, start: slot.start, end: slot.end };
    const conflicted = conflicts.forSittings(slot.sittings);
    const need: Record<SlotDuty, number> = {
      site_head: settings.siteHeadsPerSite,
      supervisor: settings.supervisorsPerSite,
      exam_staff: settings.examStaffPerSite,
      proctor: 0,
    };
    const roles: DutySlot[] = (['site_head', 'supervisor', 'exam_staff'] as const).map((duty) => ({
      duty,
      span,
      conflicted,
      holders: [],
    }));
    // The role with the least slack first; within a role, people who could fill another role of the slot last.
    const slack = new Map(
      roles.map((r) => [r.duty, pool.staff.filter((st) => mayHold(pool, r, st)).length - need[r.duty]]),
    );
    for (const role of roles.slice().sort((a, b) => slack.get(a.duty)! - slack.get(b.duty)!)) {
      const others = (st: ArrangementStaff) =>
        roles.filter((r) => r !== role && st.duties.includes(r.duty)).length * 0.25;
      for (const st of pool
        .sortByPreference(
          pool.staff.filter((x) => mayHold(pool, role, x)),
          others,
        )
        .slice(0, need[role.duty])) {
        pool.take(st, span);
        role.holders.push(st);
      }
    }
    slots.push({ ...span, siteId: slot.siteId, sittings: slot.sittings, roles });
    const short = roles.filter((r) => r.holders.length < need[r.duty]);
    if (short.length) {
      const what = short.map((r) => `${roleNames[r.duty]}缺 ${need[r.duty] - r.holders.length} 名`).join('，');
      const fix = short.map((r) => `${need[r.duty] - r.holders.length} 名${roleNames[r.duty]}`).join('、');
      for (const s of slot.sittings)
        unmet.push({
          rule: 'R-ARR-03',
          sittingId: s.id,
          message: `考点「${siteName(slot.siteId)}」${spanText(slot)}（含${sittingLabel(s)}）：${what}（该时段空闲、证书有效且与考生无回避关系的人员不足）`,
          fix: `再指派 ${fix}（该时段空闲、与本时段考生无回避关系）`,
        });
    }
  }
  return { slots, unmet };
}

export function siteSlotOutput(slot: PlannedSiteSlot): SiteSlot {
  const ids = (duty: SlotDuty) => slot.roles.find((r) => r.duty === duty)!.holders.map((h) => h.id);
  return {
    siteId: slot.siteId,
    day: slot.day,
    start: slot.start,
    end: slot.end,
    sittingIds: slot.sittings.map((s) => s.id),
    siteHeadIds: ids('site_head'),
    supervisorIds: ids('supervisor'),
    examStaffIds: ids('exam_staff'),
  };
}

export interface PlannedProctors {
  sitting: ArrangementSitting;
  rooms: { roomId: string; candidateCount: number }[];
  slot: DutySlot;
}

/** R-ARR-02: `proctorsPerRoom` proctors per room; who serves is chosen for an even workload (the rooms by lot later). */
export function chooseProctors(
  sittings: readonly ArrangementSitting[],
  roomsBySitting: ReadonlyMap<string, { roomId: string; candidateCount: number }[]>,
  pool: StaffPool,
  conflicts: ConflictIndex,
  settings: ArrangementSettings,
): { planned: PlannedProctors[]; unmet: UnmetRule[] } {
  const planned: PlannedProctors[] = [];
  const unmet: UnmetRule[] = [];
  for (const s of sittings) {
    const rooms = roomsBySitting.get(s.id) ?? [];
    if (rooms.length === 0) continue;
    const need = rooms.length * settings.proctorsPerRoom;
    const slot: DutySlot = { duty: 'proctor', span: s, conflicted: conflicts.forSitting(s), holders: [] };
    const chosen = pool.sortByPreference(pool.staff.filter((st) => mayHold(pool, slot, st))).slice(0, need);
    for (const st of chosen) {
      pool.take(st, s);
      slot.holders.push(st);
    }
    planned.push({ sitting: s, rooms, slot });
    if (chosen.length < need) {
      const proctors = pool.staff.filter((st) => st.duties.includes('proctor'));
      const inConflict = proctors.filter((st) => slot.conflicted.has(st.personId)).length;
      unmet.push({
        rule: 'R-ARR-02',
        sittingId: s.id,
        message: `${sittingLabel(s)}：${rooms.length} 个考场需监考人员 ${need} 名（每考场 ${settings.proctorsPerRoom} 名），只能安排 ${chosen.length} 名；共有监考人员 ${proctors.length} 名，其中 ${inConflict} 名与本场考生有回避关系，其余不足的同一时段已有任务`,
        fix: `再增加 ${need - chosen.length} 名该时段空闲且与本场考生无回避关系的监考人员`,
      });
    }
  }
  return { planned, unmet };
}

/**
 * R-ARR-02 "考前抽签确定监考场次": the proctors' ids sorted, shuffled by a generator seeded with the recorded
 * seed; draw i takes room ⌊i / proctorsPerRoom⌋ (rooms by id). Anyone holding the seed can redo the draw.
 */
export function drawLots(
  planned: readonly PlannedProctors[],
  settings: ArrangementSettings,
  seed: string,
): { rooms: RoomSitting[]; lots: ProctorLot[] } {
  const rooms: RoomSitting[] = [];
  const lots: ProctorLot[] = [];
  for (const p of planned) {
    const lotSeed = `${seed}:lot:${p.sitting.id}`;
    const drawn = shuffled(p.slot.holders.map((st) => st.id).sort(cmp), seededRandom(lotSeed));
    const draws = drawn.map((staffId, i) => ({
      order: i + 1,
      staffId,
      roomId: p.rooms[Math.floor(i / settings.proctorsPerRoom)].roomId,
    }));
    lots.push({ sittingId: p.sitting.id, seed: lotSeed, draws });
    for (const r of p.rooms)
      rooms.push({
        sittingId: p.sitting.id,
        roomId: r.roomId,
        candidateCount: r.candidateCount,
        proctorIds: draws.filter((d) => d.roomId === r.roomId).map((d) => d.staffId),
      });
  }
  return { rooms, lots };
}

/**
 * Soft goal of R-ARR-09, each person within ±1 of the average where possible: the greedy passes leave some people
 * two or more duties above others, so hand a proctor or site duty from a busier person to one with at least two
 * fewer who may hold it. Each move lowers the sum of squared loads, so this ends; examiner places are left alone
 * (moving them would reopen R-ARR-04/06).
 */
export function balanceWorkload(slots: readonly DutySlot[], pool: StaffPool): number {
  const slotsOf = new Map<string, DutySlot[]>();
  for (const slot of slots) for (const h of slot.holders) slotsOf.set(h.id, [...(slotsOf.get(h.id) ?? []), slot]);
  const holdersOf = new Map<SlotDuty, ArrangementStaff[]>();
  for (const duty of ['proctor', 'site_head', 'supervisor', 'exam_staff'] as const)
    holdersOf.set(
      duty,
      pool.staff.filter((st) => st.duties.includes(duty)),
    );
  let moves = 0;
  for (let round = 0; round < 100; round++) {
    let moved = false;
    // Nobody can take a duty from p unless someone holding that duty has at least two duties fewer.
    const minOf = new Map(
      [...holdersOf].map(([duty, list]) => [duty, Math.min(...list.map((st) => pool.loadOf(st.id)))]),
    );
    const busiest = pool.staff.slice().sort((a, b) => pool.loadOf(b.id) - pool.loadOf(a.id) || cmp(a.id, b.id));
    for (const p of busiest) {
      if (pool.loadOf(p.id) - 2 < Math.min(...minOf.values())) break;
      for (const slot of slotsOf.get(p.id) ?? []) {
        const limit = pool.loadOf(p.id) - 2;
        if (limit < minOf.get(slot.duty)!) continue;
        const at = slot.holders.indexOf(p);
        if (at < 0) continue;
        const takers = holdersOf
          .get(slot.duty)!
          .filter((q) => pool.loadOf(q.id) <= limit && !slot.holders.includes(q) && mayHold(pool, slot, q));
        if (takers.length === 0) continue;
        const q = pool.sortByPreference(takers)[0];
        pool.release(p, slot.span);
        pool.take(q, slot.span);
        slot.holders[at] = q;
        slotsOf.set(q.id, [...(slotsOf.get(q.id) ?? []), slot]);
        moved = true;
        moves++;
      }
    }
    if (!moved) break;
  }
  return moves;
}
