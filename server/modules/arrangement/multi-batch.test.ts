import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../test/harness.js';
import type { ArrangementView, SittingView } from '../../../shared/arrangement.js';
import { okJson } from '../plans/plans.testkit.js';
import {
  collegeIdsOf,
  makeBatch,
  makeCandidates,
  makeStaff,
  makeStaffPerson,
  makeVenues,
} from './arrangement.testkit.js';

/** Several batches of one period arranged together, and the sitting setups (site, room kind, equipment) of a run. */

let t: TestApp;
let kaowu: TestClient;
let admin: TestClient;
let venues: Awaited<ReturnType<typeof makeVenues>>;
let batchA = '';
let batchB = '';

type BatchSittings = { sittings: { id: string; kind: string }[] };
const sittingOf = async (batchId: string, kind: 'theory' | 'skill') =>
  ((await okJson(kaowu.get(`/api/v1/batches/${batchId}`))) as BatchSittings).sittings.find((s) => s.kind === kind)!.id;
const roomIdsOf = (s: SittingView) => s.rooms.map((r) => r.roomId);

beforeEach(async () => {
  t = await createTestApp();
  [kaowu, admin] = [await t.login('kaowu'), await t.login('admin')];
  const { JD, XX } = await collegeIdsOf(t);
  venues = await makeVenues(kaowu);
  await makeStaff(kaowu, 6); // two groups of three examiners at the same time
  // Both batches: theory 09:00 at 信息楼 and skill 14:00 at 实训楼 on the same day.
  batchA = await makeBatch(t, admin, JD);
  batchB = await makeBatch(t, admin, JD);
  await makeCandidates(t, batchA, JD, 25, '甲批考生');
  await makeCandidates(t, batchB, XX, 20, '乙批考生');
});
afterEach(async () => t.close());

