import { A4, box, line, photo, type PdfDoc } from './draw.js';
import type { LotRecord, RoomSeat, RoomSheet } from './types.js';

/**
 * R-ARR-11 room documents, printed per room and sitting (H 考场编排 §4, 实施认定 二): the door list (考场门贴),
 * the seat chart (座位表), the sign-in sheet (签到表); and R-ARR-02's proctor lot record (抽签记录).
 * All A4 portrait, absolute layout; each function starts its own page(s).
 */

const MX = 40;
const W = A4.width - 2 * MX;
const BOTTOM = A4.height - 40;

function footer(doc: PdfDoc, text: string) {
  doc
    .font('regular')
    .fontSize(8)
    .fillColor('#555')
    .text(text, MX, A4.height - 30, { width: W, align: 'center', lineBreak: false });
  doc.fillColor('#000');
}

function roomTitle(s: RoomSheet) {
  return `第 ${s.roomNo} 考场`;
}

/** The header every room document shares: centre, document name, sitting and room facts. */
function roomHeader(doc: PdfDoc, s: RoomSheet, title: string, continued = false): number {
  let y = 36;
  doc.font('regular').fontSize(10).text(s.centreName, MX, y, { width: W, align: 'center', lineBreak: false });
  y += 16;
  doc
    .font('bold')
    .fontSize(17)
    .text(`${title}${continued ? '（续）' : ''}`, MX, y, {
      width: W,
      align: 'center',
      characterSpacing: 2,
      lineBreak: false,
    });
  y += 28;
  doc.font('regular').fontSize(10);
  doc.text(`${s.batchTitle}\u3000${s.occupation}\u3000${s.kindName}`, MX, y, { width: W, lineBreak: false });
  y += 15;
  doc.text(
    `考试时间：${s.day} ${s.time}\u3000\u3000考点：${s.site}\u3000\u3000考场：${roomTitle(s)}（${s.room}）\u3000\u3000人数：${s.seats.length}`,
    MX,
    y,
    { width: W, lineBreak: false },
  );
  return y + 20;
}

/** 考场门贴: posted on the door the day before — room in large type, sitting, time, and seat → name, ticket number. */
export function renderDoorList(doc: PdfDoc, s: RoomSheet) {
  doc.addPage();
  let y = 40;
  doc.font('regular').fontSize(11).text(s.centreName, MX, y, { width: W, align: 'center', lineBreak: false });
  y += 20;
  doc
    .font('bold')
    .fontSize(40)
    .text(roomTitle(s), MX, y, { width: W, align: 'center', characterSpacing: 4, lineBreak: false });
  y += 56;
  doc.font('regular').fontSize(14).text(s.room, MX, y, { width: W, align: 'center', lineBreak: false });
  y += 26;
  doc
    .font('bold')
    .fontSize(13)
    .text(`${s.occupation}\u3000${s.kindName}`, MX, y, { width: W, align: 'center', lineBreak: false });
  y += 20;
  doc
    .font('regular')
    .fontSize(12)
    .text(`${s.day}\u3000${s.time}\u3000\u3000考点：${s.site}`, MX, y, { width: W, align: 'center', lineBreak: false });
  y += 26;
  // Two side-by-side tables when the room holds more than fits one column (a 30-seat room fits one).
  const rows = [...s.seats].sort((a, b) => a.seat - b.seat);
  const rowH = 19;
  const perColumn = Math.floor((BOTTOM - 40 - y - rowH) / rowH);
  const split = rows.length > perColumn;
  const colW = split ? (W - 16) / 2 : W;
  // The ticket number (16 digits) must never be cut: it gets half the column even when the room splits in two.
  const widths = [0.15, 0.35, 0.5].map((f) => f * colW);
  const drawColumn = (x0: number, part: RoomSeat[]) => {
    let yy = y;
    let x = x0;
    ['座位号', '姓名', '准考证号'].forEach((h, i) => {
      box(doc, x, yy, widths[i], rowH, { text: h, bold: true, shade: true, size: 11 });
      x += widths[i];
    });
    yy += rowH;
    for (const r of part) {
      x = x0;
      [String(r.seat), r.name, r.ticketNumber].forEach((text, i) => {
        box(doc, x, yy, widths[i], rowH, { text, size: 11, bold: i === 0 });
        x += widths[i];
      });
      yy += rowH;
    }
  };
  if (!rows.length) box(doc, MX, y, W, rowH, { text: '本考场无考生', size: 11 });
  else if (!split) drawColumn(MX, rows);
  else {
    const half = Math.ceil(rows.length / 2);
    drawColumn(MX, rows.slice(0, half));
    drawColumn(MX + colW + 16, rows.slice(half));
  }
  doc
    .font('regular')
    .fontSize(10)
    .text('请考生核对座位号，考前 20 分钟凭准考证、身份证进入考场。', MX, BOTTOM - 18, {
      width: W,
      align: 'center',
      lineBreak: false,
    });
}

