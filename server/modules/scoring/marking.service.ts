// R-SCORE-01/04 skill scoring: each examiner of the sitting's group marks a candidate on the task's scoring sheet
// (评分记录表) from the item bank, on a tablet, blind to the others until it submits; two marks first, a third
// examiner when they differ beyond the tolerance, the group leader's decision with a reason when the third agrees
// with neither (2+1+1, marking.rules.ts). An examiner confirms the confidentiality agreement before its first mark of
// a batch (R-SCORE-04); marking is open only within the sitting's window; an examiner with a conflict (R-PPL-08)
// cannot mark that candidate. A resolved score is written into the sheet's entries in the same transaction.
import { and, eq, inArray } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.js';
import { scoreEntries, scoringAgreements, skillDecisions, skillMarks } from '../../db/schema/index.js';
import type { Actor } from '../../http/access.js';
import { authorize } from '../../http/access.js';
import { AppError } from '../../http/errors.js';
import {
  CONFIDENTIALITY_TEXT,
  scorePartNames,
  skillStateNames,
  type MarkDetail,
  type MarkStep,
  type MarkingView,
} from '../../../shared/scoring.js';
import { recordAudit } from '../audit/audit.service.js';
import { publishedDutiesOfPersons } from '../arrangement/arrangement.reads.js';
import { skillSheetOfPaper } from '../itembank/itembank.reads.js';
import { conflictedCandidates, personIdsOfUser, personsByIds } from '../people/people.reads.js';
import { sittingsWithBatchTitles } from '../plans/plans.reads.js';
import { markProblems, markTotal, resolveSkill, type SheetTask, type SkillResolution } from './marking.rules.js';
import { sittingScope, type SittingScope } from './scoring.access.js';
import { loadSittingScores, lockSheet, readScoringSettings, windowOf, type SittingScores } from './scoring.store.js';

type MarkRow = typeof skillMarks.$inferSelect;

export interface MarkingState {
  resolution: SkillResolution;
  submitted: number;
  needed: number;
  marks: MarkRow[];
}

/** Every candidate's 2+1+1 state in a skill sitting. */
export async function markingStates(db: DbOrTx, ss: SittingScores): Promise<Map<string, MarkingState>> {
  const [marks, decisions, settings] = await Promise.all([
    db.select().from(skillMarks).where(eq(skillMarks.sittingId, ss.sitting.id)),
    db.select().from(skillDecisions).where(eq(skillDecisions.sittingId, ss.sitting.id)),
    readScoringSettings(db),
  ]);
  const decisionOf = new Map(decisions.map((d) => [d.applicationId, d.score]));
  const out = new Map<string, MarkingState>();
  for (const c of ss.candidates) {
    const mine = marks.filter((m) => m.applicationId === c.applicationId);
    const submitted = mine.filter((m) => m.submittedAt);
    const resolution = resolveSkill({
      marks: submitted.map((m) => ({ examinerId: m.examinerId, round: m.round, total: m.total, steps: m.steps })),
      groupSize: settings.marksPerCandidate,
      decision: decisionOf.get(c.applicationId) ?? null,
      settings,
    });
    out.set(c.applicationId, {
      resolution,
      submitted: submitted.filter((m) => m.round === 1).length,
      needed: settings.marksPerCandidate,
      marks: mine,
    });
  }
  return out;
}

const sheetTasks = (tasks: { points: number; steps: { points: number; veto: boolean }[] }[]): SheetTask[] =>
  tasks.map((t) => ({ points: t.points, steps: t.steps.map((s) => ({ points: s.points, veto: s.veto })) }));

async function loadMarking(db: DbOrTx, actor: Actor | null, sittingId: string) {
  const scope = await sittingScope(db, actor, sittingId, 'scoring.mark');
  if (!scope.examinerId) throw new AppError('FORBIDDEN', '只有该场次考评组的考评员可以评分');
  const ss = await loadSittingScores(db, sittingId);
  if (ss.part !== 'skill')
    throw new AppError('CONFLICT', `${scorePartNames[ss.part]}场次不在此评分，请在成绩登记表中录入`);
  const sheet = ss.sheet.paperId ? await skillSheetOfPaper(db, ss.sheet.paperId) : null;
  return { scope, ss, sheet };
}

