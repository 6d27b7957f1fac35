import type { assemblies, papers, paperPrints } from '../../db/schema/index.js';
import type { PaperItem, PaperSummary } from '../../../shared/itembank-papers.js';
import type { BlueprintRow } from './blueprint.store.js';
import type { paperVersions } from './papers.store.js';
import { presentChoice } from './papers.rules.js';

/** Rows → the response shapes of plans, assemblies and papers. */

type AssemblyRow = typeof assemblies.$inferSelect;
type PaperRow = typeof papers.$inferSelect;

export const presentBlueprintRef = (b: BlueprintRow, title: string) => ({
  id: b.id,
  occupationId: b.occupationId,
  occupationName: b.occupationName,
  occupationCode: b.occupationCode,
  level: b.level,
  part: b.part,
  title,
});

/** An assembly passes when the assembler met every constraint and the independent checker found nothing. */
export const assemblyPassed = (a: AssemblyRow) => a.report.unmet.length === 0 && a.report.violations.length === 0;

export const presentAssemblySummary = (a: AssemblyRow, published: number, sittingLabel: string | null = null) => ({
  id: a.id,
  kind: a.kind,
  formCount: a.formCount,
  sittingLabel,
  published,
  passed: assemblyPassed(a),
  createdAt: a.createdAt.toISOString(),
});

export const presentPaperSummary = (
  p: PaperRow,
  ctx: { occupationName: string; level: number; kind: AssemblyRow['kind']; personName: string | null },
): PaperSummary => ({
  id: p.id,
  assemblyId: p.assemblyId,
  label: p.label,
  title: p.title,
  occupationName: ctx.occupationName,
  level: ctx.level,
  kind: ctx.kind,
  personName: ctx.personName,
  itemCount: p.entries.length,
  totalPoints: Number(p.totalPoints),
  durationMinutes: p.durationMinutes,
  state: p.state,
  sealHash: p.sealHash,
  publishedAt: p.publishedAt?.toISOString() ?? null,
  createdAt: p.createdAt.toISOString(),
});

type Versions = Awaited<ReturnType<typeof paperVersions>>;

/** The paper's items in order, options in the form's order, with the answer (bank roles only ever get here). */
export function presentPaperItems(p: PaperRow, versions: Versions): PaperItem[] {
  return p.entries.map((e, i) => {
    const v = versions.get(e.versionId)!;
    const { options, answer } = presentChoice(v.content, e.optionOrder);
    return {
      no: i + 1,
      itemId: e.itemId,
      itemCode: v.itemCode,
      versionId: e.versionId,
      version: v.version,
      type: v.type,
      difficulty: v.difficulty,
      importance: v.importance,
      pointLabel: `${v.pointCode} ${v.pointName}`,
      points: Number(e.points),
      stem: v.content.stem,
      stemImageFileIds: v.content.stemImageFileIds ?? [],
      options,
      answer,
    };
  });
}

export const presentPrint = (r: typeof paperPrints.$inferSelect, printedBy: string | null) => ({
  id: r.id,
  kind: r.kind,
  copies: r.copies,
  note: r.note,
  printedBy,
  printedAt: r.printedAt.toISOString(),
});
