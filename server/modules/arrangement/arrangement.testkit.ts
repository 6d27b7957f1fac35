import { eq } from 'drizzle-orm';
import { applications, batches, colleges, persons, users } from '../../db/schema/index.js';
import type { ArrangementView } from '../../../shared/arrangement.js';
import type { BatchState } from '../../../shared/plans.js';
import type { TestApp, TestClient } from '../../test/harness.js';
import { personFor } from '../people/people.testkit.js';
import { batchBodyFor, okJson } from '../plans/plans.testkit.js';
import type { ArrangementResult, StoredInput } from './arrangement.types.js';

/**
 * Database-backed data of the arrangement API tests (not a test file): sites and rooms, a 电工 batch with
 * approved and paid applications written directly, and the centre's staff registered through the people API.
 */

export const EXAM_DAY = '2027-03-10';
let seq = 301;

export async function collegeIdsOf(t: TestApp) {
  const cs = await t.database.db.select().from(colleges);
  return { JD: cs.find((c) => c.code === 'JD')!.id, XX: cs.find((c) => c.code === 'XX')!.id };
}

/** Two sites named as the test batch's places: 信息楼 (3 theory rooms of 30) and 实训楼 (2 skill rooms of 30). */
export async function makeVenues(staff: TestClient) {
  const theory = await okJson(staff.post('/api/v1/sites', { name: '信息楼', address: '校本部' }));
  const skill = await okJson(staff.post('/api/v1/sites', { name: '实训楼', address: '校本部' }));
  const rooms: string[] = [];
  for (const name of ['201', '202', '203'])
    rooms.push(
      (await okJson(staff.post('/api/v1/rooms', { siteId: theory.id, name, kind: 'theory', capacity: 30 }))).id,
    );
  for (const name of ['A1 电工实训室', 'A2 电工实训室'])
    rooms.push(
      (
        await okJson(
          staff.post('/api/v1/rooms', {
            siteId: skill.id,
            name,
            kind: 'skill',
            capacity: 30,
            stations: 30,
            equipment: ['电工实训台'],
          }),
        )
      ).id,
    );
  return { theorySite: theory.id as string, skillSite: skill.id as string, rooms };
}

/** A 电工 level-4 batch of JD (theory 09:00 and skill 14:00 on EXAM_DAY), put in `state` directly. */
export async function makeBatch(t: TestApp, admin: TestClient, collegeId: string, state: BatchState = 'reviewed') {
  const b = await okJson(
    admin.post('/api/v1/batches', batchBodyFor(collegeId, { examDay: EXAM_DAY, title: `电工编排测试 ${seq++}` })),
  );
  await t.database.db.update(batches).set({ state }).where(eq(batches.id, b.id));
  return b.id as string;
}

/** A candidate person written directly (the ID columns are placeholders; these tests never read them). */
export async function makeCandidate(t: TestApp, name: string, collegeId: string | null) {
  const n = seq++;
  const [p] = await t.database.db
    .insert(persons)
    .values({
      name,
      gender: 'male',
      idType: 'resident',
      idCipher: `c${n}`,
      idHash: `arr-test-${n}-${Math.random()}`,
      idMasked: '4101**********0000',
      kind: collegeId ? 'student' : 'social',
      collegeId,
    })
    .returning();
  return p.id;
}

type NewApplication = typeof applications.$inferInsert;

export async function makeApplication(
  t: TestApp,
  o: {
    batchId: string;
    personId: string;
    collegeId: string | null;
    status?: NewApplication['status'];
    feeStatus?: NewApplication['feeStatus'];
  },
) {
  const [a] = await t.database.db
    .insert(applications)
    .values({
      batchId: o.batchId,
      personId: o.personId,
      collegeId: o.collegeId,
      level: 4,
      status: o.status ?? 'approved',
      feeStatus: o.feeStatus ?? 'paid',
      feeDue: '150',
      source: 'import',
    })
    .returning();
  return a.id;
}

/** `count` approved and paid candidates of the batch in the college. */
export async function makeCandidates(t: TestApp, batchId: string, collegeId: string, count: number, prefix: string) {
  const out: { personId: string; applicationId: string }[] = [];
  for (let i = 0; i < count; i++) {
    const personId = await makeCandidate(t, `${prefix}${i + 1}`, collegeId);
    out.push({ personId, applicationId: await makeApplication(t, { batchId, personId, collegeId }) });
  }
  return out;
}

/** A staff person through the API (a qualified title for examiners). */
export async function makeStaffPerson(staff: TestClient, name: string) {
  // The ID number's 3-digit sequence: unique within one test database (each uses far fewer than 1000 numbers).
  const n = seq++ % 1000;
  return (
    await okJson(
      staff.post(
        '/api/v1/persons',
        personFor(name, '1980-04-04', n, { titleSeries: '工程', titleGrade: 'intermediate', titleName: '工程师' }),
      ),
    )
  ).id as string;
}

export async function makeExaminer(staff: TestClient, personId: string, firstExaminingYear = 2020) {
  return okJson(
    staff.post('/api/v1/examiners', {
      personId,
      grade: 'standard',
      trainingHours: 48,
      skillRelated: false,
      certificateNumber: `KP-ARR-${seq++}`,
      certificateIssuedOn: '2026-06-01',
      firstExaminingYear,
      occupations: [{ edition: '2022', code: '6-31-01-03', name: '电工' }],
    }),
  );
}

/**
 * The centre's staff: `examiners` examiners of 电工, 4 supervisors, 3 exam staff (site heads too) and 4 proctors:
 * enough for one site slot at a time and two rooms per sitting.
 */
