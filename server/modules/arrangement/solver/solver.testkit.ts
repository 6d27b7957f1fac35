import type {
  ArrangementCandidate,
  ArrangementInput,
  ArrangementRoom,
  ArrangementSitting,
  ArrangementStaff,
  ExaminerFacts,
  StaffDuty,
} from './types.js';

/** Small hand-made instances for the arrangement tests (plain data, no database). */

export const EXAM_DAY = '2026-06-10';
export const ELECTRICIAN = '6-31-01-03';

/** `n` candidates `${prefix}01…`, spread over colleges by the given sizes (or all in college c1). */
export function candidatesOf(prefix: string, sizes: number[] | number): ArrangementCandidate[] {
  const list = typeof sizes === 'number' ? [sizes] : sizes;
  const out: ArrangementCandidate[] = [];
  list.forEach((n, k) => {
    for (let i = 0; i < n; i++) {
      const id = `${prefix}${String(out.length + 1).padStart(3, '0')}`;
      out.push({ id, personId: `p-${id}`, collegeId: `c${k + 1}` });
    }
  });
  return out;
}

export function sittingOf(over: Partial<ArrangementSitting> & { id: string }): ArrangementSitting {
  return {
    batchId: 'b1',
    siteId: 'S1',
    kind: 'theory',
    day: EXAM_DAY,
    start: 8 * 60 + 30,
    end: 10 * 60,
    occupationCode: ELECTRICIAN,
    occupationName: '电工',
    levels: [3],
    modules: [],
    candidates: candidatesOf(`${over.id}-`, 20),
    ...over,
  };
}

export function theoryRooms(count: number, siteId = 'S1', prefix = 'R'): ArrangementRoom[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `${prefix}${String(i + 1).padStart(2, '0')}`,
    siteId,
    kind: 'theory' as const,
  }));
}

export function staffOf(id: string, duties: StaffDuty[], over: Partial<ArrangementStaff> = {}): ArrangementStaff {
  return { id, personId: `person-${id}`, name: id, duties, ...over };
}

export function examinerOf(
  id: string,
  facts: Partial<ExaminerFacts> = {},
  over: Partial<ArrangementStaff> = {},
): ArrangementStaff {
  return staffOf(id, ['examiner'], {
    examiner: {
      grade: 'standard',
      occupationCodes: [ELECTRICIAN],
      modules: [],
      certificateValidUntil: '2028-12-31',
      dismissed: false,
      firstExaminingYear: 2020,
      ...facts,
    },
    ...over,
  });
}

/** Site staff for one slot (1 head, 4 supervisors, 3 exam staff) and `proctors` proctors. */
export function siteStaff(proctors: number): ArrangementStaff[] {
  return [
    staffOf('H1', ['site_head']),
    ...['SUP1', 'SUP2', 'SUP3', 'SUP4'].map((id) =>
      staffOf(id, ['supervisor'], { supervisor: { certificateValidUntil: '2028-01-01', disqualified: false } }),
    ),
    ...['ES1', 'ES2', 'ES3'].map((id) => staffOf(id, ['exam_staff'])),
    ...Array.from({ length: proctors }, (_, i) => staffOf(`P${String(i + 1).padStart(2, '0')}`, ['proctor'])),
  ];
}

/** A feasible instance: one 电工 level-3 theory sitting of `n` candidates, rooms, site staff and 5 examiners. */
export function baseInput(n = 45, over: Partial<ArrangementInput> = {}): ArrangementInput {
  return {
    seed: 'test-seed',
    sites: [{ id: 'S1', name: '一号教学楼' }],
    sittings: [sittingOf({ id: 'T1', candidates: candidatesOf('T1-', n) })],
    rooms: theoryRooms(4),
    staff: [...siteStaff(8), ...['E1', 'E2', 'E3', 'E4', 'E5'].map((id) => examinerOf(id))],
    conflicts: [],
    history: { previousGroups: [], consecutiveRounds: {} },
    ...over,
  };
}