function mayMark(
  scope: SittingScope,
  state: MarkingState,
  conflict: boolean,
  absent: boolean,
): { mark: boolean; round: number | null } {
  const me = scope.examinerId!;
  const mine = state.marks.find((m) => m.examinerId === me);
  if (conflict || absent) return { mark: false, round: null };
  if (mine) return { mark: !mine.submittedAt, round: mine.round };
  const firsts = state.marks.filter((m) => m.round === 1 && m.examinerId !== me);
  if (firsts.length < state.needed) return { mark: true, round: 1 };
  if (state.resolution.state === 'third_needed' && !state.marks.some((m) => m.round === 3))
    return { mark: true, round: 3 };
  return { mark: false, round: null };
}

async function agreed(db: DbOrTx, batchId: string, personId: string) {
  const [row] = await db
    .select()
    .from(scoringAgreements)
    .where(and(eq(scoringAgreements.batchId, batchId), eq(scoringAgreements.personId, personId)));
  return !!row;
}

export async function getMarking(
  db: Db,
  opts: { actor: Actor | null; sittingId: string; now?: Date },
): Promise<MarkingView> {
  const { scope, ss, sheet } = await loadMarking(db, opts.actor, opts.sittingId);
  const now = opts.now ?? new Date();
  const [states, window, conflicts, ok] = await Promise.all([
    markingStates(db, ss),
    windowOf(db, ss),
    conflictedCandidates(
      db,
      [scope.examinerId!],
      ss.candidates.map((c) => c.personId),
    ),
    agreed(db, ss.batch.id, scope.examinerId!),
  ]);
  const open = now >= window.opens && now <= window.closes && !ss.sheet.signedAt;
  return {
    sittingId: ss.sitting.id,
    batchTitle: ss.batch.title,
    kindName: scorePartNames[ss.part],
    day: ss.sitting.day,
    leader: scope.leader,
    agreed: ok,
    agreementText: CONFIDENTIALITY_TEXT,
    windowOpensAt: window.opens.toISOString(),
    windowClosesAt: window.closes.toISOString(),
    windowOpen: open,
    paperTitle: sheet?.title ?? null,
    tasks: (sheet?.tasks ?? []).map((t) => ({
      no: t.no,
      title: t.title,
      points: t.points,
      timeLimitMinutes: t.timeLimitMinutes,
      overtimeRule: t.overtimeRule,
      steps: t.steps.map((s) => ({
        element: s.element,
        requirement: s.requirement,
        points: s.points,
        criteria: s.criteria,
        deductions: s.deductions,
        veto: s.veto,
      })),
    })),
    candidates: ss.candidates.map((c) => {
      const st = states.get(c.applicationId)!;
      const mine = st.marks.find((m) => m.examinerId === scope.examinerId);
      const conflict = conflicts.has(c.personId);
      const may = mayMark(scope, st, conflict, c.absent);
      return {
        applicationId: c.applicationId,
        name: c.name,
        idMasked: c.idMasked,
        ticketNumber: c.ticketNumber,
        seatNo: c.seatNo,
        mine: mine ? (mine.submittedAt ? 'submitted' : 'draft') : 'none',
        myTotal: mine?.total ?? null,
        state: c.absent ? 'absent' : st.resolution.state,
        stateName: c.absent ? '缺考' : (skillStateNames[st.resolution.state] ?? st.resolution.state),
        score: st.resolution.state === 'resolved' ? st.resolution.score : null,
        conflict,
        may: {
          mark: open && !!sheet && may.mark,
          round: may.round,
          decide: open && scope.leader && st.resolution.state === 'leader_needed' && !conflict,
        },
      };
    }),
  };
}

