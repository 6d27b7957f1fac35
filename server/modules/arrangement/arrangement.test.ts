import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { applications, arrangementSeats, auditLog, batches, persons, users } from '../../db/schema/index.js';
import { createTestApp, type TestApp, type TestClient } from '../../test/harness.js';
import type { ArrangementView } from '../../../shared/arrangement.js';
import { okJson } from '../plans/plans.testkit.js';
import { listOwnSeats } from './portal.service.js';
import { editRun } from './arrangement.service.js';
import {
  collegeIdsOf,
  makeApplication,
  makeBatch,
  makeCandidates,
  makeExaminer,
  makeStaff,
  makeStaffPerson,
  makeVenues,
} from './arrangement.testkit.js';

/** The arrangement through the API on a real database: run, unmet rules, hand edits, publish, scope, the portal. */

let t: TestApp;
let kaowu: TestClient;
let admin: TestClient;
let jidian: TestClient;
let xinxi: TestClient;
let JD = '';
let XX = '';
let batchId = '';
let jdCandidates: { personId: string; applicationId: string }[] = [];
let run: ArrangementView;

const theoryOf = (v: ArrangementView) => v.sittings.find((s) => s.kind === 'theory')!;
const skillOf = (v: ArrangementView) => v.sittings.find((s) => s.kind === 'skill')!;

beforeAll(async () => {
  t = await createTestApp();
  [kaowu, admin, jidian, xinxi] = [
    await t.login('kaowu'),
    await t.login('admin'),
    await t.login('jidian'),
    await t.login('xinxi'),
  ];
  ({ JD, XX } = await collegeIdsOf(t));
  await makeVenues(kaowu);
  await makeStaff(kaowu, 2); // R-ARR-04 needs 3: the run reports it
  batchId = await makeBatch(t, admin, JD, 'registering');
  jdCandidates = await makeCandidates(t, batchId, JD, 30, '机电考生');
  await makeCandidates(t, batchId, XX, 10, '信息考生');
  // Not arranged: an unpaid approved application and one still under review (R-FEE-01 / R-ARR-11).
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
  // The demo candidate (kaosheng) applies too, for the portal.
  const [kaosheng] = await t.database.db.select().from(users).where(eq(users.username, 'kaosheng'));
  const [me] = await t.database.db.select().from(persons).where(eq(persons.userId, kaosheng.id));
  await makeApplication(t, { batchId, personId: me.id, collegeId: JD });
});
afterAll(async () => t.close());

