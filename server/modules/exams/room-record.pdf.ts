// R-EXAM-03: 考场情况记录表 as PDF, from the room's record: attendance and the absent with reasons, incidents with
// their handling and credited time, violations with clause and tier, the computer-based summary, the supervisors'
// observations, and each proctor's signature with name and time.
import type { Db } from '../../db/client.js';
import type { Actor } from '../../http/access.js';
import { downloadName } from '../../http/download.js';
import { absenceReasonNames, creditStateNames, examModeNames } from '../../../shared/exams.js';
import type { RoomRecord } from '../../../shared/exams-day.js';
import { sittingKindNames } from '../../../shared/plans.js';
import {
  A4,
  createExamDocument,
  FLOW_MARGIN,
  FlowSheet as Sheet,
  toBytes,
  type PdfDoc,
} from '../arrangement/documents/draw.js';
import { loadRoomDay, roomOfActor } from './rooms.store.js';
import { composeRoomRecord } from './room-record.service.js';

/** `YYYY-MM-DD HH:MM` of an ISO instant in China time. */
const chinaTime = (iso: string) =>
  new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
const clockOf = (iso: string) => chinaTime(iso).slice(11);

const M = FLOW_MARGIN;
const W = A4.width - 2 * M;

export function drawRoomRecord(doc: PdfDoc, r: RoomRecord) {
  const s = new Sheet(doc);
  const room = r.room;
  doc.font('bold').fontSize(16).text('考场情况记录表', M, s.y, { width: W, align: 'center' });
  s.y += 28;
  const head = (a: string, b: string, c: string, d: string) =>
    s.row([
      { text: a, w: 0.14, shade: true },
      { text: b, w: 0.36 },
      { text: c, w: 0.14, shade: true },
      { text: d, w: 0.36 },
    ]);
  head('认定批次', room.batchTitle, '场次', `${sittingKindNames[room.sittingKind]}（${examModeNames[room.mode]}）`);
  head('考试时间', `${room.day} ${room.startsAt}–${room.endsAt}`, '考场', `${room.siteName} ${room.roomName}`);
  head(
    '应到人数',
    String(r.attendance.seats),
    '实到 / 缺考',
    `${r.attendance.present} / ${r.attendance.absent}${r.attendance.pending ? `（未登记 ${r.attendance.pending}）` : ''}`,
  );
  head('考场结束时间', chinaTime(r.roomEndsAt), '记录状态', r.signed ? '监考员已全部签字' : '未签字完毕');
  s.y += 8;

  s.title('缺考考生');
  if (!r.attendance.absentees.length) s.row([{ text: '无', w: 1 }]);
  else {
    s.row([
      { text: '座号', w: 0.1, shade: true },
      { text: '姓名', w: 0.2, shade: true },
      { text: '准考证号', w: 0.3, shade: true },
      { text: '缺考原因', w: 0.4, shade: true },
    ]);
    for (const a of r.attendance.absentees)
      s.row([
        { text: String(a.seatNo), w: 0.1 },
        { text: a.name, w: 0.2 },
        { text: a.ticketNumber ?? '', w: 0.3 },
        { text: absenceReasonNames[a.reason], w: 0.4 },
      ]);
  }
  s.y += 8;

  s.title('突发事件及处理');
  if (!r.incidents.length) s.row([{ text: '无', w: 1 }]);
  else {
    s.row([
      { text: '时间', w: 0.09, shade: true },
      { text: '考生', w: 0.13, shade: true },
      { text: '事件', w: 0.16, shade: true },
      { text: '情况及处理', w: 0.44, shade: true },
      { text: '补时', w: 0.18, shade: true },
    ]);
    for (const i of r.incidents)
      s.row([
        { text: clockOf(i.occurredAt), w: 0.09 },
        { text: i.candidateName ? `${i.seatNo ?? ''} 号 ${i.candidateName}` : '全场', w: 0.13 },
        { text: i.kindName, w: 0.16 },
        { text: `${i.description}\n处理：${i.handling}`, w: 0.44 },
        {
          text: i.creditMinutes
            ? `${i.creditMinutes} 分钟，${creditStateNames[i.creditState]}${i.decidedByName ? `（${i.decidedByName}）` : ''}`
            : '—',
          w: 0.18,
        },
      ]);
  }
  s.y += 8;

  s.title('考生违纪违规');
  if (!r.violations.length) s.row([{ text: '无', w: 1 }]);
  else {
    s.row([
      { text: '时间', w: 0.09, shade: true },
      { text: '考生', w: 0.13, shade: true },
      { text: '违纪条款', w: 0.3, shade: true },
      { text: '违纪事实', w: 0.38, shade: true },
      { text: '证据', w: 0.1, shade: true },
    ]);
    for (const v of r.violations)
      s.row([
        { text: clockOf(v.occurredAt), w: 0.09 },
        { text: `${v.seatNo ?? ''} 号 ${v.candidateName}`, w: 0.13 },
        { text: `${v.clauseName}（第 ${v.tier} 类）`, w: 0.3 },
        { text: v.description, w: 0.38 },
        { text: v.evidence.length ? `${v.evidence.length} 件` : '—', w: 0.1 },
      ]);
  }
  s.y += 8;

  if (r.computer) {
    s.title('机考情况');
    const c = r.computer;
    s.row([
      {
        text: `考生 ${c.attempts} 人，开始作答 ${c.started} 人，已交卷 ${c.submitted} 人（考生交卷 ${c.byCandidate}，到时自动交卷 ${c.auto}，监考员收卷 ${c.byProctor}）`,
        w: 1,
      },
    ]);
    s.y += 8;
  }

  s.title('督导意见');
  if (!r.observations.length) s.row([{ text: '无', w: 1 }]);
  for (const o of r.observations)
    s.row([
      { text: `${o.name}\n${chinaTime(o.at)}`, w: 0.2 },
      { text: o.text, w: 0.8 },
    ]);
  s.y += 8;

  s.title('监考员签字');
  s.row([
    { text: '监考员', w: 0.3, shade: true },
    { text: '签字时间', w: 0.7, shade: true },
  ]);
  const rows = r.proctors.length
    ? r.proctors.map((p) => ({ name: p.name, at: p.signedAt }))
    : r.signatures.map((x) => ({ name: x.name, at: x.signedAt }));
  for (const p of rows)
    s.row(
      [
        { text: p.name, w: 0.3 },
        { text: p.at ? `已在系统中签字 ${chinaTime(p.at)}` : '未签字', w: 0.7 },
      ],
      22,
    );
}

export async function roomRecordPdf(
  db: Db,
  opts: { actor: Actor | null; sittingId: string; roomId: string; fontPath: string },
): Promise<{ bytes: Buffer; name: string }> {
  const { actor, scope } = await roomOfActor(db, opts, 'read');
  const day = await loadRoomDay(db, scope);
  const record = await composeRoomRecord(db, actor, scope, day);
  const doc = createExamDocument(opts.fontPath, { title: '考场情况记录表', author: '职业技能等级认定中心' });
  drawRoomRecord(doc, record);
  const bytes = await toBytes(doc);
  const subject = `${record.room.batchTitle}-${record.room.siteName}${record.room.roomName}`;
  return { bytes, name: downloadName(subject, '考场情况记录表', 'pdf') };
}
