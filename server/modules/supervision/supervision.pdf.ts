// R-SUP-02: the 质量督导报告 of one team as PDF: batch, site, team, the observations by area with their checklists,
// the breaches stopped and reported, findings, problems and suggestions, and each member's name and signing time.
import type { Db } from '../../db/client.js';
import type { Actor } from '../../http/access.js';
import { downloadName } from '../../http/download.js';
import { supervisionAreaNames, supervisionAreas, type SupervisionReport } from '../../../shared/supervision.js';
import { A4, createExamDocument, FLOW_MARGIN, FlowSheet, toBytes, type PdfDoc } from '../arrangement/documents/draw.js';
import { getTeamReport } from './supervision.service.js';

const chinaTime = (iso: string) =>
  new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
const W = A4.width - 2 * FLOW_MARGIN;

export function drawReport(doc: PdfDoc, r: SupervisionReport) {
  const f = new FlowSheet(doc);
  doc.font('bold').fontSize(16).text('职业技能等级认定质量督导报告', FLOW_MARGIN, f.y, { width: W, align: 'center' });
  f.y += 28;
  const pair = (a: string, b: string, c: string, d: string) =>
    f.row([
      { text: a, w: 0.14, shade: true },
      { text: b, w: 0.46 },
      { text: c, w: 0.14, shade: true },
      { text: d, w: 0.26 },
    ]);
  pair('认定批次', r.batchTitle, '考点', r.siteName);
  pair('最后考试日', r.lastExamDay, '报告期限', `${r.dueOn} 前提交`);
  pair(
    '督导组',
    r.team.map((m) => m.name).join('、'),
    '状态',
    r.submittedAt ? `已提交 ${chinaTime(r.submittedAt)}` : r.stateName,
  );
  f.y += 8;
  f.title('督导记录（按督导项目）');
  const byArea = supervisionAreas.filter((a) => r.observationList.some((o) => o.aspect === a));
  if (!byArea.length) f.row([{ text: '暂无督导记录', w: 1 }]);
  for (const a of byArea)
    for (const o of r.observationList.filter((x) => x.aspect === a)) {
      const checks = o.checklist
        .map((c) => `${c.item}：${c.ok ? '符合' : '不符合'}${c.note ? `（${c.note}）` : ''}`)
        .join('\n');
      f.row([
        { text: supervisionAreaNames[a], w: 0.16, shade: true },
        {
          text: [
            checks,
            o.notes ? `记录：${o.notes}` : '',
            o.breach ? `【已制止并报告】${o.stopped}` : '',
            `${o.byName} ${chinaTime(o.createdAt)}${o.photoFileIds.length ? `，现场照片 ${o.photoFileIds.length} 张` : ''}`,
          ]
            .filter(Boolean)
            .join('\n'),
          w: 0.84,
        },
      ]);
    }
  f.y += 8;
  for (const [label, text] of [
    ['督导情况', r.findings],
    ['存在问题', r.problems],
    ['改进建议', r.suggestions],
  ] as const) {
    f.title(label);
    f.row([{ text: text || '无', w: 1 }], 40);
  }
  if (r.externalList.length) {
    f.title('外部质量督导（双随机一公开）');
    for (const e of r.externalList)
      f.row([
        { text: e.visitedOn, w: 0.16, shade: true },
        { text: `${e.authority}：${e.names.join('、')}${e.findings ? `\n${e.findings}` : ''}`, w: 0.84 },
      ]);
  }
  f.y += 8;
  f.title('督导组全体成员签名');
  for (const m of r.team)
    f.row(
      [
        { text: m.name, w: 0.25, shade: true },
        { text: m.signedAt ? `已在系统中签名 ${chinaTime(m.signedAt)}` : '未签名', w: 0.75 },
      ],
      24,
    );
}

export async function reportPdf(
  db: Db,
  opts: { actor: Actor | null; batchId: string; siteId: string; fontPath: string },
): Promise<{ bytes: Buffer; name: string }> {
  const report = await getTeamReport(db, opts);
  const doc = createExamDocument(opts.fontPath, { title: '质量督导报告', author: '职业技能等级认定中心' });
  drawReport(doc, report);
  return {
    bytes: await toBytes(doc),
    name: downloadName(`${report.batchTitle}-${report.siteName}`, '质量督导报告', 'pdf'),
  };
}
