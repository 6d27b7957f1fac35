import fs from 'node:fs';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { files } from '../../db/schema/index.js';
import { assertCollegeScope, authorize, type Actor } from '../../http/access.js';
import { notFound } from '../../http/errors.js';
import type { PiiCipher } from '../../http/pii.js';
import { eligibilityMethodNames, levelNames, type EligibilityMethod, type Level } from '../../../shared/eligibility.js';
import { educationLevelNames, genderNames } from '../../../shared/people.js';
import { applicationStatusNames, singlePartNames, type ApplicationDetail } from '../../../shared/registration.js';
import { recordAudit } from '../audit/audit.service.js';
import { candidatesByIds, idNumberOfPerson } from '../people/people.reads.js';
import { can } from '../../../shared/access.js';
import { loadCentre } from '../centre/centre.service.js';
import { columns, CONTENT_WIDTH, createFormDocument, PAGE, row, toBuffer, type Doc } from '../centre/table.pdf.js';
import type { FileStore } from '../files/files.service.js';
import { candidatePerson } from './portal.service.js';
import { findApplication } from './applications.store.js';
import { failingReasons } from './applications.present.js';
import { applicationDetail } from './applications.service.js';
import { downloadName } from '../../http/download.js';

/**
 * R-REG-01 (H 四(二), Z 报名): the 职业技能等级认定备案表, "一式两份": the same form on two pages, 第一联 kept by the
 * candidate and 第二联 by the school, with the photo, the candidate's pledge and both review stages' opinions.
 */

const idTypeNames: Record<string, string> = {
  resident: '居民身份证',
  hmt_residence: '港澳台居民居住证',
  passport: '护照',
  other: '其他证件',
};
const COPIES = ['第一联 考生留存', '第二联 学校留存'] as const;
const PHOTO_W = 96;

interface FormData {
  centreName: string;
  a: ApplicationDetail;
  /** The full number, or the mask on a masked form (R-PPL-02). */
  idNumber: string;
  /** The full birth date on a full form, the year alone on a masked one (never beside the mask). */
  birth: string;
  idType: string;
  phone: string | null;
  photo: Buffer | null;
}

function stageOpinion(a: ApplicationDetail, stage: 'college' | 'centre') {
  const d = [...a.decisions]
    .reverse()
    .find((x) => x.stage === stage && (x.action === 'approve' || x.action === 'reject'));
  if (!d) return stage === 'college' && !a.collegeId ? '社会人员报名，无学院初审' : '';
  const at = new Date(d.at).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });
  return `${d.action === 'approve' ? '同意' : '退回'}${d.reason ? `：${d.reason}` : ''}（${d.roleName} ${d.actorName}，${at}）`;
}

