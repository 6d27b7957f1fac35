import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { examAnswers, examAttempts, itemStatistics, itemVersions } from '../../db/schema/index.js';
import { createTestApp, type TestApp, type TestClient } from '../../test/harness.js';
import { makeRunningCbtSitting, type CbtSitting } from '../exams/cbt.testkit.js';
import { formKeys } from '../itembank/itembank.reads.js';

/** R-SCORE-01 §5 on a real computer-based sitting: identical papers flagged with evidence, item statistics to the bank. */

let t: TestApp;
let s: CbtSitting;
let kaowu: TestClient;

/** A deterministic generator (mulberry32). */
function rng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

beforeAll(async () => {
  t = await createTestApp();
  s = await makeRunningCbtSitting(t, { startedMinutesAgo: 100, minutes: 90 });
  kaowu = await t.login('kaowu');
  const db = t.database.db;
  const [a, b] = s.candidates;
  // The second candidate sat the first one's form (a copier next to it would see the same items).
  await db.update(examAttempts).set({ paperId: a.paperId }).where(eq(examAttempts.id, b.attemptId));
  const keys = await formKeys(db, [...new Set(s.candidates.map((c) => (c === b ? a.paperId : c.paperId)))]);
  const r = rng(7);
  const answersOf = new Map<string, { no: number; value: string }[]>();
  for (const c of s.candidates) {
    const paperId = c === b ? a.paperId : c.paperId;
    const ability = c === a ? 0.45 : 0.5 + r() * 0.4;
    const values = keys.get(paperId)!.map((k) => {
      const fromOwn = Object.fromEntries(Object.entries(k.toOriginal).map(([form, own]) => [own, form]));
      const right =
        k.type === 'truefalse'
          ? k.key
          : [...k.key]
              .map((o) => fromOwn[o])
              .sort()
              .join('');
      if (r() < ability) return { no: k.no, value: right };
      const letters = k.type === 'truefalse' ? ['T', 'F'] : Object.keys(k.toOriginal);
      const wrong = letters.filter((l) => l !== right);
      return { no: k.no, value: wrong[Math.floor(r() * wrong.length)] };
    });
    answersOf.set(c.attemptId, values);
  }
  // The copy: the same answers as the first candidate on 45 of 50 items.
  answersOf.set(
    b.attemptId,
    answersOf.get(a.attemptId)!.map((x, i) => (i < 45 ? x : answersOf.get(b.attemptId)![i])),
  );
  for (const c of s.candidates) {
    const values = answersOf.get(c.attemptId)!;
    await db
      .insert(examAnswers)
      .values(values.map((v, i) => ({ attemptId: c.attemptId, itemNo: v.no, value: v.value, seq: i + 1 })));
    await db
      .update(examAttempts)
      .set({ state: 'submitted', submittedAt: new Date(), score: String(Math.round(r() * 60 + 40)) })
      .where(eq(examAttempts.id, c.attemptId));
  }
}, 300_000);
afterAll(async () => t?.close());

describe('the answer-pattern review', () => {
  it('R-SCORE-01: the pair with identical papers is flagged with its evidence; nobody else; no score changes', async () => {
    const [a, b] = s.candidates;
    const before = (await kaowu.get(`/api/v1/scoring/sittings/${s.sittingId}`)).json();
    const res = await kaowu.post(`/api/v1/scoring/sittings/${s.sittingId}/patterns`);
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json();
    expect(r.computer).toBe(true);
    expect(r.flags).toHaveLength(1);
    const f = r.flags[0];
    const apps = await t.database.db
      .select({ id: examAttempts.id, applicationId: examAttempts.applicationId })
      .from(examAttempts)
      .where(eq(examAttempts.sittingId, s.sittingId));
    const appOf = new Map(apps.map((x) => [x.id, x.applicationId]));
    expect([f.a.applicationId, f.b.applicationId].sort()).toEqual(
      [appOf.get(a.attemptId), appOf.get(b.attemptId)].sort(),
    );
    expect(f.sharedWrong).toBeGreaterThanOrEqual(10);
    expect(f.log10p).toBeLessThan(-6);
    expect(f.stateName).toBe('待复核');
    const after = (await kaowu.get(`/api/v1/scoring/sittings/${s.sittingId}`)).json();
    expect(after.rows.map((x: { score: number }) => x.score)).toEqual(
      before.rows.map((x: { score: number }) => x.score),
    );
    const stats = await t.database.db.select().from(itemStatistics).where(eq(itemStatistics.sittingId, s.sittingId));
    expect(stats.length).toBeGreaterThan(50);
    expect(stats.every((x) => x.difficulty >= 0 && x.difficulty <= 1)).toBe(true);
    // …and the bank shows them on the item.
    const [v] = await t.database.db.select().from(itemVersions).where(eq(itemVersions.id, stats[0].versionId));
    const tiku = await t.login('tiku');
    const item = await tiku.get(`/api/v1/itembank/items/${v.itemId}`);
    expect(item.statusCode, item.body).toBe(200);
    expect(item.json().statistics[0]).toMatchObject({ answered: stats[0].answered, difficulty: stats[0].difficulty });
  });

  it('R-SCORE-01: a flag is cleared with a note; a new run keeps the decision and adds no duplicate', async () => {
    const r = (await kaowu.get(`/api/v1/scoring/sittings/${s.sittingId}/patterns`)).json();
    const noNote = await kaowu.post(`/api/v1/scoring/patterns/${r.flags[0].id}/decision`, {
      state: 'cleared',
      note: '',
    });
    expect(noNote.statusCode).toBe(400);
    const ok = await kaowu.post(`/api/v1/scoring/patterns/${r.flags[0].id}/decision`, {
      state: 'cleared',
      note: '二人为同桌复习，监控录像未见交流',
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().flags[0].stateName).toBe('复核排除');
    const again = (await kaowu.post(`/api/v1/scoring/sittings/${s.sittingId}/patterns`)).json();
    expect(again.flags).toHaveLength(1);
    expect(again.flags[0].state).toBe('cleared');
    const dudao = await t.login('dudao');
    expect((await dudao.post(`/api/v1/scoring/sittings/${s.sittingId}/patterns`)).statusCode).toBe(403);
  });
});