export async function getMark(
  db: Db,
  opts: { actor: Actor | null; sittingId: string; applicationId: string },
): Promise<MarkDetail> {
  const { scope, ss } = await loadMarking(db, opts.actor, opts.sittingId);
  const c = ss.candidates.find((x) => x.applicationId === opts.applicationId);
  if (!c) throw new AppError('NOT_FOUND', '本场次没有该考生');
  const states = await markingStates(db, ss);
  const st = states.get(c.applicationId)!;
  const mine = st.marks.find((m) => m.examinerId === scope.examinerId);
  // Blind marking: the others' marks only after mine is submitted, or to the leader who must decide.
  const seeOthers = !!mine?.submittedAt || (scope.leader && st.resolution.state === 'leader_needed');
  const others = seeOthers ? st.marks.filter((m) => m.examinerId !== scope.examinerId && m.submittedAt) : [];
  const names = new Map(
    (
      await personsByIds(
        db,
        others.map((m) => m.examinerId),
      )
    ).map((p) => [p.id, p.name]),
  );
  return {
    applicationId: c.applicationId,
    name: c.name,
    idMasked: c.idMasked,
    ticketNumber: c.ticketNumber,
    mine: mine
      ? {
          steps: mine.steps,
          overtimeDeduction: mine.overtimeDeduction,
          total: mine.total,
          note: mine.note,
          submitted: !!mine.submittedAt,
          round: mine.round,
        }
      : null,
    others: others.map((m) => ({
      examinerName: names.get(m.examinerId) ?? '',
      round: m.round,
      total: m.total,
      steps: m.steps,
      submittedAt: m.submittedAt!.toISOString(),
    })),
    state: st.resolution.state,
    stateName: skillStateNames[st.resolution.state] ?? st.resolution.state,
    score: st.resolution.state === 'resolved' ? st.resolution.score : null,
  };
}

/** R-SCORE-04: the examiner confirms the confidentiality agreement for the sitting's batch. */
export async function confirmAgreement(db: Db, opts: { actor: Actor | null; sittingId: string }) {
  const { scope, ss } = await loadMarking(db, opts.actor, opts.sittingId);
  await db.transaction(async (tx) => {
    const [made] = await tx
      .insert(scoringAgreements)
      .values({ batchId: ss.batch.id, personId: scope.examinerId!, text: CONFIDENTIALITY_TEXT })
      .onConflictDoNothing()
      .returning();
    if (made)
      await recordAudit(tx, opts.actor!, {
        action: 'scoring.agree',
        entity: 'score_sheet',
        entityId: ss.sitting.id,
        after: { batch: ss.batch.title },
      });
  });
  return { agreed: true };
}

/** Writes the resolved score of a candidate into the entries (source `marking`), in the caller's transaction. */
async function applyResolution(tx: DbOrTx, ss: SittingScores, applicationId: string, actor: Actor) {
  const states = await markingStates(tx, ss);
  const st = states.get(applicationId);
  if (st?.resolution.state !== 'resolved') return st?.resolution ?? null;
  const values = {
    absent: 'no' as const,
    score: st.resolution.score,
    source: 'marking',
    enteredBy: actor.userId,
    updatedAt: new Date(),
  };
  await tx
    .insert(scoreEntries)
    .values({ sittingId: ss.sitting.id, applicationId, ...values })
    .onConflictDoUpdate({ target: [scoreEntries.sittingId, scoreEntries.applicationId], set: values });
  return st.resolution;
}

async function assertOpen(db: DbOrTx, ss: SittingScores, now: Date) {
  if (ss.sheet.signedAt) throw new AppError('CONFLICT', '成绩登记表已签字，评分已结束');
  const w = await windowOf(db, ss);
  const fmt = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
  if (now < w.opens || now > w.closes)
    throw new AppError('CONFLICT', `不在评分时间内：本场次评分时间为 ${fmt(w.opens)} 至 ${fmt(w.closes)}`);
}

