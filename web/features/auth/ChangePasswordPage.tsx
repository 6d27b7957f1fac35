import { useNavigate } from 'react-router-dom';
import { Alert, App, Button, Card, Form, Input } from 'antd';
import { PageContainer } from '@ant-design/pro-components';
import { PASSWORD_MIN, changePasswordBody } from '../../../shared/auth.js';
import { applyServerErrors, zodRule } from '../../app/forms.js';
import { useSession } from '../../app/session.js';
import { useLogout } from '../../app/useLogout.js';
import { AuthCard } from '../../components/AuthCard.js';
import { useChangePassword } from './api.js';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

const FIELDS = ['currentPassword', 'newPassword'] as const;
const POLICY = `至少 ${PASSWORD_MIN} 个字符，不能是常见密码或包含用户名`;

/** Forced after the first login (without the menu) and reachable from the user menu at any time. */
export function ChangePasswordPage() {
  const me = useSession();
  const forced = me.user.mustChangePassword;
  const form = <PasswordForm username={me.user.username} forced={forced} />;
  if (forced)
    return (
      <AuthCard subtitle="首次登录，请先修改初始密码" testId="change-password-page">
        {form}
      </AuthCard>
    );
  return (
    <div data-testid="change-password-page">
      <PageContainer title="修改密码">
        <Card style={{ maxWidth: 560 }}>{form}</Card>
      </PageContainer>
    </div>
  );
}

function PasswordForm({ username, forced }: { username: string; forced: boolean }) {
  const [form] = Form.useForm<Values>();
  const change = useChangePassword();
  const navigate = useNavigate();
  const logout = useLogout();
  const { message } = App.useApp();

  const onFinish = ({ currentPassword, newPassword }: Values) =>
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          message.success('密码已修改');
          navigate('/', { replace: true });
        },
        onError: (e) => {
          const rest = applyServerErrors(form, e, FIELDS);
          if (rest) message.error(rest);
        },
      },
    );

  return (
    <Form<Values> form={form} layout="vertical" onFinish={onFinish} requiredMark={false}>
      <Alert
        type="info"
        showIcon
        message={`密码要求：${POLICY}`}
        style={{ marginBottom: 20 }}
        data-testid="password-policy"
      />
      <Form.Item
        name="currentPassword"
        label={forced ? '当前密码（或激活码）' : '当前密码'}
        rules={[zodRule(changePasswordBody.shape.currentPassword, '当前密码')]}
      >
        <Input.Password id="currentPassword" autoComplete="current-password" />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label="新密码"
        rules={[
          zodRule(changePasswordBody.shape.newPassword, '新密码'),
          {
            validator: async (_r, v?: string) => {
              if (v && username && v.toLowerCase().includes(username.toLowerCase())) throw new Error('不能包含用户名');
            },
          },
        ]}
      >
        <Input.Password id="newPassword" autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirmPassword"
        label="确认新密码"
        dependencies={['newPassword']}
        rules={[
          { required: true, message: '请再次输入新密码' },
          ({ getFieldValue }) => ({
            validator: async (_r, v?: string) => {
              if (v && v !== getFieldValue('newPassword')) throw new Error('两次输入的新密码不一致');
            },
          }),
        ]}
      >
        <Input.Password id="confirmPassword" autoComplete="new-password" />
      </Form.Item>
      <Form.Item>
        <div style={{ display: 'flex', gap: 12 }}>
          <Button type="primary" htmlType="submit" loading={change.isPending} style={{ flex: forced ? 1 : undefined }}>
            确认修改
          </Button>
          {forced ? (
            <Button onClick={() => void logout()}>退出登录</Button>
          ) : (
            <Button onClick={() => navigate(-1)}>取消</Button>
          )}
        </div>
      </Form.Item>
    </Form>
  );
}
