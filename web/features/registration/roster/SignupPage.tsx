import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert, App, Button, Form, Input, Radio, Result, Select } from 'antd';
import { idTypeNames, idTypes } from '../../../../shared/idcard.js';
import { PASSWORD_MIN } from '../../../../shared/auth.js';
import { signupBody, type SignupBody } from '../../../../shared/registration.js';
import { applyServerErrors, zodRule } from '../../../app/forms.js';
import { AuthCard } from '../../../components/AuthCard.js';
import { useSignup } from './api.js';

type Values = SignupBody & { confirm: string };
const FIELDS = ['name', 'gender', 'idType', 'idNumber', 'phone', 'password'] as const;

/**
 * R-REG-01: a social learner (社会人员) makes a candidate account: one person, one account. Works on a phone.
 * R-PPL-02: the answer is the same whether or not the number is on record (a record is never taken over).
 */
export function SignupPage() {
  const [form] = Form.useForm<Values>();
  const signup = useSignup();
  const [done, setDone] = useState<string | null>(null);
  const { message } = App.useApp();
  const s = signupBody.shape;

  const onFinish = ({ confirm: _confirm, ...body }: Values) =>
    signup.mutate(body, {
      onSuccess: (r) => setDone(r.loginHint),
      onError: (e) => {
        const rest = applyServerErrors(form, e, FIELDS);
        if (rest) message.error(rest);
      },
    });

  if (done)
    return (
      <AuthCard subtitle="社会人员注册" testId="signup-page">
        <Result
          status="success"
          title="注册信息已提交"
          subTitle={done}
          extra={
            <Link to="/login">
              <Button type="primary">去登录</Button>
            </Link>
          }
        />
      </AuthCard>
    );
  return (
    <AuthCard subtitle="社会人员注册考生账号（在校学生由学院导入，无需注册）" testId="signup-page">
      {signup.isError && !form.getFieldsError().some((f) => f.errors.length) && (
        <Alert type="error" showIcon message="注册未成功，请检查后重试" style={{ marginBottom: 16 }} />
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        requiredMark={false}
        initialValues={{ idType: 'resident' }}
      >
        <Form.Item name="name" label="姓名" rules={[zodRule(s.name, '姓名')]}>
          <Input id="signup-name" autoComplete="name" />
        </Form.Item>
        <Form.Item name="gender" label="性别" rules={[{ required: true, message: '请选择性别' }]}>
          <Radio.Group
            options={[
              { value: 'male', label: '男' },
              { value: 'female', label: '女' },
            ]}
          />
        </Form.Item>
        <Form.Item name="idType" label="证件类型">
          <Select options={idTypes.map((t) => ({ value: t, label: idTypeNames[t] }))} />
        </Form.Item>
        <Form.Item name="idNumber" label="证件号码" rules={[zodRule(s.idNumber, '证件号码')]}>
          <Input id="signup-id" autoComplete="off" inputMode="text" />
        </Form.Item>
        <Form.Item name="phone" label="手机号码" rules={[zodRule(s.phone, '手机号码')]}>
          <Input id="signup-phone" autoComplete="tel" inputMode="tel" />
        </Form.Item>
        <Form.Item
          name="password"
          label="密码"
          extra={`至少 ${PASSWORD_MIN} 个字符，不能是常见密码`}
          rules={[zodRule(s.password, '密码')]}
        >
          <Input.Password id="signup-password" autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label="确认密码"
          dependencies={['password']}
          rules={[
            { required: true, message: '请再次输入密码' },
            ({ getFieldValue }) => ({
              validator: async (_, v) => {
                if (v && v !== getFieldValue('password')) throw new Error('两次输入的密码不一致');
              },
            }),
          ]}
        >
          <Input.Password id="signup-confirm" autoComplete="new-password" />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={signup.isPending}>
            注册
          </Button>
        </Form.Item>
        <div style={{ textAlign: 'center', marginBottom: 12 }}>
          已有账号？<Link to="/login">返回登录</Link>
        </div>
      </Form>
    </AuthCard>
  );
}
