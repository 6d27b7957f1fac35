import { roomKindNames, sittingLabel } from './text.js';
import type {
  ArrangementCandidate,
  ArrangementRoom,
  ArrangementSettings,
  ArrangementSitting,
  SeatAssignment,
  TimeInterval,
  UnmetRule,
} from './types.js';
import { roomKindOf, sitesOf } from './types.js';

/**
 * R-ARR-01: candidates → rooms and seats. Per sitting, the fewest rooms that hold everyone (largest eligible
 * rooms first, then the last one shrunk to the smallest that still suffices), then each college's candidates
 * packed together (best fit of whole colleges, splitting only what does not fit anywhere).
 */

export function overlaps(a: TimeInterval, b: TimeInterval): boolean {
  return a.day === b.day && a.start < b.end && b.start < a.end;
}

/** R-ARR-01: a standard theory room holds at most `seatsPerRoom` (spacing ≥ 80 cm), whatever its size. */
export function capacityOf(room: ArrangementRoom, settings: ArrangementSettings): number {
  const cap = room.capacity ?? settings.seatsPerRoom;
  return room.kind === 'theory' ? Math.min(cap, settings.seatsPerRoom) : cap;
}

/** Rooms a sitting may use whatever other sittings do: its sites, kind, equipment, and available during it. */
export function eligibleRooms(
  s: ArrangementSitting,
  rooms: readonly ArrangementRoom[],
  settings: ArrangementSettings,
): ArrangementRoom[] {
  const kind = roomKindOf(s);
  const needs = s.equipment ?? [];
  const sites = sitesOf(s);
  return rooms.filter(
    (r) =>
      sites.includes(r.siteId) &&
      r.kind === kind &&
      capacityOf(r, settings) > 0 &&
      needs.every((e) => r.equipment?.includes(e)) &&
      !(s.excludedRooms ?? []).some((x) => x.roomId === r.id) && // R-EQ-03
      !(r.unavailable ?? []).some((u) => overlaps(u, s)),
  );
}

/** Largest first; among equals, rooms with less equipment first (keep the versatile ones), then the earlier site, then by id. */
function byUsefulness(settings: ArrangementSettings, siteRank: (r: ArrangementRoom) => number) {
  return (a: ArrangementRoom, b: ArrangementRoom) =>
    capacityOf(b, settings) - capacityOf(a, settings) ||
    (a.equipment?.length ?? 0) - (b.equipment?.length ?? 0) ||
    siteRank(a) - siteRank(b) ||
    cmp(a.id, b.id);
}

export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The fewest rooms from `free` whose capacity holds `n`: all of them when they do not suffice. */
export function fewestRooms(
  free: ArrangementRoom[],
  n: number,
  settings: ArrangementSettings,
  siteRank: (r: ArrangementRoom) => number = () => 0,
): ArrangementRoom[] {
  const sorted = free.slice().sort(byUsefulness(settings, siteRank));
  const chosen: ArrangementRoom[] = [];
  let seats = 0;
  for (const r of sorted) {
    if (seats >= n) break;
    chosen.push(r);
    seats += capacityOf(r, settings);
  }
  if (seats < n || chosen.length === 0) return chosen;
  // Same count, less waste: the last room becomes the smallest unchosen-or-itself room that still suffices.
  const last = chosen[chosen.length - 1];
  const rest = n - (seats - capacityOf(last, settings));
  const inChosen = new Set(chosen.map((r) => r.id));
  let best = last;
  for (const r of sorted) {
    if (inChosen.has(r.id) && r !== last) continue;
    // `sorted` runs from large to small, so the last room that suffices is the smallest one.
    if (capacityOf(r, settings) >= rest && capacityOf(r, settings) < capacityOf(best, settings)) best = r;
  }
  chosen[chosen.length - 1] = best;
  return chosen;
}

/**
 * Seats `candidates` in `rooms` (ids order = seat-chart order), keeping colleges together: whole colleges by
 * best fit, largest college first; a college that fits nowhere whole is split over the emptiest rooms.
 * Returns the seats and the candidates left over when the rooms are too small.
 */
