import { useState } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  Empty,
  Form,
  Image,
  Input,
  Modal,
  Select,
  Space,
  Tag,
  Typography,
  Upload,
} from 'antd';
import { CameraOutlined, PlusOutlined } from '@ant-design/icons';
import type { UploadFile } from 'antd/es/upload/interface';
import { violationClauseByCode, violationClauses, violationTierNames } from '../../../shared/exams.js';
import type { CheckinRow, RoomParams, Violation } from '../../../shared/exams-day.js';
import { errorMessage } from '../../app/api.js';
import { uploadEvidence, useRecordViolation, useViolations } from './api.day.js';
import { candidateOptions } from './IncidentsTab.js';
import { dayTime } from './format.js';

const tierColors = { 1: 'gold', 2: 'orange', 3: 'red', 4: 'magenta' } as Record<number, string>;

/**
 * 违纪 (R-VIOL-01…04, recorded here; scoring applies the effect): the room's violations with clause, tier and
 * evidence, and the form (clause from the handbook's 考生违纪违规处理规定, the tier's effect shown, photos as
 * evidence).
 */
export function ViolationsTab(props: {
  room: RoomParams;
  candidates: CheckinRow[];
  mayProctor: boolean;
  closed: boolean;
}) {
  const list = useViolations(props.room);
  const [adding, setAdding] = useState(false);
  const items = list.data?.items ?? [];
  return (
    <div style={{ maxWidth: 860 }}>
      {props.mayProctor && !props.closed && (
        <Button
          danger
          type="primary"
          size="large"
          icon={<PlusOutlined />}
          onClick={() => setAdding(true)}
          style={{ marginBottom: 12 }}
          data-testid="violation-add"
        >
          记录违纪
        </Button>
      )}
      {list.error && <Alert type="error" showIcon message={errorMessage(list.error)} />}
      {!list.isLoading && items.length === 0 ? (
        <Card>
          <Empty description="本考场没有违纪记录" />
        </Card>
      ) : (
        <Space direction="vertical" style={{ width: '100%' }} size={8}>
          {items.map((v) => (
            <ViolationCard key={v.id} violation={v} />
          ))}
        </Space>
      )}
      {adding && <ViolationDialog room={props.room} candidates={props.candidates} onClose={() => setAdding(false)} />}
    </div>
  );
}

function ViolationCard({ violation: v }: { violation: Violation }) {
  return (
    <Card
      size="small"
      data-testid="violation"
      title={
        <span style={{ whiteSpace: 'normal' }}>
          {v.seatNo ?? ''} 号 {v.candidateName}
        </span>
      }
      extra={dayTime(v.occurredAt)}
    >
      <Space wrap size={[6, 4]}>
        <Tag color={tierColors[v.tier]}>第 {v.tier} 类</Tag>
        <span>{v.clauseName}</span>
      </Space>
      <div>
        <Typography.Text type="secondary">
          处理：{violationTierNames[v.tier as 1 | 2 | 3 | 4] ?? ''}（由成绩处理环节执行）
        </Typography.Text>
      </div>
      <div style={{ marginTop: 4 }}>事实：{v.description}</div>
      {v.evidence.length > 0 && (
        <Space wrap style={{ marginTop: 6 }}>
          {v.evidence.map((f) => (
            <Image key={f.id} src={f.url} alt={f.name} width={72} height={72} style={{ objectFit: 'cover' }} />
          ))}
        </Space>
      )}
      <div>
        <Typography.Text type="secondary">{v.recordedByName} 记录</Typography.Text>
      </div>
    </Card>
  );
}

/** The violation form; `applicationId` preselects the candidate (from the seat map). */
export function ViolationDialog(props: {
  room: RoomParams;
  candidates: CheckinRow[];
  applicationId?: string;
  onClose: () => void;
}) {
  const record = useRecordViolation(props.room);
  const [form] = Form.useForm<{ applicationId: string; clause: string; description: string }>();
  const { message } = App.useApp();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const clause = violationClauseByCode.get(Form.useWatch('clause', form) ?? '');
  const uploading = files.some((f) => f.status === 'uploading');

  const submit = () =>
    form.validateFields().then((v) =>
      record
        .mutateAsync({
          ...v,
          evidenceFileIds: files
            .filter((f) => f.status === 'done' && f.response?.id)
            .map((f) => f.response.id as string),
        })
        .then(() => {
          message.success('违纪已记录');
          props.onClose();
        })
        .catch((e) => message.error(errorMessage(e))),
    );

  return (
    <Modal
      open
      title="记录违纪"
      okText="保存"
      okButtonProps={{ danger: true, disabled: uploading }}
      cancelText="取消"
      onOk={submit}
      confirmLoading={record.isPending}
      onCancel={props.onClose}
      width={560}
      data-testid="violation-dialog"
    >
      <Form form={form} layout="vertical" initialValues={{ applicationId: props.applicationId }}>
        <Form.Item name="applicationId" label="考生" rules={[{ required: true, message: '请选择考生' }]}>
          <Select
            showSearch
            optionFilterProp="label"
            placeholder="座位号或姓名"
            options={candidateOptions(props.candidates)}
            data-testid="violation-candidate"
          />
        </Form.Item>
        <Form.Item name="clause" label="违纪条款" rules={[{ required: true, message: '请选择违纪条款' }]}>
          <Select
            showSearch
            optionFilterProp="label"
            placeholder="按《考生违纪违规处理规定》选择"
            options={[1, 2, 3, 4].map((tier) => ({
              label: `第 ${tier} 类：${violationTierNames[tier as 1 | 2 | 3 | 4]}`,
              options: violationClauses.filter((c) => c.tier === tier).map((c) => ({ value: c.code, label: c.name })),
            }))}
            data-testid="violation-clause"
          />
        </Form.Item>
        {clause && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 12 }}
            message={`第 ${clause.tier} 类：${violationTierNames[clause.tier]}`}
            description="处理结果由成绩处理环节执行，此处只作记录。"
            data-testid="violation-tier"
          />
        )}
        <Form.Item name="description" label="违纪事实" rules={[{ required: true, message: '请填写违纪事实' }]}>
          <Input.TextArea
            rows={3}
            maxLength={2000}
            placeholder="时间、经过、物证"
            data-testid="violation-description"
          />
        </Form.Item>
        <Form.Item label="证据照片" extra="可拍照上传物证、现场照片，最多 20 张">
          <Upload
            accept="image/*"
            capture="environment"
            listType="picture-card"
            fileList={files}
            maxCount={20}
            onChange={({ fileList }) => setFiles(fileList)}
            customRequest={({ file, onSuccess, onError }) => {
              uploadEvidence(file as File)
                .then((meta) => onSuccess?.(meta))
                .catch((e) => {
                  message.error(errorMessage(e));
                  onError?.(e as Error);
                });
            }}
          >
            <div>
              <CameraOutlined />
              <div style={{ marginTop: 4 }}>拍照/上传</div>
            </div>
          </Upload>
        </Form.Item>
      </Form>
    </Modal>
  );
}
