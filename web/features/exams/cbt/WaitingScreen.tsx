import { useEffect, useState } from 'react';
import { Alert, Button, Card, Descriptions, Tag, Typography } from 'antd';
import type { ExamCandidate, ExamClock } from '../../../../shared/exams.js';
import { formatDuration, type ServerClock } from './clock.js';

interface Props {
  candidate: ExamCandidate;
  clock: ExamClock | null;
  server: ServerClock;
  preloaded: boolean;
  starting: boolean;
  error: string | null;
  onStart(): void;
}

/**
 * 候考 (R-EXAM-02): who and where, the form preloaded on this computer (still locked), the countdown to the start by
 * the server's clock, and 开始答题 once the room is open (the start time, or the proctor's 开考).
 */
export function WaitingScreen({ candidate: c, clock, server, preloaded, starting, error, onStart }: Props) {
  const [, tick] = useState(0);
  useEffect(() => {
    const t = setInterval(() => tick((n) => n + 1), 500);
    return () => clearInterval(t);
  }, []);
  const untilStart = server.untilStart();
  const open = !!clock?.open;
  return (
    <div className="cbt-center" data-testid="cbt-waiting">
      <Card style={{ width: 720, maxWidth: '100%' }} styles={{ body: { padding: 32 } }}>
        <Typography.Title level={2} style={{ marginTop: 0, textAlign: 'center' }}>
          {c.sittingTitle}
        </Typography.Title>
        <Descriptions
          bordered
          column={2}
          size="middle"
          labelStyle={{ width: 120, fontSize: 16, whiteSpace: 'nowrap' }}
          contentStyle={{ fontSize: 18 }}
          items={[
            { key: 'name', label: '姓名', children: <span data-testid="cbt-name">{c.name}</span> },
            { key: 'id', label: '身份证号', children: <span data-testid="cbt-id-masked">{c.idMasked}</span> },
            { key: 'ticket', label: '准考证号', children: c.ticketNumber },
            { key: 'seat', label: '座位号', children: <b data-testid="cbt-seat">{c.seatNo}</b> },
            { key: 'room', label: '考场', children: c.roomName },
            { key: 'site', label: '考点', children: c.siteName },
            { key: 'count', label: '题量', children: `${c.itemCount} 题` },
            { key: 'duration', label: '考试时长', children: `${c.durationMinutes} 分钟` },
          ]}
        />
        <div style={{ margin: '24px 0', textAlign: 'center' }}>
          {preloaded ? (
            <Tag color="green" style={{ fontSize: 16, padding: '4px 12px' }} data-testid="cbt-preloaded">
              试卷已下载到本机（加密，开考后解锁）
            </Tag>
          ) : (
            <Tag color="orange" style={{ fontSize: 16, padding: '4px 12px' }}>
              正在下载试卷…
            </Tag>
          )}
        </div>
        <div style={{ textAlign: 'center', fontSize: 20, marginBottom: 24 }} data-testid="cbt-countdown">
          {open ? (
            <span>已开考，请点击“开始答题”</span>
          ) : untilStart !== null && untilStart > 0 ? (
            <span>
              距开考还有{' '}
              <b style={{ fontSize: 32, fontVariantNumeric: 'tabular-nums' }}>{formatDuration(untilStart)}</b>
            </span>
          ) : (
            <span>等待监考员宣布开考…</span>
          )}
        </div>
        {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16, fontSize: 16 }} />}
        <Button
          type="primary"
          block
          disabled={!open}
          loading={starting}
          onClick={onStart}
          style={{ height: 56, fontSize: 22 }}
          data-testid="cbt-start"
        >
          开始答题
        </Button>
        <Typography.Paragraph type="secondary" style={{ marginTop: 16, fontSize: 15 }}>
          考试须知：开始答题后页面将进入全屏；每道题的答案会立即保存在本机并自动提交到服务器，题目旁显示“已保存”即服务器已收到。
          网络中断时可继续作答，恢复后自动提交。考试期间请勿离开考试页面，离开全屏、切换页面、复制粘贴均会被记录。
        </Typography.Paragraph>
      </Card>
    </div>
  );
}
