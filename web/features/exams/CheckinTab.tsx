import { useRef, useState } from 'react';
import {
  Alert,
  App,
  Avatar,
  Button,
  Card,
  Checkbox,
  Input,
  type InputRef,
  List,
  Modal,
  Segmented,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import { CameraOutlined, UserOutlined } from '@ant-design/icons';
import {
  absenceReasonNames,
  absenceReasons,
  checkinStatusNames,
  type AbsenceReason,
  type CheckinMethod,
} from '../../../shared/exams.js';
import type { CheckinListResponse, CheckinRow, RoomParams } from '../../../shared/exams-day.js';
import { errorMessage } from '../../app/api.js';
import { useCheckin, useMarkAbsent } from './api.day.js';
import { QrScanner } from './QrScanner.js';
import { hhmm, hhmmss } from './format.js';

/** The ticket number a code names: the typed number itself, or the `n` of a ticket QR's verify link. */
export function ticketOfCode(code: string): string {
  const c = code.trim();
  try {
    if (/^https?:\/\//i.test(c)) return new URL(c).searchParams.get('n') ?? c;
  } catch {
    /* not a link: a typed number */
  }
  return c;
}

const statusTag = (r: CheckinRow) =>
  r.status === 'present' ? (
    <Tag color="green">{checkinStatusNames.present}</Tag>
  ) : r.status === 'absent' ? (
    <Tag color="red">{checkinStatusNames.absent}</Tag>
  ) : (
    <Tag>未签到</Tag>
  );

/**
 * 签到 (R-EXAM-01), on the proctor's phone: the ticket number typed, or the ticket's QR read by a scanner (which types
 * like a keyboard) or the camera; the candidate's photo, name, masked ID and seat to compare; 准考证 and 身份证
 * checked, then 确认入场 — or 记为缺考 with its reason. The room's list below, with status and time.
 */
export function CheckinTab(props: { room: RoomParams; data: CheckinListResponse; mayProctor: boolean }) {
  const { data, room } = props;
  const { message } = App.useApp();
  const input = useRef<InputRef>(null);
  const [code, setCode] = useState('');
  const [method, setMethod] = useState<CheckinMethod>('typed');
  const [picked, setPicked] = useState<{ code: string; row: CheckinRow | null } | null>(null);
  const [camera, setCamera] = useState(false);
  const [filter, setFilter] = useState<'all' | 'pending' | 'present' | 'absent'>('all');
  const items = data.items;

  const lookup = (raw: string, how: CheckinMethod) => {
    const c = raw.trim();
    if (!c) return;
    const ticket = ticketOfCode(c);
    setPicked({ code: c, row: items.find((r) => r.ticketNumber === ticket) ?? null });
    setMethod(how);
    setCode('');
  };

  const pickFromList = (r: CheckinRow) => {
    setPicked({ code: r.ticketNumber ?? '', row: r });
    setMethod('list');
  };

  const shown = items.filter((r) =>
    filter === 'all' ? true : filter === 'pending' ? r.status === null : r.status === filter,
  );
  const counts = {
    present: items.filter((r) => r.status === 'present').length,
    absent: items.filter((r) => r.status === 'absent').length,
    pending: items.filter((r) => r.status === null).length,
  };

  return (
    <div style={{ maxWidth: 720 }}>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        message={`入场时间 ${hhmm(data.room.entryOpensAt)}–${hhmm(data.room.entryClosesAt)}`}
        description={`准考证、身份证齐全方可入场，开考后超过规定时间不得入场（按缺考处理）。服务器时间 ${hhmmss(data.serverNow)}`}
        data-testid="checkin-window"
      />
      {props.mayProctor && !data.room.signed && (
        <Card size="small" style={{ marginBottom: 12 }}>
          <Input
            ref={input}
            size="large"
            autoFocus
            allowClear
            placeholder="准考证号（可用扫码枪扫描）"
            value={code}
            onChange={(e) => setCode(e.target.value)}
            onPressEnter={() => lookup(code, /^https?:\/\//i.test(code.trim()) ? 'scan' : 'typed')}
            style={{ fontSize: 20 }}
            inputMode="text"
            data-testid="checkin-code"
          />
          <Space style={{ marginTop: 8, width: '100%' }} wrap>
            <Button
              type="primary"
              size="large"
              onClick={() => lookup(code, /^https?:\/\//i.test(code.trim()) ? 'scan' : 'typed')}
              disabled={!code.trim()}
              data-testid="checkin-find"
            >
              查找考生
            </Button>
            <Button size="large" icon={<CameraOutlined />} onClick={() => setCamera(true)} data-testid="checkin-camera">
              摄像头扫码
            </Button>
          </Space>
          {camera && (
            <div style={{ marginTop: 8 }}>
              <QrScanner
                onCode={(c) => {
                  setCamera(false);
                  lookup(c, 'scan');
                }}
                onClose={() => setCamera(false)}
              />
            </div>
          )}
        </Card>
      )}
      {data.room.signed && (
        <Alert type="success" showIcon style={{ marginBottom: 12 }} message="考场记录已签字，签到已结束" />
      )}

      <Space wrap style={{ marginBottom: 8 }}>
        <Segmented
          value={filter}
          onChange={(v) => setFilter(v as typeof filter)}
          options={[
            { value: 'all', label: `全部 ${items.length}` },
            { value: 'pending', label: `未签到 ${counts.pending}` },
            { value: 'present', label: `已入场 ${counts.present}` },
            { value: 'absent', label: `缺考 ${counts.absent}` },
          ]}
          data-testid="checkin-filter"
        />
      </Space>
      <List
        bordered
        size="small"
        style={{ background: '#fff' }}
        dataSource={shown}
        locale={{ emptyText: '没有考生' }}
        data-testid="checkin-list"
        renderItem={(r) => (
          <List.Item
            key={r.applicationId}
            data-testid="checkin-row"
            data-status={r.status ?? 'pending'}
            onClick={() => props.mayProctor && !data.room.signed && r.status === null && pickFromList(r)}
            style={{ cursor: props.mayProctor && r.status === null ? 'pointer' : undefined }}
          >
            <Space style={{ minWidth: 0 }}>
              <Typography.Text strong style={{ width: 28, display: 'inline-block', textAlign: 'right' }}>
                {r.seatNo}
              </Typography.Text>
              <span>{r.name}</span>
              {r.conflict && <Tag color="magenta">需回避</Tag>}
            </Space>
            <Space size={4}>
              {statusTag(r)}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {r.at ? hhmm(r.at) : ''}
                {r.status === 'absent' && r.reason ? ` ${absenceReasonNames[r.reason]}` : ''}
              </Typography.Text>
            </Space>
          </List.Item>
        )}
      />
      {picked && (
        <CandidateDialog
          room={room}
          picked={picked}
          method={method}
          onClose={() => {
            setPicked(null);
            setTimeout(() => input.current?.focus(), 50);
          }}
          onDone={(text) => message.success(text)}
        />
      )}
    </div>
  );
}

/** The candidate found by the code: photo and identity to compare, the two checks, 确认入场 or 记为缺考. */
function CandidateDialog(props: {
  room: RoomParams;
  picked: { code: string; row: CheckinRow | null };
  method: CheckinMethod;
  onClose: () => void;
  onDone: (text: string) => void;
}) {
  const { row, code } = props.picked;
  const checkin = useCheckin(props.room);
  const absent = useMarkAbsent(props.room);
  const [ticketChecked, setTicket] = useState(true);
  const [idChecked, setId] = useState(true);
  const [reason, setReason] = useState<AbsenceReason | null>(null);
  const [error, setError] = useState<string | null>(null);
  const done = row?.status != null;

  const confirm = () =>
    checkin
      .mutateAsync({ code, ticketChecked, idChecked, method: props.method })
      .then((r) => {
        props.onDone(r.message);
        props.onClose();
      })
      .catch((e) => setError(errorMessage(e)));
  const markAbsent = () =>
    row &&
    reason &&
    absent
      .mutateAsync({ applicationId: row.applicationId, reason })
      .then(() => {
        props.onDone(`${row.name} 已记为缺考`);
        props.onClose();
      })
      .catch((e) => setError(errorMessage(e)));

  return (
    <Modal
      open
      title="核对考生"
      onCancel={props.onClose}
      footer={null}
      width={440}
      styles={{ body: { paddingTop: 4 } }}
      data-testid="checkin-dialog"
    >
      {!row ? (
        <Alert
          type="warning"
          showIcon
          message="本考场名单中没有此准考证号"
          description="可能是其他考场的考生，或号码输错。点“仍然提交”由服务器核对并告知其考场与座位。"
        />
      ) : (
        <div style={{ display: 'flex', gap: 16, alignItems: 'flex-start' }}>
          {row.photoUrl ? (
            <img
              src={row.photoUrl}
              alt="考生照片"
              style={{ width: 120, height: 160, objectFit: 'cover', borderRadius: 4, border: '1px solid #eee' }}
              data-testid="checkin-photo"
            />
          ) : (
            <Avatar shape="square" size={120} icon={<UserOutlined />} data-testid="checkin-no-photo" />
          )}
          <div style={{ minWidth: 0 }}>
            <Typography.Title level={3} style={{ margin: 0 }} data-testid="checkin-name">
              {row.name}
            </Typography.Title>
            <div style={{ fontSize: 16 }}>
              座位{' '}
              <Typography.Text strong style={{ fontSize: 28 }}>
                {row.seatNo}
              </Typography.Text>
            </div>
            <div>身份证 {row.idMasked}</div>
            <div style={{ wordBreak: 'break-all' }}>准考证 {row.ticketNumber ?? '—'}</div>
            <div style={{ marginTop: 4 }}>{statusTag(row)}</div>
          </div>
        </div>
      )}
      {row?.conflict && (
        <Alert
          type="error"
          showIcon
          style={{ marginTop: 12 }}
          message="您与该考生存在利益关系，须回避（R-PPL-08），请由其他监考员办理"
        />
      )}
      {error && <Alert type="error" showIcon style={{ marginTop: 12 }} message={error} data-testid="checkin-error" />}
      {!done && (
        <>
          <Space direction="vertical" style={{ marginTop: 16, width: '100%' }}>
            <Checkbox checked={ticketChecked} onChange={(e) => setTicket(e.target.checked)} style={{ fontSize: 16 }}>
              准考证已核对
            </Checkbox>
            <Checkbox checked={idChecked} onChange={(e) => setId(e.target.checked)} style={{ fontSize: 16 }}>
              身份证已核对，人证相符
            </Checkbox>
          </Space>
          {(!ticketChecked || !idChecked) && (
            <Typography.Text type="warning">证件不全将按缺考记录（R-EXAM-01）</Typography.Text>
          )}
          <Button
            type="primary"
            size="large"
            block
            style={{ marginTop: 12, height: 52, fontSize: 18 }}
            loading={checkin.isPending}
            disabled={!!row?.conflict}
            onClick={confirm}
            data-testid="checkin-confirm"
          >
            {row ? '确认入场' : '仍然提交'}
          </Button>
          {row && (
            <Space.Compact style={{ marginTop: 12, width: '100%' }}>
              <Select
                placeholder="缺考原因"
                style={{ flex: 1 }}
                size="large"
                value={reason}
                onChange={setReason}
                options={absenceReasons.map((r) => ({ value: r, label: absenceReasonNames[r] }))}
                data-testid="checkin-absent-reason"
              />
              <Button
                danger
                size="large"
                disabled={!reason || !!row.conflict}
                loading={absent.isPending}
                onClick={markAbsent}
                data-testid="checkin-absent"
              >
                记为缺考
              </Button>
            </Space.Compact>
          )}
        </>
      )}
    </Modal>
  );
}
