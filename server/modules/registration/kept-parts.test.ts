import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import {
  applications,
  batchSittings,
  batches,
  colleges,
  keptParts,
  scoreEntries,
  scoreSheets,
  users,
} from '../../db/schema/index.js';
import type { Actor } from '../../http/access.js';
import { createTestApp, type TestApp, type TestClient } from '../../test/harness.js';
import { addDays } from '../../../shared/dates.js';
import { okJson } from '../plans/plans.testkit.js';
import { makeResultsFinal, startPublicity } from '../publicity/publicity.service.js';
import { resultsBatch } from '../publicity/publicity.testkit.js';
import { resultsOfBatch } from '../scoring/scoring.reads.js';
import { buildInput, loadBatches } from '../arrangement/input.store.js';
import { makeVenues } from '../arrangement/arrangement.testkit.js';
import { candidateWith, FORM, registeringBatch } from './applications.testkit.js';

/**
 * R-SCORE-03: a part passed while the other failed stays valid for a year; within it the candidate registers for the
 * other part alone, pays the part fee, is seated only in that part's sittings, and the kept part counts in the result.
 */

let t: TestApp;
let admin: TestClient;
let kaowu: TestClient;
let zhuren: TestClient;
let jidian: TestClient;
let JD = '';
let zhurenActor: Actor;
type Cand = Awaited<ReturnType<typeof candidateWith>>;
let jia: Cand; // theory 82, skill 50 in the first batch: keeps theory
let yi: Cand; // no kept part
let firstBatch = '';
let firstApps: string[] = [];
let theoryDay = '';

const student = (college: string) => ({
  kind: 'student' as const,
  collegeId: college,
  className: '电气2301',
  major: '电气自动化技术',
  enrolmentYear: 2023,
  educationLevel: 'higher_vocational' as const,
  graduating: true,
});

beforeAll(async () => {
  t = await createTestApp();
  [admin, kaowu, zhuren, jidian] = await Promise.all(['admin', 'kaowu', 'zhuren', 'jidian'].map((u) => t.login(u)));
  const cs = await t.database.db.select().from(colleges);
  JD = cs.find((c) => c.code === 'JD')!.id;
  const [u] = await t.database.db.select().from(users).where(eq(users.username, 'zhuren'));
  zhurenActor = {
    userId: u.id,
    username: 'zhuren',
    displayName: u.displayName,
    role: u.role,
    collegeId: null,
    ip: null,
  };
  jia = await candidateWith(t, kaowu, '单科甲', student(JD));
  yi = await candidateWith(t, kaowu, '单科乙', student(JD));
  const rb = await resultsBatch(t, admin, JD, {
    candidates: [
      { name: '单科甲', theory: 82, skill: 50 },
      { name: '双科丙', theory: 40, skill: 45 },
      { name: '合格丁', theory: 90, skill: 88 },
    ],
    personIds: [jia.personId],
  });
  firstBatch = rb.batchId;
  firstApps = rb.candidates.map((c) => c.applicationId);
  const [s] = await t.database.db
    .select()
    .from(batchSittings)
    .where(and(eq(batchSittings.batchId, firstBatch), eq(batchSittings.kind, 'theory')));
  theoryDay = s.day;
  await startPublicity(t.database.db, { actor: zhurenActor, batchId: firstBatch, today: '2026-09-28' });
  await makeResultsFinal(t.database.db, { actor: zhurenActor, batchId: firstBatch, today: '2026-10-10' });
}, 180_000);
afterAll(async () => t?.close());

const apply = (c: Cand, batchId: string, body: Record<string, unknown>) =>
  c.client.post('/api/v1/portal/applications', { batchId, level: 4, form: FORM, evidence: [], ...body });

