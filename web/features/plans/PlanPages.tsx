import { useState } from 'react';
import { App, Button, Input, Space, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { PageContainer, ProTable, type ProColumns } from '@ant-design/pro-components';
import dayjs from 'dayjs';
import {
  annualPlanStatuses,
  batchMethodNames,
  semesterPlanStatuses,
  type AnnualPlan,
  type BatchNotice,
  type SemesterPlan,
  type TrainingClass,
} from '../../../shared/plans.js';
import { levelNames } from '../../../shared/centre.rules.js';
import { apiUrl, errorMessage } from '../../app/api.js';
import { useCan } from '../../app/session.js';
import {
  useAnnualAction,
  useAnnualPlans,
  usePlanSettings,
  usePublishedNotices,
  useSemesterAction,
  useSemesterPlans,
  useTrainingAction,
  useTrainingClasses,
} from './api.js';
import { AnnualPlanForm, SemesterPlanForm, TrainingClassForm } from './PlanForms.js';
import { TitledSearch } from '../../components/TitledSearch.js';

const lineText = (l: AnnualPlan['lines'][number]) =>
  `${l.occupationName}${l.jobName ? `（${l.jobName}）` : ''} ${levelNames[l.level]} ${batchMethodNames[l.method]} ${l.expectedCandidates} 人${l.month ? ` ${l.month} 月` : ''}`;
const table = { search: false as const, options: { density: false, setting: false, fullScreen: false } };

function useRun() {
  const { message } = App.useApp();
  return async (p: Promise<unknown>, done = '已完成') => {
    try {
      await p;
      message.success(done);
      return true;
    } catch (e) {
      message.error(errorMessage(e));
      return false;
    }
  };
}

/** 年度计划 (R-PLAN-01). */
export function AnnualPlansPage() {
  const [keyword, setKeyword] = useState<string>();
  const plans = useAnnualPlans(keyword);
  const action = useAnnualAction();
  const canManage = useCan('plans.manage');
  const run = useRun();
  const [editing, setEditing] = useState<AnnualPlan | 'new' | null>(null);
  const columns: ProColumns<AnnualPlan>[] = [
    { title: '年度', dataIndex: 'year', width: 80 },
    { title: '标题', dataIndex: 'title' },
    { title: '认定项目', render: (_, p) => p.lines.map((l) => <div key={l.id}>{lineText(l)}</div>) },
    { title: '预计总人数', dataIndex: 'totalCandidates', width: 100 },
    {
      title: '状态',
      width: 90,
      render: (_, p) => <Tag color={p.status === 'issued' ? 'success' : 'default'}>{annualPlanStatuses[p.status]}</Tag>,
    },
    {
      title: '操作',
      width: 110,
      render: (_, p) =>
        canManage && (
          <Space>
            <a onClick={() => setEditing(p)}>修改</a>
            {p.status === 'draft' && (
              <a onClick={() => void run(action.mutateAsync({ kind: 'issue', id: p.id }), '已下发')}>下发</a>
            )}
          </Space>
        ),
    },
  ];
  return (
    <PageContainer title="年度计划" content="认定中心于每年年底制定次年年度认定计划并下发通知。">
      <ProTable<AnnualPlan>
        rowKey="id"
        columns={columns}
        dataSource={plans.data?.items}
        loading={plans.isFetching}
        {...table}
        headerTitle={
          <TitledSearch
            title="年度认定计划"
            placeholder="标题、年度或职业"
            onSearch={setKeyword}
            testId="annual-search"
          />
        }
        toolBarRender={() => [
          canManage && (
            <Button
              key="c"
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setEditing('new')}
              data-testid="annual-create"
            >
              新建年度计划
            </Button>
          ),
        ]}
      />
      {editing && <AnnualPlanForm plan={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />}
    </PageContainer>
  );
}

/** 学期计划 (R-PLAN-02): a college submits; the centre approves or returns with a reason. */
export function SemesterPlansPage() {
  const [keyword, setKeyword] = useState<string>();
  const plans = useSemesterPlans(keyword);
  const action = useSemesterAction();
  const canSubmit = useCan('plans.submitSemester');
  const canDecide = useCan('plans.decide');
  const run = useRun();
  const { modal } = App.useApp();
  const [editing, setEditing] = useState<SemesterPlan | 'new' | null>(null);
  const ret = (p: SemesterPlan) => {
    let reason = '';
    modal.confirm({
      title: '退回学期计划',
      content: <Input.TextArea rows={3} placeholder="退回原因" onChange={(e) => (reason = e.target.value)} />,
      onOk: () => run(action.mutateAsync({ kind: 'return', id: p.id, reason }), '已退回'),
    });
  };
  const columns: ProColumns<SemesterPlan>[] = [
    { title: '学期', dataIndex: 'semester', width: 110 },
    { title: '学院', dataIndex: 'collegeName', width: 130 },
    {
      title: '标题',
      dataIndex: 'title',
      render: (_, p) => (
        <>
          {p.title}
          {p.adHoc && <Tag style={{ marginLeft: 8 }}>临时项目</Tag>}
        </>
      ),
    },
    { title: '认定项目', render: (_, p) => p.lines.map((l) => <div key={l.id}>{lineText(l)}</div>) },
    {
      title: '状态',
      width: 150,
      render: (_, p) => (
        <>
          {
            <Tag
              color={{ draft: 'default', submitted: 'processing', approved: 'success', returned: 'error' }[p.status]}
            >
              {semesterPlanStatuses[p.status]}
            </Tag>
          }
          {p.reason && <div>退回原因：{p.reason}</div>}
        </>
      ),
    },
    {
      title: '操作',
      width: 170,
      render: (_, p) => (
        <Space>
          {canSubmit && (p.status === 'draft' || p.status === 'returned') && <a onClick={() => setEditing(p)}>修改</a>}
          {canSubmit && (p.status === 'draft' || p.status === 'returned') && (
            <a onClick={() => void run(action.mutateAsync({ kind: 'submit', id: p.id }), '已提交')}>
              {p.status === 'returned' ? '重新提交' : '提交'}
            </a>
          )}
          {canDecide && p.status === 'submitted' && (
            <a onClick={() => void run(action.mutateAsync({ kind: 'approve', id: p.id }), '已批准')}>批准</a>
          )}
          {canDecide && p.status === 'submitted' && <a onClick={() => ret(p)}>退回</a>}
        </Space>
      ),
    },
  ];
  return (
    <PageContainer title="学期计划" content="各二级学院每学期开学初报送学期认定计划；临时性认定项目可随时报送。">
      <ProTable<SemesterPlan>
        rowKey="id"
        columns={columns}
        dataSource={plans.data?.items}
        loading={plans.isFetching}
        {...table}
        headerTitle={
          <TitledSearch
            title="学期认定计划"
            placeholder="标题、学院、学期或职业"
            onSearch={setKeyword}
            testId="semester-search"
          />
        }
        toolBarRender={() => [
          canSubmit && (
            <Button key="c" type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
              新建学期计划
            </Button>
          ),
        ]}
      />
      {editing && <SemesterPlanForm plan={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />}
    </PageContainer>
  );
}

/** 培训班 (R-PLAN-06): filing deadline 20 working days after enrolment closes; overdue in red. */
export function TrainingClassesPage() {
  const classes = useTrainingClasses();
  const settings = usePlanSettings();
  const action = useTrainingAction();
  const run = useRun();
  const [creating, setCreating] = useState(false);
  const { modal } = App.useApp();
  const file = (c: TrainingClass) => {
    let number = '';
    modal.confirm({
      title: `登记开班备案：${c.name}`,
      content: <Input placeholder="备案编号（可空）" onChange={(e) => (number = e.target.value)} />,
      onOk: () =>
        run(
          action.mutateAsync({
            kind: 'filing',
            id: c.id,
            body: { filedOn: dayjs().format('YYYY-MM-DD'), filingNumber: number || null },
          }),
          '已登记',
        ),
    });
  };
  const status = {
    filed: ['success', '已备案'],
    filed_late: ['warning', '逾期备案'],
    overdue: ['error', '已逾期未备案'],
    open: ['processing', '待备案'],
    unknown: ['default', '无法计算'],
  } as const;
  const columns: ProColumns<TrainingClass>[] = [
    { title: '培训班', dataIndex: 'name' },
    { title: '学院', dataIndex: 'collegeName', width: 130 },
    { title: '职业', render: (_, c) => `${c.occupationName} ${levelNames[c.level]}` },
    { title: '学员', dataIndex: 'traineeCount', width: 70 },
    { title: '报名截止', dataIndex: 'enrolmentClosesOn', width: 110 },
    { title: '备案期限', width: 110, render: (_, c) => c.filingDeadline ?? c.deadlineError },
    {
      title: '备案',
      width: 170,
      render: (_, c) => (
        <>
          <Tag color={status[c.filingStatus][0]}>{status[c.filingStatus][1]}</Tag>
          {c.filedOn && `${c.filedOn}`}
        </>
      ),
    },
    { title: '操作', width: 90, render: (_, c) => !c.filedOn && <a onClick={() => file(c)}>登记备案</a> },
  ];
  return (
    <PageContainer
      title="培训班"
      content={`培训认定须于招生和培训报名完成后 ${settings.data?.trainingFilingDays ?? 20} 个工作日内向就业服务中心进行开班备案。`}
    >
      <ProTable<TrainingClass>
        rowKey="id"
        columns={columns}
        dataSource={classes.data?.items}
        loading={classes.isFetching}
        {...table}
        headerTitle="培训班"
        toolBarRender={() => [
          <Button
            key="c"
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            data-testid="training-create"
          >
            新建培训班
          </Button>,
        ]}
      />
      {creating && <TrainingClassForm onClose={() => setCreating(false)} />}
    </PageContainer>
  );
}

/** 认定通知 (R-PLAN-05): the published notices, as the candidate portal shows them. */
export function NoticesPage() {
  const [keyword, setKeyword] = useState<string>();
  const notices = usePublishedNotices(keyword);
  const columns: ProColumns<BatchNotice>[] = [
    { title: '通知', dataIndex: 'title', width: 320 },
    { title: '等级', dataIndex: 'levels', width: 160 },
    { title: '报名时间', dataIndex: 'registrationPeriod', width: 200 },
    {
      title: '发布时间',
      width: 140,
      render: (_, n) => (n.publishedAt ? dayjs(n.publishedAt).format('YYYY-MM-DD HH:mm') : ''),
    },
    {
      title: '打印',
      width: 80,
      render: (_, n) => <a href={apiUrl('/notices/{id}/pdf', { path: { id: n.batchId } })}>PDF</a>,
    },
  ];
  return (
    <PageContainer title="认定通知">
      <ProTable<BatchNotice>
        rowKey="batchId"
        columns={columns}
        dataSource={notices.data?.items}
        loading={notices.isFetching}
        {...table}
        headerTitle={
          <TitledSearch
            title="已发布的认定通知"
            placeholder="通知标题或职业"
            onSearch={setKeyword}
            testId="notices-search"
          />
        }
        scroll={{ x: 'max-content' }}
      />
    </PageContainer>
  );
}
