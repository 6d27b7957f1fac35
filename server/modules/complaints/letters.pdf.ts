// R-CMP-02: the written notices to the complainant: the decision whether to investigate (投诉受理通知书 /
// 不予调查通知书) and the result (投诉处理结果告知书), each with the complainant, a summary of the complaint, the
// decision or result, the date and the centre's name.
import type { Db } from '../../db/client.js';
import { authorize, type Actor } from '../../http/access.js';
import { AppError } from '../../http/errors.js';
import { downloadName } from '../../http/download.js';
import { complaintChannelNames } from '../../../shared/complaints.js';
import { centreSummary } from '../centre/centre.reads.js';
import { createFormDocument, toBuffer } from '../centre/table.pdf.js';
import { complaintById, type ComplaintRow } from './complaints.store.js';
import { effectiveResultDue } from './complaints.rules.js';

export type LetterKind = 'decision' | 'result';

const chineseDate = (day: string) => {
  const [y, m, d] = day.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};
const summary = (s: string) => (s.length > 200 ? `${s.slice(0, 200)}……` : s);

function letterText(c: ComplaintRow, kind: LetterKind) {
  const received = `您于${chineseDate(c.receivedOn)}以${complaintChannelNames[c.channel]}方式向本中心反映的问题，本中心已收悉。`;
  if (kind === 'decision') {
    const yes = c.investigate === 'yes';
    return {
      title: yes ? '投诉受理通知书' : '不予调查通知书',
      day: c.decisionNotifiedOn!,
      paragraphs: [
        received,
        `经初步了解，本中心决定${yes ? '对您反映的问题进行调查' : '对您反映的问题不予调查'}。`,
        `理由：${c.decisionReason ?? ''}`,
        yes
          ? `本中心将依据事实客观公正地处理，并于${chineseDate(effectiveResultDue(c))}前将处理结果书面告知您。`
          : '如您对本决定有异议，或有新的事实和证据，可再次向本中心反映。',
      ],
    };
  }
  return {
    title: '投诉处理结果告知书',
    day: c.resultNotifiedOn!,
    paragraphs: [received, '本中心已对您反映的问题进行了调查，现将处理结果告知如下：', c.result ?? ''],
  };
}

/** R-CMP-02: a notice as PDF, once the decision (or the result) it states has been made. */
export async function complaintLetterPdf(
  db: Db,
  opts: { actor: Actor | null; id: string; kind: LetterKind; fontPath: string },
) {
  authorize(opts.actor, 'complaints.read');
  const c = await complaintById(db, opts.id);
  if (opts.kind === 'decision' && !c.decisionNotifiedOn)
    throw new AppError('CONFLICT', '尚未作出是否调查的决定，不能生成通知书');
  if (opts.kind === 'result' && !c.resultNotifiedOn) throw new AppError('CONFLICT', '尚未登记处理结果，不能生成告知书');
  const centre = (await centreSummary(db))?.name ?? '职业技能等级认定中心';
  const t = letterText(c, opts.kind);
  const doc = createFormDocument(opts.fontPath, { title: t.title, author: centre });
  doc.font('bold').fontSize(18).text(t.title, { align: 'center' });
  doc.moveDown(1.5).font('regular').fontSize(12);
  doc.text(`${c.complainantName}${c.complainantUnit ? `（${c.complainantUnit}）` : ''}：`, { lineGap: 4 });
  doc.moveDown(0.5);
  for (const p of t.paragraphs) {
    doc.text(p, { indent: 24, lineGap: 4 });
    doc.moveDown(0.4);
  }
  doc.moveDown(0.6).font('bold').text('投诉内容摘要：', { lineGap: 4 });
  doc.font('regular').fontSize(11).text(summary(c.content), { indent: 24, lineGap: 3 });
  doc.moveDown(0.6).fontSize(12).text('特此告知。', { indent: 24 });
  doc.moveDown(3).text(centre, { align: 'right' });
  doc.moveDown(0.3).text(chineseDate(t.day), { align: 'right' });
  return { bytes: await toBuffer(doc), name: downloadName(c.complainantName, t.title, 'pdf') };
}
