import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router-dom';
import { Alert, Card, Descriptions, Result, Spin, Typography } from 'antd';
import { ticketCheckStateNames, type TicketVerification } from '../../../shared/arrangement.documents.js';
import { api, errorMessage } from '../../app/api.js';

/**
 * 准考证核验 (public, R-ARR-11): the page a ticket's QR code opens on the door checker's phone. It asks the public
 * API whether the centre issued the ticket and shows, in Chinese, valid or not and for whom — what the paper
 * prints (name, ID number's last four, batch, each sitting's time, room and seat) — so the checker compares them
 * with the ticket and the ID card. No login.
 */
export function TicketCheckPage() {
  const [params] = useSearchParams();
  const n = params.get('n') ?? '';
  const s = params.get('s') ?? '';
  const check = useQuery({
    queryKey: ['ticket-check', n, s],
    queryFn: () => api.get('/tickets/verify', { query: { n, s } }),
    enabled: !!n && !!s,
    retry: false,
  });
  return (
    <div style={{ minHeight: '100vh', background: '#f5f6f8', padding: '16px 12px' }} data-testid="ticket-check-page">
      <div style={{ maxWidth: 480, margin: '0 auto' }}>
        <Typography.Title level={4} style={{ textAlign: 'center', margin: '4px 0 12px' }}>
          职业技能等级认定准考证核验
        </Typography.Title>
        {!n || !s ? (
          <Card>
            <Result
              status="warning"
              title="链接不完整"
              subTitle="缺少准考证号或校验码。请直接扫描准考证上的二维码。"
              data-testid="ticket-check-incomplete"
            />
          </Card>
        ) : check.isLoading ? (
          <Card style={{ textAlign: 'center' }}>
            <Spin tip="正在核验…">
              <div style={{ height: 80 }} />
            </Spin>
          </Card>
        ) : check.error ? (
          <Card>
            <Result status="error" title="无法核验" subTitle={errorMessage(check.error)} />
          </Card>
        ) : (
          <Verdict v={check.data!} />
        )}
        <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 12, textAlign: 'center' }}>
          本页只显示准考证上已印有的信息，身份证号仅显示后四位。
        </Typography.Paragraph>
      </div>
    </div>
  );
}

function Verdict({ v }: { v: TicketVerification }) {
  if (!v.valid)
    return (
      <Card data-testid="ticket-check-invalid" data-state={v.state}>
        <Result
          status="error"
          title={ticketCheckStateNames[v.state]}
          subTitle={
            v.state === 'forged'
              ? '此准考证不是本中心签发的，或二维码已被改动。请勿放行，并报告考场负责人。'
              : '请勿凭此准考证入场，并报告考场负责人。'
          }
          style={{ padding: '16px 0' }}
        />
        {v.problems.map((p, i) => (
          <Alert key={i} type="error" message={p.message} style={{ marginBottom: 8 }} />
        ))}
      </Card>
    );
  return (
    <Card data-testid="ticket-check-valid" styles={{ body: { padding: 16 } }}>
      <Result
        status="success"
        title="准考证有效"
        subTitle="由本中心签发，考场安排已发布"
        style={{ padding: '8px 0 16px' }}
      />
      <Descriptions column={1} size="small" bordered labelStyle={{ width: 96 }}>
        <Descriptions.Item label="姓名">
          <Typography.Text strong style={{ fontSize: 16 }} data-testid="ticket-check-name">
            {v.name}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label="身份证号">
          <span data-testid="ticket-check-id">{`**************${v.idTail ?? ''}`}</span>
        </Descriptions.Item>
        <Descriptions.Item label="准考证号">
          <span style={{ wordBreak: 'break-all' }}>{v.ticketNumber}</span>
        </Descriptions.Item>
        <Descriptions.Item label="认定批次">{v.batchTitle}</Descriptions.Item>
        <Descriptions.Item label="职业与等级">{`${v.occupation ?? ''} ${v.level ?? ''}`}</Descriptions.Item>
      </Descriptions>
      {(v.sittings ?? []).map((x, i) => (
        <Card
          key={i}
          size="small"
          style={{ marginTop: 12 }}
          title={`${x.kindName}  ${x.day}  ${x.time}`}
          data-testid="ticket-check-sitting"
        >
          <Descriptions column={1} size="small">
            <Descriptions.Item label="考点">{x.site}</Descriptions.Item>
            <Descriptions.Item label="考场">{x.room}</Descriptions.Item>
            <Descriptions.Item label="座位号">
              <Typography.Text strong>{x.seat}</Typography.Text>
            </Descriptions.Item>
          </Descriptions>
        </Card>
      ))}
      <Alert
        style={{ marginTop: 12 }}
        type="info"
        showIcon
        message="请核对准考证上的照片、姓名与考生身份证件是否一致。"
      />
    </Card>
  );
}
