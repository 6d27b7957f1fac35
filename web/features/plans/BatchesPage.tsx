import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Button, DatePicker, Form, Input, Select, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { PageContainer, ProTable, type ProColumns } from '@ant-design/pro-components';
import type { Dayjs } from 'dayjs';
import { batchMethodNames, batchStateNames, batchStates, type BatchState } from '../../../shared/plans.js';
import type { ItemOf } from '../../app/api.js';
import { deadlineColor, stateColor } from '../../components/batchState.js';
import { formatLevels } from '../../../shared/centre.rules.js';
import { useCan, useSession } from '../../app/session.js';
import { useScope } from '../centre/api.js';
import { useColleges } from '../colleges/api.js';
import { useBatches, type BatchFilter } from './api.js';
import { BatchForm } from './BatchForm.js';

type BatchRow = ItemOf<'/batches'>;

/** 认定批次 (R-PLAN-03/04): every batch with its state and its submission deadline. */
export function BatchesPage() {
  const [filter, setFilter] = useState<BatchFilter>({});
  const batches = useBatches(filter);
  const canManage = useCan('batches.manage');
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const columns: ProColumns<BatchRow>[] = [
    {
      title: '批次',
      dataIndex: 'title',
      render: (_, b) => <Typography.Link onClick={() => navigate(`/batches/${b.id}`)}>{b.title}</Typography.Link>,
    },
    {
      title: '职业（工种）',
      dataIndex: 'occupationName',
      render: (_, b) => `${b.code} ${b.occupationName}${b.jobName ? `（${b.jobName}）` : ''}`,
    },
    { title: '等级', dataIndex: 'levels', width: 90, render: (_, b) => formatLevels(b.levels) },
    { title: '评价方式', dataIndex: 'method', width: 100, render: (_, b) => batchMethodNames[b.method] },
    { title: '承办学院', dataIndex: 'collegeName', width: 130 },
    { title: '首场考核', dataIndex: 'firstSittingDay', width: 110 },
    {
      title: '报送截止',
      dataIndex: 'submissionDeadline',
      width: 120,
      render: (_, b) =>
        b.submissionDeadline ? (
          <Typography.Text style={{ color: deadlineColor(b) }}>{b.submissionDeadline}</Typography.Text>
        ) : (
          <Typography.Text type="danger">{b.deadlineError ? '无法计算' : '—'}</Typography.Text>
        ),
    },
    {
      title: '状态',
      dataIndex: 'state',
      width: 100,
      render: (_, b) => <Tag color={stateColor[b.state]}>{batchStateNames[b.state]}</Tag>,
    },
  ];
  return (
    <PageContainer title="认定批次" content="当次认定计划：须在首场考核前规定的工作日数内报送鉴定指导中心。">
      <div data-testid="batches-page">
        <BatchFilterBar onChange={setFilter} />
        <ProTable<BatchRow>
          rowKey="id"
          columns={columns}
          dataSource={batches.data?.items}
          loading={batches.isFetching}
          search={false}
          options={{ reload: () => void batches.refetch(), density: false, setting: false, fullScreen: false }}
          headerTitle="认定批次列表"
          toolBarRender={() => [
            canManage && (
              <Button
                key="c"
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setCreating(true)}
                data-testid="batch-create"
              >
                新建批次
              </Button>
            ),
          ]}
        />
      </div>
      {creating && <BatchForm open onClose={(b) => (setCreating(false), b && navigate(`/batches/${b.id}`))} />}
    </PageContainer>
  );
}

/** The list's filters: state, college (centre staff only: a clerk sees its own), occupation, a sitting in a date range. */
function BatchFilterBar({ onChange }: { onChange: (f: BatchFilter) => void }) {
  const me = useSession();
  const centreStaff = !me.user.collegeId;
  const colleges = useColleges(centreStaff);
  // finance reads batches but not the scope (403): it filters by keyword instead of the occupation list
  const readsScope = useCan('scope.read');
  const scope = useScope({ status: 'active' }, readsScope);
  const codes = [...new Map((scope.data?.items ?? []).map((r) => [r.code, r.occupationName])).entries()];
  type Values = {
    state?: BatchState;
    collegeId?: string;
    code?: string;
    days?: [Dayjs, Dayjs] | null;
    keyword?: string;
  };
  return (
    <Form<Values>
      layout="inline"
      style={{ marginBottom: 16, rowGap: 8 }}
      data-testid="batch-filters"
      onValuesChange={(_, v) =>
        onChange({
          state: v.state || undefined,
          collegeId: v.collegeId || undefined,
          code: v.code || undefined,
          from: v.days?.[0]?.format('YYYY-MM-DD'),
          to: v.days?.[1]?.format('YYYY-MM-DD'),
          keyword: v.keyword?.trim() || undefined,
        })
      }
    >
      <Form.Item name="state" label="状态">
        <Select
          allowClear
          placeholder="全部"
          style={{ width: 120 }}
          options={batchStates.map((s) => ({ value: s, label: batchStateNames[s] }))}
        />
      </Form.Item>
      {centreStaff && (
        <Form.Item name="collegeId" label="承办学院">
          <Select
            allowClear
            placeholder="全部"
            style={{ width: 150 }}
            options={(colleges.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))}
          />
        </Form.Item>
      )}
      {readsScope && (
        <Form.Item name="code" label="职业">
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder="全部"
            style={{ width: 200 }}
            options={codes.map(([code, name]) => ({ value: code, label: `${code} ${name}` }))}
          />
        </Form.Item>
      )}
      <Form.Item name="days" label="考核日期">
        <DatePicker.RangePicker />
      </Form.Item>
      <Form.Item name="keyword">
        <Input.Search allowClear placeholder="批次名称" style={{ width: 160 }} />
      </Form.Item>
    </Form>
  );
}
