import { useState } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Empty,
  Input,
  List,
  Popconfirm,
  Space,
  Spin,
  Tag,
  Typography,
} from 'antd';
import { DownloadOutlined, EditOutlined } from '@ant-design/icons';
import { absenceReasonNames, creditStateNames } from '../../../shared/exams.js';
import type { RoomParams } from '../../../shared/exams-day.js';
import { errorMessage } from '../../app/api.js';
import { useSession } from '../../app/session.js';
import { roomRecordPdfUrl, useAddObservation, useRoomRecord, useSignRecord } from './api.day.js';
import { dayTime, hhmm } from './format.js';

/**
 * 考场记录 (R-EXAM-03): the room's 考场情况记录表 — attendance and absences, incidents, violations, the computer-based
 * summary — signed in the product by each proctor (name and time printed on the PDF), with the supervisors'
 * observations attached (only supervisors write them, R-SUP-03).
 */
export function RecordTab(props: { room: RoomParams; mayProctor: boolean; mayObserve: boolean }) {
  const record = useRoomRecord(props.room);
  const sign = useSignRecord(props.room);
  const observe = useAddObservation(props.room);
  const me = useSession().user;
  const { message } = App.useApp();
  const [text, setText] = useState('');
  if (record.isLoading) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
  if (record.error) return <Alert type="error" showIcon message={errorMessage(record.error)} />;
  const r = record.data!;
  const a = r.attendance;
  const signedByMe = r.signatures.some((s) => s.userId === me.id);
  return (
    <div style={{ maxWidth: 860 }} data-testid="room-record">
      <Space wrap style={{ marginBottom: 12 }}>
        <Button icon={<DownloadOutlined />} href={roomRecordPdfUrl(props.room)} data-testid="record-pdf">
          下载考场情况记录表（PDF）
        </Button>
        {r.signed && <Tag color="green">全部监考员已签字</Tag>}
      </Space>
      <Card size="small" title="考生出勤" style={{ marginBottom: 12 }}>
        <Descriptions size="small" column={{ xs: 2, sm: 4 }} data-testid="record-attendance">
          <Descriptions.Item label="应考">{a.seats}</Descriptions.Item>
          <Descriptions.Item label="实考">{a.present}</Descriptions.Item>
          <Descriptions.Item label="缺考">{a.absent}</Descriptions.Item>
          <Descriptions.Item label="未签到">{a.pending}</Descriptions.Item>
        </Descriptions>
        {a.absentees.length > 0 && (
          <List
            size="small"
            header="缺考考生"
            dataSource={a.absentees}
            renderItem={(x) => (
              <List.Item key={x.applicationId}>
                <span>
                  {x.seatNo} 号 {x.name}
                </span>
                <Typography.Text type="secondary">{absenceReasonNames[x.reason]}</Typography.Text>
              </List.Item>
            )}
          />
        )}
        <Typography.Text type="secondary">考场结束时间（含全场延时）{hhmm(r.roomEndsAt)}</Typography.Text>
      </Card>
      {r.computer && (
        <Card size="small" title="机考情况" style={{ marginBottom: 12 }}>
          <Descriptions size="small" column={{ xs: 2, sm: 3 }} data-testid="record-computer">
            <Descriptions.Item label="答卷">{r.computer.attempts}</Descriptions.Item>
            <Descriptions.Item label="已开始">{r.computer.started}</Descriptions.Item>
            <Descriptions.Item label="已交卷">{r.computer.submitted}</Descriptions.Item>
            <Descriptions.Item label="考生交卷">{r.computer.byCandidate}</Descriptions.Item>
            <Descriptions.Item label="到时自动交卷">{r.computer.auto}</Descriptions.Item>
            <Descriptions.Item label="监考员收卷">{r.computer.byProctor}</Descriptions.Item>
          </Descriptions>
        </Card>
      )}
      <Card size="small" title={`突发事件（${r.incidents.length}）`} style={{ marginBottom: 12 }}>
        {r.incidents.length === 0 ? (
          <Typography.Text type="secondary">无</Typography.Text>
        ) : (
          <List
            size="small"
            dataSource={r.incidents}
            renderItem={(i) => (
              <List.Item key={i.id}>
                <div>
                  <div>
                    {hhmm(i.occurredAt)} {i.kindName} ·{' '}
                    {i.candidateName ? `${i.seatNo ?? ''} 号 ${i.candidateName}` : '全场'}
                  </div>
                  <Typography.Text type="secondary">
                    {i.description}
                    {i.creditMinutes > 0 && `；补时 ${i.creditMinutes} 分钟（${creditStateNames[i.creditState]}）`}
                  </Typography.Text>
                </div>
              </List.Item>
            )}
          />
        )}
      </Card>
      <Card size="small" title={`违纪（${r.violations.length}）`} style={{ marginBottom: 12 }}>
        {r.violations.length === 0 ? (
          <Typography.Text type="secondary">无</Typography.Text>
        ) : (
          <List
            size="small"
            dataSource={r.violations}
            renderItem={(v) => (
              <List.Item key={v.id}>
                <div>
                  <div>
                    {hhmm(v.occurredAt)} {v.seatNo ?? ''} 号 {v.candidateName} · 第 {v.tier} 类
                  </div>
                  <Typography.Text type="secondary">
                    {v.clauseName}：{v.description}
                  </Typography.Text>
                </div>
              </List.Item>
            )}
          />
        )}
      </Card>
      <Card size="small" title="监考员签字" style={{ marginBottom: 12 }} data-testid="record-signatures">
        <List
          size="small"
          dataSource={r.proctors}
          locale={{ emptyText: '本考场没有已发布的监考员' }}
          renderItem={(p) => (
            <List.Item key={p.personId}>
              <span>{p.name}</span>
              {p.signedAt ? <Tag color="green">已签字 {dayTime(p.signedAt)}</Tag> : <Tag>未签字</Tag>}
            </List.Item>
          )}
        />
        {r.signatures
          .filter((s) => !r.proctors.some((p) => p.personId === s.personId))
          .map((s) => (
            <div key={s.userId}>
              {s.name} <Tag color="green">已签字 {dayTime(s.signedAt)}</Tag>
            </div>
          ))}
        {props.mayProctor && !signedByMe && (
          <Popconfirm
            title="确认签字？全部监考员签字后，本考场的签到、突发事件和违纪记录不能再修改。"
            okText="签字"
            cancelText="取消"
            onConfirm={() =>
              sign
                .mutateAsync()
                .then(() => message.success('已签字'))
                .catch((e) => message.error(errorMessage(e)))
            }
          >
            <Button type="primary" icon={<EditOutlined />} style={{ marginTop: 8 }} data-testid="record-sign">
              我已核对，签字
            </Button>
          </Popconfirm>
        )}
      </Card>
      <Card size="small" title="督导意见" data-testid="record-observations">
        {r.observations.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无督导意见" />
        ) : (
          <List
            size="small"
            dataSource={r.observations}
            renderItem={(o, i) => (
              <List.Item key={i} data-testid="record-observation">
                <div>
                  <div>{o.text}</div>
                  <Typography.Text type="secondary">
                    {o.name} {dayTime(o.at)}
                  </Typography.Text>
                </div>
              </List.Item>
            )}
          />
        )}
        {props.mayObserve && (
          <div style={{ marginTop: 8 }}>
            <Input.TextArea
              rows={3}
              maxLength={2000}
              placeholder="督导员对本考场考务工作的意见"
              value={text}
              onChange={(e) => setText(e.target.value)}
              data-testid="record-observation-text"
            />
            <Button
              type="primary"
              style={{ marginTop: 8 }}
              disabled={!text.trim()}
              loading={observe.isPending}
              onClick={() =>
                observe
                  .mutateAsync(text.trim())
                  .then(() => {
                    setText('');
                    message.success('督导意见已提交');
                  })
                  .catch((e) => message.error(errorMessage(e)))
              }
              data-testid="record-observation-add"
            >
              提交督导意见
            </Button>
          </div>
        )}
      </Card>
    </div>
  );
}
