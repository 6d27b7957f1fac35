import { Button, Card, Result, Typography } from 'antd';
import { submitKindNames, type ExamCandidate, type ExamSubmitResponse } from '../../../../shared/exams.js';

/** The centre's time (Beijing), whatever the computer's own zone. */
const beijingTime = (ms: number) =>
  `${new Date(ms).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false })}（北京时间）`;

/** 交卷回执: the receipt hash of the answers the server holds, the time and who submitted (R-EXAM-02). */
export function ReceiptScreen({
  candidate,
  receipt,
}: {
  candidate: ExamCandidate | null;
  receipt: ExamSubmitResponse;
}) {
  const groups = receipt.receipt.match(/.{1,8}/g) ?? [receipt.receipt];
  return (
    <div className="cbt-center" data-testid="cbt-receipt">
      <Card style={{ width: 720, maxWidth: '100%' }}>
        <Result
          status="success"
          title={
            <span style={{ fontSize: 28 }}>{receipt.kind === 'candidate' ? '交卷成功' : '考试已结束，试卷已提交'}</span>
          }
          subTitle={
            <span style={{ fontSize: 17 }}>
              {candidate ? `${candidate.name}（${candidate.ticketNumber}）· ` : ''}
              {submitKindNames[receipt.kind]} · 作答 {receipt.answered} / {receipt.itemCount} 题
            </span>
          }
        />
        <Typography.Paragraph style={{ fontSize: 17, textAlign: 'center' }}>
          交卷时间：<b data-testid="cbt-receipt-time">{beijingTime(receipt.submittedAt)}</b>
        </Typography.Paragraph>
        <Typography.Paragraph style={{ fontSize: 17, textAlign: 'center', marginBottom: 4 }}>
          交卷回执码
        </Typography.Paragraph>
        <div className="cbt-receipt-hash" data-testid="cbt-receipt-hash" data-hash={receipt.receipt}>
          {groups.join(' ')}
        </div>
        <Typography.Paragraph type="secondary" style={{ fontSize: 15, marginTop: 16, textAlign: 'center' }}>
          回执码是服务器所收答案的摘要，可据此核对。成绩经审核公示后发布，考场内不显示成绩。请按监考员指示离场。
        </Typography.Paragraph>
      </Card>
    </div>
  );
}

/** The seat was released by the proctor or signed in on another computer: this one may not go on. */
export function ReleasedScreen({ onLogin }: { onLogin(): void }) {
  return (
    <div className="cbt-center cbt-released" data-testid="cbt-released">
      <Result
        status="warning"
        title={<span style={{ fontSize: 30 }}>本机已不能继续作答</span>}
        subTitle={
          <span style={{ fontSize: 19, lineHeight: 1.7 }}>
            监考员已释放本考位，或您已在其他设备登录。已保存到服务器的答案不会丢失，请在监考员安排的设备上重新登录继续作答。
          </span>
        }
        extra={
          <Button size="large" onClick={onLogin}>
            重新登录
          </Button>
        }
      />
    </div>
  );
}
