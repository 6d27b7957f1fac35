import type { Db } from '../../db/client.js';
import type { Actor } from '../../http/access.js';
import type { PiiCipher } from '../../http/pii.js';
import { writeWorkbook } from '../../http/sheet.js';
import { ACTIVATION_NOTE, activationStates } from '../../../shared/activation.js';
import { loadCentre } from '../centre/centre.service.js';
import { columns, CONTENT_WIDTH, createFormDocument, numberPages, PAGE, row, toBuffer } from '../centre/table.pdf.js';
import { activationSheetRows } from './accounts.service.js';
import { downloadName } from '../../http/download.js';

/**
 * Issue 8 item 4: a class's activation codes for the college to hand out, as a PDF (one slip per student, cut along
 * the lines) and as Excel. Codes of accounts already activated are not printed.
 */
export async function activationSheet(
  db: Db,
  opts: {
    actor: Actor | null;
    pii: PiiCipher;
    batchId: string;
    className: string;
    format: 'pdf' | 'xlsx';
    fontPath: string;
  },
) {
  const { batch, rows } = await activationSheetRows(db, opts);
  const title = `${opts.className} 考生账号激活码`;
  const lines = rows.map((r, i) => ({
    no: String(i + 1),
    name: r.name,
    studentNumber: r.studentNumber ?? '',
    className: r.className,
    login: r.studentNumber ?? '身份证号',
    code: r.code,
    state: activationStates[r.state],
  }));
  if (opts.format === 'xlsx') {
    const bytes = await writeWorkbook([
      {
        name: '激活码',
        title: `${batch.title} ${title}`,
        columns: [
          { header: '序号', key: 'no', width: 6 },
          { header: '姓名', key: 'name', width: 12 },
          { header: '学号', key: 'studentNumber', width: 16 },
          { header: '班级', key: 'className', width: 16 },
          { header: '登录账号', key: 'login', width: 16 },
          { header: '激活码', key: 'code', width: 20 },
          { header: '状态', key: 'state', width: 14 },
        ],
        rows: lines,
      },
      { name: '使用说明', columns: [{ header: '说明', key: 'text', width: 100 }], rows: [{ text: ACTIVATION_NOTE }] },
    ]);
    return {
      bytes,
      name: downloadName(batch.title, title, 'xlsx'),
      mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    };
  }
  const centre = await loadCentre(db).catch(() => null);
  const doc = createFormDocument(opts.fontPath, { title: `${batch.title} ${title}`, author: centre?.name ?? '' });
  doc.font('bold').fontSize(15).text(title, PAGE.margin, PAGE.margin, { width: CONTENT_WIDTH, align: 'center' });
  doc.font('regular').fontSize(9).text(batch.title, { width: CONTENT_WIDTH, align: 'center' });
  doc.moveDown(0.4).fontSize(9).text(ACTIVATION_NOTE, { width: CONTENT_WIDTH });
  doc.moveDown(0.6);
  const w = columns(6, 12, 15, 13, 32, 10);
  row(
    doc,
    ['序号', '姓名', '学号', '班级', '激活码', '状态'].map((text, i) => ({
      text,
      w: w[i],
      bold: true,
      align: 'center' as const,
    })),
    { minHeight: 22, shade: true },
  );
  for (const l of lines)
    row(
      doc,
      [l.no, l.name, l.studentNumber, l.className, l.code || '—', l.state].map((text, i) => ({
        text,
        w: w[i],
        align: 'center' as const,
        size: i === 4 ? 12.5 : 10,
        bold: i === 4,
      })),
      { minHeight: 30 },
    );
  numberPages(doc);
  return { bytes: await toBuffer(doc), name: downloadName(batch.title, title, 'pdf'), mime: 'application/pdf' };
}
