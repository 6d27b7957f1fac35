import { useState } from 'react';
import { Alert, Form, Input, Modal, Space, Tag, Timeline, Typography } from 'antd';
import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import dayjs from 'dayjs';
import {
  applicationStatusNames,
  decisionActionNames,
  feeStatusNames,
  reviewStageNames,
  type ApplicationStatus,
  type DecisionAction,
  type FeeStatus,
  type ReviewStage,
} from '../../../shared/registration.js';
import type { EligibilityOut } from '../../../shared/registration.js';

type EligibilityReason = EligibilityOut['reasons'][number];
type LevelDecision = EligibilityOut['levels'][number];

/** Pieces both the candidate portal and the review screens show: status tags, verdicts, the decision timeline. */

export const statusColor: Record<ApplicationStatus, string> = {
  pending_college: 'processing',
  pending_centre: 'blue',
  rejected: 'error',
  approved: 'success',
  withdrawn: 'default',
};
export const feeColor: Record<FeeStatus, string> = {
  unpaid: 'warning',
  paid: 'success',
  free: 'cyan',
  refunded: 'default',
};

export const StatusTag = ({ status }: { status: ApplicationStatus }) => (
  <Tag color={statusColor[status]} data-testid="application-status">
    {applicationStatusNames[status]}
  </Tag>
);
/** The fee state, once it means something: after approval (R-FEE-01: approved applicants pay), or once money moved. */
export const FeeTag = ({ status, applicationStatus }: { status: FeeStatus; applicationStatus: ApplicationStatus }) =>
  applicationStatus === 'approved' || status !== 'unpaid' ? (
    <Tag color={feeColor[status]} data-testid="fee-status">
      {feeStatusNames[status]}
    </Tag>
  ) : null;

/** Rule ids such as （R-ELIG-07） or R-REG-03 taken out of a sentence: candidates never see them (issue 9). */
export const withoutRuleIds = (text: string) =>
  text
    .replace(/\s*[（(]\s*R-[A-Z]+-\d+[^）)]*[）)]/g, '')
    .replace(/[，,、]?\s*R-[A-Z]+-\d+\s*[：:]?/g, '')
    .trim();

/**
 * One reason of the engine: a sentence in plain Chinese (R-ELIG-00). Staff see the rule id as a small grey reference
 * beside it (`ruleIds`); candidates see the sentence alone.
 */
export function ReasonLine({ reason, ruleIds }: { reason: EligibilityReason; ruleIds?: boolean }) {
  return (
    <div style={{ display: 'flex', gap: 6, alignItems: 'baseline' }}>
      {reason.ok ? (
        <CheckCircleFilled style={{ color: '#52c41a', fontSize: 12 }} />
      ) : (
        <CloseCircleFilled style={{ color: '#ff4d4f', fontSize: 12 }} />
      )}
      <span style={{ flex: 1, minWidth: 0, wordBreak: 'break-word' }}>
        {ruleIds ? reason.text : withoutRuleIds(reason.text)}
        {ruleIds && (
          <Typography.Text type="secondary" style={{ fontSize: 12, marginLeft: 6 }} data-testid="rule-ref">
            {reason.rule}
          </Typography.Text>
        )}
      </span>
    </div>
  );
}

// Checks that pass for nearly everyone: left out of the brief view.
const routine = new Set(['R-REG-03', 'R-ELIG-00', 'R-ELIG-07']);

/**
 * The engine's verdict per level: 可报 / 不可报 with its reasons. `brief` (the phone's batch card) keeps the levels
 * the batch opens and, per level, the reasons that decided it: what failed, or the rule that grants it.
 */
