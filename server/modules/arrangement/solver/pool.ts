import { seededRandom, shuffled } from './random.js';
import { cmp, overlaps } from './rooms.js';
import type { ArrangementConflict, ArrangementSitting, ArrangementStaff, TimeInterval } from './types.js';

/**
 * The staff as the solver sees them while it assigns: who is busy when (nobody in two places at once), how many
 * duties each already has in this run, and the order of preference that spreads the workload (soft goal of R-ARR-09).
 */
export class StaffPool {
  readonly staff: ArrangementStaff[];
  private readonly load = new Map<string, number>();
  private readonly busy = new Map<string, TimeInterval[]>();
  private readonly rank = new Map<string, number>();

  constructor(staff: readonly ArrangementStaff[], seed: string) {
    this.staff = staff.slice().sort((a, b) => cmp(a.id, b.id));
    // The last tie-break is a seeded lot, so equal candidates are not always taken in id order.
    shuffled(this.staff, seededRandom(`${seed}:staff-order`)).forEach((s, i) => this.rank.set(s.id, i));
    for (const s of this.staff) this.load.set(s.id, 0);
  }

  /** Nobody in two places at once: busy is tracked per person, so two staff records of one person also clash. */
  isFree(s: ArrangementStaff, t: TimeInterval): boolean {
    return !(this.busy.get(s.personId) ?? []).some((b) => overlaps(b, t));
  }

  take(s: ArrangementStaff, t: TimeInterval): void {
    this.load.set(s.id, (this.load.get(s.id) ?? 0) + 1);
    const list = this.busy.get(s.personId);
    if (list) list.push(t);
    else this.busy.set(s.personId, [t]);
  }

  /** Undoes `take` (the same interval object), for the workload repair. */
  release(s: ArrangementStaff, t: TimeInterval): void {
    this.load.set(s.id, (this.load.get(s.id) ?? 0) - 1);
    const list = this.busy.get(s.personId) ?? [];
    const i = list.indexOf(t);
    if (i >= 0) list.splice(i, 1);
  }

  loadOf(id: string): number {
    return this.load.get(id) ?? 0;
  }

  /**
   * Most preferred first: fewest duties in this run (plus `penalty`, e.g. for holding a scarcer duty needed
   * elsewhere), then fewest recent duties, then rested longest (never served first), then the seeded lot.
   */
  sortByPreference(list: ArrangementStaff[], penalty?: (s: ArrangementStaff) => number): ArrangementStaff[] {
    // Decorate once: the comparator then reads plain fields instead of maps (this sort runs for every place).
    const keyed = list.map((s) => ({
      s,
      load: this.loadOf(s.id) + (penalty ? penalty(s) : 0),
      recent: s.recentDuties ?? 0,
      last: s.lastServedOn ?? '',
      rank: this.rank.get(s.id)!,
    }));
    keyed.sort((a, b) => a.load - b.load || a.recent - b.recent || cmp(a.last, b.last) || a.rank - b.rank);
    for (let i = 0; i < keyed.length; i++) list[i] = keyed[i].s;
    return list;
  }
}

/** R-PPL-08 / R-ARR-08: the staff persons in conflict with anyone in a sitting (or a set of sittings). */
export class ConflictIndex {
  private readonly byCandidate = new Map<string, string[]>();
  private readonly perSitting = new Map<string, Set<string>>();

  constructor(conflicts: readonly ArrangementConflict[]) {
    for (const c of conflicts) {
      const list = this.byCandidate.get(c.candidatePersonId);
      if (list) list.push(c.staffPersonId);
      else this.byCandidate.set(c.candidatePersonId, [c.staffPersonId]);
    }
  }

  forSitting(s: ArrangementSitting): Set<string> {
    let set = this.perSitting.get(s.id);
    if (!set) {
      set = new Set();
      for (const c of s.candidates) for (const p of this.byCandidate.get(c.personId) ?? []) set.add(p);
      this.perSitting.set(s.id, set);
    }
    return set;
  }

  forSittings(list: readonly ArrangementSitting[]): Set<string> {
    const out = new Set<string>();
    for (const s of list) for (const p of this.forSitting(s)) out.add(p);
    return out;
  }
}

/** Earlier first; among simultaneous sittings the larger first, then by id (stable and seed-independent). */
export function chronological(a: ArrangementSitting, b: ArrangementSitting): number {
  return cmp(a.day, b.day) || a.start - b.start || b.candidates.length - a.candidates.length || cmp(a.id, b.id);
}
