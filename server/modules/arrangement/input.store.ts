import { createHash } from 'node:crypto';
import { asc, desc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { arrangementRuns, examRooms, examSites, roomUnavailability } from '../../db/schema/index.js';
import { AppError, notFound } from '../../http/errors.js';
import { batchStateNames, type Batch } from '../../../shared/plans.js';
import { conflictsBetween } from '../people/conflicts.service.js';
import { isBarredFromExamDuty } from '../people/misconduct.service.js';
import { findBatch } from '../plans/batch.service.js';
import { sittingsOfBatches } from '../plans/plans.reads.js';
import { eligibleExaminers, examDutyStaff, personsByIds } from '../people/people.reads.js';
import { approvedCandidatesOfBatches, takesPart } from '../registration/registration.reads.js';
import { moduleKey } from './solver/text.js';
import { lapsedInstrumentsOfRooms } from '../equipment/equipment.reads.js';
import type { SittingSetup, StoredInput } from './arrangement.types.js';

export type { SittingSetup, StoredInput };
import type {
  ArrangementConflict,
  ArrangementHistory,
  ArrangementInput,
  ArrangementRoom,
  ArrangementSitting,
  ArrangementStaff,
  StaffDuty,
} from './solver/types.js';
import { chinaToday } from '../../../shared/dates.js';
import { addDays } from '../../../shared/dates.js';

/**
 * Builds the solver's input (arrangement.types.ts) from the database: the batches' sittings and their arrangeable
 * candidates, the sites and rooms, the staff with every duty each may take (qualifications through the people
 * module), the conflicts, and the rotation and workload history of earlier published arrangements.
 */

export const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** R-ARR-01: arrangement starts after registration closes (H 考场编排 §1–2): the review is done, or the window is over. */
export function assertArrangeable(b: Batch, today: string): void {
  if (b.state === 'reviewed') return;
  if (b.state === 'registering') {
    if (b.registrationClosesOn < today) return;
    throw new AppError(
      'CONFLICT',
      `R-ARR-01：批次“${b.title}”报名尚未截止（截止日期 ${b.registrationClosesOn}），报名结束后才能编排考场`,
      { rule: 'R-ARR-01' },
    );
  }
  if (b.state === 'draft' || b.state === 'filed')
    throw new AppError(
      'CONFLICT',
      `R-ARR-01：批次“${b.title}”当前为“${batchStateNames[b.state]}”，尚未报名，不能编排考场`,
      { rule: 'R-ARR-01' },
    );
  throw new AppError('CONFLICT', `批次“${b.title}”当前为“${batchStateNames[b.state]}”，编排已发布，不能重新编排`, {
    state: b.state,
  });
}

export async function loadBatches(db: DbOrTx, batchIds: string[]): Promise<Batch[]> {
  const out: Batch[] = [];
  for (const id of [...new Set(batchIds)]) {
    const b = await findBatch(db, id);
    if (!b) throw notFound('认定批次');
    out.push(b);
  }
  return out;
}

/** The default site of a sitting: the active site whose name appears in the sitting's place, else the first. */
function defaultSite(place: string, sites: { id: string; name: string }[]): string | null {
  const named = sites.find((s) => place.includes(s.name) || s.name.includes(place));
  return (named ?? sites[0])?.id ?? null;
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The input of a run of `batches`, from the database now; `setups` and `seed` as asked (or as the run stored them). */
export async function buildInput(
  db: DbOrTx,
  opts: { batches: Batch[]; setups?: SittingSetup[] | null; seed?: string | null; excludeRunId?: string },
): Promise<StoredInput> {
  const batchIds = opts.batches.map((b) => b.id);
  const siteRows = await db.select().from(examSites).where(eq(examSites.active, true)).orderBy(asc(examSites.name));
  if (!siteRows.length)
    throw new AppError('VALIDATION', '尚未登记考点和考场，请先在“考场编排 › 考点与考场”中登记', [
      { field: 'sites', message: '尚未登记考点' },
    ]);
  const roomRows = await db.select().from(examRooms).where(eq(examRooms.active, true));
  const off = roomRows.length
    ? await db
        .select()
        .from(roomUnavailability)
        .where(
          inArray(
            roomUnavailability.roomId,
            roomRows.map((r) => r.id),
          ),
        )
    : [];
  const sittingRows = (await sittingsOfBatches(db, batchIds)).filter((s) => s.kind === 'theory' || s.kind === 'skill');

  // Setups: asked for, else default by the place's name.
  const asked = new Map((opts.setups ?? []).map((s) => [s.sittingId, s]));
  for (const s of opts.setups ?? []) {
    if (!sittingRows.some((r) => r.id === s.sittingId))
      throw new AppError('VALIDATION', '场次：不属于所选批次', [
        { field: 'sittings', message: '场次：不属于所选批次' },
      ]);
    if (!siteRows.some((r) => r.id === s.siteId))
      throw new AppError('VALIDATION', '考点：不存在或已停用', [
        { field: 'sittings', message: '考点：不存在或已停用' },
      ]);
    if ((s.extraSiteIds ?? []).some((x) => !siteRows.some((r) => r.id === x)))
      throw new AppError('VALIDATION', '备用考点：不存在或已停用', [
        { field: 'sittings', message: '备用考点：不存在或已停用' },
      ]);
  }
  const setups: SittingSetup[] = sittingRows.map(
    (s) => asked.get(s.id) ?? { sittingId: s.id, siteId: defaultSite(s.place, siteRows)! },
  );

  // Candidates: approved and paid (or free) applications (R-FEE-01 / R-ARR-11), with their college for grouping.
  const approved = await approvedCandidatesOfBatches(db, batchIds);
  const collegeOfPerson = new Map(
    (
      await personsByIds(
        db,
        approved.map((a) => a.personId),
      )
    ).map((p) => [p.id, p.collegeId]),
  );
  const apps = approved.map((a) => ({ ...a, personCollege: collegeOfPerson.get(a.personId) ?? null }));

  const sittings: ArrangementSitting[] = sittingRows
    .map((s) => {
      const b = opts.batches.find((x) => x.id === s.batchId)!;
      const setup = setups.find((x) => x.sittingId === s.id)!;
      return {
        id: s.id,
        batchId: s.batchId,
        siteId: setup.siteId,
        ...(setup.extraSiteIds?.some((x) => x !== setup.siteId)
          ? { extraSiteIds: [...new Set(setup.extraSiteIds.filter((x) => x !== setup.siteId))] }
          : {}),
        kind: s.kind as 'theory' | 'skill',
        ...(setup.roomKind ? { roomKind: setup.roomKind } : {}),
        ...(setup.equipment?.length ? { equipment: setup.equipment } : {}),
        day: s.day,
        start: minutesOf(s.startsAt),
        end: minutesOf(s.endsAt),
        occupationCode: b.code,
        occupationName: b.jobName ? `${b.occupationName}（${b.jobName}）` : b.occupationName,
        levels: [...b.levels].sort((x, y) => y - x),
        modules: s.modules.map((m) => moduleKey(b.code, m)), // R-ARR-04
        candidates: apps
          .filter((a) => a.batchId === s.batchId && takesPart(a, s.kind)) // R-SCORE-03: a part-only seat
          .map((a) => ({ id: a.id, personId: a.personId, collegeId: a.collegeId ?? a.personCollege ?? 'social' })),
      };
    })
    .sort((a, b) =>
      a.day + String(a.start).padStart(4, '0') + a.id < b.day + String(b.start).padStart(4, '0') + b.id ? -1 : 1,
    );
  const firstDay = sittings.map((s) => s.day).sort()[0] ?? chinaToday();

  const rooms: ArrangementRoom[] = roomRows
    .map((r) => ({
      id: r.id,
      siteId: r.siteId,
      name: r.name,
      kind: r.kind,
      capacity: r.kind === 'theory' ? r.capacity : (r.stations ?? r.capacity),
      equipment: [...r.equipment].sort(),
      unavailable: off
        .filter((u) => u.roomId === r.id)
        .map((u) => ({ day: u.day, start: minutesOf(u.startsAt), end: minutesOf(u.endsAt) })),
    }))
    .sort(byId);
  await excludeLapsedInstrumentRooms(db, sittings, rooms);

  const staff = await loadStaff(db, opts.batches, firstDay, siteRows);
  const candidatePersons = [...new Set(apps.map((a) => a.personId))];
  const conflicts: ArrangementConflict[] = (
    await conflictsBetween(
      db,
      staff.map((s) => s.personId),
      candidatePersons,
    )
  )
    .map((c) => ({ staffPersonId: c.staffPersonId, candidatePersonId: c.candidatePersonId, relation: c.relation }))
    .sort((a, b) => (a.staffPersonId + a.candidatePersonId < b.staffPersonId + b.candidatePersonId ? -1 : 1));
  const { history, workload } = await loadHistory(db, {
    batchIds,
    firstDay,
    occupationCodes: [...new Set(sittings.map((s) => s.occupationCode))],
    excludeRunId: opts.excludeRunId,
  });
  for (const st of staff) {
    const w = workload.get(st.id);
    st.recentDuties = w?.duties ?? 0;
    st.lastServedOn = w?.last ?? null;
  }

  const base = {
    sites: siteRows.map((s) => ({ id: s.id, name: s.name })),
    sittings,
    rooms,
    staff,
    conflicts,
    history,
  };
  return {
    seed: opts.seed || inputHash(base).slice(0, 8),
    ...base,
    setups,
    meta: {
      batchTitles: Object.fromEntries(opts.batches.map((b) => [b.id, b.title])),
      times: Object.fromEntries(sittingRows.map((s) => [s.id, { startsAt: s.startsAt, endsAt: s.endsAt }])),
    },
  };
}

/**
 * R-EQ-03: a skill sitting does not use a room holding a measuring instrument of its occupation whose calibration
 * is not valid on the sitting's day (the equipment ledger decides which are lapsed).
 */
async function excludeLapsedInstrumentRooms(db: DbOrTx, sittings: ArrangementSitting[], rooms: ArrangementRoom[]) {
  const roomIds = rooms.map((r) => r.id);
  const roomName = new Map(rooms.map((r) => [r.id, r.name ?? r.id]));
  for (const day of [...new Set(sittings.filter((s) => s.kind === 'skill').map((s) => s.day))]) {
    const lapsed = await lapsedInstrumentsOfRooms(db, { roomIds, day });
    for (const s of sittings.filter((x) => x.kind === 'skill' && x.day === day)) {
      const excluded = lapsed
        .filter((i) => i.occupationCode === s.occupationCode)
        .map((i) => ({
          roomId: i.roomId,
          reason: `考场「${roomName.get(i.roomId)}」的计量器具「${i.name}」检定有效期至 ${i.calibrationDueOn}，考试日 ${day} 已过期，不能使用`,
        }));
      if (excluded.length) s.excludedRooms = excluded;
    }
  }
}

/** The hash of what the solver reads (everything but the seed): same hash + same seed ⇒ same result. */
export function inputHash(input: Omit<ArrangementInput, 'seed'> & { seed?: string }): string {
  const { sites, sittings, rooms, staff, conflicts, history, settings } = input;
  return createHash('sha256')
    .update(JSON.stringify({ sites, sittings, rooms, staff, conflicts, history, settings }))
    .digest('hex');
}

/** The solver's part of a stored input. */
export function solverInput(s: StoredInput): ArrangementInput {
  const { sites, sittings, rooms, staff, conflicts, history, settings, seed } = s;
  return { seed, sites, sittings, rooms, staff, conflicts, history, ...(settings ? { settings } : {}) };
}

/**
 * Every person who may take an exam duty, with each duty (staff id = person id, stable across runs):
 * examiners qualified for the batches' occupations (R-PPL-04 via `eligibleExaminers`; grade, certificate and
 * dismissal as facts for R-ARR-05), supervisors (R-PPL-06), proctors and exam staff, each site's appointed head.
 * R-PPL-10: anyone with a standing misconduct record takes no duty.
 */
async function loadStaff(
  db: DbOrTx,
  batches: Batch[],
  firstDay: string,
  sites: (typeof examSites.$inferSelect)[],
): Promise<ArrangementStaff[]> {
  const byPerson = new Map<string, ArrangementStaff>();
  const get = (personId: string) => {
    let st = byPerson.get(personId);
    if (!st) byPerson.set(personId, (st = { id: personId, personId, name: '', duties: [] }));
    return st;
  };
  const give = (st: ArrangementStaff, d: StaffDuty) => {
    if (!st.duties.includes(d)) st.duties.push(d);
  };

  // R-PPL-04: who is qualified for each occupation (any of the batch's levels; R-PPL-05 per sitting in the solver).
  const qualified = new Map<string, Set<string>>(); // examiner id → occupation codes
  for (const b of batches)
    for (const level of b.levels) {
      const on = b.firstSittingDay ?? firstDay;
      for (const e of await eligibleExaminers(db, { edition: b.edition, occupationCode: b.code, level, on }))
        qualified.set(e.examinerId, (qualified.get(e.examinerId) ?? new Set()).add(b.code));
    }
  const codesAsked = [...new Set(batches.map((b) => b.code))];
  const onRecord = await examDutyStaff(db, { occupationCodes: codesAsked });
  for (const e of onRecord.examiners) {
    const codes = qualified.get(e.id);
    if (!codes) continue;
    // R-ARR-04: the modules it can examine, of the occupations it is qualified for here.
    const modules = e.occupations
      .filter((r) => codes.has(r.occupationCode))
      .flatMap((r) => r.modules.map((m) => moduleKey(r.occupationCode, m)));
    const st = get(e.personId);
    give(st, 'examiner');
    st.examiner = {
      grade: e.grade,
      occupationCodes: [...codes].sort(),
      modules: [...new Set(modules)].sort(),
      certificateIssuedOn: e.certificateIssuedOn,
      certificateValidUntil: e.certificateValidUntil,
      dismissed: e.dismissed,
      firstExaminingYear: e.firstExaminingYear,
    };
  }
  for (const s of onRecord.supervisors) {
    const st = get(s.personId);
    give(st, 'supervisor');
    st.supervisor = { certificateValidUntil: s.certificateValidUntil, disqualified: s.disqualified };
  }
  for (const x of onRecord.examStaff) {
    const st = get(x.personId);
    if (x.role === 'proctor') give(st, 'proctor');
    else {
      give(st, 'exam_staff');
      give(st, 'site_head'); // exam staff may also lead a site (考场负责人) when no head is appointed
    }
  }
  for (const s of sites) if (s.headPersonId) give(get(s.headPersonId), 'site_head');

  const names = new Map((await personsByIds(db, [...byPerson.keys()])).map((p) => [p.id, p.name]));
  const out: ArrangementStaff[] = [];
  for (const st of byPerson.values()) {
    if (await isBarredFromExamDuty(db, st.personId)) continue; // R-PPL-10
    st.name = names.get(st.personId) ?? st.personId;
    st.duties.sort();
    out.push(st);
  }
  return out.sort(byId);
}

/**
 * R-ARR-06 history and the workload history, from earlier published runs (by first day): the previous group of
 * each occupation, how many rounds in a row each examiner has examined at the centre up to now, and each person's
 * duties in the year before (and the last day served) to prefer the rested.
 */
async function loadHistory(
  db: DbOrTx,
  o: { batchIds: string[]; firstDay: string; occupationCodes: string[]; excludeRunId?: string },
) {
  const runs = (
    await db
      .select()
      .from(arrangementRuns)
      .where(eq(arrangementRuns.status, 'published'))
      .orderBy(desc(arrangementRuns.firstDay), desc(arrangementRuns.createdAt))
  ).filter(
    (r) => r.id !== o.excludeRunId && r.firstDay < o.firstDay && !r.batchIds.some((id) => o.batchIds.includes(id)),
  );
  const previousGroups: ArrangementHistory['previousGroups'] = [];
  for (const code of o.occupationCodes) {
    for (const r of runs) {
      const input = r.input;
      const result = r.result;
      const sittingIds = new Set(input.sittings.filter((s) => s.occupationCode === code).map((s) => s.id));
      const ids = [
        ...new Set(result.examinerGroups.filter((g) => sittingIds.has(g.sittingId)).flatMap((g) => g.examinerIds)),
      ].sort();
      if (ids.length) {
        previousGroups.push({ occupationCode: code, examinerIds: ids });
        break;
      }
    }
  }
  // Consecutive rounds: walk back from the latest run while the examiner examined in each.
  const consecutiveRounds: Record<string, number> = {};
  const examinersOf = runs.map((r) => new Set(r.result.examinerGroups.flatMap((g) => g.examinerIds)));
  for (const id of new Set(examinersOf.flatMap((s) => [...s]))) {
    let n = 0;
    while (n < examinersOf.length && examinersOf[n].has(id)) n++;
    if (n) consecutiveRounds[id] = n;
  }
  const since = addDays(o.firstDay, -365);
  const workload = new Map<string, { duties: number; last: string | null }>();
  const served = (id: string, day: string) => {
    const w = workload.get(id) ?? { duties: 0, last: null };
    w.duties++;
    if (!w.last || day > w.last) w.last = day;
    workload.set(id, w);
  };
  for (const r of runs) {
    if (r.firstDay < since) continue;
    const input = r.input;
    const result = r.result;
    const dayOf = new Map(input.sittings.map((s) => [s.id, s.day]));
    for (const g of result.examinerGroups)
      for (const id of g.examinerIds) served(id, dayOf.get(g.sittingId) ?? r.firstDay);
    for (const room of result.rooms)
      for (const id of room.proctorIds) served(id, dayOf.get(room.sittingId) ?? r.firstDay);
    for (const slot of result.siteSlots)
      for (const id of [...slot.siteHeadIds, ...slot.supervisorIds, ...slot.examStaffIds]) served(id, slot.day);
  }
  return { history: { previousGroups, consecutiveRounds }, workload };
}
