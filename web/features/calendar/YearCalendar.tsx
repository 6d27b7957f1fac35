import { useMemo, useState } from 'react';
import { Calendar, Space, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { CalendarYear } from '../../../shared/calendar.js';

/** A month view of one year: days off in red with 休, make-up working days (调休) in blue with 班. */
export function YearCalendar({ data }: { data: CalendarYear }) {
  const byDay = useMemo(() => new Map(data.days.map((d) => [d.day, d])), [data.days]);
  const today = dayjs();
  const [value, setValue] = useState<Dayjs>(() => (today.year() === data.year ? today : dayjs(`${data.year}-01-01`)));

  return (
    <div data-testid="calendar-month-view">
      <Calendar
        fullscreen={false}
        value={value}
        onChange={setValue}
        validRange={[dayjs(`${data.year}-01-01`), dayjs(`${data.year}-12-31`)]}
        fullCellRender={(d, info) => {
          if (info.type !== 'date') return info.originNode;
          const ex = byDay.get(d.format('YYYY-MM-DD'));
          const weekend = d.day() === 0 || d.day() === 6;
          const off = ex ? ex.kind === 'holiday' : weekend;
          const inMonth = d.month() === value.month();
          return (
            <div
              title={ex ? `${ex.name}（${ex.kind === 'holiday' ? '放假' : '调休上班'}）` : undefined}
              style={{
                position: 'relative',
                margin: '0 auto',
                width: 34,
                height: 30,
                lineHeight: '30px',
                borderRadius: 4,
                color: !inMonth ? undefined : off ? '#cf1322' : undefined,
                background: ex && inMonth ? (ex.kind === 'holiday' ? '#fff1f0' : '#e6f4ff') : undefined,
                outline: d.isSame(today, 'day') ? '1px solid #1d5fd6' : undefined,
              }}
            >
              {d.date()}
              {ex && inMonth && (
                <span
                  style={{
                    position: 'absolute',
                    top: -4,
                    right: -4,
                    fontSize: 10,
                    lineHeight: '14px',
                    padding: '0 2px',
                    borderRadius: 3,
                    color: '#fff',
                    background: ex.kind === 'holiday' ? '#f5222d' : '#1d5fd6',
                  }}
                >
                  {ex.kind === 'holiday' ? '休' : '班'}
                </span>
              )}
            </div>
          );
        }}
      />
      <Space size={12} style={{ marginTop: 8 }}>
        <Tag color="red">休 放假</Tag>
        <Tag color="blue">班 调休上班</Tag>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          红色日期为非工作日
        </Typography.Text>
      </Space>
    </div>
  );
}
