// What other modules may read of the item bank (docs/ARCHITECTURE.md, "Module boundaries"): the computer-based exam
// draws a candidate's published form here. Functions take the database or the caller's transaction and plain
// arguments, no actor: the calling service has authorised its user. The form without its key is what an exam
// client may ever receive; the key is read separately, for scoring on the server only.
import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { assemblies, assemblyPlans, blueprints, papers } from '../../db/schema/index.js';
import type { ItemType, PartialCreditRule, SkillStep } from '../../../shared/itembank.js';
import { presentChoice } from './papers.rules.js';
import { paperVersions } from './papers.store.js';
import { readBankSettings } from './settings.store.js';

/** One item of a published form as the exam shows it: options in the form's order, relabelled A, B, …; no answer. */
export interface ExamItem {
  no: number;
  versionId: string;
  type: ItemType;
  points: number;
  stem: string;
  stemImageFileIds: string[];
  options: { key: string; text: string; imageFileId: string | null }[];
}

export interface ExamPaper {
  paperId: string;
  title: string;
  durationMinutes: number;
  totalPoints: number;
  sealHash: string;
  items: ExamItem[];
}

type PaperRow = typeof papers.$inferSelect;

async function examPaperOf(db: DbOrTx, p: PaperRow): Promise<ExamPaper> {
  const versions = await paperVersions(
    db,
    p.entries.map((e) => e.versionId),
  );
  return {
    paperId: p.id,
    title: p.title,
    durationMinutes: p.durationMinutes,
    totalPoints: Number(p.totalPoints),
    sealHash: p.sealHash!,
    items: p.entries.map((e, i) => {
      const c = versions.get(e.versionId)!.content;
      const choice = 'options' in c ? c : null;
      const order = choice ? (e.optionOrder ?? choice.options.map((_, k) => k)) : [];
      return {
        no: i + 1,
        versionId: e.versionId,
        type: c.type,
        points: Number(e.points),
        stem: c.stem,
        stemImageFileIds: [...(c.stemImageFileIds ?? [])],
        options: choice
          ? order.map((src, k) => ({
              key: 'ABCDEFGH'[k],
              text: choice.options[src].text,
              imageFileId: choice.options[src].imageFileId ?? null,
            }))
          : [],
      };
    }),
  };
}

/** R-BANK-02: the published form of one candidate (person) for a computer-based sitting, without its key; or null. */
export async function publishedFormOfCandidate(
  db: DbOrTx,
  q: { sittingId: string; personId: string },
): Promise<ExamPaper | null> {
  const [row] = await db
    .select({ paper: papers })
    .from(papers)
    .innerJoin(assemblies, eq(assemblies.id, papers.assemblyId))
    .where(and(eq(assemblies.sittingId, q.sittingId), eq(papers.personId, q.personId), eq(papers.state, 'published')));
  return row ? examPaperOf(db, row.paper) : null;
}

/** The published paper of `paperId` without its key (a fixed paper a sitting uses), or null. */
export async function publishedPaper(db: DbOrTx, paperId: string): Promise<ExamPaper | null> {
  const [p] = await db
    .select()
    .from(papers)
    .where(and(eq(papers.id, paperId), eq(papers.state, 'published')));
  return p ? examPaperOf(db, p) : null;
}

/**
 * The key of a published paper, for scoring on the server: per item its answer in the form's letters
 * (`'AC'`, `'正确'`/`'错误'`), its points and the version (so a score names exactly what was asked); null when the
 * paper is not published.
 */
export async function publishedPaperKey(
  db: DbOrTx,
  paperId: string,
): Promise<{ no: number; versionId: string; type: ItemType; points: number; answer: string }[] | null> {
  const [p] = await db
    .select()
    .from(papers)
    .where(and(eq(papers.id, paperId), eq(papers.state, 'published')));
  if (!p) return null;
  const versions = await paperVersions(
    db,
    p.entries.map((e) => e.versionId),
  );
  return p.entries.map((e, i) => {
    const c = versions.get(e.versionId)!.content;
    return {
      no: i + 1,
      versionId: e.versionId,
      type: c.type,
      points: Number(e.points),
      answer: presentChoice(c, e.optionOrder).answer,
    };
  });
}

/** R-EXAM-02: how a partly right multiple-choice answer scores (the bank's setting: none, half, proportional). */
export async function multiplePartialCredit(db: DbOrTx): Promise<PartialCreditRule> {
  return (await readBankSettings(db)).multiplePartialCredit;
}

/** A published skill paper (操作技能试卷) of an occupation and level, as the scoring setup lists it (no content). */
export interface SkillPaperChoice {
  id: string;
  title: string;
  label: string;
  level: number;
  publishedAt: string | null;
}

