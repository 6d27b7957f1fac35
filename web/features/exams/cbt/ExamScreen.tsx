import { useEffect, useState } from 'react';
import { Alert, Button, Modal, Typography } from 'antd';
import type { ExamCandidate, ExamPaperPlain } from '../../../../shared/exams.js';
import { formatDuration, type ServerClock } from './clock.js';
import { Navigator, navState } from './Navigator.js';
import { QuestionView } from './QuestionView.js';
import type { Snapshot } from './session.js';

interface Props {
  candidate: ExamCandidate;
  paper: ExamPaperPlain;
  snap: Snapshot;
  server: ServerClock;
  onAnswer(itemNo: number, value: string): void;
  onMark(itemNo: number): void;
  onSubmit(): Promise<void>;
  onRetry(): void;
}

const OFFLINE_BANNER = '网络已断开：答案已保存在本机，恢复后自动提交';

/**
 * 答题 (R-EXAM-02): the timer by the server's clock (warnings at 15 and 5 minutes left, the handbook's reminder), one
 * question at a time with its save state, the question grid, the offline banner, the pause overlay and 交卷.
 */
export function ExamScreen({ candidate: c, paper, snap, server, onAnswer, onMark, onSubmit, onRetry }: Props) {
  const [current, setCurrent] = useState(0);
  const [confirm, setConfirm] = useState(false);
  const [, tick] = useState(0);
  const [dismissed, setDismissed] = useState<number | null>(null);
  useEffect(() => {
    const t = setInterval(() => tick((n) => n + 1), 250);
    return () => clearInterval(t);
  }, []);

  const items = paper.items;
  const item = items[Math.min(current, items.length - 1)];
  const remaining = server.remaining() ?? 0;
  const paused = !!snap.clock?.paused;
  const warnLevel =
    remaining > 0 && remaining <= 5 * 60_000 ? 5 : remaining > 0 && remaining <= 15 * 60_000 ? 15 : null;
  const unanswered = items.filter((it) => navState(snap.answers[it.no]) === 'empty').length;
  const pendingCount = Object.values(snap.answers).filter((e) => !e.acked).length;
  const earlyAt = c.earlyFinishAt ?? snap.clock?.deadline ?? 0;
  const mayFinish = server.now() >= earlyAt;
  const offlineMinutes = snap.offlineSince ? Math.floor((Date.now() - snap.offlineSince) / 60_000) : 0;

  return (
    <div className="cbt-exam" data-testid="cbt-exam">
      <header className="cbt-header">
        <div className="cbt-header-who">
          <div style={{ fontSize: 18, fontWeight: 600 }}>{c.sittingTitle}</div>
          <div style={{ fontSize: 15, opacity: 0.85 }}>
            {c.name} · {c.idMasked} · {c.roomName} 第 {c.seatNo} 座
          </div>
        </div>
        <div
          className={`cbt-timer${remaining <= 5 * 60_000 ? ' cbt-timer-low' : ''}`}
          data-testid="cbt-timer"
          data-ms={Math.round(remaining)}
        >
          <span style={{ fontSize: 14, opacity: 0.8, marginRight: 8 }}>剩余时间</span>
          {formatDuration(remaining)}
        </div>
        <div className="cbt-header-actions">
          <span data-testid="cbt-save-summary" style={{ fontSize: 15 }}>
            {pendingCount ? `${pendingCount} 题保存中` : '答案已全部保存'}
          </span>
          <Button
            size="large"
            type="primary"
            danger
            disabled={!mayFinish || snap.submitting}
            loading={snap.submitting}
            onClick={() => setConfirm(true)}
            data-testid="cbt-submit"
            title={mayFinish ? undefined : '考试结束前不得提前交卷'}
          >
            交卷
          </Button>
        </div>
      </header>
      {snap.offline && (
        <Alert
          banner
          type="warning"
          message={
            <span style={{ fontSize: 17 }} data-testid="cbt-offline-banner">
              {OFFLINE_BANNER}
              {offlineMinutes >= c.offlineMinutes
                ? `（已离线 ${offlineMinutes} 分钟，请举手联系监考员）`
                : offlineMinutes > 0
                  ? `（已离线 ${offlineMinutes} 分钟）`
                  : ''}
            </span>
          }
          action={
            <Button size="small" onClick={onRetry}>
              立即重试
            </Button>
          }
        />
      )}
      {snap.closed && <Alert banner type="error" message={<span style={{ fontSize: 17 }}>{snap.closed}</span>} />}
      {snap.error && <Alert banner type="error" message={<span style={{ fontSize: 17 }}>{snap.error}</span>} />}
      {warnLevel && dismissed !== warnLevel && (
        <Alert
          banner
          type="info"
          closable
          onClose={() => setDismissed(warnLevel)}
          data-testid="cbt-time-warning"
          message={<span style={{ fontSize: 17 }}>距考试结束还有不到 {warnLevel} 分钟，请抓紧时间并检查答案。</span>}
        />
      )}
      <div className="cbt-body">
        <main className="cbt-main">
          <QuestionView
            item={item}
            total={items.length}
            entry={snap.answers[item.no]}
            disabled={!!snap.closed || paused}
            onAnswer={(v) => onAnswer(item.no, v)}
          />
          <div className="cbt-steps">
            <Button
              size="large"
              disabled={current === 0}
              onClick={() => setCurrent(current - 1)}
              data-testid="cbt-prev"
            >
              上一题
            </Button>
            <Button size="large" onClick={() => onMark(item.no)} data-testid="cbt-mark">
              {snap.marked[item.no] ? '取消标记' : '标记复查'}
            </Button>
            <Button
              size="large"
              type="primary"
              disabled={current >= items.length - 1}
              onClick={() => setCurrent(current + 1)}
              data-testid="cbt-next"
            >
              下一题
            </Button>
          </div>
        </main>
        <aside className="cbt-side">
          <Typography.Text strong style={{ fontSize: 16 }}>
            答题卡（已答 {items.length - unanswered} / {items.length}）
          </Typography.Text>
          <Navigator items={items} answers={snap.answers} marked={snap.marked} current={current} onGo={setCurrent} />
        </aside>
      </div>
      {paused && (
        <div className="cbt-overlay" data-testid="cbt-paused">
          <div>
            <div style={{ fontSize: 32, fontWeight: 600 }}>考试已暂停</div>
            <div style={{ fontSize: 20, marginTop: 12 }}>请保持安静，等待监考员指示。暂停时间将顺延补足。</div>
          </div>
        </div>
      )}
      <Modal
        open={confirm}
        title={<span style={{ fontSize: 20 }}>确认交卷</span>}
        okText="确认交卷"
        cancelText="继续答题"
        okButtonProps={{ danger: true, size: 'large', loading: snap.submitting, 'data-testid': 'cbt-submit-confirm' }}
        cancelButtonProps={{ size: 'large' }}
        onCancel={() => setConfirm(false)}
        onOk={() => void onSubmit()}
        maskClosable={false}
      >
        <p style={{ fontSize: 18 }} data-testid="cbt-unanswered">
          {unanswered ? `还有 ${unanswered} 题未作答。` : '所有题目均已作答。'}交卷后不能再修改答案，确定交卷吗？
        </p>
      </Modal>
    </div>
  );
}
