import { useState } from 'react';
import {
  Alert,
  App,
  Button,
  Drawer,
  Form,
  Grid,
  Image,
  Input,
  InputNumber,
  Radio,
  Select,
  Space,
  Typography,
  Upload,
} from 'antd';
import { DeleteOutlined, UploadOutlined } from '@ant-design/icons';
import type { z } from 'zod';
import { levelNames, type Level } from '../../../../shared/eligibility.js';
import {
  applicationForm,
  applicationFormNames,
  applyBody,
  evidenceKindNames,
  evidenceKinds,
  singlePartNames,
  type ApplicationDetail,
  type ApplicationForm,
  type EvidenceItem,
  type EvidenceKind,
  type PortalBatch,
  type PortalMe,
  type SinglePart,
} from '../../../../shared/registration.js';
import { api, errorMessage, fileUrl } from '../../../app/api.js';
import { applyServerErrors } from '../../../app/forms.js';
import { usePortalAction } from '../api.js';
import { LevelVerdicts } from '../parts.js';

type FormKey = keyof ApplicationForm;
type Values = Partial<ApplicationForm> & { level?: number; onlyPart?: SinglePart | 'all' };

/** A rule checking one 报名表 field against the shared schema; the schema's "字段：" prefix is dropped under the field. */
function fieldRule(key: FormKey) {
  const schema = applicationForm.shape[key] as z.ZodType;
  return {
    validator: async (_: unknown, value: unknown) => {
      const v = value === '' ? undefined : value;
      const r = schema.safeParse(v);
      if (!r.success)
        throw new Error((r.error.issues[0]?.message ?? `${applicationFormNames[key]}不正确`).replace(/^[^：]+：/, ''));
    },
  };
}

const textFields: { key: FormKey; max?: number; area?: boolean; placeholder?: string }[] = [
  { key: 'phone', placeholder: '11 位手机号码' },
  { key: 'education', placeholder: '如：大专在读' },
  { key: 'school' },
  { key: 'major' },
  { key: 'workUnit', placeholder: '在校生可不填' },
  { key: 'address' },
  { key: 'postcode', placeholder: '6 位数字' },
  { key: 'currentCertificate', placeholder: '无则不填' },
  { key: 'resume', area: true },
  { key: 'note', area: true },
];

/**
 * 报名表 / 职业技能等级认定备案表 (R-REG-01): level limited to the engine's eligible levels (R-ELIG-00), the form
 * fields, a photo and evidence files. Applies, or corrects and resubmits a rejected application (R-REG-02).
 */
