import { Link } from 'react-router-dom';
import { Alert, Badge, Button, Card, Col, Empty, List, Row, Skeleton, Space, Statistic, Tag, Typography } from 'antd';
import {
  AuditOutlined,
  CalendarOutlined,
  ClockCircleOutlined,
  DollarOutlined,
  FileDoneOutlined,
  KeyOutlined,
  NotificationOutlined,
  ProfileOutlined,
  RightOutlined,
  SafetyCertificateOutlined,
  ScheduleOutlined,
  SolutionOutlined,
} from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import type { HomeResponse, HomeTask } from '../../../shared/home.js';
import { errorMessage } from '../../app/api.js';
import { useSession } from '../../app/session.js';
import { CHANGE_PASSWORD_PATH } from '../../app/guards.js';
import { useHome } from './api.js';

function greeting(hour: number) {
  if (hour < 6) return '夜深了';
  if (hour < 11) return '上午好';
  if (hour < 13) return '中午好';
  if (hour < 18) return '下午好';
  return '晚上好';
}

const taskIcons: Record<string, ReactNode> = {
  reviewCollege: <AuditOutlined />,
  reviewCentre: <AuditOutlined />,
  payments: <DollarOutlined />,
  batches: <FileDoneOutlined />,
  plansToApprove: <ProfileOutlined />,
  plansReturned: <ProfileOutlined />,
  deadlines: <ClockCircleOutlined />,
  openBatches: <NotificationOutlined />,
  registering: <NotificationOutlined />,
  myApplications: <SolutionOutlined />,
  nextExam: <ScheduleOutlined />,
  duties: <CalendarOutlined />,
  ownExpiring: <SafetyCertificateOutlined />,
};

const tagColour = { info: 'blue', warning: 'orange', error: 'red' } as const;

/** The work bench: who I am, the work waiting for me (from the server, by role), the figures and reminders. */
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
              <Col xs={24} xl={16}>
                <Tasks tasks={home.data.tasks} />
              </Col>
              <Col xs={24} xl={8}>
                <Space direction="vertical" size={16} style={{ width: '100%' }}>
                  <Reminders reminders={home.data.reminders} />
                  <QuickLinks tasks={home.data.tasks} />
                </Space>
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
        <Col key={c.key} xs={typeof c.value === 'string' ? 24 : 12} md={8} xl={6}>
          <Card size="small" styles={{ body: { padding: '16px 20px' } }} data-testid={`home-card-${c.key}`}>
            <Statistic title={c.title} value={c.value} suffix={c.suffix} groupSeparator="," />
          </Card>
        </Col>
      ))}
    </Row>
  );
}

/** 待办: one card per kind of waiting work, the busy ones first. */
function Tasks({ tasks }: { tasks: HomeTask[] }) {
  if (!tasks.length) return null;
  const ordered = [...tasks].sort((a, b) => Number(b.lines.length > 0) - Number(a.lines.length > 0));
  return (
    <Row gutter={[16, 16]} data-testid="home-tasks">
      {ordered.map((t) => (
        <Col key={t.key} xs={24} md={ordered.length > 1 ? 12 : 24}>
          <TaskCard task={t} />
        </Col>
      ))}
    </Row>
  );
}

function TaskCard({ task }: { task: HomeTask }) {
  const colour =
    task.count > 0 ? (task.level === 'info' ? '#1d5fd6' : task.level === 'warning' ? '#d46b08' : '#cf1322') : '#bfbfbf';
  return (
    <Card
      size="small"
      data-testid={`home-task-${task.key}`}
      title={
        <Space size={8} style={{ minWidth: 0 }}>
          <span style={{ color: colour, display: 'flex' }}>{taskIcons[task.key] ?? <FileDoneOutlined />}</span>
          <span>{task.title}</span>
          <Badge
            count={task.count}
            showZero
            overflowCount={999}
            color={task.count > 0 ? colour : '#d9d9d9'}
            data-testid={`home-task-${task.key}-count`}
          />
        </Space>
      }
      extra={
        task.link ? (
          <Link to={task.link} data-testid={`home-task-${task.key}-link`}>
            {task.linkText ?? '前往'} <RightOutlined style={{ fontSize: 11 }} />
          </Link>
        ) : undefined
      }
      styles={{ body: { padding: '4px 12px 8px' } }}
    >
      {task.lines.length ? (
        <List
          size="small"
          split
          dataSource={task.lines.slice(0, 6)}
          renderItem={(l, i) => (
            <List.Item style={{ padding: '8px 0' }} data-testid={`home-task-${task.key}-line`} key={i}>
              <div style={{ display: 'flex', gap: 8, alignItems: 'flex-start', width: '100%', minWidth: 0 }}>
                <div style={{ flex: 1, minWidth: 0 }}>
                  <div style={{ display: 'flex', flexWrap: 'wrap', gap: 6, alignItems: 'center' }}>
                    {l.tag && (
                      <Tag color={tagColour[l.level ?? 'info']} style={{ marginInlineEnd: 0 }}>
                        {l.tag}
                      </Tag>
                    )}
                    {l.link ? (
                      <Link to={l.link} style={{ wordBreak: 'break-word' }}>
                        {l.text}
                      </Link>
                    ) : (
                      <Typography.Text style={{ wordBreak: 'break-word' }}>{l.text}</Typography.Text>
                    )}
                  </div>
                  {l.detail && (
                    <Typography.Text type="secondary" style={{ fontSize: 12, wordBreak: 'break-word' }}>
                      {l.detail}
                    </Typography.Text>
                  )}
                </div>
                {l.count !== undefined && l.count > 1 && (
                  <Typography.Text strong style={{ whiteSpace: 'nowrap' }}>
                    {l.count} 份
                  </Typography.Text>
                )}
              </div>
            </List.Item>
          )}
          footer={
            task.lines.length > 6 && task.link ? <Link to={task.link}>查看全部 {task.lines.length} 项</Link> : undefined
          }
        />
      ) : (
        <Typography.Paragraph type="secondary" style={{ margin: '12px 0 8px' }}>
          {task.empty ?? '暂无'}
        </Typography.Paragraph>
      )}
    </Card>
  );
}

function Reminders({ reminders }: { reminders: HomeResponse['reminders'] }) {
  if (!reminders.length) return null;
  return (
    <Card title="提醒" size="small" data-testid="home-reminders">
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
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无提醒" />
      )}
    </Card>
  );
}

/** A few shortcuts to where this user's waiting work is done, not the whole menu (the menu is beside it). */
function QuickLinks({ tasks }: { tasks: HomeTask[] }) {
  const seen = new Set<string>();
  const entries: { path: string; name: string }[] = [];
  for (const t of [...tasks].sort((a, b) => b.count - a.count))
    if (t.link && t.count > 0 && !seen.has(t.link.split('?')[0])) {
      seen.add(t.link.split('?')[0]);
      entries.push({ path: t.link, name: `${t.title}` });
    }
  entries.splice(4);
  entries.push({ path: CHANGE_PASSWORD_PATH, name: '修改密码' });
  return (
    <Card title="快捷入口" size="small" data-testid="home-shortcuts">
      <List
        size="small"
        dataSource={entries}
        renderItem={(e) => (
          <List.Item style={{ padding: '6px 0' }}>
            <Link to={e.path} style={{ display: 'flex', alignItems: 'center', gap: 8, width: '100%' }}>
              {e.path === CHANGE_PASSWORD_PATH ? <KeyOutlined /> : <RightOutlined style={{ fontSize: 11 }} />}
              <span style={{ flex: 1 }}>{e.name}</span>
            </Link>
          </List.Item>
        )}
      />
    </Card>
  );
}
