import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import {
  Alert,
  App,
  Button,
  Card,
  Empty,
  Form,
  Input,
  List,
  Modal,
  Result,
  Space,
  Spin,
  Statistic,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { PageContainer } from '@ant-design/pro-components';
import { scorePartNames, type Outcome, type PartState } from '../../../shared/scoring.js';
import { errorMessage, type ApiResponse, type ItemOf } from '../../app/api.js';
import { applyServerErrors } from '../../app/forms.js';
import { useBatchResults, useBatchViolations, useRuleViolation } from './api.js';
import { dateTime, scoreText } from './format.js';

type Results = ApiResponse<'/scoring/batches/{batchId}/results'>;
type ResultRow = Results['rows'][number];
type Violation = ItemOf<'/scoring/batches/{batchId}/violations'>;

const outcomeColors: Record<Outcome, string> = {
  pass: 'green',
  fail: 'red',
  cancelled: 'volcano',
  incomplete: 'default',
};
const partColors: Partial<Record<PartState, string>> = {
  absent: 'orange',
  cancelled: 'volcano',
  cheating: 'red',
  missing: 'default',
  carried: 'blue',
};

/**
 * 批次成绩 (R-SCORE-01/02/03, R-VIOL applied): each candidate's parts and result as the rules give them — pass marks,
 * absent ⇒ 0, the violations' effects, carried parts — and 违纪处理: the centre confirms or overturns each recorded
 * violation with a reason (tier 4 writes the ban until graduation).
 */
export function BatchResultsPage() {
  const { batchId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const results = useBatchResults(batchId);
  const tab = params.get('tab') === 'violations' ? 'violations' : 'results';

  if (results.isLoading) return <Spin style={{ display: 'block', margin: '64px auto' }} />;
  if (results.error)
    return (
      <PageContainer title="批次成绩">
        <Result status="warning" title={errorMessage(results.error)} extra={<Link to="/scoring">返回成绩管理</Link>} />
      </PageContainer>
    );
  const r = results.data!;
  return (
    <PageContainer
      title="批次成绩"
      onBack={() => history.back()}
      subTitle={
        r.signedOff ? <Tag color="green">成绩登记表已全部签字</Tag> : <Tag color="orange">成绩登记表未全部签字</Tag>
      }
      content={<Typography.Text>{r.title}</Typography.Text>}
    >
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(k) => setParams(k === 'results' ? {} : { tab: k }, { replace: true })}
          items={[
            { key: 'results', label: '成绩结果', children: <ResultsTab data={r} /> },
            { key: 'violations', label: '违纪处理', children: <ViolationsTab batchId={batchId} /> },
          ]}
        />
      </Card>
    </PageContainer>
  );
}

function ResultsTab({ data }: { data: Results }) {
  const counts = data.counts;
  const parts = [...new Set(data.rows.flatMap((x) => x.parts.map((p) => p.part)))];
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Space wrap size={32} data-testid="results-counts">
        <Statistic title="考生" value={counts.total ?? data.rows.length} />
        <Statistic title="合格" value={counts.pass ?? 0} valueStyle={{ color: '#389e0d' }} />
        <Statistic title="不合格" value={counts.fail ?? 0} valueStyle={{ color: '#cf1322' }} />
        <Statistic title="成绩取消" value={counts.cancelled ?? 0} />
        <Statistic title="成绩未齐" value={counts.incomplete ?? 0} />
      </Space>
      {!data.signedOff && (
        <Alert type="info" showIcon message="各科目成绩登记表签字完成前，结果随成绩录入和评分变化，仅供核对。" />
      )}
      <Table<ResultRow>
        rowKey="applicationId"
        size="small"
        dataSource={data.rows}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        scroll={{ x: 810 + parts.length * 120 }}
        data-testid="results-table"
        columns={[
          { title: '姓名', dataIndex: 'name', width: 90, fixed: 'left' },
          { title: '准考证号', dataIndex: 'ticketNumber', width: 160, render: (v: string | null) => v ?? '—' },
          { title: '身份证号', dataIndex: 'idMasked', width: 170 },
          { title: '等级', dataIndex: 'level', width: 70, render: (v: number) => `${v} 级` },
          ...parts.map((part) => ({
            title: scorePartNames[part],
            key: part,
            width: 120,
            render: (_: unknown, row: ResultRow) => {
              const p = row.parts.find((x) => x.part === part);
              if (!p) return '—';
              return (
                <Space size={4} wrap>
                  {p.score !== null && <span>{scoreText(p.score)}</span>}
                  {p.state !== 'scored' && <Tag color={partColors[p.state]}>{p.stateName}</Tag>}
                </Space>
              );
            },
          })),
          {
            title: '结果',
            dataIndex: 'outcome',
            width: 100,
            render: (v: Outcome, row) => (
              <Tag color={outcomeColors[v]} data-testid="result-outcome">
                {row.outcomeName}
              </Tag>
            ),
          },
          {
            title: '说明',
            dataIndex: 'reasons',
            width: 220,
            render: (v: string[]) => (v.length ? v.join('；') : null),
          },
        ]}
      />
    </Space>
  );
}

