import { useState } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  Empty,
  Form,
  Input,
  InputNumber,
  Modal,
  Popconfirm,
  Radio,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { creditStateNames, incidentKindByCode, incidentKinds, type CreditState } from '../../../shared/exams.js';
import type { CheckinRow, Incident, IncidentBody, RoomParams } from '../../../shared/exams-day.js';
import { errorMessage } from '../../app/api.js';
import { useDecideIncident, useIncidents, useRecordIncident } from './api.day.js';
import { dayTime } from './format.js';

const creditColors: Record<CreditState, string> = {
  none: 'default',
  pending: 'warning',
  approved: 'green',
  rejected: 'red',
};

/** The candidates of a form's select: seat and name. */
export const candidateOptions = (candidates: CheckinRow[]) =>
  candidates.map((c) => ({ value: c.applicationId, label: `${c.seatNo} 号 ${c.name}` }));

/**
 * 突发事件 (R-EXAM-04): the room's incidents with their handling and credited time, and the form (the handbook's
 * catalogue: the kind prefills its handling and says whether time may be credited). Credit waits for the site
 * head, who approves or rejects it here.
 */
export function IncidentsTab(props: {
  room: RoomParams;
  candidates: CheckinRow[];
  mayProctor: boolean;
  mayApprove: boolean;
  closed: boolean;
}) {
  const list = useIncidents(props.room);
  const [adding, setAdding] = useState(false);
  const items = list.data?.items ?? [];
  return (
    <div style={{ maxWidth: 860 }}>
      {props.mayProctor && !props.closed && (
        <Button
          type="primary"
          size="large"
          icon={<PlusOutlined />}
          onClick={() => setAdding(true)}
          style={{ marginBottom: 12 }}
          data-testid="incident-add"
        >
          记录突发事件
        </Button>
      )}
      {list.error && <Alert type="error" showIcon message={errorMessage(list.error)} />}
      {!list.isLoading && items.length === 0 ? (
        <Card>
          <Empty description="本考场没有突发事件记录" />
        </Card>
      ) : (
        <Space direction="vertical" style={{ width: '100%' }} size={8}>
          {items.map((i) => (
            <IncidentCard key={i.id} incident={i} mayApprove={props.mayApprove} />
          ))}
        </Space>
      )}
      {adding && <IncidentDialog room={props.room} candidates={props.candidates} onClose={() => setAdding(false)} />}
    </div>
  );
}

function IncidentCard({ incident: i, mayApprove }: { incident: Incident; mayApprove: boolean }) {
  const decide = useDecideIncident();
  const { message } = App.useApp();
  const run = (approve: boolean) =>
    decide
      .mutateAsync({ id: i.id, body: { approve } })
      .then(() => message.success(approve ? '已批准，补时已生效' : '已不予批准'))
      .catch((e) => message.error(errorMessage(e)));
  return (
    <Card
      size="small"
      data-testid="incident"
      data-credit={i.creditState}
      title={
        <span style={{ whiteSpace: 'normal' }}>
          {i.kindName} · {i.candidateName ? `${i.seatNo ?? ''} 号 ${i.candidateName}` : '全场'}
        </span>
      }
      extra={dayTime(i.occurredAt)}
    >
      <div>情况：{i.description}</div>
      <div>
        <Typography.Text type="secondary">处理：{i.handling}</Typography.Text>
      </div>
      <Space wrap style={{ marginTop: 6 }}>
        {i.creditMinutes > 0 && <Tag>补时 {i.creditMinutes} 分钟</Tag>}
        {i.creditState !== 'none' && (
          <Tag color={creditColors[i.creditState]} data-testid="incident-credit-state">
            {creditStateNames[i.creditState]}
          </Tag>
        )}
        <Typography.Text type="secondary">
          {i.recordedByName} 记录
          {i.decidedByName && `，${i.decidedByName} ${i.creditState === 'approved' ? '批准' : '审核'}`}
          {i.decisionNote && `：${i.decisionNote}`}
        </Typography.Text>
      </Space>
      {mayApprove && i.creditState === 'pending' && (
        <Space style={{ marginTop: 8, display: 'flex' }}>
          <Button type="primary" loading={decide.isPending} onClick={() => run(true)} data-testid="incident-approve">
            批准补时
          </Button>
          <Popconfirm title="不批准这次补时？" okText="不批准" cancelText="取消" onConfirm={() => run(false)}>
            <Button danger>不批准</Button>
          </Popconfirm>
        </Space>
      )}
    </Card>
  );
}

