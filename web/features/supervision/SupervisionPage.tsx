import { useState } from 'react';
import {
  App,
  Button,
  Card,
  DatePicker,
  Drawer,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Space,
  Table,
  Tabs,
  Tag,
} from 'antd';
import { PageContainer } from '@ant-design/pro-components';
import dayjs from 'dayjs';
import { supervisionAreaNames, supervisionAreas, type SupervisionPlan } from '../../../shared/supervision.js';
import { errorMessage } from '../../app/api.js';
import { useCan } from '../../app/session.js';
import {
  useAddExternal,
  useApprovePlan,
  useExternalSupervision,
  useSavePlan,
  useSupervisionBreaches,
  useSupervisionPlans,
  useSupervisionTeam,
  useSupervisionTeams,
} from './api.js';
import { ObservationList, ReportView } from './ReportView.js';

/**
 * 质量督导 (R-SUP-01…03, the centre): the teams' reports per batch and site with their due day and the overdue tag,
 * the annual plan (approved by the head), the breaches the supervisors stopped and reported, and external supervision.
 */
export function SupervisionPage() {
  return (
    <PageContainer title="质量督导">
      <Tabs
        items={[
          { key: 'reports', label: '督导报告', children: <Reports /> },
          { key: 'plans', label: '督导计划', children: <Plans /> },
          { key: 'breaches', label: '违规报告', children: <Breaches /> },
          { key: 'external', label: '外部督导', children: <External /> },
        ]}
      />
    </PageContainer>
  );
}

function Reports() {
  const list = useSupervisionTeams();
  const [open, setOpen] = useState<{ batchId: string; siteId: string } | null>(null);
  const detail = useSupervisionTeam(open);
  return (
    <Card>
      <Table
        rowKey={(r) => `${r.batchId}/${r.siteId}`}
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        pagination={false}
        scroll={{ x: 900 }}
        columns={[
          { title: '认定批次', dataIndex: 'batchTitle' },
          { title: '考点', dataIndex: 'siteName', width: 100 },
          { title: '督导组', render: (_, r) => r.team.map((m) => m.name).join('、') },
          {
            title: '报告期限',
            width: 150,
            render: (_, r) => (
              <Space>
                {r.dueOn}
                {r.overdue && <Tag color="red">已逾期</Tag>}
              </Space>
            ),
          },
          { title: '签名', width: 70, render: (_, r) => `${r.signed}/${r.team.length}` },
          {
            title: '状态',
            width: 80,
            render: (_, r) => <Tag color={r.state === 'submitted' ? 'green' : 'default'}>{r.stateName}</Tag>,
          },
          { title: '记录', dataIndex: 'observations', width: 60 },
          {
            title: '违规',
            width: 60,
            render: (_, r) => (r.breaches ? <Tag color="red">{r.breaches}</Tag> : 0),
          },
          {
            title: '操作',
            width: 80,
            render: (_, r) => (
              <Button type="link" onClick={() => setOpen({ batchId: r.batchId, siteId: r.siteId })}>
                查看
              </Button>
            ),
          },
        ]}
      />
      <Drawer open={!!open} width={720} title="质量督导报告" onClose={() => setOpen(null)}>
        {detail.data && <ReportView report={detail.data} />}
      </Drawer>
    </Card>
  );
}

