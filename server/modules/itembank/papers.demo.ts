import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { blueprints, occupations, users } from '../../db/schema/index.js';
import { AppError } from '../../http/errors.js';
import { chinaToday } from '../../../shared/dates.js';
import { actorOf } from '../plans/plans.demo.js';
import { theorySittingsOfOccupation } from '../plans/plans.reads.js';
import { assemblePlan, publishAssembly } from './assembly.service.js';
import { createPlan, getPlanDefaults } from './plans.service.js';

/**
 * The demo's assembly plan and published paper (after the demo items exist): 电工 level 4 theory, 50 items (30
 * single, 10 multiple, 10 true/false, 2 points each: 100 points), difficulty 易/中/难 10/30/10, overlap and exposure
 * 10%, a fixed paper (A) published by the bank's administrator `tiku`; and, when the demo's 电工 batch has a theory
 * sitting with candidates, one form per candidate for it (千人千卷), left as drafts to publish on screen.
 */
export async function seedDemoPapers(db: Db) {
  const [tiku] = await db.select({ id: users.id }).from(users).where(eq(users.username, 'tiku'));
  const [bp] = await db
    .select({ id: blueprints.id, occupationId: blueprints.occupationId })
    .from(blueprints)
    .innerJoin(occupations, eq(occupations.id, blueprints.occupationId))
    .where(
      and(
        eq(occupations.edition, '2022'),
        eq(occupations.code, '6-31-01-03'),
        eq(blueprints.level, 4),
        eq(blueprints.part, 'theory'),
      ),
    );
  if (!tiku || !bp) return;
  const actor = await actorOf(db, 'tiku');
  const defaults = await getPlanDefaults(db, { actor, blueprintId: bp.id, total: 50 });
  const spec = { ...defaults.spec, maxOverlap: 0.1, maxExposure: 0.1 };
  const plan = await createPlan(db, {
    actor,
    data: { blueprintId: bp.id, name: '电工四级理论知识 标准方案', spec },
  });
  const fixed = await assemblePlan(db, { actor, planId: plan.id, kind: 'fixed', seed: 20260 });
  await publishAssembly(db, { actor, id: fixed.id });
  const [sitting] = await theorySittingsOfOccupation(db, bp.occupationId, 4, chinaToday());
  if (!sitting) return;
  try {
    await assemblePlan(db, { actor, planId: plan.id, kind: 'per_candidate', sittingId: sitting.id, seed: 20261 });
  } catch (e) {
    // A sitting without candidates (or a bank too small for them) leaves the demo with its fixed paper only.
    if (!(e instanceof AppError)) throw e;
  }
}
