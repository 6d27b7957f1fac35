import { desc, eq } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.js';
import { batchNotices, batches } from '../../db/schema/index.js';
import { authorize, type Actor } from '../../http/access.js';
import { AppError, notFound } from '../../http/errors.js';
import { writeWorkbook } from '../../http/sheet.js';
import { levelNames } from '../../../shared/centre.rules.js';
import {
  batchMethodNames,
  batchNotice,
  sittingKindNames,
  type Batch,
  type BatchNotice,
} from '../../../shared/plans.js';
import { recordAudit } from '../audit/audit.service.js';
import { loadCentre } from '../centre/centre.service.js';
import {
  columns,
  columnsIn,
  contentWidth,
  createFormDocument,
  numberPages,
  row,
  table,
  toBuffer,
} from '../centre/table.pdf.js';
import { findBatch, getBatch } from './batch.service.js';
import { stateAtLeast } from './plans.rules.js';
import { downloadName } from '../../http/download.js';
import { matchesKeyword } from '../../http/keyword.js';

/** R-PLAN-04 batch plan (当次认定计划) in the authority's layout, and the R-PLAN-05 notice (认定通知). */

const occupationText = (b: Batch) => `${b.occupationName}${b.jobName ? `（${b.jobName}）` : ''}`;
const levelsText = (b: Batch) => b.levels.map((l) => levelNames[l] ?? `${l}级`).join('、');
const time = (s: Batch['sittings'][number]) => `${s.day} ${s.startsAt}–${s.endsAt}`;
const fileName = (b: Batch, what: string, ext: string) => downloadName(b.title, what, ext);

/**
 * The plan's rows (S §五(一), H 四(四)): one per sitting. Candidates, rooms, proctors, examiners and supervisors stay
 * empty until the registration and arrangement modules fill them in.
 */
export interface PlanStaffing {
  candidates?: number;
  rooms?: string;
  proctors?: string;
  examiners?: string;
  supervisors?: string;
  /** R-ARR-10: per sitting (batch_sittings.id), from the published arrangement; overrides the batch-wide values. */
  bySitting?: Record<string, Omit<PlanStaffing, 'bySitting'>>;
}

function planRows(b: Batch, batchStaffing: PlanStaffing) {
  return b.sittings.map((s, i) => {
    const staffing = { ...batchStaffing, ...batchStaffing.bySitting?.[s.id] };
    return {
      seq: String(i + 1),
      occupation: occupationText(b),
      code: b.code,
      levels: levelsText(b),
      method: batchMethodNames[b.method],
      kind: sittingKindNames[s.kind],
      time: time(s),
      place: s.place,
      candidates: staffing.candidates === undefined ? '' : String(staffing.candidates),
      rooms: staffing.rooms ?? '',
      proctors: staffing.proctors ?? '',
      examiners: staffing.examiners ?? '',
      supervisors: staffing.supervisors ?? '',
    };
  });
}

const planColumns = [
  { header: '序号', key: 'seq', width: 6 },
  { header: '职业（工种）', key: 'occupation', width: 24 },
  { header: '职业编码', key: 'code', width: 12 },
  { header: '等级', key: 'levels', width: 16 },
  { header: '评价方式', key: 'method', width: 12 },
  { header: '考核科目', key: 'kind', width: 14 },
  { header: '考核时间', key: 'time', width: 24 },
  { header: '考核地点', key: 'place', width: 24 },
  { header: '认定人数', key: 'candidates', width: 10 },
  { header: '考场安排', key: 'rooms', width: 16 },
  { header: '监考人员', key: 'proctors', width: 16 },
  { header: '考评人员', key: 'examiners', width: 16 },
  { header: '内部质量督导员', key: 'supervisors', width: 16 },
];

async function auditExport(db: Db, actor: Actor, b: Batch, what: string, bytes: number) {
  await db.transaction((tx) =>
    recordAudit(tx, actor, { action: 'export', entity: 'batch', entityId: b.id, after: { [what]: bytes } }),
  );
}

/** R-PLAN-04: the batch plan as Excel. */
export async function exportBatchPlanXlsx(db: Db, opts: { actor: Actor | null; id: string; staffing?: PlanStaffing }) {
  const b = await getBatch(db, opts);
  const centre = await loadCentre(db);
  const bytes = await writeWorkbook([
    {
      name: '当次认定计划',
      title: `${centre.name}职业技能等级认定计划（${b.title}）`,
      columns: planColumns,
      rows: planRows(b, opts.staffing ?? {}),
    },
  ]);
  await auditExport(db, opts.actor!, b, 'xlsx', bytes.length);
  return { bytes, name: fileName(b, '认定计划', 'xlsx') };
}

