import { useEffect, useState } from 'react';
import {
  Alert,
  App,
  Badge,
  Button,
  Card,
  Drawer,
  Form,
  Input,
  InputNumber,
  List,
  Modal,
  Popconfirm,
  Select,
  Space,
  Spin,
  Tag,
  Typography,
} from 'antd';
import { PauseCircleOutlined, PlayCircleOutlined, ClockCircleOutlined } from '@ant-design/icons';
import { checkinStatusNames, submitKindNames } from '../../../shared/exams.js';
import type { ConsoleSeat, ConsoleSnapshot } from '../../../shared/exams-console.js';
import type { CheckinRow, ExtensionBody, RoomParams } from '../../../shared/exams-day.js';
import { errorMessage } from '../../app/api.js';
import {
  useAttemptEvents,
  useCollect,
  useConsole,
  useReleaseSeat,
  useRoomAction,
  useSetIpRanges,
} from './api.console.js';
import { useCan } from '../../app/session.js';
import { useExtend } from './api.day.js';
import { IncidentDialog } from './IncidentsTab.js';
import { ViolationDialog } from './ViolationsTab.js';
import { dayTime, duration, hhmm, hhmmss } from './format.js';

type Snapshot = ConsoleSnapshot & { receivedAt: number };

/** A second's tick, so ages and the countdown move between the server's pushes. */
function useNow() {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, []);
  return now;
}

/** What a seat shows: its state's words and colour (未登录 / 作答中 / 离线 N 秒 / 已交卷; 缺考; paper: check-in only). */
export function seatState(seat: ConsoleSeat, elapsed: number): { text: string; color: string; key: string } {
  if (seat.checkin === 'absent') return { text: '缺考', color: '#ff4d4f', key: 'absent' };
  const a = seat.attempt;
  if (!a)
    return seat.checkin === 'present'
      ? { text: checkinStatusNames.present, color: '#52c41a', key: 'present' }
      : { text: '未签到', color: '#bfbfbf', key: 'pending' };
  if (a.state === 'submitted') return { text: '已交卷', color: '#389e0d', key: 'submitted' };
  if (!a.bound) return { text: '未登录', color: '#bfbfbf', key: 'not_signed_in' };
  if (!a.online) {
    const s = (a.offlineSeconds ?? 0) + elapsed;
    return { text: `离线 ${duration(s)}`, color: '#fa8c16', key: 'offline' };
  }
  if (a.state === 'started') return { text: '作答中', color: '#1677ff', key: 'answering' };
  return { text: '已登录', color: '#13c2c2', key: 'signed_in' };
}

/**
 * 座位 (R-EXAM-02 console, tablet first): the room bar (考场码 big for the projector, 开考, 暂停/继续, 全场延时, the
 * room's end) and the seat map kept live by the server's push; a seat opens its actions (延时, 释放座位, 收卷,
 * 突发事件, 违纪, 事件记录). Paper sittings show check-in states only.
 */
