import { shortCellText } from '../../../shared/itembank-papers.js';
import { randomInt } from 'node:crypto';
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { assemblies, itemVersions, papers } from '../../db/schema/index.js';
import type { Actor } from '../../http/access.js';
import { AppError, notFound } from '../../http/errors.js';
import { assemblyKindNames, bankPartNames, type AssemblyKind } from '../../../shared/itembank.js';
import { downloadName } from '../../http/download.js';
import { buildAssemblyReportPdf } from './papers.pdf.js';
import { levelNames } from '../../../shared/centre.rules.js';
import { recordAudit } from '../audit/audit.service.js';
import { personsByIds } from '../people/people.reads.js';
import { batchesForRegistration, sittingsWithBatchTitles } from '../plans/plans.reads.js';
import { approvedCandidatesOfBatches, takesPart } from '../registration/registration.reads.js';
import { assemble } from './assembly/assembler.js';
import { capacityReport } from './assembly/capacity.js';
import { checkForms, summarizeForms } from './assembly/checker.js';
import { bankScope, type BankScope } from './bank.access.js';
import type { AssemblyReport, PaperEntry } from './itembank.types.js';
import { formLabel, planTotalPoints, sealOf } from './papers.rules.js';
import {
  blueprintTitle,
  itemsSeenByPersons,
  loadPool,
  planInScope,
  rangeLabels,
  sealVersions,
} from './papers.store.js';
import { presentAssemblySummary, presentBlueprintRef, presentPaperSummary } from './papers.present.js';

/**
 * Assembly runs (R-BANK-02): fixed papers, parallel forms and one form per candidate of a computer-based sitting,
 * each run checked by the independent checker; publishing seals every form.
 */

interface Candidate {
  personId: string;
  applicationId: string;
  name: string;
}

/** The approved candidates of a sitting's batch at the blueprint's level (R-BANK-02 per-candidate forms). */
async function sittingCandidates(db: Db, sittingId: string, occupationId: string, level: number) {
  const [sitting] = await sittingsWithBatchTitles(db, [sittingId]);
  if (!sitting || sitting.kind !== 'theory')
    throw new AppError('VALIDATION', '场次：应为理论知识考试场次', [
      { field: 'sittingId', message: '应为理论知识考试场次' },
    ]);
  const [batch] = await batchesForRegistration(db, [sitting.batchId]);
  if (!batch || batch.occupationId !== occupationId || !batch.levels.includes(level))
    throw new AppError('VALIDATION', '场次：所属批次的职业或等级与方案的细目表不符', [
      { field: 'sittingId', message: '职业或等级与细目表不符' },
    ]);
  // R-SCORE-03: a candidate taking the skill part alone gets no theory form.
  const apps = (await approvedCandidatesOfBatches(db, [batch.id])).filter(
    (a) => a.level === level && takesPart(a, 'theory'),
  );
  if (!apps.length)
    throw new AppError('VALIDATION', '场次：该批次没有可参加考试的考生', [{ field: 'sittingId', message: '没有考生' }]);
  const names = new Map(
    (
      await personsByIds(
        db,
        apps.map((a) => a.personId),
      )
    ).map((p) => [p.id, p.name]),
  );
  const candidates: Candidate[] = apps.map((a) => ({
    personId: a.personId,
    applicationId: a.id,
    name: names.get(a.personId) ?? '',
  }));
  return { sitting, candidates };
}

