import { useSearchParams } from 'react-router-dom';
import { useState } from 'react';
import {
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Modal,
  Popconfirm,
  Row,
  Select,
  Space,
  Statistic,
  Switch,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { PageContainer, ProTable, type ProColumns } from '@ant-design/pro-components';
import dayjs, { type Dayjs } from 'dayjs';
import { levelNames } from '../../../../shared/centre.rules.js';

const levelName = (l: number) => levelNames[l] ?? String(l);
import {
  feeStatusNames,
  paymentKindNames,
  paymentMethodNames,
  paymentMethods,
  type BatchFeeRow,
  type FeeStandard,
  type FeeStandardBody,
  type FeeStatus,
  type PaymentMethod,
} from '../../../../shared/registration.js';
import { apiUrl, errorMessage } from '../../../app/api.js';
import { applyServerErrors } from '../../../app/forms.js';
import { useCan } from '../../../app/session.js';
import { useScope } from '../../centre/api.js';
import { useBatches } from '../../plans/api.js';
import { useBatchFees, useFeeStandardChange, useFeeStandards, useRecordPayment } from './api.js';

const yuan = (v: number | null | undefined) => (v == null ? '—' : `${v.toFixed(2)} 元`);
export const feeStatusColor: Record<FeeStatus, string> = {
  unpaid: 'orange',
  paid: 'success',
  free: 'blue',
  refunded: 'default',
};

/** 收费标准与缴费 (R-FEE-01): the standards per occupation and level, and each batch's payments. */
export function FeesPage() {
  return (
    <PageContainer
      title="收费标准与缴费"
      content="收费严格控制在物价部门核定标准之内，在校学生享受优惠；审核通过的考生缴费后方可领取准考证；收入与退费分别登记（收支两条线）。"
    >
      <Tabs
        items={[
          { key: 'payments', label: '批次缴费', children: <BatchPayments /> },
          { key: 'standards', label: '收费标准', children: <FeeStandards /> },
        ]}
      />
    </PageContainer>
  );
}

function FeeStandards() {
  const list = useFeeStandards();
  const canManage = useCan('fees.manage');
  const change = useFeeStandardChange();
  const { message } = App.useApp();
  const [editing, setEditing] = useState<FeeStandard | 'new' | null>(null);
  const columns: ProColumns<FeeStandard>[] = [
    { title: '职业', dataIndex: 'code', render: (_, s) => `${s.code} ${s.occupationName}（${s.edition} 版）` },
    { title: '等级', dataIndex: 'level', width: 110, render: (_, s) => levelName(s.level) },
    { title: '物价核定价', dataIndex: 'approvedPrice', width: 110, render: (_, s) => yuan(s.approvedPrice) },
    {
      title: '收费标准',
      dataIndex: 'amount',
      width: 110,
      render: (_, s) => (s.free ? <Tag color="blue">免费</Tag> : yuan(s.amount)),
    },
    {
      title: '在校生优惠价',
      dataIndex: 'studentAmount',
      width: 120,
      render: (_, s) => (s.free ? '—' : yuan(s.studentAmount)),
    },
    {
      title: '单科报考收费',
      dataIndex: 'partAmount',
      width: 120,
      render: (_, s) => (s.free ? '—' : yuan(s.partAmount)),
    },
    { title: '备注', dataIndex: 'note', ellipsis: true },
    {
      title: '操作',
      width: 130,
      hideInTable: !canManage,
      render: (_, s) => (
        <Space>
          <Typography.Link onClick={() => setEditing(s)}>修改</Typography.Link>
          <Popconfirm
            title="删除该收费标准？已核定的报名费用不受影响。"
            onConfirm={() =>
              change.mutateAsync({ kind: 'delete', id: s.id }).then(
                () => message.success('已删除'),
                (e) => message.error(errorMessage(e)),
              )
            }
          >
            <Typography.Link type="danger">删除</Typography.Link>
          </Popconfirm>
        </Space>
      ),
    },
  ];
  return (
    <>
      <ProTable<FeeStandard>
        rowKey="id"
        columns={columns}
        dataSource={list.data?.items}
        loading={list.isFetching}
        search={false}
        pagination={false}
        data-testid="fee-standards"
        options={{ reload: () => void list.refetch(), density: false, setting: false, fullScreen: false }}
        headerTitle="收费标准（按职业和等级）"
        toolBarRender={() => [
          canManage && (
            <Button
              key="n"
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setEditing('new')}
              data-testid="fee-standard-create"
            >
              新增收费标准
            </Button>
          ),
        ]}
      />
      {editing && <FeeStandardForm standard={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </>
  );
}

function FeeStandardForm({ standard, onClose }: { standard: FeeStandard | null; onClose: () => void }) {
  const [form] = Form.useForm();
  const scope = useScope({ status: 'active' });
  const change = useFeeStandardChange();
  const { message } = App.useApp();
  const free = Form.useWatch('free', form);
  const occupations = [
    ...new Map(
      (scope.data?.items ?? []).map((r) => [
        `${r.edition}|${r.code}`,
        `${r.code} ${r.occupationName}（${r.edition} 版）`,
      ]),
    ).entries(),
  ];
  if (standard && !occupations.some(([k]) => k === `${standard.edition}|${standard.code}`))
    occupations.unshift([
      `${standard.edition}|${standard.code}`,
      `${standard.code} ${standard.occupationName}（${standard.edition} 版）`,
    ]);
  const submit = async () => {
    const v = await form.validateFields();
    const [edition, code] = String(v.occupation).split('|');
    const body: FeeStandardBody = {
      edition,
      code,
      level: v.level,
      approvedPrice: v.approvedPrice,
      amount: v.free ? 0 : v.amount,
      studentAmount: v.free ? null : (v.studentAmount ?? null),
      partAmount: v.free ? null : (v.partAmount ?? null),
      free: !!v.free,
      note: v.note?.trim() || null,
    };
    try {
      await change.mutateAsync({ kind: 'save', id: standard?.id, body });
      message.success('已保存');
      onClose();
    } catch (e) {
      const rest = applyServerErrors(form, e, [
        'approvedPrice',
        'amount',
        'studentAmount',
        'partAmount',
        'level',
        'code',
      ]);
      if (rest) message.error(rest);
    }
  };
  return (
    <Modal
      open
      title={standard ? '修改收费标准' : '新增收费标准'}
      onCancel={onClose}
      onOk={submit}
      confirmLoading={change.isPending}
      okText="保存"
      destroyOnClose
    >
      <Form
        form={form}
        layout="vertical"
        data-testid="fee-standard-form"
        initialValues={
          standard ? { ...standard, occupation: `${standard.edition}|${standard.code}` } : { free: false, level: 4 }
        }
      >
        <Form.Item name="occupation" label="职业" rules={[{ required: true, message: '请选择职业' }]}>
          <Select
            showSearch
            optionFilterProp="label"
            options={occupations.map(([value, label]) => ({ value, label }))}
            placeholder="认定范围内的职业"
          />
        </Form.Item>
        <Form.Item name="level" label="等级" rules={[{ required: true, message: '请选择等级' }]}>
          <Select options={[1, 2, 3, 4, 5].map((l) => ({ value: l, label: levelName(l) }))} />
        </Form.Item>
        <Form.Item
          name="free"
          label="免费认定"
          valuePropName="checked"
          extra="认定中心不收取评价费用时开启（如河南手册“评价收费依据及标准：不收费”）"
        >
          <Switch />
        </Form.Item>
        <Form.Item
          name="approvedPrice"
          label="物价核定价（元）"
          rules={[{ required: true, message: '请填写物价核定价' }]}
        >
          <InputNumber min={0} precision={2} style={{ width: '100%' }} />
        </Form.Item>
        {!free && (
          <>
            <Form.Item
              name="amount"
              label="收费标准（元）"
              rules={[{ required: true, message: '请填写收费标准' }]}
              extra="不得高于物价核定价"
            >
              <InputNumber min={0} precision={2} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="studentAmount" label="在校生优惠价（元）" extra="留空表示不设优惠；不得高于收费标准">
              <InputNumber min={0} precision={2} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item
              name="partAmount"
              label="单科报考收费（元）"
              extra="上次考试一科合格、一年内只报考另一科的考生所缴费用；留空表示按全额收取"
            >
              <InputNumber min={0} precision={2} style={{ width: '100%' }} data-testid="fee-part-amount" />
            </Form.Item>
          </>
        )}
        <Form.Item name="note" label="备注（收费依据文件等）">
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/**
 * The batch finance most likely works on: reviewed, arranged or in its exam (approved candidates pay before their
 * tickets), else registering, else any; the latest registration among them.
 */
function latestFeeBatch<B extends { state: string; registrationOpensOn: string }>(items: B[]): B | undefined {
  const rank = (b: B) =>
    ['reviewed', 'arranged', 'examining'].includes(b.state) ? 0 : b.state === 'registering' ? 1 : 2;
  return [...items].sort((a, b) => rank(a) - rank(b) || b.registrationOpensOn.localeCompare(a.registrationOpensOn))[0];
}

function BatchPayments() {
  const batches = useBatches({});
  // A link from the home page names its batch (`?batchId=`).
  const [params] = useSearchParams();
  const [chosenId, setBatchId] = useState<string | undefined>(params.get('batchId') ?? undefined);
  // Issue 9: the page opens on the latest batch with fees to collect instead of an empty page.
  const batchId = chosenId ?? latestFeeBatch(batches.data?.items ?? [])?.id;
  const fees = useBatchFees(batchId);
  const canRecord = useCan('payments.record');
  const [action, setAction] = useState<{ kind: 'payment' | 'refund'; row: BatchFeeRow } | null>(null);
  // A batch may hold a thousand candidates: finance finds one by name, student number or receipt, or by fee status.
  const [keyword, setKeyword] = useState('');
  const [status, setStatus] = useState<FeeStatus>();
  const k = keyword.trim().toUpperCase();
  const shown = (fees.data?.items ?? []).filter(
    (r) =>
      (!status || r.feeStatus === status) &&
      (!k ||
        r.personName.includes(keyword.trim()) ||
        (r.studentNumber ?? '').toUpperCase().includes(k) ||
        r.payments.some((p) => p.receiptNumber.toUpperCase().includes(k))),
  );
  const t = fees.data?.income;
  const columns = [
    { title: '姓名', dataIndex: 'personName', width: 90 },
    { title: '证件号码', dataIndex: 'idMasked', width: 170 },
    { title: '学号', dataIndex: 'studentNumber', width: 110, render: (v: string | null) => v ?? '—' },
    { title: '学院', dataIndex: 'collegeName', width: 130, render: (v: string | null) => v ?? '社会人员' },
    { title: '等级', dataIndex: 'level', width: 100, render: (v: number) => levelName(v) },
    { title: '应缴', dataIndex: 'feeDue', width: 90, render: (v: number) => yuan(v) },
    {
      title: '缴费状态',
      dataIndex: 'feeStatus',
      width: 90,
      render: (v: FeeStatus) => <Tag color={feeStatusColor[v]}>{feeStatusNames[v]}</Tag>,
    },
    {
      title: '缴退费记录',
      dataIndex: 'payments',
      render: (_: unknown, r: BatchFeeRow) =>
        r.payments.length
          ? r.payments.map((p) => (
              <div key={p.id}>
                {paymentKindNames[p.kind]} {p.amount.toFixed(2)} 元 · {paymentMethodNames[p.method]} · {p.receiptNumber}{' '}
                · {p.paidOn}
              </div>
            ))
          : '—',
    },
    {
      title: '操作',
      width: 150,
      render: (_: unknown, r: BatchFeeRow) =>
        canRecord && (
          <Space>
            {(r.feeStatus === 'unpaid' || r.feeStatus === 'refunded') && (
              <Typography.Link onClick={() => setAction({ kind: 'payment', row: r })} data-testid="pay">
                登记缴费
              </Typography.Link>
            )}
            {r.feeStatus === 'paid' && (
              <Typography.Link onClick={() => setAction({ kind: 'refund', row: r })} data-testid="refund">
                退费
              </Typography.Link>
            )}
          </Space>
        ),
    },
  ];
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="batch-payments">
      <Space wrap>
        <span>认定批次：</span>
        <Select
          style={{ width: 360, maxWidth: '100%' }}
          showSearch
          optionFilterProp="label"
          placeholder="选择认定批次"
          value={batchId}
          onChange={setBatchId}
          data-testid="fee-batch"
          options={(batches.data?.items ?? []).map((b) => ({ value: b.id, label: b.title }))}
        />
        {batchId && (
          <Input.Search
            allowClear
            placeholder="姓名、学号或票据号"
            style={{ width: 220 }}
            onSearch={setKeyword}
            onChange={(e) => !e.target.value && setKeyword('')}
            data-testid="fee-search"
          />
        )}
        {batchId && (
          <Select
            allowClear
            placeholder="缴费状态"
            style={{ width: 120 }}
            value={status}
            onChange={setStatus}
            options={Object.entries(feeStatusNames).map(([value, label]) => ({ value, label }))}
          />
        )}
        {batchId && (
          <Button icon={<DownloadOutlined />} href={apiUrl('/batches/{id}/payments/xlsx', { path: { id: batchId } })}>
            导出缴费明细
          </Button>
        )}
      </Space>
      {t && (
        <Row gutter={16} data-testid="income">
          {[
            ['缴费收入', yuan(t.paid)],
            ['退费', yuan(t.refunded)],
            ['净收入', yuan(t.net)],
            ['已缴费', `${t.countPaid} 人`],
            ['待缴费', `${t.countUnpaid} 人`],
            ['免费', `${t.countFree} 人`],
          ].map(([title, value]) => (
            <Col key={title} xs={12} sm={8} lg={4}>
              <Card size="small">
                <Statistic title={title} value={value} />
              </Card>
            </Col>
          ))}
        </Row>
      )}
      {batchId && (
        <Table<BatchFeeRow>
          rowKey="applicationId"
          size="small"
          loading={fees.isFetching}
          dataSource={shown}
          columns={columns}
          pagination={{ pageSize: 50 }}
          locale={{ emptyText: '该批次暂无审核通过的报名' }}
          data-testid="fee-rows"
        />
      )}
      {action && <PaymentModal kind={action.kind} row={action.row} onClose={() => setAction(null)} />}
    </Space>
  );
}

function PaymentModal({ kind, row, onClose }: { kind: 'payment' | 'refund'; row: BatchFeeRow; onClose: () => void }) {
  const [form] = Form.useForm();
  const record = useRecordPayment();
  const { message } = App.useApp();
  const refund = kind === 'refund';
  const submit = async () => {
    const v = (await form.validateFields()) as {
      amount: number;
      method: PaymentMethod;
      receiptNumber: string;
      paidOn: Dayjs;
      reason?: string;
      note?: string;
    };
    const base = {
      applicationId: row.applicationId,
      amount: v.amount,
      method: v.method,
      receiptNumber: v.receiptNumber.trim(),
      paidOn: v.paidOn.format('YYYY-MM-DD'),
    };
    try {
      await (refund
        ? record.mutateAsync({ kind: 'refund', body: { ...base, reason: v.reason ?? '' } })
        : record.mutateAsync({ kind: 'payment', body: { ...base, note: v.note?.trim() || null } }));
      message.success(refund ? '已登记退费' : '已登记缴费');
      onClose();
    } catch (e) {
      const rest = applyServerErrors(form, e, ['amount', 'receiptNumber', 'reason', 'paidOn', 'method']);
      if (rest) message.error(rest);
    }
  };
  return (
    <Modal
      open
      title={`${refund ? '退费' : '登记缴费'}：${row.personName}`}
      onCancel={onClose}
      onOk={submit}
      confirmLoading={record.isPending}
      okText="确定"
      destroyOnClose
    >
      <Form
        form={form}
        layout="vertical"
        data-testid="payment-form"
        initialValues={{ amount: refund ? row.paid - row.refunded : row.feeDue, method: 'wechat', paidOn: dayjs() }}
      >
        <Typography.Paragraph type="secondary">
          应缴 {yuan(row.feeDue)}，已缴 {yuan(row.paid)}，已退 {yuan(row.refunded)}
        </Typography.Paragraph>
        <Form.Item
          name="amount"
          label={refund ? '退费金额（元）' : '缴费金额（元）'}
          rules={[{ required: true, message: '请填写金额' }]}
        >
          <InputNumber min={0.01} precision={2} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="method"
          label={refund ? '退费方式' : '缴费方式'}
          rules={[{ required: true, message: '请选择方式' }]}
        >
          <Select options={paymentMethods.map((m) => ({ value: m, label: paymentMethodNames[m] }))} />
        </Form.Item>
        <Form.Item
          name="receiptNumber"
          label={refund ? '退费凭证号' : '票据号'}
          rules={[{ required: true, whitespace: true, message: refund ? '请填写退费凭证号' : '请填写票据号' }]}
        >
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item
          name="paidOn"
          label={refund ? '退费日期' : '缴费日期'}
          rules={[{ required: true, message: '请选择日期' }]}
        >
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        {refund ? (
          <Form.Item
            name="reason"
            label="退费原因"
            rules={[{ required: true, min: 2, message: '请填写退费原因（至少 2 个字）' }]}
          >
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
        ) : (
          <Form.Item name="note" label="备注">
            <Input maxLength={500} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