function drawCopy(doc: Doc, d: FormData, copy: string) {
  const a = d.a;
  const f = a.form;
  doc
    .font('bold')
    .fontSize(17)
    .text('职业技能等级认定备案表', PAGE.margin, PAGE.margin, { width: CONTENT_WIDTH, align: 'center' });
  doc
    .font('regular')
    .fontSize(9)
    .text(`${d.centreName}    ${copy}    报名编号：${a.id.slice(0, 8).toUpperCase()}`, {
      width: CONTENT_WIDTH,
      align: 'center',
    });
  doc.moveDown(0.6);

  const left = CONTENT_WIDTH - PHOTO_W;
  const w6 = columns(12, 18, 12, 18, 12, 22).map((w) => Math.floor((w * left) / CONTENT_WIDTH));
  w6[5] += left - w6.reduce((x, y) => x + y, 0);
  const label = (text: string, w: number) => ({ text, w, align: 'center' as const, bold: true, size: 9.5 });
  const value = (text: string | null | undefined, w: number) => ({ text: text ?? '', w, size: 9.5 });
  const top = doc.y;
  row(
    doc,
    [
      label('姓名', w6[0]),
      value(a.name, w6[1]),
      label('性别', w6[2]),
      value(genderNames[a.gender as 'male'] ?? a.gender, w6[3]),
      label('出生日期', w6[4]),
      value(d.birth, w6[5]),
    ],
    { minHeight: 26 },
  );
  row(
    doc,
    [
      label('证件类型', w6[0]),
      value(d.idType, w6[1]),
      label('证件号码', w6[2]),
      value(d.idNumber, w6[3] + w6[4] + w6[5]),
    ],
    { minHeight: 26 },
  );
  row(
    doc,
    [
      label('文化程度', w6[0]),
      value(f.education ?? (a.educationLevel ? educationLevelNames[a.educationLevel as 'undergraduate'] : ''), w6[1]),
      label('院校/学院', w6[2]),
      value([f.school, a.collegeName].filter(Boolean).join(' '), w6[3] + w6[4] + w6[5]),
    ],
    { minHeight: 26 },
  );
  row(
    doc,
    [
      label('专业', w6[0]),
      value(f.major ?? a.major, w6[1]),
      label('班级', w6[2]),
      value(a.className, w6[3]),
      label('学号', w6[4]),
      value(a.studentNumber, w6[5]),
    ],
    { minHeight: 26 },
  );
  const bottom = doc.y;
  // The photo box spans the first four rows on the right (as the paper form's 照片 cell).
  const px = PAGE.margin + left;
  doc
    .lineWidth(0.6)
    .rect(px, top, PHOTO_W, bottom - top)
    .stroke();
  if (d.photo) {
    try {
      doc.image(d.photo, px + 4, top + 4, { fit: [PHOTO_W - 8, bottom - top - 8], align: 'center', valign: 'center' });
    } catch {
      doc
        .font('regular')
        .fontSize(9)
        .text('照片无法显示', px, top + (bottom - top) / 2 - 5, { width: PHOTO_W, align: 'center' });
    }
  } else
    doc
      .font('regular')
      .fontSize(9)
      .text('（粘贴一寸\n免冠照片）', px, top + (bottom - top) / 2 - 12, { width: PHOTO_W, align: 'center' });
  doc.x = PAGE.margin;
  doc.y = bottom;

  const w4 = columns(18, 32, 18, 32);
  const w2 = [w4[0], CONTENT_WIDTH - w4[0]];
  const L = (t: string, i: number, ws = w4) => label(t, ws[i]);
  const V = (t: string | null | undefined, i: number, ws = w4) => value(t, ws[i]);
  row(doc, [L('联系电话', 0), V(f.phone ?? d.phone, 1), L('邮政编码', 2), V(f.postcode, 3)], { minHeight: 24 });
  row(doc, [L('通讯地址', 0, w2), V(f.address, 1, w2)], { minHeight: 24 });
  row(
    doc,
    [
      L('工作单位', 0),
      V(f.workUnit, 1),
      L('从事本职业年限', 2),
      V(f.yearsOfWork != null ? `${f.yearsOfWork} 年` : '', 3),
    ],
    { minHeight: 24 },
  );
  row(
    doc,
    [
      L('申报职业（工种）', 0),
      V(`${a.code} ${a.occupationName}`, 1),
      L('申报等级', 2),
      // R-SCORE-03: a part-only application says so on the form.
      V(`${levelNames[a.level as Level]}${a.onlyPart ? `（单科报考：${singlePartNames[a.onlyPart]}）` : ''}`, 3),
    ],
    { minHeight: 24 },
  );
  row(
    doc,
    [
      L('认定方式', 0),
      V(eligibilityMethodNames[a.method as EligibilityMethod] ?? a.method, 1),
      L('认定批次', 2),
      V(a.batchTitle, 3),
    ],
    { minHeight: 24 },
  );
  row(doc, [L('现有职业资格（技能等级）', 0, w2), V(f.currentCertificate, 1, w2)], { minHeight: 24 });
  row(doc, [L('学习和工作经历', 0, w2), { ...V(f.resume, 1, w2) }], { minHeight: 70, valign: 'top' });
  const reasons = failingReasons(a.eligibility, a.level);
  const engine = a.eligibility
    ? a.eligible
      ? `符合${levelNames[a.level as Level]}报名条件：${a.eligibility.reasons
          .filter((r) => r.ok)
          .map((r) => r.text)
          .slice(-1)
          .join('')}`
      : `不符合：${reasons.join('；')}`
    : '';
  row(doc, [L('报名条件审核（系统）', 0, w2), { ...V(engine, 1, w2), size: 8.5 }], { minHeight: 36, valign: 'top' });
  row(
    doc,
    [
      L('本人承诺', 0, w2),
      V(
        '本人承诺以上所填信息及提交的证件、照片和证明材料真实有效，如有虚假，自愿承担相应责任。\n\n本人签名：　　　　　　　　　　　　　　年　　月　　日',
        1,
        w2,
      ),
    ],
    { minHeight: 64, valign: 'top' },
  );
  const sign = '\n\n签章：　　　　　　　　　　　　　　　　年　　月　　日';
  row(doc, [L('学院初审意见', 0, w2), V(`${stageOpinion(a, 'college')}${sign}`, 1, w2)], {
    minHeight: 64,
    valign: 'top',
  });
  row(doc, [L('认定中心审核意见', 0, w2), V(`${stageOpinion(a, 'centre')}${sign}`, 1, w2)], {
    minHeight: 64,
    valign: 'top',
  });
  doc
    .font('regular')
    .fontSize(8.5)
    .text(
      `说明：本表一式两份，考生留存一份，学校留存一份。当前状态：${applicationStatusNames[a.status]}。`,
      PAGE.margin,
      doc.y + 6,
      { width: CONTENT_WIDTH },
    );
}