export async function assemblePlan(
  db: Db,
  opts: {
    actor: Actor | null;
    planId: string;
    kind: AssemblyKind;
    formCount?: number;
    sittingId?: string;
    seed?: number;
  },
) {
  const scope = await bankScope(db, opts.actor, 'itembank.manage');
  const { plan, tree } = await planInScope(db, scope, opts.planId);
  const bp = tree.blueprint;
  const spec = plan.spec;
  let candidates: Candidate[] = [];
  let sittingId: string | null = null;
  if (opts.kind === 'per_candidate') {
    const s = await sittingCandidates(db, opts.sittingId!, bp.occupationId, bp.level);
    candidates = s.candidates;
    sittingId = s.sitting.id;
  }
  const formCount = opts.kind === 'fixed' ? 1 : opts.kind === 'parallel' ? (opts.formCount ?? 2) : candidates.length;
  const pool = await loadPool(db, tree, spec);
  const labels = rangeLabels(tree);
  const capacity = capacityReport(pool, spec, formCount, labels);
  // R-BANK-02: an infeasible plan is refused before anything is drawn, naming its short cells.
  if (capacity.short.length)
    throw new AppError('VALIDATION', `题库不足以组成试卷：${capacity.short.map(shortCellText).join('；')}`, {
      short: capacity.short,
    });
  if (capacity.maxForms < formCount)
    throw new AppError(
      'VALIDATION',
      `题库在当前方案下最多支持 ${capacity.maxForms} 套试卷，少于所需 ${formCount} 套；最先不足的是 ${capacity.cells[0]?.label ?? '—'}`,
      { capacity },
    );
  // R-BANK-02: a retaking candidate never sees an item it saw on an earlier form of the same occupation.
  const seen = await itemsSeenByPersons(
    db,
    bp.occupationId,
    candidates.map((c) => c.personId),
  );
  const excludedItemIds = new Map<number, ReadonlySet<string>>();
  candidates.forEach((c, i) => {
    const s = seen.get(c.personId);
    if (s?.size) excludedItemIds.set(i, s);
  });
  const seed = opts.seed ?? randomInt(0, 2_147_483_647);
  const started = performance.now();
  const result = assemble({ pool, constraints: spec, formCount, seed, excludedItemIds, labels });
  const millis = Math.round(performance.now() - started);
  const violations = checkForms(result.forms, pool, spec, { excludedItemIds, labels });
  const summaryOfForms = summarizeForms(result.forms, pool, spec, labels);
  const report: AssemblyReport = {
    capacity,
    unmet: result.unmet,
    violations,
    cells: summaryOfForms.cells,
    maxOverlap: summaryOfForms.maxOverlap,
    maxExposure: summaryOfForms.maxExposure,
    millis,
  };
  const totalPoints = planTotalPoints(spec);
  const base = `${bp.occupationName}（${levelNames[bp.level] ?? `${bp.level}级`}）${bankPartNames[bp.part]}试卷`;
  const id = await db.transaction(async (tx) => {
    const [run] = await tx
      .insert(assemblies)
      .values({
        planId: plan.id,
        kind: opts.kind,
        sittingId,
        formCount,
        spec,
        report,
        seed,
        createdBy: opts.actor!.userId,
      })
      .returning();
    if (result.forms.length)
      await tx.insert(papers).values(
        result.forms.map((f, i) => {
          const label = formLabel(opts.kind, i);
          const c = candidates[i];
          return {
            assemblyId: run.id,
            label,
            title: c ? `${base}（${label} · ${c.name}）` : opts.kind === 'fixed' ? base : `${base}（${label} 卷）`,
            personId: c?.personId ?? null,
            applicationId: c?.applicationId ?? null,
            entries: f.entries.map((e) => ({ ...e })) as PaperEntry[],
            totalPoints,
            durationMinutes: spec.durationMinutes,
          };
        }),
      );
    await recordAudit(tx, opts.actor!, {
      action: 'run',
      entity: 'assembly',
      entityId: run.id,
      after: {
        planId: plan.id,
        kind: opts.kind,
        formCount,
        seed,
        unmet: result.unmet.length,
        violations: violations.length,
      },
    });
    return run.id;
  });
  return getAssembly(db, { actor: opts.actor, id });
}

async function assemblyInScope(db: Db, scope: BankScope, id: string) {
  const [run] = await db.select().from(assemblies).where(eq(assemblies.id, id));
  if (!run) throw notFound();
  const { plan, tree } = await planInScope(db, scope, run.planId);
  return { run, plan, tree };
}

