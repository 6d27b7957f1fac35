import { useState } from 'react';
import {
  Alert,
  App,
  Button,
  DatePicker,
  Descriptions,
  Drawer,
  Form,
  Input,
  Modal,
  Popconfirm,
  Radio,
  Select,
  Space,
  Switch,
  Table,
  Tag,
  Typography,
} from 'antd';
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { complaintChannelNames, type ComplaintSummary } from '../../../shared/complaints.js';
import { errorMessage } from '../../app/api.js';
import { useCan } from '../../app/session.js';
import {
  decisionLetterUrl,
  resultLetterUrl,
  useComplaint,
  useComplaints,
  useComplaintStep,
  useRecordComplaint,
  type ComplaintStep,
} from './api.js';
import { complaintStateColor } from './ComplaintPublicPage.js';
import { EvidenceUpload } from './EvidenceUpload.js';
import { usePersons } from '../people/api.js';

/** R-CMP-02: a due day as a tag: red once overdue, orange on the day itself. */
function DueTag({ day, overdue, done }: { day: string; overdue: boolean; done: boolean }) {
  if (done) return <Typography.Text type="secondary">{day}</Typography.Text>;
  const today = dayjs().format('YYYY-MM-DD');
  return (
    <Tag color={overdue ? 'red' : day === today ? 'orange' : 'blue'} data-testid="due-tag">
      {day}
      {overdue ? ' 已逾期' : day === today ? ' 今日到期' : ''}
    </Tag>
  );
}

/**
 * 考生投诉 (R-CMP-01…04): the complaints with their two limits (decide within 3 working days, result within 7,
 * extendable), recording one received by phone, letter or in person, and the drawer that handles one to its
 * written answer and archives it.
 */
export function ComplaintsPage() {
  const [overdue, setOverdue] = useState(false);
  const [open, setOpen] = useState<string | null>(null);
  const [recording, setRecording] = useState(false);
  const list = useComplaints(overdue);
  const manage = useCan('complaints.manage');
  const columns: ColumnsType<ComplaintSummary> = [
    { title: '收到日期', dataIndex: 'receivedOn', width: 110 },
    { title: '投诉人', dataIndex: 'complainantName', width: 110 },
    { title: '方式', dataIndex: 'channelName', width: 70 },
    { title: '投诉内容', dataIndex: 'complaintText', ellipsis: true },
    {
      title: '状态',
      dataIndex: 'stateName',
      width: 90,
      render: (_, r) => <Tag color={complaintStateColor[r.state]}>{r.stateName}</Tag>,
    },
    { title: '承办人', dataIndex: 'handlerName', width: 90, render: (v: string | null) => v ?? '—' },
    {
      title: '决定是否调查期限',
      width: 150,
      render: (_, r) => <DueTag day={r.acceptDueOn} overdue={r.acceptOverdue} done={r.state !== 'received'} />,
    },
    {
      title: '处理结果期限',
      width: 150,
      render: (_, r) => (
        <DueTag
          day={r.extendedDueOn ?? r.resultDueOn}
          overdue={r.resultOverdue}
          done={r.state !== 'received' && r.state !== 'investigating'}
        />
      ),
    },
  ];
  return (
    <PageContainer
      title="考生投诉"
      content="收到投诉后 3 个工作日内决定是否调查并书面通知投诉人，7 个工作日内作出处理结果（可说明原因延长）；被投诉人员不得承办；办结后归档。"
      extra={
        manage && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setRecording(true)}
            data-testid="record-complaint"
          >
            登记投诉
          </Button>
        )
      }
    >
      <Space style={{ marginBottom: 12 }}>
        <Switch checked={overdue} onChange={setOverdue} data-testid="overdue-only" />
        <span>仅看逾期</span>
      </Space>
      {list.error && <Alert type="error" showIcon message={errorMessage(list.error)} />}
      <Table<ComplaintSummary>
        rowKey="id"
        size="middle"
        loading={list.isPending}
        columns={columns}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 900 }}
        onRow={(r) => ({ onClick: () => setOpen(r.id), style: { cursor: 'pointer' } })}
        data-testid="complaints-table"
      />
      {open && <ComplaintDrawer id={open} onClose={() => setOpen(null)} />}
      {recording && <RecordModal onClose={(id) => (setRecording(false), id && setOpen(id))} />}
    </PageContainer>
  );
}

