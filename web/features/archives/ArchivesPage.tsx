import { useState } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Drawer,
  Empty,
  Form,
  Input,
  InputNumber,
  Modal,
  Popconfirm,
  Progress,
  Radio,
  Select,
  Space,
  Table,
  Tag,
  Typography,
  Upload,
} from 'antd';
import { DownloadOutlined, PlusOutlined, SettingOutlined, UploadOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import type { Dayjs } from 'dayjs';
import {
  archiveMedia,
  archiveMediumNames,
  archiveRequestKindNames,
  archiveRequestKinds,
  type ArchiveBatchSummary,
  type ArchiveDetail,
  type ArchiveItem,
  type ArchiveMedium,
  type ArchiveRequest,
} from '../../../shared/archives.js';
import type { BatchState } from '../../../shared/plans.js';
import { errorMessage, fileUrl } from '../../app/api.js';
import { applyServerErrors } from '../../app/forms.js';
import { useCan } from '../../app/session.js';
import { stateColor } from '../../components/batchState.js';
import {
  packageUrl,
  uploadArchiveDocument,
  useAddEntry,
  useArchive,
  useArchiveBatches,
  useArchiveSettings,
  useCloseArchive,
  useCreateRequest,
  useDecideRequest,
  useRemoveEntry,
  useReturnRequest,
  useSaveArchiveSettings,
} from './api.js';

const dateTime = (iso: string | null) => (iso ? new Date(iso).toLocaleString('zh-CN', { hour12: false }) : '—');

/** 认定档案 (R-ARC-01…03): each batch's archive checklist, its closing with the package, retention and the register. */
export function ArchivesPage() {
  const list = useArchiveBatches();
  const [open, setOpen] = useState<string | null>(null);
  const [settings, setSettings] = useState(false);
  const canApprove = useCan('archives.approve');
  return (
    <PageContainer
      title="认定档案"
      content="每个批次成绩公示后，按档案清单收集材料：系统生成的文件自动归入，录像、纸质签字原件等上传文件或登记存放位置；清单齐全后由中心负责人归档，生成带 SHA-256 校验清单和签名的档案包。档案的借阅、复制和销毁须经领导批准并登记，保存期满前不得销毁。"
      extra={
        canApprove ? (
          <Button icon={<SettingOutlined />} onClick={() => setSettings(true)}>
            保存年限
          </Button>
        ) : null
      }
    >
      <Card>
        <Table<ArchiveBatchSummary>
          rowKey="batchId"
          loading={list.isLoading}
          dataSource={list.data?.items ?? []}
          pagination={false}
          locale={{ emptyText: <Empty description="还没有进入成绩公示的批次" /> }}
          onRow={(r) => ({ onClick: () => setOpen(r.batchId), style: { cursor: 'pointer' } })}
          columns={[
            { title: '批次', dataIndex: 'title' },
            {
              title: '状态',
              dataIndex: 'stateName',
              width: 110,
              render: (v: string, r) => <Tag color={stateColor[r.state as BatchState]}>{v}</Tag>,
            },
            {
              title: '档案清单',
              width: 220,
              render: (_, r) => (
                <Space>
                  <Progress
                    percent={Math.round((r.itemsComplete / r.itemsTotal) * 100)}
                    size="small"
                    style={{ width: 110 }}
                    showInfo={false}
                    status={r.itemsComplete === r.itemsTotal ? 'success' : 'active'}
                  />
                  <span data-testid="list-progress">
                    {r.itemsComplete}/{r.itemsTotal}
                  </span>
                </Space>
              ),
            },
            { title: '归档日期', dataIndex: 'closedOn', width: 120, render: (v: string | null) => v ?? '—' },
            {
              title: '待审批申请',
              dataIndex: 'pendingRequests',
              width: 110,
              render: (v: number) => (v ? <Tag color="orange">{v}</Tag> : '—'),
            },
            {
              title: '操作',
              width: 90,
              render: (_, r) => (
                <Button type="link" onClick={() => setOpen(r.batchId)}>
                  档案清单
                </Button>
              ),
            },
          ]}
        />
      </Card>
      <Drawer
        open={!!open}
        onClose={() => setOpen(null)}
        width={1080}
        title="批次档案"
        destroyOnHidden
        data-testid="archive-drawer"
      >
        {open ? <ArchiveView batchId={open} /> : null}
      </Drawer>
      {settings ? <SettingsModal onClose={() => setSettings(false)} /> : null}
    </PageContainer>
  );
}

function ArchiveView({ batchId }: { batchId: string }) {
  const { message } = App.useApp();
  const q = useArchive(batchId);
  const close = useCloseArchive(batchId);
  const canManage = useCan('archives.manage');
  const canApprove = useCan('archives.approve');
  const [adding, setAdding] = useState<ArchiveItem | null>(null);
  const d = q.data;
  if (!d) return <Card loading />;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Descriptions
        bordered
        size="small"
        column={2}
        items={[
          { key: 'title', label: '批次', children: d.title, span: 2 },
          {
            key: 'state',
            label: '状态',
            children: (
              <Tag color={stateColor[d.state as BatchState]} data-testid="archive-state">
                {d.stateName}
              </Tag>
            ),
          },
          {
            key: 'progress',
            label: '档案清单',
            children: (
              <span data-testid="archive-progress">
                已齐全 {d.itemsComplete}/{d.itemsTotal} 项
              </span>
            ),
          },
        ]}
      />
      {d.closing ? (
        <ClosingCard d={d} />
      ) : d.closeRefusal ? (
        <Alert type="warning" showIcon message="暂不能归档" description={d.closeRefusal} data-testid="close-refusal" />
      ) : (
        <Alert
          type="success"
          showIcon
          message="档案清单已齐全，可以归档"
          description="归档后批次状态变为“已归档”，档案清单不能再修改；系统生成档案包，各载体的保存期自归档日起计算。"
          action={
            canApprove ? (
              <Popconfirm
                title="确认归档并生成档案包？"
                description="归档后档案清单不能再修改。"
                okText="归档"
                cancelText="取消"
                onConfirm={async () => {
                  try {
                    await close.mutateAsync();
                    void message.success('已归档，档案包已生成');
                  } catch (e) {
                    void message.error(errorMessage(e));
                  }
                }}
              >
                <Button type="primary" loading={close.isPending}>
                  归档并生成档案包
                </Button>
              </Popconfirm>
            ) : (
              <Typography.Text type="secondary">待中心负责人归档</Typography.Text>
            )
          }
        />
      )}
      <Checklist d={d} editable={canManage && !d.closing} onAdd={setAdding} />
      {d.closing ? <RequestsCard d={d} /> : null}
      {adding ? <EntryModal batchId={batchId} item={adding} onClose={() => setAdding(null)} /> : null}
    </Space>
  );
}

