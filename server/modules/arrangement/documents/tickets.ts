import { A4, box, line, noPhotoMark, photo, qrCode, sealArea, type PdfDoc } from './draw.js';
import type { TicketData, TicketSheet } from './types.js';

/**
 * R-ARR-11: 职业技能等级认定准考证, two to an A4 sheet (each half 210 × 148.5 mm, cut along the dashed line).
 * Why two: a bulk print of 1,000 tickets is 500 sheets instead of 1,000, and the half sheet is the size candidates lay
 * on the desk's top-right corner beside the ID card (考场规则 二). A candidate's own download is the same ticket on
 * the top half of one sheet.
 *
 * Content (H 四(五), 考场编排 §4): photo with the centre's seal over its corner, ticket number, name, ID number with
 * only its last 4 visible (what the proctor compares with the ID card), occupation and level, every sitting with
 * day, times, site, room and seat, the candidate rules, and a QR code the door check scans to verify the ticket.
 */

/** 考生须知: the candidate's part of H 职业技能等级认定考场规则 (一–八), as the handbook words it. */
export const candidateRules: readonly string[] = [
  '考生在考前 20 分钟凭准考证、身份证等有效证件进入考场，两证不全或者两证不符者不得进入考场，视为缺考。',
  '考生进入考场后应主动将准考证、身份证放在桌面右上角，以备核对。',
  '考生迟到 30 分钟不得入场，视为缺考。考试结束前不得提前交卷离场。',
  '不得携带与考试有关的资料及通信工具、电子设备进入考场；带入考场的要存放到指定位置，违者视为作弊。',
  '开考后，考生应首先在试卷、答题卡的规定位置准确填涂“地区、姓名、准考证号、身份证号、职业、级别、科目代码”等相关信息，然后开始答题。信息填涂不准确成绩为零分，不予复核成绩。',
  '试卷上不得做任何标记，否则试卷作废。答案写在草稿纸上无效。',
  '考试结束后，考生不得将试卷、答题卡、草稿纸等带出考场。',
  '考生应尊重监考人员，接受监考人员的监督和检查，不得喧哗干扰考场秩序。',
];