export function seatCandidates(
  sittingId: string,
  candidates: readonly ArrangementCandidate[],
  rooms: readonly ArrangementRoom[],
  settings: ArrangementSettings,
): { seats: SeatAssignment[]; perRoom: Map<string, number>; unseated: ArrangementCandidate[] } {
  const byCollege = new Map<string, ArrangementCandidate[]>();
  for (const c of candidates) {
    const list = byCollege.get(c.collegeId);
    if (list) list.push(c);
    else byCollege.set(c.collegeId, [c]);
  }
  const colleges = [...byCollege.entries()]
    .map(([id, list]) => ({ id, list: list.slice().sort((a, b) => cmp(a.id, b.id)) }))
    .sort((a, b) => b.list.length - a.list.length || cmp(a.id, b.id));
  const ordered = rooms.slice().sort((a, b) => cmp(a.id, b.id));
  const left = ordered.map((r) => capacityOf(r, settings));
  const placed: ArrangementCandidate[][] = ordered.map(() => []);
  const unseated: ArrangementCandidate[] = [];
  for (const college of colleges) {
    const n = college.list.length;
    let fit = -1;
    for (let i = 0; i < left.length; i++) if (left[i] >= n && (fit < 0 || left[i] < left[fit])) fit = i;
    if (fit >= 0) {
      placed[fit].push(...college.list);
      left[fit] -= n;
      continue;
    }
    // Split: the emptiest rooms first, so the college lands in as few rooms as possible.
    let k = 0;
    const order = left.map((_, i) => i).sort((a, b) => left[b] - left[a] || a - b);
    for (const i of order) {
      if (k >= n) break;
      const take = Math.min(left[i], n - k);
      placed[i].push(...college.list.slice(k, k + take));
      left[i] -= take;
      k += take;
    }
    if (k < n) unseated.push(...college.list.slice(k));
  }
  const seats: SeatAssignment[] = [];
  const perRoom = new Map<string, number>();
  ordered.forEach((room, i) => {
    if (placed[i].length === 0) return;
    perRoom.set(room.id, placed[i].length);
    placed[i].forEach((c, j) => seats.push({ sittingId, candidateId: c.id, roomId: room.id, seat: j + 1 }));
  });
  return { seats, perRoom, unseated };
}

export interface RoomPlan {
  seats: SeatAssignment[];
  /** Rooms in use per sitting (room id → candidates), in room-id order. */
  roomsBySitting: Map<string, { roomId: string; candidateCount: number }[]>;
  unmet: UnmetRule[];
  lowerBound: number;
}

/**
 * R-ARR-01 over all sittings: earlier sittings first, the larger first among simultaneous ones (they are the
 * hardest to fit); a room serves one sitting at a time.
 */
export function planRooms(
  sittings: readonly ArrangementSitting[],
  rooms: readonly ArrangementRoom[],
  settings: ArrangementSettings,
  siteName: (id: string) => string,
): RoomPlan {
  const order = sittings
    .filter((s) => s.candidates.length > 0)
    .sort(
      (a, b) => cmp(a.day, b.day) || a.start - b.start || b.candidates.length - a.candidates.length || cmp(a.id, b.id),
    );
  const busy = new Map<string, TimeInterval[]>();
  const seats: SeatAssignment[] = [];
  const roomsBySitting = new Map<string, { roomId: string; candidateCount: number }[]>();
  const unmet: UnmetRule[] = [];
  let lowerBound = 0;
  for (const s of order) {
    const eligible = eligibleRooms(s, rooms, settings);
    lowerBound += fewestRooms(eligible, s.candidates.length, settings).length;
    const free = eligible.filter((r) => !(busy.get(r.id) ?? []).some((t) => overlaps(t, s)));
    // Its own site first; the next extra site only when the sites so far cannot hold everyone.
    const sites = sitesOf(s);
    let within = free;
    for (let k = 1; k <= sites.length; k++) {
      const some = free.filter((r) => sites.slice(0, k).includes(r.siteId));
      within = some;
      if (some.reduce((n, r) => n + capacityOf(r, settings), 0) >= s.candidates.length) break;
    }
    const chosen = fewestRooms(within, s.candidates.length, settings, (r) => sites.indexOf(r.siteId));
    const placed = seatCandidates(s.id, s.candidates, chosen, settings);
    seats.push(...placed.seats);
    const used = chosen
      .filter((r) => placed.perRoom.has(r.id))
      .sort((a, b) => cmp(a.id, b.id))
      .map((r) => ({ roomId: r.id, candidateCount: placed.perRoom.get(r.id)! }));
    for (const u of used) {
      const list = busy.get(u.roomId);
      if (list) list.push(s);
      else busy.set(u.roomId, [s]);
    }
    roomsBySitting.set(s.id, used);
    if (placed.unseated.length) {
      const n = placed.unseated.length;
      const freeSeats = free.reduce((sum, r) => sum + capacityOf(r, settings), 0);
      const kind = roomKindNames[roomKindOf(s)];
      const needs = s.equipment?.length ? `（配备${s.equipment.join('、')}）` : '';
      const excluded = s.excludedRooms?.length
        ? `；另有 ${new Set(s.excludedRooms.map((x) => x.roomId)).size} 间考场因计量器具检定过期不能使用（${s.excludedRooms.map((x) => x.reason).join('；')}）`
        : '';
      unmet.push({
        rule: 'R-ARR-01',
        sittingId: s.id,
        message: `${sittingLabel(s)}：${n} 名考生未能安排座位。考点「${sites.map(siteName).join('、')}」该时段可用的${kind}${needs}共 ${free.length} 间、${freeSeats} 个座位，考生 ${s.candidates.length} 名${excluded}`,
        fix: `在考点「${sites.map(siteName).join('、')}」再提供 ${Math.ceil(n / settings.seatsPerRoom)} 间该时段可用的${kind}${needs}（约 ${n} 个座位），增加备用考点，或调整场次时间`,
      });
    }
  }
  return { seats, roomsBySitting, unmet, lowerBound };
}
