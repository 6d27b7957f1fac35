// R-SCORE-01/04 documents: the 成绩登记表 of a sitting (every candidate's score, signed in the product by the group
// leader and the recorder, names and times printed) and the national 技能操作考核评分记录表 of a candidate (header
// 考件编号/姓名/准考证号/单位; per task 考核要素, 考核要求, 配分, 评分标准, 扣分, 得分, 备注; veto items; signed by
// 评分人 and 核分人).
import type { Db } from '../../db/client.js';
import type { Actor } from '../../http/access.js';
import { AppError } from '../../http/errors.js';
import { downloadName } from '../../http/download.js';
import { scorePartNames, type ScoreSheet } from '../../../shared/scoring.js';
import { A4, createExamDocument, FLOW_MARGIN, FlowSheet, toBytes, type PdfDoc } from '../arrangement/documents/draw.js';
import { skillSheetOfPaper } from '../itembank/itembank.reads.js';
import { personsByIds } from '../people/people.reads.js';
import { marksOf } from './marking.service.js';
import { sittingScope } from './scoring.access.js';
import { loadSittingScores } from './scoring.store.js';
import { getSheet } from './sheets.service.js';

const chinaTime = (iso: string | Date) =>
  new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
const W = A4.width - 2 * FLOW_MARGIN;

export function drawScoreSheet(doc: PdfDoc, s: ScoreSheet) {
  const f = new FlowSheet(doc);
  doc.font('bold').fontSize(16).text('成绩登记表', FLOW_MARGIN, f.y, { width: W, align: 'center' });
  f.y += 28;
  const head = (a: string, b: string, c: string, d: string) =>
    f.row([
      { text: a, w: 0.14, shade: true },
      { text: b, w: 0.36 },
      { text: c, w: 0.14, shade: true },
      { text: d, w: 0.36 },
    ]);
  head('认定批次', s.batchTitle, '考核科目', `${s.kindName}${s.computer ? '（机考）' : ''}`);
  head('考核时间', `${s.day} ${s.startsAt}–${s.endsAt}`, '应考 / 缺考', `${s.counts.total} / ${s.counts.absent}`);
  head(
    '考评组',
    s.examiners.map((e) => `${e.name}${e.leader ? '（组长）' : ''}`).join('、') || '—',
    '状态',
    s.signedAt ? '已签字' : '未签字完毕',
  );
  f.y += 8;
  const cols = [
    { text: '序号', w: 0.07 },
    { text: '准考证号', w: 0.2 },
    { text: '姓名', w: 0.13 },
    { text: '身份证号', w: 0.2 },
    { text: '成绩', w: 0.1 },
    { text: '备注', w: 0.3 },
  ];
  f.row(cols.map((c) => ({ ...c, shade: true, align: 'center' as const })));
  s.rows.forEach((r, i) => {
    const note = [
      r.source && r.source !== 'entry' && r.source !== 'import' ? r.sourceName : '',
      ...r.violations.filter((v) => !v.overturned).map((v) => `违纪：${v.clauseName}（第 ${v.tier} 类）`),
    ]
      .filter(Boolean)
      .join('；');
    f.row([
      { text: String(i + 1), w: 0.07, align: 'center' },
      { text: r.ticketNumber ?? '', w: 0.2 },
      { text: r.name, w: 0.13 },
      { text: r.idMasked, w: 0.2 },
      { text: r.absent ? '缺考' : r.score === null ? '' : String(r.score), w: 0.1, align: 'center' },
      { text: note, w: 0.3 },
    ]);
  });
  f.y += 10;
  f.title('签字');
  for (const role of ['leader', 'recorder'] as const) {
    const sig = s.signatures.find((x) => x.role === role);
    f.row(
      [
        { text: role === 'leader' ? '考评组组长' : '汇总记分员', w: 0.25, shade: true },
        { text: sig ? `${sig.name}（已在系统中签字 ${chinaTime(sig.at)}）` : '未签字', w: 0.75 },
      ],
      24,
    );
  }
}

export async function scoreSheetPdf(
  db: Db,
  opts: { actor: Actor | null; sittingId: string; fontPath: string },
): Promise<{ bytes: Buffer; name: string }> {
  const sheet = await getSheet(db, opts);
  const doc = createExamDocument(opts.fontPath, { title: '成绩登记表', author: '职业技能等级认定中心' });
  drawScoreSheet(doc, sheet);
  return {
    bytes: await toBytes(doc),
    name: downloadName(`${sheet.batchTitle}-${sheet.kindName}`, '成绩登记表', 'pdf'),
  };
}

/**
 * The 评分记录表 of one candidate: one page per submitted mark (the examiner's own only, for an examiner: blind
 * marking; every mark for the centre and the group leader).
 */
