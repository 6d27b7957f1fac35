// What other modules may read of the item bank (docs/ARCHITECTURE.md, "Module boundaries"): the computer-based exam
// draws a candidate's published form here. Functions take the database or the caller's transaction and plain
// arguments, no actor: the calling service has authorised its user. The form without its key is what an exam
// client may ever receive; the key is read separately, for scoring on the server only.
import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { assemblies, papers } from '../../db/schema/index.js';
import type { ItemType, PartialCreditRule } from '../../../shared/itembank.js';
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