describe('arrangement of several batches', () => {
  it('R-ARR-09: two batches in the same period are arranged in one run sharing rooms and staff, nobody in two places', async () => {
    const run: ArrangementView = await okJson(
      kaowu.post('/api/v1/arrangement/runs', { batchIds: [batchA, batchB], seed: 'multi-1' }),
    );
    expect(run.batches.map((b) => b.id)).toEqual([batchA, batchB]);
    expect(run.sittings).toHaveLength(4);
    expect(new Set(run.sittings.map((s) => s.batchId))).toEqual(new Set([batchA, batchB]));
    expect(run.unmet).toEqual([]);
    const theory = run.sittings.filter((s) => s.kind === 'theory');
    expect(theory.map((s) => s.siteId)).toEqual([venues.theorySite, venues.theorySite]); // one site shared
    expect(theory.map((s) => s.candidateCount).sort()).toEqual([20, 25]);

    // Per time: each room once, and each person in one place (site staff serve the whole site once).
    const times = new Map<string, SittingView[]>();
    for (const s of run.sittings)
      times.set(`${s.day} ${s.startsAt}`, [...(times.get(`${s.day} ${s.startsAt}`) ?? []), s]);
    expect(times.size).toBe(2);
    for (const same of times.values()) {
      expect(same).toHaveLength(2);
      const rooms = same.flatMap(roomIdsOf);
      expect(new Set(rooms).size).toBe(rooms.length);
      const siteStaff = new Map<string, Set<string>>();
      for (const s of same)
        for (const p of [...s.siteHeads, ...s.supervisors, ...s.examStaff])
          siteStaff.set(s.siteId, (siteStaff.get(s.siteId) ?? new Set()).add(p.id));
      const people = [
        ...same.flatMap((s) => s.rooms.flatMap((r) => r.proctors.map((p) => p.id))),
        ...same.flatMap((s) => s.examiners.map((e) => e.id)),
        ...[...siteStaff.values()].flatMap((x) => [...x]),
      ];
      expect(new Set(people).size).toBe(people.length);
      for (const s of same) expect(s.examiners.length).toBeGreaterThanOrEqual(3);
    }

    // Each batch's page shows the shared run.
    const a = await okJson(kaowu.get(`/api/v1/arrangement/batches/${batchA}`));
    const b = await okJson(kaowu.get(`/api/v1/arrangement/batches/${batchB}`));
    expect(a.run.id).toBe(run.id);
    expect(b.run.id).toBe(run.id);
    expect(b.run.batches.map((x: { id: string }) => x.id)).toEqual([batchA, batchB]);
  });

  it('R-ARR-01: a sitting set to computer rooms gets only computer rooms; one needing equipment only rooms that hold it', async () => {
    // A computer room and a skill room without 电工实训台, larger than the others.
    const computer = (
      await okJson(
        kaowu.post('/api/v1/rooms', {
          siteId: venues.theorySite,
          name: '301 机房',
          kind: 'computer',
          capacity: 40,
          stations: 40,
        }),
      )
    ).id as string;
    const fitter = (
      await okJson(
        kaowu.post('/api/v1/rooms', {
          siteId: venues.skillSite,
          name: 'B1 钳工实训室',
          kind: 'skill',
          capacity: 40,
          stations: 40,
          equipment: ['钳工台'],
        }),
      )
    ).id as string;
    const [theoryA, skillA, theoryB, skillB] = [
      await sittingOf(batchA, 'theory'),
      await sittingOf(batchA, 'skill'),
      await sittingOf(batchB, 'theory'),
      await sittingOf(batchB, 'skill'),
    ];
    const run: ArrangementView = await okJson(
      kaowu.post('/api/v1/arrangement/runs', {
        batchIds: [batchA, batchB],
        seed: 'multi-2',
        sittings: [
          { sittingId: theoryA, siteId: venues.theorySite, roomKind: 'computer' },
          { sittingId: skillA, siteId: venues.skillSite, equipment: ['钳工台'] },
          { sittingId: skillB, siteId: venues.skillSite, equipment: ['电工实训台'] },
        ],
      }),
    );
    const byId = (id: string) => run.sittings.find((s) => s.id === id)!;
    expect(roomIdsOf(byId(theoryA))).toEqual([computer]);
    expect(byId(theoryA).candidateCount).toBe(25);
    expect(roomIdsOf(byId(theoryB)).every((r) => venues.rooms.slice(0, 3).includes(r))).toBe(true); // default: theory rooms
    expect(roomIdsOf(byId(skillA))).toEqual([fitter]); // the only room with 钳工台
    expect(roomIdsOf(byId(skillB)).length).toBeGreaterThan(0);
    expect(roomIdsOf(byId(skillB)).every((r) => venues.rooms.slice(3).includes(r))).toBe(true); // A1/A2 hold 电工实训台, B1 does not
    expect(run.unmet.filter((u) => u.rule === 'R-ARR-01')).toEqual([]);
  });

  it('R-ARR-09: a setup naming a sitting of a batch not being arranged is refused naming 场次, nothing is stored', async () => {
    await okJson(kaowu.post('/api/v1/arrangement/runs', { batchIds: [batchA], seed: 'setup-1' })); // a run to keep
    const before = await okJson(kaowu.get(`/api/v1/arrangement/batches/${batchA}`));
    expect(before.run.id).toBeTruthy();
    const res = await kaowu.post('/api/v1/arrangement/runs', {
      batchIds: [batchA],
      sittings: [{ sittingId: await sittingOf(batchB, 'theory'), siteId: venues.theorySite }],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/场次/);
    const after = await okJson(kaowu.get(`/api/v1/arrangement/batches/${batchA}`));
    expect(after.run.id).toBe(before.run.id);
  });

  it('R-ARR-01/03: a theory sitting larger than its site spills into the extra site of its setup, each site staffed; an unknown extra site is refused', async () => {
    const { JD } = await collegeIdsOf(t);
    const library = await okJson(kaowu.post('/api/v1/sites', { name: '图书馆', address: '校本部' }));
    for (const name of ['图书馆 101', '图书馆 102'])
      await okJson(kaowu.post('/api/v1/rooms', { siteId: library.id, name, kind: 'theory', capacity: 30 }));
    // A second site at the same time needs its own head, 3 supervisors and 2 exam staff, and two more rooms' proctors.
    for (let i = 0; i < 3; i++) {
      const p = await makeStaffPerson(kaowu, `第二考点督导${i + 1}`);
      await okJson(
        kaowu.post('/api/v1/supervisors', {
          personId: p,
          basis: 'management',
          basisYears: 5,
          certificateNumber: `DD-SPILL-${i}`,
          certificateIssuedOn: '2026-06-01',
        }),
      );
    }
    for (let i = 0; i < 3; i++)
      await okJson(
        kaowu.post('/api/v1/exam-staff', {
          personId: await makeStaffPerson(kaowu, `第二考点考务${i + 1}`),
          role: 'exam_staff',
        }),
      ); // exam staff also lead sites
    for (let i = 0; i < 4; i++)
      await okJson(
        kaowu.post('/api/v1/exam-staff', {
          personId: await makeStaffPerson(kaowu, `第二考点监考${i + 1}`),
          role: 'proctor',
        }),
      );
    const big = await makeBatch(t, admin, JD);
    await makeCandidates(t, big, JD, 100, '大批考生');
    const theory = await sittingOf(big, 'theory');

    const refused = await kaowu.post('/api/v1/arrangement/runs', {
      batchIds: [big],
      sittings: [
        {
          sittingId: theory,
          siteId: venues.theorySite,
          extraSiteIds: [venues.skillSite, '00000000-0000-4000-8000-000000000000'],
        },
      ],
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toMatch(/备用考点/);

    const run: ArrangementView = await okJson(
      kaowu.post('/api/v1/arrangement/runs', {
        batchIds: [big],
        seed: 'spill',
        sittings: [{ sittingId: theory, siteId: venues.theorySite, extraSiteIds: [library.id] }],
      }),
    );
    const s = run.sittings.find((x) => x.id === theory)!;
    expect(run.unmet.filter((u) => u.sittingId === theory)).toEqual([]);
    // Its own site first (90 seats), then one room of the extra site for the other 10.
    const names = s.rooms.map((r) => r.roomName).sort();
    expect(names.slice(0, 3)).toEqual(['201', '202', '203']);
    expect(names.slice(3)).toEqual([expect.stringMatching(/^图书馆 10[12]$/)]);
    expect(s.siteName).toBe('信息楼、图书馆');
    expect(s.siteHeads).toHaveLength(2);
    expect(s.supervisors).toHaveLength(6);
    expect(s.examStaff).toHaveLength(4);
    expect(s.supervisors.filter((p) => p.name.endsWith('（图书馆）'))).toHaveLength(3);
    const people = [...s.siteHeads, ...s.supervisors, ...s.examStaff].map((p) => p.id);
    expect(new Set(people).size).toBe(people.length);
  });
});