export async function renderApplicationForm(d: FormData, fontPath: string): Promise<Buffer> {
  const doc = createFormDocument(fontPath, { title: `职业技能等级认定备案表 ${d.a.name}`, author: d.centreName });
  COPIES.forEach((copy, i) => {
    if (i > 0) doc.addPage();
    drawCopy(doc, d, copy);
  });
  return toBuffer(doc);
}

/**
 * R-PPL-02 (issue 8 item 6): who gets the form with the full ID number: those who need the signed form, i.e. the
 * candidate, the centre's review roles and a college's own clerks (scope is checked above). Everyone else with
 * applications.read (finance) gets it masked, with the birth year only.
 */
export function formWithFullNumber(actor: Actor, own: boolean): boolean {
  return own || can(actor.role, 'applications.reviewCentre') || can(actor.role, 'applications.reviewCollege');
}

/**
 * R-REG-01: the form of one application: the candidate's own (portal.apply), or any for staff with
 * applications.read (a clerk its own college's only, R-ORG-07). A full-number form is audited as an ID-number view.
 */
export async function applicationFormPdf(
  db: Db,
  opts: { actor: Actor | null; id: string; own: boolean; pii: PiiCipher; store: FileStore; fontPath: string },
) {
  authorize(opts.actor, opts.own ? 'portal.apply' : 'applications.read');
  const actor = opts.actor;
  const app = await findApplication(db, opts.id);
  if (!app) throw notFound('报名记录');
  if (opts.own) {
    const p = await candidatePerson(db, actor);
    if (p.id !== app.personId) throw notFound('报名记录');
  } else assertCollegeScope(actor, app.collegeId, '报名记录');
  const a = await applicationDetail(db, actor, app.id, opts.own);
  const [p] = await candidatesByIds(db, [app.personId]);
  if (!p) throw notFound('报名记录');
  let photo: Buffer | null = null;
  const photoId = a.photoFileId ?? p.photoFileId;
  if (photoId) {
    const [f] = await db.select().from(files).where(eq(files.id, photoId));
    if (f && fs.existsSync(opts.store.pathOf(f.sha256))) photo = await opts.store.read(f); // sealed at rest (R-PPL-02)
  }
  const centre = await loadCentre(db);
  const full = formWithFullNumber(actor, opts.own);
  const id = full ? await idNumberOfPerson(db, opts.pii, p.id) : null;
  const idNumber = id?.idNumber ?? p.idMasked;
  const birth = id ? (id.birthDate ?? '') : p.birthYear ? `${p.birthYear} 年` : '';
  const bytes = await renderApplicationForm(
    { centreName: centre.name, a, idNumber, birth, idType: idTypeNames[p.idType] ?? p.idType, phone: p.phone, photo },
    opts.fontPath,
  );
  await db.transaction(async (tx) => {
    await recordAudit(tx, actor, {
      action: 'export',
      entity: 'application',
      entityId: a.id,
      after: { form: 'pdf', idNumber: full ? 'full' : 'masked' },
    });
    // R-PPL-02: a document with the full number is a view of it, audited like GET /persons/:id/id-number.
    if (full)
      await recordAudit(tx, actor, {
        action: 'view.idNumber',
        entity: 'person',
        entityId: p.id,
        after: { name: p.name, document: 'application.form', applicationId: a.id },
      });
  });
  return { bytes, name: downloadName(a.name, '职业技能等级认定备案表', 'pdf') };
}
