// R-SCORE-01/04: a sitting's 成绩登记表. Theory on paper is entered in a keyboard-first grid or imported in the
// authority's result-sheet layout (准考证号 … 成绩, 缺考 as its own value); a computer-based sitting scores itself;
// 缺考 follows the exam day's attendance; skill scores come from the examiners' marks (marking.service.ts); the
// comprehensive review is entered by its panel. Signed by the group leader and the recorder (汇总记分员); after that
// a score changes only by an approved correction (corrections.service.ts).
import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Db, DbOrTx } from '../../db/client.js';
import { scoreEntries, scoreSheets } from '../../db/schema/index.js';
import type { Actor } from '../../http/access.js';
import { AppError, type FieldIssue } from '../../http/errors.js';
import { assertClean, readSheet, writeWorkbook } from '../../http/sheet.js';
import {
  scorePartNames,
  sheetSignRoleNames,
  skillStateNames,
  sourceNames,
  type ScoreSheet,
  type ScoreSheetSignature,
  type SheetSignRole,
} from '../../../shared/scoring.js';
import { recordAudit } from '../audit/audit.service.js';
import { publishedSkillPapers } from '../itembank/itembank.reads.js';
import { personsByIds } from '../people/people.reads.js';
import { markingStates } from './marking.service.js';
import { sittingScope, type SittingScope } from './scoring.access.js';
import {
  defaultWindow,
  loadSittingScores,
  lockSheet,
  readScoringSettings,
  windowOf,
  type SittingScores,
} from './scoring.store.js';

type Opts = { actor: Actor | null; sittingId: string; now?: Date };

const signedConflict = () =>
  new AppError(
    'CONFLICT',
    '成绩登记表已由考评组组长和汇总记分员签字，成绩不能再直接修改；如需修改，请提出成绩更正申请',
  );

/** Who may sign which line of the sheet now. */
function signRoles(scope: SittingScope, actor: Actor, signatures: ScoreSheetSignature[]): SheetSignRole[] {
  const out: SheetSignRole[] = [];
  const has = (r: SheetSignRole) => signatures.some((s) => s.role === r);
  const signedAs = signatures.find((s) => s.userId === actor.userId);
  if (signedAs) return out;
  if (scope.leader && !has('leader')) out.push('leader');
  // The recorder: the centre's staff, or an examiner of the group who is not its leader.
  if (!has('recorder') && (scope.centre || (scope.examinerId && !scope.leader))) out.push('recorder');
  return out;
}

async function compose(db: DbOrTx, actor: Actor, scope: SittingScope, ss: SittingScores): Promise<ScoreSheet> {
  const [marking, examinerPeople, papers, window] = await Promise.all([
    ss.part === 'skill' ? markingStates(db, ss) : Promise.resolve(null),
    personsByIds(
      db,
      scope.group.map((g) => g.personId),
    ),
    ss.part === 'skill' && ss.batch.occupationId
      ? publishedSkillPapers(db, ss.batch.occupationId)
      : Promise.resolve([]),
    windowOf(db, ss),
  ]);
  const nameOf = new Map(examinerPeople.map((p) => [p.id, p.name]));
  const signed = !!ss.sheet.signedAt;
  const paper = ss.sheet.paperId ? papers.find((p) => p.id === ss.sheet.paperId) : null;
  const rows = ss.candidates.map((c) => {
    const m = marking?.get(c.applicationId) ?? null;
    return {
      applicationId: c.applicationId,
      name: c.name,
      idMasked: c.idMasked,
      ticketNumber: c.ticketNumber,
      roomName: c.roomName,
      seatNo: c.seatNo,
      level: c.level,
      absent: c.absent,
      score: c.score,
      source: c.source,
      sourceName: c.exempt ? '依据材料认定合格' : c.source ? (sourceNames[c.source] ?? c.source) : '未录入',
      attendance: c.attendance,
      violations: c.violations.map((v) => ({ tier: v.tier, clauseName: v.clauseName, overturned: v.overturned })),
      marking: m
        ? {
            state: m.resolution.state,
            stateName: skillStateNames[m.resolution.state] ?? m.resolution.state,
            submitted: m.submitted,
            needed: m.needed,
          }
        : null,
    };
  });
  const entered = ss.candidates.filter((c) => c.score !== null || c.exempt).length;
  const absent = rows.filter((r) => r.absent).length;
  const enterable = ss.part !== 'skill' && !ss.computer;
  return {
    sittingId: ss.sitting.id,
    batchId: ss.batch.id,
    batchTitle: ss.batch.title,
    kind: ss.part,
    kindName: scorePartNames[ss.part],
    day: ss.sitting.day,
    startsAt: ss.sitting.startsAt,
    endsAt: ss.sitting.endsAt,
    computer: ss.computer,
    paper: paper ? { id: paper.id, title: `${paper.title}（${paper.label}）` } : null,
    paperChoices: papers.map((p) => ({ id: p.id, title: `${p.title}（${p.label}）`, level: p.level })),
    windowOpensAt: window.opens.toISOString(),
    windowClosesAt: window.closes.toISOString(),
    examiners: scope.group.map((g) => ({ personId: g.personId, name: nameOf.get(g.personId) ?? '', leader: g.leader })),
    signatures: ss.sheet.signatures.map((s) => ({
      role: s.role,
      roleName: sheetSignRoleNames[s.role],
      name: s.name,
      at: s.at,
    })),
    signedAt: ss.sheet.signedAt?.toISOString() ?? null,
    rows,
    counts: { total: rows.length, entered, absent, missing: rows.length - entered - absent },
    may: {
      enter: !signed && enterable && (scope.centre || (ss.part === 'review' && !!scope.examinerId)),
      setup: !signed && scope.centre,
      sign: signed ? [] : signRoles(scope, actor, ss.sheet.signatures),
      correct: signed && scope.centre,
      evidence: !signed && scope.centre && ss.batch.method !== 'exam' && ss.part !== 'review',
    },
  };
}

