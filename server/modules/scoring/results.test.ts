import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  applications,
  batchSittings,
  batches,
  centres,
  colleges,
  occupations,
  persons,
  scoreEntries,
  scoreSheets,
} from '../../db/schema/index.js';
import { addDays } from '../../../shared/dates.js';
import { createTestApp, type TestApp, type TestClient } from '../../test/harness.js';

/**
 * R-SCORE-03 through the results: a part passed in an earlier batch of the same occupation and level, on a signed
 * sheet, counts in a later batch whose sitting is at most 365 days after it; the day after, it no longer does.
 */

let t: TestApp;
let kaowu: TestClient;
let personId = '';

async function batchWith(day: string, title: string) {
  const db = t.database.db;
  const [centre] = await db.select().from(centres);
  const [jd] = await db.select().from(colleges).where(eq(colleges.code, 'JD'));
  const [occ] = await db
    .select()
    .from(occupations)
    .where(and(eq(occupations.edition, '2022'), eq(occupations.code, '6-31-01-03')));
  const [b] = await db
    .insert(batches)
    .values({
      centreId: centre.id,
      collegeId: jd.id,
      title,
      occupationId: occ.id,
      levels: [4],
      method: 'exam',
      state: 'examining',
      registrationOpensOn: addDays(day, -60),
      registrationClosesOn: addDays(day, -30),
      capacity: 50,
    })
    .returning();
  const [theory, skill] = await db
    .insert(batchSittings)
    .values([
      { batchId: b.id, seq: 1, kind: 'theory', day, startsAt: '09:00', endsAt: '10:30', place: '信息楼' },
      { batchId: b.id, seq: 2, kind: 'skill', day, startsAt: '14:00', endsAt: '16:00', place: '实训楼' },
    ])
    .returning();
  const [app] = await db
    .insert(applications)
    .values({
      batchId: b.id,
      personId,
      collegeId: jd.id,
      level: 4,
      status: 'approved',
      source: 'import',
      feeStatus: 'free',
    })
    .returning();
  return { id: b.id, theory: theory.id, skill: skill.id, app: app.id };
}

beforeAll(async () => {
  t = await createTestApp();
  kaowu = await t.login('kaowu');
  const [p] = await t.database.db.select({ id: persons.id }).from(persons).limit(1);
  personId = p.id;
}, 120_000);
afterAll(async () => t?.close());

describe('carry-over of a passed part', () => {
  it('R-SCORE-03: theory passed on a signed sheet counts 365 days later and not 366', async () => {
    const db = t.database.db;
    const first = await batchWith('2025-03-01', '电工（四级）第一次');
    // Theory 75 passed, skill 50 failed; both sheets signed.
    await db.insert(scoreEntries).values([
      { sittingId: first.theory, applicationId: first.app, score: 75, source: 'entry' },
      { sittingId: first.skill, applicationId: first.app, score: 50, source: 'entry' },
    ]);
    await db.insert(scoreSheets).values([
      { sittingId: first.theory, signedAt: new Date() },
      { sittingId: first.skill, signedAt: new Date() },
    ]);
    const r1 = (await kaowu.get(`/api/v1/scoring/batches/${first.id}/results`)).json();
    expect(r1.rows[0].outcome).toBe('fail');

    // 2025-03-01 + 365 days = 2026-03-01: the retake of the skill part alone; the theory is carried.
    const retake = await batchWith('2026-03-01', '电工（四级）补考');
    await db.delete(scoreEntries).where(eq(scoreEntries.sittingId, retake.theory));
    await db
      .insert(scoreEntries)
      .values({ sittingId: retake.skill, applicationId: retake.app, score: 68, source: 'entry' });
    const r2 = (await kaowu.get(`/api/v1/scoring/batches/${retake.id}/results`)).json();
    expect(r2.rows[0]).toMatchObject({ outcome: 'pass' });
    expect(r2.rows[0].parts.find((p: { part: string }) => p.part === 'theory')).toMatchObject({
      state: 'carried',
      score: 75,
      stateName: '沿用合格成绩',
    });

    const late = await batchWith('2026-03-02', '电工（四级）逾期补考');
    await db
      .insert(scoreEntries)
      .values({ sittingId: late.skill, applicationId: late.app, score: 68, source: 'entry' });
    const r3 = (await kaowu.get(`/api/v1/scoring/batches/${late.id}/results`)).json();
    expect(r3.rows[0].outcome).toBe('incomplete');
    expect(r3.rows[0].reasons).toEqual(['理论知识成绩未录入']);
  });
});

describe('the comprehensive review', () => {
  it('R-SCORE-02: a level-2 candidate passes only once the review panel has entered a review of 60 or more', async () => {
    const db = t.database.db;
    const b = await batchWith('2026-11-10', '电工（二级）技师');
    await db.update(applications).set({ level: 2 }).where(eq(applications.id, b.app));
    const [review] = await db
      .insert(batchSittings)
      .values({
        batchId: b.id,
        seq: 3,
        kind: 'review',
        day: '2026-11-12',
        startsAt: '09:00',
        endsAt: '12:00',
        place: '行政楼',
      })
      .returning();
    await db.insert(scoreEntries).values([
      { sittingId: b.theory, applicationId: b.app, score: 80, source: 'entry' },
      { sittingId: b.skill, applicationId: b.app, score: 85, source: 'entry' },
    ]);
    const before = (await kaowu.get(`/api/v1/scoring/batches/${b.id}/results`)).json();
    expect(before.rows[0]).toMatchObject({ outcome: 'incomplete', reasons: ['综合评审成绩未录入'] });
    const sheet = (await kaowu.get(`/api/v1/scoring/sittings/${review.id}`)).json();
    expect(sheet.rows).toHaveLength(1);
    expect(sheet.may.enter).toBe(true);
    const low = await kaowu.put(`/api/v1/scoring/sittings/${review.id}/entries`, {
      entries: [{ applicationId: b.app, score: 59 }],
    });
    expect(low.statusCode, low.body).toBe(200);
    expect((await kaowu.get(`/api/v1/scoring/batches/${b.id}/results`)).json().rows[0].outcome).toBe('fail');
    await kaowu.put(`/api/v1/scoring/sittings/${review.id}/entries`, {
      entries: [{ applicationId: b.app, score: 60 }],
    });
    expect((await kaowu.get(`/api/v1/scoring/batches/${b.id}/results`)).json().rows[0].outcome).toBe('pass');
  });
});