const HALF = A4.height / 2;
const MX = 30;
const W = A4.width - 2 * MX;
const numerals = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** Draws one ticket in the half sheet starting at `top`. */
export function drawTicket(doc: PdfDoc, sheet: TicketSheet, t: TicketData, top: number) {
  let y = top + 22;
  doc
    .fillColor('#000')
    .font('regular')
    .fontSize(10)
    .text(sheet.centreName, MX, y, { width: W, align: 'center', lineBreak: false });
  y += 15;
  doc
    .font('bold')
    .fontSize(16)
    .text('职业技能等级认定准考证', MX, y, { width: W, align: 'center', characterSpacing: 2, lineBreak: false });
  y += 26;

  // Identity block: five rows of label/value on the left, the photo (25 × 35 mm) on the right.
  const rowH = 20;
  const photoW = 84;
  const lw = 64;
  const left = W - photoW;
  const vw = left - lw;
  const half = (left - 2 * lw) / 2;
  const label = (x: number, yy: number, w: number, text: string) =>
    box(doc, x, yy, w, rowH, { text, bold: true, shade: true, size: 9 });
  const value = (x: number, yy: number, w: number, text: string, size = 9.5, bold = false) =>
    box(doc, x, yy, w, rowH, { text, size, bold, align: 'left', pad: 5 });
  label(MX, y, lw, '准考证号');
  value(MX + lw, y, vw, t.ticketNumber, 12, true);
  label(MX, y + rowH, lw, '姓\u3000\u3000名');
  value(MX + lw, y + rowH, half, t.name, 11, true);
  label(MX + lw + half, y + rowH, lw, '性\u3000\u3000别');
  value(MX + 2 * lw + half, y + rowH, half, t.gender);
  label(MX, y + 2 * rowH, lw, '身份证号');
  value(MX + lw, y + 2 * rowH, vw, t.idMasked, 10);
  label(MX, y + 3 * rowH, lw, '学院/单位');
  value(MX + lw, y + 3 * rowH, vw, t.unit);
  // The occupation takes the row's room (the level needs little): shown whole, on two lines or smaller when long.
  const levelW = 78;
  const occW = vw - lw - levelW;
  label(MX, y + 4 * rowH, lw, '认定职业');
  box(doc, MX + lw, y + 4 * rowH, occW, rowH, { text: t.occupation, size: 9.5, align: 'left', pad: 4, fit: true });
  label(MX + lw + occW, y + 4 * rowH, lw, '认定等级');
  box(doc, MX + 2 * lw + occW, y + 4 * rowH, levelW, rowH, { text: t.level, size: 9.5, pad: 3, fit: true });
  const blockH = 5 * rowH;
  box(doc, MX + left, y, photoW, blockH, { text: '' });
  // 25 × 35 mm, scaled to the block's height.
  const ph = Math.min(99.2, blockH - 4);
  const pw = (ph * 25) / 35;
  if (t.photo) photo(doc, t.photo, MX + left + (photoW - pw) / 2, y + 2, pw, ph, '一寸照片');
  else noPhotoMark(doc, MX + left + (photoW - pw) / 2, y + 2, pw, ph);
  y += blockH + 6;

  // Sittings.
  const cols = [
    { h: '考核科目', w: 0.16 },
    { h: '日期', w: 0.13 },
    { h: '时间', w: 0.14 },
    { h: '考点', w: 0.18 },
    { h: '考场', w: 0.3 },
    { h: '座位号', w: 0.09 },
  ];
  const widths = cols.map((c) => c.w * W);
  const sh = 17;
  let x = MX;
  cols.forEach((c, i) => {
    box(doc, x, y, widths[i], sh, { text: c.h, bold: true, shade: true, size: 9 });
    x += widths[i];
  });
  y += sh;
  for (const s of t.sittings.slice(0, 3)) {
    x = MX;
    [s.kindName, s.day, s.time, s.site, s.room, s.seat].forEach((text, i) => {
      box(doc, x, y, widths[i], sh, { text, size: i === 5 ? 11 : i === 4 && text.length > 16 ? 8 : 9, bold: i === 5 });
      x += widths[i];
    });
    y += sh;
  }
  if (!t.sittings.length) {
    box(doc, MX, y, W, sh, { text: '考场安排尚未发布', size: 9 });
    y += sh;
  }
  y += 6;

  // Candidate rules beside the QR code.
  const qrSize = 78;
  const rulesW = W - qrSize - 8;
  const rulesTop = y;
  doc.font('bold').fontSize(9).text('考 生 须 知', MX, y, { width: rulesW, align: 'left', lineBreak: false });
  y += 13;
  doc.font('regular').fontSize(7.2);
  for (const [i, r] of sheet.rules.entries()) {
    doc.text(`${numerals[i] ?? i + 1}、${r}`, MX, y, { width: rulesW, lineGap: 0.6 });
    y = doc.y + 0.8;
  }
  const qx = MX + W - qrSize;
  qrCode(doc, t.qr, qx, rulesTop, qrSize);
  doc
    .font('regular')
    .fontSize(7)
    .fillColor('#000')
    .text('扫码核验准考证', qx, rulesTop + qrSize, { width: qrSize, align: 'center', lineBreak: false });
  // Issuer line at the bottom, the seal's place marked at its right end (stamped by hand, H 四(五)); kept off the
  // photo, which the door check must see whole.
  const by = Math.max(y + 4, rulesTop + qrSize + 14);
  const issuer = `${sheet.batchTitle}\u3000\u3000签发机构：${sheet.centreName}（盖章）`;
  let size = 8.5;
  doc.font('regular').fontSize(size);
  while (size > 6 && doc.widthOfString(issuer) > W - 56) doc.fontSize((size -= 0.25)); // one line, whole
  doc.text(issuer, MX, by, { width: W - 56, align: 'right', lineBreak: false });
  sealArea(doc, MX + W - 24, by + 4, 20, '中心印章');
}

/**
 * Renders tickets two to a page into `doc` (created with createExamDocument); `onTicket` reports progress. With
 * `bookmark`, the tickets start on a fresh sheet under an outline entry of that title (a room's or a college's pile).
 */
export function renderTickets(
  doc: PdfDoc,
  sheet: TicketSheet,
  tickets: readonly TicketData[],
  onTicket?: (done: number) => void,
  bookmark?: string,
) {
  tickets.forEach((t, i) => {
    const top = i % 2 === 0 ? 0 : HALF;
    if (i % 2 === 0) {
      doc.addPage();
      if (i === 0 && bookmark) doc.outline.addItem(bookmark);
    } else line(doc, 14, HALF, A4.width - 14, HALF, true);
    drawTicket(doc, sheet, t, top);
    onTicket?.(i + 1);
  });
  if (!tickets.length) {
    doc.addPage();
    doc.font('regular').fontSize(12).text('没有可打印的准考证', 0, 200, { width: A4.width, align: 'center' });
  }
}
