import { itemTypeNames, type ItemType } from '../../../shared/itembank.js';
import type { PaperItem } from '../../../shared/itembank-papers.js';
import type { PrintKind } from '../../../shared/itembank.js';
import {
  columns,
  contentWidth,
  createFormDocument,
  numberPages,
  PAGE,
  row,
  table,
  toBuffer,
  type Doc,
} from '../centre/table.pdf.js';
import type { AssemblyReport } from './itembank.types.js';

/**
 * The paper exam's documents (R-BANK-02): the paper with the 准考证号/姓名 header of the 考场规则, the answer key,
 * the answer sheet, and the assembly report (plan against result per cell).
 */

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八'];

/** An item image made ready for the PDF: PNG bytes and their size in pixels. */
export interface PaperImage {
  png: Buffer;
  width: number;
  height: number;
}

export interface PaperPdfInput {
  kind: PrintKind;
  title: string;
  label: string;
  personName: string | null;
  durationMinutes: number;
  totalPoints: number;
  sections: { type: ItemType; count: number; pointsEach: number }[];
  items: PaperItem[];
  sealHash: string | null;
  /** The bytes of the item images the paper shows (stems and options), by file id. */
  images?: ReadonlyMap<string, PaperImage>;
}

const fmt = (n: number) => String(Math.round(n * 100) / 100);

function ensureSpace(doc: Doc, h: number) {
  if (doc.y + h > doc.page.height - PAGE.margin - 14) doc.addPage();
}

/** Title, time and the candidate's blanks, as the 考场规则 ask on every paper and answer sheet. */
function header(doc: Doc, p: PaperPdfInput, subtitle: string) {
  const w = contentWidth(doc);
  doc.font('bold').fontSize(15).text(p.title, PAGE.margin, doc.y, { width: w, align: 'center' });
  doc.moveDown(0.3);
  doc
    .font('regular')
    .fontSize(10.5)
    .text(`${subtitle}\u3000考试时间：${p.durationMinutes} 分钟\u3000满分：${fmt(p.totalPoints)} 分`, {
      width: w,
      align: 'center',
    });
  doc.moveDown(0.6);
  if (p.kind !== 'key') {
    const c = columns(1.2, 2.4, 0.8, 1.6, 0.8, 1.2);
    row(
      doc,
      [
        { text: '准考证号', w: c[0], align: 'center' },
        { text: '', w: c[1] },
        { text: '姓名', w: c[2], align: 'center' },
        { text: p.personName ?? '', w: c[3] },
        { text: '得分', w: c[4], align: 'center' },
        { text: '', w: c[5] },
      ],
      { minHeight: 26 },
    );
    doc.moveDown(0.4);
    doc
      .fontSize(9)
      .text(
        '注意事项：1. 请在指定位置填写准考证号和姓名；2. 请仔细阅读各题要求，在规定位置作答；3. 不得在试卷上作任何标记。',
        {
          width: w,
        },
      );
    doc.moveDown(0.6);
  }
}

function sectionTitle(doc: Doc, index: number, s: PaperPdfInput['sections'][number]) {
  ensureSpace(doc, 40);
  doc
    .font('bold')
    .fontSize(11.5)
    .text(
      `${NUMERALS[index] ?? index + 1}、${itemTypeNames[s.type]}（共 ${s.count} 题，每题 ${fmt(s.pointsEach)} 分，共 ${fmt(s.count * s.pointsEach)} 分）`,
      PAGE.margin,
      doc.y,
      { width: contentWidth(doc) },
    );
  doc.moveDown(0.3);
  doc.font('regular');
}

function bySection(p: PaperPdfInput) {
  return p.sections.map((s) => ({ section: s, items: p.items.filter((i) => i.type === s.type) }));
}

/** An item's image, scaled into the box below the text. */
function drawImage(doc: Doc, img: PaperImage | undefined, x: number, maxW: number, maxH: number) {
  if (!img) return;
  const scale = Math.min(maxW / img.width, maxH / img.height, 1);
  const [w, h] = [img.width * scale, img.height * scale];
  ensureSpace(doc, h + 6);
  doc.image(img.png, x, doc.y + 2, { width: w, height: h });
  doc.y += h + 6;
}

