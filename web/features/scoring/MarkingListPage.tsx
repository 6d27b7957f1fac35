import { Link } from 'react-router-dom';
import { Alert, Card, Empty, Progress, Space, Spin, Tag, Typography } from 'antd';
import { CrownOutlined, RightOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import { errorMessage, type ItemOf } from '../../app/api.js';
import { useMySittings } from './api.js';

type MySitting = ItemOf<'/scoring/marking'>;

/**
 * 评分 (R-SCORE-01/04): the skill sittings (and reviews) of the examiner's groups in published arrangements, with its
 * own progress and whether marking is open; a sitting opens its candidates on the tablet.
 */
export function MarkingListPage() {
  const list = useMySittings();
  const items = list.data?.items ?? [];
  return (
    <PageContainer
      title="评分"
      content="本人所在考评组的操作技能考核场次。评分前须阅读并确认保密承诺；每名考生由两位考评员独立评分，分差超出允许范围时由第三位考评员评分，仍不一致时由组长裁定。"
    >
      {list.error && <Alert type="error" showIcon message={errorMessage(list.error)} />}
      {list.isLoading ? (
        <Spin style={{ display: 'block', margin: '48px auto' }} />
      ) : items.length === 0 ? (
        <Card>
          <Empty description="您目前没有评分任务" data-testid="marking-empty" />
        </Card>
      ) : (
        <Space direction="vertical" size={12} style={{ width: '100%' }}>
          {items.map((s) => (
            <SittingCard key={s.sittingId} sitting={s} />
          ))}
        </Space>
      )}
    </PageContainer>
  );
}

function SittingCard({ sitting: s }: { sitting: MySitting }) {
  // A review (综合评审) is entered on its 成绩登记表 by the panel; skill is marked candidate by candidate.
  const to = s.kind === 'skill' ? `/marking/${s.sittingId}` : `/scoring/sittings/${s.sittingId}`;
  return (
    <Link to={to} data-testid="marking-sitting">
      <Card size="small" hoverable>
        <div style={{ display: 'flex', alignItems: 'center', gap: 12 }}>
          <div style={{ flex: 1, minWidth: 0 }}>
            <Typography.Text strong style={{ whiteSpace: 'normal' }}>
              {s.batchTitle}
            </Typography.Text>
            <div style={{ margin: '6px 0' }}>
              <Space size={4} wrap>
                <Tag color="blue">{s.kindName}</Tag>
                <span>{s.day}</span>
                {s.leader && (
                  <Tag color="gold" icon={<CrownOutlined />}>
                    组长
                  </Tag>
                )}
                {s.windowOpen ? (
                  <Tag color="green">评分进行中</Tag>
                ) : s.candidates > 0 && s.resolved === s.candidates ? (
                  <Tag color="blue">评分已完成</Tag>
                ) : (
                  <Tag>不在评分时间内</Tag>
                )}
              </Space>
            </div>
            <Typography.Text type="secondary">
              考生 {s.candidates} 人 · 我已评 {s.myMarks} 人 · 成绩已确定 {s.resolved} 人
            </Typography.Text>
            <Progress
              percent={s.candidates ? Math.round((s.resolved / s.candidates) * 100) : 0}
              size="small"
              style={{ margin: 0 }}
            />
          </div>
          <RightOutlined />
        </div>
      </Card>
    </Link>
  );
}
