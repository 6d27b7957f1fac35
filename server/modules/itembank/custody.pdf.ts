import {
  columnsIn,
  contentWidth,
  createFormDocument,
  numberPages,
  PAGE,
  row,
  toBuffer,
  type Cell,
} from '../centre/table.pdf.js';

/**
 * The custody registers as the handbook prints them (R-BANK-03): A4 landscape, the centre's name over the title,
 * the filter under it, one bordered table, 第 N 页 共 M 页.
 */
export interface RegisterSheet {
  title: string;
  centreName: string;
  /** What the printed rows are (the batch, the range of days), or null for all. */
  scope: string | null;
  header: string[];
  /** Relative column widths. */
  weights: number[];
  rows: string[][];
  /** Columns centred (others left-aligned). */
  centred: number[];
  /** A line under the table (signature, notes). */
  footer?: string;
}

export async function registerPdf(fontPath: string, s: RegisterSheet): Promise<Buffer> {
  const doc = createFormDocument(fontPath, { title: s.title, author: s.centreName }, { landscape: true });
  const width = contentWidth(doc);
  doc.font('regular').fontSize(11).text(s.centreName, PAGE.margin, PAGE.margin, { width, align: 'center' });
  doc.moveDown(0.2).font('bold').fontSize(16).text(s.title, { width, align: 'center' });
  doc
    .moveDown(0.3)
    .font('regular')
    .fontSize(9.5)
    .text(s.scope ?? '全部记录', { width, align: 'center' });
  doc.moveDown(0.6);
  const widths = columnsIn(width, s.weights);
  const header = () =>
    row(
      doc,
      s.header.map((text, i) => ({ text, w: widths[i], bold: true, align: 'center' as const })),
      { minHeight: 26, shade: true },
    );
  header();
  if (!s.rows.length)
    row(doc, [{ text: '暂无记录', w: width, align: 'center' }], {
      minHeight: 28,
    });
  for (const r of s.rows) {
    const cells: Cell[] = r.map((text, i) => ({
      text,
      w: widths[i],
      align: s.centred.includes(i) ? 'center' : 'left',
    }));
    // A row that would not fit starts a new page under the header again (row() uses the same padding and gap).
    doc.font('regular').fontSize(10);
    const h = Math.max(
      30,
      ...cells.map((c) => doc.heightOfString(c.text || ' ', { width: c.w - 8, lineGap: 1.5 }) + 8),
    );
    if (doc.y + h > doc.page.height - PAGE.margin - 14) {
      doc.addPage();
      header();
    }
    row(doc, cells, { minHeight: 30 });
  }
  if (s.footer) {
    doc.moveDown(0.8).font('regular').fontSize(10).text(s.footer, PAGE.margin, doc.y, { width });
  }
  numberPages(doc);
  return toBuffer(doc);
}
