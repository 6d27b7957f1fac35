import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { assemblies, assemblyPlans, blueprints, occupations, papers } from '../../db/schema/index.js';
import { seedDemoItemBank } from './itembank.demo.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await seedDemoItemBank(t.database.db);
}, 180_000);
afterAll(async () => t.close());

/** The demo's papers of one occupation's theory (or skill) plan. */
async function papersOf(code: string, part: 'theory' | 'skill' = 'theory') {
  const [plan] = await t.database.db
    .select({ plan: assemblyPlans })
    .from(assemblyPlans)
    .innerJoin(blueprints, eq(blueprints.id, assemblyPlans.blueprintId))
    .innerJoin(occupations, eq(occupations.id, blueprints.occupationId))
    .where(and(eq(occupations.code, code), eq(blueprints.part, part)));
  const rows = await t.database.db
    .select({ paper: papers, kind: assemblies.kind })
    .from(papers)
    .innerJoin(assemblies, eq(assemblies.id, papers.assemblyId))
    .where(eq(assemblies.planId, plan.plan.id));
  return { plan: plan.plan, papers: rows };
}

describe('the demo bank', () => {
  it('R-BANK-02, R-SCORE-01: the 数控 skill paper (both tasks, 50 points each) is published for the examiners to mark from', async () => {
    const { plan, papers: rows } = await papersOf('6-20-03-01', 'skill');
    expect(plan.spec.sections).toEqual([{ type: 'skill', count: 2, pointsEach: 50 }]);
    expect(rows.map((r) => [r.kind, r.paper.label, r.paper.state, r.paper.entries.length])).toEqual([
      ['fixed', 'A', 'published', 2],
    ]);
  });

  it('R-BANK-02: the demo has a plan of 50 items for 100 points and a published, sealed paper A that passed the checker', async () => {
    const plans = await t.database.db.select().from(assemblyPlans);
    expect(plans).toHaveLength(3); // 电工 and 数控 theory, 数控 skill
    const { plan, papers: rows } = await papersOf('6-31-01-03');
    expect(plan.spec.sections.reduce((a, s) => a + s.count * s.pointsEach, 0)).toBe(100);
    const a = rows.find((p) => p.paper.label === 'A')!.paper;
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

  it('R-BANK-02: the 数控机床装调维修工 plan (50 items, 100 points, overlap and exposure 10%) has its paper A published even with no sitting', async () => {
    const { plan, papers: rows } = await papersOf('6-20-03-01');
    expect(plan.spec.sections.reduce((a, s) => a + s.count * s.pointsEach, 0)).toBe(100);
    expect(plan.spec.sections.reduce((a, s) => a + s.count, 0)).toBe(50);
    expect([plan.spec.maxOverlap, plan.spec.maxExposure]).toEqual([0.1, 0.1]);
    // The test template has no exam-tomorrow batch: no sitting, so the fixed paper only.
    expect(rows.map((r) => r.kind)).toEqual(['fixed']);
    const a = rows[0].paper;
    expect([a.label, a.state, a.entries.length]).toEqual(['A', 'published', 50]);
    const tiku = await t.login('tiku');
    expect((await tiku.get(`/api/v1/itembank/papers/${a.id}/seal`)).json().intact).toBe(true);
    expect((await tiku.get(`/api/v1/itembank/assemblies/${a.assemblyId}`)).json().passed).toBe(true);
    // 30 forms for the exam-tomorrow batch fit the bank under this plan (the demo server assembles them).
    const capacity = (await tiku.get(`/api/v1/itembank/plans/${plan.id}/capacity?formCount=30`)).json();
    expect(capacity.maxForms).toBeGreaterThanOrEqual(30);
  });
});