function RecordModal({ onClose }: { onClose: (id?: string) => void }) {
  const { message } = App.useApp();
  const record = useRecordComplaint();
  const [form] = Form.useForm();
  return (
    <Modal
      open
      title="登记投诉"
      width={640}
      onCancel={() => onClose()}
      okText="登记"
      confirmLoading={record.isPending}
      onOk={() =>
        form.validateFields().then((v) =>
          record.mutate(
            { ...v, receivedOn: v.receivedOn ? v.receivedOn.format('YYYY-MM-DD') : null },
            {
              onSuccess: (r) => {
                void message.success(`已登记，查询码 ${r.trackingCode}（请告知投诉人）`, 8);
                onClose(r.id);
              },
            },
          ),
        )
      }
    >
      {record.error && (
        <Alert type="error" showIcon style={{ marginBottom: 12 }} message={errorMessage(record.error)} />
      )}
      <Form form={form} layout="vertical" initialValues={{ channel: 'phone', receivedOn: dayjs() }}>
        <Space wrap>
          <Form.Item name="channel" label="投诉方式" rules={[{ required: true }]}>
            <Radio.Group
              options={Object.entries(complaintChannelNames).map(([value, label]) => ({ value, label }))}
              optionType="button"
            />
          </Form.Item>
          <Form.Item name="receivedOn" label="收到日期" rules={[{ required: true, message: '请选择收到日期' }]}>
            <DatePicker disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
          </Form.Item>
        </Space>
        <Space wrap>
          <Form.Item name="complainantName" label="投诉人姓名" rules={[{ required: true, message: '请填写' }]}>
            <Input maxLength={50} />
          </Form.Item>
          <Form.Item name="complainantUnit" label="单位">
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="complainantContact" label="联系方式" rules={[{ required: true, message: '请填写' }]}>
            <Input maxLength={100} />
          </Form.Item>
        </Space>
        <Form.Item name="complaintText" label="投诉内容" rules={[{ required: true, min: 5, message: '至少 5 个字' }]}>
          <Input.TextArea rows={4} maxLength={4000} showCount />
        </Form.Item>
        <Form.Item name="respondentPersonIds" label="被投诉人员（从人员信息中选择；被投诉人员不得承办）">
          <PersonPicker />
        </Form.Item>
        <Form.Item name="respondentText" label="被投诉的人员或事项（说明）">
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="evidenceFileIds" label="证据材料">
          <EvidenceUpload />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** R-CMP-03: the persons complained about, searched by name in 人员信息. */
function PersonPicker({ value, onChange }: { value?: string[]; onChange?: (ids: string[]) => void }) {
  const [keyword, setKeyword] = useState('');
  const [known, setKnown] = useState<Map<string, string>>(new Map());
  const q = usePersons({ page: 1, pageSize: 20, keyword: keyword || undefined });
  const found = (q.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.name}（${p.idMasked}）` }));
  const options = [
    ...found,
    ...(value ?? [])
      .filter((id) => !found.some((o) => o.value === id))
      .map((id) => ({ value: id, label: known.get(id) ?? id })),
  ];
  return (
    <Select
      mode="multiple"
      showSearch
      filterOption={false}
      onSearch={setKeyword}
      placeholder="输入姓名查找"
      value={value}
      options={options}
      loading={q.isFetching}
      onChange={(ids: string[]) => {
        setKnown(new Map([...known, ...found.map((o) => [o.value, o.label] as [string, string])]));
        onChange?.(ids);
      }}
      data-testid="respondent-persons"
    />
  );
}

type StepModal = 'decision' | 'extension' | 'result' | null;

function ComplaintDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const { message } = App.useApp();
  const q = useComplaint(id);
  const step = useComplaintStep();
  const [modal, setModal] = useState<StepModal>(null);
  const [form] = Form.useForm();
  const manage = useCan('complaints.manage');
  const decide = useCan('complaints.decide');
  const d = q.data;
  const run = (s: ComplaintStep, done?: () => void) =>
    step.mutate(
      { id, step: s },
      {
        onSuccess: () => (void message.success('已保存'), done?.()),
        onError: (e) => void message.error(errorMessage(e)),
      },
    );
  const submitModal = () =>
    form.validateFields().then((v) => {
      const close = () => (setModal(null), form.resetFields());
      if (modal === 'decision')
        run({ kind: 'decision', body: { investigate: v.investigate, decisionReason: v.decisionReason } }, close);
      if (modal === 'extension')
        run(
          {
            kind: 'extension',
            body: { extendedDueOn: v.extendedDueOn.format('YYYY-MM-DD'), extensionReason: v.extensionReason },
          },
          close,
        );
      if (modal === 'result') run({ kind: 'result', body: { result: v.result } }, close);
    });
  const archived = d?.state === 'archived';
  return (
    <Drawer open width={720} onClose={onClose} title="投诉详情" data-testid="complaint-drawer">
      {q.error && <Alert type="error" showIcon message={errorMessage(q.error)} />}
      {d && (
        <Space direction="vertical" style={{ width: '100%' }} size={16}>
          {archived && <Alert type="info" showIcon message="该投诉已办结归档，只读。" />}
          <Descriptions size="small" column={2} bordered>
            <Descriptions.Item label="状态">
              <Tag color={complaintStateColor[d.state]} data-testid="drawer-state">
                {d.stateName}
              </Tag>
            </Descriptions.Item>
            <Descriptions.Item label="来源">
              {d.sourceName}（{d.channelName}）
            </Descriptions.Item>
            <Descriptions.Item label="投诉人">{d.complainantName}</Descriptions.Item>
            <Descriptions.Item label="单位">{d.complainantUnit ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="联系方式">{d.complainantContact}</Descriptions.Item>
            <Descriptions.Item label="收到日期">{d.receivedOn}</Descriptions.Item>
            <Descriptions.Item label="投诉内容" span={2}>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
                {d.complaintText}
              </Typography.Paragraph>
            </Descriptions.Item>
            <Descriptions.Item label="证据材料" span={2}>
              {d.evidence.length ? d.evidence.map((e) => e.name).join('、') : '—'}
            </Descriptions.Item>
            <Descriptions.Item label="被投诉对象" span={2}>
              {[...d.respondentPersons, ...d.respondentUsers].map((p) => p.name).join('、') || ''}
              {d.respondentText ? ` ${d.respondentText}` : ''}
              {!d.respondentPersons.length && !d.respondentUsers.length && !d.respondentText && '—'}
            </Descriptions.Item>
            {d.appealKind && (
              <Descriptions.Item label="申诉" span={2}>
                {d.appealKindName}：{d.appealLabel ?? '—'}
              </Descriptions.Item>
            )}
            {d.batchTitle && (
              <Descriptions.Item label="认定批次" span={2}>
                {d.batchTitle}
              </Descriptions.Item>
            )}
            <Descriptions.Item label="决定是否调查期限">
              <DueTag day={d.acceptDueOn} overdue={d.acceptOverdue} done={d.state !== 'received'} />
            </Descriptions.Item>
            <Descriptions.Item label="处理结果期限">
              <DueTag
                day={d.extendedDueOn ?? d.resultDueOn}
                overdue={d.resultOverdue}
                done={d.state !== 'received' && d.state !== 'investigating'}
              />
            </Descriptions.Item>
            {d.extendedDueOn && (
              <Descriptions.Item label="延长原因" span={2}>
                原期限 {d.resultDueOn}，延长至 {d.extendedDueOn}：{d.extensionReason}
              </Descriptions.Item>
            )}
            <Descriptions.Item label="承办人" span={2}>
              {archived || !manage ? (
                (d.handlerName ?? '—')
              ) : (
                <Select
                  style={{ width: 240 }}
                  placeholder="指定承办人（被投诉人员不可选）"
                  value={d.handlerId ?? undefined}
                  options={d.handlerChoices.map((u) => ({ value: u.id, label: u.name }))}
                  onChange={(handlerId: string) => run({ kind: 'handler', body: { handlerId } })}
                  data-testid="handler-select"
                />
              )}
            </Descriptions.Item>
            {d.investigate !== null && (
              <Descriptions.Item label="是否调查" span={2}>
                {d.investigate ? '决定调查' : '不予调查'}（{d.decisionNotifiedOn} 书面通知）：{d.decisionReason}
              </Descriptions.Item>
            )}
            {d.result && (
              <Descriptions.Item label="处理结果" span={2}>
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
                  {d.result}（{d.resultNotifiedOn} 告知）
                </Typography.Paragraph>
              </Descriptions.Item>
            )}
            {d.archivedAt && (
              <Descriptions.Item label="归档时间" span={2}>
                {dayjs(d.archivedAt).format('YYYY-MM-DD HH:mm')}
              </Descriptions.Item>
            )}
          </Descriptions>
          <Space wrap>
            {decide && d.state === 'received' && (
              <Button type="primary" onClick={() => setModal('decision')} data-testid="act-decide">
                决定是否调查
              </Button>
            )}
            {manage && (d.state === 'received' || d.state === 'investigating') && (
              <Button onClick={() => setModal('extension')} data-testid="act-extend">
                延长期限
              </Button>
            )}
            {decide && d.state === 'investigating' && (
              <Button type="primary" onClick={() => setModal('result')} data-testid="act-result">
                登记处理结果
              </Button>
            )}
            {decide && (d.state === 'decided' || d.state === 'not_investigated') && (
              <Popconfirm
                title="办结后归档，不能再修改。确定办结？"
                onConfirm={() => run({ kind: 'close' })}
                okButtonProps={{ 'data-testid': 'act-close-ok' } as Record<string, string>}
              >
                <Button data-testid="act-close">办结归档</Button>
              </Popconfirm>
            )}
            {d.decisionNotifiedOn && (
              <Button icon={<DownloadOutlined />} href={decisionLetterUrl(d.id)} data-testid="letter-decision">
                {d.investigate ? '投诉受理通知书' : '不予调查通知书'}
              </Button>
            )}
            {d.resultNotifiedOn && (
              <Button icon={<DownloadOutlined />} href={resultLetterUrl(d.id)} data-testid="letter-result">
                处理结果告知书
              </Button>
            )}
          </Space>
        </Space>
      )}
      <Modal
        open={modal !== null}
        title={modal === 'decision' ? '决定是否调查' : modal === 'extension' ? '延长处理期限' : '登记处理结果'}
        onCancel={() => setModal(null)}
        onOk={submitModal}
        confirmLoading={step.isPending}
        okButtonProps={{ 'data-testid': 'modal-ok' } as Record<string, string>}
        destroyOnClose
      >
        <Form form={form} layout="vertical" preserve={false}>
          {modal === 'decision' && (
            <>
              <Form.Item name="investigate" label="决定" rules={[{ required: true, message: '请选择' }]}>
                <Radio.Group
                  options={[
                    { value: true, label: '进行调查' },
                    { value: false, label: '不予调查' },
                  ]}
                  data-testid="decide-investigate"
                />
              </Form.Item>
              <Form.Item name="decisionReason" label="理由（写入书面通知）" rules={[{ required: true, min: 2 }]}>
                <Input.TextArea rows={3} maxLength={2000} data-testid="decide-reason" />
              </Form.Item>
            </>
          )}
          {modal === 'extension' && (
            <>
              <Form.Item name="extendedDueOn" label="延长至" rules={[{ required: true, message: '请选择日期' }]}>
                <DatePicker />
              </Form.Item>
              <Form.Item
                name="extensionReason"
                label="延长原因（并及时通知投诉人）"
                rules={[{ required: true, min: 2 }]}
              >
                <Input.TextArea rows={3} maxLength={1000} />
              </Form.Item>
            </>
          )}
          {modal === 'result' && (
            <Form.Item name="result" label="处理结果（写入告知书）" rules={[{ required: true, min: 2 }]}>
              <Input.TextArea rows={5} maxLength={4000} data-testid="result-text" />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </Drawer>
  );
}
