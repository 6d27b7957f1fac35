// R-SCORE-01 (H 成绩管理 §5): after a computer-based sitting the centre runs the answer-pattern review: every pair of
// candidates whose identical wrong answers are far beyond chance (patterns.rules.ts) is flagged with its evidence
// for the centre to clear or refer to violation handling; a flag changes no score. The same run writes each item's
// difficulty and discrimination back to the item bank.
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { answerPatternFlags } from '../../db/schema/index.js';
import { authorize, type Actor } from '../../http/access.js';
import { AppError } from '../../http/errors.js';
import { patternStateNames, type PatternReport } from '../../../shared/scoring.js';
import { recordAudit } from '../audit/audit.service.js';
import { cbtResponsesOfSitting } from '../exams/exams.reads.js';
import { formKeys } from '../itembank/itembank.reads.js';
import { recordItemStatistics } from '../itembank/statistics.service.js';
import { analyseResponses, type Respondent } from './patterns.rules.js';
import { loadSittingScores, readScoringSettings } from './scoring.store.js';

type FlagRow = typeof answerPatternFlags.$inferSelect;

async function report(db: Db, sittingId: string, rows: FlagRow[]): Promise<PatternReport> {
  const ss = await loadSittingScores(db, sittingId);
  const of = new Map(ss.candidates.map((c) => [c.applicationId, c]));
  const who = (id: string) => {
    const c = of.get(id);
    return { applicationId: id, name: c?.name ?? '', ticketNumber: c?.ticketNumber ?? null, score: c?.score ?? null };
  };
  const analysedAt = rows.length ? rows.map((r) => r.createdAt).sort((a, b) => b.getTime() - a.getTime())[0] : null;
  return {
    sittingId,
    computer: ss.computer,
    candidates: ss.candidates.length,
    analysedAt: analysedAt?.toISOString() ?? null,
    flags: rows.map((r) => {
      const e = r.evidence as {
        common: number;
        sharedWrong: number;
        sharedSame: number;
        expected: number;
        log10p: number;
      };
      return {
        id: r.id,
        a: who(r.applicationA),
        b: who(r.applicationB),
        common: e.common,
        sharedWrong: e.sharedWrong,
        sharedSame: e.sharedSame,
        expected: e.expected,
        log10p: e.log10p,
        state: r.state,
        stateName: patternStateNames[r.state],
        note: r.note,
      };
    }),
  };
}

const flagsOf = (db: Db, sittingId: string) =>
  db
    .select()
    .from(answerPatternFlags)
    .where(eq(answerPatternFlags.sittingId, sittingId))
    .orderBy(desc(answerPatternFlags.createdAt));

export async function getPatterns(db: Db, opts: { actor: Actor | null; sittingId: string }) {
  authorize(opts.actor, 'scoring.manage');
  return report(db, opts.sittingId, await flagsOf(db, opts.sittingId));
}

/** Runs the review of a computer-based sitting: new flags added (decided ones kept), item statistics replaced. */
export async function analysePatterns(db: Db, opts: { actor: Actor | null; sittingId: string }) {
  authorize(opts.actor, 'scoring.manage');
  const actor = opts.actor;
  const ss = await loadSittingScores(db, opts.sittingId);
  if (!ss.computer)
    throw new AppError('CONFLICT', '雷同分析只适用于机考场次（纸笔考试的雷同卷由阅卷人员在评卷时发现并记录）');
  const [responses, settings] = await Promise.all([cbtResponsesOfSitting(db, opts.sittingId), readScoringSettings(db)]);
  if (responses.length < 2) throw new AppError('CONFLICT', '已交卷的考生不足两人，无法进行雷同分析');
  const keys = await formKeys(
    db,
    responses.map((r) => r.paperId),
  );
  const keyOfVersion = new Map<string, { key: string; options: number }>();
  const people: Respondent[] = responses.map((r) => {
    const form = keys.get(r.paperId) ?? [];
    const byNo = new Map(form.map((k) => [k.no, k]));
    const answers = new Map<string, string>();
    for (const a of r.answers) {
      const k = byNo.get(a.no);
      if (!k || k.type === 'skill' || !a.value) continue;
      const own = [...a.value.toUpperCase()].map((l) => k.toOriginal[l] ?? '?');
      answers.set(k.versionId, k.type === 'truefalse' ? a.value.toUpperCase() : own.sort().join(''));
    }
    for (const k of form)
      if (k.type !== 'skill')
        keyOfVersion.set(k.versionId, { key: k.key, options: Math.max(2, Object.keys(k.toOriginal).length) });
    return { applicationId: r.applicationId, score: r.score, responses: answers };
  });
  const { flags, items } = analyseResponses(people, keyOfVersion, {
    minShared: settings.patternMinShared,
    exponent: settings.patternExponent,
  });
  await db.transaction(async (tx) => {
    await tx
      .delete(answerPatternFlags)
      .where(and(eq(answerPatternFlags.sittingId, opts.sittingId), eq(answerPatternFlags.state, 'open')));
    const kept = await tx
      .select({ a: answerPatternFlags.applicationA, b: answerPatternFlags.applicationB })
      .from(answerPatternFlags)
      .where(eq(answerPatternFlags.sittingId, opts.sittingId));
    const decided = new Set(kept.map((k) => `${k.a}:${k.b}`));
    const fresh = flags.filter((f) => !decided.has(`${f.applicationA}:${f.applicationB}`));
    if (fresh.length)
      await tx.insert(answerPatternFlags).values(
        fresh.map((f) => ({
          sittingId: opts.sittingId,
          applicationA: f.applicationA,
          applicationB: f.applicationB,
          evidence: {
            common: f.common,
            sharedWrong: f.sharedWrong,
            sharedSame: f.sharedSame,
            expected: f.expected,
            log10p: f.log10p,
          },
        })),
      );
    await recordItemStatistics(tx, actor, opts.sittingId, items);
    await recordAudit(tx, actor, {
      action: 'scoring.patterns',
      entity: 'score_sheet',
      entityId: opts.sittingId,
      after: { candidates: people.length, flags: fresh.length, items: items.length },
    });
  });
  return report(db, opts.sittingId, await flagsOf(db, opts.sittingId));
}

/** The centre's review of a flag: cleared, or referred to violation handling (then recorded as a violation). */
export async function decideFlag(
  db: Db,
  opts: { actor: Actor | null; id: string; state: 'cleared' | 'referred'; note: string },
) {
  authorize(opts.actor, 'scoring.manage');
  const actor = opts.actor;
  const sittingId = await db.transaction(async (tx) => {
    const [f] = await tx.select().from(answerPatternFlags).where(eq(answerPatternFlags.id, opts.id)).for('update');
    if (!f) throw new AppError('NOT_FOUND', '未找到该雷同记录');
    await tx
      .update(answerPatternFlags)
      .set({ state: opts.state, note: opts.note, decidedBy: actor.userId, decidedAt: new Date() })
      .where(eq(answerPatternFlags.id, f.id));
    await recordAudit(tx, actor, {
      action: 'scoring.patterns.decide',
      entity: 'score_sheet',
      entityId: f.sittingId,
      before: { state: f.state },
      after: { state: opts.state, note: opts.note },
    });
    return f.sittingId;
  });
  return report(db, sittingId, await flagsOf(db, sittingId));
}
