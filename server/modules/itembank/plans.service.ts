import { count, desc, eq, inArray, and } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { assemblies, assemblyPlans, blueprints, items, papers } from '../../db/schema/index.js';
import type { Actor } from '../../http/access.js';
import { AppError } from '../../http/errors.js';
import { chinaToday } from '../../../shared/dates.js';
import type { PlanBody } from '../../../shared/itembank-papers.js';
import { recordAudit } from '../audit/audit.service.js';
import { approvedCandidatesOfBatches, takesPart } from '../registration/registration.reads.js';
import { sittingsWithBatchTitles, theorySittingsOfOccupation } from '../plans/plans.reads.js';
import { bankScope, scopeFilter } from './bank.access.js';
import { capacityReport } from './assembly/capacity.js';
import { loadBlueprintTree, type BlueprintTree } from './blueprint.store.js';
import { defaultPlanSpec, planItemCount, planProblems, planTotalPoints } from './papers.rules.js';
import {
  blueprintInScope,
  blueprintTitle,
  loadPool,
  planInScope,
  rangeLabels,
  rangesOf,
  readBankSettings,
} from './papers.store.js';
import { presentAssemblySummary, presentBlueprintRef } from './papers.present.js';

/** 组卷方案 (R-BANK-02): list, defaults from the 鉴定比重 and the settings, create, edit, and the capacity report. */

type PlanRow = typeof assemblyPlans.$inferSelect;

function summary(plan: PlanRow, tree: BlueprintTree, assemblyCount: number) {
  return {
    id: plan.id,
    name: plan.name,
    blueprint: presentBlueprintRef(tree.blueprint, blueprintTitle(tree.blueprint)),
    itemCount: planItemCount(plan.spec),
    totalPoints: planTotalPoints(plan.spec),
    durationMinutes: plan.spec.durationMinutes,
    assemblies: assemblyCount,
    updatedAt: plan.updatedAt.toISOString(),
  };
}

export async function listPlans(db: Db, opts: { actor: Actor | null; blueprintId?: string }) {
  const scope = await bankScope(db, opts.actor, 'itembank.manage');
  const rows = await db
    .select({ plan: assemblyPlans })
    .from(assemblyPlans)
    .innerJoin(blueprints, eq(blueprints.id, assemblyPlans.blueprintId))
    .where(
      and(
        scopeFilter(scope, blueprints.occupationId),
        opts.blueprintId ? eq(blueprints.id, opts.blueprintId) : undefined,
      ),
    )
    .orderBy(desc(assemblyPlans.updatedAt));
  const counts = rows.length
    ? await db
        .select({ planId: assemblies.planId, n: count() })
        .from(assemblies)
        .where(
          inArray(
            assemblies.planId,
            rows.map((r) => r.plan.id),
          ),
        )
        .groupBy(assemblies.planId)
    : [];
  const byPlan = new Map(counts.map((c) => [c.planId, c.n]));
  const trees = new Map<string, BlueprintTree>();
  const out = [];
  for (const { plan } of rows) {
    let tree = trees.get(plan.blueprintId);
    if (!tree) {
      tree = (await loadBlueprintTree(db, plan.blueprintId))!;
      trees.set(plan.blueprintId, tree);
    }
    out.push(summary(plan, tree, byPlan.get(plan.id) ?? 0));
  }
  return { items: out, total: out.length };
}

/** Ranges of the blueprint with the active items under each (what the editor offers). */
async function rangeOptions(db: Db, tree: BlueprintTree) {
  const rows = await db
    .select({ pointId: items.pointId, n: count() })
    .from(items)
    .where(and(eq(items.blueprintId, tree.blueprint.id), eq(items.state, 'active')))
    .groupBy(items.pointId);
  const perPoint = new Map(rows.map((r) => [r.pointId, r.n]));
  const perRange = new Map<string, number>();
  for (const n of tree.nodes)
    if (n.kind === 'point')
      for (const r of n.rangePath) perRange.set(r, (perRange.get(r) ?? 0) + (perPoint.get(n.id) ?? 0));
  return tree.nodes
    .filter((n) => n.kind === 'range')
    .map((n) => ({
      id: n.id,
      parentId: n.parentId,
      code: n.code,
      name: n.name,
      weight: n.weight,
      depth: n.depth,
      activeItems: perRange.get(n.id) ?? 0,
    }));
}

export async function getPlanDefaults(db: Db, opts: { actor: Actor | null; blueprintId: string; total?: number }) {
  const scope = await bankScope(db, opts.actor, 'itembank.manage');
  const tree = await blueprintInScope(db, scope, opts.blueprintId);
  const settings = await readBankSettings(db);
  return {
    spec: defaultPlanSpec(tree.blueprint.part, rangesOf(tree), settings, opts.total),
    ranges: await rangeOptions(db, tree),
  };
}

