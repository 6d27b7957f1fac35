import { and, asc, eq, inArray, lt, or, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.js';
import { appraisalScores, appraisalYears, examiners } from '../../db/schema/index.js';
import { authorize, type Actor } from '../../http/access.js';
import { AppError, notFound } from '../../http/errors.js';
import { writeWorkbook } from '../../http/sheet.js';
import { appraisalGradeNames, examinerGradeNames } from '../../../shared/people.js';
import type { AppraisalRow, AppraisalScoreBody } from '../../../shared/people-appraisal.js';
import { recordAudit } from '../audit/audit.service.js';
import { annualAppraisal, dismissalDue } from './people.rules.js';
import { personsById } from './people.store.js';
import { presentScore } from './appraisal.present.js';
import { downloadName } from '../../http/download.js';
import { matchesKeyword } from '../../http/keyword.js';

/** R-PPL-09: examiner appraisal (考评员年度考核制度, 考评人员管理办法 §12–14). */

type ExaminerRow = typeof examiners.$inferSelect;

/** Records (or corrects) an examiner's evaluation for one batch, or that an assigned batch was missed. */
export async function recordAppraisalScore(db: Db, opts: { actor: Actor | null; data: AppraisalScoreBody }) {
  authorize(opts.actor, 'appraisal.manage');
  const actor = opts.actor;
  const d = opts.data;
  return db.transaction(async (tx) => {
    const [ex] = await tx.select().from(examiners).where(eq(examiners.id, d.examinerId));
    if (!ex) throw notFound('考评员');
    const values = {
      examinerId: ex.id,
      year: Number(d.batchDate.slice(0, 4)),
      batchRef: d.batchRef,
      batchDate: d.batchDate,
      attended: d.attended,
      score: d.attended ? (d.score ?? null) : null,
      weight: d.weight,
      note: d.note ?? null,
    };
    const [row] = await tx
      .insert(appraisalScores)
      .values(values)
      .onConflictDoUpdate({ target: [appraisalScores.examinerId, appraisalScores.batchRef], set: values })
      .returning();
    await recordAudit(tx, actor, { action: 'update', entity: 'appraisalScore', entityId: row.id, after: values });
    return presentScore(row);
  });
}

/** The examiners a year's appraisal covers: those evaluated in it, and those in service since before it began. */
async function examinersOfYear(db: DbOrTx, year: number): Promise<ExaminerRow[]> {
  return db
    .select()
    .from(examiners)
    .where(
      or(
        lt(examiners.certificateIssuedOn, `${year}-01-01`),
        sql`exists (select 1 from ${appraisalScores} s where s.examiner_id = ${examiners.id} and s.year = ${year})`,
      ),
    )
    .orderBy(asc(examiners.certificateNumber));
}

async function computeYear(db: DbOrTx, year: number, examinerId?: string): Promise<AppraisalRow[]> {
  const list = (await examinersOfYear(db, year)).filter((e) => !examinerId || e.id === examinerId);
  if (!list.length) return [];
  const ids = list.map((e) => e.id);
  const [scores, finals, people] = await Promise.all([
    db
      .select()
      .from(appraisalScores)
      .where(and(inArray(appraisalScores.examinerId, ids), eq(appraisalScores.year, year)))
      .orderBy(asc(appraisalScores.batchDate)),
    db
      .select()
      .from(appraisalYears)
      .where(and(inArray(appraisalYears.examinerId, ids), eq(appraisalYears.year, year))),
    personsById(
      db,
      list.map((e) => e.personId),
    ),
  ]);
  return list
    .filter(
      (e) => !e.dismissed || scores.some((s) => s.examinerId === e.id) || finals.some((f) => f.examinerId === e.id),
    )
    .map((e) => {
      const mine = scores.filter((s) => s.examinerId === e.id);
      const result = annualAppraisal(
        mine.map((s) => ({
          batchDate: s.batchDate,
          attended: s.attended,
          score: s.score === null ? null : Number(s.score),
          weight: Number(s.weight),
        })),
      );
      const p = people.get(e.personId)!;
      return {
        examinerId: e.id,
        personId: p.id,
        name: p.name,
        idMasked: p.idMasked,
        examinerGrade: e.grade,
        certificateNumber: e.certificateNumber,
        year,
        scores: mine.map(presentScore),
        attendedCount: mine.filter((s) => s.attended).length,
        missedCount: mine.filter((s) => !s.attended).length,
        average: result.average,
        grade: result.grade,
        reason: result.reason,
        finalized: finals.some((f) => f.examinerId === e.id),
        dismissed: e.dismissed,
      };
    });
}

/**
 * R-PPL-09: one examiner's appraisal of every year it was evaluated or graded in, newest first (for 我的档案; the
 * caller has authorised the examiner as the actor's own).
 */
export async function appraisalsOfExaminer(db: DbOrTx, examinerId: string): Promise<AppraisalRow[]> {
  const years = await db
    .selectDistinct({ year: appraisalScores.year })
    .from(appraisalScores)
    .where(eq(appraisalScores.examinerId, examinerId))
    .union(
      db
        .selectDistinct({ year: appraisalYears.year })
        .from(appraisalYears)
        .where(eq(appraisalYears.examinerId, examinerId)),
    );
  const out: AppraisalRow[] = [];
  for (const { year } of years.sort((a, b) => b.year - a.year)) out.push(...(await computeYear(db, year, examinerId)));
  return out;
}

export async function listAppraisals(db: Db, opts: { actor: Actor | null; year: number; keyword?: string }) {
  authorize(opts.actor, 'appraisal.manage');
  const items = (await computeYear(db, opts.year)).filter((r) =>
    matchesKeyword(opts.keyword, [r.name, r.idMasked, r.certificateNumber, ...r.scores.map((s) => s.batchRef)]),
  );
  return { items, total: items.length };
}

/**
 * Fixes the year's grades and applies R-PPL-09's consequence: an examiner with two 不合格 years within one term of
 * appointment is dismissed (解聘) and loses examiner status; the dismissal is recorded and audited.
 */
export async function finalizeAppraisalYear(db: Db, opts: { actor: Actor | null; year: number }) {
  authorize(opts.actor, 'appraisal.manage');
  const actor = opts.actor;
  return db.transaction(async (tx) => {
    const rows = await computeYear(tx, opts.year);
    const dismissed: { examinerId: string; name: string }[] = [];
    for (const r of rows) {
      const values = {
        examinerId: r.examinerId,
        year: r.year,
        average: r.average,
        grade: r.grade,
        reason: r.reason,
        finalizedAt: new Date(),
      };
      await tx
        .insert(appraisalYears)
        .values(values)
        .onConflictDoUpdate({ target: [appraisalYears.examinerId, appraisalYears.year], set: values });
      await recordAudit(tx, actor, {
        action: 'finalize',
        entity: 'appraisal',
        entityId: `${r.examinerId}:${r.year}`,
        after: { name: r.name, ...values },
      });
      const [ex] = await tx.select().from(examiners).where(eq(examiners.id, r.examinerId)).for('update');
      if (ex.dismissed) continue;
      const years = await tx
        .select({ year: appraisalYears.year, grade: appraisalYears.grade })
        .from(appraisalYears)
        .where(eq(appraisalYears.examinerId, ex.id));
      const term = {
        from: Number((ex.termStart ?? ex.certificateIssuedOn).slice(0, 4)),
        to: Number((ex.termEnd ?? ex.certificateValidUntil).slice(0, 4)),
      };
      if (
        dismissalDue(
          years.map((y) => ({ year: y.year, grade: y.grade })),
          term,
        )
      ) {
        const reason = `聘期内（${term.from}–${term.to} 年）两个年度考核不合格，予以解聘并取消考评员资格`;
        const [after] = await tx
          .update(examiners)
          .set({ dismissed: true, dismissedAt: new Date(), dismissalReason: reason })
          .where(eq(examiners.id, ex.id))
          .returning();
        await recordAudit(tx, actor, { action: 'dismiss', entity: 'examiner', entityId: ex.id, before: ex, after });
        dismissed.push({ examinerId: ex.id, name: r.name });
      }
    }
    return { year: opts.year, finalized: rows.length, dismissed };
  });
}

/** The yearly appraisal table (考评人员年度考核评议表) as Excel; ID numbers masked. */
export async function exportAppraisals(db: Db, opts: { actor: Actor | null; year: number }) {
  authorize(opts.actor, 'appraisal.manage');
  const actor = opts.actor;
  const rows = await computeYear(db, opts.year);
  if (!rows.length) throw new AppError('NOT_FOUND', `${opts.year} 年度没有需要考核的考评员`);
  const bytes = await writeWorkbook([
    {
      name: `${opts.year}年度考核`,
      title: `${opts.year} 年度考评人员年度考核评议表`,
      columns: [
        { header: '序号', key: 'no', width: 6 },
        { header: '姓名', key: 'name', width: 12 },
        { header: '身份证号', key: 'idMasked', width: 22 },
        { header: '考评员级别', key: 'grade', width: 12 },
        { header: '考评员证书编号', key: 'certificateNumber', width: 20 },
        { header: '参加批次', key: 'attended', width: 10 },
        { header: '缺席批次', key: 'missed', width: 10 },
        { header: '加权平均分', key: 'average', width: 12 },
        { header: '考核等次', key: 'result', width: 10 },
        { header: '说明', key: 'reason', width: 36 },
      ],
      rows: rows.map((r, i) => ({
        no: i + 1,
        name: r.name,
        idMasked: r.idMasked,
        grade: examinerGradeNames[r.examinerGrade],
        certificateNumber: r.certificateNumber,
        attended: r.attendedCount,
        missed: r.missedCount,
        average: r.average === null ? '—' : r.average.toFixed(2),
        result: appraisalGradeNames[r.grade],
        reason: [r.reason, r.finalized ? null : '（未确定）', r.dismissed ? '已解聘' : null].filter(Boolean).join(' '),
      })),
    },
  ]);
  await db.transaction((tx) =>
    recordAudit(tx, actor, {
      action: 'export',
      entity: 'appraisal',
      entityId: String(opts.year),
      after: { rows: rows.length },
    }),
  );
  return { bytes, fileName: downloadName(`${opts.year}年度`, '考评人员年度考核评议表', 'xlsx') };
}
