import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, Modal, Popconfirm, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import { FilePdfOutlined, FileExcelOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import dayjs from 'dayjs';
import { ACTIVATION_NOTE, activationStates, type CandidateAccount } from '../../../shared/activation.js';
import { errorMessage } from '../../app/api.js';
import { useBatches } from '../plans/api.js';
import { activationSheetUrl, useCandidateAccounts, useReplaceActivationCode } from './api.js';

const stateColor = { pending: 'orange', active: 'green', none: 'default' } as const;

/**
 * Issue 8 item 4: 考生账号与激活码 — the college prints each class's one-time activation codes (PDF or Excel), sees
 * who has activated, and replaces a lost code (the old one stops working at once).
 */
export function CandidateAccountsPage() {
  const batches = useBatches();
  const [batchId, setBatchId] = useState<string>();
  const [className, setClassName] = useState<string>();
  const list = useCandidateAccounts(batchId, className);
  const replace = useReplaceActivationCode();
  const [issued, setIssued] = useState<{ name: string; code: string } | null>(null);
  const { message } = App.useApp();

  const classes = list.data?.classes ?? [];
  // The server answers with the first class when none is chosen yet: that tab is selected.
  useEffect(() => {
    if (!className && list.data?.className) setClassName(list.data.className);
  }, [className, list.data]);
  const items = list.data?.className === className ? (list.data?.items ?? []) : [];

  const renew = (a: CandidateAccount) =>
    replace.mutate(a.userId, {
      onSuccess: (r) => setIssued({ name: a.name, code: r.code }),
      onError: (e) => message.error(errorMessage(e)),
    });

  return (
    <PageContainer
      title="考生账号与激活码"
      content="花名册导入的考生首次登录使用激活码。请按班级下载激活码单发给学生；激活码遗失的，可重新生成（旧码随即作废）。"
    >
      <Card data-testid="candidate-accounts">
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <Alert type="info" showIcon message={ACTIVATION_NOTE} />
          <Select
            style={{ minWidth: 'min(360px, 100%)', maxWidth: '100%' }}
            placeholder="选择认定批次"
            loading={batches.isLoading}
            options={(batches.data?.items ?? []).map((b) => ({
              value: b.id,
              label: `${b.title}（${b.collegeName ?? ''}）`,
            }))}
            value={batchId}
            onChange={(v) => {
              setBatchId(v);
              setClassName(undefined);
            }}
            data-testid="accounts-batch"
            showSearch
            optionFilterProp="label"
          />
          {batchId && !list.isLoading && !classes.length && (
            <Alert type="warning" showIcon message="该批次没有花名册导入的考生账号" />
          )}
          {classes.length > 0 && (
            <Tabs
              activeKey={className}
              onChange={setClassName}
              data-testid="accounts-classes"
              items={classes.map((c) => ({
                key: c.className,
                label: `${c.className}（${c.active}/${c.total} 已激活）`,
              }))}
            />
          )}
          {batchId && className && (
            <Space wrap>
              <Button
                icon={<FilePdfOutlined />}
                href={activationSheetUrl(batchId, className, 'pdf')}
                data-testid="sheet-pdf"
              >
                下载本班激活码（PDF）
              </Button>
              <Button
                icon={<FileExcelOutlined />}
                href={activationSheetUrl(batchId, className, 'xlsx')}
                data-testid="sheet-xlsx"
              >
                下载本班激活码（Excel）
              </Button>
            </Space>
          )}
          {className && (
            <Table<CandidateAccount>
              rowKey="userId"
              size="small"
              loading={list.isFetching}
              dataSource={items}
              pagination={{ pageSize: 50, hideOnSinglePage: true }}
              data-testid="accounts-table"
              columns={[
                { title: '姓名', dataIndex: 'name', width: 120 },
                { title: '学号', dataIndex: 'studentNumber', width: 140, render: (v) => v ?? '—' },
                { title: '学院', dataIndex: 'collegeName', width: 150, render: (v) => v ?? '—' },
                {
                  title: '状态',
                  dataIndex: 'state',
                  width: 120,
                  render: (_, a) => <Tag color={stateColor[a.state]}>{activationStates[a.state]}</Tag>,
                },
                {
                  title: '激活码发放时间',
                  dataIndex: 'issuedAt',
                  width: 160,
                  render: (v: string | null) => (v ? dayjs(v).format('YYYY-MM-DD HH:mm') : '—'),
                },
                {
                  title: '操作',
                  key: 'op',
                  width: 150,
                  render: (_, a) =>
                    a.state === 'active' ? (
                      <Typography.Text type="secondary">—</Typography.Text>
                    ) : (
                      <Popconfirm
                        title={`为${a.name}重新生成激活码？旧激活码将立即作废。`}
                        okText="重新生成"
                        cancelText="取消"
                        onConfirm={() => renew(a)}
                      >
                        <Button type="link" size="small" data-testid={`renew-${a.studentNumber ?? a.userId}`}>
                          {a.state === 'none' ? '生成激活码' : '重新生成激活码'}
                        </Button>
                      </Popconfirm>
                    ),
                },
              ]}
            />
          )}
        </Space>
      </Card>
      <Modal
        open={!!issued}
        title="新的激活码"
        onOk={() => setIssued(null)}
        onCancel={() => setIssued(null)}
        cancelButtonProps={{ style: { display: 'none' } }}
        okText="知道了"
      >
        {issued && (
          <Space direction="vertical">
            <Typography.Text>{issued.name}的新激活码（旧激活码已作废；本班激活码单中也已更新）：</Typography.Text>
            <Typography.Text code copyable style={{ fontSize: 20 }} data-testid="new-code">
              {issued.code}
            </Typography.Text>
          </Space>
        )}
      </Modal>
    </PageContainer>
  );
}