export async function makeStaff(staff: TestClient, examiners: number) {
  const ids = {
    examiners: [] as string[],
    supervisors: [] as string[],
    examStaff: [] as string[],
    proctors: [] as string[],
  };
  for (let i = 0; i < examiners; i++) {
    const p = await makeStaffPerson(staff, `考评员${i + 1}`);
    await makeExaminer(staff, p);
    ids.examiners.push(p);
  }
  for (let i = 0; i < 4; i++) {
    const p = await makeStaffPerson(staff, `督导员${i + 1}`);
    await okJson(
      staff.post('/api/v1/supervisors', {
        personId: p,
        basis: 'management',
        basisYears: 5,
        certificateNumber: `DD-ARR-${seq++}`,
        certificateIssuedOn: '2026-06-01',
      }),
    );
    ids.supervisors.push(p);
  }
  for (let i = 0; i < 3; i++) {
    const p = await makeStaffPerson(staff, `考务${i + 1}`);
    await okJson(staff.post('/api/v1/exam-staff', { personId: p, role: 'exam_staff' }));
    ids.examStaff.push(p);
  }
  for (let i = 0; i < 4; i++) {
    const p = await makeStaffPerson(staff, `监考${i + 1}`);
    await okJson(staff.post('/api/v1/exam-staff', { personId: p, role: 'proctor' }));
    ids.proctors.push(p);
  }
  return ids;
}

/** The stored input of a run made up for a test or a benchmark: nothing arranged from, default settings. */
export function emptyRunInput(seed = 'table'): StoredInput {
  return {
    seed,
    sites: [],
    sittings: [],
    rooms: [],
    staff: [],
    conflicts: [],
    history: { previousGroups: [], consecutiveRounds: {} },
    settings: {},
    setups: [],
    meta: { batchTitles: {}, times: {} },
  };
}

/** The result of such a run: no seat, no staff (the seats go straight into arrangement_seats). */
export function emptyRunResult(seed = 'table'): ArrangementResult {
  return {
    seed,
    seats: [],
    rooms: [],
    lots: [],
    siteSlots: [],
    examinerGroups: [],
    unmet: [],
    workload: { perStaff: [], min: 0, max: 0, average: 0, withinOne: 0, withinOneShare: 1 },
    roomsUsed: 1,
    roomsLowerBound: 1,
  };
}

/**
 * The API tests' scenario: sites and rooms, the centre's staff with two examiners of 电工 (R-ARR-04 needs three),
 * a 电工 batch still registering with 30 approved and paid candidates of JD, 10 of XX, the demo candidate
 * (kaosheng, JD), and two that are not arranged (one unpaid, one still under review; R-FEE-01 / R-ARR-11).
 */
export interface Scenario {
  kaowu: TestClient;
  admin: TestClient;
  jidian: TestClient;
  xinxi: TestClient;
  JD: string;
  XX: string;
  batchId: string;
  jdCandidates: { personId: string; applicationId: string }[];
}

export async function buildScenario(t: TestApp): Promise<Scenario> {
  const [kaowu, admin, jidian, xinxi] = [
    await t.login('kaowu'),
    await t.login('admin'),
    await t.login('jidian'),
    await t.login('xinxi'),
  ];
  const { JD, XX } = await collegeIdsOf(t);
  await makeVenues(kaowu);
  await makeStaff(kaowu, 2);
  const batchId = await makeBatch(t, admin, JD, 'registering');
  const jdCandidates = await makeCandidates(t, batchId, JD, 30, '机电考生');
  await makeCandidates(t, batchId, XX, 10, '信息考生');
  const unpaid = await makeCandidates(t, batchId, JD, 1, '未缴费');
  await t.database.db
    .update(applications)
    .set({ feeStatus: 'unpaid' })
    .where(eq(applications.id, unpaid[0].applicationId));
  const pending = await makeCandidates(t, batchId, JD, 1, '待审核');
  await t.database.db
    .update(applications)
    .set({ status: 'pending_centre' })
    .where(eq(applications.id, pending[0].applicationId));
  const [kaosheng] = await t.database.db.select().from(users).where(eq(users.username, 'kaosheng'));
  const [me] = await t.database.db.select().from(persons).where(eq(persons.userId, kaosheng.id));
  await makeApplication(t, { batchId, personId: me.id, collegeId: JD });
  return { kaowu, admin, jidian, xinxi, JD, XX, batchId, jdCandidates };
}

/** The scenario's batch with its review done, and a draft run of it (R-ARR-04 unmet: two examiners only). */
export async function buildDraftRun(t: TestApp, s: Scenario, seed = 'demo-1'): Promise<ArrangementView> {
  await t.database.db.update(batches).set({ state: 'reviewed' }).where(eq(batches.id, s.batchId));
  return okJson(s.kaowu.post('/api/v1/arrangement/runs', { batchIds: [s.batchId], seed }));
}

/** A draft run with every hard rule met: a third examiner (新考评员) added to both sittings by hand (R-ARR-09). */
export async function buildCompleteRun(t: TestApp, s: Scenario): Promise<ArrangementView> {
  let v = await buildDraftRun(t, s);
  const p = await makeStaffPerson(s.kaowu, '新考评员');
  await makeExaminer(s.kaowu, p);
  for (const kind of ['theory', 'skill'])
    v = await okJson(
      s.kaowu.post(`/api/v1/arrangement/runs/${v.id}/edits`, {
        kind: 'addExaminer',
        sittingId: v.sittings.find((x) => x.kind === kind)!.id,
        staffId: p,
      }),
    );
  return v;
}

/** The complete run, published (R-ARR-11): the batch is 已编排 and every seat has its ticket number. */
export async function buildPublishedRun(t: TestApp, s: Scenario): Promise<ArrangementView> {
  const v = await buildCompleteRun(t, s);
  return okJson(s.kaowu.post(`/api/v1/arrangement/runs/${v.id}/publish`));
}
