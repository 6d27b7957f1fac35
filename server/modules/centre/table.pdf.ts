import fs from 'node:fs';
import path from 'node:path';
import * as fontkit from 'fontkit';
import PDFDocument from 'pdfkit';

/**
 * Form-style PDF drawing for the centre's documents: bordered table rows whose cells wrap their text, breaking to
 * a new page between rows, as the authority's Word forms look when printed. The CJK font is parsed once per
 * process (it is ~15 MB) and reused by every document.
 */
type Font = ReturnType<typeof fontkit.create>;
const fonts = new Map<string, { regular: Font; bold: Font }>();

export function loadPdfFonts(fontPath: string) {
  const abs = path.resolve(fontPath);
  let f = fonts.get(abs);
  if (!f) {
    if (!fs.existsSync(abs)) throw new Error(`PDF font not found: ${abs} (set PDF_FONT_PATH)`);
    const regular = fontkit.create(fs.readFileSync(abs));
    // The default package ships a bold face beside the regular one; other fonts use the regular face for both.
    const boldPath = abs.replace(/400Regular/g, '700Bold');
    const bold = boldPath !== abs && fs.existsSync(boldPath) ? fontkit.create(fs.readFileSync(boldPath)) : regular;
    f = { regular, bold };
    fonts.set(abs, f);
  }
  return f;
}

export interface Cell {
  text: string;
  /** Width in points. */
  w: number;
  bold?: boolean;
  align?: 'left' | 'center' | 'right';
  size?: number;
}

export const PAGE = { width: 595.28, height: 841.89, margin: 48 };
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;
const PAD = 4;

/** The width between the margins of the document's current page (CONTENT_WIDTH in portrait, wider in landscape). */
export function contentWidth(doc: Doc) {
  return doc.page.width - 2 * PAGE.margin;
}

/** `landscape` for wide tables (e.g. the batch plan with its staffing columns); the default is A4 portrait. */
export function createFormDocument(
  fontPath: string,
  info: { title: string; author: string },
  opts: { landscape?: boolean } = {},
) {
  const f = loadPdfFonts(fontPath);
  const doc = new PDFDocument({
    size: 'A4',
    layout: opts.landscape ? 'landscape' : 'portrait',
    margin: PAGE.margin,
    bufferPages: true,
    info: { Title: info.title, Author: info.author, Creator: '职业技能等级认定管理平台' },
  });
  doc.registerFont('regular', f.regular as unknown as Buffer);
  doc.registerFont('bold', f.bold as unknown as Buffer);
  doc.font('regular');
  return doc;
}

export type Doc = ReturnType<typeof createFormDocument>;

function cellHeight(doc: Doc, c: Cell) {
  doc.font(c.bold ? 'bold' : 'regular').fontSize(c.size ?? 10);
  return doc.heightOfString(c.text || ' ', { width: c.w - 2 * PAD, lineGap: 1.5 }) + 2 * PAD;
}

/** Draws one bordered row at doc.y (a new page first when it does not fit); returns the row's height. */
export function row(
  doc: Doc,
  cells: Cell[],
  opts: { minHeight?: number; valign?: 'middle' | 'top'; shade?: boolean } = {},
) {
  const h = Math.max(opts.minHeight ?? 20, ...cells.map((c) => cellHeight(doc, c)));
  if (doc.y + h > doc.page.height - PAGE.margin - 14) doc.addPage();
  const y = doc.y;
  let x = PAGE.margin;
  for (const c of cells) {
    if (opts.shade) doc.rect(x, y, c.w, h).fill('#f2f2f2');
    doc.lineWidth(0.6).strokeColor('#000').rect(x, y, c.w, h).stroke();
    doc
      .fillColor('#000')
      .font(c.bold ? 'bold' : 'regular')
      .fontSize(c.size ?? 10);
    const th = doc.heightOfString(c.text || ' ', { width: c.w - 2 * PAD, lineGap: 1.5 });
    const ty = opts.valign === 'top' ? y + PAD : y + (h - th) / 2;
    doc.text(c.text, x + PAD, ty, { width: c.w - 2 * PAD, align: c.align ?? 'left', lineGap: 1.5 });
    x += c.w;
  }
  doc.x = PAGE.margin;
  doc.y = y + h;
  return h;
}

/** Splits the (portrait) content width into columns by weights. */
export function columns(...weights: number[]) {
  return columnsIn(CONTENT_WIDTH, weights);
}

/** Splits `width` (e.g. contentWidth(doc) of a landscape page) into columns by weights. */
export function columnsIn(width: number, weights: number[]) {
  const total = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((w / total) * width));
  widths[widths.length - 1] += width - widths.reduce((a, b) => a + b, 0);
  return widths;
}

/** A full-width section heading row, bold and centred, as the form's 申请开展…的职业(工种) rows. */
export function sectionRow(doc: Doc, text: string) {
  row(doc, [{ text, w: contentWidth(doc), bold: true, align: 'center', size: 11 }], { minHeight: 24, shade: true });
}

/** A header row plus data rows of one table; `empty` is printed when there are no data rows. */
export function table(doc: Doc, widths: number[], header: string[], data: string[][], empty = '暂无数据') {
  row(
    doc,
    header.map((text, i) => ({ text, w: widths[i], bold: true, align: 'center' as const })),
    { minHeight: 22 },
  );
  if (!data.length)
    row(doc, [{ text: empty, w: widths.reduce((a, b) => a + b, 0), align: 'center' }], { minHeight: 22 });
  for (const d of data)
    row(
      doc,
      d.map((text, i) => ({ text, w: widths[i], align: (i === 0 ? 'center' : 'left') as Cell['align'] })),
    );
}

/** Page numbers (第 N 页 共 M 页) centred in the bottom margin of every page. */
export function numberPages(doc: Doc) {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    doc.page.margins.bottom = 0; // text in the bottom margin must not start a new page
    doc.font('regular').fontSize(9).fillColor('#000');
    const y = doc.page.height - PAGE.margin + 16;
    doc.text(`第 ${i + 1} 页  共 ${range.count} 页`, PAGE.margin, y, {
      width: contentWidth(doc),
      align: 'center',
      lineBreak: false,
    });
  }
}

export function toBuffer(doc: Doc): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}