export async function getSheet(db: Db, opts: Opts): Promise<ScoreSheet> {
  const scope = await sittingScope(db, opts.actor, opts.sittingId);
  const ss = await loadSittingScores(db, opts.sittingId, opts.now);
  return compose(db, opts.actor!, scope, ss);
}

/** The candidates of a sitting by application id, for checking what is entered. */
function assertEnterable(ss: SittingScores, scope: SittingScope) {
  if (ss.sheet.signedAt) throw signedConflict();
  if (ss.computer) throw new AppError('CONFLICT', '机考场次的理论成绩由系统在交卷时自动评分，不能手工录入');
  if (ss.part === 'skill')
    throw new AppError('CONFLICT', '操作技能成绩由考评组在评分页面逐项评分后自动汇总，不能在此直接录入');
  if (!scope.centre && !(ss.part === 'review' && scope.examinerId))
    throw new AppError('FORBIDDEN', '您没有录入该场次成绩的权限');
}

type EntryIn = { applicationId: string; absent: boolean; score: number | null };

/** Writes entries (a null score and not absent clears the entry) and one audit row; in the caller's transaction. */
async function writeEntries(
  tx: DbOrTx,
  actor: Actor,
  ss: SittingScores,
  entries: EntryIn[],
  source: 'entry' | 'import',
): Promise<number> {
  const before = new Map(ss.candidates.map((c) => [c.applicationId, c]));
  const changes: { name: string; from: string; to: string }[] = [];
  const show = (absent: boolean, score: number | null) => (absent ? '缺考' : score === null ? '—' : String(score));
  for (const e of entries) {
    const c = before.get(e.applicationId)!;
    const from = c.stored ? show(c.absent, c.score) : '—';
    const to = show(e.absent, e.score);
    if (from === to && c.stored) continue;
    if (!e.absent && e.score === null) {
      await tx
        .delete(scoreEntries)
        .where(and(eq(scoreEntries.sittingId, ss.sitting.id), eq(scoreEntries.applicationId, e.applicationId)));
    } else {
      const values = {
        absent: e.absent ? ('yes' as const) : ('no' as const),
        score: e.absent ? null : e.score,
        source,
        enteredBy: actor.userId,
        updatedAt: new Date(),
      };
      await tx
        .insert(scoreEntries)
        .values({ sittingId: ss.sitting.id, applicationId: e.applicationId, ...values })
        .onConflictDoUpdate({ target: [scoreEntries.sittingId, scoreEntries.applicationId], set: values });
    }
    changes.push({ name: c.name, from, to });
  }
  if (changes.length)
    await recordAudit(tx, actor, {
      action: source === 'import' ? 'scoring.import' : 'scoring.enter',
      entity: 'score_sheet',
      entityId: ss.sitting.id,
      after: {
        sitting: `${ss.batch.title} ${scorePartNames[ss.part]}`,
        count: changes.length,
        changes: changes.slice(0, 200),
      },
    });
  return changes.length;
}

