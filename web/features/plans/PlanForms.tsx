import { useState } from 'react';
import {
  Alert,
  App,
  Button,
  Checkbox,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Space,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { AnnualPlan, SemesterPlan, TrainingClassBody } from '../../../shared/plans.js';
import type { ScopeRow } from '../../../shared/scope.js';
import { levelNames } from '../../../shared/centre.rules.js';
import { errorMessage } from '../../app/api.js';
import { useSession } from '../../app/session.js';
import { useScope } from '../centre/api.js';
import { useColleges } from '../colleges/api.js';
import { useAnnualAction, useSemesterAction, useTrainingAction, useTrainingDeadline } from './api.js';
import { lineToValues, newLine, PlanLinesField, valuesToLine, type LineValues } from './PlanLinesField.js';

function useRun() {
  const { message } = App.useApp();
  return async (p: Promise<unknown>, done = '已保存') => {
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

/** Scope rows a college may plan: its own and those the centre approved for it (R-ORG-03). */
const rowsOf = (rows: ScopeRow[], collegeId: string | undefined) =>
  collegeId
    ? rows.filter((r) => r.collegeId === collegeId || r.approvals.some((a) => a.collegeId === collegeId))
    : rows;

/** R-PLAN-01: the annual plan, created or edited by the centre, with its lines. */
export function AnnualPlanForm({ plan, onClose }: { plan?: AnnualPlan; onClose: () => void }) {
  const scope = useScope({ status: 'active' });
  const action = useAnnualAction();
  const run = useRun();
  const [form] = Form.useForm();
  const rows = scope.data?.items ?? [];
  if (scope.isLoading) return null;
  const initial = plan
    ? {
        year: plan.year,
        title: plan.title,
        note: plan.note ?? undefined,
        lines: plan.lines.map((l) => lineToValues(rows, l)),
      }
    : { year: dayjs().year() + 1, title: `${dayjs().year() + 1} 年度职业技能等级认定计划`, lines: [newLine()] };
  return (
    <Modal
      open
      title={plan ? `修改 ${plan.year} 年度计划` : '新建年度计划'}
      width={900}
      okText="保存"
      confirmLoading={action.isPending}
      onCancel={onClose}
      onOk={async () => {
        const v = await form.validateFields();
        const body = {
          year: v.year,
          title: v.title,
          note: v.note || null,
          lines: (v.lines ?? []).map((l: LineValues) => valuesToLine(rows, l)),
        };
        if (await run(action.mutateAsync({ kind: 'save', id: plan?.id, body }))) onClose();
      }}
    >
      <Form form={form} layout="vertical" initialValues={initial} data-testid="annual-form">
        <Space align="start" wrap>
          <Form.Item name="year" label="年度" rules={[{ required: true, message: '请填写年度' }]}>
            <InputNumber min={2020} max={2100} />
          </Form.Item>
          <Form.Item
            name="title"
            label="标题"
            rules={[{ required: true, min: 2, message: '请填写标题（至少 2 个字）' }]}
            style={{ width: 420 }}
          >
            <Input />
          </Form.Item>
        </Space>
        <Form.Item name="note" label="说明">
          <Input.TextArea rows={2} placeholder="如：各二级学院据此制定学期认定计划" />
        </Form.Item>
        <PlanLinesField rows={rows} withMonth showCollege />
      </Form>
    </Modal>
  );
}

/**
 * R-PLAN-02: a college's semester plan or ad-hoc project. A draft or returned plan can be corrected here and
 * (re)submitted in the same step; the centre's reason for returning it is shown on top.
 */
export function SemesterPlanForm({ plan, onClose }: { plan?: SemesterPlan; onClose: () => void }) {
  const me = useSession();
  const scope = useScope({ status: 'active' });
  const colleges = useColleges(!me.user.collegeId);
  const action = useSemesterAction();
  const run = useRun();
  const [form] = Form.useForm();
  const ownCollege = me.user.collegeId ?? undefined;
  const [collegeId, setCollegeId] = useState<string | undefined>(plan?.collegeId ?? ownCollege);
  const rows = rowsOf(scope.data?.items ?? [], collegeId);
  if (scope.isLoading) return null;
  const y = dayjs().month() >= 7 ? dayjs().year() : dayjs().year() - 1;
  const initial = plan
    ? {
        collegeId: plan.collegeId,
        semester: plan.semester,
        adHoc: plan.adHoc,
        title: plan.title,
        note: plan.note ?? undefined,
        lines: plan.lines.map((l) => lineToValues(rows, l)),
      }
    : {
        collegeId: ownCollege,
        semester: `${y}-${y + 1}-${dayjs().month() >= 7 || dayjs().month() === 0 ? 1 : 2}`,
        lines: [newLine()],
      };
  const save = async (submit: boolean) => {
    const v = await form.validateFields();
    const body = {
      collegeId: v.collegeId ?? ownCollege ?? '',
      semester: v.semester,
      adHoc: !!v.adHoc,
      title: v.title,
      note: v.note || null,
      lines: (v.lines ?? []).map((l: LineValues) => valuesToLine(rows, l)),
    };
    const work = (async () => {
      const saved = await action.mutateAsync({ kind: 'save', id: plan?.id, body });
      if (submit) await action.mutateAsync({ kind: 'submit', id: saved.id });
    })();
    if (await run(work, submit ? '已提交认定中心' : '已保存')) onClose();
  };
  return (
    <Modal
      open
      title={plan ? '修改学期计划' : '新建学期计划'}
      width={820}
      onCancel={onClose}
      footer={[
        <Button key="c" onClick={onClose}>
          取消
        </Button>,
        <Button key="s" onClick={() => void save(false)} loading={action.isPending}>
          保存
        </Button>,
        <Button
          key="p"
          type="primary"
          onClick={() => void save(true)}
          loading={action.isPending}
          data-testid="semester-save-submit"
        >
          {plan?.status === 'returned' ? '保存并重新提交' : '保存并提交'}
        </Button>,
      ]}
    >
      {plan?.status === 'returned' && plan.reason && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          message={`认定中心退回原因：${plan.reason}`}
          description={plan.decidedBy ? `退回人：${plan.decidedBy}` : undefined}
        />
      )}
      <Form
        form={form}
        layout="vertical"
        initialValues={initial}
        data-testid="semester-form"
        onValuesChange={(c) => c.collegeId && setCollegeId(c.collegeId)}
      >
        <Space align="start" wrap>
          {!ownCollege && (
            <Form.Item
              name="collegeId"
              label="二级学院"
              rules={[{ required: true, message: '请选择二级学院' }]}
              style={{ width: 180 }}
            >
              <Select options={(colleges.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))} />
            </Form.Item>
          )}
          <Form.Item
            name="semester"
            label="学期"
            rules={[{ required: true, message: '请填写学期' }]}
            style={{ width: 140 }}
          >
            <Input placeholder="2026-2027-1" />
          </Form.Item>
          <Form.Item
            name="title"
            label="标题"
            rules={[{ required: true, min: 2, message: '请填写标题（至少 2 个字）' }]}
            style={{ width: 320 }}
          >
            <Input />
          </Form.Item>
          <Form.Item name="adHoc" label="临时项目" valuePropName="checked">
            <Checkbox />
          </Form.Item>
        </Space>
        <Form.Item name="note" label="说明">
          <Input.TextArea rows={2} />
        </Form.Item>
        <PlanLinesField rows={rows} />
      </Form>
    </Modal>
  );
}

/** R-PLAN-06: a training class; the form shows the filing deadline the class will get, in working days. */
export function TrainingClassForm({ onClose }: { onClose: () => void }) {
  const me = useSession();
  const scope = useScope({ status: 'active' });
  const colleges = useColleges(!me.user.collegeId);
  const action = useTrainingAction();
  const run = useRun();
  const [form] = Form.useForm();
  const ownCollege = me.user.collegeId ?? undefined;
  const [collegeId, setCollegeId] = useState<string | undefined>(ownCollege);
  const [rowId, setRowId] = useState<string | undefined>();
  const [closes, setCloses] = useState<string | undefined>();
  const deadline = useTrainingDeadline(closes);
  const rows = rowsOf(scope.data?.items ?? [], collegeId);
  const row = rows.find((r) => r.id === rowId);
  return (
    <Modal
      open
      title="新建培训班"
      width={720}
      okText="保存"
      confirmLoading={action.isPending}
      onCancel={onClose}
      onOk={async () => {
        const v = await form.validateFields();
        const r = rows.find((x) => x.id === v.scopeRowId)!;
        const body: TrainingClassBody = {
          collegeId: v.collegeId ?? ownCollege ?? r.collegeId,
          name: v.name,
          edition: r.edition as TrainingClassBody['edition'],
          code: r.code,
          jobName: r.jobName,
          level: v.level,
          enrolmentClosesOn: (v.enrolmentClosesOn as Dayjs).format('YYYY-MM-DD'),
          traineeCount: v.traineeCount,
          note: v.note || null,
        };
        if (await run(action.mutateAsync({ kind: 'save', body }))) onClose();
      }}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ collegeId: ownCollege, traineeCount: 30 }}
        data-testid="training-form"
        onValuesChange={(c) => {
          if (c.collegeId) setCollegeId(c.collegeId);
          if (c.scopeRowId) setRowId(c.scopeRowId);
          if ('enrolmentClosesOn' in c)
            setCloses(c.enrolmentClosesOn ? (c.enrolmentClosesOn as Dayjs).format('YYYY-MM-DD') : undefined);
        }}
      >
        <Space align="start" wrap>
          {!ownCollege && (
            <Form.Item
              name="collegeId"
              label="二级学院"
              rules={[{ required: true, message: '请选择二级学院' }]}
              style={{ width: 180 }}
            >
              <Select options={(colleges.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))} />
            </Form.Item>
          )}
          <Form.Item
            name="name"
            label="培训班名称"
            rules={[{ required: true, min: 2, message: '请填写培训班名称' }]}
            style={{ width: 320 }}
          >
            <Input placeholder="如 2026 年电工中级培训班" />
          </Form.Item>
        </Space>
        <Space align="start" wrap>
          <Form.Item
            name="scopeRowId"
            label="职业（工种）"
            rules={[{ required: true, message: '请选择职业' }]}
            style={{ width: 320 }}
          >
            <Select
              showSearch
              optionFilterProp="label"
              options={rows.map((r) => ({
                value: r.id,
                label: `${r.code} ${r.occupationName}${r.jobName ? `（${r.jobName}）` : ''}`,
              }))}
            />
          </Form.Item>
          <Form.Item
            name="level"
            label="等级"
            rules={[{ required: true, message: '请选择等级' }]}
            style={{ width: 150 }}
          >
            <Select options={(row?.levels ?? [5, 4, 3, 2, 1]).map((l) => ({ value: l, label: levelNames[l] }))} />
          </Form.Item>
        </Space>
        <Space align="start" wrap>
          <Form.Item
            name="enrolmentClosesOn"
            label="招生报名截止日期"
            rules={[{ required: true, message: '请选择日期' }]}
          >
            <DatePicker />
          </Form.Item>
          <Form.Item name="traineeCount" label="学员人数">
            <InputNumber min={0} />
          </Form.Item>
        </Space>
        <div data-testid="training-deadline" style={{ marginBottom: 16 }}>
          {!closes ? (
            <Typography.Text type="secondary">选择报名截止日期后显示开班备案期限。</Typography.Text>
          ) : deadline.data?.deadline ? (
            <Alert
              type="info"
              showIcon
              message={`开班备案期限：报名截止后 ${deadline.data.days} 个工作日内，即 ${deadline.data.deadline}（含当日）前向就业服务中心备案`}
            />
          ) : deadline.data?.error ? (
            <Alert type="warning" showIcon message={`无法计算开班备案期限：${deadline.data.error}`} />
          ) : null}
        </div>
        <Form.Item name="note" label="备注（教学计划、考核方式、场地设备等）">
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
