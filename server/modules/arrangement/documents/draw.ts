import PDFDocument from 'pdfkit';
import { loadPdfFonts } from '../../centre/table.pdf.js';
import type { QrMatrix } from './qr.js';

/** Absolute-position drawing for the exam documents (tickets, door lists, seat charts): boxes, photos, QR codes. */

export type PdfDoc = PDFKit.PDFDocument;

export const A4 = { width: 595.28, height: 841.89 };

/** A document with the CJK font registered as `regular` and `bold`; the font is parsed once per process. */
export function createExamDocument(
  fontPath: string,
  info: { title: string; author: string },
  layout: 'portrait' | 'landscape' = 'portrait',
): PdfDoc {
  const f = loadPdfFonts(fontPath);
  const doc = new PDFDocument({
    size: 'A4',
    layout,
    margin: 0,
    autoFirstPage: false,
    info: { Title: info.title, Author: info.author, Creator: '职业技能等级认定管理平台' },
  });
  doc.registerFont('regular', f.regular as unknown as Buffer);
  doc.registerFont('bold', f.bold as unknown as Buffer);
  doc.font('regular');
  return doc;
}

export interface BoxText {
  text: string;
  size?: number;
  bold?: boolean;
  align?: 'left' | 'center' | 'right';
  /** Vertical placement; default middle. */
  valign?: 'top' | 'middle';
  pad?: number;
  shade?: boolean;
  border?: boolean;
  /** Shrink the type (down to 6.5 pt, wrapping to a second line) until the whole text fits, instead of cutting it. */
  fit?: boolean;
}

/** A bordered cell with its text placed inside (one line is clipped with an ellipsis rather than overflowing). */
export function box(doc: PdfDoc, x: number, y: number, w: number, h: number, t: BoxText) {
  if (t.shade) doc.rect(x, y, w, h).fill('#efefef');
  if (t.border !== false) doc.lineWidth(0.6).strokeColor('#000').rect(x, y, w, h).stroke();
  const pad = t.pad ?? 3;
  let size = t.size ?? 9;
  doc
    .fillColor('#000')
    .font(t.bold ? 'bold' : 'regular')
    .fontSize(size);
  const width = w - 2 * pad;
  if (t.fit)
    while (size > 6.5 && doc.heightOfString(t.text || ' ', { width, lineGap: 1 }) > h - 2 * pad + 0.5)
      doc.fontSize((size -= 0.5));
  const th = doc.heightOfString(t.text || ' ', { width, lineGap: 1 });
  const fits = th <= h - 2 * pad + 0.5;
  const ty = t.valign === 'top' || !fits ? y + pad : y + (h - th) / 2;
  doc.text(t.text, x + pad, ty, {
    width,
    height: h - 2 * pad,
    align: t.align ?? 'center',
    lineGap: 1,
    ellipsis: !fits,
  });
}

/** A photo fitted in its frame; a framed placeholder when there is none. */
export function photo(
  doc: PdfDoc,
  bytes: Buffer | null,
  x: number,
  y: number,
  w: number,
  h: number,
  placeholder = '照片',
) {
  if (bytes) {
    try {
      doc.image(bytes, x, y, { fit: [w, h], align: 'center', valign: 'center' });
      return;
    } catch {
      // An unreadable photo prints as "no photo" rather than failing the whole print.
    }
  }
  doc.lineWidth(0.5).strokeColor('#888').dash(2, { space: 2 }).rect(x, y, w, h).stroke().undash();
  doc
    .fillColor('#888')
    .font('regular')
    .fontSize(8)
    .text(placeholder, x, y + h / 2 - 5, { width: w, align: 'center', lineBreak: false });
  doc.fillColor('#000').strokeColor('#000');
}