/**
 * 座位表: the room seen from the front (讲台 at the top), `columns` columns of seats numbered in an S down and up
 * the columns, as exam rooms are usually laid out (seat 1 front left, the next column continuing from the back).
 */
export function seatPosition(seat: number, perColumn: number): { col: number; row: number } {
  const col = Math.floor((seat - 1) / perColumn);
  const k = (seat - 1) % perColumn;
  return { col, row: col % 2 === 0 ? k : perColumn - 1 - k };
}

export function renderSeatChart(doc: PdfDoc, s: RoomSheet, columns = 5) {
  doc.addPage();
  let y = roomHeader(doc, s, '考场座位表');
  const capacity = Math.max(s.capacity, ...s.seats.map((r) => r.seat), 1);
  const perColumn = Math.ceil(capacity / columns);
  box(doc, MX + W / 2 - 80, y, 160, 22, { text: '讲\u3000台', bold: true, size: 12, shade: true });
  y += 34;
  const gap = 8;
  const cw = (W - gap * (columns - 1)) / columns;
  const ch = Math.min(68, (BOTTOM - 30 - y - gap * (perColumn - 1)) / perColumn);
  const bySeat = new Map(s.seats.map((r) => [r.seat, r]));
  for (let seat = 1; seat <= capacity; seat++) {
    const p = seatPosition(seat, perColumn);
    const x = MX + p.col * (cw + gap);
    const yy = y + p.row * (ch + gap);
    const r = bySeat.get(seat);
    doc.lineWidth(0.6).strokeColor('#000').rect(x, yy, cw, ch).stroke();
    doc
      .font('bold')
      .fontSize(13)
      .fillColor(r ? '#000' : '#999')
      .text(String(seat), x + 4, yy + 3, { width: cw - 8, lineBreak: false });
    if (r) {
      doc
        .font('bold')
        .fontSize(11)
        .fillColor('#000')
        .text(r.name, x + 4, yy + ch / 2 - 7, { width: cw - 8, align: 'center', lineBreak: false, ellipsis: true });
      doc
        .font('regular')
        .fontSize(8)
        .text(r.ticketNumber, x + 4, yy + ch - 14, { width: cw - 8, align: 'center', lineBreak: false });
    } else {
      doc
        .font('regular')
        .fontSize(9)
        .fillColor('#999')
        .text('空', x + 4, yy + ch / 2 - 6, { width: cw - 8, align: 'center', lineBreak: false });
    }
  }
  doc.fillColor('#000');
  footer(doc, '座位按列 S 形编号：第 1 列由前向后，第 2 列由后向前，依此类推。');
}

