import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { batchIdByTitleSuffix } from '../plans/plans.reads.js';
import { DEMO_RESULTS_TITLE, seedDemoResults } from './scoring.demo.js';

/** The demo's finished batch: signed sheets whose results are ready for publicity (R-SCORE-02, R-SCORE-04). */

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await seedDemoResults(t.database.db, t.app.ctx.pii);
  await seedDemoResults(t.database.db, t.app.ctx.pii); // a second start adds nothing
}, 120_000);
afterAll(async () => t?.close());

describe('the demo results batch', () => {
  it('R-SCORE-02, R-SCORE-04: both sheets signed; 59.5, an absent theory and a skill 55 fail, the rest pass', async () => {
    const id = await batchIdByTitleSuffix(t.database.db, DEMO_RESULTS_TITLE);
    expect(id).not.toBeNull();
    const kaowu = await t.login('kaowu');
    const res = await kaowu.get(`/api/v1/scoring/batches/${id}/results`);
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json();
    expect(r.signedOff).toBe(true);
    expect(r.counts).toMatchObject({ total: 12, pass: 9, fail: 3, cancelled: 0, incomplete: 0 });
    const list = (await kaowu.get('/api/v1/scoring/batches')).json();
    const b = list.items.find((x: { batchId: string }) => x.batchId === id);
    expect(b.stateName).toBe('考试中');
    expect(b.sittings.map((s: { signedAt: string | null }) => !!s.signedAt)).toEqual([true, true]);
  });
});