export function ConsoleTab(props: { room: RoomParams; candidates: CheckinRow[]; mayProctor: boolean }) {
  const console = useConsole(props.room);
  const now = useNow();
  const [seatNo, setSeatNo] = useState<number | null>(null);
  if (console.isLoading) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
  if (console.error) return <Alert type="error" showIcon message={errorMessage(console.error)} />;
  const snap = console.data as Snapshot;
  const elapsed = Math.max(0, Math.round((now - snap.receivedAt) / 1000));
  const serverNow = snap.room.serverNow + (now - snap.receivedAt);
  const seat = snap.seats.find((s) => s.seatNo === seatNo) ?? null;
  return (
    <div data-testid="console">
      <RoomBar snap={snap} serverNow={serverNow} live={console.live} {...props} />
      <div
        style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(150px, 1fr))', gap: 8 }}
        data-testid="seat-map"
      >
        {snap.seats.map((s) => {
          const st = seatState(s, elapsed);
          const a = s.attempt;
          return (
            <div
              key={s.seatNo}
              onClick={() => setSeatNo(s.seatNo)}
              data-testid="seat"
              data-seat={s.seatNo}
              data-state={st.key}
              style={{
                cursor: 'pointer',
                background: '#fff',
                border: `2px solid ${st.color}`,
                borderRadius: 8,
                padding: '6px 8px',
                minHeight: 86,
              }}
            >
              <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'baseline' }}>
                <Typography.Text strong style={{ fontSize: 20 }}>
                  {s.seatNo}
                </Typography.Text>
                {a && a.signals > 0 && (
                  <Badge count={`${a.signals} 次异常`} style={{ background: '#faad14' }} title="切屏、复制等信号" />
                )}
              </div>
              <div style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
                {s.name}
                {s.conflict && (
                  <Tag color="magenta" style={{ marginLeft: 4 }}>
                    回避
                  </Tag>
                )}
              </div>
              <div style={{ color: st.color, fontWeight: 600 }} data-testid="seat-state">
                {st.text}
              </div>
              {a && a.state !== 'ready' && (
                <div style={{ fontSize: 12, color: '#666' }}>
                  答 {a.answered}/{a.itemCount}
                  {a.state === 'started' &&
                    a.lastSaveAgeSeconds !== null &&
                    ` · ${duration(a.lastSaveAgeSeconds + elapsed)}前保存`}
                  {a.extensionSeconds > 0 && ` · 延 ${Math.round(a.extensionSeconds / 60)} 分`}
                </div>
              )}
            </div>
          );
        })}
      </div>
      <Legend mode={snap.room.mode} />
      {seat && (
        <SeatDrawer
          room={props.room}
          seat={seat}
          snap={snap}
          candidates={props.candidates}
          mayProctor={props.mayProctor}
          onClose={() => setSeatNo(null)}
        />
      )}
    </div>
  );
}

function Legend({ mode }: { mode: string }) {
  const entries =
    mode === 'computer'
      ? [
          ['未签到/未登录', '#bfbfbf'],
          ['作答中', '#1677ff'],
          ['离线', '#fa8c16'],
          ['已交卷', '#389e0d'],
          ['缺考', '#ff4d4f'],
        ]
      : [
          ['未签到', '#bfbfbf'],
          ['已入场', '#52c41a'],
          ['缺考', '#ff4d4f'],
        ];
  return (
    <Space wrap style={{ marginTop: 8 }}>
      {entries.map(([t, c]) => (
        <Space key={t} size={4}>
          <span style={{ display: 'inline-block', width: 12, height: 12, border: `2px solid ${c}`, borderRadius: 3 }} />
          <Typography.Text type="secondary">{t}</Typography.Text>
        </Space>
      ))}
    </Space>
  );
}

/**
 * R-EXAM-02: the addresses candidates of the room may sign in from, shown to everyone at the console; the centre
 * changes them (one IPv4 address or range per line; empty = any).
 */
function IpRanges(props: { room: RoomParams; ranges: string[] }) {
  const mayManage = useCan('exams.manage');
  const save = useSetIpRanges(props.room);
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = () => {
    const ipRanges = text
      .split(/[\s,，;；]+/)
      .map((x) => x.trim())
      .filter(Boolean);
    save
      .mutateAsync(ipRanges)
      .then(() => {
        setOpen(false);
        message.success(ipRanges.length ? '已设置登录地址范围' : '已取消登录地址限制');
      })
      .catch((e) => setError(errorMessage(e)));
  };
  return (
    <div data-testid="ip-ranges">
      <Typography.Text type="secondary">考生登录地址：</Typography.Text>
      {props.ranges.length ? props.ranges.join('、') : '不限'}
      {mayManage && (
        <Button
          type="link"
          size="small"
          onClick={() => {
            setText(props.ranges.join('\n'));
            setError(null);
            setOpen(true);
          }}
          data-testid="ip-ranges-edit"
        >
          设置
        </Button>
      )}
      <Modal
        title="考生登录地址范围"
        open={open}
        okText="保存"
        cancelText="取消"
        confirmLoading={save.isPending}
        onOk={submit}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">
          每行一个 IPv4 地址或网段（如
          10.1.2.0/24）。设置后，本考场考生只能从这些地址登录机考；留空为不限。已登录的考生不受影响。
        </Typography.Paragraph>
        <Input.TextArea
          rows={5}
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder="10.1.2.0/24"
          data-testid="ip-ranges-input"
        />
        {error && (
          <Alert type="error" showIcon message={error} style={{ marginTop: 12 }} data-testid="ip-ranges-error" />
        )}
      </Modal>
    </div>
  );
}

