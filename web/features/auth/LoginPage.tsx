import { useEffect, useState } from 'react';
import { Link, Navigate, useLocation, useNavigate } from 'react-router-dom';
import { Alert, Button, Form, Input } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { loginBody } from '../../../shared/auth.js';
import { errorMessage } from '../../app/api.js';
import { zodRule } from '../../app/forms.js';
import { clearSessionExpired, peekSessionExpired, useMe } from '../../app/session.js';
import { CHANGE_PASSWORD_PATH } from '../../app/guards.js';
import { AuthCard } from '../../components/AuthCard.js';
import { useLogin } from './api.js';

interface LoginValues {
  username: string;
  password: string;
}

export function LoginPage() {
  const { data: me } = useMe();
  const login = useLogin();
  const navigate = useNavigate();
  const location = useLocation();
  const [expired] = useState(peekSessionExpired);
  useEffect(() => clearSessionExpired(), []);

  const from = (location.state as { from?: string } | null)?.from;
  const target = (mustChange: boolean) => (mustChange ? CHANGE_PASSWORD_PATH : from && from !== '/login' ? from : '/');

  if (me && !login.isPending) return <Navigate to={target(me.user.mustChangePassword)} replace />;

  const onFinish = (values: LoginValues) =>
    login.mutate(values, { onSuccess: (r) => navigate(target(r.user.mustChangePassword), { replace: true }) });

  return (
    <AuthCard subtitle="请使用认定中心分配的账号登录" testId="login-page">
      {login.isError ? (
        <Alert
          type="error"
          showIcon
          message={errorMessage(login.error)}
          style={{ marginBottom: 20 }}
          data-testid="login-error"
        />
      ) : (
        expired && (
          <Alert
            type="warning"
            showIcon
            message="登录已过期，请重新登录"
            style={{ marginBottom: 20 }}
            data-testid="session-expired"
          />
        )
      )}
      <Form<LoginValues> layout="vertical" size="large" onFinish={onFinish} requiredMark={false} autoComplete="on">
        <Form.Item name="username" label="用户名" rules={[zodRule(loginBody.shape.username, '用户名')]}>
          <Input id="username" prefix={<UserOutlined />} placeholder="请输入用户名" autoComplete="username" autoFocus />
        </Form.Item>
        <Form.Item name="password" label="密码" rules={[zodRule(loginBody.shape.password, '密码')]}>
          <Input.Password
            id="password"
            prefix={<LockOutlined />}
            placeholder="请输入密码"
            autoComplete="current-password"
          />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" block loading={login.isPending}>
            登录
          </Button>
        </Form.Item>
        {/* R-REG-01: candidates sign in by 学号 or ID number; social learners make their own account. */}
        <div style={{ textAlign: 'center', marginBottom: 12, fontSize: 13 }}>
          考生可用学号或身份证号登录（学院导入的考生首次登录用激活码） · <Link to="/signup">社会人员注册</Link>
        </div>
      </Form>
    </AuthCard>
  );
}
