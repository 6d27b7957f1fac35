import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { App, Alert, Button, Drawer, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import {
  ModalForm,
  PageContainer,
  ProFormDatePicker,
  ProFormRadio,
  ProFormText,
  ProTable,
  type ProColumns,
} from '@ant-design/pro-components';
import dayjs from 'dayjs';
import {
  filingCategories,
  filingStatusNames,
  standardTypes,
  type Filing,
  type ScopeRow,
} from '../../../shared/scope.js';
import { formatLevels } from '../../../shared/centre.rules.js';
import { apiUrl, errorMessage } from '../../app/api.js';
import { useCan } from '../../app/session.js';
import { useCreateFiling, useFiling, useFilingAction, useFilingApplication, useFilings } from './api.js';
import { ScopeRowForm } from './ScopeRowForm.js';
import { TitledSearch } from '../../components/TitledSearch.js';

const statusColor = { draft: 'default', submitted: 'processing', approved: 'success', returned: 'error' } as const;

/** 备案申请 (R-ORG-04/05): initial and incremental filings, their rows, the authority's reply, the documents. */
export function FilingsPage() {
  const [keyword, setKeyword] = useState<string>();
  const filings = useFilings(keyword);
  const canManage = useCan('filing.manage');
  const [params, setParams] = useSearchParams();
  const open = params.get('id');
  const create = useCreateFiling();
  const { message } = App.useApp();
  const [creating, setCreating] = useState(false);

  const columns: ProColumns<Filing>[] = [
    {
      title: '标题',
      dataIndex: 'title',
      render: (_, f) => <Typography.Link onClick={() => setParams({ id: f.id })}>{f.title}</Typography.Link>,
    },
    { title: '类别', dataIndex: 'category', width: 200, render: (_, f) => filingCategories[f.category] },
    { title: '职业（工种）', dataIndex: 'rowCount', width: 100 },
    {
      title: '状态',
      dataIndex: 'status',
      width: 90,
      render: (_, f) => <Tag color={statusColor[f.status]}>{filingStatusNames[f.status]}</Tag>,
    },
    {
      title: '备案回执',
      dataIndex: 'replyNumber',
      render: (_, f) =>
        f.replyNumber ? `${f.replyNumber}（${f.replyDate}）` : f.returnReason ? `退回：${f.returnReason}` : '—',
    },
    {
      title: '创建时间',
      dataIndex: 'createdAt',
      width: 150,
      render: (_, f) => dayjs(f.createdAt).format('YYYY-MM-DD HH:mm'),
    },
  ];

  return (
    <PageContainer
      title="备案申请"
      content="初次备案与增量备案：申请中的职业（工种）在登记备案回执（文号、日期）后才生效。"
    >
      <div data-testid="filings-page">
        <ProTable<Filing>
          rowKey="id"
          columns={columns}
          dataSource={filings.data?.items}
          loading={filings.isFetching}
          search={false}
          scroll={{ x: 'max-content' }}
          options={{ reload: () => void filings.refetch(), density: false, setting: false, fullScreen: false }}
          headerTitle={
            <TitledSearch
              title="备案申请列表"
              placeholder="标题、职业或学院"
              onSearch={setKeyword}
              testId="filings-search"
            />
          }
          toolBarRender={() => [
            canManage && (
              <Button
                key="c"
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setCreating(true)}
                data-testid="filing-create"
              >
                新建备案申请
              </Button>
            ),
          ]}
        />
      </div>
      {open && <FilingDrawer id={open} onClose={() => setParams({})} />}
      <ModalForm<{ category: 'initial' | 'incremental'; title: string }>
        open={creating}
        title="新建备案申请"
        width={480}
        initialValues={{ category: 'incremental', title: `${dayjs().year()} 年增量备案` }}
        modalProps={{ destroyOnHidden: true, onCancel: () => setCreating(false) }}
        onOpenChange={(o) => !o && setCreating(false)}
        onFinish={async (v) => {
          try {
            const f = await create.mutateAsync(v);
            setCreating(false);
            setParams({ id: f.id });
            return true;
          } catch (e) {
            message.error(errorMessage(e));
            return false;
          }
        }}
      >
        <ProFormRadio.Group
          name="category"
          label="备案申请类别"
          options={Object.entries(filingCategories).map(([value, label]) => ({ value, label }))}
        />
        <ProFormText name="title" label="标题" rules={[{ required: true, message: '请填写标题' }]} />
      </ModalForm>
    </PageContainer>
  );
}

function FilingDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const filing = useFiling(id);
  const application = useFilingApplication(id);
  const action = useFilingAction();
  const canManage = useCan('filing.manage');
  const canDecide = useCan('filing.decide');
  const { message } = App.useApp();
  const [approving, setApproving] = useState(false);
  const [returning, setReturning] = useState(false);
  const f = filing.data;
  const editable = canManage && (f?.status === 'draft' || f?.status === 'returned');
  const run = (a: Parameters<typeof action.mutateAsync>[0], ok: string) =>
    action.mutateAsync(a).then(
      () => (message.success(ok), true),
      (e) => (message.error(errorMessage(e)), false),
    );

  const rowColumns = [
    { title: '序号', key: 'i', width: 56, render: (_: unknown, __: ScopeRow, i: number) => i + 1 },
    { title: '职业编码', dataIndex: 'code', width: 100 },
    {
      title: '职业名称',
      dataIndex: 'occupationName',
      render: (_: unknown, r: ScopeRow) => `${r.occupationName}（${r.edition} 版）`,
    },
    { title: '工种名称', dataIndex: 'jobName', render: (v: string | null) => v ?? '—' },
    { title: '等级', dataIndex: 'levels', width: 90, render: (v: number[]) => formatLevels(v) },
    { title: '对应专业', dataIndex: 'major', render: (v: string | null) => v ?? '—' },
    {
      title: '评价标准',
      dataIndex: 'standardType',
      width: 130,
      render: (v: ScopeRow['standardType']) => standardTypes[v],
    },
    { title: '学院', dataIndex: 'collegeName', width: 110 },
    ...(editable
      ? [
          {
            title: '',
            key: 'x',
            width: 60,
            render: (_: unknown, r: ScopeRow) => (
              <Popconfirm title="删除这一行？" onConfirm={() => run({ kind: 'removeRow', id, rowId: r.id }, '已删除')}>
                <Typography.Link type="danger">删除</Typography.Link>
              </Popconfirm>
            ),
          },
        ]
      : []),
  ];

  return (
    <Drawer
      open
      width={1100}
      onClose={onClose}
      title={f ? `${f.title} · ${filingStatusNames[f.status]}` : '备案申请'}
      destroyOnHidden
    >
      {f && (
        <Space direction="vertical" size={16} style={{ width: '100%' }} data-testid="filing-drawer">
          <Space wrap>
            <Button icon={<DownloadOutlined />} href={apiUrl('/filings/{id}/pdf', { path: { id } })}>
              备案申请表（PDF）
            </Button>
            <Button icon={<DownloadOutlined />} href={apiUrl('/filings/{id}/xlsx', { path: { id } })}>
              汇总表及认定范围清单（Excel）
            </Button>
            {editable && (
              <Popconfirm
                title="报送后不能再修改，确定报送吗？"
                onConfirm={() => run({ kind: 'submit', id }, '已报送')}
              >
                <Button type="primary">报送</Button>
              </Popconfirm>
            )}
            {canDecide && f.status === 'submitted' && (
              <Button type="primary" onClick={() => setApproving(true)}>
                登记备案回执
              </Button>
            )}
            {canDecide && f.status === 'submitted' && (
              <Button danger onClick={() => setReturning(true)}>
                登记退回
              </Button>
            )}
          </Space>
          {f.replyNumber && (
            <Alert
              type="success"
              showIcon
              message={`备案回执：${f.replyNumber}（${f.replyDate}），申请中的职业（工种）已生效。`}
            />
          )}
          {f.returnReason && f.status === 'returned' && (
            <Alert type="error" showIcon message={`已退回：${f.returnReason}`} />
          )}
          {!!application.data?.warnings.length && (
            <Alert
              type="warning"
              showIcon
              message="备案申请表提示"
              description={
                <ul style={{ margin: 0, paddingLeft: 18 }}>
                  {application.data.warnings.map((w) => (
                    <li key={w}>{w}</li>
                  ))}
                </ul>
              }
            />
          )}
          <Table<ScopeRow>
            size="small"
            rowKey="id"
            columns={rowColumns}
            dataSource={f.rows}
            pagination={false}
            title={() => '申请开展职业技能等级认定的职业（工种）'}
          />
          {editable && <ScopeRowForm onAdd={(body) => run({ kind: 'addRow', id, body }, '已添加')} />}
        </Space>
      )}
      <ModalForm<{ replyNumber: string; replyDate: string; filingCode?: string }>
        open={approving}
        title="登记备案回执"
        width={480}
        modalProps={{ destroyOnHidden: true, onCancel: () => setApproving(false) }}
        onOpenChange={(o) => !o && setApproving(false)}
        onFinish={async (v) => {
          const ok = await run(
            {
              kind: 'approve',
              id,
              body: { ...v, replyDate: dayjs(v.replyDate).format('YYYY-MM-DD'), filingCode: v.filingCode || null },
            },
            '备案回执已登记，认定范围已生效',
          );
          if (ok) setApproving(false);
          return ok;
        }}
      >
        <ProFormText
          name="replyNumber"
          label="回执文号"
          placeholder="如 豫人社函〔2026〕12号"
          rules={[{ required: true, message: '请填写回执文号' }]}
        />
        <ProFormDatePicker name="replyDate" label="回执日期" rules={[{ required: true, message: '请选择回执日期' }]} />
        {f?.category === 'initial' && (
          <ProFormText
            name="filingCode"
            label="机构备案号"
            placeholder="如 Y000041019001"
            rules={[{ required: true, message: '初次备案须填写备案号' }]}
          />
        )}
      </ModalForm>
      <ModalForm<{ reason: string }>
        open={returning}
        title="登记退回"
        width={480}
        modalProps={{ destroyOnHidden: true, onCancel: () => setReturning(false) }}
        onOpenChange={(o) => !o && setReturning(false)}
        onFinish={async (v) => {
          const ok = await run({ kind: 'return', id, body: v }, '已登记退回');
          if (ok) setReturning(false);
          return ok;
        }}
      >
        <ProFormText name="reason" label="退回原因" rules={[{ required: true, message: '请填写退回原因' }]} />
      </ModalForm>
    </Drawer>
  );
}