/** R-PLAN-04: the batch plan as PDF (A4, the same table, the deadline and submission/approval lines). */
export async function exportBatchPlanPdf(
  db: Db,
  opts: { actor: Actor | null; id: string; fontPath: string; staffing?: PlanStaffing },
) {
  const b = await getBatch(db, opts);
  const centre = await loadCentre(db);
  // R-ARR-10: with staffing the table has ten columns, too many for a portrait page.
  const doc = createFormDocument(
    opts.fontPath,
    { title: `职业技能等级认定计划 ${b.title}`, author: centre.name },
    { landscape: !!opts.staffing },
  );
  const width = contentWidth(doc);
  doc.fontSize(16).font('bold').text('职业技能等级认定计划', { align: 'center' });
  doc
    .moveDown(0.3)
    .fontSize(10)
    .font('regular')
    .text(`认定机构：${centre.name}    备案号：${centre.filingCode ?? ''}    批次：${b.title}`, { align: 'center' });
  doc.moveDown(0.6);
  const half = [width * 0.18, width * 0.32, width * 0.18, width * 0.32];
  const pair = (a: string, av: string, c: string, cv: string) =>
    row(doc, [
      { text: a, w: half[0], bold: true, align: 'center' },
      { text: av, w: half[1] },
      { text: c, w: half[2], bold: true, align: 'center' },
      { text: cv, w: half[3] },
    ]);
  pair('职业（工种）', `${occupationText(b)} ${b.code}`, '等级', levelsText(b));
  pair('评价方式', batchMethodNames[b.method], '承办学院', b.collegeName);
  pair('报名时间', `${b.registrationOpensOn} 至 ${b.registrationClosesOn}`, '计划人数', String(b.capacity));
  pair(
    '报送截止',
    b.submissionDeadline ?? b.deadlineError ?? '',
    '批复文号',
    b.approvalNumber ? `${b.approvalNumber}（${b.approvalDate}）` : '',
  );
  doc.moveDown(0.8);
  const rows = planRows(b, opts.staffing ?? {});
  const w = columnsIn(width, opts.staffing ? [4, 8, 8, 9, 6, 12, 10, 9, 9, 4] : [3, 7, 8, 10, 6, 9, 7, 8, 8, 8]);
  table(
    doc,
    w,
    ['序号', '考核科目', '考核时间', '考核地点', '认定人数', '考场安排', '监考人员', '考评人员', '内部督导员', '备注'],
    rows.map((r) => [
      r.seq,
      r.kind,
      r.time,
      r.place,
      r.candidates,
      r.rooms,
      r.proctors,
      r.examiners,
      r.supervisors,
      '',
    ]),
  );
  doc.moveDown(2);
  doc
    .fontSize(10)
    .text(`认定机构（盖章）：                      负责人：                      日期：`, { align: 'left' });
  numberPages(doc);
  const bytes = await toBuffer(doc);
  await auditExport(db, opts.actor!, b, 'pdf', bytes.length);
  return { bytes, name: fileName(b, '认定计划', 'pdf') };
}

// ---------------------------------------------------------------------------------------------------------------
// R-PLAN-05: the notice
// ---------------------------------------------------------------------------------------------------------------

/** R-PLAN-05 (H 工作规则 §13, 认定计划 二): everything the notice must name, generated from the batch. */
export function composeNotice(b: Batch, centreName: string, publishedAt: string | null): BatchNotice {
  return {
    batchId: b.id,
    title: `关于开展${occupationText(b)}职业技能等级认定的通知`,
    centreName,
    occupation: `${occupationText(b)}（${b.code}）`,
    levels: levelsText(b),
    method: batchMethodNames[b.method],
    sittings: b.sittings.map((s) => ({
      kind: sittingKindNames[s.kind],
      day: s.day,
      time: `${s.startsAt}–${s.endsAt}`,
      place: s.place,
    })),
    applicants: b.applicants ?? '符合申报条件的在校学生及社会人员',
    conditions: b.conditions ?? '按照国家职业技能标准规定的申报条件执行',
    registrationPeriod: `${b.registrationOpensOn} 至 ${b.registrationClosesOn}`,
    registrationPlace: b.registrationPlace ?? '认定中心办公室',
    standard: b.standard ?? `${occupationText(b)}国家职业技能标准`,
    fee: b.fee > 0 ? `${b.fee.toFixed(2)} 元/人` : '免费',
    publishedAt,
  };
}

