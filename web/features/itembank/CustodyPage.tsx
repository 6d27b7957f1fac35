import { useState } from 'react';
import { App, Button, DatePicker, Popconfirm, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import type { ColumnsType } from 'antd/es/table';
import {
  chinaDateTime,
  sealText,
  type CustodyDuty,
  type CustodyQuery,
  type DocumentTransfer,
} from '../../../shared/custody.js';
import { errorMessage } from '../../app/api.js';
import { useCan } from '../../app/session.js';
import {
  custodyExportUrl,
  useCustodyBatches,
  useDeleteDuty,
  useDeleteTransfer,
  useDuties,
  useTransfers,
} from './api.custody.js';
import { DutyDialog, TransferDialog } from './CustodyForms.js';

/**
 * 试卷保管与移交 (R-BANK-03): the 试卷保密室值班记录 (two people on duty, the seal and the count at every hand-over
 * of the shift) and the 文件移交登记表 (H 质量保障 3), with their warnings, forms and PDF/Excel exports.
 */
export function CustodyPage() {
  return (
    <PageContainer
      title="试卷保管与移交"
      content="试卷保密室实行两人 24 小时值班，交接班时检查封存情况并清点数量；考务文件移交须交接双方和主管领导签字。"
    >
      <Tabs
        items={[
          { key: 'duties', label: '值班记录', children: <Duties /> },
          { key: 'transfers', label: '文件移交登记', children: <Transfers /> },
        ]}
      />
    </PageContainer>
  );
}

/** The batch and day-range filters both registers share, and the export buttons. */
function Filters(props: {
  query: CustodyQuery;
  onChange: (q: CustodyQuery) => void;
  register: 'duties' | 'transfers';
  onAdd?: () => void;
  addText: string;
}) {
  const batches = useCustodyBatches();
  const { query } = props;
  return (
    <Space wrap style={{ marginBottom: 12 }}>
      <Select
        allowClear
        showSearch
        optionFilterProp="label"
        placeholder="全部批次"
        style={{ width: 260, maxWidth: '100%' }}
        value={query.batchId}
        onChange={(batchId?: string) => props.onChange({ ...query, batchId })}
        options={(batches.data?.items ?? []).map((b) => ({ value: b.id, label: b.title }))}
        data-testid={`${props.register}-batch`}
      />
      <DatePicker.RangePicker
        allowEmpty={[true, true]}
        placeholder={['开始日期', '结束日期']}
        style={{ maxWidth: '100%' }}
        onChange={(r) =>
          props.onChange({
            ...query,
            from: r?.[0]?.format('YYYY-MM-DD') ?? undefined,
            to: r?.[1]?.format('YYYY-MM-DD') ?? undefined,
          })
        }
      />
      {props.onAdd && (
        <Button type="primary" icon={<PlusOutlined />} onClick={props.onAdd} data-testid={`${props.register}-add`}>
          {props.addText}
        </Button>
      )}
      <Button
        icon={<DownloadOutlined />}
        href={custodyExportUrl(props.register, query, 'pdf')}
        data-testid={`${props.register}-pdf`}
      >
        导出 PDF
      </Button>
      <Button icon={<DownloadOutlined />} href={custodyExportUrl(props.register, query, 'xlsx')}>
        导出 Excel
      </Button>
    </Space>
  );
}

const warningTags = (warnings: string[]) =>
  warnings.length ? (
    <Space direction="vertical" size={2}>
      {warnings.map((w) => (
        <Tag key={w} color="warning" style={{ whiteSpace: 'normal' }}>
          {w}
        </Tag>
      ))}
    </Space>
  ) : (
    <Typography.Text type="success">正常</Typography.Text>
  );

function Duties() {
  const [query, setQuery] = useState<CustodyQuery>({});
  const list = useDuties(query);
  const remove = useDeleteDuty();
  const canManage = useCan('custody.manage');
  const { message } = App.useApp();
  const [dialog, setDialog] = useState<CustodyDuty | 'new' | null>(null);
  const columns: ColumnsType<CustodyDuty> = [
    {
      title: '日期/时段',
      width: 170,
      render: (_, d) => (
        <>
          <div>{chinaDateTime(d.startsAt)}</div>
          <div>至 {chinaDateTime(d.endsAt)}</div>
        </>
      ),
    },
    {
      title: '保管试卷',
      dataIndex: 'subject',
      width: 220,
      render: (_, d) => (
        <>
          <div>{d.subject}</div>
          {d.batchTitle && <Typography.Text type="secondary">{d.batchTitle}</Typography.Text>}
        </>
      ),
    },
    { title: '值班人（两人）', width: 140, render: (_, d) => `${d.keeper1}、${d.keeper2}` },
    {
      title: '封存情况',
      width: 100,
      render: (_, d) => <Tag color={d.sealIntact ? 'green' : 'red'}>{sealText(d.sealIntact)}</Tag>,
    },
    { title: '数量', dataIndex: 'count', width: 70 },
    { title: '核对', width: 180, render: (_, d) => warningTags(d.warnings) },
    { title: '备注', dataIndex: 'note', width: 140, render: (v: string | null) => v ?? '—' },
    actionsColumn<CustodyDuty>({
      canManage,
      what: '值班记录',
      onEdit: setDialog,
      onDelete: (id) => remove.mutateAsync(id).catch((e) => message.error(errorMessage(e))),
    }),
  ];
  return (
    <>
      <Filters
        query={query}
        onChange={setQuery}
        register="duties"
        addText="新增值班记录"
        onAdd={canManage ? () => setDialog('new') : undefined}
      />
      <Table<CustodyDuty>
        rowKey="id"
        size="small"
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        columns={columns}
        scroll={{ x: 1080 }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        onRow={(d) => ({ style: d.warnings.length ? { background: '#fffbe6' } : undefined })}
        data-testid="duties-table"
      />
      {dialog && <DutyDialog duty={dialog === 'new' ? null : dialog} onClose={() => setDialog(null)} />}
    </>
  );
}

function Transfers() {
  const [query, setQuery] = useState<CustodyQuery>({});
  const list = useTransfers(query);
  const remove = useDeleteTransfer();
  const canManage = useCan('custody.manage');
  const { message } = App.useApp();
  const [dialog, setDialog] = useState<DocumentTransfer | 'new' | null>(null);
  const columns: ColumnsType<DocumentTransfer> = [
    {
      title: '文件名称',
      width: 220,
      render: (_, t) => (
        <>
          <div>{t.documentName}</div>
          {t.batchTitle && <Typography.Text type="secondary">{t.batchTitle}</Typography.Text>}
        </>
      ),
    },
    { title: '移交时间', width: 140, render: (_, t) => chinaDateTime(t.transferredAt) },
    { title: '移交地点', dataIndex: 'place', width: 130 },
    { title: '保管员', dataIndex: 'keeper', width: 90 },
    { title: '接收人', dataIndex: 'receiver', width: 110 },
    { title: '领导', dataIndex: 'approver', width: 90 },
    {
      title: '数量/封存',
      width: 130,
      render: (_, t) => (
        <Space direction="vertical" size={2}>
          <span>{t.count ?? '—'}</span>
          {t.sealIntact !== null && <Tag color={t.sealIntact ? 'green' : 'red'}>{sealText(t.sealIntact)}</Tag>}
        </Space>
      ),
    },
    { title: '备注', dataIndex: 'note', width: 140, render: (v: string | null) => v ?? '—' },
    actionsColumn<DocumentTransfer>({
      canManage,
      what: '移交登记',
      onEdit: setDialog,
      onDelete: (id) => remove.mutateAsync(id).catch((e) => message.error(errorMessage(e))),
    }),
  ];
  return (
    <>
      <Filters
        query={query}
        onChange={setQuery}
        register="transfers"
        addText="新增移交登记"
        onAdd={canManage ? () => setDialog('new') : undefined}
      />
      <Table<DocumentTransfer>
        rowKey="id"
        size="small"
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        columns={columns}
        scroll={{ x: 1080 }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        data-testid="transfers-table"
      />
      {dialog && <TransferDialog transfer={dialog === 'new' ? null : dialog} onClose={() => setDialog(null)} />}
    </>
  );
}

/** The 操作 column of a register: edit in the dialog, delete after a confirmation (for those who keep the registers). */
function actionsColumn<T extends { id: string }>(opts: {
  canManage: boolean;
  what: string;
  onEdit: (row: T) => void;
  onDelete: (id: string) => Promise<unknown>;
}): ColumnsType<T>[number] {
  return {
    title: '操作',
    width: 100,
    render: (_, row) =>
      opts.canManage && (
        <Space>
          <a onClick={() => opts.onEdit(row)}>修改</a>
          <Popconfirm
            title={`删除这条${opts.what}？`}
            okText="删除"
            cancelText="取消"
            onConfirm={() => opts.onDelete(row.id)}
          >
            <a>删除</a>
          </Popconfirm>
        </Space>
      ),
  };
}
