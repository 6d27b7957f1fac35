import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publicityWindows, users } from '../../db/schema/index.js';
import type { Actor } from '../../http/access.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { collegeIdsOf } from '../arrangement/arrangement.testkit.js';
import { seedDemoPublicity } from './publicity.demo.js';
import { getPublicityBatch, makeResultsFinal } from './publicity.service.js';
import { resolveObjection } from './objections.service.js';
import { resultsBatch } from './publicity.testkit.js';

/** The demo's 成绩公示 (R-PUB-01): a window just ended, one public objection open, final on the demo's first day. */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
}, 120_000);
afterAll(async () => t?.close());

describe('the demo window', () => {
  it('R-PUB-01 / R-DAYS-01: seeded on Monday 2026-12-07 it ran 2026-11-30 to 2026-12-04 and may be made final that day once its objection is resolved', async () => {
    const rb = await resultsBatch(t, await t.login('admin'), (await collegeIdsOf(t)).JD);
    const demo = await seedDemoPublicity(t.database.db, { today: '2026-12-07' });
    expect(demo).toEqual({ batchId: rb.batchId, startsOn: '2026-11-30', endsOn: '2026-12-04' });
    expect(await seedDemoPublicity(t.database.db, { today: '2026-12-07' })).toBeNull(); // first start only
    const [u] = await t.database.db.select().from(users).where(eq(users.username, 'zhuren'));
    const actor: Actor = {
      userId: u.id,
      username: u.username,
      displayName: u.displayName,
      role: u.role,
      collegeId: null,
      ip: null,
    };
    const d = await getPublicityBatch(t.database.db, { actor, batchId: rb.batchId, today: '2026-12-07' });
    expect(d).toMatchObject({ stage: 'ended', openObjections: 1 });
    expect(d.window?.finalFrom).toBe('2026-12-07');
    await expect(makeResultsFinal(t.database.db, { actor, batchId: rb.batchId, today: '2026-12-07' })).rejects.toThrow(
      '尚有 1 条异议未处理',
    );
    await resolveObjection(t.database.db, { actor, id: d.objectionList[0].id, resolution: '经核实成绩无误' });
    const f = await makeResultsFinal(t.database.db, { actor, batchId: rb.batchId, today: '2026-12-07' });
    expect(f.stage).toBe('final');
  });

  it('R-PUB-01 / R-DAYS-01: after a recent exam the demo window starts the working day after it and is still running', async () => {
    await t.database.db.delete(publicityWindows); // the demo seeds on a first start only
    const rb = await resultsBatch(t, await t.login('admin'), (await collegeIdsOf(t)).JD); // examined 2026-09-10
    const demo = await seedDemoPublicity(t.database.db, { today: '2026-09-14' });
    expect(demo).toEqual({ batchId: rb.batchId, startsOn: '2026-09-11', endsOn: '2026-09-17' });
  });
});
