import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert, App, Button, Card, Form, Input, Modal, Segmented, Space, Table, Tag, Typography } from 'antd';
import { PageContainer } from '@ant-design/pro-components';
import { errorMessage, type ItemOf } from '../../app/api.js';
import { useCan } from '../../app/session.js';
import { useCorrections, useDecideCorrection, type CorrectionState } from './api.js';
import { dateTime } from './format.js';

type Correction = ItemOf<'/scoring/corrections'>;

const stateNames: Record<CorrectionState, string> = { requested: '待审批', approved: '已批准', rejected: '已驳回' };
const stateColors: Record<CorrectionState, string> = { requested: 'orange', approved: 'green', rejected: 'default' };
type Filter = CorrectionState | 'all';

/**
 * 成绩更正 (R-SCORE-04): after a 成绩登记表 is signed a score changes only through a correction with its reason,
 * requested by the centre and approved or rejected by the centre head; approved corrections flow on to the results,
 * publicity and certificates. Every step is audited.
 */
export function CorrectionsPage() {
  const [filter, setFilter] = useState<Filter>('requested');
  const list = useCorrections(filter === 'all' ? undefined : filter);
  const mayApprove = useCan('scoring.approve');
  const [deciding, setDeciding] = useState<{ item: Correction; approve: boolean } | null>(null);

  return (
    <PageContainer
      title="成绩更正"
      content="成绩登记表签字后，成绩只能通过更正申请修改：由考务人员在成绩登记表中提出，经中心负责人批准后生效。"
    >
      <Card>
        <Space direction="vertical" size={12} style={{ width: '100%' }}>
          <Segmented<Filter>
            value={filter}
            onChange={setFilter}
            options={[
              { value: 'requested', label: '待审批' },
              { value: 'approved', label: '已批准' },
              { value: 'rejected', label: '已驳回' },
              { value: 'all', label: '全部' },
            ]}
            data-testid="corrections-filter"
          />
          {list.error && <Alert type="error" showIcon message={errorMessage(list.error)} />}
          <Table<Correction>
            rowKey="id"
            size="small"
            loading={list.isLoading}
            dataSource={list.data?.items ?? []}
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            scroll={{ x: 1010 }}
            locale={{ emptyText: filter === 'requested' ? '没有待审批的更正申请' : '没有更正申请' }}
            data-testid="corrections-table"
            columns={[
              {
                title: '考生',
                dataIndex: 'name',
                width: 80,
              },
              {
                title: '批次 · 科目',
                width: 220,
                render: (_, c) => (
                  <Link to={`/scoring/sittings/${c.sittingId}`}>
                    {c.batchTitle} · {c.kindName}
                  </Link>
                ),
              },
              {
                title: '更正',
                width: 120,
                render: (_, c) => (
                  <span>
                    {c.from} → <Typography.Text strong>{c.to}</Typography.Text>
                  </span>
                ),
              },
              { title: '理由', dataIndex: 'reason', width: 200 },
              {
                title: '申请',
                width: 140,
                render: (_, c) => (
                  <span>
                    {c.requestedByName}
                    <br />
                    <Typography.Text type="secondary">{dateTime(c.requestedAt)}</Typography.Text>
                  </span>
                ),
              },
              {
                title: '状态',
                dataIndex: 'state',
                width: 80,
                render: (v: CorrectionState) => <Tag color={stateColors[v]}>{stateNames[v]}</Tag>,
              },
              {
                title: '审批',
                width: 170,
                render: (_, c) =>
                  c.decidedAt ? (
                    <span>
                      {c.decidedByName} {dateTime(c.decidedAt)}
                      {c.decisionNote && (
                        <>
                          <br />
                          <Typography.Text type="secondary">{c.decisionNote}</Typography.Text>
                        </>
                      )}
                    </span>
                  ) : mayApprove ? (
                    <Space>
                      <Button
                        size="small"
                        type="primary"
                        onClick={() => setDeciding({ item: c, approve: true })}
                        data-testid="correction-approve"
                      >
                        批准
                      </Button>
                      <Button
                        size="small"
                        danger
                        onClick={() => setDeciding({ item: c, approve: false })}
                        data-testid="correction-reject"
                      >
                        驳回
                      </Button>
                    </Space>
                  ) : (
                    <Typography.Text type="secondary">待中心负责人审批</Typography.Text>
                  ),
              },
            ]}
          />
        </Space>
      </Card>
      {deciding && <DecisionDialog {...deciding} onClose={() => setDeciding(null)} />}
    </PageContainer>
  );
}

function DecisionDialog(props: { item: Correction; approve: boolean; onClose: () => void }) {
  const [form] = Form.useForm<{ note?: string }>();
  const decide = useDecideCorrection();
  const { message } = App.useApp();
  const c = props.item;
  return (
    <Modal
      open
      title={props.approve ? '批准成绩更正' : '驳回成绩更正'}
      okText={props.approve ? '批准' : '驳回'}
      okButtonProps={{ danger: !props.approve }}
      cancelText="取消"
      confirmLoading={decide.isPending}
      onCancel={props.onClose}
      data-testid="correction-decision"
      onOk={async () => {
        const v = await form.validateFields();
        try {
          await decide.mutateAsync({ id: c.id, approve: props.approve, note: v.note?.trim() || null });
          message.success(props.approve ? '已批准，成绩已更正' : '已驳回');
          props.onClose();
        } catch (e) {
          message.error(errorMessage(e));
        }
      }}
    >
      <Typography.Paragraph>
        {c.name}（{c.batchTitle} · {c.kindName}）：{c.from} → {c.to}
        <br />
        理由：{c.reason}
      </Typography.Paragraph>
      <Form form={form} layout="vertical">
        <Form.Item
          name="note"
          label="审批意见"
          rules={props.approve ? [] : [{ required: true, whitespace: true, message: '驳回时请填写审批意见' }]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount data-testid="correction-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