export async function markRecordPdf(
  db: Db,
  opts: { actor: Actor | null; sittingId: string; applicationId: string; fontPath: string },
): Promise<{ bytes: Buffer; name: string }> {
  const scope = await sittingScope(db, opts.actor, opts.sittingId);
  const ss = await loadSittingScores(db, opts.sittingId);
  const c = ss.candidates.find((x) => x.applicationId === opts.applicationId);
  if (!c) throw new AppError('NOT_FOUND', '本场次没有该考生');
  const sheet = ss.sheet.paperId ? await skillSheetOfPaper(db, ss.sheet.paperId) : null;
  if (ss.part !== 'skill' || !sheet) throw new AppError('CONFLICT', '该场次没有操作技能评分记录');
  let marks = (await marksOf(db, ss.sitting.id, [c.applicationId])).filter((m) => m.submittedAt);
  if (!scope.centre && !scope.leader) marks = marks.filter((m) => m.examinerId === scope.examinerId);
  if (!marks.length) throw new AppError('NOT_FOUND', '该考生还没有已提交的评分');
  const names = new Map(
    (
      await personsByIds(
        db,
        marks.map((m) => m.examinerId),
      )
    ).map((p) => [p.id, p.name]),
  );
  const [person] = await personsByIds(db, [c.personId]);
  const recorder = ss.sheet.signatures.find((s) => s.role === 'recorder');
  const doc = createExamDocument(opts.fontPath, { title: '技能操作考核评分记录表', author: '职业技能等级认定中心' });
  for (const m of marks) {
    const f = new FlowSheet(doc);
    doc.font('bold').fontSize(15).text('技能操作考核评分记录表', FLOW_MARGIN, f.y, { width: W, align: 'center' });
    f.y += 26;
    f.row([
      { text: '考件编号', w: 0.12, shade: true },
      { text: `${c.ticketNumber ?? ''}-${m.round === 3 ? '3' : '1'}`, w: 0.2 },
      { text: '姓名', w: 0.08, shade: true },
      { text: c.name, w: 0.14 },
      { text: '准考证号', w: 0.12, shade: true },
      { text: c.ticketNumber ?? '', w: 0.16 },
      { text: '单位', w: 0.08, shade: true },
      { text: person?.workUnit ?? '', w: 0.1 },
    ]);
    f.y += 6;
    for (const [ti, task] of sheet.tasks.entries()) {
      f.title(
        `试题 ${ti + 1}：${task.title.slice(0, 60)}（配分 ${task.points} 分，考试时间 ${task.timeLimitMinutes} 分钟）`,
      );
      f.row(
        [
          { text: '序号', w: 0.06 },
          { text: '考核要素', w: 0.14 },
          { text: '考核要求', w: 0.2 },
          { text: '配分', w: 0.06 },
          { text: '评分标准', w: 0.28 },
          { text: '扣分', w: 0.07 },
          { text: '得分', w: 0.07 },
          { text: '备注', w: 0.12 },
        ].map((x) => ({ ...x, shade: true, align: 'center' as const })),
      );
      const given = m.steps.filter((s) => s.task === ti);
      const vetoed = given.some((s) => s.vetoFailed);
      let taskTotal = 0;
      task.steps.forEach((step, si) => {
        const g = given.find((s) => s.step === si);
        const pts = g?.points ?? 0;
        taskTotal += pts;
        f.row([
          { text: String(si + 1), w: 0.06, align: 'center' },
          { text: `${step.element}${step.veto && !step.element.includes('否决项') ? '（否决项）' : ''}`, w: 0.14 },
          { text: step.requirement, w: 0.2 },
          { text: String(step.points), w: 0.06, align: 'center' },
          { text: step.criteria || step.deductions.map((d) => `${d.text} 扣 ${d.points} 分`).join('；'), w: 0.28 },
          { text: step.veto ? '' : String(Math.max(0, step.points - pts)), w: 0.07, align: 'center' },
          { text: step.veto ? (g?.vetoFailed ? '否决' : '通过') : String(pts), w: 0.07, align: 'center' },
          { text: g?.note ?? '', w: 0.12 },
        ]);
      });
      const counted = vetoed ? 0 : taskTotal;
      const full = task.steps.reduce((a, x) => a + x.points, 0);
      const scaled = full > 0 ? Math.round(((counted * task.points) / full) * 100) / 100 : 0;
      f.row([
        { text: '本题合计', w: 0.2, shade: true },
        {
          text: vetoed ? '否决项未通过，本题不得分' : full !== task.points ? `按试卷配分折合（${task.points} 分）` : '',
          w: 0.54,
        },
        { text: full !== task.points ? `${counted}（折合 ${scaled}）` : String(counted), w: 0.26, align: 'center' },
      ]);
    }
    f.row([
      { text: '超时扣分', w: 0.2, shade: true },
      { text: String(m.overtimeDeduction), w: 0.3 },
      { text: '总得分', w: 0.2, shade: true },
      { text: String(m.total), w: 0.3, bold: true },
    ]);
    f.y += 8;
    f.row(
      [
        { text: '评分人', w: 0.15, shade: true },
        { text: `${names.get(m.examinerId) ?? ''}（已在系统中提交 ${chinaTime(m.submittedAt!)}）`, w: 0.35 },
        { text: '核分人', w: 0.15, shade: true },
        { text: recorder ? `${recorder.name}（${chinaTime(recorder.at)}）` : '', w: 0.35 },
      ],
      24,
    );
    if (m.note) f.row([{ text: `备注：${m.note}`, w: 1 }]);
  }
  return {
    bytes: await toBytes(doc),
    name: downloadName(`${ss.batch.title}-${c.name}`, `${scorePartNames.skill}评分记录表`, 'pdf'),
  };
}
