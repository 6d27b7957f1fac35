import { App, Descriptions, Form, Input, InputNumber, Modal, Radio } from 'antd';
import type { SheetRow } from '../../../shared/scoring.js';
import { applyServerErrors } from '../../app/forms.js';
import { useRequestCorrection } from './api.js';
import { scoreText } from './format.js';

type Values = { kind: 'score' | 'absent'; score?: number | null; reason: string };

/**
 * R-SCORE-04: after sign-off a score changes only by a correction — the new score or 缺考 with a reason, approved by
 * the centre head; the request is audited and takes effect on approval.
 */
export function CorrectionDialog(props: { sittingId: string; row: SheetRow; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const request = useRequestCorrection(props.sittingId);
  const { message } = App.useApp();
  const kind = Form.useWatch('kind', form);
  const r = props.row;
  return (
    <Modal
      open
      title="申请成绩更正"
      okText="提交更正申请"
      cancelText="取消"
      confirmLoading={request.isPending}
      onCancel={props.onClose}
      destroyOnClose
      data-testid="correction-dialog"
      onOk={async () => {
        const v = await form.validateFields();
        try {
          await request.mutateAsync({
            applicationId: r.applicationId,
            absent: v.kind === 'absent',
            score: v.kind === 'absent' ? null : (v.score ?? null),
            reason: v.reason.trim(),
          });
          message.success('更正申请已提交，待中心负责人批准后生效');
          props.onClose();
        } catch (e) {
          const rest = applyServerErrors(form, e, ['score', 'reason']);
          if (rest) message.error(rest);
        }
      }}
    >
      <Descriptions size="small" column={1} style={{ marginBottom: 12 }}>
        <Descriptions.Item label="考生">
          {r.name}（{r.ticketNumber ?? '无准考证号'}）
        </Descriptions.Item>
        <Descriptions.Item label="现成绩">{r.absent ? '缺考' : scoreText(r.score)}</Descriptions.Item>
      </Descriptions>
      <Form form={form} layout="vertical" initialValues={{ kind: 'score', score: r.score ?? undefined }}>
        <Form.Item name="kind" label="更正为">
          <Radio.Group
            options={[
              { value: 'score', label: '成绩' },
              { value: 'absent', label: '缺考' },
            ]}
          />
        </Form.Item>
        {kind !== 'absent' && (
          <Form.Item
            name="score"
            label="新成绩"
            rules={[{ required: true, message: '请填写新成绩' }]}
            extra="0–100，最多两位小数"
          >
            <InputNumber min={0} max={100} precision={2} style={{ width: 160 }} data-testid="correction-score" />
          </Form.Item>
        )}
        <Form.Item
          name="reason"
          label="更正理由"
          rules={[
            { required: true, message: '请填写更正理由' },
            { min: 2, message: '更正理由至少 2 个字' },
          ]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount data-testid="correction-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
