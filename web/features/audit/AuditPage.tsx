import { useMemo, useState } from 'react';
import { App, Button, Modal, Tooltip, Typography } from 'antd';
import { ExportOutlined } from '@ant-design/icons';
import { PageContainer, ProTable, type ProColumns } from '@ant-design/pro-components';
import dayjs from 'dayjs';
import { actionNames, entityNames, type AuditRow } from '../../../shared/audit.js';
import { roleNames, type Role } from '../../../shared/access.js';
import { errorMessage } from '../../app/api.js';
import { useCan } from '../../app/session.js';
import { text, useListState } from '../../app/useListState.js';
import { JobStatus } from '../../components/JobStatus.js';
import { BeforeAfter } from './BeforeAfter.js';
import { CheckpointBar } from './CheckpointBar.js';
import { useAuditEntities, useAuditExport, useAuditList, type AuditFilters } from './api.js';

const asDay = (v: unknown) => (v ? dayjs(v as string).format('YYYY-MM-DD') : undefined);

/** The ProTable search form's values → the API's filter fields. */
function toFilters(v: Record<string, unknown>): AuditFilters {
  const range = Array.isArray(v.dateRange) ? v.dateRange : [];
  return {
    actor: text(v.actor),
    entity: text(v.entity),
    action: text(v.action),
    from: asDay(v.from ?? range[0]),
    to: asDay(v.to ?? range[1]),
  };
}

export function AuditPage() {
  const list = useListState<AuditFilters>({});
  const { data, isFetching, error, refetch } = useAuditList({
    page: list.page,
    pageSize: list.pageSize,
    ...list.filters,
  });
  const entities = useAuditEntities();
  const canExport = useCan('audit.export');
  const exporter = useAuditExport();
  const [jobId, setJobId] = useState<string | null>(null);
  const { message } = App.useApp();

  const entityEnum = useMemo(() => {
    const codes = entities.data ?? Object.keys(entityNames);
    return Object.fromEntries(codes.map((c) => [c, { text: entityNames[c] ?? c }]));
  }, [entities.data]);
  const actionEnum = useMemo(
    () => Object.fromEntries(Object.entries(actionNames).map(([k, v]) => [k, { text: v }])),
    [],
  );

  const columns: ProColumns<AuditRow>[] = [
    { title: '序号', dataIndex: 'seq', width: 80, search: false },
    {
      title: '时间',
      dataIndex: 'at',
      width: 170,
      search: false,
      render: (_, r) => dayjs(r.at).format('YYYY-MM-DD HH:mm:ss'),
    },
    { title: '日期范围', dataIndex: 'dateRange', valueType: 'dateRange', hideInTable: true },
    { title: '操作人', dataIndex: 'actor', hideInTable: true, fieldProps: { placeholder: '姓名或用户编号' } },
    { title: '操作人', dataIndex: 'actorName', width: 110, search: false, render: (_, r) => r.actorName ?? '系统' },
    {
      title: '角色',
      dataIndex: 'actorRole',
      width: 120,
      search: false,
      render: (_, r) => (r.actorRole ? (roleNames[r.actorRole as Role] ?? r.actorRole) : '—'),
    },
    { title: 'IP', dataIndex: 'ip', width: 130, search: false, render: (_, r) => r.ip ?? '—' },
    {
      title: '操作',
      dataIndex: 'action',
      width: 110,
      valueType: 'select',
      valueEnum: actionEnum,
      fieldProps: { showSearch: true },
      render: (_, r) => r.actionName,
    },
    {
      title: '对象类型',
      dataIndex: 'entity',
      valueType: 'select',
      valueEnum: entityEnum,
      hideInTable: true,
    },
    {
      title: '对象类型',
      dataIndex: 'entityName',
      width: 110,
      search: false,
      render: (_, r) => r.entityName,
    },
    {
      title: '对象',
      dataIndex: 'objectLabel',
      search: false,
      width: 260,
      // Issue 9: the object as a person reads it (a batch's title, a person's name); the raw id on hover.
      render: (_, r) =>
        r.entityId ? (
          <Tooltip title={<span data-testid="audit-object-id">编号：{r.entityId}</span>}>
            <Typography.Text
              ellipsis
              type={r.objectLabel ? undefined : 'secondary'}
              style={{ maxWidth: 240 }}
              data-testid="audit-object"
            >
              {r.objectLabel ?? `编号 ${r.entityId.length > 12 ? `${r.entityId.slice(0, 8)}…` : r.entityId}`}
            </Typography.Text>
          </Tooltip>
        ) : (
          (r.objectLabel ?? '—')
        ),
    },
  ];

  const startExport = () =>
    exporter.mutate(list.filters, {
      onSuccess: (r) => setJobId(r.jobId),
      onError: (e) => message.error(errorMessage(e)),
    });

  return (
    <PageContainer title="审计日志" content="记录系统中所有关键操作，按时间倒序排列，不可修改或删除。">
      <CheckpointBar />
      <div data-testid="audit-page">
        <ProTable<AuditRow>
          rowKey="seq"
          columns={columns}
          dataSource={data?.items}
          loading={isFetching}
          pagination={list.pagination(data?.total)}
          search={{ labelWidth: 'auto', defaultCollapsed: window.innerWidth < 1200 }}
          dateFormatter="string"
          onSubmit={(v) => list.search(toFilters(v as Record<string, unknown>))}
          onReset={list.reset}
          options={{ reload: () => void refetch(), density: true, setting: true, fullScreen: false }}
          headerTitle={error ? <Typography.Text type="danger">{errorMessage(error)}</Typography.Text> : '操作记录'}
          scroll={{ x: 1000 }}
          expandable={{
            expandedRowRender: (r) => <BeforeAfter row={r} />,
            rowExpandable: (r) => r.before != null || r.after != null,
          }}
          toolBarRender={() =>
            canExport
              ? [
                  <Button
                    key="export"
                    icon={<ExportOutlined />}
                    loading={exporter.isPending}
                    onClick={startExport}
                    data-testid="audit-export"
                  >
                    导出 Excel
                  </Button>,
                ]
              : []
          }
        />
      </div>
      <Modal
        title="导出审计日志"
        open={!!jobId}
        onCancel={() => setJobId(null)}
        footer={<Button onClick={() => setJobId(null)}>关闭</Button>}
        destroyOnHidden
      >
        {jobId && <JobStatus jobId={jobId} />}
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0, fontSize: 12 }}>
          按当前的筛选条件导出全部匹配记录。
        </Typography.Paragraph>
      </Modal>
    </PageContainer>
  );
}
