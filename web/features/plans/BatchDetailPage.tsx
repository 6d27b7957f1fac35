import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Form,
  Input,
  Modal,
  Space,
  Table,
  Tag,
  Timeline,
  Tooltip,
  Typography,
} from 'antd';
import { DownloadOutlined, QuestionCircleOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import dayjs from 'dayjs';
import {
  batchMethodNames,
  batchStateNames,
  sittingKindNames,
  type BatchMove,
  type BatchState,
} from '../../../shared/plans.js';
import { formatLevels } from '../../../shared/centre.rules.js';
import { apiUrl, errorMessage } from '../../app/api.js';
import { useCan } from '../../app/session.js';
import { useBatch, useBatchAction, useBatchNotice } from './api.js';
import { BatchForm, ZHOUKOU_HELP } from './BatchForm.js';
import { deadlineColor, stateColor } from '../../components/batchState.js';

/** `page`: the move is made on that page, by the module that owns its rules (成绩公示: R-PUB-01's window). */
const nextMove: Partial<Record<BatchState, { to: BatchMove; label: string; head?: boolean; page?: string }>> = {
  filed: { to: 'registering', label: '开始报名' },
  registering: { to: 'reviewed', label: '完成报名审核' },
  reviewed: { to: 'arranged', label: '完成考务编排' },
  arranged: { to: 'examining', label: '开始考试' },
  examining: { to: 'publicity', label: '公示成绩', head: true, page: '/publicity' },
  // R-ARC-02: closed on 认定档案 once its archive checklist is complete.
  publicity: { to: 'archived', label: '归档', head: true, page: '/archives' },
};

/** One batch (R-PLAN-03…05): sittings, deadline, submission, approval, state changes, exports and the notice. */
export function BatchDetailPage() {
  const { id } = useParams();
  const batch = useBatch(id);
  const notice = useBatchNotice(id);
  const action = useBatchAction();
  const canManage = useCan('batches.manage');
  const canDecide = useCan('batches.decide');
  const canArrange = useCan('arrangement.read');
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [editing, setEditing] = useState(false);
  const [dialog, setDialog] = useState<'submit' | 'approval' | null>(null);
  const [form] = Form.useForm();
  const b = batch.data;
  if (!b) return <PageContainer title="认定批次" loading={batch.isLoading} />;
  const run = async (a: Parameters<typeof action.mutateAsync>[0], done = '已完成') => {
    try {
      await action.mutateAsync(a);
      message.success(done);
      return true;
    } catch (e) {
      message.error(errorMessage(e));
      return false;
    }
  };
  const move = nextMove[b.state];
  const color = deadlineColor(b);

  return (
    <PageContainer
      title={b.title}
      tags={<Tag color={stateColor[b.state]}>{batchStateNames[b.state]}</Tag>}
      extra={[
        canArrange && ['registering', 'reviewed', 'arranged', 'examining'].includes(b.state) && (
          <Button
            key="arr"
            type="primary"
            ghost
            onClick={() => navigate(`/batches/${b.id}/arrangement`)}
            data-testid="batch-arrangement"
          >
            考场编排
          </Button>
        ),
        <Button key="x" icon={<DownloadOutlined />} href={apiUrl('/batches/{id}/plan/xlsx', { path: { id: b.id } })}>
          认定计划 Excel
        </Button>,
        <Button key="p" icon={<DownloadOutlined />} href={apiUrl('/batches/{id}/plan/pdf', { path: { id: b.id } })}>
          认定计划 PDF
        </Button>,
      ]}
    >
      <Space direction="vertical" style={{ width: '100%' }} size="middle" data-testid="batch-detail">
        {b.state === 'draft' && (
          <Alert
            type={color === 'red' ? 'error' : color === 'orange' ? 'warning' : 'info'}
            showIcon
            message={
              b.submissionDeadline
                ? `认定计划须在首场考核（${b.firstSittingDay}）前 ${b.leadDays} 个工作日报送，截止日期：${b.submissionDeadline}`
                : `无法计算报送截止日期：${b.deadlineError ?? ''}`
            }
          />
        )}
        {b.submissionWarning && <Alert type="warning" showIcon message={b.submissionWarning} />}
        <Card
          title="批次信息"
          extra={
            <Space>
              {canManage && b.state === 'draft' && <Button onClick={() => setEditing(true)}>修改</Button>}
              {canManage && b.state === 'draft' && (
                <Button type="primary" onClick={() => setDialog('submit')} data-testid="batch-submit">
                  报送认定计划
                </Button>
              )}
              {canDecide && b.state !== 'draft' && <Button onClick={() => setDialog('approval')}>登记批复</Button>}
              {move && (move.head ? canDecide : canManage) && (
                <Button
                  type="primary"
                  onClick={() =>
                    move.page
                      ? navigate(move.page)
                      : void run({ kind: 'move', id: b.id, to: move.to }, `已${move.label}`)
                  }
                >
                  {move.label}
                </Button>
              )}
            </Space>
          }
        >
          <Descriptions column={{ xs: 1, md: 2 }} size="small">
            <Descriptions.Item label="职业（工种）">{`${b.code} ${b.occupationName}${b.jobName ? `（${b.jobName}）` : ''}`}</Descriptions.Item>
            <Descriptions.Item label="等级">{formatLevels(b.levels)}</Descriptions.Item>
            <Descriptions.Item label="评价方式">{batchMethodNames[b.method]}</Descriptions.Item>
            <Descriptions.Item label="承办学院">{b.collegeName}</Descriptions.Item>
            <Descriptions.Item label="报名时间">{`${b.registrationOpensOn} 至 ${b.registrationClosesOn}`}</Descriptions.Item>
            <Descriptions.Item label="报名地点">{b.registrationPlace ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="收费标准">{b.fee ? `${b.fee} 元/人` : '免费'}</Descriptions.Item>
            <Descriptions.Item label="计划人数">{b.capacity}</Descriptions.Item>
            <Descriptions.Item label="报送截止">
              <Typography.Text style={{ color }}>{b.submissionDeadline ?? b.deadlineError ?? '—'}</Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label="报送日期">
              {b.submittedOn ? `${b.submittedOn}${b.submittedLate ? '（逾期）' : ''}` : '—'}
            </Descriptions.Item>
            <Descriptions.Item label="批复">
              {b.approvalNumber ? `${b.approvalNumber}（${b.approvalDate}）` : '—'}
            </Descriptions.Item>
            <Descriptions.Item
              label={
                <Tooltip title={ZHOUKOU_HELP}>
                  按相关课程门数认定（周口办法） <QuestionCircleOutlined />
                </Tooltip>
              }
            >
              {b.zhoukouCourseVariant
                ? '是：相关课程合格 6 门及以上可认定四级，8 门及以上可认定三级'
                : '否：全部应修课程合格'}
            </Descriptions.Item>
          </Descriptions>
        </Card>
        <Card title="考核场次">
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={b.sittings}
            columns={[
              { title: '科目', dataIndex: 'kind', render: (k: keyof typeof sittingKindNames) => sittingKindNames[k] },
              { title: '日期', dataIndex: 'day' },
              { title: '时间', render: (_, s) => `${s.startsAt}–${s.endsAt}` },
              { title: '地点', dataIndex: 'place' },
              { title: '考试模块', dataIndex: 'modules', render: (m: string[]) => (m.length ? m.join('、') : '—') },
            ]}
          />
        </Card>
        <Card
          title="认定通知"
          extra={
            canManage &&
            b.state !== 'draft' && (
              <Button onClick={() => void run({ kind: 'publish', id: b.id }, '通知已发布')}>
                {b.noticePublishedAt ? '重新发布' : '发布通知'}
              </Button>
            )
          }
        >
          {notice.data && (
            <Space direction="vertical">
              <Typography.Title level={5}>{notice.data.title}</Typography.Title>
              <Typography.Text>报名对象：{notice.data.applicants}</Typography.Text>
              <Typography.Text>申报条件：{notice.data.conditions}</Typography.Text>
              <Typography.Text>
                报名时间：{notice.data.registrationPeriod}（{notice.data.registrationPlace}）
              </Typography.Text>
              <Typography.Text>
                考核标准：{notice.data.standard}；评价方式：{notice.data.method}
              </Typography.Text>
              {b.noticePublishedAt ? (
                <Space>
                  <Tag color="success">已发布 {dayjs(b.noticePublishedAt).format('YYYY-MM-DD HH:mm')}</Tag>
                  <Button
                    size="small"
                    icon={<DownloadOutlined />}
                    href={apiUrl('/notices/{id}/pdf', { path: { id: b.id } })}
                  >
                    打印通知
                  </Button>
                </Space>
              ) : (
                <Tag>未发布（报送认定计划后可发布）</Tag>
              )}
            </Space>
          )}
        </Card>
        <Card title="状态记录">
          <Timeline
            items={b.transitions.map((t) => ({
              children: `${dayjs(t.at).format('YYYY-MM-DD HH:mm')} ${t.actorName}：${batchStateNames[t.from as BatchState]} → ${batchStateNames[t.to as BatchState]}${t.note ? `（${t.note}）` : ''}`,
            }))}
          />
        </Card>
      </Space>
      {editing && <BatchForm open batch={b} onClose={() => setEditing(false)} />}
      <Modal
        open={!!dialog}
        title={dialog === 'submit' ? '报送认定计划' : '登记鉴定指导中心批复'}
        destroyOnHidden
        onCancel={() => setDialog(null)}
        onOk={async () => {
          const v = await form.validateFields();
          const ok =
            dialog === 'submit'
              ? await run(
                  { kind: 'submit', id: b.id, body: { submittedOn: v.day.format('YYYY-MM-DD'), note: v.note || null } },
                  '已报送',
                )
              : await run(
                  {
                    kind: 'approval',
                    id: b.id,
                    body: { approvalNumber: v.number, approvalDate: v.day.format('YYYY-MM-DD') },
                  },
                  '批复已登记',
                );
          if (ok) setDialog(null);
        }}
      >
        <Form form={form} layout="vertical" preserve={false} initialValues={{ day: dayjs() }}>
          {dialog === 'approval' && (
            <Form.Item name="number" label="批复文号" rules={[{ required: true, message: '请填写批复文号' }]}>
              <Input />
            </Form.Item>
          )}
          <Form.Item
            name="day"
            label={dialog === 'submit' ? '报送日期' : '批复日期'}
            rules={[{ required: true, message: '请选择日期' }]}
          >
            <DatePicker />
          </Form.Item>
          {dialog === 'submit' && (
            <Form.Item name="note" label="备注">
              <Input />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </PageContainer>
  );
}
