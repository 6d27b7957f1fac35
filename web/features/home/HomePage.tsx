import { Link } from 'react-router-dom';
import { Alert, Button, Card, Col, Empty, Row, Skeleton, Space, Statistic, Tag, Typography } from 'antd';
import { KeyOutlined, RightOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import dayjs from 'dayjs';
import type { HomeResponse } from '../../../shared/home.js';
import { menuFor } from '../../../shared/access.js';
import { errorMessage } from '../../app/api.js';
import { useSession } from '../../app/session.js';
import { menuIcon } from '../../app/menuIcons.js';
import { CHANGE_PASSWORD_PATH } from '../../app/guards.js';
import { useHome } from './api.js';

function greeting(hour: number) {
  if (hour < 6) return '夜深了';
  if (hour < 11) return '上午好';
  if (hour < 13) return '中午好';
  if (hour < 18) return '下午好';
  return '晚上好';
}

/** The work bench: who I am, the figures and reminders the server picked for my role, and my shortcuts. */
export function HomePage() {
  const { user } = useSession();
  const home = useHome();
  const now = dayjs();
  return (
    <div data-testid={`home-${user.role}`}>
      <PageContainer
        title={`${greeting(now.hour())}，${user.displayName}`}
        subTitle={<Tag color="blue">{user.roleName}</Tag>}
        content={
          <Typography.Text type="secondary">
            {now.format('YYYY年M月D日 dddd')}
            {user.collegeName ? ` · ${user.collegeName}` : ''}
          </Typography.Text>
        }
      >
        {home.isPending ? (
          <Card>
            <Skeleton active />
          </Card>
        ) : home.isError ? (
          <Alert type="error" showIcon message="工作台数据加载失败" description={errorMessage(home.error)} />
        ) : (
          <Space direction="vertical" size={16} style={{ width: '100%' }}>
            {user.role === 'candidate' && (
              <Alert
                type="info"
                showIcon
                message="职业技能等级认定报名"
                description="查看可报名的认定批次、填写报名表、跟踪审核与缴费进度。"
                action={
                  <Link to="/portal" data-testid="home-portal">
                    <Button type="primary">去报名</Button>
                  </Link>
                }
              />
            )}
            <Cards cards={home.data.cards} />
            <Row gutter={[16, 16]}>
              <Col xs={24} lg={14}>
                <Reminders reminders={home.data.reminders} />
              </Col>
              <Col xs={24} lg={10}>
                <QuickEntries />
              </Col>
            </Row>
          </Space>
        )}
      </PageContainer>
    </div>
  );
}

function Cards({ cards }: { cards: HomeResponse['cards'] }) {
  if (!cards.length) return null;
  return (
    <Row gutter={[16, 16]} data-testid="home-cards">
      {cards.map((c) => (
        <Col key={c.key} xs={12} md={8} xl={6}>
          <Card size="small" styles={{ body: { padding: '16px 20px' } }} data-testid={`home-card-${c.key}`}>
            <Statistic title={c.title} value={c.value} suffix={c.suffix} groupSeparator="," />
          </Card>
        </Col>
      ))}
    </Row>
  );
}

function Reminders({ reminders }: { reminders: HomeResponse['reminders'] }) {
  return (
    <Card title="待办提醒" size="small" data-testid="home-reminders">
      {reminders.length ? (
        <Space direction="vertical" size={8} style={{ width: '100%' }}>
          {reminders.map((r, i) => (
            <Alert
              key={i}
              type={r.level}
              showIcon
              message={r.text}
              action={
                r.link ? (
                  <Link to={r.link}>
                    <Button size="small" type="link">
                      前往处理
                    </Button>
                  </Link>
                ) : undefined
              }
            />
          ))}
        </Space>
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无待办事项" />
      )}
    </Card>
  );
}

function QuickEntries() {
  const { user } = useSession();
  const entries = [
    ...menuFor(user.role)
      .filter((m) => m.path !== '/')
      .map((m) => ({ path: m.path, name: m.name, icon: menuIcon(m.path) })),
    { path: CHANGE_PASSWORD_PATH, name: '修改密码', icon: <KeyOutlined /> },
  ];
  return (
    <Card title="快捷入口" size="small" data-testid="home-shortcuts">
      <Row gutter={[12, 12]}>
        {entries.map((e) => (
          <Col key={e.path} xs={12} sm={8} lg={12}>
            <Link to={e.path}>
              <Card
                hoverable
                size="small"
                styles={{ body: { display: 'flex', alignItems: 'center', gap: 8, padding: '12px 14px' } }}
              >
                <span style={{ color: '#1d5fd6', fontSize: 18, display: 'flex' }}>{e.icon}</span>
                <Typography.Text style={{ flex: 1 }}>{e.name}</Typography.Text>
                <RightOutlined style={{ color: '#bfbfbf', fontSize: 12 }} />
              </Card>
            </Link>
          </Col>
        ))}
      </Row>
    </Card>
  );
}