export async function saveMark(
  db: Db,
  opts: {
    actor: Actor | null;
    sittingId: string;
    applicationId: string;
    steps: MarkStep[];
    overtimeDeduction: number;
    note?: string | null;
    submit: boolean;
    now?: Date;
  },
): Promise<MarkDetail> {
  const now = opts.now ?? new Date();
  const { scope } = await loadMarking(db, opts.actor, opts.sittingId);
  await db.transaction(async (tx) => {
    await lockSheet(tx, opts.sittingId);
    const ss = await loadSittingScores(tx, opts.sittingId, now);
    const c = ss.candidates.find((x) => x.applicationId === opts.applicationId);
    if (!c) throw new AppError('NOT_FOUND', '本场次没有该考生');
    await assertOpen(tx, ss, now);
    if (!(await agreed(tx, ss.batch.id, scope.examinerId!)))
      throw new AppError('CONFLICT', '评分前请先阅读并确认考评人员保密承诺');
    // R-PPL-08: an examiner with a conflict does not mark that candidate.
    const conflicts = await conflictedCandidates(tx, [scope.examinerId!], [c.personId]);
    if (conflicts.size)
      throw new AppError('FORBIDDEN', '您与该考生存在回避关系（亲属、任课教师或其他利害关系），不能为其评分');
    if (c.absent) throw new AppError('CONFLICT', '该考生缺考，无需评分');
    const sheet = ss.sheet.paperId ? await skillSheetOfPaper(tx, ss.sheet.paperId) : null;
    if (!sheet) throw new AppError('CONFLICT', '中心尚未指定本场次评分所用的操作技能试卷');
    const states = await markingStates(tx, ss);
    const st = states.get(c.applicationId)!;
    const may = mayMark(scope, st, false, false);
    const mine = st.marks.find((m) => m.examinerId === scope.examinerId);
    if (mine?.submittedAt) throw new AppError('CONFLICT', '您已提交该考生的评分，提交后不能修改');
    if (!may.mark || may.round === null)
      throw new AppError(
        'CONFLICT',
        st.resolution.state === 'resolved'
          ? '该考生的成绩已确定，无需再评分'
          : `该考生已有 ${st.submitted} 位考评员评分，无需您再评分`,
      );
    const tasks = sheetTasks(sheet.tasks);
    const problems = markProblems(tasks, opts.steps).filter((p) => opts.submit || !p.endsWith('尚未评分'));
    if (problems.length)
      throw new AppError(
        'VALIDATION',
        `评分：${problems.slice(0, 5).join('；')}`,
        problems.map((message) => ({ field: 'steps', message })),
      );
    const total = markTotal(tasks, opts.steps, opts.overtimeDeduction);
    const values = {
      steps: opts.steps.map((s) => ({ ...s, note: s.note ?? null })),
      overtimeDeduction: opts.overtimeDeduction,
      total,
      note: opts.note ?? null,
      submittedAt: opts.submit ? now : null,
      updatedAt: now,
    };
    if (mine) await tx.update(skillMarks).set(values).where(eq(skillMarks.id, mine.id));
    else
      await tx.insert(skillMarks).values({
        sittingId: ss.sitting.id,
        applicationId: c.applicationId,
        examinerId: scope.examinerId!,
        round: may.round,
        ...values,
      });
    if (opts.submit) {
      const resolution = await applyResolution(tx, ss, c.applicationId, opts.actor!);
      await recordAudit(tx, opts.actor!, {
        action: 'scoring.mark',
        entity: 'score_sheet',
        entityId: ss.sitting.id,
        after: {
          candidate: c.name,
          round: may.round,
          total,
          state: resolution ? (skillStateNames[resolution.state] ?? resolution.state) : null,
        },
      });
    }
  });
  return getMark(db, { actor: opts.actor, sittingId: opts.sittingId, applicationId: opts.applicationId });
}

