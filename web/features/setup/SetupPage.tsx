import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Alert, App, Button, Card, Form, Result, Space, Steps, Table, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { PageContainer, ProForm, ProFormGroup, ProFormText } from '@ant-design/pro-components';
import { centreBody, type CentreBody } from '../../../shared/centre.js';
import { applyServerErrors, zodRule } from '../../app/forms.js';
import { errorMessage } from '../../app/api.js';
import { CollegeFormModal } from '../../components/CollegeFormModal.js';
import { useColleges } from '../colleges/api.js';
import { useCreateCentre, useSetupStatus } from './api.js';

const FIELDS = Object.keys(centreBody.shape);

/** Step 1: the centre's profile (the rest — filing, school data — is completed later on 中心信息). */
function CentreStep() {
  const [form] = Form.useForm<CentreBody>();
  const create = useCreateCentre();
  const { message } = App.useApp();
  const s = centreBody.shape;
  const text = (name: keyof CentreBody, label: string, extra: object = {}) => (
    <ProFormText name={name} label={label} width="md" rules={[zodRule(s[name] as never, label)]} {...extra} />
  );
  const onFinish = async (v: CentreBody) => {
    const body = { ...v } as Record<string, unknown>;
    for (const k of Object.keys(body)) if (body[k] === '' || body[k] === undefined) body[k] = null;
    try {
      await create.mutateAsync(body as CentreBody);
      message.success('认定中心已建立');
      return true;
    } catch (e) {
      const rest = applyServerErrors(form, e, FIELDS);
      if (rest) message.error(rest);
      return false;
    }
  };
  return (
    <ProForm<CentreBody>
      form={form}
      layout="vertical"
      onFinish={onFinish}
      submitter={{ searchConfig: { submitText: '建立认定中心' }, resetButtonProps: { style: { display: 'none' } } }}
    >
      <ProFormGroup>
        {text('name', '机构名称', {
          width: 'lg',
          required: true,
          placeholder: '如 某某职业技术学院职业技能等级认定中心',
          tooltip: '须以“职业技能等级认定中心”结尾',
        })}
        {text('shortName', '机构简称', { required: true })}
      </ProFormGroup>
      <ProFormGroup>
        {text('schoolName', '学校名称')}
        {text('address', '通讯地址', { width: 'lg' })}
      </ProFormGroup>
      <ProFormGroup>
        {text('contact', '联系人')}
        {text('phone', '联系电话')}
        {text('email', '电子邮箱')}
      </ProFormGroup>
    </ProForm>
  );
}

/** Step 2: the colleges (二级学院, R-ORG-07), added with the same form as on the colleges page. */
function CollegesStep({ onDone }: { onDone: () => void }) {
  const colleges = useColleges();
  const [adding, setAdding] = useState(false);
  const items = colleges.data?.items ?? [];
  return (
    <>
      <Space style={{ marginBottom: 16 }}>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="setup-add-college">
          新增二级学院
        </Button>
        <Button onClick={onDone} disabled={items.length === 0} data-testid="setup-finish">
          完成设置
        </Button>
      </Space>
      {colleges.isError && <Alert type="error" showIcon message={errorMessage(colleges.error)} />}
      <Table
        rowKey="id"
        size="small"
        loading={colleges.isPending}
        dataSource={items}
        pagination={false}
        locale={{ emptyText: '尚未添加二级学院' }}
        columns={[
          { title: '编码', dataIndex: 'code', width: 120 },
          { title: '名称', dataIndex: 'name' },
          { title: '负责人', dataIndex: 'head', render: (v: string | null) => v ?? '—' },
        ]}
      />
      <CollegeFormModal open={adding} onClose={() => setAdding(false)} />
    </>
  );
}

/** 首次设置: a production install creates its centre, then its colleges, before anything else can be added. */
export function SetupPage() {
  const status = useSetupStatus();
  const navigate = useNavigate();
  const [done, setDone] = useState(false);
  const step = done ? 2 : status.data?.centreExists ? 1 : 0;
  return (
    <PageContainer
      title="首次设置"
      content="系统中还没有认定中心：请先建立认定中心，再添加二级学院，之后即可录入人员、制定计划。"
    >
      <Card data-testid="setup-page">
        <Steps
          current={step}
          style={{ marginBottom: 24 }}
          items={[{ title: '认定中心' }, { title: '二级学院' }, { title: '完成' }]}
        />
        {status.isError && <Alert type="error" showIcon message={errorMessage(status.error)} />}
        {status.data && step === 0 && <CentreStep />}
        {status.data && step === 1 && (
          <>
            <Typography.Paragraph>
              认定中心：<Typography.Text strong>{status.data.centreName}</Typography.Text>
              。备案号、学校法人信息等可稍后在“中心信息”中补充。
            </Typography.Paragraph>
            <CollegesStep onDone={() => setDone(true)} />
          </>
        )}
        {step === 2 && (
          <Result
            status="success"
            title="设置完成"
            subTitle="接下来可在“用户管理”中为中心和各二级学院建立账户，在“中心信息”中补充备案信息。"
            extra={
              <Button type="primary" onClick={() => navigate('/', { replace: true })} data-testid="setup-home">
                进入首页
              </Button>
            }
          />
        )}
      </Card>
    </PageContainer>
  );
}