export async function getPlan(db: Db, opts: { actor: Actor | null; id: string }) {
  const scope = await bankScope(db, opts.actor, 'itembank.manage');
  const { plan, tree } = await planInScope(db, scope, opts.id);
  const runs = await db
    .select()
    .from(assemblies)
    .where(eq(assemblies.planId, plan.id))
    .orderBy(desc(assemblies.createdAt));
  const published = runs.length
    ? await db
        .select({ assemblyId: papers.assemblyId, n: count() })
        .from(papers)
        .where(
          and(
            inArray(
              papers.assemblyId,
              runs.map((r) => r.id),
            ),
            eq(papers.state, 'published'),
          ),
        )
        .groupBy(papers.assemblyId)
    : [];
  const pub = new Map(published.map((p) => [p.assemblyId, p.n]));
  const ranges = await rangeOptions(db, tree);
  const warnings = planProblems(plan.spec, tree.blueprint.part, rangesOf(tree)).map((p) => p.message);
  for (const r of plan.spec.ranges) {
    const opt = ranges.find((o) => o.id === r.rangeId);
    if (opt && opt.activeItems < r.count)
      warnings.push(`鉴定范围 ${opt.code} ${opt.name}：启用试题 ${opt.activeItems} 道，少于每套所需 ${r.count} 道`);
  }
  const sittings = await theorySittingsOfOccupation(
    db,
    tree.blueprint.occupationId,
    tree.blueprint.level,
    chinaToday(),
  );
  const candidates = await approvedCandidatesOfBatches(
    db,
    sittings.map((s) => s.batchId),
  );
  // Runs of per-candidate forms name their sitting (also one of an earlier day, no longer offered).
  const sittingLabels = new Map(
    (await sittingsWithBatchTitles(db, [...new Set(runs.flatMap((r) => (r.sittingId ? [r.sittingId] : [])))])).map(
      (s) => [s.id, `${s.batchTitle} · ${s.day} ${s.startsAt}`],
    ),
  );
  return {
    ...summary(plan, tree, runs.length),
    spec: plan.spec,
    ranges,
    warnings,
    assemblyList: runs.map((r) =>
      presentAssemblySummary(r, pub.get(r.id) ?? 0, r.sittingId ? (sittingLabels.get(r.sittingId) ?? null) : null),
    ),
    sittings: sittings.map((s) => ({
      id: s.id,
      label: `${s.batchTitle} · ${s.day} ${s.startsAt}–${s.endsAt}`,
      candidates: candidates.filter(
        (c) => c.batchId === s.batchId && c.level === tree.blueprint.level && takesPart(c, 'theory'),
      ).length,
    })),
  };
}

async function assertValidPlan(tree: BlueprintTree, body: PlanBody) {
  const problems = planProblems(body.spec, tree.blueprint.part, rangesOf(tree));
  if (problems.length) throw new AppError('VALIDATION', problems.map((p) => p.message).join('；'), problems);
}

export async function createPlan(db: Db, opts: { actor: Actor | null; data: PlanBody }) {
  const scope = await bankScope(db, opts.actor, 'itembank.manage');
  const tree = await blueprintInScope(db, scope, opts.data.blueprintId);
  await assertValidPlan(tree, opts.data);
  const id = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(assemblyPlans)
      .values({
        blueprintId: tree.blueprint.id,
        name: opts.data.name,
        spec: opts.data.spec,
        createdBy: opts.actor!.userId,
      })
      .returning();
    await recordAudit(tx, opts.actor!, {
      action: 'create',
      entity: 'assembly_plan',
      entityId: row.id,
      after: { name: row.name, spec: row.spec },
    });
    return row.id;
  });
  return getPlan(db, { actor: opts.actor, id });
}

export async function updatePlan(db: Db, opts: { actor: Actor | null; id: string; data: PlanBody }) {
  const scope = await bankScope(db, opts.actor, 'itembank.manage');
  const { plan, tree } = await planInScope(db, scope, opts.id);
  if (opts.data.blueprintId !== plan.blueprintId)
    throw new AppError('VALIDATION', '细目表：方案的细目表不能更改', [{ field: 'blueprintId', message: '不能更改' }]);
  await assertValidPlan(tree, opts.data);
  await db.transaction(async (tx) => {
    await tx
      .update(assemblyPlans)
      .set({ name: opts.data.name, spec: opts.data.spec, updatedAt: new Date() })
      .where(eq(assemblyPlans.id, plan.id));
    await recordAudit(tx, opts.actor!, {
      action: 'update',
      entity: 'assembly_plan',
      entityId: plan.id,
      before: { name: plan.name, spec: plan.spec },
      after: { name: opts.data.name, spec: opts.data.spec },
    });
  });
  return getPlan(db, { actor: opts.actor, id: plan.id });
}

/** The capacity report of a plan (before assembling): how many forms the pool supports, and the short cells. */
export async function planCapacity(db: Db, opts: { actor: Actor | null; id: string; formCount: number }) {
  const scope = await bankScope(db, opts.actor, 'itembank.manage');
  const { plan, tree } = await planInScope(db, scope, opts.id);
  const pool = await loadPool(db, tree, plan.spec);
  return capacityReport(pool, plan.spec, opts.formCount, rangeLabels(tree));
}
