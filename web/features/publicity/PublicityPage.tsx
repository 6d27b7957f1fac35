import { useState } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Drawer,
  Form,
  Input,
  InputNumber,
  Modal,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import type { ColumnsType } from 'antd/es/table';
import dayjs, { type Dayjs } from 'dayjs';
import type { PublicityBatch, PublicityEntry, PublicityObjection, PublicityStage } from '../../../shared/publicity.js';
import { errorMessage } from '../../app/api.js';
import { useCan } from '../../app/session.js';
import {
  exportUrl,
  usePublicityAction,
  usePublicityBatch,
  usePublicityBatches,
  usePublicitySettings,
  useRecordObjection,
  useResolveObjection,
  useSavePublicitySettings,
} from './api.js';

const stageColor: Record<PublicityStage, string> = {
  not_ready: 'default',
  ready: 'blue',
  open: 'orange',
  ended: 'gold',
  final: 'green',
};
const outcomeColor: Record<string, string> = {
  pass: 'green',
  fail: 'red',
  cancelled: 'volcano',
  incomplete: 'default',
};

/**
 * 成绩公示 (R-PUB-01, the centre): batches whose results are signed off start a window of N working days (R-DAYS-01);
 * objections from the public page, the portal or recorded here are resolved with a reason; after the window and with
 * no open objection the results become final and are exported to the authority (成绩上报表, full ID numbers).
 */
export function PublicityPage() {
  const list = usePublicityBatches();
  const [open, setOpen] = useState<string | null>(null);
  const columns: ColumnsType<PublicityBatch> = [
    {
      title: '认定批次',
      render: (_, b) => (
        <>
          <div>{b.title}</div>
          <Typography.Text type="secondary">{b.occupation}</Typography.Text>
        </>
      ),
    },
    { title: '考生', dataIndex: 'candidates', width: 70 },
    {
      title: '状态',
      width: 120,
      render: (_, b) => (
        <Tag color={stageColor[b.stage]} data-testid="publicity-stage">
          {b.stageName}
        </Tag>
      ),
    },
    {
      title: '公示期',
      width: 200,
      render: (_, b) => (b.window ? `${b.window.startsOn} 至 ${b.window.endsOn}` : '—'),
    },
    {
      title: '异议',
      width: 160,
      render: (_, b) =>
        b.objections ? (
          <span>
            {b.openObjections ? <Tag color="red">待处理 {b.openObjections}</Tag> : null}共 {b.objections} 条
          </span>
        ) : (
          '—'
        ),
    },
    {
      title: '操作',
      width: 90,
      render: (_, b) => (
        <Button size="small" onClick={() => setOpen(b.batchId)} data-testid="publicity-open">
          查看
        </Button>
      ),
    },
  ];
  return (
    <PageContainer
      title="成绩公示"
      content="成绩登记表全部签字后开始公示（不少于 5 个工作日）；公示期内受理异议，公示期满且异议全部处理后确定成绩并导出上报。"
    >
      <SettingsCard />
      <Card size="small" title="批次">
        {list.error && <Alert type="error" showIcon message={errorMessage(list.error)} />}
        <Table<PublicityBatch>
          rowKey="batchId"
          size="small"
          loading={list.isLoading}
          dataSource={list.data?.items ?? []}
          columns={columns}
          scroll={{ x: 820 }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: '没有考试中或公示中的批次' }}
          data-testid="publicity-table"
        />
      </Card>
      {open && <BatchDrawer batchId={open} onClose={() => setOpen(null)} />}
    </PageContainer>
  );
}

function SettingsCard() {
  const settings = usePublicitySettings();
  const save = useSavePublicitySettings();
  const canEdit = useCan('publicity.settings');
  const { message } = App.useApp();
  return (
    <Card size="small" style={{ marginBottom: 16 }} loading={settings.isLoading}>
      {settings.data && (
        <Form
          layout="inline"
          initialValues={settings.data}
          disabled={!canEdit}
          onFinish={(v: { workingDays: number }) =>
            save
              .mutateAsync(v)
              .then(() => message.success('设置已保存'))
              .catch((e) => message.error(errorMessage(e)))
          }
        >
          <Form.Item name="workingDays" label="公示期" rules={[{ required: true, message: '请填写天数' }]}>
            <InputNumber min={5} max={30} addonAfter="个工作日" />
          </Form.Item>
          {canEdit && (
            <Button htmlType="submit" loading={save.isPending}>
              保存
            </Button>
          )}
          <Typography.Text type="secondary" style={{ marginLeft: 12 }}>
            不少于 5 个工作日，按“工作日历”中的法定节假日和调休计算。
          </Typography.Text>
        </Form>
      )}
    </Card>
  );
}

