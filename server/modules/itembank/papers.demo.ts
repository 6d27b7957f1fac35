import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { blueprints, occupations, users } from '../../db/schema/index.js';
import { AppError } from '../../http/errors.js';
import type { Actor } from '../../http/access.js';
import { chinaToday } from '../../../shared/dates.js';
import type { PlanSpec } from '../../../shared/itembank.js';
import { actorOf } from '../plans/plans.demo.js';
import { theorySittingsOfOccupation } from '../plans/plans.reads.js';
import { assemblePlan, publishAssembly } from './assembly.service.js';
import { createPlan, getPlanDefaults } from './plans.service.js';

/**
 * The demo's assembly plans and published papers (after the demo items exist), by the bank's administrator `tiku`:
 * per demo bank a 理论知识 plan of 50 items (30 single, 10 multiple, 10 true/false, 2 points each: 100 points),
 * difficulty 易/中/难 10/30/10, overlap and exposure 10%, and a published fixed paper (A).
 * - 电工 level 4: when its batch has a theory sitting with candidates, one form per candidate for it (千人千卷),
 *   left as drafts to publish on screen.
 * - 数控机床装调维修工 level 4, the exam-tomorrow batch: its theory sitting's per-candidate forms are assembled and
 *   published (the exam is tomorrow; the papers must be ready). 43 鉴定点 for 50 items, so no one-per-point rule.
 */
export async function seedDemoPapers(db: Db) {
  const [tiku] = await db.select({ id: users.id }).from(users).where(eq(users.username, 'tiku'));
  if (!tiku) return;
  const actor = await actorOf(db, 'tiku');
  await seedPlanAndPapers(db, actor, {
    code: '6-31-01-03',
    name: '电工四级理论知识 标准方案',
    seed: 20260,
    publishPerCandidate: false,
  });
  await seedPlanAndPapers(db, actor, {
    code: '6-20-03-01',
    name: '数控机床装调维修工四级理论知识 标准方案',
    seed: 20270,
    publishPerCandidate: true,
    // 43 鉴定点 for 50 items: a point may give a form more than one item. The exposure cap (3 of 30 forms) leaves
    // 30.1 forms' worth of 中 items at 30 a form, so the forms ask 易/中/难 12/28/10 (the bank has 4/7/3 per point).
    onePerPoint: false,
    difficulty: { 1: 15, 2: 25, 3: 10 },
  });
  await seedSkillPaper(db, actor, { code: '6-20-03-01', name: '数控机床装调维修工四级操作技能 标准方案', seed: 20280 });
}

/**
 * Issue 13: a published 操作技能 paper of the exam-tomorrow batch's occupation — both skill tasks of the bank, 50
 * points each — whose scoring sheets (评分记录表) the skill sitting's examiners mark from.
 */
async function seedSkillPaper(db: Db, actor: Actor | null, opts: { code: string; name: string; seed: number }) {
  const [bp] = await db
    .select({ id: blueprints.id })
    .from(blueprints)
    .innerJoin(occupations, eq(occupations.id, blueprints.occupationId))
    .where(
      and(
        eq(occupations.edition, '2022'),
        eq(occupations.code, opts.code),
        eq(blueprints.level, 4),
        eq(blueprints.part, 'skill'),
      ),
    );
  if (!bp) return;
  const defaults = await getPlanDefaults(db, { actor, blueprintId: bp.id, total: 2 });
  // Both tasks are 中 (difficulty 2).
  const spec = {
    ...defaults.spec,
    sections: [{ type: 'skill' as const, count: 2, pointsEach: 50 }],
    difficulty: { 1: 0, 2: 2, 3: 0 },
  };
  const plan = await createPlan(db, { actor, data: { blueprintId: bp.id, name: opts.name, spec } });
  const fixed = await assemblePlan(db, { actor, planId: plan.id, kind: 'fixed', seed: opts.seed });
  await publishAssembly(db, { actor, id: fixed.id });
}

async function seedPlanAndPapers(
  db: Db,
  actor: Actor | null,
  opts: {
    code: string;
    name: string;
    seed: number;
    publishPerCandidate: boolean;
    onePerPoint?: boolean;
    difficulty?: PlanSpec['difficulty'];
  },
) {
  const [bp] = await db
    .select({ id: blueprints.id, occupationId: blueprints.occupationId })
    .from(blueprints)
    .innerJoin(occupations, eq(occupations.id, blueprints.occupationId))
    .where(
      and(
        eq(occupations.edition, '2022'),
        eq(occupations.code, opts.code),
        eq(blueprints.level, 4),
        eq(blueprints.part, 'theory'),
      ),
    );
  if (!bp) return;
  const defaults = await getPlanDefaults(db, { actor, blueprintId: bp.id, total: 50 });
  const spec = {
    ...defaults.spec,
    maxOverlap: 0.1,
    maxExposure: 0.1,
    onePerPoint: opts.onePerPoint ?? defaults.spec.onePerPoint,
    difficulty: opts.difficulty ?? defaults.spec.difficulty,
  };
  const plan = await createPlan(db, { actor, data: { blueprintId: bp.id, name: opts.name, spec } });
  const fixed = await assemblePlan(db, { actor, planId: plan.id, kind: 'fixed', seed: opts.seed });
  await publishAssembly(db, { actor, id: fixed.id });
  const [sitting] = await theorySittingsOfOccupation(db, bp.occupationId, 4, chinaToday());
  if (!sitting) return;
  try {
    // The bank is close to the plan's capacity (exposure 10% of 30 forms): a run that misses a cell is tried again
    // with the next seed, a few times, before the demo goes without published forms.
    for (let attempt = 1; attempt <= (opts.publishPerCandidate ? 4 : 1); attempt++) {
      const run = await assemblePlan(db, {
        actor,
        planId: plan.id,
        kind: 'per_candidate',
        sittingId: sitting.id,
        seed: opts.seed + attempt,
      });
      if (!opts.publishPerCandidate) return;
      if (run.passed) {
        await publishAssembly(db, { actor, id: run.id });
        return;
      }
    }
  } catch (e) {
    // A sitting without candidates (or a bank too small for them) leaves the demo with its fixed paper only.
    if (!(e instanceof AppError)) throw e;
  }
}
