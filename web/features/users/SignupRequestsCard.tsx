import { App, Button, Card, Popconfirm, Space, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import type { SignupRequest } from '../../../shared/activation.js';
import { personKindNames } from '../../../shared/people.js';
import { errorMessage } from '../../app/api.js';
import { useDecideSignup, useSignupRequests } from '../accounts/api.js';

/**
 * R-PPL-02: portal sign-ups whose ID number is already on record. They wait here: the admin compares what was
 * given with the record and opens an account linked to it (the record's contact data stay), or refuses.
 */
export function SignupRequestsCard() {
  const list = useSignupRequests(true);
  const decide = useDecideSignup();
  const { message } = App.useApp();
  const items = list.data?.items ?? [];
  if (!items.length) return null;
  const run = (r: SignupRequest, action: 'confirm' | 'reject') =>
    decide.mutate(
      { id: r.id, action },
      {
        onSuccess: () => message.success(action === 'confirm' ? '已开通考生账号' : '已拒绝'),
        onError: (e) => message.error(errorMessage(e)),
      },
    );
  return (
    <Card title={`待核对的注册申请（${items.length}）`} style={{ marginBottom: 16 }} data-testid="signup-requests">
      <Typography.Paragraph type="secondary">
        以下注册所填证件号码已在系统中登记。请核对本人信息后开通（账号与已登记的人员关联，登记的联系方式不变），或拒绝。
      </Typography.Paragraph>
      <Table<SignupRequest>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={items}
        columns={[
          {
            title: '提交时间',
            dataIndex: 'createdAt',
            width: 150,
            render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm'),
          },
          { title: '注册所填姓名', dataIndex: 'givenName', width: 120 },
          { title: '注册所填手机', dataIndex: 'givenPhone', width: 130 },
          { title: '登记姓名', dataIndex: 'recordName', width: 120 },
          { title: '登记证件号码', dataIndex: 'recordIdMasked', width: 190 },
          {
            title: '登记类别',
            dataIndex: 'recordKind',
            width: 100,
            render: (v: string) => personKindNames[v as keyof typeof personKindNames] ?? v,
          },
          { title: '学院', dataIndex: 'recordCollegeName', width: 130, render: (v: string | null) => v ?? '—' },
          { title: '已有账号', dataIndex: 'recordHasAccount', width: 90, render: (v: boolean) => (v ? '是' : '否') },
          {
            title: '操作',
            key: 'op',
            width: 160,
            render: (_, r) => (
              <Space size={0}>
                <Popconfirm
                  title="核对无误，开通考生账号？"
                  onConfirm={() => run(r, 'confirm')}
                  disabled={r.recordHasAccount || r.recordKind === 'staff'}
                >
                  <Button type="link" size="small" disabled={r.recordHasAccount || r.recordKind === 'staff'}>
                    开通
                  </Button>
                </Popconfirm>
                <Popconfirm title="拒绝此注册申请？" onConfirm={() => run(r, 'reject')}>
                  <Button type="link" size="small" danger>
                    拒绝
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}