/** The notice as it would read now (published or not), for the batch's page. */
export async function previewNotice(db: Db, opts: { actor: Actor | null; id: string }) {
  const b = await getBatch(db, opts);
  const [published] = await db.select().from(batchNotices).where(eq(batchNotices.batchId, b.id));
  if (published) return batchNotice.parse(published.content);
  return composeNotice(b, (await loadCentre(db)).name, null);
}

/** R-PLAN-05: publishes (or re-publishes) the notice once the plan has gone to the authority. */
export async function publishNotice(db: Db, opts: { actor: Actor | null; id: string }) {
  authorize(opts.actor, 'batches.manage');
  const actor = opts.actor;
  return db.transaction(async (tx) => {
    await tx.select({ id: batches.id }).from(batches).where(eq(batches.id, opts.id)).for('update');
    const b = await getBatch(tx, { actor, id: opts.id });
    if (!stateAtLeast(b.state, 'filed') || b.state === 'archived')
      throw new AppError(
        'CONFLICT',
        `批次当前状态为“${b.state === 'draft' ? '草稿' : '已归档'}”，不能发布认定通知（须先报送认定计划）`,
      );
    const now = new Date();
    const content = composeNotice(b, (await loadCentre(tx)).name, now.toISOString());
    await tx
      .insert(batchNotices)
      .values({ batchId: b.id, content, publishedAt: now, publishedBy: actor.userId })
      .onConflictDoUpdate({
        target: batchNotices.batchId,
        set: { content, publishedAt: now, publishedBy: actor.userId },
      });
    await recordAudit(tx, actor, { action: 'publish', entity: 'batch_notice', entityId: b.id, after: content });
    return content;
  });
}

/** R-PLAN-05: the portal's list: published notices only, newest first. */
export async function listPublishedNotices(db: DbOrTx, opts: { actor: Actor | null; keyword?: string }) {
  authorize(opts.actor, 'notices.read');
  const rows = await db.select().from(batchNotices).orderBy(desc(batchNotices.publishedAt));
  const items = rows
    .map((r) => batchNotice.parse(r.content))
    .filter((n) =>
      matchesKeyword(opts.keyword, [n.title, n.occupation, n.levels, n.method, n.registrationPlace, n.publishedAt]),
    );
  return { items, total: items.length };
}

async function loadPublished(db: DbOrTx, id: string) {
  const [row] = await db.select().from(batchNotices).where(eq(batchNotices.batchId, id));
  if (!row) throw notFound('认定通知');
  return batchNotice.parse(row.content);
}

export async function getPublishedNotice(db: DbOrTx, opts: { actor: Actor | null; id: string }) {
  authorize(opts.actor, 'notices.read');
  return loadPublished(db, opts.id);
}

/** R-PLAN-05: the printable notice (published ones only, as the candidates saw it). */
export async function exportNoticePdf(db: Db, opts: { actor: Actor | null; id: string; fontPath: string }) {
  authorize(opts.actor, 'notices.read');
  const n = await loadPublished(db, opts.id);
  if (!(await findBatch(db, opts.id))) throw notFound('认定通知');
  const doc = createFormDocument(opts.fontPath, { title: n.title, author: n.centreName });
  doc.fontSize(16).font('bold').text(n.title, { align: 'center' });
  doc.moveDown(1).fontSize(11).font('regular');
  const para = (label: string, value: string) => {
    doc.font('bold').text(label, { continued: true }).font('regular').text(value);
    doc.moveDown(0.4);
  };
  doc.text(
    `根据职业技能等级认定工作安排，${n.centreName}定于近期开展${n.occupation}职业技能等级认定工作，现将有关事项通知如下：`,
    { indent: 22, lineGap: 2 },
  );
  doc.moveDown(0.6);
  para('一、认定职业（工种）：', n.occupation);
  para('二、认定等级：', n.levels);
  para('三、报名对象：', n.applicants);
  para('四、申报条件：', n.conditions);
  para('五、报名时间：', n.registrationPeriod);
  para('六、报名地点：', n.registrationPlace);
  para('七、考核标准：', n.standard);
  para('八、评价方式：', n.method);
  para('九、收费标准：', n.fee);
  doc.font('bold').text('十、考核时间和地点：');
  doc.moveDown(0.3);
  table(
    doc,
    columns(3, 4, 3, 5),
    ['考核科目', '日期', '时间', '地点'],
    n.sittings.map((s) => [s.kind, s.day, s.time, s.place]),
  );
  doc.moveDown(2).font('regular').text(n.centreName, { align: 'right' });
  doc.text((n.publishedAt ?? '').slice(0, 10), { align: 'right' });
  numberPages(doc);
  return { bytes: await toBuffer(doc), name: downloadName(null, n.title, 'pdf') };
}
