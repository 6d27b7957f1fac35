import { Link, useParams } from 'react-router-dom';
import { Alert, App, Button, Card, Descriptions, Form, Input, InputNumber, Result, Space, Spin, Tag } from 'antd';
import { DownloadOutlined, LeftOutlined, RightOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import type { MarkDetail, MarkingView } from '../../../shared/scoring.js';
import { errorMessage } from '../../app/api.js';
import { applyServerErrors } from '../../app/forms.js';
import { markRecordPdfUrl, useDecideMark, useMark, useMarking } from './api.js';
import { scoreText } from './format.js';
import { MarkForm } from './MarkForm.js';
import { MarkComparison } from './MarkComparison.js';
import { AgreementModal, MarkingHeader } from './MarkingPage.js';
import { markingColors } from './SheetGrid.js';

type Candidate = MarkingView['candidates'][number];

/**
 * One candidate's marking on the tablet (R-SCORE-01/04): the task's scoring sheet to mark (blind), or after submitting
 * the 2+1+1 state, the score once resolved and the others' marks; the leader's decision when the third mark agrees
 * with neither; the 评分记录表 as PDF.
 */
export function MarkFormPage() {
  const { sittingId = '', applicationId = '' } = useParams();
  const view = useMarking(sittingId);
  const detail = useMark(sittingId, applicationId);

  if (view.isLoading || detail.isLoading) return <Spin style={{ display: 'block', margin: '64px auto' }} />;
  const error = view.error ?? detail.error;
  if (error)
    return (
      <PageContainer title="评分">
        <Result
          status="warning"
          title={errorMessage(error)}
          extra={<Link to={`/marking/${sittingId}`}>返回考生列表</Link>}
        />
      </PageContainer>
    );
  const v = view.data!;
  const d = detail.data!;
  const c = v.candidates.find((x) => x.applicationId === applicationId);
  const submitted = !!d.mine?.submitted;
  const editable = !!c && c.may.mark && !submitted && v.agreed && v.windowOpen;
  // The next candidate with something to do, in seat order after this one (then from the top).
  const at = v.candidates.findIndex((x) => x.applicationId === applicationId);
  const waiting = (x: Candidate) => x.applicationId !== applicationId && x.may.mark && x.mine !== 'submitted';
  const next = [...v.candidates.slice(at + 1), ...v.candidates.slice(0, Math.max(0, at))].find(waiting);

  return (
    <PageContainer
      title={`${c?.seatNo != null ? `${c.seatNo} 号 ` : ''}${d.name}`}
      onBack={() => history.back()}
      subTitle={
        <Tag color={markingColors[d.state] ?? 'default'} data-testid="mark-state">
          {d.stateName}
          {d.score !== null && ` ${scoreText(d.score)} 分`}
        </Tag>
      }
      content={<MarkingHeader view={v} />}
    >
      <AgreementModal view={v} />
      <Space direction="vertical" size={12} style={{ width: '100%' }}>
        <Card size="small">
          <Descriptions size="small" column={{ xs: 1, sm: 2, md: 2, lg: 3, xl: 3, xxl: 3 }}>
            <Descriptions.Item label="准考证号">{d.ticketNumber ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="身份证号">{d.idMasked}</Descriptions.Item>
            <Descriptions.Item label="评分轮次">
              {d.mine ? (d.mine.round === 3 ? '第三评' : '初评') : c?.may.round === 3 ? '第三评' : '初评'}
            </Descriptions.Item>
          </Descriptions>
        </Card>
        {editable ? (
          <>
            {c?.may.round === 3 && (
              <Alert
                type="warning"
                showIcon
                message="第三评：前两位考评员的评分分差超出允许范围。请独立评分，提交后方可看到其他考评员的评分。"
              />
            )}
            <MarkForm key={applicationId} sittingId={sittingId} view={v} detail={d} />
          </>
        ) : (
          <>
            <NotMarkable view={v} candidate={c} detail={d} />
            <MarkComparison view={v} detail={d} />
          </>
        )}
        {c?.may.decide && <DecisionCard sittingId={sittingId} applicationId={applicationId} />}
        <Space wrap>
          <Link to={`/marking/${sittingId}`}>
            <Button size="large" icon={<LeftOutlined />}>
              考生列表
            </Button>
          </Link>
          {submitted && (
            <Button
              size="large"
              icon={<DownloadOutlined />}
              href={markRecordPdfUrl(sittingId, applicationId)}
              data-testid="mark-record-pdf"
            >
              下载评分记录表
            </Button>
          )}
          {next && (
            <Link to={`/marking/${sittingId}/${next.applicationId}`} data-testid="mark-next">
              <Button size="large" type={submitted ? 'primary' : 'default'}>
                下一位：{next.seatNo != null ? `${next.seatNo} 号 ` : ''}
                {next.name} <RightOutlined />
              </Button>
            </Link>
          )}
        </Space>
      </Space>
    </PageContainer>
  );
}

/** Why this examiner does not mark the candidate now (nothing when it has submitted). */
function NotMarkable({
  view,
  candidate: c,
  detail: d,
}: {
  view: MarkingView;
  candidate?: Candidate;
  detail: MarkDetail;
}) {
  if (d.mine?.submitted)
    return (
      <Alert
        type="success"
        showIcon
        data-testid="mark-submitted"
        message={`您已提交评分：${scoreText(d.mine.total)} 分`}
        description={
          d.state === 'resolved'
            ? `该考生成绩已确定：${scoreText(d.score)} 分。`
            : d.state === 'third_needed'
              ? '两位考评员的评分分差超出允许范围，待第三位考评员评分。'
              : d.state === 'leader_needed'
                ? '第三评与前两评均不一致，待考评组组长裁定。'
                : '等待其他考评员评分。'
        }
      />
    );
  const why = !c
    ? '本场次没有该考生'
    : c.conflict
      ? '您与该考生存在回避关系（亲属、任课教师或其他利害关系），不能为其评分。'
      : c.state === 'absent'
        ? '该考生缺考，无需评分。'
        : !view.paperTitle
          ? '中心尚未指定本场次评分所用的操作技能试卷。'
          : !view.windowOpen
            ? '当前不在本场次的评分时间内。'
            : !view.agreed
              ? '评分前请先阅读并确认保密承诺。'
              : d.state === 'resolved'
                ? '该考生的成绩已确定，无需您再评分。'
                : c.may.decide
                  ? '请在下方作出组长裁定。'
                  : '该考生已有足够的考评员评分，无需您再评分。';
  return <Alert type="info" showIcon message={why} data-testid="mark-blocked" />;
}

/** 2+1+1: the leader decides the score with a reason when the third mark agrees with neither. */
function DecisionCard(props: { sittingId: string; applicationId: string }) {
  const [form] = Form.useForm<{ score: number; reason: string }>();
  const decide = useDecideMark(props.sittingId, props.applicationId);
  const { message, modal } = App.useApp();
  return (
    <Card size="small" title="组长裁定" data-testid="mark-decision">
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 12 }}
        message="第三评与前两评均不一致。请参考上方各考评员的评分，确定该考生的成绩并写明理由。"
      />
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) =>
          modal.confirm({
            title: `确定该考生成绩为 ${v.score} 分？`,
            content: '组长裁定后成绩即确定，不能再修改。',
            okText: '确定',
            cancelText: '取消',
            onOk: async () => {
              try {
                await decide.mutateAsync({ score: v.score, reason: v.reason.trim() });
                message.success('已裁定');
              } catch (e) {
                const rest = applyServerErrors(form, e, ['score', 'reason']);
                if (rest) message.error(rest);
              }
            },
          })
        }
      >
        <Form.Item name="score" label="裁定成绩" rules={[{ required: true, message: '请填写裁定成绩' }]}>
          <InputNumber
            size="large"
            min={0}
            max={100}
            precision={2}
            style={{ width: 160 }}
            data-testid="decision-score"
          />
        </Form.Item>
        <Form.Item
          name="reason"
          label="裁定理由"
          rules={[
            { required: true, message: '请填写裁定理由' },
            { min: 2, message: '裁定理由至少 2 个字' },
          ]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount data-testid="decision-reason" />
        </Form.Item>
        <Button size="large" type="primary" htmlType="submit" loading={decide.isPending} data-testid="decision-submit">
          提交裁定
        </Button>
      </Form>
    </Card>
  );
}
