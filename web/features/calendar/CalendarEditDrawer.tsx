import { useState } from 'react';
import { Alert, App, Button, DatePicker, Form, Input, Space, Typography } from 'antd';
import {
  DrawerForm,
  ProForm,
  ProFormDatePicker,
  ProFormDigit,
  ProFormList,
  ProFormSelect,
  ProFormText,
} from '@ant-design/pro-components';
import dayjs, { type Dayjs } from 'dayjs';
import { calendarDay, calendarYearBody, type CalendarDay, type CalendarYear } from '../../../shared/calendar.js';
import { applyServerErrors, zodRule } from '../../app/forms.js';
import { kindNames, useSaveCalendarYear } from './api.js';

interface Values {
  year: number;
  source: string;
  days: { day: string | Dayjs; kind: CalendarDay['kind']; name: string }[];
}

const FIELDS = ['source', 'days', 'year'] as const;
const kindOptions = Object.entries(kindNames).map(([value, label]) => ({ value, label }));
const dayText = (d: string | Dayjs) => (typeof d === 'string' ? d : d.format('YYYY-MM-DD'));

/** Edit one year's exceptions to Monday–Friday (or add a new year when `data` is undefined). Admins only. */
export function CalendarEditDrawer({
  open,
  data,
  onClose,
  onSaved,
}: {
  open: boolean;
  data?: CalendarYear;
  onClose: () => void;
  onSaved: (year: number) => void;
}) {
  const [form] = Form.useForm<Values>();
  const save = useSaveCalendarYear();
  const { message } = App.useApp();
  const year = Form.useWatch('year', form) ?? data?.year;

  const onFinish = async (v: Values) => {
    const y = data?.year ?? v.year;
    const days = (v.days ?? []).map((d) => ({ ...d, day: dayText(d.day) })).sort((a, b) => a.day.localeCompare(b.day));
    try {
      await save.mutateAsync({ year: y, body: { source: v.source, days } });
      message.success(`${y} 年工作日历已保存`);
      onSaved(y);
      return true;
    } catch (e) {
      const rest = applyServerErrors(form, e, FIELDS);
      if (rest) message.error(rest);
      return false;
    }
  };

  return (
    <DrawerForm<Values>
      title={data ? `编辑 ${data.year} 年工作日历` : '新增年份'}
      open={open}
      form={form}
      name="calendar"
      width={680}
      layout="vertical"
      initialValues={
        data ? { year: data.year, source: data.source, days: data.days } : { year: dayjs().year() + 1, days: [] }
      }
      drawerProps={{ destroyOnHidden: true, maskClosable: false, onClose }}
      onOpenChange={(o) => !o && onClose()}
      submitter={{ searchConfig: { submitText: '保存', resetText: '取消' } }}
      onFinish={onFinish}
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        message="只需填写与“周一至周五上班、周末休息”不同的日子：工作日放假填“放假”，周末上班填“调休上班”。"
      />
      {!data && (
        <ProFormDigit
          name="year"
          label="年份"
          min={2000}
          max={2100}
          fieldProps={{ precision: 0 }}
          rules={[{ required: true, message: '请填写年份' }]}
        />
      )}
      <ProFormText
        name="source"
        label="依据"
        required
        placeholder="如 国务院办公厅关于2025年部分节假日安排的通知"
        rules={[zodRule(calendarYearBody.shape.source, '依据')]}
      />
      <RangeAdder
        year={year}
        onAdd={(rows) => form.setFieldValue('days', [...(form.getFieldValue('days') ?? []), ...rows])}
      />
      <ProFormList
        name="days"
        label="放假与调休日期"
        creatorButtonProps={{ creatorButtonText: '添加一天' }}
        creatorRecord={{ kind: 'holiday', name: '' }}
        copyIconProps={false}
        deleteIconProps={{ tooltipText: '删除' }}
      >
        <ProForm.Group size={8}>
          <ProFormDatePicker
            name="day"
            width={150}
            placeholder="日期"
            rules={[
              { required: true, message: '请选择日期' },
              {
                validator: async (_r: unknown, v?: string | Dayjs) => {
                  if (v && year && dayjs(v).year() !== year) throw new Error(`应在 ${year} 年内`);
                },
              },
            ]}
          />
          <ProFormSelect
            name="kind"
            width={120}
            options={kindOptions}
            rules={[{ required: true, message: '请选择类型' }]}
            allowClear={false}
          />
          <ProFormText
            name="name"
            width={180}
            placeholder="名称，如 国庆节"
            rules={[zodRule(calendarDay.shape.name, '名称')]}
          />
        </ProForm.Group>
      </ProFormList>
    </DrawerForm>
  );
}

/** Adds every Monday–Friday of a holiday period at once (国庆 is 5 to 8 entries otherwise). */
function RangeAdder({ year, onAdd }: { year?: number; onAdd: (rows: Values['days']) => void }) {
  const [range, setRange] = useState<[Dayjs, Dayjs] | null>(null);
  const [name, setName] = useState('');
  const add = () => {
    if (!range || !name.trim()) return;
    const rows: Values['days'] = [];
    for (let d = range[0].startOf('day'); !d.isAfter(range[1], 'day'); d = d.add(1, 'day'))
      if (d.day() !== 0 && d.day() !== 6)
        rows.push({ day: d.format('YYYY-MM-DD'), kind: 'holiday', name: name.trim() });
    onAdd(rows);
    setRange(null);
    setName('');
  };
  return (
    <div style={{ marginBottom: 16 }}>
      <Typography.Text type="secondary">批量添加假期（自动跳过周末）</Typography.Text>
      <Space.Compact style={{ width: '100%', marginTop: 8 }}>
        <DatePicker.RangePicker
          value={range}
          onChange={(v) => setRange(v && v[0] && v[1] ? [v[0], v[1]] : null)}
          disabledDate={(d) => !!year && d.year() !== year}
          defaultPickerValue={
            year && year !== dayjs().year() ? [dayjs(`${year}-01-01`), dayjs(`${year}-02-01`)] : undefined
          }
          style={{ flex: 1 }}
        />
        <Input value={name} onChange={(e) => setName(e.target.value)} placeholder="假期名称" style={{ width: 140 }} />
        <Button onClick={add} disabled={!range || !name.trim()}>
          添加
        </Button>
      </Space.Compact>
    </div>
  );
}