/** The grid's save: every row a candidate of the sitting, or nothing is saved. */
export async function saveEntries(db: Db, opts: Opts & { entries: EntryIn[] }) {
  const scope = await sittingScope(db, opts.actor, opts.sittingId);
  return db.transaction(async (tx) => {
    await lockSheet(tx, opts.sittingId);
    const ss = await loadSittingScores(tx, opts.sittingId, opts.now);
    assertEnterable(ss, scope);
    const known = new Set(ss.candidates.map((c) => c.applicationId));
    const issues: FieldIssue[] = [];
    const seen = new Set<string>();
    opts.entries.forEach((e, i) => {
      if (!known.has(e.applicationId))
        issues.push({ field: `entries.${i}.applicationId`, message: `第 ${i + 1} 行：该考生不在本场次` });
      else if (seen.has(e.applicationId))
        issues.push({ field: `entries.${i}.applicationId`, message: `第 ${i + 1} 行：同一考生重复录入` });
      if (e.absent && e.score !== null)
        issues.push({ field: `entries.${i}.score`, message: `第 ${i + 1} 行：缺考的考生不能同时填写成绩` });
      seen.add(e.applicationId);
    });
    if (issues.length) throw new AppError('VALIDATION', issues.map((i) => i.message).join('；'), issues);
    const changed = await writeEntries(tx, opts.actor!, ss, opts.entries, 'entry');
    return { changed };
  });
}

const ABSENT_WORDS = ['缺考', '缺席', '缺'];
const scoreCell = z
  .string()
  .refine(
    (t) => ABSENT_WORDS.includes(t) || (/^\d{1,3}(\.\d{1,2})?$/.test(t) && Number(t) <= 100),
    '应为 0–100 的成绩（最多两位小数），或“缺考”',
  );

/** The authority's result-sheet layout (准考证号, 姓名, 成绩; 缺考 as its own value). */
const importColumns = [
  {
    key: 'ticketNumber',
    headers: ['准考证号', '准考证号码'],
    required: true,
    schema: z.string().max(40),
    textOnly: true,
  },
  { key: 'name', headers: ['姓名', '考生姓名'], required: true, schema: z.string().max(50) },
  { key: 'score', headers: ['成绩', '理论成绩', '分数', '得分'], required: true, schema: scoreCell },
];

/** Import of a sitting's scores: every row must name a candidate of the sitting by ticket and name; all or nothing. */
export async function importEntries(db: Db, opts: Opts & { bytes: Buffer }) {
  const scope = await sittingScope(db, opts.actor, opts.sittingId);
  const sheet = await readSheet(opts.bytes, { columns: importColumns, maxRows: 5000 });
  return db.transaction(async (tx) => {
    await lockSheet(tx, opts.sittingId);
    const ss = await loadSittingScores(tx, opts.sittingId, opts.now);
    assertEnterable(ss, scope);
    const byTicket = new Map(ss.candidates.filter((c) => c.ticketNumber).map((c) => [c.ticketNumber!, c]));
    const issues = [...sheet.issues];
    const col = (k: string) => sheet.columnLetters.get(k) ?? '';
    const seen = new Map<string, number>();
    const entries: EntryIn[] = [];
    for (const r of sheet.rows) {
      const ticket = String(r.values.ticketNumber ?? '');
      const name = String(r.values.name ?? '');
      const cell = r.values.score as string | undefined;
      if (!ticket || cell === undefined) continue; // already reported
      const c = byTicket.get(ticket);
      if (!c) {
        issues.push({
          row: r.rowNumber,
          column: col('ticketNumber'),
          field: 'ticketNumber',
          message: `第 ${r.rowNumber} 行 ${col('ticketNumber')} 列（准考证号）：本场次没有准考证号为 ${ticket} 的考生`,
        });
        continue;
      }
      if (c.name !== name) {
        issues.push({
          row: r.rowNumber,
          column: col('name'),
          field: 'name',
          message: `第 ${r.rowNumber} 行 ${col('name')} 列（姓名）：准考证号 ${ticket} 的考生是“${c.name}”，与“${name}”不符`,
        });
        continue;
      }
      if (seen.has(ticket)) {
        issues.push({
          row: r.rowNumber,
          column: col('ticketNumber'),
          field: 'ticketNumber',
          message: `第 ${r.rowNumber} 行 ${col('ticketNumber')} 列（准考证号）：与第 ${seen.get(ticket)} 行重复`,
        });
        continue;
      }
      seen.set(ticket, r.rowNumber);
      const absent = ABSENT_WORDS.includes(cell);
      entries.push({ applicationId: c.applicationId, absent, score: absent ? null : Number(cell) });
    }
    if (!entries.length && !issues.length) issues.push({ field: 'file', message: '文件：没有成绩数据行' });
    assertClean(issues);
    const changed = await writeEntries(tx, opts.actor!, ss, entries, 'import');
    return { rows: entries.length, changed };
  });
}