function Plans() {
  const { message } = App.useApp();
  const canManage = useCan('supervision.manage');
  const canApprove = useCan('supervision.approve');
  const list = useSupervisionPlans();
  const save = useSavePlan();
  const approve = useApprovePlan();
  const [editing, setEditing] = useState<SupervisionPlan | 'new' | null>(null);
  const [form] = Form.useForm();
  const openForm = (p: SupervisionPlan | 'new') => {
    setEditing(p);
    form.setFieldsValue(
      p === 'new'
        ? {
            year: dayjs().year(),
            title: `${dayjs().year()} 年职业技能等级认定质量督导计划`,
            areas: supervisionAreas.map((aspect) => ({ aspect, focus: '', approach: '' })),
          }
        : { year: p.year, title: p.title, areas: p.areas },
    );
  };
  const submit = async () => {
    const v = await form.validateFields();
    try {
      await save.mutateAsync({ id: editing !== 'new' ? editing?.id : undefined, body: v });
      message.success('已保存');
      setEditing(null);
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  return (
    <Card
      extra={
        canManage && (
          <Button type="primary" onClick={() => openForm('new')}>
            制定督导计划
          </Button>
        )
      }
    >
      <Table
        rowKey="id"
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        pagination={false}
        expandable={{
          expandedRowRender: (p) => (
            <Table
              rowKey="aspect"
              size="small"
              pagination={false}
              dataSource={p.areas}
              columns={[
                { title: '督导项目', dataIndex: 'aspectName', width: 140 },
                { title: '督导内容', dataIndex: 'focus' },
                { title: '督导方式', dataIndex: 'approach', width: 200 },
              ]}
            />
          ),
        }}
        columns={[
          { title: '年份', dataIndex: 'year', width: 80 },
          { title: '计划名称', dataIndex: 'title' },
          {
            title: '状态',
            width: 200,
            render: (_, p) => (
              <Space>
                <Tag color={p.state === 'approved' ? 'green' : 'default'}>{p.stateName}</Tag>
                {p.approvedByName && `${p.approvedByName} 批准`}
              </Space>
            ),
          },
          {
            title: '操作',
            width: 160,
            render: (_, p) =>
              p.state === 'draft' && (
                <Space>
                  {canManage && (
                    <Button type="link" onClick={() => openForm(p)}>
                      修改
                    </Button>
                  )}
                  {canApprove && (
                    <Button
                      type="link"
                      onClick={() =>
                        approve.mutate(p.id, {
                          onSuccess: () => void message.success('已批准'),
                          onError: (e) => void message.error(errorMessage(e)),
                        })
                      }
                    >
                      批准
                    </Button>
                  )}
                </Space>
              ),
          },
        ]}
      />
      <Modal open={!!editing} title="质量督导计划" width={760} onCancel={() => setEditing(null)} onOk={submit}>
        <Form form={form} layout="vertical">
          <Space>
            <Form.Item name="year" label="年份" rules={[{ required: true }]}>
              <InputNumber min={2000} max={2100} />
            </Form.Item>
            <Form.Item name="title" label="计划名称" rules={[{ required: true }]} style={{ width: 480 }}>
              <Input />
            </Form.Item>
          </Space>
          <Form.List name="areas">
            {(fields, { remove }) =>
              fields.map((field) => (
                <Space key={field.key} align="start" wrap>
                  <Form.Item name={[field.name, 'aspect']} style={{ width: 140 }}>
                    <Select
                      options={supervisionAreas.map((a) => ({ value: a, label: supervisionAreaNames[a] }))}
                      disabled
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'focus']} rules={[{ required: true, message: '请填写督导内容' }]}>
                    <Input placeholder="督导内容" style={{ width: 300 }} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'approach']} rules={[{ required: true, message: '请填写督导方式' }]}>
                    <Input placeholder="督导方式" style={{ width: 160 }} />
                  </Form.Item>
                  <Button type="link" onClick={() => remove(field.name)}>
                    删除
                  </Button>
                </Space>
              ))
            }
          </Form.List>
        </Form>
      </Modal>
    </Card>
  );
}

function Breaches() {
  const list = useSupervisionBreaches();
  return (
    <Card title="督导员制止并报告的违规行为">
      <ObservationList items={list.data?.items ?? []} />
    </Card>
  );
}

function External() {
  const { message } = App.useApp();
  const canManage = useCan('supervision.manage');
  const list = useExternalSupervision();
  const teams = useSupervisionTeams();
  const add = useAddExternal();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm();
  const batches = [...new Map((teams.data?.items ?? []).map((t) => [t.batchId, t.batchTitle]))];
  const submit = async () => {
    const v = await form.validateFields();
    try {
      await add.mutateAsync({
        batchId: v.batchId ?? null,
        authority: v.authority,
        names: String(v.names)
          .split(/[，,、\s]+/)
          .filter(Boolean),
        visitedOn: v.visitedOn.format('YYYY-MM-DD'),
        findings: v.findings ?? '',
      });
      message.success('已登记');
      setOpen(false);
      form.resetFields();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  return (
    <Card
      title="外部质量督导（双随机一公开）"
      extra={
        canManage && (
          <Button type="primary" onClick={() => setOpen(true)}>
            登记外部督导
          </Button>
        )
      }
    >
      <Table
        rowKey="id"
        dataSource={list.data?.items ?? []}
        pagination={false}
        columns={[
          { title: '督导日期', dataIndex: 'visitedOn', width: 110 },
          { title: '派出机构', dataIndex: 'authority' },
          { title: '督导人员', render: (_, e) => e.names.join('、') },
          { title: '认定批次', dataIndex: 'batchTitle' },
          { title: '督导情况', dataIndex: 'findings' },
        ]}
      />
      <Modal open={open} title="登记外部质量督导" onCancel={() => setOpen(false)} onOk={submit}>
        <Form form={form} layout="vertical">
          <Form.Item name="authority" label="派出机构" rules={[{ required: true }]}>
            <Input placeholder="如：省职业技能鉴定指导中心" />
          </Form.Item>
          <Form.Item name="names" label="督导人员（多人用顿号分隔）" rules={[{ required: true }]}>
            <Input />
          </Form.Item>
          <Form.Item name="visitedOn" label="督导日期" rules={[{ required: true }]}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="batchId" label="认定批次">
            <Select allowClear options={batches.map(([value, label]) => ({ value, label }))} />
          </Form.Item>
          <Form.Item name="findings" label="督导情况">
            <Input.TextArea rows={3} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
