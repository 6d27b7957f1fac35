import { useState } from 'react';
import {
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Descriptions,
  Empty,
  Form,
  Input,
  InputNumber,
  Modal,
  Row,
  Select,
  Space,
  Statistic,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { CalculatorOutlined, DownloadOutlined, PlusOutlined, SettingOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import dayjs, { type Dayjs } from 'dayjs';
import {
  expenseCategories,
  expenseCategoryNames,
  paidDuties,
  paidDutyNames,
  type Expense,
  type ExpenseCategory,
  type PaidDuty,
} from '../../../shared/finance.js';
import { errorMessage } from '../../app/api.js';
import { applyServerErrors } from '../../app/forms.js';
import { useCan } from '../../app/session.js';
import { useBatches } from '../plans/api.js';
import {
  statementFileUrl,
  useComputeStaffFees,
  useFeeRates,
  useLedger,
  useRecordExpense,
  useSaveFeeRates,
  useStatement,
  useVoidExpense,
} from './api.js';

const yuan = (v: number) => `${v.toFixed(2)} 元`;

/** 批次收支 (R-FEE-01, 收支两条线): each batch's income beside its expenses, and the centre's ledger by year. */
export function FinancePage() {
  return (
    <PageContainer
      title="批次收支"
      content="收入（报名缴费、退费）由缴费登记自动汇总，支出在此逐笔登记，两者分开记录、分别核算（收支两条线）；登记有误的支出作废并注明原因，不删除。"
    >
      <Tabs
        items={[
          { key: 'batch', label: '批次收支明细', children: <BatchAccounts /> },
          { key: 'ledger', label: '中心收支台账', children: <CentreLedger /> },
        ]}
      />
    </PageContainer>
  );
}

function BatchAccounts() {
  const batches = useBatches({});
  const choices = (batches.data?.items ?? []).filter((b) => b.state !== 'draft');
  const [chosen, setChosen] = useState<string>();
  const batchId = chosen ?? choices[0]?.id;
  const statement = useStatement(batchId);
  const canManage = useCan('finance.manage');
  const [adding, setAdding] = useState(false);
  const [computing, setComputing] = useState(false);
  const [rates, setRates] = useState(false);
  const [voiding, setVoiding] = useState<Expense | null>(null);
  const s = statement.data;
  const columns = [
    { title: '日期', dataIndex: 'spentOn', width: 110 },
    {
      title: '类别',
      dataIndex: 'category',
      width: 140,
      render: (v: ExpenseCategory) => expenseCategoryNames[v],
    },
    { title: '收款方', dataIndex: 'payee', width: 130 },
    {
      title: '摘要',
      dataIndex: 'note',
      render: (v: string | null, r: Expense) => (
        <Space size={4} wrap>
          {r.source === 'arrangement' && <Tag color="blue">按编排计算</Tag>}
          {v ?? ''}
        </Space>
      ),
    },
    { title: '凭证号', dataIndex: 'voucherNumber', width: 110, render: (v: string | null) => v ?? '—' },
    { title: '金额', dataIndex: 'amount', width: 110, align: 'right' as const, render: (v: number) => yuan(v) },
    {
      title: '状态',
      dataIndex: 'voided',
      width: 170,
      render: (v: boolean, r: Expense) =>
        v ? <Tag title={r.voidReason ?? ''}>已作废：{r.voidReason}</Tag> : <Tag color="success">有效</Tag>,
    },
    ...(canManage
      ? [
          {
            title: '操作',
            key: 'op',
            width: 80,
            render: (_: unknown, r: Expense) =>
              r.voided ? null : (
                <Button size="small" type="link" danger onClick={() => setVoiding(r)}>
                  作废
                </Button>
              ),
          },
        ]
      : []),
  ];
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        <Select
          aria-label="认定批次"
          style={{ minWidth: 360 }}
          placeholder="选择认定批次"
          loading={batches.isLoading}
          value={batchId}
          onChange={setChosen}
          showSearch
          optionFilterProp="label"
          options={choices.map((b) => ({ value: b.id, label: b.title }))}
        />
        {batchId && (
          <>
            <Button icon={<DownloadOutlined />} href={statementFileUrl(batchId, 'xlsx')}>
              收支明细表（Excel）
            </Button>
            <Button icon={<DownloadOutlined />} href={statementFileUrl(batchId, 'pdf')}>
              收支明细表（PDF）
            </Button>
          </>
        )}
        {canManage && batchId && (
          <>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              登记支出
            </Button>
            <Button icon={<CalculatorOutlined />} onClick={() => setComputing(true)}>
              按考场编排计算劳务费
            </Button>
          </>
        )}
        {canManage && (
          <Button icon={<SettingOutlined />} onClick={() => setRates(true)}>
            劳务费标准
          </Button>
        )}
      </Space>
      {!batchId && <Empty description="暂无已备案的认定批次" />}
      {s && (
        <>
          <Row gutter={16}>
            <Col xs={12} md={6}>
              <Card size="small">
                <Statistic
                  title={`报名缴费（${s.income.paymentCount} 笔）`}
                  value={s.income.payments}
                  precision={2}
                  suffix="元"
                />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card size="small">
                <Statistic
                  title={`退费（${s.income.refundCount} 笔）`}
                  value={s.income.refunds}
                  precision={2}
                  suffix="元"
                />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card size="small">
                <Statistic title="支出合计" value={s.totalExpenses} precision={2} suffix="元" />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card size="small">
                <Statistic
                  title="结余（净收入 − 支出）"
                  value={s.balance}
                  precision={2}
                  suffix="元"
                  valueStyle={{ color: s.balance < 0 ? '#cf1322' : undefined }}
                />
              </Card>
            </Col>
          </Row>
          <Card size="small" title="支出按类别">
            {s.expenses.length ? (
              <Descriptions size="small" column={{ xs: 1, md: 3 }}>
                {s.expenses.map((e) => (
                  <Descriptions.Item key={e.category} label={expenseCategoryNames[e.category]}>
                    {yuan(e.amount)}（{e.count} 笔）
                  </Descriptions.Item>
                ))}
              </Descriptions>
            ) : (
              <Typography.Text type="secondary">尚未登记支出</Typography.Text>
            )}
          </Card>
          <Table<Expense>
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={s.items}
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            rowClassName={(r) => (r.voided ? 'row-voided' : '')}
            locale={{ emptyText: '暂无支出记录' }}
            scroll={{ x: 900 }}
          />
        </>
      )}
      {adding && batchId && <ExpenseModal batchId={batchId} onClose={() => setAdding(false)} />}
      {computing && batchId && <StaffFeesModal batchId={batchId} onClose={() => setComputing(false)} />}
      {rates && <RatesModal onClose={() => setRates(false)} />}
      {voiding && <VoidModal expense={voiding} onClose={() => setVoiding(null)} />}
    </Space>
  );
}

function ExpenseModal({ batchId, onClose }: { batchId: string; onClose: () => void }) {
  const [form] = Form.useForm();
  const record = useRecordExpense();
  const { message } = App.useApp();
  const submit = async () => {
    const v = await form.validateFields();
    try {
      await record.mutateAsync({ ...v, batchId, spentOn: (v.spentOn as Dayjs).format('YYYY-MM-DD') });
      message.success('支出已登记');
      onClose();
    } catch (e) {
      const rest = applyServerErrors(form, e, [
        'expenseCategory',
        'amount',
        'spentOn',
        'payee',
        'voucherNumber',
        'note',
      ]);
      if (rest) message.error(rest);
    }
  };
  return (
    <Modal open title="登记支出" okText="登记" onOk={submit} onCancel={onClose} confirmLoading={record.isPending}>
      <Form form={form} layout="vertical" initialValues={{ spentOn: dayjs() }}>
        <Form.Item name="expenseCategory" label="支出类别" rules={[{ required: true, message: '请选择支出类别' }]}>
          <Select options={expenseCategories.map((c) => ({ value: c, label: expenseCategoryNames[c] }))} />
        </Form.Item>
        <Form.Item name="amount" label="金额（元）" rules={[{ required: true, message: '请填写金额' }]}>
          <InputNumber min={0.01} precision={2} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="spentOn" label="支出日期" rules={[{ required: true, message: '请选择支出日期' }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="payee" label="收款方" rules={[{ required: true, message: '请填写收款方' }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="voucherNumber" label="凭证号">
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item name="note" label="说明">
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function StaffFeesModal({ batchId, onClose }: { batchId: string; onClose: () => void }) {
  const [day, setDay] = useState<Dayjs>(dayjs());
  const compute = useComputeStaffFees();
  const rates = useFeeRates();
  const { message } = App.useApp();
  return (
    <Modal
      open
      title="按考场编排计算劳务费"
      okText="计算并登记"
      confirmLoading={compute.isPending}
      onCancel={onClose}
      onOk={async () => {
        try {
          const r = await compute.mutateAsync({ batchId, spentOn: day.format('YYYY-MM-DD') });
          message.success(`已登记劳务费 ${r.created} 笔，共 ${r.total.toFixed(2)} 元`);
          onClose();
        } catch (e) {
          message.error(errorMessage(e));
        }
      }}
    >
      <Typography.Paragraph>
        按已发布的考场编排，逐人统计考评、督导、监考、考场负责人和考务的场次，乘以每场劳务费标准，登记为本批次支出。
      </Typography.Paragraph>
      <Descriptions size="small" column={1} bordered>
        {paidDuties.map((d) => (
          <Descriptions.Item key={d} label={paidDutyNames[d]}>
            {rates.data ? `${rates.data.rates[d].toFixed(2)} 元/场` : '—'}
          </Descriptions.Item>
        ))}
      </Descriptions>
      <Space style={{ marginTop: 16 }}>
        支出日期
        <DatePicker value={day} onChange={(d) => d && setDay(d)} allowClear={false} />
      </Space>
    </Modal>
  );
}

function RatesModal({ onClose }: { onClose: () => void }) {
  const rates = useFeeRates();
  const save = useSaveFeeRates();
  const canManage = useCan('finance.manage');
  const [form] = Form.useForm();
  const { message } = App.useApp();
  if (!rates.data) return null;
  return (
    <Modal
      open
      title="劳务费标准（元/场）"
      okText="保存"
      okButtonProps={{ disabled: !canManage }}
      confirmLoading={save.isPending}
      onCancel={onClose}
      onOk={async () => {
        const v = await form.validateFields();
        try {
          await save.mutateAsync({ rates: v });
          message.success('劳务费标准已保存');
          onClose();
        } catch (e) {
          message.error(errorMessage(e));
        }
      }}
    >
      <Form form={form} layout="horizontal" labelCol={{ span: 8 }} initialValues={rates.data.rates}>
        {paidDuties.map((d: PaidDuty) => (
          <Form.Item key={d} name={d} label={paidDutyNames[d]} rules={[{ required: true, message: '请填写金额' }]}>
            <InputNumber min={0} precision={2} addonAfter="元/场" style={{ width: '100%' }} />
          </Form.Item>
        ))}
      </Form>
    </Modal>
  );
}

function VoidModal({ expense, onClose }: { expense: Expense; onClose: () => void }) {
  const [reason, setReason] = useState('');
  const act = useVoidExpense();
  const { message } = App.useApp();
  return (
    <Modal
      open
      title="作废支出"
      okText="作废"
      okButtonProps={{ danger: true, disabled: reason.trim().length < 2 }}
      confirmLoading={act.isPending}
      onCancel={onClose}
      onOk={async () => {
        try {
          await act.mutateAsync({ id: expense.id, reason: reason.trim() });
          message.success('已作废');
          onClose();
        } catch (e) {
          message.error(errorMessage(e));
        }
      }}
    >
      <Typography.Paragraph>
        {expenseCategoryNames[expense.category]}
        {'\u3000'}
        {expense.payee}
        {'\u3000'}
        {yuan(expense.amount)}
      </Typography.Paragraph>
      <Input.TextArea
        aria-label="作废原因"
        rows={2}
        placeholder="作废原因（至少 2 个字）"
        value={reason}
        onChange={(e) => setReason(e.target.value)}
      />
    </Modal>
  );
}

function CentreLedger() {
  const [year, setYear] = useState<number>();
  const ledger = useLedger(year);
  const years = ledger.data?.years ?? [];
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Select
        aria-label="年度"
        style={{ width: 160 }}
        allowClear
        placeholder="全部年度"
        value={year}
        onChange={setYear}
        options={years.map((y) => ({ value: y, label: `${y} 年` }))}
      />
      <Table
        rowKey={(r) => `${r.year} ${r.batchId}`}
        size="small"
        loading={ledger.isLoading}
        dataSource={ledger.data?.items ?? []}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: '暂无收支记录' }}
        columns={[
          { title: '年度', dataIndex: 'year', width: 80 },
          { title: '认定批次', dataIndex: 'batchTitle' },
          { title: '缴费收入', dataIndex: 'payments', width: 120, align: 'right', render: yuan },
          { title: '退费', dataIndex: 'refunds', width: 110, align: 'right', render: yuan },
          { title: '支出', dataIndex: 'expenses', width: 120, align: 'right', render: yuan },
          { title: '结余', dataIndex: 'balance', width: 120, align: 'right', render: yuan },
        ]}
        summary={() =>
          (ledger.data?.totals ?? []).map((t) => (
            <Table.Summary.Row key={t.year}>
              <Table.Summary.Cell index={0}>{t.year}</Table.Summary.Cell>
              <Table.Summary.Cell index={1}>
                <Typography.Text strong>{t.year} 年合计</Typography.Text>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={2} align="right">
                {yuan(t.payments)}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={3} align="right">
                {yuan(t.refunds)}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={4} align="right">
                {yuan(t.expenses)}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={5} align="right">
                <Typography.Text strong>{yuan(t.balance)}</Typography.Text>
              </Table.Summary.Cell>
            </Table.Summary.Row>
          ))
        }
      />
    </Space>
  );
}