export async function getAssembly(db: Db, opts: { actor: Actor | null; id: string }) {
  const scope = await bankScope(db, opts.actor, 'itembank.manage');
  const { run, plan, tree } = await assemblyInScope(db, scope, opts.id);
  const rows = await db.select().from(papers).where(eq(papers.assemblyId, run.id)).orderBy(asc(papers.label));
  const names = new Map(
    (
      await personsByIds(
        db,
        rows.flatMap((r) => (r.personId ? [r.personId] : [])),
      )
    ).map((p) => [p.id, p.name]),
  );
  const sitting = run.sittingId ? (await sittingsWithBatchTitles(db, [run.sittingId]))[0] : undefined;
  const sittingLabel = sitting ? `${sitting.batchTitle} · ${sitting.day} ${sitting.startsAt}` : null;
  const bp = tree.blueprint;
  return {
    ...presentAssemblySummary(run, rows.filter((r) => r.state === 'published').length, sittingLabel),
    planId: plan.id,
    planName: plan.name,
    blueprint: presentBlueprintRef(bp, blueprintTitle(bp)),
    spec: run.spec,
    seed: run.seed,
    report: run.report,
    papers: rows.map((r) =>
      presentPaperSummary(r, {
        occupationName: bp.occupationName,
        level: bp.level,
        kind: run.kind,
        personName: r.personId ? (names.get(r.personId) ?? null) : null,
      }),
    ),
  };
}

/**
 * R-BANK-02: publishing seals every draft form of the run — SHA-256 of its canonical form stored on the paper and
 * recorded in the audit trail — and marks the versions used (a used version never changes). A run the checker
 * did not pass is not published.
 */
export async function publishAssembly(db: Db, opts: { actor: Actor | null; id: string }) {
  const scope = await bankScope(db, opts.actor, 'itembank.manage');
  const { run } = await assemblyInScope(db, scope, opts.id);
  if (run.report.unmet.length || run.report.violations.length)
    throw new AppError('CONFLICT', '本次组卷有未满足的约束或校验未通过，不能发布；请调整方案或题库后重新组卷');
  const drafts = await db
    .select()
    .from(papers)
    .where(and(eq(papers.assemblyId, run.id), eq(papers.state, 'draft')));
  if (!drafts.length) throw new AppError('CONFLICT', '本次组卷的试卷均已发布');
  const now = new Date();
  await db.transaction(async (tx) => {
    const versionIds = [...new Set(drafts.flatMap((p) => p.entries.map((e) => e.versionId)))];
    const versions = await sealVersions(tx, versionIds);
    for (const p of drafts) {
      const sealHash = sealOf(p, versions);
      await tx
        .update(papers)
        .set({ state: 'published', sealHash, publishedBy: opts.actor!.userId, publishedAt: now })
        .where(eq(papers.id, p.id));
      await recordAudit(tx, opts.actor!, {
        action: 'publish',
        entity: 'paper',
        entityId: p.id,
        after: { sealHash, label: p.label, title: p.title, items: p.entries.length },
      });
    }
    await tx
      .update(itemVersions)
      .set({ usedAt: now })
      .where(and(inArray(itemVersions.id, versionIds), isNull(itemVersions.usedAt)));
  });
  const view = await getAssembly(db, { actor: opts.actor, id: run.id });
  return { published: drafts.length, papers: view.papers };
}

/** The assembly report as PDF (plan against result per cell, capacity, the checker's verdict); audited. */
export async function assemblyReportPdf(db: Db, opts: { actor: Actor | null; id: string; fontPath: string }) {
  const scope = await bankScope(db, opts.actor, 'itembank.manage');
  const { run, plan, tree } = await assemblyInScope(db, scope, opts.id);
  const title = `${blueprintTitle(tree.blueprint)} ${plan.name}`;
  const bytes = await buildAssemblyReportPdf(opts.fontPath, {
    title,
    kindName: assemblyKindNames[run.kind],
    formCount: run.formCount,
    seed: run.seed,
    report: run.report,
    createdAt: run.createdAt.toISOString(),
  });
  await db.transaction(async (tx) => {
    await recordAudit(tx, opts.actor!, {
      action: 'download',
      entity: 'assembly',
      entityId: run.id,
      after: { document: '组卷报告' },
    });
  });
  return { bytes, name: downloadName(title, '组卷报告', 'pdf') };
}
