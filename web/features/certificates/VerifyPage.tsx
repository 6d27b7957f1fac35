import { useSearchParams } from 'react-router-dom';
import { Alert, Button, Card, Descriptions, Form, Input, Result, Spin, Tag, Typography } from 'antd';
import { errorMessage } from '../../app/api.js';
import type { PublicVerification } from '../../../shared/certificates.js';
import { useLookupCertificate, useVerifyByQr } from './api.js';

const stateColor: Record<string, string> = { valid: 'green', suspended: 'gold', revoked: 'red', replaced: 'orange' };

/**
 * 证书查询 (public, R-CERT-05): anyone verifies a certificate free of charge, on a phone, without login: the QR code
 * opens this page with the number and the signature, or one types the number and the holder's name. It shows only
 * what the certificate shows, the ID number masked (R-PPL-02), and the state.
 */
export function VerifyPage() {
  const [params, setParams] = useSearchParams();
  const n = params.get('n');
  const s = params.get('s');
  return (
    <div style={{ minHeight: '100vh', background: '#f5f6f8', padding: '16px 12px' }} data-testid="verify-page">
      <div style={{ maxWidth: 560, margin: '0 auto' }}>
        <Typography.Title level={4} style={{ textAlign: 'center', margin: '4px 0 12px' }}>
          职业技能等级证书查询
        </Typography.Title>
        {n && s ? <QrResult n={n} s={s} onAgain={() => setParams({})} /> : <LookupForm />}
        <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 12, textAlign: 'center' }}>
          本查询免费。证件号码仅显示后四位。证书数据由认定中心数字签名，扫描证书二维码可直接核验。
        </Typography.Paragraph>
      </div>
    </div>
  );
}

function QrResult({ n, s, onAgain }: { n: string; s: string; onAgain: () => void }) {
  const q = useVerifyByQr(n, s);
  if (q.isLoading) return <Spin style={{ display: 'block', margin: 32 }} />;
  if (q.error) return <Alert type="error" showIcon message={errorMessage(q.error)} />;
  return (
    <>
      <Answer v={q.data!} />
      <Button block style={{ marginTop: 12 }} onClick={onAgain}>
        按证书编号和姓名查询
      </Button>
    </>
  );
}

function LookupForm() {
  const lookup = useLookupCertificate();
  const [form] = Form.useForm<{ certificateNumber: string; holderName: string }>();
  return (
    <>
      <Card size="small">
        <Form form={form} layout="vertical" onFinish={(v) => lookup.mutate(v)} data-testid="verify-form">
          <Form.Item name="certificateNumber" label="证书编号" rules={[{ required: true, message: '请填写证书编号' }]}>
            <Input placeholder="22 位，如 Y000041019001221000001" maxLength={40} autoComplete="off" />
          </Form.Item>
          <Form.Item name="holderName" label="姓名" rules={[{ required: true, message: '请填写持证人姓名' }]}>
            <Input placeholder="持证人姓名" maxLength={50} autoComplete="off" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={lookup.isPending} data-testid="verify-submit">
            查询
          </Button>
        </Form>
      </Card>
      {lookup.error ? (
        <Alert style={{ marginTop: 12 }} type="error" showIcon message={errorMessage(lookup.error)} />
      ) : null}
      {lookup.data ? (
        <div style={{ marginTop: 12 }}>
          <Answer v={lookup.data} />
        </div>
      ) : null}
    </>
  );
}

function Answer({ v }: { v: PublicVerification }) {
  if (!v.found || !v.certificate)
    return (
      <Card data-testid="verify-result">
        <Result status="warning" title="未查询到证书" subTitle={v.message} />
      </Card>
    );
  const c = v.certificate;
  return (
    <Card size="small" data-testid="verify-result">
      <div style={{ textAlign: 'center', marginBottom: 8 }}>
        <Tag color={stateColor[c.state]} style={{ fontSize: 15, padding: '4px 12px' }} data-testid="verify-state">
          {c.stateName}
        </Tag>
        <div style={{ marginTop: 4 }}>
          <Typography.Text type={c.state === 'valid' && c.signatureValid ? 'success' : 'danger'}>
            {v.message}
          </Typography.Text>
        </div>
        {c.replacedByNumber ? (
          <Typography.Text type="secondary">补发后的证书编号：{c.replacedByNumber}</Typography.Text>
        ) : null}
      </div>
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label="姓名">{c.name}</Descriptions.Item>
        <Descriptions.Item label="证件类型">{c.idTypeName}</Descriptions.Item>
        <Descriptions.Item label="证件号码">
          <span style={{ wordBreak: 'break-all' }}>{c.idMasked}</span>
        </Descriptions.Item>
        <Descriptions.Item label="职业">{c.occupation}</Descriptions.Item>
        <Descriptions.Item label="工种">{c.job}</Descriptions.Item>
        <Descriptions.Item label="等级">{c.levelName}</Descriptions.Item>
        <Descriptions.Item label="证书编号">
          <span style={{ wordBreak: 'break-all' }}>{c.number}</span>
        </Descriptions.Item>
        <Descriptions.Item label="发证日期">{c.issueDate}</Descriptions.Item>
        <Descriptions.Item label="发证机构">{c.centre}</Descriptions.Item>
        {c.revokedOn ? <Descriptions.Item label="撤销日期">{c.revokedOn}</Descriptions.Item> : null}
        {c.suspendedOn ? <Descriptions.Item label="暂停使用日期">{c.suspendedOn}</Descriptions.Item> : null}
      </Descriptions>
    </Card>
  );
}
