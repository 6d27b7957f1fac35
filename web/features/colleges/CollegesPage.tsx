import { useMemo, useState } from 'react';
import { Button, Input, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { PageContainer, ProTable, type ProColumns } from '@ant-design/pro-components';
import dayjs from 'dayjs';
import type { College } from '../../../shared/colleges.js';
import { errorMessage } from '../../app/api.js';
import { useCan } from '../../app/session.js';
import { CollegeFormModal } from '../../components/CollegeFormModal.js';
import { useColleges } from './api.js';

export function CollegesPage() {
  const { data, isFetching, error, refetch } = useColleges();
  const canManage = useCan('colleges.manage');
  const [keyword, setKeyword] = useState('');
  // undefined: closed; null: a new college; a college: editing it.
  const [editing, setEditing] = useState<College | null | undefined>(undefined);

  const rows = useMemo(() => {
    const k = keyword.trim().toLowerCase();
    const items = data?.items ?? [];
    return k
      ? items.filter((c) => [c.code, c.name, c.head, c.contact].some((v) => v?.toLowerCase().includes(k)))
      : items;
  }, [data, keyword]);

  const columns: ProColumns<College>[] = [
    { title: '编码', dataIndex: 'code', width: 110 },
    { title: '名称', dataIndex: 'name' },
    { title: '负责人', dataIndex: 'head', width: 110, render: (_, c) => c.head ?? '—' },
    { title: '联系人', dataIndex: 'contact', width: 110, render: (_, c) => c.contact ?? '—' },
    { title: '联系电话', dataIndex: 'phone', width: 140, render: (_, c) => c.phone ?? '—' },
    {
      title: '创建时间',
      dataIndex: 'createdAt',
      width: 160,
      render: (_, c) => dayjs(c.createdAt).format('YYYY-MM-DD HH:mm'),
    },
  ];
  if (canManage)
    columns.push({
      title: '操作',
      key: 'actions',
      width: 90,
      fixed: 'right',
      render: (_, c) => (
        <Typography.Link onClick={() => setEditing(c)} data-testid={`college-edit-${c.code}`}>
          编辑
        </Typography.Link>
      ),
    });

  return (
    <PageContainer title="二级学院" content="各二级学院负责本学院考生的报名审核和组织工作。">
      <div data-testid="colleges-page">
        <ProTable<College>
          rowKey="id"
          columns={columns}
          dataSource={rows}
          loading={isFetching}
          search={false}
          pagination={{ defaultPageSize: 20, showSizeChanger: true, showTotal: (t) => `共 ${t} 个` }}
          options={{ reload: () => void refetch(), density: true, setting: true, fullScreen: false }}
          headerTitle={error ? <Typography.Text type="danger">{errorMessage(error)}</Typography.Text> : '二级学院列表'}
          scroll={{ x: 800 }}
          toolBarRender={() => [
            <Input.Search
              key="search"
              allowClear
              placeholder="按编码、名称或负责人筛选"
              onSearch={setKeyword}
              onChange={(e) => !e.target.value && setKeyword('')}
              style={{ width: 240 }}
            />,
            canManage && (
              <Button
                key="create"
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setEditing(null)}
                data-testid="college-create"
              >
                新增二级学院
              </Button>
            ),
          ]}
        />
      </div>
      {editing !== undefined && (
        <CollegeFormModal open college={editing ?? undefined} onClose={() => setEditing(undefined)} />
      )}
    </PageContainer>
  );
}