function BatchDrawer({ batchId, onClose }: { batchId: string; onClose: () => void }) {
  const q = usePublicityBatch(batchId);
  const d = q.data;
  return (
    <Drawer
      open
      width={Math.min(980, window.innerWidth)}
      title={d ? d.title : '成绩公示'}
      onClose={onClose}
      data-testid="publicity-drawer"
    >
      {q.error && <Alert type="error" showIcon message={errorMessage(q.error)} />}
      {d && (
        <>
          <WindowCard d={d} />
          <ObjectionsCard d={d} />
          <EntriesCard d={d} />
        </>
      )}
    </Drawer>
  );
}

type Detail = NonNullable<ReturnType<typeof usePublicityBatch>['data']>;

function WindowCard({ d }: { d: Detail }) {
  const act = usePublicityAction();
  const canDecide = useCan('publicity.decide');
  const canExport = useCan('publicity.export');
  const { message } = App.useApp();
  const [starting, setStarting] = useState(false);
  const [startsOn, setStartsOn] = useState<Dayjs | null>(null);
  const run = (action: 'start' | 'final' | 'export', ok: string, extra: { startsOn?: string | null } = {}) =>
    act
      .mutateAsync({ batchId: d.batchId, action, ...extra })
      .then(() => {
        message.success(ok);
        setStarting(false);
      })
      .catch((e) => message.error(errorMessage(e)));
  const w = d.window;
  return (
    <Card size="small" title="公示" style={{ marginBottom: 16 }} data-testid="publicity-window">
      {d.blockers.length > 0 && (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} message={`尚不能公示：${d.blockers.join('；')}`} />
      )}
      <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
        <Descriptions.Item label="状态">
          <Tag color={stageColor[d.stage]}>{d.stageName}</Tag>
        </Descriptions.Item>
        <Descriptions.Item label="批次状态">{d.batchStateName}</Descriptions.Item>
        {w && (
          <>
            <Descriptions.Item label="公示期">
              <span data-testid="publicity-period">{`${w.startsOn} 至 ${w.endsOn}（${w.days} 个工作日）`}</span>
            </Descriptions.Item>
            <Descriptions.Item label="可确定成绩">{w.finalFrom ? `${w.finalFrom} 起` : '—'}</Descriptions.Item>
            <Descriptions.Item label="发布人">{w.publishedByName ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="成绩确定">
              {w.finalAt ? `${dayjs(w.finalAt).format('YYYY-MM-DD HH:mm')} ${w.finalByName ?? ''}` : '—'}
            </Descriptions.Item>
            {w.exportSha256 && (
              <Descriptions.Item label="上报表校验值（SHA-256）" span={2}>
                <Typography.Text code style={{ wordBreak: 'break-all' }} data-testid="publicity-sha">
                  {w.exportSha256}
                </Typography.Text>
              </Descriptions.Item>
            )}
          </>
        )}
      </Descriptions>
      <Space wrap style={{ marginTop: 12 }}>
        {canDecide && !w && d.stage === 'ready' && (
          <Button type="primary" onClick={() => setStarting(true)} data-testid="publicity-start">
            开始公示
          </Button>
        )}
        {canDecide && d.stage === 'ended' && (
          <Popconfirm
            title="确定成绩？确定后成绩不再随更正变化，并可导出上报。"
            okText="确定成绩"
            cancelText="取消"
            onConfirm={() => void run('final', '成绩已确定')}
          >
            <Button type="primary" loading={act.isPending} data-testid="publicity-final">
              公示期满，确定成绩
            </Button>
          </Popconfirm>
        )}
        {canDecide && d.stage === 'open' && (
          <>
            <Button type="primary" disabled data-testid="publicity-final">
              公示期满，确定成绩
            </Button>
            <Typography.Text type="secondary" data-testid="publicity-final-from">
              {w?.finalFrom ? `公示期内，${w.finalFrom} 起可确定成绩` : '公示期内不能确定成绩'}
            </Typography.Text>
          </>
        )}
        {canExport && w?.state === 'final' && !w.exportSha256 && (
          <Button
            type="primary"
            loading={act.isPending}
            onClick={() => run('export', '成绩上报表已生成')}
            data-testid="publicity-export"
          >
            导出成绩上报表
          </Button>
        )}
        {canExport && w?.exportSha256 && (
          <Button icon={<DownloadOutlined />} href={exportUrl(d.batchId)} data-testid="publicity-download">
            下载成绩上报表
          </Button>
        )}
      </Space>
      <Modal
        open={starting}
        title="开始成绩公示"
        okText="开始公示"
        cancelText="取消"
        confirmLoading={act.isPending}
        onCancel={() => setStarting(false)}
        onOk={() => run('start', '已开始公示', { startsOn: startsOn ? startsOn.format('YYYY-MM-DD') : null })}
        data-testid="publicity-start-modal"
      >
        <Typography.Paragraph>
          公示开始后，批次进入“成绩公示”状态，公示名单在公示页面公开（姓名、证件号码后四位、准考证号、职业、等级、结果）。
        </Typography.Paragraph>
        <Form layout="vertical">
          <Form.Item label="公示开始日期" extra="不填为今天；非工作日从下一个工作日开始。">
            <DatePicker value={startsOn} onChange={setStartsOn} style={{ width: '100%' }} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}

function ObjectionsCard({ d }: { d: Detail }) {
  const canManage = useCan('publicity.manage');
  const [resolving, setResolving] = useState<PublicityObjection | null>(null);
  const [recording, setRecording] = useState(false);
  const columns: ColumnsType<PublicityObjection> = [
    {
      title: '提出人',
      width: 150,
      render: (_, o) => (
        <>
          <div>{o.name}</div>
          <Typography.Text type="secondary">{o.contact}</Typography.Text>
        </>
      ),
    },
    {
      title: '异议',
      render: (_, o) => (
        <>
          {o.entryLabel && <Tag>{o.entryLabel}</Tag>}
          <div style={{ whiteSpace: 'pre-wrap' }}>{o.content}</div>
          <Typography.Text type="secondary">
            {o.sourceName} · {dayjs(o.createdAt).format('YYYY-MM-DD HH:mm')}
          </Typography.Text>
        </>
      ),
    },
    {
      title: '处理',
      width: 240,
      render: (_, o) =>
        o.state === 'resolved' ? (
          <>
            <Tag color="green">已处理</Tag>
            <div style={{ whiteSpace: 'pre-wrap' }}>{o.resolution}</div>
            <Typography.Text type="secondary">{o.resolvedByName}</Typography.Text>
          </>
        ) : canManage ? (
          <Button size="small" type="primary" onClick={() => setResolving(o)} data-testid="objection-resolve">
            处理
          </Button>
        ) : (
          <Tag color="red">待处理</Tag>
        ),
    },
  ];
  return (
    <Card
      size="small"
      title={`异议（待处理 ${d.openObjections} 条）`}
      style={{ marginBottom: 16 }}
      extra={
        canManage &&
        d.window?.state === 'open' && (
          <Button size="small" onClick={() => setRecording(true)}>
            登记异议
          </Button>
        )
      }
    >
      <Table<PublicityObjection>
        rowKey="id"
        size="small"
        dataSource={d.objectionList}
        columns={columns}
        pagination={false}
        scroll={{ x: 640 }}
        locale={{ emptyText: '没有异议' }}
        data-testid="objections-table"
      />
      {resolving && <ResolveModal o={resolving} onClose={() => setResolving(null)} />}
      {recording && <RecordModal d={d} onClose={() => setRecording(false)} />}
    </Card>
  );
}

function ResolveModal({ o, onClose }: { o: PublicityObjection; onClose: () => void }) {
  const resolve = useResolveObjection();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ resolution: string }>();
  return (
    <Modal
      open
      title="处理异议"
      okText="保存处理结果"
      cancelText="取消"
      confirmLoading={resolve.isPending}
      onCancel={onClose}
      onOk={() =>
        form
          .validateFields()
          .then((v) => resolve.mutateAsync({ id: o.id, resolution: v.resolution }))
          .then(() => {
            message.success('异议已处理');
            onClose();
          })
          .catch((e) => e instanceof Error && message.error(errorMessage(e)))
      }
      data-testid="resolve-modal"
    >
      <Typography.Paragraph type="secondary" style={{ whiteSpace: 'pre-wrap' }}>
        {o.name}：{o.content}
      </Typography.Paragraph>
      <Form form={form} layout="vertical">
        <Form.Item
          name="resolution"
          label="处理结果及理由"
          rules={[{ required: true, whitespace: true, min: 2, message: '请写明处理结果和理由' }]}
        >
          <Input.TextArea rows={4} maxLength={2000} placeholder="如：经复核，成绩录入无误，维持原成绩。" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function RecordModal({ d, onClose }: { d: Detail; onClose: () => void }) {
  const record = useRecordObjection();
  const { message } = App.useApp();
  const [form] = Form.useForm<{
    objectorName: string;
    objectorContact: string;
    objectionText: string;
    applicationId?: string;
  }>();
  return (
    <Modal
      open
      title="登记异议（来信、来电等）"
      okText="登记"
      cancelText="取消"
      confirmLoading={record.isPending}
      onCancel={onClose}
      onOk={() =>
        form
          .validateFields()
          .then((v) =>
            record.mutateAsync({ batchId: d.batchId, body: { ...v, applicationId: v.applicationId ?? null } }),
          )
          .then(() => {
            message.success('异议已登记');
            onClose();
          })
          .catch((e) => e instanceof Error && message.error(errorMessage(e)))
      }
    >
      <Form form={form} layout="vertical">
        <Form.Item name="objectorName" label="姓名" rules={[{ required: true, message: '请填写姓名' }]}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="objectorContact" label="联系方式" rules={[{ required: true, message: '请填写联系方式' }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="applicationId" label="涉及考生（可不选）">
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            options={d.entries.map((e) => ({
              value: e.applicationId,
              label: `${e.no}. ${e.name} ${e.ticketNumber ?? ''}`,
            }))}
          />
        </Form.Item>
        <Form.Item
          name="objectionText"
          label="异议内容"
          rules={[{ required: true, min: 5, message: '请写明异议事项（至少 5 个字）' }]}
        >
          <Input.TextArea rows={4} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function EntriesCard({ d }: { d: Detail }) {
  const score = (e: PublicityEntry, part: string) => {
    const p = e.parts.find((x) => x.part === part);
    if (!p) return '—';
    return p.state === 'scored' || p.state === 'carried' ? String(p.score ?? '') : p.stateName;
  };
  const columns: ColumnsType<PublicityEntry> = [
    { title: '序号', dataIndex: 'no', width: 60 },
    { title: '姓名', dataIndex: 'name', width: 90 },
    { title: '证件号码', dataIndex: 'idMasked', width: 170 },
    { title: '准考证号', dataIndex: 'ticketNumber', width: 150, render: (v: string | null) => v ?? '—' },
    { title: '等级', dataIndex: 'levelName', width: 120 },
    { title: '理论', width: 70, render: (_, e) => score(e, 'theory') },
    { title: '技能', width: 70, render: (_, e) => score(e, 'skill') },
    { title: '综合评审', width: 80, render: (_, e) => score(e, 'review') },
    {
      title: '结果',
      width: 110,
      render: (_, e) => (
        <>
          <Tag color={outcomeColor[e.outcome]}>{e.outcomeName}</Tag>
          {e.changed && <Tag color="purple">公示后更正</Tag>}
        </>
      ),
    },
  ];
  return (
    <Card
      size="small"
      title={d.window?.state === 'final' ? '确定的成绩' : d.window ? '公示名单（成绩更正即时显示）' : '成绩（预览）'}
    >
      <Table<PublicityEntry>
        rowKey="applicationId"
        size="small"
        dataSource={d.entries}
        columns={columns}
        scroll={{ x: 920 }}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: '没有考生成绩' }}
        data-testid="entries-table"
      />
    </Card>
  );
}
