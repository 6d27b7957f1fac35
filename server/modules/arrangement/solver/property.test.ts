import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkArrangement } from './checker.js';
import { solveArrangement } from './solver.js';
import type { ArrangementInput, ArrangementRoom, ArrangementSitting, ArrangementStaff, StaffDuty } from './types.js';

/**
 * R-ARR-09 property: on random small instances (random rooms, times, qualifications, certificates, conflicts and
 * histories) the solver's result either passes every hard rule of the independent checker, or the (rule, sitting)
 * pairs it lists as unmet are exactly those the checker finds — nothing broken silently, nothing reported falsely.
 */

const DAYS = ['2026-06-10', '2026-06-11'];
const OCCUPATIONS = ['O1', 'O2', 'O3'];
const MODULES = ['m1', 'm2', 'm3'];
const DUTIES: StaffDuty[] = ['proctor', 'site_head', 'supervisor', 'exam_staff', 'examiner'];
const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);
const subset = <T>(xs: readonly T[]) => fc.subarray(xs as T[]);
/** Each item kept with probability 7/10: many instances are then feasible, and many are not. */
const mostOf = <T>(xs: readonly T[]) =>
  fc
    .array(fc.integer({ min: 0, max: 9 }), { minLength: xs.length, maxLength: xs.length })
    .map((rolls) => xs.filter((_, i) => rolls[i] < 7));

const roomArb = fc.record({
  site: fc.integer({ min: 1, max: 2 }),
  kind: pick(['theory', 'theory', 'skill'] as const),
  capacity: fc.option(fc.integer({ min: 4, max: 40 }), { nil: undefined, freq: 2 }),
  equipment: subset(['e1', 'e2']),
  blocked: fc.option(fc.record({ day: pick(DAYS), start: pick([480, 600]) }), { nil: undefined }),
});

const sittingArb = fc.record({
  site: fc.integer({ min: 1, max: 2 }),
  kind: pick(['theory', 'skill'] as const),
  equipment: subset(['e1', 'e2']).map((e) => e.slice(0, 1)),
  day: pick(DAYS),
  start: pick([480, 540, 600, 840]),
  length: pick([60, 90, 120]),
  occupation: pick(OCCUPATIONS),
  levels: pick([[2], [3], [4], [4, 3], [5]]),
  modules: subset(MODULES).map((m) => m.slice(0, 2)),
  colleges: fc.array(fc.integer({ min: 0, max: 18 }), { minLength: 1, maxLength: 3 }),
  /** The other site as a spill-over site (R-ARR-01/03 across sites) in one instance of three. */
  spill: fc.integer({ min: 0, max: 2 }),
});

const staffArb = fc.record({
  duties: mostOf(DUTIES),
  grade: pick(['standard', 'senior'] as const),
  occupations: mostOf(OCCUPATIONS),
  modules: mostOf(MODULES),
  validUntil: pick(['2026-06-09', '2026-06-10', '2028-01-01', '2028-01-01']),
  /** 0: a dismissed examiner / a disqualified supervisor (one in ten). */
  dismissedRoll: fc.integer({ min: 0, max: 9 }),
  firstYear: pick([null, 2026, 2025, 2020]),
  supervisorValid: pick(['2026-06-09', '2028-01-01', '2028-01-01']),
  consecutive: pick([0, 0, 1, 2, 3]),
  recent: fc.integer({ min: 0, max: 3 }),
});

