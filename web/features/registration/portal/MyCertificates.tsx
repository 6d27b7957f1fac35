import { Alert, Button, Card, Descriptions, Space, Tag, Typography } from 'antd';
import { errorMessage } from '../../../app/api.js';
import { useMyCertificates } from '../../certificates/api.js';

const stateColor: Record<string, string> = { valid: 'green', revoked: 'red', replaced: 'orange' };

/**
 * 我的证书 (R-CERT-04, R-VIOL-05), in the portal's 成绩 tab (five tabs would not fit a phone): the candidate's own
 * certificates with their state; a revoked one with its date and reason, a reissue linked to the original.
 */
export function MyCertificates() {
  const q = useMyCertificates();
  if (q.isPending) return null;
  if (q.isError) return <Alert type="error" showIcon message={errorMessage(q.error)} />;
  if (!q.data.items.length) return null;
  return (
    <Space direction="vertical" style={{ width: '100%' }} size={12} data-testid="portal-certificates">
      <Typography.Title level={5} style={{ margin: 0 }}>
        我的证书
      </Typography.Title>
      {q.data.items.map((c) => (
        <Card
          key={c.id}
          size="small"
          title={<span style={{ whiteSpace: 'normal' }}>{`${c.occupation} ${c.levelName}`}</span>}
          extra={<Tag color={stateColor[c.state]}>{c.stateName}</Tag>}
          data-testid="portal-certificate"
        >
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item label="证书编号">
              <span style={{ wordBreak: 'break-all' }}>{c.number}</span>
            </Descriptions.Item>
            {c.job !== '--' && <Descriptions.Item label="工种">{c.job}</Descriptions.Item>}
            <Descriptions.Item label="发证日期">{c.issueDate}</Descriptions.Item>
            {c.replacesNumber && <Descriptions.Item label="补发自">{c.replacesNumber}</Descriptions.Item>}
            {c.replacedByNumber && <Descriptions.Item label="补发新证">{c.replacedByNumber}</Descriptions.Item>}
          </Descriptions>
          {c.state === 'revoked' && (
            <Alert
              style={{ marginTop: 8 }}
              type="error"
              showIcon
              message={`本证书已于 ${c.revokedOn ?? ''} 撤销`}
              description={`原因：${c.revokeReason ?? ''}。如有异议，可向认定中心提出申诉。`}
            />
          )}
          {c.state === 'valid' && (
            <Button block style={{ marginTop: 8 }} href={c.verifyUrl} target="_blank">
              查验证书（可分享给用人单位）
            </Button>
          )}
        </Card>
      ))}
    </Space>
  );
}