function paperBody(doc: Doc, p: PaperPdfInput) {
  const w = contentWidth(doc);
  bySection(p).forEach(({ section, items }, si) => {
    sectionTitle(doc, si, section);
    for (const it of items) {
      doc.font('regular').fontSize(10.5);
      // A stem with its own answer blank (「（ ）」) keeps it; others get one, as the 试卷 layout has.
      const hasBlank = /[（(][\s\u3000]*[）)]/.test(it.stem);
      const stem =
        section.type === 'truefalse'
          ? `${it.no}. （\u3000\u3000）${it.stem}`
          : `${it.no}. ${it.stem}${hasBlank ? '' : '（\u3000\u3000）'}`;
      ensureSpace(doc, doc.heightOfString(stem, { width: w }) + 16 * Math.ceil(it.options.length / 2));
      doc.text(stem, PAGE.margin, doc.y, { width: w, lineGap: 2 });
      for (const id of it.stemImageFileIds) drawImage(doc, p.images?.get(id), PAGE.margin + 20, w * 0.6, 160);
      // Options with an image, or long ones, take a line each (the image under its text).
      const long = it.options.some((o) => o.text.length > 18 || o.imageFileId);
      if (long)
        for (const o of it.options) {
          doc.text(`\u3000\u3000${o.key}. ${o.text}`, PAGE.margin, doc.y, { width: w, lineGap: 2 });
          if (o.imageFileId) drawImage(doc, p.images?.get(o.imageFileId), PAGE.margin + 40, w * 0.4, 90);
        }
      else
        for (let i = 0; i < it.options.length; i += 2) {
          const y = doc.y;
          doc.text(`\u3000\u3000${it.options[i].key}. ${it.options[i].text}`, PAGE.margin, y, { width: w / 2 });
          const y1 = doc.y;
          if (it.options[i + 1])
            doc.text(`\u3000\u3000${it.options[i + 1].key}. ${it.options[i + 1].text}`, PAGE.margin + w / 2, y, {
              width: w / 2,
            });
          doc.y = Math.max(y1, doc.y);
        }
      doc.moveDown(0.35);
    }
    doc.moveDown(0.4);
  });
}

function keyBody(doc: Doc, p: PaperPdfInput) {
  bySection(p).forEach(({ section, items }, si) => {
    sectionTitle(doc, si, section);
    const perRow = 5;
    const widths = columns(...Array.from({ length: perRow * 2 }, (_, i) => (i % 2 ? 1.4 : 0.8)));
    for (let i = 0; i < items.length; i += perRow) {
      const cells = [];
      for (let j = 0; j < perRow; j++) {
        const it = items[i + j];
        cells.push({ text: it ? String(it.no) : '', w: widths[2 * j], align: 'center' as const });
        cells.push({ text: it ? it.answer : '', w: widths[2 * j + 1], align: 'center' as const, bold: true });
      }
      row(doc, cells, { minHeight: 20 });
    }
    doc.moveDown(0.6);
  });
  if (p.sealHash) {
    doc.moveDown(0.5);
    doc.fontSize(8).text(`封存值（SHA-256）：${p.sealHash}`, { width: contentWidth(doc) });
  }
}

/** One row per item: its number and a box per option letter (判断题: √ and ×) to fill in. */
function sheetBody(doc: Doc, p: PaperPdfInput) {
  const w = contentWidth(doc);
  bySection(p).forEach(({ section, items }, si) => {
    sectionTitle(doc, si, section);
    const perLine = 3;
    const colW = w / perLine;
    for (let i = 0; i < items.length; i += perLine) {
      ensureSpace(doc, 22);
      const y = doc.y;
      for (let j = 0; j < perLine; j++) {
        const it = items[i + j];
        if (!it) continue;
        const x0 = PAGE.margin + j * colW;
        doc
          .font('regular')
          .fontSize(10)
          .text(String(it.no).padStart(2, ' '), x0, y + 3, { width: 24, align: 'right' });
        const marks = section.type === 'truefalse' ? ['√', '×'] : it.options.map((o) => o.key);
        marks.forEach((m, k) => {
          const bx = x0 + 30 + k * 24;
          doc.lineWidth(0.6).rect(bx, y, 20, 16).stroke();
          doc
            .fontSize(8)
            .fillColor('#666')
            .text(m, bx, y + 4, { width: 20, align: 'center' });
          doc.fillColor('#000');
        });
      }
      doc.x = PAGE.margin;
      doc.y = y + 22;
    }
    doc.moveDown(0.6);
  });
}

