import type { Db } from '../../db/client.js';
import { authorize, type Actor } from '../../http/access.js';
import { downloadName, PDF_MIME, XLSX_MIME } from '../../http/download.js';
import { writeWorkbook } from '../../http/sheet.js';
import { sealText, type CustodyQuery } from '../../../shared/custody.js';
import { recordAudit } from '../audit/audit.service.js';
import { centreSummary } from '../centre/centre.reads.js';
import { batchTitlesByIds } from '../plans/plans.reads.js';
import { registerPdf } from './custody.pdf.js';
import { chinaDateTime } from './custody.rules.js';
import { listDuties, listTransfers } from './custody.service.js';

/** The custody registers as PDF (the handbook's layout) and Excel (R-BANK-03); every export is audited. */

type Format = 'pdf' | 'xlsx';
interface ExportOpts {
  actor: Actor | null;
  query: CustodyQuery;
  format: Format;
  fontPath: string;
}

/** What the audit row of an export records: the format, the filters and how many rows left. */
const exported = (opts: ExportOpts, rows: number) => ({ format: opts.format, ...opts.query, rows });

async function scopeOf(db: Db, q: CustodyQuery) {
  const batch = q.batchId ? (await batchTitlesByIds(db, [q.batchId]))[0]?.title : undefined;
  const days = q.from || q.to ? `${q.from ?? '…'} 至 ${q.to ?? '…'}` : '';
  const text = [batch, days].filter(Boolean).join('  ');
  return { batch: batch ?? null, text: text || null };
}

async function deliver(
  db: Db,
  opts: ExportOpts,
  s: {
    title: string;
    header: string[];
    weights: number[];
    rows: string[][];
    centred: number[];
    footer?: string;
  },
) {
  const scope = await scopeOf(db, opts.query);
  const centreName = (await centreSummary(db))?.name ?? '';
  const bytes =
    opts.format === 'pdf'
      ? await registerPdf(opts.fontPath, { ...s, centreName, scope: scope.text })
      : await writeWorkbook([
          {
            name: s.title,
            title: `${centreName} ${s.title}${scope.text ? `（${scope.text}）` : ''}`,
            columns: s.header.map((header, i) => ({ header, key: String(i), width: Math.max(8, s.weights[i] * 2) })),
            rows: s.rows.map((r) => Object.fromEntries(r.map((v, i) => [String(i), v]))),
          },
        ]);
  return {
    bytes,
    name: downloadName(scope.batch, s.title, opts.format),
    mime: opts.format === 'pdf' ? PDF_MIME : XLSX_MIME,
  };
}

export async function exportDuties(db: Db, opts: ExportOpts) {
  authorize(opts.actor, 'custody.read');
  const { items } = await listDuties(db, opts);
  const file = await deliver(db, opts, {
    title: '试卷保密室值班记录',
    header: ['序号', '日期/时段', '保管试卷', '值班人（两人）', '封存情况', '数量', '备注'],
    weights: [5, 20, 26, 16, 9, 7, 20],
    centred: [0, 1, 3, 4, 5],
    rows: items.map((d, i) => [
      String(i + 1),
      `${chinaDateTime(d.startsAt)}\n至 ${chinaDateTime(d.endsAt)}`,
      d.subject,
      `${d.keeper1}、${d.keeper2}`,
      sealText(d.sealIntact),
      String(d.count),
      [d.note, ...d.warnings].filter(Boolean).join('；'),
    ]),
    footer: '注：保密室实行 2 人 24 小时轮流看护；交接班时清点试卷袋数量、检查封存情况，如实填写。',
  });
  await db.transaction((tx) =>
    recordAudit(tx, opts.actor, { action: 'export', entity: 'custody_duty', after: exported(opts, items.length) }),
  );
  return file;
}

export async function exportTransfers(db: Db, opts: ExportOpts) {
  authorize(opts.actor, 'custody.read');
  const { items } = await listTransfers(db, opts);
  const file = await deliver(db, opts, {
    title: '文件移交登记表',
    header: ['文件名称', '移交时间', '移交地点', '保管员签字', '接收人签字', '领导签字', '备注'],
    weights: [26, 14, 14, 10, 10, 10, 20],
    centred: [1, 3, 4, 5],
    rows: items.map((t) => [
      t.documentName,
      chinaDateTime(t.transferredAt),
      t.place,
      t.keeper,
      t.receiver,
      t.approver,
      [t.count !== null ? `${t.count} 份（袋）` : '', t.sealIntact !== null ? sealText(t.sealIntact) : '', t.note]
        .filter(Boolean)
        .join('；'),
    ]),
    footer: '注：重要文件移交须经职业技能认定主管领导同意并签字后方可办理；交接双方填写本表后方可移交。',
  });
  await db.transaction((tx) =>
    recordAudit(tx, opts.actor, { action: 'export', entity: 'document_transfer', after: exported(opts, items.length) }),
  );
  return file;
}