type IncidentForm = Omit<IncidentBody, 'applicationId'> & { scope: 'candidate' | 'room'; applicationId?: string };

/** The incident form; `applicationId` preselects the candidate (from the seat map). */
export function IncidentDialog(props: {
  room: RoomParams;
  candidates: CheckinRow[];
  applicationId?: string;
  onClose: () => void;
}) {
  const record = useRecordIncident(props.room);
  const [form] = Form.useForm<IncidentForm>();
  const { message } = App.useApp();
  const kindCode = Form.useWatch('kind', form);
  const scope = Form.useWatch('scope', form);
  const kind = kindCode ? incidentKindByCode.get(kindCode) : undefined;

  const submit = () =>
    form.validateFields().then((v) =>
      record
        .mutateAsync({
          kind: v.kind,
          applicationId: v.scope === 'candidate' ? v.applicationId : null,
          description: v.description,
          handling: v.handling,
          creditMinutes: kind?.credit ? (v.creditMinutes ?? 0) : 0,
        })
        .then((r) => {
          message.success(
            r.incident.creditState === 'pending'
              ? '已记录，补时待考场负责人批准'
              : r.incident.creditState === 'approved'
                ? '已记录，补时已生效'
                : '已记录',
          );
          props.onClose();
        })
        .catch((e) => message.error(errorMessage(e))),
    );

  return (
    <Modal
      open
      title="记录突发事件"
      okText="保存"
      cancelText="取消"
      onOk={submit}
      confirmLoading={record.isPending}
      onCancel={props.onClose}
      width={560}
      data-testid="incident-dialog"
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ scope: 'candidate', applicationId: props.applicationId, creditMinutes: 0 }}
      >
        <Form.Item name="kind" label="事件类型" rules={[{ required: true, message: '请选择事件类型' }]}>
          <Select
            showSearch
            optionFilterProp="label"
            placeholder="按《突发事件处理办法》选择"
            options={incidentKinds.map((k) => ({ value: k.code, label: `${k.name}（${k.section}）` }))}
            onChange={(code: string) => {
              const k = incidentKindByCode.get(code);
              form.setFieldsValue({
                handling: k?.handling ?? '',
                scope: k?.room ? 'room' : 'candidate',
                creditMinutes: 0,
              });
            }}
            data-testid="incident-kind"
          />
        </Form.Item>
        <Form.Item name="scope" label="涉及">
          <Radio.Group
            options={[
              { value: 'candidate', label: '个别考生' },
              { value: 'room', label: '全场' },
            ]}
          />
        </Form.Item>
        {scope === 'candidate' && (
          <Form.Item name="applicationId" label="考生" rules={[{ required: true, message: '请选择考生' }]}>
            <Select
              showSearch
              optionFilterProp="label"
              placeholder="座位号或姓名"
              options={candidateOptions(props.candidates)}
              data-testid="incident-candidate"
            />
          </Form.Item>
        )}
        <Form.Item name="description" label="情况说明" rules={[{ required: true, message: '请填写情况说明' }]}>
          <Input.TextArea
            rows={3}
            maxLength={2000}
            placeholder="时间、经过、涉及人员"
            data-testid="incident-description"
          />
        </Form.Item>
        <Form.Item name="handling" label="处理办法" extra="按处理办法预填，可修改为实际处理情况">
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        {kind &&
          (kind.credit ? (
            <Form.Item
              name="creditMinutes"
              label="补时（顺延）分钟"
              extra="记录处理耽误的时间；须经考场负责人批准后计入考试时间"
            >
              <InputNumber
                min={0}
                max={240}
                precision={0}
                addonAfter="分钟"
                style={{ width: 180 }}
                data-testid="incident-credit"
              />
            </Form.Item>
          ) : (
            <Alert
              type="info"
              showIcon
              message={`本类事件不延长考试时间（突发事件处理办法 ${kind.section}）`}
              style={{ marginBottom: 12 }}
            />
          ))}
      </Form>
    </Modal>
  );
}