/** The published skill papers of an occupation (fixed papers, not per-candidate forms), newest first. */
export async function publishedSkillPapers(db: DbOrTx, occupationId: string): Promise<SkillPaperChoice[]> {
  const rows = await db
    .select({
      id: papers.id,
      title: papers.title,
      label: papers.label,
      level: blueprints.level,
      publishedAt: papers.publishedAt,
    })
    .from(papers)
    .innerJoin(assemblies, eq(assemblies.id, papers.assemblyId))
    .innerJoin(assemblyPlans, eq(assemblyPlans.id, assemblies.planId))
    .innerJoin(blueprints, eq(blueprints.id, assemblyPlans.blueprintId))
    .where(
      and(
        eq(papers.state, 'published'),
        eq(blueprints.occupationId, occupationId),
        eq(blueprints.part, 'skill'),
        isNull(papers.personId),
      ),
    )
    .orderBy(desc(papers.publishedAt));
  return rows.map((r) => ({ ...r, publishedAt: r.publishedAt?.toISOString() ?? null }));
}

/** One task of a skill paper's scoring sheet (评分记录表), for the examiners who mark it (R-SCORE-01). */
export interface SkillSheetTask {
  no: number;
  versionId: string;
  title: string;
  points: number;
  timeLimitMinutes: number;
  overtimeRule: string;
  steps: SkillStep[];
}

/** The scoring sheet of a published skill paper: its tasks with their steps; null when not a published skill paper. */
export async function skillSheetOfPaper(
  db: DbOrTx,
  paperId: string,
): Promise<{ paperId: string; title: string; tasks: SkillSheetTask[] } | null> {
  const [p] = await db
    .select()
    .from(papers)
    .where(and(eq(papers.id, paperId), eq(papers.state, 'published')));
  if (!p) return null;
  const versions = await paperVersions(
    db,
    p.entries.map((e) => e.versionId),
  );
  const tasks: SkillSheetTask[] = [];
  p.entries.forEach((e, i) => {
    const c = versions.get(e.versionId)!.content;
    if (c.type !== 'skill') return;
    tasks.push({
      no: i + 1,
      versionId: e.versionId,
      title: c.stem,
      points: Number(e.points),
      timeLimitMinutes: c.timeLimitMinutes,
      overtimeRule: c.overtimeRule,
      steps: c.steps.map((s) => ({ ...s, deductions: s.deductions.map((d) => ({ ...d })) })),
    });
  });
  return tasks.length ? { paperId: p.id, title: p.title, tasks } : null;
}

/** One item of a form with its key in the item's own option keys, so answers on different forms compare (R-SCORE-01 §5). */
export interface FormItemKey {
  no: number;
  versionId: string;
  type: ItemType;
  /** The form's letter → the item's own option key ('A' on this form may be option 'C' as written). */
  toOriginal: Record<string, string>;
  /** The right answer in the item's own keys, sorted ('AC'), or 'T'/'F'. */
  key: string;
}

/** The keys of published forms in the items' own option keys, for comparing answers across forms; by paper id. */
export async function formKeys(db: DbOrTx, paperIds: readonly string[]): Promise<Map<string, FormItemKey[]>> {
  const out = new Map<string, FormItemKey[]>();
  if (!paperIds.length) return out;
  const rows = await db
    .select()
    .from(papers)
    .where(and(inArray(papers.id, [...new Set(paperIds)]), eq(papers.state, 'published')));
  const versions = await paperVersions(
    db,
    rows.flatMap((p) => p.entries.map((e) => e.versionId)),
  );
  for (const p of rows)
    out.set(
      p.id,
      p.entries.map((e, i): FormItemKey => {
        const c = versions.get(e.versionId)!.content;
        if (c.type === 'truefalse')
          return {
            no: i + 1,
            versionId: e.versionId,
            type: c.type,
            toOriginal: { T: 'T', F: 'F' },
            key: c.answer ? 'T' : 'F',
          };
        if (c.type === 'skill') return { no: i + 1, versionId: e.versionId, type: c.type, toOriginal: {}, key: '' };
        const order =
          e.optionOrder && e.optionOrder.length === c.options.length ? e.optionOrder : c.options.map((_, k) => k);
        const toOriginal: Record<string, string> = {};
        order.forEach((src, k) => (toOriginal['ABCDEFGH'[k]] = c.options[src].key));
        return { no: i + 1, versionId: e.versionId, type: c.type, toOriginal, key: [...c.answer].sort().join('') };
      }),
    );
  return out;
}