/** The import template: this sitting's candidates with empty scores. */
export async function importTemplate(db: Db, opts: Opts) {
  await sittingScope(db, opts.actor, opts.sittingId, 'scoring.manage');
  const ss = await loadSittingScores(db, opts.sittingId, opts.now);
  const bytes = await writeWorkbook([
    {
      name: '成绩',
      title: `${ss.batch.title} ${scorePartNames[ss.part]}成绩（${ss.sitting.day}）`,
      columns: [
        { header: '序号', key: 'no', width: 6 },
        { header: '准考证号', key: 'ticketNumber', width: 18 },
        { header: '姓名', key: 'name', width: 12 },
        { header: '成绩', key: 'score', width: 10 },
        { header: '备注', key: 'note', width: 20 },
      ],
      rows: ss.candidates.map((c, i) => ({
        no: i + 1,
        ticketNumber: c.ticketNumber ?? '',
        name: c.name,
        score: c.absent ? '缺考' : (c.score ?? ''),
        note: '',
      })),
    },
  ]);
  return { bytes, title: `${ss.batch.title} ${scorePartNames[ss.part]}` };
}

/** The centre sets the skill paper whose scoring sheet examiners mark from, and the marking window. */
export async function setupSheet(
  db: Db,
  opts: Opts & { paperId?: string | null; windowOpensAt?: string | null; windowClosesAt?: string | null },
) {
  const scope = await sittingScope(db, opts.actor, opts.sittingId, 'scoring.manage');
  return db.transaction(async (tx) => {
    await lockSheet(tx, opts.sittingId);
    const ss = await loadSittingScores(tx, opts.sittingId, opts.now);
    if (ss.sheet.signedAt) throw signedConflict();
    const set: Partial<typeof scoreSheets.$inferInsert> = { updatedAt: new Date() };
    if (opts.paperId !== undefined) {
      if (opts.paperId !== null) {
        if (ss.part !== 'skill')
          throw new AppError('VALIDATION', '试卷：只有操作技能场次需要选择评分记录表所用的试卷', [
            { field: 'paperId', message: '不适用' },
          ]);
        const choices = await publishedSkillPapers(tx, ss.batch.occupationId);
        if (!choices.some((p) => p.id === opts.paperId))
          throw new AppError('VALIDATION', '试卷：应为本职业已发布的操作技能试卷', [
            { field: 'paperId', message: '不是本职业已发布的技能试卷' },
          ]);
        const marked = await markingStates(tx, ss);
        if ([...marked.values()].some((m) => m.submitted > 0) && ss.sheet.paperId && ss.sheet.paperId !== opts.paperId)
          throw new AppError('CONFLICT', '已有考评员提交评分，不能更换评分所用的试卷');
      }
      set.paperId = opts.paperId;
    }
    if (opts.windowOpensAt !== undefined) set.windowOpensAt = opts.windowOpensAt ? new Date(opts.windowOpensAt) : null;
    if (opts.windowClosesAt !== undefined)
      set.windowClosesAt = opts.windowClosesAt ? new Date(opts.windowClosesAt) : null;
    // R-SCORE-04: the window as it will be (one end given, the other stored or the default) must open before it closes.
    const settings = await readScoringSettings(tx);
    const d = defaultWindow(ss.sitting, settings.markingHours);
    const opens = (set.windowOpensAt !== undefined ? set.windowOpensAt : ss.sheet.windowOpensAt) ?? d.opens;
    const closes = (set.windowClosesAt !== undefined ? set.windowClosesAt : ss.sheet.windowClosesAt) ?? d.closes;
    if (opens >= closes)
      throw new AppError('VALIDATION', '评分时间：结束时间应晚于开始时间', [
        { field: opts.windowClosesAt !== undefined ? 'windowClosesAt' : 'windowOpensAt', message: '应晚于开始时间' },
      ]);
    await tx.update(scoreSheets).set(set).where(eq(scoreSheets.sittingId, opts.sittingId));
    await recordAudit(tx, opts.actor!, {
      action: 'scoring.setup',
      entity: 'score_sheet',
      entityId: opts.sittingId,
      before: {
        paperId: ss.sheet.paperId,
        windowOpensAt: ss.sheet.windowOpensAt,
        windowClosesAt: ss.sheet.windowClosesAt,
      },
      after: { paperId: set.paperId, windowOpensAt: set.windowOpensAt, windowClosesAt: set.windowClosesAt },
    });
    const fresh = await loadSittingScores(tx, opts.sittingId, opts.now);
    return compose(tx, opts.actor!, scope, fresh);
  });
}

