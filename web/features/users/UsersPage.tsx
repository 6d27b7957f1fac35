import { useState } from 'react';
import { App, Popconfirm, Space, Tag, Typography } from 'antd';
import { PageContainer, ProTable, type ProColumns } from '@ant-design/pro-components';
import dayjs from 'dayjs';
import { roleNames, roles, type Role } from '../../../shared/access.js';
import type { User } from '../../../shared/users.js';
import { errorMessage } from '../../app/api.js';
import { useCan, useSession } from '../../app/session.js';
import { text, useListState } from '../../app/useListState.js';
import { OneTimePasswordModal } from './OneTimePasswordModal.js';
import { UserFormModal } from './UserFormModal.js';
import { UserEditModal } from './UserEditModal.js';
import { SignupRequestsCard } from './SignupRequestsCard.js';
import {
  useResetPassword,
  useUserAction,
  useUsers,
  type OneTimePassword,
  type UserAction,
  type UsersFilters,
} from './api.js';

const roleEnum = Object.fromEntries(roles.map((r) => [r, { text: roleNames[r] }]));
const isLocked = (u: User) => !!u.lockedUntil && dayjs(u.lockedUntil).isAfter(dayjs());
const when = (v: string | null, none = '—') => (v ? dayjs(v).format('YYYY-MM-DD HH:mm') : none);

function StatusTags({ user }: { user: User }) {
  const tags = [];
  if (user.disabled) tags.push(<Tag key="d">已停用</Tag>);
  if (isLocked(user))
    tags.push(
      <Tag key="l" color="orange">
        已锁定
      </Tag>,
    );
  if (user.mustChangePassword && !user.disabled)
    tags.push(
      <Tag key="p" color="blue">
        待修改初始密码
      </Tag>,
    );
  if (!tags.length)
    tags.push(
      <Tag key="n" color="green">
        正常
      </Tag>,
    );
  return <Space size={0}>{tags}</Space>;
}

export function UsersPage() {
  const list = useListState<UsersFilters>({});
  const { data, isFetching, error, refetch } = useUsers({ page: list.page, pageSize: list.pageSize, ...list.filters });
  const canManage = useCan('users.manage');
  const me = useSession();
  const action = useUserAction();
  const reset = useResetPassword();
  const [otp, setOtp] = useState<{ title: string; value: OneTimePassword } | null>(null);
  const { message } = App.useApp();

  const run = (u: User, a: UserAction) =>
    action.mutate(
      { id: u.id, action: a },
      {
        onSuccess: () => message.success({ disable: '已停用', enable: '已启用', unlock: '已解锁' }[a]),
        onError: (e) => message.error(errorMessage(e)),
      },
    );
  const resetPassword = (u: User) =>
    reset.mutate(u.id, {
      onSuccess: (r) => setOtp({ title: '密码已重置', value: r }),
      onError: (e) => message.error(errorMessage(e)),
    });

  const columns: ProColumns<User>[] = [
    { title: '关键词', dataIndex: 'keyword', hideInTable: true, fieldProps: { placeholder: '用户名或姓名' } },
    { title: '用户名', dataIndex: 'username', search: false, width: 120, ellipsis: true },
    { title: '姓名', dataIndex: 'displayName', search: false, width: 100, ellipsis: true },
    {
      title: '角色',
      dataIndex: 'role',
      valueType: 'select',
      valueEnum: roleEnum,
      width: 130,
      render: (_, u) => roleNames[u.role],
    },
    {
      title: '所属二级学院',
      dataIndex: 'collegeName',
      search: false,
      width: 130,
      render: (_, u) => u.collegeName ?? '—',
    },
    { title: '状态', dataIndex: 'status', search: false, width: 150, render: (_, u) => <StatusTags user={u} /> },
    {
      title: '最近登录',
      dataIndex: 'lastLoginAt',
      search: false,
      width: 140,
      render: (_, u) => when(u.lastLoginAt, '从未登录'),
    },
    {
      title: '创建日期',
      dataIndex: 'createdAt',
      search: false,
      width: 110,
      render: (_, u) => (u.createdAt ? dayjs(u.createdAt).format('YYYY-MM-DD') : '—'),
    },
  ];
  if (canManage)
    columns.push({
      title: '操作',
      key: 'actions',
      search: false,
      width: 230,
      fixed: 'right',
      render: (_, u) => (
        <Space size={12} data-testid={`user-actions-${u.username}`}>
          <UserEditModal user={u} />
          <Popconfirm
            title={`确定重置“${u.displayName}”的密码吗？`}
            description="将生成新的初始密码，原密码立即失效。"
            onConfirm={() => resetPassword(u)}
          >
            <Typography.Link>重置密码</Typography.Link>
          </Popconfirm>
          {isLocked(u) && (
            <Popconfirm title={`确定解锁“${u.displayName}”吗？`} onConfirm={() => run(u, 'unlock')}>
              <Typography.Link>解锁</Typography.Link>
            </Popconfirm>
          )}
          {u.disabled ? (
            <Popconfirm title={`确定启用“${u.displayName}”吗？`} onConfirm={() => run(u, 'enable')}>
              <Typography.Link>启用</Typography.Link>
            </Popconfirm>
          ) : (
            u.id !== me.user.id && (
              <Popconfirm
                title={`确定停用“${u.displayName}”吗？`}
                description="停用后该账号将无法登录。"
                okButtonProps={{ danger: true }}
                onConfirm={() => run(u, 'disable')}
              >
                <Typography.Link type="danger">停用</Typography.Link>
              </Popconfirm>
            )
          )}
        </Space>
      ),
    });

  return (
    <PageContainer
      title="用户管理"
      content="管理登录本平台的工作人员账号。新账号和重置后的密码只显示一次，首次登录须修改。"
    >
      <div data-testid="users-page">
        {canManage && <SignupRequestsCard />}
        <ProTable<User>
          rowKey="id"
          columns={columns}
          dataSource={data?.items}
          loading={isFetching}
          pagination={list.pagination(data?.total)}
          search={{ labelWidth: 'auto' }}
          onSubmit={(v) => list.search({ keyword: text(v.keyword), role: text(v.role) as Role | undefined })}
          onReset={list.reset}
          options={{ reload: () => void refetch(), density: true, setting: true, fullScreen: false }}
          headerTitle={error ? <Typography.Text type="danger">{errorMessage(error)}</Typography.Text> : '用户列表'}
          scroll={{ x: 1110 }}
          toolBarRender={() =>
            canManage
              ? [<UserFormModal key="create" onCreated={(r) => setOtp({ title: '用户已创建', value: r })} />]
              : []
          }
        />
      </div>
      <OneTimePasswordModal value={otp?.value ?? null} title={otp?.title ?? ''} onClose={() => setOtp(null)} />
    </PageContainer>
  );
}