/** The room's code, state, clock and the whole room's actions. */
function RoomBar(props: { room: RoomParams; snap: Snapshot; serverNow: number; live: boolean; mayProctor: boolean }) {
  const { snap } = props;
  const r = snap.room;
  const action = useRoomAction(props.room);
  const { message } = App.useApp();
  const [extend, setExtend] = useState(false);
  const run = (a: 'open' | 'pause' | 'resume', ok: string) =>
    action
      .mutateAsync(a)
      .then(() => message.success(ok))
      .catch((e) => message.error(errorMessage(e)));
  const ends = r.endsAt ? Date.parse(r.endsAt) : null;
  const remaining = ends !== null ? Math.round((ends - props.serverNow) / 1000) : null;
  const c = snap.counts;
  return (
    <Card size="small" style={{ marginBottom: 12 }} data-testid="room-bar">
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 16, alignItems: 'center' }}>
        {r.mode === 'computer' && r.roomCode && (
          <div data-testid="room-code-box">
            <Typography.Text type="secondary">考场码</Typography.Text>
            <div
              style={{ fontSize: 44, fontWeight: 700, letterSpacing: 6, lineHeight: 1.1, fontFamily: 'monospace' }}
              data-testid="room-code"
            >
              {r.roomCode}
            </div>
          </div>
        )}
        <div style={{ flex: 1, minWidth: 220 }}>
          <Space wrap size={[8, 4]}>
            {r.pausedAt ? (
              <Tag color="orange">全场暂停中（{hhmm(r.pausedAt)} 起）</Tag>
            ) : r.openedAt ? (
              <Tag color="blue">已开考 {hhmm(r.openedAt)}</Tag>
            ) : (
              <Tag>未开考</Tag>
            )}
            <Tag color={props.live ? 'green' : 'default'} data-testid="console-live">
              {props.live ? '实时' : '自动刷新'}
            </Tag>
            {!r.prepared && r.mode === 'computer' && <Tag color="red">机考尚未准备</Tag>}
          </Space>
          <div style={{ marginTop: 4 }}>
            开考 {hhmm(r.startsAt)} · 结束 <Typography.Text strong>{hhmm(r.endsAt)}</Typography.Text>
            {r.extensionSeconds > 0 && `（全场延时 ${Math.round(r.extensionSeconds / 60)} 分）`}
            {r.pausedSeconds > 0 && `（暂停 ${duration(r.pausedSeconds)}）`}
          </div>
          <div>
            服务器时间 {hhmmss(props.serverNow)}
            {remaining !== null && remaining > 0 && (
              <>
                {' '}
                · 剩余 <Typography.Text strong>{duration(remaining)}</Typography.Text>
              </>
            )}
          </div>
          <Space wrap size={[12, 0]} style={{ marginTop: 4 }} data-testid="console-counts">
            <span>座位 {c.seats}</span>
            <span>已入场 {c.present}</span>
            <span>缺考 {c.absent}</span>
            {r.mode === 'computer' && (
              <>
                <span>未登录 {c.notSignedIn}</span>
                <span style={{ color: '#1677ff' }}>作答中 {c.answering}</span>
                <span style={{ color: '#fa8c16' }}>离线 {c.offline}</span>
                <span style={{ color: '#389e0d' }}>已交卷 {c.submitted}</span>
              </>
            )}
          </Space>
          {r.mode === 'computer' && <IpRanges room={props.room} ranges={r.ipRanges} />}
        </div>
        {props.mayProctor && (
          <Space wrap>
            {!r.openedAt && (
              <Popconfirm
                title="现在开考？考生即可解锁试卷作答。"
                okText="开考"
                cancelText="取消"
                onConfirm={() => run('open', '已开考')}
              >
                <Button type="primary" size="large" icon={<PlayCircleOutlined />} data-testid="room-open">
                  开考
                </Button>
              </Popconfirm>
            )}
            {r.mode === 'computer' &&
              (r.pausedAt ? (
                <Button
                  size="large"
                  icon={<PlayCircleOutlined />}
                  onClick={() => run('resume', '已继续，暂停时间已顺延')}
                >
                  继续
                </Button>
              ) : (
                <Popconfirm
                  title="暂停全场考试？暂停期间计时停止。"
                  okText="暂停"
                  cancelText="取消"
                  onConfirm={() => run('pause', '全场已暂停')}
                >
                  <Button size="large" icon={<PauseCircleOutlined />} data-testid="room-pause">
                    暂停
                  </Button>
                </Popconfirm>
              ))}
            <Button
              size="large"
              icon={<ClockCircleOutlined />}
              onClick={() => setExtend(true)}
              data-testid="room-extend"
            >
              全场延时
            </Button>
          </Space>
        )}
      </div>
      {extend && <ExtendDialog room={props.room} onClose={() => setExtend(false)} />}
    </Card>
  );
}

