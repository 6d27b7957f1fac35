import { useState } from 'react';
import { App, Button, Input, Popconfirm, Select, Space, Tabs, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { PageContainer, ProTable, type ProColumns } from '@ant-design/pro-components';
import { Link, useSearchParams } from 'react-router-dom';
import { supervisorDisqualificationNames } from '../../../shared/people.js';
import type { Supervisor } from '../../../shared/people-staff.js';
import { api, errorMessage, type ApiBody } from '../../app/api.js';
import { useCan } from '../../app/session.js';
import { ExaminerFormModal, ExamStaffFormModal, ExpertFormModal, SupervisorFormModal } from './StaffForms.js';
import { examinerColumns, expertColumns, expiringColumns, supervisorColumns } from './StaffTables.js';
import { useExamStaff, useExaminers, useExperts, useExpiring, useStaffAction, useSupervisors } from './api.js';

type Dialog = 'examiner' | 'supervisor' | 'expert' | 'examStaff' | null;
const table = {
  search: false,
  options: { density: true, setting: true, fullScreen: false, reload: false },
  scroll: { x: 1000 },
  pagination: { defaultPageSize: 20, showTotal: (t: number) => `共 ${t} 人` },
} as const;

/** 考评与督导队伍: examiners, supervisors, experts, proctors, with validity and expiry highlighting. */
export function StaffPage() {
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'examiners';
  const canManage = useCan('staff.manage');
  const [dialog, setDialog] = useState<Dialog>(null);
  const [keyword, setKeyword] = useState('');
  const examiners = useExaminers();
  const supervisors = useSupervisors();
  const experts = useExperts();
  const examStaff = useExamStaff();
  const expiring = useExpiring();
  const disqualify = useStaffAction((b: { id: string } & ApiBody<'/supervisors/{id}/disqualify', 'post'>) =>
    api.post('/supervisors/{id}/disqualify', { path: { id: b.id }, body: { reason: b.reason, note: b.note } }),
  );
  const [reason, setReason] = useState<ApiBody<'/supervisors/{id}/disqualify', 'post'>['reason']>('dereliction');
  const { message } = App.useApp();
  const k = keyword.trim();
  const match = (r: { name: string }) => !k || r.name.includes(k);

  const supCols: ProColumns<Supervisor>[] = canManage
    ? [
        ...supervisorColumns,
        {
          title: '操作',
          key: 'op',
          width: 110,
          render: (_, r) =>
            !r.disqualified && (
              <Popconfirm
                title="取消质量督导资格"
                description={
                  <Select
                    style={{ width: 280 }}
                    value={reason}
                    onChange={setReason}
                    options={Object.entries(supervisorDisqualificationNames).map(([value, label]) => ({
                      value,
                      label,
                    }))}
                  />
                }
                onConfirm={() =>
                  disqualify.mutate({ id: r.id, reason }, { onError: (e) => message.error(errorMessage(e)) })
                }
                okText="确定取消"
                cancelText="返回"
              >
                <a>取消资格</a>
              </Popconfirm>
            ),
        },
      ]
    : supervisorColumns;

  const add = (d: Dialog, label: string) =>
    canManage && (
      <Button key="add" type="primary" icon={<PlusOutlined />} onClick={() => setDialog(d)}>
        {label}
      </Button>
    );
  const search = (
    <Input.Search key="s" allowClear placeholder="按姓名筛选" onSearch={setKeyword} style={{ width: 200 }} />
  );

  return (
    <PageContainer
      title="考评与督导队伍"
      content="考评员证、督导员证有效期 3 年，专家聘期 3 年；即将到期（默认 90 天内）和已过期的以颜色标出。"
    >
      <div data-testid="staff-page">
        <Tabs
          activeKey={tab}
          onChange={(t) => setParams({ tab: t })}
          items={[
            {
              key: 'examiners',
              label: `考评员（${examiners.data?.total ?? 0}）`,
              children: (
                <ProTable
                  rowKey="id"
                  {...table}
                  columns={examinerColumns}
                  dataSource={examiners.data?.items.filter(match)}
                  loading={examiners.isFetching}
                  toolBarRender={() => [search, add('examiner', '登记考评员')]}
                />
              ),
            },
            {
              key: 'supervisors',
              label: `质量督导员（${supervisors.data?.total ?? 0}）`,
              children: (
                <ProTable
                  rowKey="id"
                  {...table}
                  columns={supCols}
                  dataSource={supervisors.data?.items.filter(match)}
                  loading={supervisors.isFetching}
                  toolBarRender={() => [search, add('supervisor', '登记督导员')]}
                />
              ),
            },
            {
              key: 'experts',
              label: `专家（${experts.data?.total ?? 0}）`,
              children: (
                <ProTable
                  rowKey="id"
                  {...table}
                  columns={expertColumns}
                  dataSource={experts.data?.items.filter(match)}
                  loading={experts.isFetching}
                  toolBarRender={() => [search, add('expert', '聘任专家')]}
                />
              ),
            },
            {
              key: 'examStaff',
              label: '监考与考务人员',
              children: (
                <ProTable
                  rowKey="id"
                  {...table}
                  dataSource={examStaff.data?.items.filter(match)}
                  loading={examStaff.isFetching}
                  toolBarRender={() => [search, add('examStaff', '登记人员')]}
                  columns={[
                    {
                      title: '姓名',
                      dataIndex: 'name',
                      render: (_, r) => <Link to={`/people/${r.personId}`}>{r.name}</Link>,
                    },
                    { title: '身份证号', dataIndex: 'idMasked' },
                    {
                      title: '岗位',
                      dataIndex: 'role',
                      render: (_, r) => (r.role === 'proctor' ? '监考人员' : '考务人员'),
                    },
                    {
                      title: '状态',
                      dataIndex: 'active',
                      render: (_, r) =>
                        r.active ? <Tag color="green">在岗</Tag> : <Tag color="red">已终止：{r.endedReason}</Tag>,
                    },
                  ]}
                />
              ),
            },
            {
              key: 'expiring',
              label: (
                <Space>
                  即将到期
                  {!!expiring.data?.items.length && <Tag color="orange">{expiring.data.items.length}</Tag>}
                </Space>
              ),
              children: (
                <ProTable
                  rowKey={(r) => `${r.kind}-${r.id}`}
                  {...table}
                  headerTitle={`${expiring.data?.days ?? 90} 天内到期或已过期未续的证书与聘期`}
                  columns={expiringColumns}
                  dataSource={expiring.data?.items}
                  loading={expiring.isFetching}
                />
              ),
            },
          ]}
        />
      </div>
      {dialog === 'examiner' && <ExaminerFormModal onClose={() => setDialog(null)} />}
      {dialog === 'supervisor' && <SupervisorFormModal onClose={() => setDialog(null)} />}
      {dialog === 'expert' && <ExpertFormModal onClose={() => setDialog(null)} />}
      {dialog === 'examStaff' && <ExamStaffFormModal onClose={() => setDialog(null)} />}
    </PageContainer>
  );
}
