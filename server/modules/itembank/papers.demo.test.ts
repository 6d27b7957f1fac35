import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { assemblyPlans, papers } from '../../db/schema/index.js';
import { seedDemoItemBank } from './itembank.demo.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await seedDemoItemBank(t.database.db);
}, 120_000);
afterAll(async () => t.close());

describe('the demo bank', () => {
  it('R-BANK-02: the demo has a plan of 50 items for 100 points and a published, sealed paper A that passed the checker', async () => {
    const plans = await t.database.db.select().from(assemblyPlans);
    expect(plans).toHaveLength(1);
    expect(plans[0].spec.sections.reduce((a, s) => a + s.count * s.pointsEach, 0)).toBe(100);
    const rows = await t.database.db.select().from(papers);
    const a = rows.find((p) => p.label === 'A')!;
    expect(a.state).toBe('published');
    expect(a.entries).toHaveLength(50);
    const tiku = await t.login('tiku');
    const seal = (await tiku.get(`/api/v1/itembank/papers/${a.id}/seal`)).json();
    expect(seal.intact).toBe(true);
    const run = (await tiku.get(`/api/v1/itembank/assemblies/${a.assemblyId}`)).json();
    expect(run.passed).toBe(true);
    const pdf = await tiku.get(`/api/v1/itembank/papers/${a.id}/pdf?kind=paper`);
    expect(pdf.statusCode).toBe(200);
  });
});
