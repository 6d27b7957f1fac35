import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { App, Button, Form, Input, Modal, Select, Table, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import { api, errorMessage, type ItemOf } from '../../app/api.js';
import { useBlueprints } from './api.blueprint.js';
import { usePlans, useSavePlan } from './api.papers.js';

/** 组卷方案 (R-BANK-02): the plans of every blueprint, and a new plan from a blueprint's 鉴定比重. */
export function AssemblyPlansPage() {
  const navigate = useNavigate();
  const plans = usePlans();
  const [creating, setCreating] = useState(false);
  return (
    <PageContainer
      title="组卷方案"
      content="按细目表的鉴定比重确定各题型、各鉴定范围和各难度的题数，组卷前先看题库容量报告。"
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="plan-new">
          新建组卷方案
        </Button>
      }
    >
      <Table<ItemOf<'/itembank/plans'>>
        rowKey="id"
        size="small"
        loading={plans.isLoading}
        dataSource={plans.data?.items ?? []}
        pagination={false}
        scroll={{ x: 760 }}
        data-testid="plans-table"
        locale={{ emptyText: '还没有组卷方案' }}
        columns={[
          {
            title: '方案',
            dataIndex: 'name',
            render: (_, p) => (
              <Typography.Link onClick={() => navigate(`/itembank/plans/${p.id}`)}>{p.name}</Typography.Link>
            ),
          },
          { title: '细目表', render: (_, p) => p.blueprint.title },
          { title: '题数', dataIndex: 'itemCount', width: 70 },
          { title: '总分', dataIndex: 'totalPoints', width: 70 },
          { title: '时长（分钟）', dataIndex: 'durationMinutes', width: 110 },
          { title: '组卷次数', dataIndex: 'assemblies', width: 90 },
          { title: '修改时间', width: 150, render: (_, p) => p.updatedAt.slice(0, 16).replace('T', ' ') },
        ]}
      />
      {creating && (
        <NewPlanModal onClose={() => setCreating(false)} onCreated={(id) => navigate(`/itembank/plans/${id}`)} />
      )}
    </PageContainer>
  );
}

function NewPlanModal(props: { onClose: () => void; onCreated: (id: string) => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ blueprintId: string; name: string }>();
  const blueprints = useBlueprints();
  const save = useSavePlan();
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    const v = await form.validateFields();
    setBusy(true);
    try {
      const defaults = await api.get('/itembank/plans/defaults', { query: { blueprintId: v.blueprintId } });
      const plan = await save.mutateAsync({ body: { blueprintId: v.blueprintId, name: v.name, spec: defaults.spec } });
      message.success('已按鉴定比重生成组卷方案，请核对后保存');
      props.onCreated(plan.id);
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title="新建组卷方案"
      okText="生成方案"
      cancelText="取消"
      onOk={submit}
      confirmLoading={busy}
      onCancel={props.onClose}
    >
      <Form form={form} layout="vertical">
        <Form.Item name="blueprintId" label="细目表" rules={[{ required: true, message: '请选择细目表' }]}>
          <Select
            placeholder="选择职业、等级与考核部分"
            loading={blueprints.isLoading}
            options={(blueprints.data?.items ?? []).map((b) => ({ value: b.id, label: b.title }))}
            data-testid="plan-blueprint"
          />
        </Form.Item>
        <Form.Item name="name" label="方案名称" rules={[{ required: true, message: '请填写方案名称' }]}>
          <Input maxLength={100} placeholder="例如：电工四级理论知识 标准方案" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