export async function buildPaperPdf(fontPath: string, p: PaperPdfInput): Promise<Buffer> {
  const subtitle = p.kind === 'paper' ? '试卷' : p.kind === 'key' ? '参考答案' : '答题卡';
  const doc = createFormDocument(fontPath, { title: `${p.title} ${subtitle}`, author: '题库管理员' });
  header(doc, p, subtitle === '试卷' ? '' : `【${subtitle}】`);
  if (p.kind === 'paper') paperBody(doc, p);
  else if (p.kind === 'key') keyBody(doc, p);
  else sheetBody(doc, p);
  numberPages(doc);
  return toBuffer(doc);
}

/** The assembly report: capacity, plan against result per cell, and the independent checker's verdict. */
export async function buildAssemblyReportPdf(
  fontPath: string,
  r: { title: string; kindName: string; formCount: number; seed: number; report: AssemblyReport; createdAt: string },
): Promise<Buffer> {
  const doc = createFormDocument(fontPath, { title: `${r.title} 组卷报告`, author: '题库管理员' });
  const w = contentWidth(doc);
  doc.font('bold').fontSize(15).text(`${r.title} 组卷报告`, { width: w, align: 'center' });
  doc.moveDown(0.5);
  const rep = r.report;
  const passed = !rep.unmet.length && !rep.violations.length;
  doc
    .font('regular')
    .fontSize(10.5)
    .text(
      `组卷方式：${r.kindName}\u3000套数：${r.formCount}\u3000随机种子：${r.seed}\u3000组卷时间：${r.createdAt.slice(0, 16).replace('T', ' ')}`,
      { width: w },
    );
  doc.text(
    `独立校验：${passed ? '全部试卷通过' : `未通过（${rep.unmet.length + rep.violations.length} 项）`}\u3000最大重合率：${(rep.maxOverlap * 100).toFixed(1)}%\u3000最大曝光率：${(rep.maxExposure * 100).toFixed(1)}%\u3000用时：${rep.millis} 毫秒`,
    { width: w },
  );
  doc.moveDown(0.6);
  doc.font('bold').fontSize(11.5).text('一、方案与结果对照（每套）', { width: w });
  doc.moveDown(0.3);
  const c1 = columns(4, 1, 1, 1);
  table(
    doc,
    c1,
    ['单元', '方案', '最少', '最多'],
    rep.cells.map((c) => [c.label, fmt(c.planned), fmt(c.min), fmt(c.max)]),
  );
  doc.moveDown(0.6);
  doc.font('bold').fontSize(11.5).text(`二、题库容量（最多支持 ${rep.capacity.maxForms} 套）`, { width: w });
  doc.moveDown(0.3);
  const c2 = columns(4, 1, 1, 1, 1);
  table(
    doc,
    c2,
    ['单元', '每套需要', '可用试题', '支持套数', '缺少'],
    rep.capacity.cells.map((c) => [c.label, fmt(c.perForm), fmt(c.available), fmt(c.forms), fmt(c.lacking)]),
  );
  doc.moveDown(0.6);
  doc.font('bold').fontSize(11.5).text('三、未满足的约束与校验问题', { width: w });
  doc.moveDown(0.3);
  const issues = [...rep.unmet.map((u) => u.message), ...rep.violations.map((v) => v.message)];
  table(
    doc,
    columns(1, 8),
    ['序号', '说明'],
    issues.map((m, i) => [String(i + 1), m]),
    '无：每套试卷均满足方案的全部约束',
  );
  numberPages(doc);
  return toBuffer(doc);
}
