import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import dayjs from 'dayjs';
import { Alert, App, Button, Card, DatePicker, Empty, Input, Popconfirm, Space, Spin, Tag, Typography } from 'antd';
import { RightOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import { examModeNames } from '../../../shared/exams.js';
import { roomDutyNames, type ExamRoomItem } from '../../../shared/exams-day.js';
import { sittingKindNames } from '../../../shared/plans.js';
import { addDays, chinaToday } from '../../../shared/dates.js';
import { errorMessage } from '../../app/api.js';
import { useDecideIncident, useExamRooms, useIncidents } from './api.day.js';
import { useConsole } from './api.console.js';
import { hhmm } from './format.js';

/**
 * 考试实施 (R-EXAM-01…04): the rooms the user works in on a day, by sitting — batch, subject, times, site and room,
 * 纸笔/机考, the user's duty, the live counts — and, for a site head, the time credits waiting for its approval.
 * Made for a proctor's phone first.
 */
export function ExamDayPage() {
  const [params, setParams] = useSearchParams();
  const asked = params.get('day') ?? '';
  const day = /^\d{4}-\d{2}-\d{2}$/.test(asked) ? asked : chinaToday();
  const setDay = (d: string) => setParams(d === chinaToday() ? {} : { day: d }, { replace: true });
  const rooms = useExamRooms(day);
  const items = rooms.data?.items ?? [];
  const sittings = groupBySitting(items);
  const approvals = items.filter((r) => r.may.approve && r.counts.pendingCredits > 0);

  return (
    <PageContainer
      title="考试实施"
      content="本人当天有监考、考场负责或督导任务的考场；点击考场进入签到、座位、突发事件与考场记录。"
    >
      <Space wrap style={{ marginBottom: 12 }}>
        <DatePicker
          allowClear={false}
          value={dayjs(day)}
          onChange={(d) => d && setDay(d.format('YYYY-MM-DD'))}
          inputReadOnly
          data-testid="exam-day-picker"
        />
        <Button onClick={() => setDay(chinaToday())}>今天</Button>
        <Button onClick={() => setDay(addDays(chinaToday(), 1))} data-testid="exam-day-tomorrow">
          明天
        </Button>
      </Space>
      {rooms.error && <Alert type="error" showIcon message={errorMessage(rooms.error)} />}
      {approvals.length > 0 && (
        <Card
          size="small"
          title="待批准的补时"
          style={{ marginBottom: 12, borderColor: '#faad14' }}
          data-testid="exam-day-approvals"
        >
          {approvals.map((r) => (
            <PendingCredits key={`${r.sittingId}/${r.roomId}`} room={r} />
          ))}
        </Card>
      )}
      {rooms.isLoading ? (
        <Spin style={{ display: 'block', margin: '48px auto' }} />
      ) : sittings.length === 0 ? (
        <Card>
          <Empty description={`${day} 没有您的考试任务`} data-testid="exam-day-empty" />
        </Card>
      ) : (
        <Space direction="vertical" size={12} style={{ width: '100%' }}>
          {sittings.map((s) => (
            <Card
              key={s.first.sittingId}
              size="small"
              title={
                <div style={{ whiteSpace: 'normal', padding: '4px 0' }}>
                  <div>{s.first.batchTitle}</div>
                  <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
                    {sittingKindNames[s.first.sittingKind]} · {s.first.day} {s.first.startsAt}–{s.first.endsAt}
                  </Typography.Text>
                </div>
              }
              extra={
                <Tag color={s.first.mode === 'computer' ? 'geekblue' : 'default'}>{examModeNames[s.first.mode]}</Tag>
              }
              data-testid="exam-day-sitting"
            >
              <Space direction="vertical" size={8} style={{ width: '100%' }}>
                {s.rooms.map((r) => (
                  <RoomLine key={r.roomId} room={r} />
                ))}
              </Space>
            </Card>
          ))}
        </Space>
      )}
    </PageContainer>
  );
}

function groupBySitting(items: ExamRoomItem[]) {
  const map = new Map<string, ExamRoomItem[]>();
  for (const r of items) map.set(r.sittingId, [...(map.get(r.sittingId) ?? []), r]);
  return [...map.values()].map((rooms) => ({ first: rooms[0], rooms }));
}

const dutyColors = { proctor: 'cyan', site_head: 'gold', supervisor: 'purple', centre: 'blue' } as const;

/** One room: where, my duty, the counts; the whole line opens the room. */
function RoomLine({ room }: { room: ExamRoomItem }) {
  const c = room.counts;
  return (
    <Link to={`/exam-day/${room.sittingId}/${room.roomId}`} data-testid="exam-day-room">
      <div
        style={{
          border: '1px solid #f0f0f0',
          borderRadius: 8,
          padding: '10px 12px',
          display: 'flex',
          alignItems: 'center',
          gap: 8,
          color: 'rgba(0, 0, 0, 0.88)',
        }}
      >
        <div style={{ flex: 1, minWidth: 0 }}>
          <Space wrap size={[6, 4]}>
            <Typography.Text strong style={{ fontSize: 16 }}>
              {room.roomName}
            </Typography.Text>
            <Tag color={dutyColors[room.duty]}>{roomDutyNames[room.duty]}</Tag>
            {room.signed && <Tag color="green">记录已签字</Tag>}
          </Space>
          <div>
            <Typography.Text type="secondary">
              {room.siteName} · 入场 {hhmm(room.entryOpensAt)}–{hhmm(room.entryClosesAt)}
            </Typography.Text>
          </div>
          <Space wrap size={[12, 2]} style={{ marginTop: 4 }} data-testid="exam-day-counts">
            <span>座位 {c.seats}</span>
            <span style={{ color: '#389e0d' }}>已入场 {c.present}</span>
            <span style={{ color: c.absent ? '#cf1322' : undefined }}>缺考 {c.absent}</span>
            <span>未签到 {c.pending}</span>
            {room.mode === 'computer' && <ComputerCounts room={room} />}
            {c.incidents > 0 && <span>突发事件 {c.incidents}</span>}
            {c.violations > 0 && <span style={{ color: '#cf1322' }}>违纪 {c.violations}</span>}
            {c.pendingCredits > 0 && <Tag color="warning">待批补时 {c.pendingCredits}</Tag>}
          </Space>
        </div>
        <RightOutlined style={{ color: '#999' }} />
      </div>
    </Link>
  );
}

/** 作答中 / 已交卷 of a computer-based room, from its console (polled, no push here). */
function ComputerCounts({ room }: { room: ExamRoomItem }) {
  const console = useConsole({ sittingId: room.sittingId, roomId: room.roomId }, { stream: false });
  const c = console.data?.counts;
  if (!c) return null;
  return (
    <>
      <span style={{ color: '#1677ff' }}>作答中 {c.answering}</span>
      <span>已交卷 {c.submitted}</span>
    </>
  );
}

/** The credits of one room waiting for the site head, each with 批准 / 不批准. */
function PendingCredits({ room }: { room: ExamRoomItem }) {
  const incidents = useIncidents({ sittingId: room.sittingId, roomId: room.roomId });
  const decide = useDecideIncident();
  const { message } = App.useApp();
  const [note, setNote] = useState('');
  const pending = (incidents.data?.items ?? []).filter((i) => i.creditState === 'pending');
  const run = (id: string, approve: boolean) =>
    decide
      .mutateAsync({ id, body: { approve, note: note || undefined } })
      .then(() => message.success(approve ? '已批准，补时已生效' : '已不予批准'))
      .catch((e) => message.error(errorMessage(e)));
  return (
    <>
      {pending.map((i) => (
        <div key={i.id} style={{ padding: '8px 0', borderBottom: '1px solid #f5f5f5' }} data-testid="exam-day-pending">
          <div>
            <Typography.Text strong>
              {room.roomName} · {i.candidateName ? `${i.seatNo ?? ''} 号 ${i.candidateName}` : '全场'}
            </Typography.Text>{' '}
            <Tag color="warning">补时 {i.creditMinutes} 分钟</Tag>
          </div>
          <Typography.Text type="secondary">
            {hhmm(i.occurredAt)} {i.kindName}：{i.description}（{i.recordedByName} 记录）
          </Typography.Text>
          <Space wrap style={{ marginTop: 6 }}>
            <Input
              size="small"
              placeholder="意见（可不填）"
              style={{ width: 180 }}
              value={note}
              onChange={(e) => setNote(e.target.value)}
            />
            <Button size="small" type="primary" onClick={() => run(i.id, true)} data-testid="exam-day-approve">
              批准
            </Button>
            <Popconfirm title="不批准这次补时？" okText="不批准" cancelText="取消" onConfirm={() => run(i.id, false)}>
              <Button size="small" danger>
                不批准
              </Button>
            </Popconfirm>
          </Space>
        </div>
      ))}
    </>
  );
}
