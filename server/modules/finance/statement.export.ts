import type { DbOrTx } from '../../db/client.js';
import type { Actor } from '../../http/access.js';
import { downloadName, PDF_MIME, XLSX_MIME } from '../../http/download.js';
import { writeWorkbook } from '../../http/sheet.js';
import { expenseCategoryNames, paidDutyNames } from '../../../shared/finance.js';
import { loadCentre } from '../centre/centre.service.js';
import { columns, CONTENT_WIDTH, createFormDocument, numberPages, PAGE, row, toBuffer } from '../centre/table.pdf.js';
import { batchStatement } from './finance.service.js';

const yuanText = (v: number) => v.toFixed(2);

/**
 * R-FEE-01 / R-RPT-02: a batch's 收支明细表 as Excel or PDF: income (payments, refunds, net) and expenses by category
 * side by side (收支两条线), then every expense line; voided lines are listed as voided and counted nowhere.
 */
export async function exportStatement(
  db: DbOrTx,
  opts: { actor: Actor | null; batchId: string; format: 'xlsx' | 'pdf'; fontPath: string },
) {
  const s = await batchStatement(db, opts);
  const title = '收支明细表';
  const summary: [string, string, string][] = [
    ['收入', `报名缴费（${s.income.paymentCount} 笔）`, yuanText(s.income.payments)],
    ['收入', `退费（${s.income.refundCount} 笔）`, yuanText(-s.income.refunds)],
    ['收入', '净收入', yuanText(s.income.net)],
    ...s.expenses.map(
      (e) =>
        ['支出', `${expenseCategoryNames[e.category]}（${e.count} 笔）`, yuanText(e.amount)] as [
          string,
          string,
          string,
        ],
    ),
    ['支出', '支出合计', yuanText(s.totalExpenses)],
    ['结余', '净收入 − 支出合计', yuanText(s.balance)],
  ];
  const lines = s.items.map((e, i) => ({
    no: String(i + 1),
    spentOn: e.spentOn,
    category: expenseCategoryNames[e.category],
    payee: e.payee,
    detail: [e.duty ? paidDutyNames[e.duty] : '', e.note ?? ''].filter(Boolean).join('：'),
    voucher: e.voucherNumber ?? '',
    amount: yuanText(e.amount),
    state: e.voided ? `已作废：${e.voidReason ?? ''}` : '有效',
  }));
  if (opts.format === 'xlsx') {
    const bytes = await writeWorkbook([
      {
        name: '收支汇总',
        title: `${s.batchTitle} ${title}`,
        columns: [
          { header: '类别', key: 'kind', width: 10 },
          { header: '项目', key: 'item', width: 30 },
          { header: '金额（元）', key: 'amount', width: 16 },
        ],
        rows: summary.map(([kind, item, amount]) => ({ kind, item, amount })),
      },
      {
        name: '支出明细',
        title: `${s.batchTitle} 支出明细`,
        columns: [
          { header: '序号', key: 'no', width: 6 },
          { header: '日期', key: 'spentOn', width: 12 },
          { header: '支出类别', key: 'category', width: 16 },
          { header: '收款方', key: 'payee', width: 16 },
          { header: '摘要', key: 'detail', width: 30 },
          { header: '凭证号', key: 'voucher', width: 14 },
          { header: '金额（元）', key: 'amount', width: 12 },
          { header: '状态', key: 'state', width: 20 },
        ],
        rows: lines,
      },
    ]);
    return { bytes, name: downloadName(s.batchTitle, title, 'xlsx'), mime: XLSX_MIME };
  }
  const centre = await loadCentre(db).catch(() => null);
  const doc = createFormDocument(opts.fontPath, { title: `${s.batchTitle} ${title}`, author: centre?.name ?? '' });
  doc.font('bold').fontSize(15).text(title, PAGE.margin, PAGE.margin, { width: CONTENT_WIDTH, align: 'center' });
  doc
    .font('regular')
    .fontSize(9)
    .text(`${centre?.name ?? ''}\u3000${s.batchTitle}\u3000单位：元`, { width: CONTENT_WIDTH, align: 'center' });
  doc.moveDown(0.6);
  const w = columns(12, 58, 30);
  row(
    doc,
    ['类别', '项目', '金额'].map((text, i) => ({ text, w: w[i], bold: true, align: 'center' as const })),
    { minHeight: 22, shade: true },
  );
  for (const [kind, item, amount] of summary)
    row(doc, [
      { text: kind, w: w[0], align: 'center' },
      { text: item, w: w[1], bold: kind === '结余' || item.endsWith('合计') || item === '净收入' },
      { text: amount, w: w[2], align: 'right' },
    ]);
  doc.moveDown(1);
  doc.font('bold').fontSize(11).text('支出明细', PAGE.margin, doc.y, { width: CONTENT_WIDTH });
  doc.moveDown(0.3);
  const d = columns(6, 13, 14, 14, 22, 17, 14);
  row(
    doc,
    ['序号', '日期', '类别', '收款方', '摘要', '凭证号', '金额'].map((text, i) => ({
      text,
      w: d[i],
      bold: true,
      align: 'center' as const,
    })),
    { minHeight: 22, shade: true },
  );
  if (!lines.length) row(doc, [{ text: '暂无支出', w: CONTENT_WIDTH, align: 'center' }], { minHeight: 22 });
  for (const l of lines)
    row(doc, [
      { text: l.no, w: d[0], align: 'center' },
      { text: l.spentOn, w: d[1], align: 'center' },
      { text: l.category, w: d[2] },
      { text: l.payee, w: d[3] },
      { text: l.state === '有效' ? l.detail : `（${l.state}）${l.detail}`, w: d[4] },
      { text: l.voucher, w: d[5] },
      { text: l.state === '有效' ? l.amount : `(${l.amount})`, w: d[6], align: 'right' },
    ]);
  doc.moveDown(1.5);
  doc
    .font('regular')
    .fontSize(10)
    .text('制表人：　　　　　　　财务审核：　　　　　　　中心负责人：', PAGE.margin, doc.y, { width: CONTENT_WIDTH });
  numberPages(doc);
  return { bytes: await toBuffer(doc), name: downloadName(s.batchTitle, title, 'pdf'), mime: PDF_MIME };
}