describe('arrangement API', () => {
  it('R-ARR-01: refused before registration closes', async () => {
    const res = await kaowu.post('/api/v1/arrangement/runs', { batchIds: [batchId] });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toMatch(/R-ARR-01.*报名尚未截止/);
  });

  it('R-ARR-09: runs for a batch of approved and paid candidates; too few examiners is reported with the fix', async () => {
    await t.database.db.update(batches).set({ state: 'reviewed' }).where(eq(batches.id, batchId));
    run = await okJson(kaowu.post('/api/v1/arrangement/runs', { batchIds: [batchId], seed: 'demo-1' }));
    expect(run.status).toBe('draft');
    expect(run.seed).toBe('demo-1');
    expect(theoryOf(run).candidateCount).toBe(41); // 30 JD + 10 XX + the demo candidate; not the unpaid or pending
    expect(run.summary).toMatchObject({ roomsUsed: 4, roomsLowerBound: 4 });
    for (const s of run.sittings) for (const r of s.rooms) expect(r.proctors).toHaveLength(2); // R-ARR-02
    expect(theoryOf(run).supervisors).toHaveLength(3); // R-ARR-03
    const r04 = run.unmet.filter((u) => u.rule === 'R-ARR-04');
    expect(r04.map((u) => u.sittingId).sort()).toEqual(run.sittings.map((s) => s.id).sort());
    expect(r04[0].message).toMatch(/考评/);
    expect(r04[0].fix.length).toBeGreaterThan(4);
    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.entity, 'arrangement'));
    expect(audit.some((a) => a.action === 'run')).toBe(true);
  });

  it('R-ARR-09: the same input and seed give the same result', async () => {
    const again: ArrangementView = await okJson(
      kaowu.post('/api/v1/arrangement/runs', { batchIds: [batchId], seed: 'demo-1' }),
    );
    expect(again.inputHash).toBe(run.inputHash);
    expect(again.sittings).toEqual(run.sittings);
    expect(again.lots).toEqual(run.lots);
    run = again;
  });

  it('R-ARR-09: publishing is refused while a hard rule is unmet, naming it', async () => {
    const res = await kaowu.post(`/api/v1/arrangement/runs/${run.id}/publish`);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toMatch(/R-ARR-04/);
  });

  it('R-ARR-07: adding a supervisor as examiner in the sitting it supervises is refused', async () => {
    const sup = theoryOf(run).supervisors[0].id;
    await makeExaminer(kaowu, sup); // now also an examiner of 电工
    const res = await kaowu.post(`/api/v1/arrangement/runs/${run.id}/edits`, {
      kind: 'addExaminer',
      sittingId: theoryOf(run).id,
      staffId: sup,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toMatch(/R-ARR-07/);
    expect(res.json().error.message).toMatch(/督导员/);
  });

  it('R-ARR-08: adding an examiner with a conflict with a candidate of the sitting is refused', async () => {
    const p = await makeStaffPerson(kaowu, '亲属考评员');
    await makeExaminer(kaowu, p);
    await okJson(
      kaowu.post('/api/v1/conflicts', {
        staffPersonId: p,
        candidatePersonId: jdCandidates[0].personId,
        relation: 'relative',
      }),
    );
    const res = await kaowu.post(`/api/v1/arrangement/runs/${run.id}/edits`, {
      kind: 'addExaminer',
      sittingId: theoryOf(run).id,
      staffId: p,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toMatch(/R-ARR-08/);
  });

  it('R-ARR-02: swapping a proctor for someone busy elsewhere at the same time is refused', async () => {
    const [a, b] = theoryOf(run).rooms;
    const res = await kaowu.post(`/api/v1/arrangement/runs/${run.id}/edits`, {
      kind: 'swapProctor',
      sittingId: theoryOf(run).id,
      roomId: a.roomId,
      fromId: a.proctors[0].id,
      toId: b.proctors[0].id,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toMatch(/R-ARR-0[29]/);
  });

  it('R-ARR-04: adding a qualified examiner fixes the unmet rule; the edit is recorded', async () => {
    const p = await makeStaffPerson(kaowu, '新考评员');
    await makeExaminer(kaowu, p);
    let v: ArrangementView = await okJson(
      kaowu.post(`/api/v1/arrangement/runs/${run.id}/edits`, {
        kind: 'addExaminer',
        sittingId: theoryOf(run).id,
        staffId: p,
      }),
    );
    expect(v.unmet.filter((u) => u.sittingId === theoryOf(v).id)).toEqual([]);
    expect(v.unmet.map((u) => u.rule)).toEqual(['R-ARR-04']);
    v = await okJson(
      kaowu.post(`/api/v1/arrangement/runs/${run.id}/edits`, {
        kind: 'addExaminer',
        sittingId: skillOf(v).id,
        staffId: p,
      }),
    );
    expect(v.unmet).toEqual([]);
    expect(theoryOf(v).examiners.map((e) => e.name)).toContain('新考评员');
    expect(v.edits).toHaveLength(2);
    run = v;
  });

  it('R-ARR-09: moving a candidate to a taken seat is refused; to a free seat of a used room it is saved', async () => {
    const [a, b] = [...theoryOf(run).rooms].sort((x, y) => y.candidateCount - x.candidateCount); // from the fuller to the emptier
    const who = a.seats[0].applicationId;
    const taken = await kaowu.post(`/api/v1/arrangement/runs/${run.id}/edits`, {
      kind: 'moveCandidate',
      sittingId: theoryOf(run).id,
      applicationId: who,
      roomId: b.roomId,
      seat: b.seats[0].seat,
    });
    expect(taken.statusCode).toBe(400);
    expect(taken.json().error.message).toMatch(/座位号/);
    let free = b.capacity;
    while (b.seats.some((x) => x.seat === free)) free--;
    const v: ArrangementView = await okJson(
      kaowu.post(`/api/v1/arrangement/runs/${run.id}/edits`, {
        kind: 'moveCandidate',
        sittingId: theoryOf(run).id,
        applicationId: who,
        roomId: b.roomId,
        seat: free,
      }),
    );
    const moved = theoryOf(v)
      .rooms.find((r) => r.roomId === b.roomId)!
      .seats.find((s) => s.applicationId === who)!;
    expect(moved.seat).toBe(free);
    const [row] = await t.database.db.select().from(arrangementSeats).where(eq(arrangementSeats.applicationId, who));
    expect(row).toBeTruthy();
    run = v;
  });

  it('R-ARR-11: publishing sets the batch to 已编排, gives unique ticket numbers and shows seats from the day before', async () => {
    const v: ArrangementView = await okJson(kaowu.post(`/api/v1/arrangement/runs/${run.id}/publish`));
    expect(v.status).toBe('published');
    expect(v.visibleFrom).toBe('2027-03-09');
    expect(v.batches[0].state).toBe('arranged');
    const tickets = theoryOf(v).rooms.flatMap((r) => r.seats.map((s) => s.ticketNumber));
    expect(tickets.every((x) => x && /^\d{16}$/.test(x))).toBe(true);
    expect(new Set(tickets).size).toBe(tickets.length);
    // Re-running a published arrangement is refused.
    expect((await kaowu.post('/api/v1/arrangement/runs', { batchIds: [batchId] })).statusCode).toBe(409);

    const candidate = await t.login('kaosheng');
    const before = (await candidate.get('/api/v1/portal/seats')).json();
    expect(before.items).toEqual([]);
    expect(before.notice).toMatch(/2027-03-09/);
    const [u] = await t.database.db.select().from(users).where(eq(users.username, 'kaosheng'));
    const actor = {
      userId: u.id,
      username: u.username,
      displayName: u.displayName,
      role: 'candidate' as const,
      collegeId: null,
      ip: null,
    };
    const onDay = await listOwnSeats(t.database.db, { actor, today: '2027-03-09' });
    expect(onDay.items).toHaveLength(2);
    expect(onDay.items[0]).toMatchObject({ siteName: '信息楼', day: '2027-03-10' });
    expect(onDay.items[0].ticketNumber).toMatch(/^\d{16}$/);
  });

  it('R-ARR-09: after publishing, a proctor can still be swapped under the same checks; seats no longer move', async () => {
    const pub: ArrangementView = (await okJson(kaowu.get(`/api/v1/arrangement/batches/${batchId}`))).run;
    const [a, b] = theoryOf(pub).rooms;
    // Busy in the other room at the same time: refused as before publishing.
    const busy = await kaowu.post(`/api/v1/arrangement/runs/${pub.id}/edits`, {
      kind: 'swapProctor',
      sittingId: theoryOf(pub).id,
      roomId: a.roomId,
      fromId: a.proctors[0].id,
      toId: b.proctors[0].id,
    });
    expect(busy.statusCode).toBe(409);
    expect(busy.json().error.message).toMatch(/R-ARR-0[29]/);
    // A new proctor replaces one who fell ill.
    const p = await makeStaffPerson(kaowu, '替补监考');
    await okJson(kaowu.post('/api/v1/exam-staff', { personId: p, role: 'proctor' }));
    const v: ArrangementView = await okJson(
      kaowu.post(`/api/v1/arrangement/runs/${pub.id}/edits`, {
        kind: 'swapProctor',
        sittingId: theoryOf(pub).id,
        roomId: a.roomId,
        fromId: a.proctors[0].id,
        toId: p,
      }),
    );
    expect(v.status).toBe('published');
    expect(
      theoryOf(v)
        .rooms.find((r) => r.roomId === a.roomId)!
        .proctors.map((x) => x.name),
    ).toContain('替补监考');
    expect(theoryOf(v).rooms.flatMap((r) => r.seats.map((x) => x.ticketNumber))).toEqual(
      theoryOf(pub).rooms.flatMap((r) => r.seats.map((x) => x.ticketNumber)),
    );
    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, pub.id));
    expect(
      audit.some((x) => x.action === 'edit' && (x.after as { afterPublishing?: boolean }).afterPublishing === true),
    ).toBe(true);
    // Seats are on printed tickets: moving a candidate is refused.
    const move = await kaowu.post(`/api/v1/arrangement/runs/${pub.id}/edits`, {
      kind: 'moveCandidate',
      sittingId: theoryOf(pub).id,
      applicationId: a.seats[0].applicationId,
      roomId: b.roomId,
    });
    expect(move.statusCode).toBe(409);
    expect(move.json().error.message).toMatch(/不能再调整考生座位/);
    // After the last exam day nothing changes.
    const [u] = await t.database.db.select().from(users).where(eq(users.username, 'kaowu'));
    const actor = {
      userId: u.id,
      username: u.username,
      displayName: u.displayName,
      role: 'exam_admin' as const,
      collegeId: null,
      ip: null,
    };
    const b0 = theoryOf(v).rooms.find((r) => r.roomId === b.roomId)!;
    await expect(
      editRun(t.database.db, {
        actor,
        id: pub.id,
        today: '2027-03-11',
        edit: {
          kind: 'swapProctor',
          sittingId: theoryOf(v).id,
          roomId: b.roomId,
          fromId: b0.proctors[0].id,
          toId: a.proctors[0].id,
        },
      }),
    ).rejects.toThrow(/考试已结束/);
  });

  it("R-ORG-07: a clerk sees only its own college's seats; another college's clerk gets 404", async () => {
    const mine = (await okJson(jidian.get(`/api/v1/arrangement/batches/${batchId}`))).run as ArrangementView;
    const names = mine.sittings.flatMap((s) => s.rooms.flatMap((r) => r.seats.map((x) => x.name)));
    expect(names.length).toBe(31 * 2);
    expect(names.some((n) => n.startsWith('信息考生'))).toBe(false);
    expect(mine.staff).toEqual([]);
    expect((await xinxi.get(`/api/v1/arrangement/batches/${batchId}`)).statusCode).toBe(404);
    expect((await jidian.post(`/api/v1/arrangement/runs/${mine.id}/publish`)).statusCode).toBe(403);
  });

  it('R-ARR-01: a standard theory room of more than 30 seats is refused, naming the field', async () => {
    const sites = (await okJson(kaowu.get('/api/v1/sites'))).items;
    const res = await kaowu.post('/api/v1/rooms', {
      siteId: sites[0].id,
      name: '大教室',
      kind: 'theory',
      capacity: 60,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/容量.*30/);
  });
});
