import { useMemo, useState } from 'react';
import { Alert, Button, Card, Col, Descriptions, Empty, Row, Skeleton, Table, Tabs, Tag } from 'antd';
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import dayjs from 'dayjs';
import type { CalendarDay, CalendarYear } from '../../../shared/calendar.js';
import { errorMessage } from '../../app/api.js';
import { useCan } from '../../app/session.js';
import { CalendarEditDrawer } from './CalendarEditDrawer.js';
import { YearCalendar } from './YearCalendar.js';
import { kindNames, useCalendarYears } from './api.js';

export function CalendarPage() {
  const { data, isPending, error } = useCalendarYears();
  const canManage = useCan('calendar.manage');
  const [active, setActive] = useState<string>();
  // undefined: closed; null: adding a year; a year: editing it.
  const [editing, setEditing] = useState<CalendarYear | null | undefined>(undefined);

  const years = useMemo(() => [...(data ?? [])].sort((a, b) => b.year - a.year), [data]);
  const thisYear = String(dayjs().year());
  const activeKey =
    active ?? (years.some((y) => String(y.year) === thisYear) ? thisYear : String(years[0]?.year ?? ''));

  return (
    <PageContainer
      title="工作日历"
      content="按工作日计算的期限（公示期、申诉期等）以此日历为准；未录入的年份无法计算期限，请在新年度国务院通知发布后及时录入。"
      extra={
        canManage && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setEditing(null)}
            data-testid="calendar-add-year"
          >
            新增年份
          </Button>
        )
      }
    >
      <div data-testid="calendar-page">
        {isPending ? (
          <Card>
            <Skeleton active />
          </Card>
        ) : error ? (
          <Alert type="error" showIcon message="工作日历加载失败" description={errorMessage(error)} />
        ) : years.length === 0 ? (
          <Card>
            <Empty description="尚未录入任何年份的工作日历" />
          </Card>
        ) : (
          <Card styles={{ body: { paddingTop: 8 } }}>
            <Tabs
              activeKey={activeKey}
              onChange={setActive}
              tabBarExtraContent={
                canManage && (
                  <Button
                    icon={<EditOutlined />}
                    onClick={() => setEditing(years.find((y) => String(y.year) === activeKey))}
                    data-testid="calendar-edit"
                  >
                    编辑 {activeKey} 年
                  </Button>
                )
              }
              items={years.map((y) => ({
                key: String(y.year),
                label: `${y.year} 年`,
                children: <YearPanel data={y} />,
              }))}
            />
          </Card>
        )}
      </div>
      {editing !== undefined && (
        <CalendarEditDrawer
          open
          data={editing ?? undefined}
          onClose={() => setEditing(undefined)}
          onSaved={(y) => {
            setActive(String(y));
            setEditing(undefined);
          }}
        />
      )}
    </PageContainer>
  );
}

function YearPanel({ data }: { data: CalendarYear }) {
  const holidays = data.days.filter((d) => d.kind === 'holiday').length;
  const workdays = data.days.length - holidays;
  const days = useMemo(() => [...data.days].sort((a, b) => a.day.localeCompare(b.day)), [data.days]);
  return (
    <div data-testid={`calendar-year-${data.year}`}>
      {data.source.startsWith('演示用临时日历') && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          message={`${data.year} 年为演示用临时日历（只含元旦、劳动节、国庆节），正式使用前请按国务院办公厅通知录入全部法定节假日和调休`}
        />
      )}
      <Descriptions size="small" column={{ xs: 1, sm: 2, xl: 4 }} style={{ marginBottom: 16 }}>
        <Descriptions.Item label="依据" span={{ xs: 1, sm: 2, xl: 2 }}>
          {data.source}
        </Descriptions.Item>
        <Descriptions.Item label="放假 / 调休上班">
          {holidays} 天 / {workdays} 天
        </Descriptions.Item>
        <Descriptions.Item label="更新时间">{dayjs(data.updatedAt).format('YYYY-MM-DD HH:mm')}</Descriptions.Item>
      </Descriptions>
      <Row gutter={[24, 16]}>
        <Col xs={24} lg={13}>
          <Table<CalendarDay>
            rowKey="day"
            size="small"
            dataSource={days}
            pagination={false}
            scroll={{ y: 420, x: 440 }}
            locale={{ emptyText: '本年没有放假或调休安排' }}
            columns={[
              { title: '日期', dataIndex: 'day', width: 120 },
              { title: '星期', key: 'weekday', width: 80, render: (_, d) => dayjs(d.day).format('dddd') },
              {
                title: '类型',
                dataIndex: 'kind',
                width: 100,
                render: (_, d) => <Tag color={d.kind === 'holiday' ? 'red' : 'blue'}>{kindNames[d.kind]}</Tag>,
              },
              { title: '名称', dataIndex: 'name' },
            ]}
          />
        </Col>
        <Col xs={24} lg={11}>
          <YearCalendar data={data} />
        </Col>
      </Row>
    </div>
  );
}