function Checklist({ d, editable, onAdd }: { d: ArchiveDetail; editable: boolean; onAdd: (i: ArchiveItem) => void }) {
  const { message } = App.useApp();
  const remove = useRemoveEntry(d.batchId);
  return (
    <Card size="small" title="档案清单">
      <Table<ArchiveItem>
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={d.items}
        onRow={(r) => ({ 'data-testid': `item-${r.key}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: '序号', width: 56, render: (_, __, i) => i + 1 },
          {
            title: '档案项目',
            width: 230,
            render: (_, r) => (
              <Space direction="vertical" size={0}>
                <Typography.Text strong>{r.name}</Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {r.basis}
                </Typography.Text>
              </Space>
            ),
          },
          {
            title: '系统文件',
            render: (_, r) =>
              r.source === 'manual' ? (
                <Typography.Text type="secondary">{r.productDetail}</Typography.Text>
              ) : (
                <Space direction="vertical" size={0}>
                  <span>
                    <Tag color={r.productReady ? 'green' : 'default'}>{r.productReady ? '已生成' : '未齐全'}</Tag>
                    {r.productDetail}
                  </span>
                  {r.productReady && r.documents.length ? (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {r.documents.join('；')}
                    </Typography.Text>
                  ) : null}
                </Space>
              ),
          },
          {
            title: '补充材料',
            width: 260,
            render: (_, r) =>
              r.entries.length ? (
                <Space direction="vertical" size={2}>
                  {r.entries.map((e) => (
                    <span key={e.id}>
                      <Tag>{e.mediumName}</Tag>
                      {e.fileId ? (
                        <a href={fileUrl(e.fileId)} target="_blank" rel="noreferrer">
                          {e.fileName}
                        </a>
                      ) : (
                        e.location
                      )}
                      {e.note ? <Typography.Text type="secondary">（{e.note}）</Typography.Text> : null}
                      {editable ? (
                        <Popconfirm
                          title="删除这条登记？"
                          okText="删除"
                          cancelText="取消"
                          onConfirm={async () => {
                            try {
                              await remove.mutateAsync(e.id);
                            } catch (err) {
                              void message.error(errorMessage(err));
                            }
                          }}
                        >
                          <Button type="link" size="small" danger>
                            删除
                          </Button>
                        </Popconfirm>
                      ) : null}
                    </span>
                  ))}
                </Space>
              ) : (
                '—'
              ),
          },
          {
            title: '状态',
            width: 80,
            render: (_, r) =>
              r.complete ? (
                <Tag color="success" data-testid="item-complete">
                  齐全
                </Tag>
              ) : (
                <Tag color="warning" data-testid="item-missing">
                  缺少
                </Tag>
              ),
          },
          ...(editable
            ? [
                {
                  title: '操作',
                  width: 80,
                  render: (_: unknown, r: ArchiveItem) => (
                    <Button type="link" icon={<PlusOutlined />} onClick={() => onAdd(r)}>
                      登记
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}

interface EntryForm {
  medium: ArchiveMedium;
  storageLocation?: string;
  entryNote?: string;
}

function EntryModal({ batchId, item, onClose }: { batchId: string; item: ArchiveItem; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<EntryForm>();
  const add = useAddEntry(batchId);
  const [file, setFile] = useState<{ id: string; name: string } | null>(null);
  return (
    <Modal
      open
      title={`登记档案材料：${item.name}`}
      okText="保存"
      cancelText="取消"
      confirmLoading={add.isPending}
      onCancel={onClose}
      onOk={() => form.submit()}
    >
      <Typography.Paragraph type="secondary">
        上传扫描件、照片或录像文件，或填写纸质原件、录像的存放位置（二者至少填一项）。
      </Typography.Paragraph>
      <Form<EntryForm>
        form={form}
        layout="vertical"
        initialValues={{ medium: item.key === 'video' ? 'video' : 'paper' }}
        onFinish={async (v) => {
          try {
            await add.mutateAsync({
              itemKey: item.key,
              medium: v.medium,
              fileId: file?.id ?? null,
              storageLocation: v.storageLocation?.trim() || null,
              entryNote: v.entryNote?.trim() || null,
            });
            void message.success('已登记');
            onClose();
          } catch (e) {
            const rest = applyServerErrors(form, e, ['storageLocation', 'entryNote', 'medium']);
            if (rest) void message.error(rest);
          }
        }}
      >
        <Form.Item name="medium" label="载体" rules={[{ required: true, message: '请选择载体' }]}>
          <Radio.Group
            options={archiveMedia.map((m) => ({ value: m, label: archiveMediumNames[m] }))}
            optionType="button"
          />
        </Form.Item>
        <Form.Item label="文件">
          <Upload
            accept=".jpg,.jpeg,.png,.pdf,.mp4"
            maxCount={1}
            fileList={file ? [{ uid: file.id, name: file.name, status: 'done' as const }] : []}
            onRemove={() => setFile(null)}
            customRequest={async ({ file: f, onSuccess, onError }) => {
              try {
                const meta = await uploadArchiveDocument(f as File);
                setFile({ id: meta.id, name: meta.name });
                onSuccess?.(meta);
              } catch (e) {
                void message.error(errorMessage(e));
                onError?.(e as Error);
              }
            }}
          >
            <Button icon={<UploadOutlined />}>上传文件（图片、PDF 或 MP4）</Button>
          </Upload>
        </Form.Item>
        <Form.Item name="storageLocation" label="存放位置">
          <Input placeholder="如：档案室 A-3 柜第 2 层；录像存于监控服务器 NVR-2" maxLength={200} />
        </Form.Item>
        <Form.Item name="entryNote" label="说明">
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function ClosingCard({ d }: { d: ArchiveDetail }) {
  const c = d.closing!;
  return (
    <Card
      size="small"
      title="已归档"
      extra={
        c.retention.find((r) => r.medium === 'electronic')?.destroyedOn ? null : (
          <Button
            type="primary"
            icon={<DownloadOutlined />}
            href={packageUrl(d.batchId)}
            data-testid="download-package"
          >
            下载档案包
          </Button>
        )
      }
    >
      <Descriptions
        size="small"
        column={2}
        items={[
          { key: 'on', label: '归档日期', children: c.closedOn },
          { key: 'by', label: '归档人', children: c.closedByName ?? '—' },
          { key: 'count', label: '档案包文件数', children: c.documentCount ?? '—' },
          { key: 'key', label: '签名密钥', children: c.signatureKeyId ?? '—' },
          {
            key: 'sha',
            label: '档案包 SHA-256',
            span: 2,
            children: (
              <Typography.Text code copyable>
                {c.packageSha256}
              </Typography.Text>
            ),
          },
        ]}
      />
      <Table
        rowKey="medium"
        size="small"
        pagination={false}
        style={{ marginTop: 12 }}
        dataSource={c.retention}
        columns={[
          { title: '载体', dataIndex: 'mediumName', width: 100 },
          { title: '保存期至', dataIndex: 'until', width: 140 },
          {
            title: '销毁',
            dataIndex: 'destroyedOn',
            render: (v: string | null) => (v ? <Tag color="red">已于 {v} 销毁</Tag> : '—'),
          },
        ]}
      />
    </Card>
  );
}

interface RequestForm {
  kind: ArchiveRequest['kind'];
  medium: ArchiveMedium;
  applicant: string;
  reason: string;
  dueOn?: Dayjs | null;
}

function RequestsCard({ d }: { d: ArchiveDetail }) {
  const { message, modal } = App.useApp();
  const canManage = useCan('archives.manage');
  const canApprove = useCan('archives.approve');
  const decide = useDecideRequest(d.batchId);
  const giveBack = useReturnRequest(d.batchId);
  const [adding, setAdding] = useState(false);
  const run = async (p: Promise<unknown>, ok: string) => {
    try {
      await p;
      void message.success(ok);
    } catch (e) {
      void message.error(errorMessage(e));
    }
  };
  return (
    <Card
      size="small"
      title="借阅、复制与销毁登记"
      extra={
        canManage ? (
          <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            登记申请
          </Button>
        ) : null
      }
    >
      <Table<ArchiveRequest>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={d.requests}
        locale={{ emptyText: '暂无借阅、复制或销毁记录' }}
        columns={[
          { title: '类型', dataIndex: 'kindName', width: 70 },
          { title: '载体', dataIndex: 'mediumName', width: 70 },
          { title: '申请人', dataIndex: 'applicant', width: 120 },
          { title: '事由', dataIndex: 'reason' },
          { title: '登记', width: 150, render: (_, r) => `${r.requestedByName ?? ''} ${dateTime(r.requestedAt)}` },
          {
            title: '审批',
            width: 190,
            render: (_, r) => (
              <Space direction="vertical" size={0}>
                <Tag color={r.state === 'pending' ? 'orange' : r.state === 'rejected' ? 'red' : 'green'}>
                  {r.stateName}
                </Tag>
                {r.decidedByName ? `${r.decidedByName} ${dateTime(r.decidedAt)}` : null}
                {r.decisionNote ? <Typography.Text type="secondary">{r.decisionNote}</Typography.Text> : null}
              </Space>
            ),
          },
          {
            title: '操作',
            width: 150,
            render: (_, r) => (
              <Space size={0}>
                {r.state === 'pending' && canApprove ? (
                  <>
                    <Button
                      type="link"
                      size="small"
                      onClick={() =>
                        modal.confirm({
                          title: `批准${r.kindName}？`,
                          content:
                            r.kind === 'destroy'
                              ? '批准后该载体的档案登记为已销毁，不能恢复。'
                              : `申请人：${r.applicant}`,
                          okText: '批准',
                          cancelText: '取消',
                          onOk: () => run(decide.mutateAsync({ requestId: r.id, approve: true }), '已批准'),
                        })
                      }
                    >
                      批准
                    </Button>
                    <Button
                      type="link"
                      size="small"
                      danger
                      onClick={() => run(decide.mutateAsync({ requestId: r.id, approve: false }), '已记录为不批准')}
                    >
                      不批准
                    </Button>
                  </>
                ) : null}
                {r.kind === 'borrow' && r.state === 'approved' && canManage ? (
                  <Button type="link" size="small" onClick={() => run(giveBack.mutateAsync(r.id), '已登记归还')}>
                    登记归还
                  </Button>
                ) : null}
              </Space>
            ),
          },
        ]}
      />
      {adding ? <RequestModal batchId={d.batchId} onClose={() => setAdding(false)} /> : null}
    </Card>
  );
}

function RequestModal({ batchId, onClose }: { batchId: string; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<RequestForm>();
  const create = useCreateRequest(batchId);
  const kind = Form.useWatch('kind', form);
  return (
    <Modal
      open
      title="登记借阅、复制或销毁申请"
      okText="提交审批"
      cancelText="取消"
      confirmLoading={create.isPending}
      onCancel={onClose}
      onOk={() => form.submit()}
    >
      <Form<RequestForm>
        form={form}
        layout="vertical"
        initialValues={{ kind: 'borrow', medium: 'paper' }}
        onFinish={async (v) => {
          try {
            await create.mutateAsync({
              kind: v.kind,
              medium: v.medium,
              applicant: v.applicant,
              reason: v.reason,
              dueOn: v.kind === 'borrow' && v.dueOn ? v.dueOn.format('YYYY-MM-DD') : null,
            });
            void message.success('已登记，待领导审批');
            onClose();
          } catch (e) {
            const rest = applyServerErrors(form, e, ['kind', 'medium', 'applicant', 'reason', 'dueOn']);
            if (rest) void message.error(rest);
          }
        }}
      >
        <Form.Item name="kind" label="类型" rules={[{ required: true }]}>
          <Radio.Group
            options={archiveRequestKinds.map((k) => ({ value: k, label: archiveRequestKindNames[k] }))}
            optionType="button"
          />
        </Form.Item>
        <Form.Item name="medium" label="载体" rules={[{ required: true }]}>
          <Select options={archiveMedia.map((m) => ({ value: m, label: archiveMediumNames[m] }))} />
        </Form.Item>
        <Form.Item name="applicant" label="申请人" rules={[{ required: true, message: '请填写申请人' }]}>
          <Input maxLength={50} placeholder="姓名及单位" />
        </Form.Item>
        <Form.Item name="reason" label="事由" rules={[{ required: true, message: '请填写事由' }]}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
        {kind === 'borrow' ? (
          <Form.Item name="dueOn" label="归还日期">
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}

function SettingsModal({ onClose }: { onClose: () => void }) {
  const { message } = App.useApp();
  const q = useArchiveSettings();
  const save = useSaveArchiveSettings();
  const [form] = Form.useForm<{ paperYears: number; electronicYears: number; videoYears: number }>();
  return (
    <Modal
      open
      title="档案保存年限"
      okText="保存"
      cancelText="取消"
      confirmLoading={save.isPending}
      onCancel={onClose}
      onOk={() => form.submit()}
    >
      <Typography.Paragraph type="secondary">
        纸质材料至少保存 3 年，电子材料至少 5 年，评价过程视频至少 5 年；新的年限用于此后归档的批次。
      </Typography.Paragraph>
      {q.data ? (
        <Form
          form={form}
          layout="vertical"
          initialValues={q.data}
          onFinish={async (v) => {
            try {
              await save.mutateAsync(v);
              void message.success('已保存');
              onClose();
            } catch (e) {
              const rest = applyServerErrors(form, e, ['paperYears', 'electronicYears', 'videoYears']);
              if (rest) void message.error(rest);
            }
          }}
        >
          <Form.Item name="paperYears" label="纸质档案保存年限（年）" rules={[{ required: true }]}>
            <InputNumber min={3} max={100} precision={0} />
          </Form.Item>
          <Form.Item name="electronicYears" label="电子档案保存年限（年）" rules={[{ required: true }]}>
            <InputNumber min={5} max={100} precision={0} />
          </Form.Item>
          <Form.Item name="videoYears" label="视频资料保存年限（年）" rules={[{ required: true }]}>
            <InputNumber min={5} max={100} precision={0} />
          </Form.Item>
        </Form>
      ) : (
        <Card loading />
      )}
    </Modal>
  );
}
