import { useState } from 'react';
import { Alert, App, Badge, Button, Card, Input, InputNumber, Segmented, Space, Tag, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import type { MarkDetail, MarkStep, MarkingView } from '../../../shared/scoring.js';
import { errorMessage } from '../../app/api.js';
import { useSaveMark } from './api.js';
import { scoreText } from './format.js';
import { markTotal, taskRaw } from './markTotal.js';

type Task = MarkingView['tasks'][number];
type Step = Task['steps'][number];
/** A step as it is being marked: the points given, a failed veto item, the deductions tapped (count each). */
type StepState = { points: number | null; vetoFailed: boolean; taps: number[]; note: string | null };

/** A deduction's short name for the 备注 column: its text up to the first comma (“未清洗零件或未去毛刺”). */
const headOf = (text: string) => text.split(/[，,；;：:]/)[0].trim();

function initialState(tasks: Task[], mine: MarkDetail['mine']): StepState[][] {
  return tasks.map((t, ti) =>
    t.steps.map((s, si) => {
      const m = mine?.steps.find((x) => x.task === ti && x.step === si);
      return {
        points: m ? m.points : s.points,
        vetoFailed: m?.vetoFailed ?? false,
        taps: s.deductions.map(() => 0),
        note: m?.note ?? null,
      };
    }),
  );
}

/** The note of a step: the deductions tapped (“基准导轨直线度超差 ×2”), else what was saved before. */
function noteOf(step: Step, st: StepState): string | null {
  const tapped = step.deductions
    .map((d, di) => (st.taps[di] ? `${headOf(d.text)}${st.taps[di] > 1 ? ` ×${st.taps[di]}` : ''}` : null))
    .filter(Boolean);
  return tapped.length ? tapped.join('；').slice(0, 500) : st.note;
}

/**
 * The task's scoring sheet (评分记录表) on the tablet: each step with its 考核要素, 考核要求 and 评分标准, deduction
 * buttons (a tap subtracts its points), the points given (0…配分, full by default), 否决项 as 通过/否决; the overtime
 * deduction; the live total as the server counts it; 保存草稿 and 提交评分 (final).
 */
export function MarkForm(props: { sittingId: string; view: MarkingView; detail: MarkDetail }) {
  const tasks = props.view.tasks;
  const [state, setState] = useState(() => initialState(tasks, props.detail.mine));
  const [overtime, setOvertime] = useState<number | null>(props.detail.mine?.overtimeDeduction ?? 0);
  const [note, setNote] = useState(props.detail.mine?.note ?? '');
  const save = useSaveMark(props.sittingId, props.detail.applicationId);
  const { message, modal } = App.useApp();

  const update = (ti: number, si: number, f: (s: StepState) => StepState) =>
    setState((all) => all.map((t, i) => (i !== ti ? t : t.map((s, j) => (j !== si ? s : f(s))))));

  const steps: MarkStep[] = tasks.flatMap((t, ti) =>
    t.steps.map((s, si) => {
      const st = state[ti][si];
      return {
        task: ti,
        step: si,
        points: st.points ?? 0,
        vetoFailed: s.veto && st.vetoFailed,
        note: noteOf(s, st),
      };
    }),
  );
  const total = markTotal(tasks, steps, overtime ?? 0);
  const full = tasks.reduce((a, t) => a + t.points, 0);
  const empty = tasks.flatMap((t, ti) =>
    t.steps.map((s, si) => (state[ti][si].points === null ? `第 ${ti + 1} 题第 ${si + 1} 项` : null)).filter(Boolean),
  );

  const send = async (submit: boolean) => {
    try {
      await save.mutateAsync({ steps, overtimeDeduction: overtime ?? 0, note: note.trim() || null, submit });
      message.success(submit ? '评分已提交' : '草稿已保存');
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  const submit = () => {
    if (empty.length) {
      message.error(`请填写得分：${empty.slice(0, 3).join('、')}`);
      return;
    }
    modal.confirm({
      title: `提交评分：总分 ${scoreText(total)} 分？`,
      content: '提交后不能修改。提交后可以看到其他考评员的评分。',
      okText: '提交评分',
      cancelText: '再检查一下',
      okButtonProps: { size: 'large', 'data-testid': 'mark-submit-ok' },
      cancelButtonProps: { size: 'large' },
      onOk: () => send(true),
    });
  };

  return (
    // A plain column (not Space, which wraps each child): the bar below sticks to the bottom of the whole form.
    <div style={{ display: 'flex', flexDirection: 'column', gap: 12 }} data-testid="mark-form">
      {tasks.map((t, ti) => {
        const { raw, vetoed } = taskRaw(ti, steps);
        const stepsFull = t.steps.reduce((a, s) => a + s.points, 0);
        const counted = stepsFull > 0 ? Math.round(((raw * t.points) / stepsFull) * 100) / 100 : 0;
        return (
          <Card
            key={ti}
            size="small"
            data-testid="mark-task"
            title={
              <div style={{ whiteSpace: 'normal', padding: '6px 0' }}>
                <Space size={4} wrap>
                  <span>试题 {t.no}</span>
                  <Tag color="blue">配分 {t.points} 分</Tag>
                  <Tag>限时 {t.timeLimitMinutes} 分钟</Tag>
                </Space>
                <Typography.Paragraph
                  type="secondary"
                  style={{ margin: '4px 0 0', fontWeight: 'normal' }}
                  ellipsis={{ rows: 2, expandable: true, symbol: '展开' }}
                >
                  {t.title}
                </Typography.Paragraph>
              </div>
            }
          >
            <Space direction="vertical" size={10} style={{ width: '100%' }}>
              {t.steps.map((s, si) => (
                <StepBlock key={si} index={si} step={s} state={state[ti][si]} onChange={(f) => update(ti, si, f)} />
              ))}
              <div style={{ textAlign: 'right' }} data-testid="mark-task-total">
                {vetoed ? (
                  <Tag color="red">否决项未通过，本题不得分</Tag>
                ) : (
                  <Typography.Text>
                    本题得分 {scoreText(raw)} / {stepsFull}
                    {stepsFull !== t.points && `，折合 ${scoreText(counted)} 分`}
                  </Typography.Text>
                )}
              </div>
            </Space>
          </Card>
        );
      })}
      <Card size="small" title="超时扣分与备注">
        <Space direction="vertical" size={8} style={{ width: '100%' }}>
          {tasks.map((t) => (
            <Typography.Text key={t.no} type="secondary">
              试题 {t.no}：{t.overtimeRule || '无超时规定'}
            </Typography.Text>
          ))}
          <Space wrap align="center">
            <span>超时扣分</span>
            <InputNumber
              size="large"
              min={0}
              max={100}
              step={1}
              value={overtime}
              onChange={(x) => setOvertime(x)}
              style={{ width: 120 }}
              data-testid="mark-overtime"
            />
            <span>分</span>
          </Space>
          <Input.TextArea
            rows={2}
            maxLength={500}
            placeholder="备注（选填）"
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
        </Space>
      </Card>
      {empty.length > 0 && <Alert type="warning" showIcon message={`尚未填写得分：${empty.join('、')}`} />}
      <div
        style={{
          position: 'sticky',
          bottom: 0,
          zIndex: 10,
          background: '#fff',
          border: '1px solid #f0f0f0',
          borderRadius: 10,
          boxShadow: '0 -2px 10px rgba(0,0,0,0.08)',
          padding: '10px 14px',
          display: 'flex',
          flexWrap: 'wrap',
          alignItems: 'center',
          gap: 12,
        }}
        data-testid="mark-bar"
      >
        <span>
          总分{' '}
          <span style={{ fontSize: 28, fontWeight: 600 }} data-testid="mark-total">
            {scoreText(total)}
          </span>{' '}
          / {full}
        </span>
        <span style={{ flex: 1 }} />
        <Button size="large" loading={save.isPending} onClick={() => void send(false)} data-testid="mark-draft">
          保存草稿
        </Button>
        <Button size="large" type="primary" loading={save.isPending} onClick={submit} data-testid="mark-submit">
          提交评分
        </Button>
      </div>
    </div>
  );
}

function StepBlock(props: {
  index: number;
  step: Step;
  state: StepState;
  onChange: (f: (s: StepState) => StepState) => void;
}) {
  const { step: s, state: st } = props;
  const tap = (di: number) =>
    props.onChange((x) => ({
      ...x,
      points: Math.max(0, Math.round(((x.points ?? s.points) - s.deductions[di].points) * 100) / 100),
      taps: x.taps.map((n, i) => (i === di ? n + 1 : n)),
    }));
  const reset = () => props.onChange((x) => ({ ...x, points: s.points, taps: x.taps.map(() => 0), note: null }));
  return (
    <div
      style={{
        border: '1px solid #f0f0f0',
        borderRadius: 8,
        padding: 12,
        background: s.veto ? (st.vetoFailed ? '#fff1f0' : '#fffbe6') : undefined,
      }}
      data-testid="mark-step"
    >
      <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', gap: 8 }}>
        <Typography.Text strong style={{ fontSize: 16 }}>
          {props.index + 1}. {s.element}
        </Typography.Text>
        {s.veto ? <Tag color="gold">否决项</Tag> : <Tag>配分 {s.points}</Tag>}
      </div>
      <div style={{ margin: '4px 0', color: 'rgba(0,0,0,0.65)' }}>考核要求：{s.requirement}</div>
      {s.criteria && <div style={{ marginBottom: 6, color: 'rgba(0,0,0,0.45)' }}>评分标准：{s.criteria}</div>}
      {s.deductions.length > 0 && (
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, margin: '8px 0' }}>
          {s.deductions.map((d, di) => (
            <Badge key={di} count={st.taps[di]} offset={[-4, 4]}>
              <Button
                size="large"
                onClick={() => tap(di)}
                style={{ height: 'auto', minHeight: 44, whiteSpace: 'normal', textAlign: 'left', maxWidth: '100%' }}
                data-testid="mark-deduction"
              >
                <span>
                  <Typography.Text type="danger" strong>
                    −{d.points}
                  </Typography.Text>{' '}
                  {d.text}
                </span>
              </Button>
            </Badge>
          ))}
        </div>
      )}
      <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 12, marginTop: 6 }}>
        {s.veto && (
          <Segmented
            size="large"
            value={st.vetoFailed ? 'fail' : 'pass'}
            onChange={(v) => props.onChange((x) => ({ ...x, vetoFailed: v === 'fail' }))}
            options={[
              { value: 'pass', label: '通过' },
              { value: 'fail', label: '否决（本题 0 分）' },
            ]}
            data-testid="mark-veto"
          />
        )}
        {(!s.veto || s.points > 0) && (
          <>
            <span>得分</span>
            <InputNumber
              size="large"
              min={0}
              max={s.points}
              step={1}
              value={st.points}
              onChange={(v) => props.onChange((x) => ({ ...x, points: v }))}
              style={{ width: 120 }}
              status={st.points === null ? 'error' : undefined}
              data-testid="mark-points"
            />
            <span>/ {s.points}</span>
            <Button
              size="large"
              icon={<ReloadOutlined />}
              onClick={reset}
              disabled={st.points === s.points && st.taps.every((n) => n === 0)}
            >
              满分
            </Button>
          </>
        )}
      </div>
      {st.taps.some((n) => n > 0) && (
        <div style={{ marginTop: 6, color: 'rgba(0,0,0,0.45)' }}>扣分记录：{noteOf(s, st)}</div>
      )}
    </div>
  );
}