type Ruling = { violation: Violation; state: 'upheld' | 'overturned' };

function ViolationsTab({ batchId }: { batchId: string }) {
  const list = useBatchViolations(batchId);
  const [ruling, setRuling] = useState<Ruling | null>(null);
  if (list.isLoading) return <Spin style={{ display: 'block', margin: '32px auto' }} />;
  if (list.error) return <Alert type="error" showIcon message={errorMessage(list.error)} />;
  const items = list.data!.items;
  if (!items.length) return <Empty description="本批次没有违纪记录" data-testid="violations-empty" />;
  return (
    <>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        message="违纪的处理结果由规则自动计入成绩：第一类取消该科目成绩，第二类该科目按作弊记 0 分，第三类取消本批次全部科目成绩，第四类另禁止毕业前再参加评价。撤销须写明理由（如申诉成立）。"
      />
      <List<Violation>
        dataSource={items}
        data-testid="violations-list"
        renderItem={(v) => (
          <List.Item
            key={v.violationId}
            data-testid="violation-item"
            actions={[
              <Button
                key="up"
                size="small"
                type={v.ruling ? 'default' : 'primary'}
                disabled={v.ruling?.state === 'upheld'}
                onClick={() => setRuling({ violation: v, state: 'upheld' })}
                data-testid="violation-uphold"
              >
                确认处理
              </Button>,
              <Button
                key="over"
                size="small"
                danger
                disabled={v.ruling?.state === 'overturned'}
                onClick={() => setRuling({ violation: v, state: 'overturned' })}
                data-testid="violation-overturn"
              >
                撤销
              </Button>,
            ]}
          >
            <List.Item.Meta
              title={
                <Space wrap size={4}>
                  <span>{v.name}</span>
                  <Tag>{v.kindName}</Tag>
                  <Tag color="red">第 {v.tier} 类</Tag>
                  <span>{v.clauseName}</span>
                </Space>
              }
              description={
                <Space direction="vertical" size={2}>
                  <span>
                    {dateTime(v.occurredAt)} · {v.description}
                  </span>
                  <span>处理：{v.effect}</span>
                  {v.ruling ? (
                    <span>
                      <Tag color={v.ruling.state === 'upheld' ? 'red' : 'default'}>
                        {v.ruling.state === 'upheld' ? '已确认' : '已撤销'}
                      </Tag>
                      {dateTime(v.ruling.decidedAt)} · {v.ruling.reason}
                      {v.ruling.banUntil && `；禁止参加评价至 ${v.ruling.banUntil}`}
                    </span>
                  ) : (
                    <Tag color="orange">待处理（规则已按记录计入成绩）</Tag>
                  )}
                </Space>
              }
            />
          </List.Item>
        )}
      />
      {ruling && <RulingDialog batchId={batchId} ruling={ruling} onClose={() => setRuling(null)} />}
    </>
  );
}

function RulingDialog(props: { batchId: string; ruling: Ruling; onClose: () => void }) {
  const [form] = Form.useForm<{ reason: string }>();
  const rule = useRuleViolation(props.batchId);
  const { message } = App.useApp();
  const { violation: v, state } = props.ruling;
  const upheld = state === 'upheld';
  return (
    <Modal
      open
      title={upheld ? '确认违纪处理' : '撤销违纪处理'}
      okText={upheld ? '确认处理' : '撤销'}
      okButtonProps={{ danger: !upheld }}
      cancelText="取消"
      confirmLoading={rule.isPending}
      onCancel={props.onClose}
      data-testid="ruling-dialog"
      onOk={async () => {
        const { reason } = await form.validateFields();
        try {
          await rule.mutateAsync({ id: v.violationId, body: { state, reason: reason.trim() } });
          message.success(upheld ? '已确认处理' : '已撤销');
          props.onClose();
        } catch (e) {
          const rest = applyServerErrors(form, e, ['reason']);
          if (rest) message.error(rest);
        }
      }}
    >
      <Typography.Paragraph>
        {v.name} · {v.kindName} · 第 {v.tier} 类 {v.clauseName}
        <br />
        {upheld ? `处理结果：${v.effect}` : '撤销后该违纪对成绩的影响解除（已写入的禁考一并解除）。'}
      </Typography.Paragraph>
      <Form form={form} layout="vertical">
        <Form.Item
          name="reason"
          label="处理意见"
          rules={[
            { required: true, message: '请填写处理意见' },
            { min: 2, message: '处理意见至少 2 个字' },
          ]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount data-testid="ruling-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