/** 2+1+1: the group leader decides when the third mark agrees with neither, with a reason. */
export async function decideMark(
  db: Db,
  opts: { actor: Actor | null; sittingId: string; applicationId: string; score: number; reason: string; now?: Date },
): Promise<MarkDetail> {
  const now = opts.now ?? new Date();
  const { scope } = await loadMarking(db, opts.actor, opts.sittingId);
  if (!scope.leader) throw new AppError('FORBIDDEN', '只有考评组组长可以裁定成绩');
  await db.transaction(async (tx) => {
    await lockSheet(tx, opts.sittingId);
    const ss = await loadSittingScores(tx, opts.sittingId, now);
    const c = ss.candidates.find((x) => x.applicationId === opts.applicationId);
    if (!c) throw new AppError('NOT_FOUND', '本场次没有该考生');
    await assertOpen(tx, ss, now);
    const conflicts = await conflictedCandidates(tx, [scope.examinerId!], [c.personId]);
    if (conflicts.size) throw new AppError('FORBIDDEN', '您与该考生存在回避关系，不能裁定其成绩');
    const st = (await markingStates(tx, ss)).get(c.applicationId)!;
    if (st.resolution.state !== 'leader_needed')
      throw new AppError('CONFLICT', '只有第三评与前两评均不一致时才由组长裁定');
    await tx.insert(skillDecisions).values({
      sittingId: ss.sitting.id,
      applicationId: c.applicationId,
      score: opts.score,
      reason: opts.reason,
      decidedBy: scope.examinerId!,
    });
    await applyResolution(tx, ss, c.applicationId, opts.actor!);
    await recordAudit(tx, opts.actor!, {
      action: 'scoring.decide',
      entity: 'score_sheet',
      entityId: ss.sitting.id,
      after: { candidate: c.name, score: opts.score, reason: opts.reason },
    });
  });
  return getMark(db, { actor: opts.actor, sittingId: opts.sittingId, applicationId: opts.applicationId });
}

/** The sittings an examiner marks (skill) or enters (review) in published arrangements, with progress. */
export async function mySittings(db: Db, opts: { actor: Actor | null; now?: Date }) {
  authorize(opts.actor, 'scoring.mark');
  const now = opts.now ?? new Date();
  const personIds = await personIdsOfUser(db, opts.actor.userId);
  const duties = (await publishedDutiesOfPersons(db, personIds)).filter((d) => d.duty === 'examiner');
  const ids = [...new Set(duties.map((d) => d.sittingId))];
  const sittings = (await sittingsWithBatchTitles(db, ids)).filter((s) => s.kind === 'skill' || s.kind === 'review');
  const items = [];
  for (const s of sittings) {
    const ss = await loadSittingScores(db, s.id, now);
    const states = ss.part === 'skill' ? await markingStates(db, ss) : new Map<string, MarkingState>();
    const window = await windowOf(db, ss);
    const mine = [...states.values()].filter((st) =>
      st.marks.some((m) => personIds.includes(m.examinerId) && m.submittedAt),
    );
    items.push({
      sittingId: s.id,
      batchTitle: s.batchTitle,
      kind: ss.part,
      kindName: scorePartNames[ss.part],
      day: s.day,
      leader: duties.some((d) => d.sittingId === s.id && d.leader),
      candidates: ss.candidates.length,
      myMarks: mine.length,
      resolved:
        ss.part === 'skill'
          ? [...states.values()].filter((st) => st.resolution.state === 'resolved').length
          : ss.candidates.filter((c) => c.score !== null || c.absent).length,
      windowOpen: now >= window.opens && now <= window.closes && !ss.sheet.signedAt,
    });
  }
  items.sort((a, b) => b.day.localeCompare(a.day));
  return { items };
}

/** Marks of candidates (for the 评分记录表 PDF). */
export async function marksOf(db: DbOrTx, sittingId: string, applicationIds: readonly string[]) {
  if (!applicationIds.length) return [];
  return db
    .select()
    .from(skillMarks)
    .where(and(eq(skillMarks.sittingId, sittingId), inArray(skillMarks.applicationId, [...applicationIds])));
}
