import { useState } from 'react';
import { Button, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { PageContainer, ProTable, type ProColumns } from '@ant-design/pro-components';
import { Link } from 'react-router-dom';
import { personKindNames, staffRoleNames, type PersonQuery } from '../../../shared/people.js';
import { errorMessage } from '../../app/api.js';
import { useCan, useSession } from '../../app/session.js';
import { text, useListState } from '../../app/useListState.js';
import { useColleges } from '../colleges/api.js';
import { PersonFormModal } from './PersonFormModal.js';
import { usePersons, type PersonRow } from './api.js';

type Filters = Omit<PersonQuery, 'page' | 'pageSize'>;

/** 人员信息: candidates and staff, ID numbers masked (R-PPL-02); a college clerk sees its own college only. */
export function PeoplePage() {
  const list = useListState<Filters>({});
  const { data, isFetching, error, refetch } = usePersons({
    page: list.page,
    pageSize: list.pageSize,
    ...list.filters,
  });
  const canManage = useCan('people.manage');
  const clerk = useSession().user.role === 'college_clerk';
  const colleges = useColleges(!clerk);
  const [creating, setCreating] = useState(false);

  const columns: ProColumns<PersonRow>[] = [
    { title: '关键字', dataIndex: 'keyword', hideInTable: true, fieldProps: { placeholder: '姓名、电话、班级或单位' } },
    { title: '证件号码', dataIndex: 'idNumber', hideInTable: true, fieldProps: { placeholder: '完整号码精确查找' } },
    {
      title: '姓名',
      dataIndex: 'name',
      search: false,
      render: (_, p) => (
        <Link to={`/people/${p.id}`} data-testid={`person-${p.name}`}>
          {p.name}
        </Link>
      ),
    },
    {
      title: '证件号码',
      dataIndex: 'idMasked',
      search: false,
      width: 190,
      render: (_, p) => <Typography.Text code>{p.idMasked}</Typography.Text>,
    },
    {
      title: '类别',
      dataIndex: 'kind',
      width: 100,
      valueType: 'select',
      valueEnum: Object.fromEntries(Object.entries(personKindNames).map(([k, v]) => [k, { text: v }])),
      render: (_, p) => personKindNames[p.kind],
    },
    {
      title: '二级学院',
      dataIndex: 'collegeId',
      width: 140,
      hideInSearch: clerk,
      valueType: 'select',
      valueEnum: Object.fromEntries((colleges.data?.items ?? []).map((c) => [c.id, { text: c.name }])),
      render: (_, p) => p.collegeName ?? '—',
    },
    { title: '班级/职称', dataIndex: 'className', search: false, render: (_, p) => p.className ?? p.titleName ?? '—' },
    { title: '联系电话', dataIndex: 'phone', search: false, width: 130, render: (_, p) => p.phone ?? '—' },
    {
      title: '岗位',
      dataIndex: 'roles',
      search: false,
      render: (_, p) => (p.roles.length ? p.roles.map((r) => <Tag key={r}>{staffRoleNames[r]}</Tag>) : '—'),
    },
  ];

  return (
    <PageContainer
      title="人员信息"
      content="考生与工作人员的基本信息；证件号码一律脱敏显示，查看完整号码会记入审计日志。"
    >
      <div data-testid="people-page">
        <ProTable<PersonRow>
          rowKey="id"
          columns={columns}
          dataSource={data?.items}
          loading={isFetching}
          pagination={list.pagination(data?.total)}
          search={{ labelWidth: 'auto', defaultCollapsed: false }}
          onSubmit={(v) => {
            const f = v as Record<string, unknown>;
            list.search({
              keyword: text(f.keyword),
              idNumber: text(f.idNumber),
              kind: text(f.kind) as Filters['kind'],
              collegeId: text(f.collegeId),
            });
          }}
          onReset={list.reset}
          options={{ reload: () => void refetch(), density: true, setting: true, fullScreen: false }}
          headerTitle={error ? <Typography.Text type="danger">{errorMessage(error)}</Typography.Text> : '人员列表'}
          scroll={{ x: 1000 }}
          toolBarRender={() =>
            canManage
              ? [
                  <Button
                    key="create"
                    type="primary"
                    icon={<PlusOutlined />}
                    onClick={() => setCreating(true)}
                    data-testid="person-create"
                  >
                    登记人员
                  </Button>,
                ]
              : []
          }
        />
      </div>
      {creating && <PersonFormModal onClose={() => setCreating(false)} />}
    </PageContainer>
  );
}