/** A ticket without a photo on file: a red 无照片 mark the door check cannot miss (verify the ID card instead). */
export function noPhotoMark(doc: PdfDoc, x: number, y: number, w: number, h: number) {
  doc.save();
  doc.lineWidth(1).strokeColor('#c00000').rect(x, y, w, h).stroke();
  doc
    .fillColor('#c00000')
    .font('bold')
    .fontSize(12)
    .text('无照片', x, y + h / 2 - 20, { width: w, align: 'center', lineBreak: false });
  doc
    .font('regular')
    .fontSize(7)
    .text('入场凭证件核验', x + 2, y + h / 2 + 2, { width: w - 4, align: 'center' });
  doc.restore();
  doc.fillColor('#000').strokeColor('#000');
}

/** Draws a QR code as vector squares (horizontal runs merged), with the 4-module quiet zone inside `size`. */
export function qrCode(doc: PdfDoc, m: QrMatrix, x: number, y: number, size: number) {
  const cell = size / (m.size + 8);
  const ox = x + 4 * cell;
  const oy = y + 4 * cell;
  for (let r = 0; r < m.size; r++) {
    let c = 0;
    while (c < m.size) {
      if (!m.dark[r * m.size + c]) {
        c++;
        continue;
      }
      const start = c;
      while (c < m.size && m.dark[r * m.size + c]) c++;
      // A hair of overlap so adjacent rows print without white seams.
      doc.rect(ox + start * cell, oy + r * cell, (c - start) * cell, cell + 0.05);
    }
  }
  doc.fill('#000');
}

/** A dashed circle marking where the centre's seal goes (the printed ticket is stamped by hand, H 四(五)). */
export function sealArea(doc: PdfDoc, cx: number, cy: number, r: number, label: string) {
  doc.save();
  doc.lineWidth(0.6).strokeColor('#b0b0b0').dash(3, { space: 2 }).circle(cx, cy, r).stroke().undash();
  doc
    .fillColor('#a0a0a0')
    .font('regular')
    .fontSize(7)
    .text(label, cx - r, cy - 4, { width: 2 * r, align: 'center', lineBreak: false });
  doc.restore();
  doc.fillColor('#000').strokeColor('#000');
}

export function line(doc: PdfDoc, x1: number, y1: number, x2: number, y2: number, dashed = false) {
  doc.lineWidth(0.5).strokeColor('#000');
  if (dashed) doc.dash(4, { space: 3 });
  doc.moveTo(x1, y1).lineTo(x2, y2).stroke();
  if (dashed) doc.undash();
}

export function toBytes(doc: PdfDoc): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

/** The margin of the flowing forms (`FlowSheet`). */
export const FLOW_MARGIN = 36;
const M = FLOW_MARGIN;
const W = A4.width - 2 * M;
const BOTTOM = A4.height - M;

/** A flowing table writer for forms (考场情况记录表, 成绩登记表): rows move down the page and continue on a new one. */
export class FlowSheet {
  y = M;
  constructor(readonly doc: PdfDoc) {
    doc.addPage();
  }
  need(h: number) {
    if (this.y + h > BOTTOM) {
      this.doc.addPage();
      this.y = M;
    }
  }
  title(text: string) {
    this.need(24);
    box(this.doc, M, this.y, W, 20, { text, bold: true, size: 10.5, align: 'left', shade: true });
    this.y += 20;
  }
  /** One row of cells; widths are shares of the page width. */
  row(cells: { text: string; w: number; bold?: boolean; shade?: boolean; align?: 'left' | 'center' }[], h = 18) {
    const lines = Math.max(
      1,
      ...cells.map((c) => {
        this.doc.font('regular').fontSize(9);
        return Math.ceil(this.doc.heightOfString(c.text || ' ', { width: c.w * W - 6 }) / 12);
      }),
    );
    const height = Math.max(h, lines * 12 + 6);
    this.need(height);
    let x = M;
    for (const c of cells) {
      box(this.doc, x, this.y, c.w * W, height, {
        text: c.text,
        bold: c.bold,
        shade: c.shade,
        align: c.align ?? 'left',
        valign: 'top',
        fit: false,
      });
      x += c.w * W;
    }
    this.y += height;
  }
}
