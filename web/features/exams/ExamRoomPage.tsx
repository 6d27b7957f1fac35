import { useParams, useSearchParams, Link } from 'react-router-dom';
import { Alert, Grid, Result, Space, Spin, Tabs, Tag, Typography } from 'antd';
import { PageContainer } from '@ant-design/pro-components';
import { examModeNames } from '../../../shared/exams.js';
import { roomDutyNames } from '../../../shared/exams-day.js';
import { sittingKindNames } from '../../../shared/plans.js';
import { errorMessage } from '../../app/api.js';
import { useCheckins } from './api.day.js';
import { CheckinTab } from './CheckinTab.js';
import { ConsoleTab } from './ConsoleTab.js';
import { IncidentsTab } from './IncidentsTab.js';
import { ViolationsTab } from './ViolationsTab.js';
import { RecordTab } from './RecordTab.js';

const tabKeys = ['checkin', 'seats', 'incidents', 'violations', 'record'] as const;
type TabKey = (typeof tabKeys)[number];

/**
 * One room of one sitting on exam day: 签到 (phone first), 座位 (the live console, tablet first), 突发事件, 违纪 and
 * 考场记录. What the user may do follows its duty in the room (proctor, site head, supervisor, the centre).
 */
export function ExamRoomPage() {
  const { sittingId = '', roomId = '' } = useParams();
  const room = { sittingId, roomId };
  const [params, setParams] = useSearchParams();
  const screens = Grid.useBreakpoint();
  const checkins = useCheckins(room);

  if (checkins.isLoading) return <Spin style={{ display: 'block', margin: '64px auto' }} />;
  if (checkins.error)
    return (
      <PageContainer title="考场">
        <Result
          status="warning"
          title={errorMessage(checkins.error)}
          extra={<Link to="/exam-day">返回考试实施</Link>}
        />
      </PageContainer>
    );
  const data = checkins.data!;
  const r = data.room;
  const phone = !screens.md;
  const asked = params.get('tab') as TabKey | null;
  const tab: TabKey = asked && tabKeys.includes(asked) ? asked : phone || r.mode === 'paper' ? 'checkin' : 'seats';
  const closed = r.signed;

  return (
    <PageContainer
      title={r.roomName}
      onBack={() => history.back()}
      subTitle={<Tag color="cyan">{roomDutyNames[r.duty]}</Tag>}
      content={
        <Space direction="vertical" size={0}>
          <Typography.Text>
            {r.batchTitle} · {sittingKindNames[r.sittingKind]}
          </Typography.Text>
          <Typography.Text type="secondary">
            {r.siteName} · {r.day} {r.startsAt}–{r.endsAt} ·{' '}
            <Tag color={r.mode === 'computer' ? 'geekblue' : 'default'}>{examModeNames[r.mode]}</Tag>
          </Typography.Text>
        </Space>
      }
    >
      <div data-testid="exam-room">
        {closed && (
          <Alert
            type="success"
            showIcon
            style={{ marginBottom: 12 }}
            message="全部监考员已在考场记录上签字，本考场的签到、突发事件与违纪记录已关闭。"
          />
        )}
        <Tabs
          activeKey={tab}
          onChange={(k) => setParams({ tab: k }, { replace: true })}
          destroyInactiveTabPane
          items={[
            {
              key: 'checkin',
              label: '签到',
              children: <CheckinTab room={room} data={data} mayProctor={r.may.proctor} />,
            },
            {
              key: 'seats',
              label: '座位',
              children: <ConsoleTab room={room} candidates={data.items} mayProctor={r.may.proctor && !closed} />,
            },
            {
              key: 'incidents',
              label: '突发事件',
              children: (
                <IncidentsTab
                  room={room}
                  candidates={data.items}
                  mayProctor={r.may.proctor}
                  mayApprove={r.may.approve}
                  closed={closed}
                />
              ),
            },
            {
              key: 'violations',
              label: '违纪',
              children: (
                <ViolationsTab room={room} candidates={data.items} mayProctor={r.may.proctor} closed={closed} />
              ),
            },
            {
              key: 'record',
              label: '考场记录',
              children: <RecordTab room={room} mayProctor={r.may.proctor} mayObserve={r.may.observe} />,
            },
          ]}
        />
      </div>
    </PageContainer>
  );
}