/** 延时 for the whole room or one candidate: an incident with credit (the site head's approval makes it count). */
function ExtendDialog(props: { room: RoomParams; seat?: ConsoleSeat; onClose: () => void }) {
  const extend = useExtend(props.room);
  const [form] = Form.useForm<ExtensionBody>();
  const { message } = App.useApp();
  const submit = () =>
    form.validateFields().then((v) =>
      extend
        .mutateAsync({ ...v, applicationId: props.seat?.applicationId })
        .then((r) => {
          message.success(
            r.incident.creditState === 'approved'
              ? `已延时 ${v.minutes} 分钟`
              : `已记录，延时 ${v.minutes} 分钟待考场负责人批准`,
          );
          props.onClose();
        })
        .catch((e) => message.error(errorMessage(e))),
    );
  return (
    <Modal
      open
      title={props.seat ? `延时：${props.seat.seatNo} 号 ${props.seat.name}` : '全场延时'}
      okText="延时"
      cancelText="取消"
      onOk={submit}
      confirmLoading={extend.isPending}
      onCancel={props.onClose}
      data-testid="extend-dialog"
    >
      <Form form={form} layout="vertical" initialValues={{ minutes: 5, kind: 'equipment_failure' }}>
        <Form.Item name="minutes" label="延时分钟" rules={[{ required: true, message: '请填写延时分钟' }]}>
          <InputNumber min={1} max={240} precision={0} addonAfter="分钟" style={{ width: 180 }} />
        </Form.Item>
        <Form.Item name="kind" label="原因类别">
          <Select
            options={[
              { value: 'equipment_failure', label: '机考设备或网络故障' },
              { value: 'power_outage', label: '停电或全场网络中断' },
              { value: 'other', label: '其他突发情况' },
            ]}
          />
        </Form.Item>
        <Form.Item name="reason" label="延时原因" rules={[{ required: true, message: '请填写延时原因' }]}>
          <Input.TextArea rows={3} maxLength={2000} placeholder="例如：考试机死机，更换考试机耽误 6 分钟" />
        </Form.Item>
        <Typography.Text type="secondary">延时记为突发事件，经考场负责人批准后立即计入考试时间。</Typography.Text>
      </Form>
    </Modal>
  );
}

