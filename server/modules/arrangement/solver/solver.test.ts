import { describe, expect, it } from 'vitest';
import { checkArrangement } from './checker.js';
import { seededRandom, shuffled } from './random.js';
import { solveArrangement } from './solver.js';
import {
  baseInput,
  candidatesOf,
  EXAM_DAY,
  examinerOf,
  siteStaff,
  sittingOf,
  staffOf,
  theoryRooms,
} from './solver.testkit.js';
import type { ArrangementInput, ArrangementResult } from './types.js';

const rulesOf = (list: { rule: string }[]) => [...new Set(list.map((v) => v.rule))].sort();
const groupOf = (r: ArrangementResult, sittingId: string) => r.examinerGroups.find((g) => g.sittingId === sittingId)!;
/** A hand edit of an arrangement: replace a sitting's examiner group (leader kept if still a member). */
function withGroup(r: ArrangementResult, sittingId: string, ids: string[]): ArrangementResult {
  return {
    ...r,
    examinerGroups: r.examinerGroups.map((g) =>
      g.sittingId === sittingId ? { ...g, examinerIds: ids, leaderId: ids[0] } : g,
    ),
  };
}

describe('arrangement solver', () => {
  it('R-ARR-01 31 candidates need 2 rooms of 30; never over capacity; the checker agrees', () => {
    const input = baseInput(31);
    const r = solveArrangement(input);
    expect(r.roomsUsed).toBe(2);
    expect(r.roomsLowerBound).toBe(2);
    expect(new Set(r.seats.map((s) => s.candidateId)).size).toBe(31);
    expect(Math.max(...r.rooms.map((x) => x.candidateCount))).toBeLessThanOrEqual(30);
    expect(r.unmet).toEqual([]);
    expect(checkArrangement(input, r)).toEqual([]);
  });

  it('R-ARR-01 keeps each college together where it costs nothing, seats numbered from 1', () => {
    // 15 + 30 + 15 candidates fit 2 rooms exactly with no college split.
    const input = baseInput(0, { sittings: [sittingOf({ id: 'T1', candidates: candidatesOf('T1-', [15, 30, 15]) })] });
    const r = solveArrangement(input);
    expect(r.roomsUsed).toBe(2);
    const roomsOfCollege = new Map<string, Set<string>>();
    const college = new Map(input.sittings[0].candidates.map((c) => [c.id, c.collegeId]));
    for (const s of r.seats)
      roomsOfCollege.set(
        college.get(s.candidateId)!,
        (roomsOfCollege.get(college.get(s.candidateId)!) ?? new Set()).add(s.roomId),
      );
    for (const rooms of roomsOfCollege.values()) expect(rooms.size).toBe(1);
    for (const room of r.rooms) {
      const seats = r.seats
        .filter((s) => s.roomId === room.roomId)
        .map((s) => s.seat)
        .sort((a, b) => a - b);
      expect(seats).toEqual(Array.from({ length: seats.length }, (_, i) => i + 1));
    }
  });

  it('R-ARR-01 uses only rooms of the right kind, equipment and availability; a room serves one sitting at a time', () => {
    const input = baseInput(0, {
      sittings: [
        sittingOf({ id: 'K1', kind: 'skill', equipment: ['电工实训台'], candidates: candidatesOf('K1-', 25) }),
        sittingOf({ id: 'T1', candidates: candidatesOf('T1-', 50) }),
        sittingOf({ id: 'T2', start: 9 * 60, end: 11 * 60, candidates: candidatesOf('T2-', 20) }),
      ],
      rooms: [
        ...theoryRooms(4),
        { id: 'K-A', siteId: 'S1', kind: 'skill', capacity: 30, equipment: ['钳工台'] },
        {
          id: 'K-B',
          siteId: 'S1',
          kind: 'skill',
          capacity: 30,
          equipment: ['电工实训台'],
          unavailable: [{ day: EXAM_DAY, start: 8 * 60, end: 9 * 60 }],
        },
        { id: 'K-C', siteId: 'S1', kind: 'skill', capacity: 30, equipment: ['电工实训台', '钳工台'] },
        { id: 'R99', siteId: 'S2', kind: 'theory' },
      ],
      staff: [...siteStaff(14), ...['E1', 'E2', 'E3', 'E4', 'E5', 'E6', 'E7', 'E8', 'E9'].map((id) => examinerOf(id))],
    });
    const r = solveArrangement(input);
    expect(r.rooms.filter((x) => x.sittingId === 'K1').map((x) => x.roomId)).toEqual(['K-C']);
    const theory = r.rooms.filter((x) => x.sittingId !== 'K1').map((x) => x.roomId);
    expect(new Set(theory).size).toBe(theory.length);
    expect(theory.every((id) => id.startsWith('R0'))).toBe(true);
    expect(checkArrangement(input, r)).toEqual([]);
  });

  it('R-ARR-01 too few rooms: seats as many as possible and names the sitting and the fix', () => {
    const input = baseInput(70, { rooms: theoryRooms(2) });
    const r = solveArrangement(input);
    expect(r.seats).toHaveLength(60);
    const u = r.unmet.find((x) => x.rule === 'R-ARR-01')!;
    expect(u.sittingId).toBe('T1');
    expect(u.message).toContain('10 名考生未能安排座位');
    expect(u.fix).toContain('再提供 1 间');
    expect(rulesOf(checkArrangement(input, r))).toEqual(['R-ARR-01']);
  });

  it('R-ARR-02 two proctors per room, drawn by a lot anyone can redo from its seed', () => {
    const input = baseInput(45);
    const r = solveArrangement(input);
    for (const room of r.rooms) expect(room.proctorIds).toHaveLength(2);
    const lot = r.lots[0];
    const redo = shuffled(lot.draws.map((d) => d.staffId).sort(), seededRandom(lot.seed));
    expect(lot.draws.map((d) => d.staffId)).toEqual(redo);
    expect(lot.draws.map((d) => d.roomId)).toEqual([
      r.rooms[0].roomId,
      r.rooms[0].roomId,
      r.rooms[1].roomId,
      r.rooms[1].roomId,
    ]);
  });

  it('R-ARR-02 too few proctors: the shortage is listed with the sitting and the fix, and the checker finds the same', () => {
    const input = baseInput(90, { staff: [...siteStaff(5), ...['E1', 'E2', 'E3'].map((id) => examinerOf(id))] });
    const r = solveArrangement(input);
    const u = r.unmet.find((x) => x.rule === 'R-ARR-02')!;
    expect(u.sittingId).toBe('T1');
    expect(u.fix).toBe('再增加 1 名该时段空闲且与本场考生无回避关系的监考人员');
    expect(rulesOf(checkArrangement(input, r))).toEqual(['R-ARR-02']);
  });

  it('R-ARR-03 each site and time slot has 1 site head, 3 supervisors (valid certificate) and 2 exam staff', () => {
    const staff = siteStaff(8).map((s) =>
      s.id === 'SUP1' ? { ...s, supervisor: { certificateValidUntil: '2026-06-09', disqualified: false } } : s,
    );
    const input = baseInput(45, { staff: [...staff, ...['E1', 'E2', 'E3'].map((id) => examinerOf(id))] });
    const r = solveArrangement(input);
    expect(r.siteSlots).toHaveLength(1);
    const slot = r.siteSlots[0];
    expect(slot.siteHeadIds).toEqual(['H1']);
    expect([...slot.supervisorIds].sort()).toEqual(['SUP2', 'SUP3', 'SUP4']);
    expect(slot.examStaffIds).toHaveLength(2);
    expect(r.unmet).toEqual([]);
  });

  it('R-ARR-01/03 a sitting too large for its site spills into its extra site only then, and each site used gets its own site staff', () => {
    const twoSites = (n: number) =>
      baseInput(0, {
        sites: [
          { id: 'S1', name: '一号教学楼' },
          { id: 'S2', name: '二号教学楼' },
        ],
        sittings: [sittingOf({ id: 'T1', extraSiteIds: ['S2'], candidates: candidatesOf('T1-', n) })],
        rooms: [...theoryRooms(2, 'S1', 'A'), ...theoryRooms(3, 'S2', 'B')],
        staff: [
          ...siteStaff(10),
          staffOf('H2', ['site_head']),
          ...['SUP5', 'SUP6', 'SUP7'].map((id) => staffOf(id, ['supervisor'])),
          ...['ES4', 'ES5'].map((id) => staffOf(id, ['exam_staff'])),
          ...['E1', 'E2', 'E3'].map((id) => examinerOf(id)),
        ],
      });
    // 55 fit the own site's 2 rooms: the extra site is not used.
    const small = twoSites(55);
    const r1 = solveArrangement(small);
    expect(new Set(r1.rooms.map((x) => x.roomId.slice(0, 1)))).toEqual(new Set(['A']));
    expect(r1.siteSlots.map((x) => x.siteId)).toEqual(['S1']);
    expect(checkArrangement(small, r1)).toEqual([]);
    // 85 do not: 2 rooms of the own site and 1 of the extra one (= the lower bound), both sites fully staffed.
    const large = twoSites(85);
    const r2 = solveArrangement(large);
    expect(r2.unmet).toEqual([]);
    expect(r2.roomsUsed).toBe(3);
    expect(r2.roomsLowerBound).toBe(3);
    expect(r2.rooms.map((x) => x.roomId).sort()).toEqual(['A01', 'A02', 'B01']);
    expect(r2.siteSlots.map((x) => x.siteId).sort()).toEqual(['S1', 'S2']);
    for (const slot of r2.siteSlots) {
      expect([slot.siteHeadIds.length, slot.supervisorIds.length, slot.examStaffIds.length]).toEqual([1, 3, 2]);
      expect(slot.sittingIds).toEqual(['T1']);
    }
    const everyone = r2.siteSlots.flatMap((x) => [...x.siteHeadIds, ...x.supervisorIds, ...x.examStaffIds]);
    expect(new Set(everyone).size).toBe(everyone.length); // nobody at both sites at once
    expect(checkArrangement(large, r2)).toEqual([]);
    // The checker: without the second site's staff, R-ARR-03 is broken; a room of a site the sitting may not use breaks R-ARR-01.
    const withoutS2 = { ...r2, siteSlots: r2.siteSlots.filter((x) => x.siteId === 'S1') };
    expect(checkArrangement(large, withoutS2).map((v) => v.rule)).toContain('R-ARR-03');
    const noExtra = { ...large, sittings: [{ ...large.sittings[0], extraSiteIds: [] }] };
    expect(checkArrangement(noExtra, r2).map((v) => v.rule)).toContain('R-ARR-01');
    // Without the extra site the same sitting is short of rooms, named with its site.
    const r3 = solveArrangement(noExtra);
    expect(r3.unmet.find((u) => u.rule === 'R-ARR-01')?.message).toMatch(
      /一号教学楼.*25 名考生未能安排座位|25 名考生未能安排座位.*一号教学楼/,
    );
  });

  it('R-ARR-03 a missing supervisor is listed for every sitting of the slot', () => {
    const staff = siteStaff(16).filter((s) => s.id !== 'SUP3' && s.id !== 'SUP4');
    const input = baseInput(0, {
      sittings: [sittingOf({ id: 'T1' }), sittingOf({ id: 'T2', occupationCode: 'X', start: 9 * 60 })],
      staff: [
        ...staff,
        ...['E1', 'E2', 'E3'].map((id) => examinerOf(id)),
        ...['X1', 'X2', 'X3'].map((id) => examinerOf(id, { occupationCodes: ['X'] })),
      ],
    });
    const r = solveArrangement(input);
    expect(r.unmet.filter((u) => u.rule === 'R-ARR-03').map((u) => u.sittingId)).toEqual(['T1', 'T2']);
    expect(r.unmet[0].message).toContain('内部质量督导员缺 1 名');
    expect(
      checkArrangement(input, r)
        .map((v) => `${v.rule} ${v.sittingId}`)
        .sort(),
    ).toEqual(['R-ARR-03 T1', 'R-ARR-03 T2']);
  });

  it('R-ARR-04 a group of ≥3 covering every module with a leader of ≥1 year', () => {
    const input = baseInput(20, {
      sittings: [
        sittingOf({ id: 'K1', kind: 'skill', modules: ['安装', '调试'], candidates: candidatesOf('K1-', 20) }),
      ],
      rooms: [{ id: 'K-A', siteId: 'S1', kind: 'skill', capacity: 30 }],
      staff: [
        ...siteStaff(4),
        examinerOf('E1', { modules: ['安装'], firstExaminingYear: 2026 }),
        examinerOf('E2', { modules: [], firstExaminingYear: 2026 }),
        examinerOf('E3', { modules: [], firstExaminingYear: 2026 }),
        examinerOf('E4', { modules: ['调试'], firstExaminingYear: 2026 }),
        examinerOf('E5', { modules: [], firstExaminingYear: 2024 }),
      ],
    });
    const r = solveArrangement(input);
    const g = groupOf(r, 'K1');
    expect(g.examinerIds.length).toBeGreaterThanOrEqual(3);
    expect(g.leaderId).toBe('E5');
    expect(g.modules).toEqual([
      { module: '安装', examinerIds: ['E1'] },
      { module: '调试', examinerIds: ['E4'] },
    ]);
    expect(r.unmet).toEqual([]);
    expect(checkArrangement(input, r)).toEqual([]);
  });

  it('R-ARR-04 too few qualified examiners: names R-ARR-04, the sitting, why (R-ARR-05) and the fix', () => {
    const input = baseInput(20, {
      staff: [
        ...siteStaff(4),
        examinerOf('E1'),
        examinerOf('E2'),
        examinerOf('E3', { certificateValidUntil: '2026-06-09' }),
      ],
    });
    const r = solveArrangement(input);
    const u = r.unmet.find((x) => x.rule === 'R-ARR-04')!;
    expect(u.sittingId).toBe('T1');
    expect(u.message).toContain('R-ARR-05');
    expect(u.message).toContain('1 名证书在考试日不在有效期内');
    expect(u.fix).toBe('再增加 1 名具备电工三级资格（证书在 2026-06-10 有效）的考评员');
    expect(groupOf(r, 'T1').examinerIds.sort()).toEqual(['E1', 'E2']);
    expect(checkArrangement(input, r).map((v) => `${v.rule} ${v.sittingId}`)).toEqual(['R-ARR-04 T1']);
  });

  it('R-ARR-04 no examiner with a year of examining: no leader, listed with the fix', () => {
    const input = baseInput(20, {
      staff: [...siteStaff(4), ...['E1', 'E2', 'E3'].map((id) => examinerOf(id, { firstExaminingYear: 2026 }))],
    });
    const r = solveArrangement(input);
    expect(groupOf(r, 'T1').leaderId).toBeNull();
    expect(r.unmet.map((u) => u.rule)).toEqual(['R-ARR-04']);
    expect(r.unmet[0].fix).toContain('1 年以上');
  });

  it('R-ARR-05 a standard examiner is not put on a level-2 batch; the checker refuses it', () => {
    const input = baseInput(20, {
      sittings: [sittingOf({ id: 'T1', levels: [2], candidates: candidatesOf('T1-', 20) })],
      staff: [
        ...siteStaff(4),
        examinerOf('STD', { grade: 'standard' }),
        ...['S1', 'S2', 'S3'].map((id) => examinerOf(id, { grade: 'senior' })),
      ],
    });
    const r = solveArrangement(input);
    expect(groupOf(r, 'T1').examinerIds.sort()).toEqual(['S1', 'S2', 'S3']);
    expect(checkArrangement(input, r)).toEqual([]);
    expect(rulesOf(checkArrangement(input, withGroup(r, 'T1', ['S1', 'S2', 'STD'])))).toEqual(['R-ARR-05']);
  });

  it('R-ARR-05 a certificate that expired the day before the exam is refused; one valid through the exam day is fine', () => {
    const input = baseInput(20, {
      staff: [
        ...siteStaff(4),
        examinerOf('OLD', { certificateValidUntil: '2026-06-09' }),
        examinerOf('E1', { certificateValidUntil: EXAM_DAY }),
        examinerOf('E2'),
        examinerOf('E3'),
      ],
    });
    const r = solveArrangement(input);
    expect(groupOf(r, 'T1').examinerIds).not.toContain('OLD');
    expect(groupOf(r, 'T1').examinerIds).toContain('E1');
    expect(checkArrangement(input, withGroup(r, 'T1', ['E1', 'E2', 'OLD'])).map((v) => v.rule)).toEqual(['R-ARR-05']);
  });

  it('R-ARR-05 a dismissed examiner is refused', () => {
    const input = baseInput(20, {
      staff: [
        ...siteStaff(4),
        examinerOf('GONE', { dismissed: true }),
        ...['E1', 'E2', 'E3'].map((id) => examinerOf(id)),
      ],
    });
    const r = solveArrangement(input);
    expect(groupOf(r, 'T1').examinerIds).not.toContain('GONE');
    expect(rulesOf(checkArrangement(input, withGroup(r, 'T1', ['E1', 'E2', 'GONE'])))).toEqual(['R-ARR-05']);
  });

  it('R-ARR-06 a fourth consecutive time is refused', () => {
    const history = { previousGroups: [], consecutiveRounds: { E4: 3, E1: 2 } };
    const input = baseInput(20, {
      staff: [...siteStaff(4), ...['E1', 'E2', 'E3', 'E4'].map((id) => examinerOf(id))],
      history,
    });
    const r = solveArrangement(input);
    expect(groupOf(r, 'T1').examinerIds.sort()).toEqual(['E1', 'E2', 'E3']);
    expect(checkArrangement(input, withGroup(r, 'T1', ['E1', 'E2', 'E4'])).map((v) => v.rule)).toEqual(['R-ARR-06']);
    // Only three, one of them at its limit: the group is short, and the message says why.
    const short = solveArrangement({ ...input, staff: input.staff.filter((s) => s.id !== 'E3') });
    expect(short.unmet.find((u) => u.rule === 'R-ARR-04')!.message).toContain('1 名已连续考评满 3 次（R-ARR-06）');
  });

  it('R-ARR-06 previous group A,B,C → A,B,C is refused: listed when no one else qualifies, changed when others do', () => {
    const history = {
      previousGroups: [{ occupationCode: '6-31-01-03', examinerIds: ['A', 'B', 'C'] }],
      consecutiveRounds: {},
    };
    const only = baseInput(20, { staff: [...siteStaff(4), ...['A', 'B', 'C'].map((id) => examinerOf(id))], history });
    const r1 = solveArrangement(only);
    expect(groupOf(r1, 'T1').examinerIds.sort()).toEqual(['A', 'B', 'C']);
    const u = r1.unmet.find((x) => x.rule === 'R-ARR-06')!;
    expect(u.sittingId).toBe('T1');
    expect(u.fix).toContain('以 1 名未参加上一批次电工考评');
    expect(checkArrangement(only, r1).map((v) => `${v.rule} ${v.sittingId}`)).toEqual(['R-ARR-06 T1']);

    const more = baseInput(20, {
      staff: [...siteStaff(4), ...['A', 'B', 'C', 'D'].map((id) => examinerOf(id))],
      history,
    });
    const r2 = solveArrangement(more);
    const g = groupOf(r2, 'T1');
    expect(g.examinerIds).toContain('D');
    expect(g.changedIds).toEqual(['D']);
    expect(g.changedRequired).toBe(1);
    expect(r2.unmet).toEqual([]);
    expect(checkArrangement(more, r2)).toEqual([]);
  });

  it('R-ARR-06 checker: 6 examiners with 2 changed are accepted, with 1 changed refused', () => {
    const prev = ['A', 'B', 'C', 'D', 'E', 'F'];
    const history = { previousGroups: [{ occupationCode: '6-31-01-03', examinerIds: prev }], consecutiveRounds: {} };
    const input = baseInput(20, {
      staff: [...siteStaff(4), ...[...prev, 'N1', 'N2'].map((id) => examinerOf(id))],
      history,
    });
    const r = solveArrangement(input);
    const rotation = (ids: string[]) =>
      checkArrangement(input, withGroup(r, 'T1', ids)).filter((v) => v.rule === 'R-ARR-06');
    expect(rotation(['A', 'B', 'C', 'D', 'N1', 'N2'])).toEqual([]);
    expect(rotation(['A', 'B', 'C', 'D', 'E', 'N1'])).toHaveLength(1);
  });

  it('R-ARR-07 a supervisor never examines in the sitting it supervises, but may in another sitting of the batch', () => {
    // SV may supervise and examine; the batch has a theory sitting in the morning and a skill sitting after lunch.
    const sv = staffOf('SV', ['supervisor', 'examiner'], { examiner: examinerOf('x').examiner });
    const input = baseInput(0, {
      sittings: [
        sittingOf({ id: 'T1', candidates: candidatesOf('T1-', 20) }),
        sittingOf({ id: 'K1', kind: 'skill', start: 14 * 60, end: 16 * 60, candidates: candidatesOf('T1-', 20) }),
      ],
      rooms: [...theoryRooms(1), { id: 'K-A', siteId: 'S1', kind: 'skill', capacity: 30 }],
      staff: [...siteStaff(4), sv, ...['E1', 'E2', 'E3'].map((id) => examinerOf(id))],
    });
    const r = solveArrangement(input);
    expect(checkArrangement(input, r)).toEqual([]);
    // Hand edits: SV supervises the morning slot and examines `examines`; the other group is E1, E2, E3.
    const edit = (examines: 'T1' | 'K1'): ArrangementResult => ({
      ...r,
      examinerGroups: r.examinerGroups.map((g) => ({
        ...g,
        examinerIds: g.sittingId === examines ? ['E1', 'E2', 'SV'] : ['E1', 'E2', 'E3'],
        leaderId: 'E1',
      })),
      siteSlots: r.siteSlots.map((slot) => {
        const others = slot.supervisorIds.filter((id) => id !== 'SV');
        return { ...slot, supervisorIds: slot.sittingIds.includes('T1') ? ['SV', ...others.slice(0, 2)] : others };
      }),
    });
    expect(checkArrangement(input, edit('T1')).map((v) => v.rule)).toContain('R-ARR-07');
    expect(checkArrangement(input, edit('K1')).filter((v) => v.rule === 'R-ARR-07' || v.rule === 'R-ARR-09')).toEqual(
      [],
    );
  });

  it('R-ARR-08 a class teacher of a candidate gets no duty in that sitting; the checker refuses a hand edit that adds one', () => {
    const input = baseInput(20, {
      staff: [
        ...siteStaff(4),
        ...['E1', 'E2', 'E3', 'TEACHER'].map((id) =>
          examinerOf(id, {}, id === 'TEACHER' ? { duties: ['examiner', 'proctor', 'supervisor'] } : {}),
        ),
      ],
      conflicts: [{ staffPersonId: 'person-TEACHER', candidatePersonId: 'p-T1-007', relation: 'teacher' }],
    });
    const r = solveArrangement(input);
    const everyone = [
      ...r.rooms.flatMap((x) => x.proctorIds),
      ...r.examinerGroups.flatMap((g) => g.examinerIds),
      ...r.siteSlots.flatMap((s) => [...s.siteHeadIds, ...s.supervisorIds, ...s.examStaffIds]),
    ];
    expect(everyone).not.toContain('TEACHER');
    expect(checkArrangement(input, r)).toEqual([]);
    expect(rulesOf(checkArrangement(input, withGroup(r, 'T1', ['E1', 'E2', 'TEACHER'])))).toEqual(['R-ARR-08']);
  });

  it('R-ARR-09 nobody is in two places at once; the checker refuses a person in two overlapping sittings', () => {
    const input = baseInput(0, {
      sittings: [sittingOf({ id: 'T1' }), sittingOf({ id: 'T2', start: 9 * 60, end: 11 * 60 })],
      staff: [...siteStaff(8), ...['E1', 'E2', 'E3', 'E4', 'E5', 'E6'].map((id) => examinerOf(id))],
    });
    const r = solveArrangement(input);
    expect(r.unmet).toEqual([]);
    expect(checkArrangement(input, r)).toEqual([]);
    const a = groupOf(r, 'T1').examinerIds;
    const b = groupOf(r, 'T2').examinerIds;
    expect(a.filter((id) => b.includes(id))).toEqual([]);
    expect(rulesOf(checkArrangement(input, withGroup(r, 'T2', [a[0], ...b.slice(1)])))).toEqual(['R-ARR-09']);
  });

  it('R-ARR-09 same input and seed give the same result; another seed draws another lot', () => {
    const input = (seed: string): ArrangementInput =>
      baseInput(120, {
        seed,
        rooms: theoryRooms(6),
        staff: [...siteStaff(20), ...['E1', 'E2', 'E3', 'E4', 'E5', 'E6'].map((id) => examinerOf(id))],
      });
    expect(solveArrangement(input('a'))).toEqual(solveArrangement(input('a')));
    expect(solveArrangement(input('a')).lots).not.toEqual(solveArrangement(input('b')).lots);
  });

  it('R-ARR-09 spreads the workload: everyone within ±1 of the average when the staff are interchangeable', () => {
    const sittings = Array.from({ length: 6 }, (_, i) =>
      sittingOf({
        id: `T${i + 1}`,
        start: 8 * 60 + i * 120,
        end: 9 * 60 + 30 + i * 120,
        candidates: candidatesOf(`T${i + 1}-`, 55),
      }),
    );
    const all = ['proctor', 'site_head', 'supervisor', 'exam_staff', 'examiner'] as const;
    const staff = Array.from({ length: 20 }, (_, i) =>
      examinerOf(`M${String(i).padStart(2, '0')}`, {}, { duties: [...all] }),
    );
    const input = baseInput(0, { sittings, staff });
    const r = solveArrangement(input);
    expect(r.unmet).toEqual([]);
    expect(checkArrangement(input, r)).toEqual([]);
    expect(r.workload.withinOneShare).toBe(1);
    expect(r.workload.max - r.workload.min).toBeLessThanOrEqual(2);
  });
});