const instanceArb = fc
  .record({
    rooms: fc.array(roomArb, { minLength: 0, maxLength: 8 }),
    sittings: fc.array(sittingArb, { minLength: 1, maxLength: 4 }),
    staff: fc.array(staffArb, { minLength: 3, maxLength: 24 }),
    conflictRolls: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 8 }),
    previous: fc.array(fc.tuple(pick(OCCUPATIONS), fc.array(fc.nat(), { maxLength: 4 })), { maxLength: 3 }),
    seed: fc.string({ maxLength: 6 }),
    /** Half the instances get spare rooms and all-round staff, so that many of them are feasible. */
    generous: fc.oneof(fc.constant(0), fc.integer({ min: 6, max: 30 })),
  })
  .map(
    ({ rooms: drawnRooms, sittings, staff: drawnStaff, conflictRolls, previous, seed, generous }): ArrangementInput => {
      const rooms = [...drawnRooms];
      const staff = [...drawnStaff];
      if (generous > 0) {
        for (const site of [1, 2])
          for (const kind of ['theory', 'skill'] as const)
            for (let i = 0; i < 3; i++)
              rooms.push({ site, kind, capacity: undefined, equipment: ['e1', 'e2'], blocked: undefined });
        for (let i = 0; i < generous; i++)
          staff.push({
            duties: DUTIES,
            grade: 'senior',
            occupations: OCCUPATIONS,
            modules: MODULES,
            validUntil: '2028-01-01',
            dismissedRoll: 5,
            firstYear: 2020,
            supervisorValid: '2028-01-01',
            consecutive: 0,
            recent: i % 3,
          });
      }
      const builtRooms: ArrangementRoom[] = rooms.map((r, i) => ({
        id: `R${i}`,
        siteId: `S${r.site}`,
        kind: r.kind,
        capacity: r.capacity,
        equipment: r.equipment,
        unavailable: r.blocked ? [{ day: r.blocked.day, start: r.blocked.start, end: r.blocked.start + 60 }] : [],
      }));
      // Candidate persons come from a shared pool, so one person may sit several sittings and meet conflicts.
      const builtSittings: ArrangementSitting[] = sittings.map((s, i) => {
        const candidates = s.colleges.flatMap((n, c) =>
          Array.from({ length: n }, (_, k) => ({
            id: `A${i}-${c}-${k}`,
            personId: `cand${(c * 7 + k) % 25}`,
            collegeId: `c${c}`,
          })),
        );
        return {
          id: `T${i}`,
          batchId: `B${s.occupation}`,
          siteId: `S${s.site}`,
          ...(s.spill === 0 ? { extraSiteIds: [`S${3 - s.site}`] } : {}),
          kind: s.kind,
          equipment: s.kind === 'skill' ? s.equipment : [],
          day: s.day,
          start: s.start,
          end: s.start + s.length,
          occupationCode: s.occupation,
          occupationName: `职业${s.occupation}`,
          levels: s.levels,
          modules: s.kind === 'skill' ? s.modules : [],
          candidates,
        };
      });
      const builtStaff: ArrangementStaff[] = staff.map((st, i) => ({
        id: `st${String(i).padStart(2, '0')}`,
        personId: `person${i}`,
        name: `员工${i}`,
        duties: st.duties,
        examiner: st.duties.includes('examiner')
          ? {
              grade: st.grade,
              occupationCodes: st.occupations,
              modules: st.modules,
              certificateValidUntil: st.validUntil,
              dismissed: st.dismissedRoll === 0,
              firstExaminingYear: st.firstYear,
            }
          : undefined,
        supervisor: st.duties.includes('supervisor')
          ? { certificateValidUntil: st.supervisorValid, disqualified: st.dismissedRoll === 1 }
          : undefined,
        recentDuties: st.recent,
      }));
      const persons = [...new Set(builtSittings.flatMap((s) => s.candidates.map((c) => c.personId)))];
      const conflicts = persons.length
        ? conflictRolls.map(([a, b]) => ({
            staffPersonId: `person${a % builtStaff.length}`,
            candidatePersonId: persons[b % persons.length],
          }))
        : [];
      return {
        seed,
        sittings: builtSittings,
        rooms: builtRooms,
        staff: builtStaff,
        conflicts,
        history: {
          previousGroups: previous.map(([occupationCode, ids]) => ({
            occupationCode,
            examinerIds: ids.map((n) => builtStaff[n % builtStaff.length].id),
          })),
          consecutiveRounds: Object.fromEntries(builtStaff.map((st, i) => [st.id, staff[i].consecutive])),
        },
      };
    },
  );

const keys = (list: { rule: string; sittingId: string | null }[]) =>
  [...new Set(list.map((v) => `${v.rule} ${v.sittingId}`))].sort();

describe('arrangement property', () => {
  it('R-ARR-09 every result passes the independent checker or lists exactly the (rule, sitting) pairs it breaks', () => {
    fc.assert(
      fc.property(instanceArb, (input) => {
        const result = solveArrangement(input);
        expect(keys(result.unmet)).toEqual(keys(checkArrangement(input, result)));
        // The same input and seed give the same result.
        expect(solveArrangement(input)).toEqual(result);
      }),
      {
        numRuns: Number(process.env.ARRANGEMENT_RUNS ?? 150),
        seed: process.env.ARRANGEMENT_SEED ? Number(process.env.ARRANGEMENT_SEED) : 20260610,
      },
    );
  });
});
