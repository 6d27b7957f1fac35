import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';

interface Props {
  error: string | null;
  onLogin(form: { ticketNumber: string; idNumber: string; roomCode: string }): Promise<void>;
}

/** 机考登录 (R-EXAM-02): ticket number, ID number and the room code the proctor shows at the start. No password. */
export function LoginScreen({ error, onLogin }: Props) {
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<{ ticketNumber: string; idNumber: string; roomCode: string }>();
  const submit = async (v: { ticketNumber: string; idNumber: string; roomCode: string }) => {
    setBusy(true);
    try {
      await onLogin({ ticketNumber: v.ticketNumber.trim(), idNumber: v.idNumber.trim(), roomCode: v.roomCode.trim() });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="cbt-center" data-testid="cbt-login">
      <Card style={{ width: 460, maxWidth: '100%' }} styles={{ body: { padding: 32 } }}>
        <Typography.Title level={2} style={{ textAlign: 'center', marginTop: 0 }}>
          职业技能等级认定 · 机考登录
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center', fontSize: 16 }}>
          请输入准考证号、身份证号和监考员公布的考场码
        </Typography.Paragraph>
        {error && (
          <Alert
            type="error"
            showIcon
            message={error}
            style={{ marginBottom: 16, fontSize: 16 }}
            data-testid="cbt-login-error"
          />
        )}
        <Form form={form} layout="vertical" size="large" onFinish={submit} requiredMark={false}>
          <Form.Item
            name="ticketNumber"
            label="准考证号"
            rules={[{ required: true, whitespace: true, message: '请输入准考证号' }]}
          >
            <Input id="cbt-ticket" autoComplete="off" maxLength={40} />
          </Form.Item>
          <Form.Item
            name="idNumber"
            label="身份证号"
            rules={[{ required: true, whitespace: true, message: '请输入身份证号' }]}
          >
            <Input id="cbt-id" autoComplete="off" maxLength={40} />
          </Form.Item>
          <Form.Item
            name="roomCode"
            label="考场码"
            rules={[{ required: true, pattern: /^\s*\d{6}\s*$/, message: '考场码为 6 位数字' }]}
          >
            <Input id="cbt-room-code" inputMode="numeric" autoComplete="off" maxLength={6} />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy} style={{ height: 52, fontSize: 20 }}>
            登录
          </Button>
        </Form>
      </Card>
    </div>
  );
}