/** 签到表: seat, ticket number, name, ID tail, photo, signature; attendance totals and the proctors' signatures. */
export function renderSignInSheet(doc: PdfDoc, s: RoomSheet) {
  const rows = [...s.seats].sort((a, b) => a.seat - b.seat);
  const header = ['座位号', '准考证号', '姓名', '身份证后四位', '照片', '考生签名', '备注'];
  const widths = [0.09, 0.19, 0.13, 0.13, 0.12, 0.2, 0.14].map((f) => f * W);
  const rowH = 40;
  let page = 0;
  let y = 0;
  const newPage = () => {
    doc.addPage();
    y = roomHeader(doc, s, '考生签到表', page++ > 0);
    let x = MX;
    header.forEach((h, i) => {
      box(doc, x, y, widths[i], 22, { text: h, bold: true, shade: true, size: 9.5 });
      x += widths[i];
    });
    y += 22;
  };
  newPage();
  for (const r of rows) {
    if (y + rowH > BOTTOM - 60) newPage();
    let x = MX;
    [String(r.seat), r.ticketNumber, r.name, r.idTail, '', '', ''].forEach((text, i) => {
      box(doc, x, y, widths[i], rowH, { text, size: i === 2 ? 11 : 9.5, bold: i === 2 });
      x += widths[i];
    });
    const px = MX + widths.slice(0, 4).reduce((a, b) => a + b, 0);
    const ph = rowH - 6;
    photo(doc, r.photo, px + (widths[4] - (ph * 25) / 35) / 2, y + 3, (ph * 25) / 35, ph, '无照片');
    y += rowH;
  }
  if (y + 60 > BOTTOM) newPage();
  y += 14;
  doc.font('regular').fontSize(10.5);
  doc.text(`应考 ${rows.length} 人\u3000\u3000实考 ______ 人\u3000\u3000缺考 ______ 人`, MX, y, {
    width: W,
    lineBreak: false,
  });
  y += 24;
  doc.text(`监考员签名：____________\u3000____________\u3000\u3000\u3000\u3000日期：${s.day}`, MX, y, {
    width: W,
    lineBreak: false,
  });
  if (s.proctors.length) {
    y += 18;
    doc
      .fontSize(9)
      .fillColor('#555')
      .text(`（本场监考：${s.proctors.join('、')}）`, MX, y, { width: W, lineBreak: false });
    doc.fillColor('#000');
  }
}

/** R-ARR-02 抽签记录: the seed, the draw order and the room each proctor drew, with the witnesses' signatures. */
export function renderLotRecord(doc: PdfDoc, lots: readonly LotRecord[]) {
  if (!lots.length) {
    doc.addPage();
    doc.font('regular').fontSize(12).text('尚无监考抽签记录', MX, 200, { width: W, align: 'center' });
    return;
  }
  for (const lot of lots) {
    doc.addPage();
    let y = 40;
    doc.font('regular').fontSize(10).text(lot.centreName, MX, y, { width: W, align: 'center', lineBreak: false });
    y += 16;
    doc
      .font('bold')
      .fontSize(17)
      .text('监考人员抽签记录', MX, y, { width: W, align: 'center', characterSpacing: 2, lineBreak: false });
    y += 30;
    doc.font('regular').fontSize(10);
    const facts: [string, string][] = [
      ['认定批次', lot.batchTitle],
      ['考核场次', lot.sittingLabel],
      ['考点', lot.site],
      ['抽签种子', lot.seed],
      [
        '抽签方法',
        `以抽签种子为随机数种子对监考人员（按编号排序）随机排序，依次每 ${lot.proctorsPerRoom} 人分配一个考场（考场按编号排序）；任何人以同一种子可复核结果。`,
      ],
    ];
    for (const [k, v] of facts) {
      doc.font('regular').fontSize(10);
      const h = Math.max(22, doc.heightOfString(v, { width: W - 86 - 10, lineGap: 1 }) + 12);
      box(doc, MX, y, 86, h, { text: k, bold: true, shade: true, size: 10 });
      box(doc, MX + 86, y, W - 86, h, { text: v, size: 10, align: 'left', pad: 5 });
      y += h;
    }
    y += 12;
    const widths = [0.14, 0.3, 0.3, 0.26].map((f) => f * W);
    let x = MX;
    ['抽签顺序', '监考人员', '抽中考场', '本人签名'].forEach((h, i) => {
      box(doc, x, y, widths[i], 22, { text: h, bold: true, shade: true, size: 10 });
      x += widths[i];
    });
    y += 22;
    for (const d of lot.draws) {
      if (y + 22 > BOTTOM - 80) {
        doc.addPage();
        y = 50;
      }
      x = MX;
      [String(d.order), d.name, d.room, ''].forEach((text, i) => {
        box(doc, x, y, widths[i], 22, { text, size: 10 });
        x += widths[i];
      });
      y += 22;
    }
    y += 26;
    doc
      .font('regular')
      .fontSize(10.5)
      .text(
        '抽签主持人：____________\u3000\u3000监督人（内部督导员）：____________\u3000\u3000记录人：____________',
        MX,
        y,
        { width: W, lineBreak: false },
      );
    y += 24;
    doc.text('日期：______年____月____日', MX, y, { width: W, align: 'right', lineBreak: false });
    line(doc, MX, BOTTOM - 4, MX + W, BOTTOM - 4);
    footer(doc, '依据《考务人员安排》第五条：每 30 人的标准考场应配备监考员 2 人，考前抽签确定监考场次。');
  }
}