export function LevelVerdicts({
  levels,
  compact,
  only,
  brief,
  ruleIds,
}: {
  levels: LevelDecision[];
  compact?: boolean;
  only?: number[];
  brief?: boolean;
  /** Staff screens: the rule ids as small references (never on the candidate's screens). */
  ruleIds?: boolean;
}) {
  const shown = only ? levels.filter((l) => only.includes(l.level)) : levels;
  const reasonsOf = (l: LevelDecision) => {
    if (!brief) return l.reasons;
    if (!l.eligible) return l.reasons.filter((r) => !r.ok);
    const main = l.reasons.filter((r) => !routine.has(r.rule));
    return main.length ? main : l.reasons;
  };
  return (
    <Space direction="vertical" size={compact ? 4 : 8} style={{ width: '100%' }}>
      {shown.map((l) => (
        <div key={l.level} data-testid={`verdict-${l.level}`}>
          <Space size={6} wrap>
            <Typography.Text strong>{l.name}</Typography.Text>
            <Tag color={l.eligible ? 'success' : l.manual ? 'warning' : 'error'}>
              {l.eligible ? '可报' : l.manual ? '可报（须人工审核）' : '不可报'}
            </Tag>
          </Space>
          <div style={{ paddingLeft: 4, fontSize: 13 }}>
            {reasonsOf(l).map((r, i) => (
              <ReasonLine key={i} reason={r} ruleIds={ruleIds} />
            ))}
          </div>
        </div>
      ))}
    </Space>
  );
}

export interface DecisionEntry {
  stage: ReviewStage;
  action: DecisionAction;
  reason: string | null;
  actorName: string;
  at: string;
}

/** R-REG-02: every decision with who, when and why. */
export function DecisionTimeline({ decisions }: { decisions: DecisionEntry[] }) {
  return (
    <Timeline
      data-testid="decision-timeline"
      items={decisions.map((d) => ({
        color:
          d.action === 'reject' ? 'red' : d.action === 'approve' ? 'green' : d.action === 'withdraw' ? 'gray' : 'blue',
        children: (
          <div>
            <Typography.Text strong>{decisionActionNames[d.action]}</Typography.Text>
            <Typography.Text type="secondary">
              {' '}
              · {reviewStageNames[d.stage]} · {d.actorName} · {dayjs(d.at).format('YYYY-MM-DD HH:mm')}
            </Typography.Text>
            {d.reason && <div style={{ wordBreak: 'break-word' }}>原因：{d.reason}</div>}
          </div>
        ),
      }))}
    />
  );
}

/** A modal asking for a reason (退回 needs one; 审核通过 may carry an optional note). */
export function ReasonModal(props: {
  open: boolean;
  title: string;
  required: boolean;
  /** The field's label; default 退回原因 (required) or 备注. */
  label?: string;
  okText?: string;
  placeholder?: string;
  /** Shown above the field, e.g. that the selection holds applications the engine did not find eligible. */
  warning?: string | null;
  onCancel: () => void;
  onOk: (reason: string | null) => Promise<boolean>;
}) {
  const [form] = Form.useForm<{ reason?: string }>();
  const [busy, setBusy] = useState(false);
  const label = props.label ?? (props.required ? '退回原因' : '备注');
  return (
    <Modal
      open={props.open}
      title={props.title}
      okText={props.okText ?? '确定'}
      cancelText="取消"
      destroyOnHidden
      confirmLoading={busy}
      onCancel={props.onCancel}
      okButtonProps={{ 'data-testid': 'reason-ok' } as Record<string, string>}
      onOk={async () => {
        const v = await form.validateFields();
        setBusy(true);
        try {
          const reason = v.reason?.trim() || null;
          if (await props.onOk(reason)) form.resetFields();
        } finally {
          setBusy(false);
        }
      }}
    >
      {props.warning && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          message={props.warning}
          data-testid="reason-warning"
        />
      )}
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item
          name="reason"
          label={label}
          rules={
            props.required
              ? [
                  { required: true, whitespace: true, message: `请填写${label}` },
                  { min: 2, message: `${label}至少 2 个字` },
                ]
              : []
          }
        >
          <Input.TextArea
            rows={3}
            maxLength={500}
            showCount
            placeholder={props.placeholder}
            data-testid="reason-input"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