/** One seat: who, its attempt, and the proctor's actions on it. */
function SeatDrawer(props: {
  room: RoomParams;
  seat: ConsoleSeat;
  snap: Snapshot;
  candidates: CheckinRow[];
  mayProctor: boolean;
  onClose: () => void;
}) {
  const { seat } = props;
  const a = seat.attempt;
  const release = useReleaseSeat();
  const collect = useCollect();
  const { message } = App.useApp();
  const [dialog, setDialog] = useState<'extend' | 'incident' | 'violation' | 'collect' | null>(null);
  const [reason, setReason] = useState('');
  const events = useAttemptEvents(a?.id ?? null);
  return (
    <Drawer
      open
      width={Math.min(440, window.innerWidth)}
      title={`${seat.seatNo} 号 ${seat.name}`}
      onClose={props.onClose}
      data-testid="seat-drawer"
    >
      <div style={{ display: 'flex', gap: 12, marginBottom: 12 }}>
        {seat.photoUrl && (
          <img
            src={seat.photoUrl}
            alt="考生照片"
            style={{ width: 90, height: 120, objectFit: 'cover', borderRadius: 4 }}
          />
        )}
        <div>
          <div>身份证 {seat.idMasked}</div>
          <div style={{ wordBreak: 'break-all' }}>准考证 {seat.ticketNumber ?? '—'}</div>
          <div>
            签到：{seat.checkin ? checkinStatusNames[seat.checkin] : '未签到'}
            {seat.checkinAt && ` ${hhmm(seat.checkinAt)}`}
          </div>
          {a && (
            <>
              <div>
                答题 {a.answered}/{a.itemCount} · 截止 {hhmm(a.deadline)}
                {a.extensionSeconds > 0 && `（个人延时 ${Math.round(a.extensionSeconds / 60)} 分）`}
              </div>
              {a.submittedAt && (
                <div>
                  {a.submitKind ? submitKindNames[a.submitKind] : '已交卷'} {dayTime(a.submittedAt)}
                </div>
              )}
            </>
          )}
        </div>
      </div>
      {seat.conflict && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          message="您与该考生存在利益关系，须回避（R-PPL-08）"
        />
      )}
      {props.mayProctor && (
        <Space wrap style={{ marginBottom: 16 }}>
          {a && a.state !== 'submitted' && (
            <Button onClick={() => setDialog('extend')} data-testid="seat-extend">
              延时
            </Button>
          )}
          {a && a.bound && a.state !== 'submitted' && (
            <Popconfirm
              title="释放座位？考生原设备将不能继续作答，可在新设备上重新登录继续。"
              okText="释放"
              cancelText="取消"
              onConfirm={() =>
                release
                  .mutateAsync({ attemptId: a.id, reason: '更换考试机' })
                  .then(() => message.success('座位已释放，考生可在新设备登录'))
                  .catch((e) => message.error(errorMessage(e)))
              }
            >
              <Button data-testid="seat-release">释放座位</Button>
            </Popconfirm>
          )}
          {a && a.state === 'started' && (
            <Button danger onClick={() => setDialog('collect')} data-testid="seat-collect">
              收卷
            </Button>
          )}
          <Button onClick={() => setDialog('incident')} data-testid="seat-incident">
            记录突发事件
          </Button>
          <Button danger onClick={() => setDialog('violation')} data-testid="seat-violation">
            记录违纪
          </Button>
        </Space>
      )}
      {a && (
        <>
          <Typography.Title level={5}>事件记录</Typography.Title>
          <List
            size="small"
            loading={events.isLoading}
            dataSource={events.data?.items ?? []}
            locale={{ emptyText: '没有事件' }}
            renderItem={(e) => (
              <List.Item key={e.id}>
                <span>
                  {hhmmss(e.at)} {e.kindName}
                </span>
                <Typography.Text type="secondary">{e.detail ?? ''}</Typography.Text>
              </List.Item>
            )}
            data-testid="seat-events"
          />
        </>
      )}
      {dialog === 'extend' && <ExtendDialog room={props.room} seat={seat} onClose={() => setDialog(null)} />}
      {dialog === 'incident' && (
        <IncidentDialog
          room={props.room}
          candidates={props.candidates}
          applicationId={seat.applicationId}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'violation' && (
        <ViolationDialog
          room={props.room}
          candidates={props.candidates}
          applicationId={seat.applicationId}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'collect' && a && (
        <Modal
          open
          title={`收卷：${seat.seatNo} 号 ${seat.name}`}
          okText="收卷"
          okButtonProps={{ danger: true, disabled: !reason.trim() }}
          cancelText="取消"
          confirmLoading={collect.isPending}
          onCancel={() => setDialog(null)}
          onOk={() =>
            collect
              .mutateAsync({ attemptId: a.id, reason: reason.trim() })
              .then(() => {
                message.success('已收卷');
                setDialog(null);
              })
              .catch((e) => message.error(errorMessage(e)))
          }
        >
          <Typography.Paragraph>收卷后考生不能再作答，已保存的答案作为其答卷提交。</Typography.Paragraph>
          <Input.TextArea
            rows={2}
            maxLength={200}
            placeholder="收卷原因（必填），例如：考生身体不适要求结束考试"
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
        </Modal>
      )}
    </Drawer>
  );
}
