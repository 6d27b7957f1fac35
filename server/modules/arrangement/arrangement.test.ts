import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { arrangementSeats, auditLog, batches, users } from '../../db/schema/index.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import type { ArrangementView } from '../../../shared/arrangement.js';
import { okJson } from '../plans/plans.testkit.js';
import { listOwnSeats } from './portal.service.js';
import { editRun } from './arrangement.service.js';
import {
  buildCompleteRun,
  buildDraftRun,
  buildPublishedRun,
  buildScenario,
  makeExaminer,
  makeStaffPerson,
  type Scenario,
} from './arrangement.testkit.js';

/**
 * The arrangement through the API on a real database: run, unmet rules, hand edits, publish, scope, the portal.
 * Every case builds its own database and data (buildScenario, buildDraftRun, buildCompleteRun, buildPublishedRun
 * in arrangement.testkit.ts), so each passes alone.
 */

let t: TestApp;
let s: Scenario;

const theoryOf = (v: ArrangementView) => v.sittings.find((x) => x.kind === 'theory')!;
const skillOf = (v: ArrangementView) => v.sittings.find((x) => x.kind === 'skill')!;

beforeEach(async () => {
  t = await createTestApp();
  s = await buildScenario(t);
});
afterEach(async () => t.close());

describe('arrangement API', () => {
  it('R-ARR-01: refused before registration closes', async () => {
    const res = await s.kaowu.post('/api/v1/arrangement/runs', { batchIds: [s.batchId] });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toMatch(/R-ARR-01.*报名尚未截止/);
  });

  it('R-ARR-09: runs for a batch of approved and paid candidates; too few examiners is reported with the fix', async () => {
    await t.database.db.update(batches).set({ state: 'reviewed' }).where(eq(batches.id, s.batchId));
    const run: ArrangementView = await okJson(
      s.kaowu.post('/api/v1/arrangement/runs', { batchIds: [s.batchId], seed: 'demo-1' }),
    );
    expect(run.status).toBe('draft');
    expect(run.seed).toBe('demo-1');
    expect(theoryOf(run).candidateCount).toBe(41); // 30 JD + 10 XX + the demo candidate; not the unpaid or pending
    expect(run.summary).toMatchObject({ roomsUsed: 4, roomsLowerBound: 4 });
    for (const x of run.sittings) for (const r of x.rooms) expect(r.proctors).toHaveLength(2); // R-ARR-02
    expect(theoryOf(run).supervisors).toHaveLength(3); // R-ARR-03
    const r04 = run.unmet.filter((u) => u.rule === 'R-ARR-04');
    expect(r04.map((u) => u.sittingId).sort()).toEqual(run.sittings.map((x) => x.id).sort());
    expect(r04[0].message).toMatch(/考评/);
    expect(r04[0].fix.length).toBeGreaterThan(4);
    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.entity, 'arrangement'));
    expect(audit.some((a) => a.action === 'run')).toBe(true);
  });

  it('R-ARR-09: the same input and seed give the same result', async () => {
    const run = await buildDraftRun(t, s);
    const again: ArrangementView = await okJson(
      s.kaowu.post('/api/v1/arrangement/runs', { batchIds: [s.batchId], seed: 'demo-1' }),
    );
    expect(again.inputHash).toBe(run.inputHash);
    expect(again.sittings).toEqual(run.sittings);
    expect(again.lots).toEqual(run.lots);
  });

  it('R-ARR-09: publishing is refused while a hard rule is unmet, naming it', async () => {
    const run = await buildDraftRun(t, s);
    const res = await s.kaowu.post(`/api/v1/arrangement/runs/${run.id}/publish`);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toMatch(/R-ARR-04/);
  });

  it('R-ARR-07: adding a supervisor as examiner in the sitting it supervises is refused', async () => {
    const run = await buildDraftRun(t, s);
    const sup = theoryOf(run).supervisors[0].id;
    await makeExaminer(s.kaowu, sup); // now also an examiner of 电工
    const res = await s.kaowu.post(`/api/v1/arrangement/runs/${run.id}/edits`, {
      kind: 'addExaminer',
      sittingId: theoryOf(run).id,
      staffId: sup,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toMatch(/R-ARR-07/);
    expect(res.json().error.message).toMatch(/督导员/);
  });

  it('R-ARR-08: adding an examiner with a conflict with a candidate of the sitting is refused', async () => {
    const run = await buildDraftRun(t, s);
    const p = await makeStaffPerson(s.kaowu, '亲属考评员');
    await makeExaminer(s.kaowu, p);
    await okJson(
      s.kaowu.post('/api/v1/conflicts', {
        staffPersonId: p,
        candidatePersonId: s.jdCandidates[0].personId,
        relation: 'relative',
      }),
    );
    const res = await s.kaowu.post(`/api/v1/arrangement/runs/${run.id}/edits`, {
      kind: 'addExaminer',
      sittingId: theoryOf(run).id,
      staffId: p,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toMatch(/R-ARR-08/);
  });

  it('R-ARR-02: swapping a proctor for someone busy elsewhere at the same time is refused', async () => {
    const run = await buildDraftRun(t, s);
    const [a, b] = theoryOf(run).rooms;
    const res = await s.kaowu.post(`/api/v1/arrangement/runs/${run.id}/edits`, {
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
    const run = await buildDraftRun(t, s);
    const p = await makeStaffPerson(s.kaowu, '新考评员');
    await makeExaminer(s.kaowu, p);
    let v: ArrangementView = await okJson(
      s.kaowu.post(`/api/v1/arrangement/runs/${run.id}/edits`, {
        kind: 'addExaminer',
        sittingId: theoryOf(run).id,
        staffId: p,
      }),
    );
    expect(v.unmet.filter((u) => u.sittingId === theoryOf(v).id)).toEqual([]);
    expect(v.unmet.map((u) => u.rule)).toEqual(['R-ARR-04']);
    v = await okJson(
      s.kaowu.post(`/api/v1/arrangement/runs/${run.id}/edits`, {
        kind: 'addExaminer',
        sittingId: skillOf(v).id,
        staffId: p,
      }),
    );
    expect(v.unmet).toEqual([]);
    expect(theoryOf(v).examiners.map((e) => e.name)).toContain('新考评员');
    expect(v.edits).toHaveLength(2);
  });

  it('R-ARR-09: moving a candidate to a taken seat is refused; to a free seat of a used room it is saved', async () => {
    const run = await buildCompleteRun(t, s);
    const [a, b] = [...theoryOf(run).rooms].sort((x, y) => y.candidateCount - x.candidateCount); // from the fuller to the emptier
    const who = a.seats[0].applicationId;
    const seatRow = async () =>
      (
        await t.database.db
          .select()
          .from(arrangementSeats)
          .where(and(eq(arrangementSeats.applicationId, who), eq(arrangementSeats.sittingId, theoryOf(run).id)))
      )[0];
    expect(await seatRow()).toMatchObject({ roomId: a.roomId, seatNo: a.seats[0].seat });
    const taken = await s.kaowu.post(`/api/v1/arrangement/runs/${run.id}/edits`, {
      kind: 'moveCandidate',
      sittingId: theoryOf(run).id,
      applicationId: who,
      roomId: b.roomId,
      seat: b.seats[0].seat,
    });
    expect(taken.statusCode).toBe(400);
    expect(taken.json().error.message).toMatch(/座位号/);
    expect(await seatRow()).toMatchObject({ roomId: a.roomId, seatNo: a.seats[0].seat }); // nothing saved
    let free = b.capacity;
    while (b.seats.some((x) => x.seat === free)) free--;
    const v: ArrangementView = await okJson(
      s.kaowu.post(`/api/v1/arrangement/runs/${run.id}/edits`, {
        kind: 'moveCandidate',
        sittingId: theoryOf(run).id,
        applicationId: who,
        roomId: b.roomId,
        seat: free,
      }),
    );
    const moved = theoryOf(v)
      .rooms.find((r) => r.roomId === b.roomId)!
      .seats.find((x) => x.applicationId === who)!;
    expect(moved.seat).toBe(free);
    // Saved: the candidate's seat row now holds the new room and seat.
    expect(await seatRow()).toMatchObject({ roomId: b.roomId, seatNo: free });
  });

  it('R-ARR-11: publishing sets the batch to 已编排, gives unique ticket numbers and shows seats from the day before', async () => {
    const run = await buildCompleteRun(t, s);
    const v: ArrangementView = await okJson(s.kaowu.post(`/api/v1/arrangement/runs/${run.id}/publish`));
    expect(v.status).toBe('published');
    expect(v.visibleFrom).toBe('2027-03-09');
    expect(v.batches[0].state).toBe('arranged');
    const tickets = theoryOf(v).rooms.flatMap((r) => r.seats.map((x) => x.ticketNumber));
    expect(tickets.every((x) => x && /^\d{16}$/.test(x))).toBe(true);
    expect(new Set(tickets).size).toBe(tickets.length);
    // Re-running a published arrangement is refused.
    expect((await s.kaowu.post('/api/v1/arrangement/runs', { batchIds: [s.batchId] })).statusCode).toBe(409);

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
    await buildPublishedRun(t, s);
    const pub: ArrangementView = (await okJson(s.kaowu.get(`/api/v1/arrangement/batches/${s.batchId}`))).run;
    const [a, b] = theoryOf(pub).rooms;
    // Busy in the other room at the same time: refused as before publishing.
    const busy = await s.kaowu.post(`/api/v1/arrangement/runs/${pub.id}/edits`, {
      kind: 'swapProctor',
      sittingId: theoryOf(pub).id,
      roomId: a.roomId,
      fromId: a.proctors[0].id,
      toId: b.proctors[0].id,
    });
    expect(busy.statusCode).toBe(409);
    expect(busy.json().error.message).toMatch(/R-ARR-0[29]/);
    // A new proctor replaces one who fell ill.
    const p = await makeStaffPerson(s.kaowu, '替补监考');
    await okJson(s.kaowu.post('/api/v1/exam-staff', { personId: p, role: 'proctor' }));
    const v: ArrangementView = await okJson(
      s.kaowu.post(`/api/v1/arrangement/runs/${pub.id}/edits`, {
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
    const move = await s.kaowu.post(`/api/v1/arrangement/runs/${pub.id}/edits`, {
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
    await buildPublishedRun(t, s);
    const mine = (await okJson(s.jidian.get(`/api/v1/arrangement/batches/${s.batchId}`))).run as ArrangementView;
    const names = mine.sittings.flatMap((s) => s.rooms.flatMap((r) => r.seats.map((x) => x.name)));
    expect(names.length).toBe(31 * 2);
    expect(names.some((n) => n.startsWith('信息考生'))).toBe(false);
    expect(mine.staff).toEqual([]);
    expect((await s.xinxi.get(`/api/v1/arrangement/batches/${s.batchId}`)).statusCode).toBe(404);
    expect((await s.jidian.post(`/api/v1/arrangement/runs/${mine.id}/publish`)).statusCode).toBe(403);
  });

  it('R-ARR-01: a standard theory room of more than 30 seats is refused, naming the field', async () => {
    const sites = (await okJson(s.kaowu.get('/api/v1/sites'))).items;
    const res = await s.kaowu.post('/api/v1/rooms', {
      siteId: sites[0].id,
      name: '大教室',
      kind: 'theory',
      capacity: 60,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/容量.*30/);
  });
});

describe('arrangement dead ends explain themselves', () => {
  it('R-ARR-09: the examiner picker lists who is excluded and by which rule (R-ARR-05 certificate), then offers a qualified one', async () => {
    const run = await buildDraftRun(t, s);
    const sitting = theoryOf(run);
    const expired = await makeStaffPerson(s.kaowu, '过期考评员');
    await okJson(
      s.kaowu.post('/api/v1/examiners', {
        personId: expired,
        grade: 'standard',
        trainingHours: 48,
        certificateNumber: 'KP-ARR-OLD',
        certificateIssuedOn: '2021-01-01',
        firstExaminingYear: 2020,
        occupations: [{ edition: '2022', code: '6-31-01-03', name: '电工' }],
      }),
    );
    const url = `/api/v1/arrangement/runs/${run.id}/sittings/${sitting.id}/examiners`;
    const none = await okJson(s.kaowu.get(url));
    expect(none.items.filter((x: { eligible: boolean }) => x.eligible)).toEqual([]);
    const old = none.items.find((x: { id: string }) => x.id === expired);
    expect(old).toMatchObject({ eligible: false, name: '过期考评员' });
    expect(old.reasons).toContainEqual({ rule: 'R-ARR-05', text: expect.stringMatching(/证书.*无效/) });
    // The group's own members are not offered again.
    for (const e of sitting.examiners) expect(none.items.some((x: { id: string }) => x.id === e.id)).toBe(false);

    const fresh = await makeStaffPerson(s.kaowu, '合格考评员');
    await makeExaminer(s.kaowu, fresh);
    const some = await okJson(s.kaowu.get(url));
    expect(some.items[0]).toMatchObject({ id: fresh, eligible: true, reasons: [] });
    // A college clerk may not pick examiners.
    expect((await s.jidian.get(url)).statusCode).toBe(403);
  });

  it('R-ARR-09: 发布 is refused while rules are unmet and the view lists the reasons; none once they are met', async () => {
    const draft = await buildDraftRun(t, s);
    expect(draft.publishBlockers.length).toBeGreaterThan(0);
    expect(draft.publishBlockers.some((b) => b.rule === 'R-ARR-04' && /考评组/.test(b.text))).toBe(true);
    const res = await s.kaowu.post(`/api/v1/arrangement/runs/${draft.id}/publish`);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toMatch(/考评组/);
    const complete = await buildCompleteRun(t, s);
    expect(complete.publishBlockers).toEqual([]);
    // A college clerk reads the run but not the publishing checklist.
    const asClerk = await okJson(s.jidian.get(`/api/v1/arrangement/runs/${complete.id}`));
    expect(asClerk.publishBlockers).toEqual([]);
  });
});