/**
 * R-SCORE-04: a signature on the 成绩登记表. Nothing may be missing (every candidate scored or absent, every skill
 * score resolved). When both have signed the sheet is closed and what counted (attendance, the computer-based
 * exam) is written into the entries, so the signed sheet never changes behind the signatures.
 */
export async function signSheet(db: Db, opts: Opts & { role: SheetSignRole }) {
  const scope = await sittingScope(db, opts.actor, opts.sittingId);
  const actor = opts.actor!;
  return db.transaction(async (tx) => {
    await lockSheet(tx, opts.sittingId);
    const ss = await loadSittingScores(tx, opts.sittingId, opts.now);
    if (ss.sheet.signedAt) throw new AppError('CONFLICT', '成绩登记表已签字完成');
    if (!signRoles(scope, actor, ss.sheet.signatures).includes(opts.role))
      throw new AppError(
        'FORBIDDEN',
        opts.role === 'leader'
          ? '只有该场次考评组组长可以以组长身份签字（同一人不能同时以组长和记分员身份签字）'
          : '汇总记分员须为中心考务人员或考评组中组长以外的考评员，且不能与组长为同一人',
      );
    const missing = ss.candidates.filter((c) => !c.absent && c.score === null && !c.exempt);
    if (missing.length)
      throw new AppError(
        'CONFLICT',
        `还有 ${missing.length} 名考生没有成绩（${missing
          .slice(0, 5)
          .map((c) => c.name)
          .join('、')}${missing.length > 5 ? '等' : ''}），成绩齐全后才能签字`,
      );
    if (!ss.candidates.length) throw new AppError('CONFLICT', '本场次没有考生，无需签字');
    const signatures: ScoreSheetSignature[] = [
      ...ss.sheet.signatures,
      { role: opts.role, userId: actor.userId, name: actor.displayName, at: new Date().toISOString() },
    ];
    const complete = signatures.some((s) => s.role === 'leader') && signatures.some((s) => s.role === 'recorder');
    await tx
      .update(scoreSheets)
      .set({ signatures, signedAt: complete ? new Date() : null, updatedAt: new Date() })
      .where(eq(scoreSheets.sittingId, opts.sittingId));
    if (complete) {
      const derived = ss.candidates.filter((c) => !c.stored);
      for (const c of derived)
        await tx
          .insert(scoreEntries)
          .values({
            sittingId: ss.sitting.id,
            applicationId: c.applicationId,
            absent: c.absent ? 'yes' : 'no',
            score: c.absent ? null : c.score,
            source: c.source ?? 'entry',
            enteredBy: actor.userId,
          })
          .onConflictDoNothing();
    }
    await recordAudit(tx, actor, {
      action: 'scoring.sign',
      entity: 'score_sheet',
      entityId: opts.sittingId,
      after: { role: sheetSignRoleNames[opts.role], complete, candidates: ss.candidates.length },
    });
    const fresh = await loadSittingScores(tx, opts.sittingId, opts.now);
    return compose(tx, actor, scope, fresh);
  });
}

/** Sittings' sheets (signed or not) by id, for lists. */
export async function sheetsOf(db: DbOrTx, sittingIds: readonly string[]) {
  if (!sittingIds.length) return [];
  return db
    .select()
    .from(scoreSheets)
    .where(inArray(scoreSheets.sittingId, [...sittingIds]));
}