export function ApplicationFormDrawer(props: {
  batch: PortalBatch;
  me: PortalMe;
  application?: ApplicationDetail;
  onClose: (done: boolean) => void;
}) {
  const { batch, me, application } = props;
  const screens = Grid.useBreakpoint();
  const { message } = App.useApp();
  const action = usePortalAction();
  const [form] = Form.useForm<Values>();
  const person = me.person;
  const [photoFileId, setPhotoFileId] = useState<string | null>(application?.photoFileId ?? null);
  const [photoIsNew, setPhotoIsNew] = useState(false);
  const [evidence, setEvidence] = useState<EvidenceItem[]>(application?.evidence ?? []);
  const [evidenceKind, setEvidenceKind] = useState<EvidenceKind>('x_certificate');
  const [uploading, setUploading] = useState(false);
  const [topError, setTopError] = useState<string | null>(null);
  const retakeOf = (level: number | undefined) => batch.retakeOptions.find((o) => o.level === level) ?? null;

  const initial: Values = application
    ? {
        ...application.form,
        level: batch.eligibleLevels.includes(application.level) ? application.level : undefined,
        onlyPart: application.onlyPart ?? 'all',
      }
    : {
        level: batch.eligibleLevels.length === 1 ? batch.eligibleLevels[0] : undefined,
        onlyPart: 'all',
        phone: person?.phone ?? undefined,
        major: person?.major ?? undefined,
        workUnit: person?.workUnit ?? undefined,
      };

  const upload = async (file: File, purpose: 'photo' | 'evidence') => {
    setUploading(true);
    try {
      return await api.upload('/files', file, { purpose });
    } catch (e) {
      message.error(errorMessage(e));
      return null;
    } finally {
      setUploading(false);
    }
  };

  const submit = async () => {
    setTopError(null);
    const v = await form.validateFields();
    const formValues = Object.fromEntries(
      (Object.keys(applicationFormNames) as FormKey[]).map((k) => [k, v[k] === '' || v[k] === undefined ? null : v[k]]),
    ) as ApplicationForm;
    const body = {
      batchId: batch.id,
      level: v.level!,
      onlyPart: v.onlyPart && v.onlyPart !== 'all' && retakeOf(v.level) ? v.onlyPart : null,
      form: formValues,
      photoFileId: photoIsNew ? photoFileId : (application?.photoFileId ?? null),
      evidence,
    };
    const parsed = applyBody.safeParse(body);
    if (!parsed.success) {
      setTopError(parsed.error.issues.map((i) => i.message).join('；'));
      return;
    }
    if (!body.photoFileId && !person?.photoFileId) {
      setTopError('照片：请上传本人近期免冠证件照');
      return;
    }
    try {
      if (application) {
        const { batchId: _omit, ...rest } = body;
        await action.mutateAsync({ kind: 'resubmit', id: application.id, body: rest });
        message.success('已重新提交，请等待审核');
      } else {
        await action.mutateAsync({ kind: 'apply', body });
        message.success('报名已提交，请等待学院初审');
      }
      props.onClose(true);
    } catch (e) {
      const rest = applyServerErrors(form, e, [...Object.keys(applicationFormNames), 'level', 'onlyPart']);
      if (rest) setTopError(rest);
    }
  };

  const photoShown = photoFileId ?? (application ? null : person?.photoFileId) ?? null;
  return (
    <Drawer
      open
      title={`${application ? '修改报名表' : '报名表'}：${batch.occupationName}`}
      width={screens.md ? 640 : '100%'}
      onClose={() => props.onClose(false)}
      destroyOnHidden
      footer={
        <Space style={{ width: '100%', justifyContent: 'flex-end' }}>
          <Button onClick={() => props.onClose(false)}>取消</Button>
          <Button
            type="primary"
            loading={action.isPending}
            disabled={uploading}
            onClick={() => void submit()}
            data-testid="application-submit"
          >
            {application ? '重新提交' : '提交报名'}
          </Button>
        </Space>
      }
    >
      <div data-testid="application-form">
        {application && (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 16 }}
            message="退回原因"
            description={[...application.decisions].reverse().find((d) => d.action === 'reject')?.reason ?? '—'}
          />
        )}
        <Typography.Paragraph type="secondary" style={{ marginBottom: 12 }}>
          {batch.title} · {batch.code} {batch.occupationName}
          {batch.jobName ? `（${batch.jobName}）` : ''}
        </Typography.Paragraph>
        {person && (
          <Typography.Paragraph style={{ marginBottom: 12 }}>
            {person.name} · {person.idMasked}
            {person.collegeName ? ` · ${person.collegeName}` : ''}
            {person.className ? ` · ${person.className}` : ''}
          </Typography.Paragraph>
        )}
        <Form form={form} layout="vertical" initialValues={initial} requiredMark>
          <Form.Item name="level" label="申报等级" rules={[{ required: true, message: '请选择申报等级' }]}>
            <Radio.Group style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
              {batch.levels.map((l) => (
                <Radio key={l} value={l} disabled={!batch.eligibleLevels.includes(l)} data-testid={`level-${l}`}>
                  {levelNames[l as Level]}
                  {!batch.eligibleLevels.includes(l) && <Typography.Text type="secondary">（不可报）</Typography.Text>}
                </Radio>
              ))}
            </Radio.Group>
          </Form.Item>
          <Form.Item noStyle dependencies={['level']}>
            {({ getFieldValue }) => {
              // R-SCORE-03: a part kept from an earlier batch lets the candidate take the other part alone.
              const r = retakeOf(getFieldValue('level'));
              return r ? (
                <Form.Item
                  name="onlyPart"
                  label="报考科目"
                  extra={`您${singlePartNames[r.keptPart]}已于 ${r.passedOn} 考试合格${r.keptScore !== null ? `（${r.keptScore} 分）` : ''}，成绩保留至 ${r.validUntil}，可只报考${singlePartNames[r.part]}`}
                >
                  <Radio.Group style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
                    <Radio value="all" data-testid="parts-all">
                      理论知识和操作技能
                    </Radio>
                    <Radio value={r.part} data-testid="parts-only">
                      只报考{singlePartNames[r.part]}（单科报考）
                    </Radio>
                  </Radio.Group>
                </Form.Item>
              ) : null;
            }}
          </Form.Item>
          <details style={{ marginBottom: 16 }}>
            <summary style={{ cursor: 'pointer', color: '#1d5fd6' }}>查看资格审核依据</summary>
            <div style={{ marginTop: 8 }}>
              <LevelVerdicts levels={batch.eligibility.levels} only={batch.levels} compact />
            </div>
          </details>
          {textFields.map((f) => (
            <Form.Item
              key={f.key}
              name={f.key}
              label={applicationFormNames[f.key]}
              rules={[fieldRule(f.key)]}
              required={f.key === 'phone'}
            >
              {f.area ? (
                <Input.TextArea rows={3} placeholder={f.placeholder} />
              ) : (
                <Input placeholder={f.placeholder} data-testid={`form-${f.key}`} />
              )}
            </Form.Item>
          ))}
          <Form.Item name="yearsOfWork" label={applicationFormNames.yearsOfWork} rules={[fieldRule('yearsOfWork')]}>
            <InputNumber min={0} max={60} precision={0} style={{ width: '100%' }} placeholder="在校生可不填" />
          </Form.Item>
          <Form.Item label="证件照" required extra="本人近期免冠正面证件照，JPEG 或 PNG，不超过 2 MB">
            <Space align="start" wrap>
              {photoShown ? (
                <Image
                  width={96}
                  height={134}
                  style={{ objectFit: 'cover' }}
                  src={fileUrl(photoShown)}
                  fallback="data:image/svg+xml;utf8,<svg xmlns='http://www.w3.org/2000/svg' width='96' height='134'><rect width='96' height='134' fill='%23f5f5f5'/><text x='48' y='70' font-size='12' text-anchor='middle' fill='%23999'>档案照片</text></svg>"
                  alt="证件照"
                />
              ) : (
                <div
                  style={{
                    width: 96,
                    height: 134,
                    border: '1px dashed #d9d9d9',
                    display: 'flex',
                    alignItems: 'center',
                    justifyContent: 'center',
                    color: '#999',
                  }}
                >
                  无照片
                </div>
              )}
              <Upload
                accept="image/jpeg,image/png"
                showUploadList={false}
                beforeUpload={(file) => {
                  void upload(file, 'photo').then((f) => {
                    if (f) {
                      setPhotoFileId(f.id);
                      setPhotoIsNew(true);
                    }
                  });
                  return false;
                }}
              >
                <Button icon={<UploadOutlined />} loading={uploading} data-testid="photo-upload">
                  {photoShown ? '更换照片' : '上传照片'}
                </Button>
              </Upload>
            </Space>
          </Form.Item>
          <Form.Item label="证明材料" extra="1+X 证书、职称证书、成绩单等；PDF 或图片，每份不超过 10 MB">
            <Space direction="vertical" style={{ width: '100%' }}>
              {evidence.map((e, i) => (
                <div
                  key={e.fileId + i}
                  style={{ display: 'flex', alignItems: 'center', gap: 8 }}
                  data-testid="evidence-item"
                >
                  <Typography.Text style={{ flex: 1, minWidth: 0 }} ellipsis>
                    {evidenceKindNames[e.kind]}：{e.name}
                  </Typography.Text>
                  <Button
                    size="small"
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label="删除"
                    onClick={() => setEvidence(evidence.filter((_, j) => j !== i))}
                  />
                </div>
              ))}
              <Space.Compact style={{ width: '100%' }}>
                <Select<EvidenceKind>
                  value={evidenceKind}
                  onChange={setEvidenceKind}
                  style={{ flex: 1, minWidth: 0 }}
                  options={evidenceKinds.map((k) => ({ value: k, label: evidenceKindNames[k] }))}
                />
                <Upload
                  accept="image/jpeg,image/png,application/pdf"
                  showUploadList={false}
                  beforeUpload={(file) => {
                    void upload(file, 'evidence').then((f) => {
                      if (f)
                        setEvidence((xs) => [...xs, { kind: evidenceKind, fileId: f.id, name: f.name.slice(0, 200) }]);
                    });
                    return false;
                  }}
                >
                  <Button icon={<UploadOutlined />} loading={uploading} data-testid="evidence-upload">
                    上传
                  </Button>
                </Upload>
              </Space.Compact>
            </Space>
          </Form.Item>
        </Form>
        {topError && <Alert type="error" showIcon message={topError} data-testid="application-error" />}
      </div>
    </Drawer>
  );
}
