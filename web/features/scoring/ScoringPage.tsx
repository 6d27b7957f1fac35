import { Link } from 'react-router-dom';
import { Alert, Card, Empty, Space, Spin, Table, Tag, Typography } from 'antd';
import { RightOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import { errorMessage, type ItemOf } from '../../app/api.js';
import { useScoringBatches } from './api.js';
import { dateTime } from './format.js';

type Batch = ItemOf<'/scoring/batches'>;
type Sitting = Batch['sittings'][number];

/**
 * 成绩管理 (R-SCORE-01…05): the batches being scored with their sittings — how many candidates have a score, whether
 * the 成绩登记表 is signed — leading to each sitting's sheet and to the batch's results.
 */
export function ScoringPage() {
  const batches = useScoringBatches();
  const items = batches.data?.items ?? [];
  return (
    <PageContainer
      title="成绩管理"
      content="理论成绩由机考自动评分，或在成绩登记表中录入、导入；操作技能成绩由考评组在评分页面逐项评分后汇总。成绩登记表经考评组组长和汇总记分员签字后，成绩只能通过更正申请修改。"
    >
      {batches.error && <Alert type="error" showIcon message={errorMessage(batches.error)} />}
      {batches.isLoading ? (
        <Spin style={{ display: 'block', margin: '48px auto' }} />
      ) : items.length === 0 ? (
        <Card>
          <Empty description="还没有已编排考试的批次" />
        </Card>
      ) : (
        <Space direction="vertical" size={12} style={{ width: '100%' }}>
          {items.map((b) => (
            <BatchCard key={b.batchId} batch={b} />
          ))}
        </Space>
      )}
    </PageContainer>
  );
}

function BatchCard({ batch: b }: { batch: Batch }) {
  const signed = b.sittings.filter((s) => s.signedAt).length;
  return (
    <Card
      size="small"
      title={
        <div style={{ whiteSpace: 'normal', padding: '4px 0' }}>
          {b.title} <Tag>{b.stateName}</Tag>
        </div>
      }
      extra={
        <Link to={`/scoring/batches/${b.batchId}`} data-testid="scoring-results-link">
          批次成绩 <RightOutlined />
        </Link>
      }
      data-testid="scoring-batch"
    >
      <Table<Sitting>
        rowKey="sittingId"
        size="small"
        pagination={false}
        dataSource={b.sittings}
        scroll={{ x: 640 }}
        data-testid="scoring-sittings"
        columns={[
          {
            title: '科目',
            dataIndex: 'kindName',
            width: 110,
            render: (v: string, s) => (
              <Link to={`/scoring/sittings/${s.sittingId}`} data-testid="scoring-sheet-link">
                {v}
              </Link>
            ),
          },
          { title: '日期', width: 170, render: (_, s) => `${s.day} ${s.startsAt}–${s.endsAt}` },
          { title: '考生数', dataIndex: 'candidates', width: 80, align: 'right' },
          {
            title: '已录入',
            width: 90,
            align: 'right',
            render: (_, s) => (
              <Typography.Text type={s.entered < s.candidates ? 'warning' : undefined}>{s.entered}</Typography.Text>
            ),
          },
          {
            title: '签字状态',
            width: 180,
            render: (_, s) => (s.signedAt ? <Tag color="green">已签字 {dateTime(s.signedAt)}</Tag> : <Tag>未签字</Tag>),
          },
          {
            title: '',
            width: 110,
            render: (_, s) => <Link to={`/scoring/sittings/${s.sittingId}`}>成绩登记表</Link>,
          },
        ]}
        footer={() => (
          <Typography.Text type="secondary">
            共 {b.sittings.length} 个科目场次，已签字 {signed} 个
          </Typography.Text>
        )}
      />
    </Card>
  );
}