describe('R-SCORE-03: kept parts', () => {
  it('R-SCORE-03: making results final keeps the theory part a failed candidate passed, valid 365 days; nothing for a double fail or a pass', async () => {
    const rows = (await t.database.db.select().from(keptParts)).filter((r) => firstApps.includes(r.applicationId));
    // 双科丙 passed nothing, 合格丁 passed the batch: neither keeps a part.
    expect(rows.map((r) => r.applicationId)).toEqual([firstApps[0]]);
    const mine = rows;
    expect(mine[0]).toMatchObject({
      personId: jia.personId,
      part: 'theory',
      level: 4,
      passedOn: theoryDay,
      validUntil: addDays(theoryDay, 365),
    });
    expect(Number(mine[0].score)).toBe(82);
  });

  it('R-SCORE-03: within the year the candidate applies for the skill part alone; the kept part itself, another level and a candidate without a kept part are refused, naming 单科报考', async () => {
    const batch = await registeringBatch(t, kaowu, zhuren, JD, { title: '电工 单科报考 批次' });
    const offered = await okJson(jia.client.get('/api/v1/portal/batches'));
    const b = offered.items.find((x: { id: string }) => x.id === batch);
    expect(b.retakeOptions).toEqual([
      {
        level: 4,
        part: 'skill',
        keptPart: 'theory',
        keptScore: 82,
        passedOn: theoryDay,
        validUntil: addDays(theoryDay, 365),
      },
    ]);
    const others = await okJson(yi.client.get('/api/v1/portal/batches'));
    expect(others.items.find((x: { id: string }) => x.id === batch).retakeOptions).toEqual([]);

    const theoryAlone = await apply(jia, batch, { onlyPart: 'theory' });
    expect(theoryAlone.statusCode).toBe(400);
    expect(theoryAlone.json().error.message).toContain('单科报考');
    expect(theoryAlone.json().error.details).toEqual([{ field: 'onlyPart', message: '没有可保留的合格成绩' }]);
    expect((await apply(jia, batch, { level: 3, onlyPart: 'skill' })).statusCode).toBe(400);
    const stranger = await apply(yi, batch, { onlyPart: 'skill' });
    expect(stranger.statusCode).toBe(400);
    expect(stranger.json().error.details[0].field).toBe('onlyPart');
    expect((await apply(jia, batch, { onlyPart: 'review' })).statusCode).toBe(400);
    expect(
      await t.database.db
        .select()
        .from(applications)
        .where(and(eq(applications.batchId, batch), eq(applications.personId, jia.personId))),
    ).toEqual([]);

    const ok = await okJson(apply(jia, batch, { onlyPart: 'skill' }));
    expect(ok).toMatchObject({ level: 4, onlyPart: 'skill', status: 'pending_college' });
    const whole = await okJson(apply(yi, batch, {}));
    expect(whole.onlyPart).toBeNull();
  });

  it('R-SCORE-03: a batch examined the day after the kept part ends offers nothing and refuses a part-only application; on its last day it is offered', async () => {
    const batch = await registeringBatch(t, kaowu, zhuren, JD, { title: '电工 单科报考 过期批次' });
    const until = addDays(theoryDay, 365);
    const moveTo = (day: string) =>
      t.database.db.update(batchSittings).set({ day }).where(eq(batchSittings.batchId, batch));
    await moveTo(addDays(until, 1));
    const late = await okJson(jia.client.get('/api/v1/portal/batches'));
    expect(late.items.find((x: { id: string }) => x.id === batch).retakeOptions).toEqual([]);
    const refused = await apply(jia, batch, { onlyPart: 'skill' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toContain(addDays(until, 1));
    await moveTo(until);
    const last = await okJson(jia.client.get('/api/v1/portal/batches'));
    expect(last.items.find((x: { id: string }) => x.id === batch).retakeOptions).toHaveLength(1);
  });

  it('R-SCORE-03 / R-FEE-01: the part-only application pays the standard’s part fee; a part fee above the full fee is refused', async () => {
    const list = await okJson(zhuren.get('/api/v1/fee-standards?keyword=电工'));
    const body = {
      edition: '2022',
      code: '6-31-01-03',
      level: 4,
      approvedPrice: 200,
      amount: 150,
      studentAmount: 120,
      partAmount: 70,
    };
    const existing = list.items.find((s: { code: string; level: number }) => s.code === '6-31-01-03' && s.level === 4);
    const tooHigh = existing
      ? await zhuren.put(`/api/v1/fee-standards/${existing.id}`, { ...body, partAmount: 160 })
      : await zhuren.post('/api/v1/fee-standards', { ...body, partAmount: 160 });
    expect(tooHigh.statusCode).toBe(400);
    expect(tooHigh.json().error.details).toEqual([
      { field: 'partAmount', message: '单科报考收费：不能高于收费标准（150 元）' },
    ]);
    const saved = existing
      ? await okJson(zhuren.put(`/api/v1/fee-standards/${existing.id}`, body))
      : await okJson(zhuren.post('/api/v1/fee-standards', body));
    expect(saved.partAmount).toBe(70);

    const batch = await registeringBatch(t, kaowu, zhuren, JD, { title: '电工 单科收费 批次' });
    const part = await okJson(apply(jia, batch, { onlyPart: 'skill' }));
    const whole = await okJson(apply(yi, batch, {}));
    for (const stage of [jidian, kaowu])
      await okJson(stage.post('/api/v1/applications/review', { ids: [part.id, whole.id], decision: 'approve' }));
    const fees = await t.database.db.select().from(applications).where(eq(applications.batchId, batch));
    const due = new Map(fees.map((a) => [a.id, a.feeDue]));
    expect(due.get(part.id)).toBe('70.00');
    expect(due.get(whole.id)).toBe('120.00'); // the student price of the whole exam
  });

  it('R-SCORE-03: the arrangement seats a part-only candidate in the skill sitting only, and its result passes with the kept theory', async () => {
    const batch = await registeringBatch(t, kaowu, zhuren, JD, { title: '电工 单科编排 批次' });
    const part = await okJson(apply(jia, batch, { onlyPart: 'skill' }));
    const whole = await okJson(apply(yi, batch, {}));
    for (const stage of [jidian, kaowu])
      await okJson(stage.post('/api/v1/applications/review', { ids: [part.id, whole.id], decision: 'approve' }));
    await t.database.db.update(applications).set({ feeStatus: 'paid' }).where(eq(applications.batchId, batch));
    await makeVenues(kaowu);
    const input = await buildInput(t.database.db, { batches: await loadBatches(t.database.db, [batch]) });
    const seatsOf = (kind: string) =>
      input.sittings.filter((s) => s.kind === kind).flatMap((s) => s.candidates.map((c) => c.id));
    expect(seatsOf('skill').sort()).toEqual([part.id, whole.id].sort());
    expect(seatsOf('theory')).toEqual([whole.id]);

    // The skill part sat in this batch (70), the theory kept from the first batch (82): a pass.
    await t.database.db.update(batches).set({ state: 'examining' }).where(eq(batches.id, batch));
    const sittings = await t.database.db.select().from(batchSittings).where(eq(batchSittings.batchId, batch));
    const skill = sittings.find((s) => s.kind === 'skill')!;
    const theory = sittings.find((s) => s.kind === 'theory')!;
    await t.database.db.insert(scoreEntries).values([
      { sittingId: skill.id, applicationId: part.id, absent: 'no', score: 70, source: 'entry' },
      { sittingId: skill.id, applicationId: whole.id, absent: 'no', score: 66, source: 'entry' },
      { sittingId: theory.id, applicationId: whole.id, absent: 'no', score: 61, source: 'entry' },
    ]);
    for (const s of sittings) await t.database.db.insert(scoreSheets).values({ sittingId: s.id, signedAt: new Date() });
    const { results } = await resultsOfBatch(t.database.db, batch);
    const r = results.find((x) => x.applicationId === part.id)!;
    expect(r.outcome).toBe('pass');
    expect(r.parts.find((p) => p.part === 'theory')).toMatchObject({ state: 'carried', score: 82 });
    expect(results.find((x) => x.applicationId === whole.id)!.outcome).toBe('pass');
  });
});
