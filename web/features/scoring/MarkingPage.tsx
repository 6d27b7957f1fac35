import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { Alert, App, Button, Empty, Modal, Result, Segmented, Space, Spin, Tag, Typography } from 'antd';
import { CrownOutlined, StopOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import type { MarkingView } from '../../../shared/scoring.js';
import { errorMessage } from '../../app/api.js';
import { useConfirmAgreement, useMarking } from './api.js';
import { dateTime, scoreText } from './format.js';
import { markingColors } from './SheetGrid.js';

type Candidate = MarkingView['candidates'][number];
type Filter = 'all' | 'todo' | 'done' | 'attention';

const mineNames: Record<Candidate['mine'], string> = { none: '我未评', draft: '草稿未提交', submitted: '我已提交' };
const mineColors: Record<Candidate['mine'], string> = { none: 'default', draft: 'orange', submitted: 'blue' };

/** Whether the examiner has something to do for a candidate (its mark, or the leader's decision). */
const todo = (c: Candidate) => (c.may.mark && c.mine !== 'submitted') || c.may.decide;

/**
 * 评分 of one skill sitting, tablet first (R-SCORE-01/04): the confidentiality agreement before the first mark, the
 * marking window, and the candidates as cards by seat — the 2+1+1 state, the examiner's own mark, 回避 where it has a
 * conflict (R-PPL-08); a card opens the candidate's scoring sheet.
 */
export function MarkingPage() {
  const { sittingId = '' } = useParams();
  const view = useMarking(sittingId);
  const [filter, setFilter] = useState<Filter>('all');

  if (view.isLoading) return <Spin style={{ display: 'block', margin: '64px auto' }} />;
  if (view.error)
    return (
      <PageContainer title="评分">
        <Result status="warning" title={errorMessage(view.error)} extra={<Link to="/marking">返回评分</Link>} />
      </PageContainer>
    );
  const v = view.data!;
  const shown = v.candidates.filter((c) =>
    filter === 'todo'
      ? todo(c)
      : filter === 'done'
        ? c.mine === 'submitted'
        : filter === 'attention'
          ? c.state === 'third_needed' || c.state === 'leader_needed'
          : true,
  );
  const count = (f: (c: Candidate) => boolean) => v.candidates.filter(f).length;

  return (
    <PageContainer
      title={`评分 · ${v.kindName}`}
      onBack={() => history.back()}
      subTitle={
        v.leader ? (
          <Tag color="gold" icon={<CrownOutlined />}>
            组长
          </Tag>
        ) : undefined
      }
      content={<MarkingHeader view={v} />}
    >
      <AgreementModal view={v} />
      <Space direction="vertical" size={12} style={{ width: '100%' }}>
        {!v.paperTitle && (
          <Alert type="warning" showIcon message="中心尚未指定本场次评分所用的操作技能试卷，暂不能评分。" />
        )}
        <Segmented<Filter>
          size="large"
          value={filter}
          onChange={setFilter}
          options={[
            { value: 'all', label: `全部 ${v.candidates.length}` },
            { value: 'todo', label: `待我评分 ${count(todo)}` },
            { value: 'done', label: `我已评 ${count((c) => c.mine === 'submitted')}` },
            {
              value: 'attention',
              label: `待第三评/裁定 ${count((c) => c.state === 'third_needed' || c.state === 'leader_needed')}`,
            },
          ]}
          style={{ maxWidth: '100%', overflowX: 'auto' }}
          data-testid="marking-filter"
        />
        {shown.length === 0 ? (
          <Empty description="没有符合条件的考生" />
        ) : (
          <div
            style={{
              display: 'grid',
              gridTemplateColumns: 'repeat(auto-fill, minmax(210px, 1fr))',
              gap: 12,
            }}
            data-testid="marking-candidates"
          >
            {shown.map((c) => (
              <CandidateCard key={c.applicationId} sittingId={sittingId} candidate={c} />
            ))}
          </div>
        )}
      </Space>
    </PageContainer>
  );
}

/** The batch, the paper and the marking window, on every marking screen. */
export function MarkingHeader({ view: v }: { view: MarkingView }) {
  return (
    <Space direction="vertical" size={2} data-testid="marking-header">
      <Typography.Text>{v.batchTitle}</Typography.Text>
      <Typography.Text type="secondary">
        {v.day} · 评分试卷：{v.paperTitle ?? '未指定'}
      </Typography.Text>
      <span data-testid="marking-window">
        {v.windowOpen ? <Tag color="green">评分进行中</Tag> : <Tag color="default">评分未开放</Tag>}
        <Typography.Text type="secondary">
          评分时间 {dateTime(v.windowOpensAt)} 至 {dateTime(v.windowClosesAt)}
        </Typography.Text>
      </span>
    </Space>
  );
}

function CandidateCard({ sittingId, candidate: c }: { sittingId: string; candidate: Candidate }) {
  const body = (
    <div
      style={{
        border: `1px solid ${todo(c) ? '#91caff' : '#f0f0f0'}`,
        borderRadius: 10,
        padding: '12px 14px',
        minHeight: 118,
        background: c.conflict ? '#fafafa' : '#fff',
        color: 'rgba(0,0,0,0.88)',
      }}
    >
      <div style={{ display: 'flex', alignItems: 'baseline', gap: 10 }}>
        <span style={{ fontSize: 26, fontWeight: 600, lineHeight: 1.1 }}>{c.seatNo ?? '—'}</span>
        <span style={{ fontSize: 12, color: 'rgba(0,0,0,0.45)' }}>号</span>
        <span style={{ fontSize: 18, fontWeight: 500 }}>{c.name}</span>
      </div>
      <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.45)', margin: '4px 0 8px' }}>{c.ticketNumber ?? '—'}</div>
      <Space size={[4, 4]} wrap>
        {c.conflict ? (
          <Tag color="red" icon={<StopOutlined />}>
            回避
          </Tag>
        ) : (
          <Tag color={markingColors[c.state] ?? 'default'} data-testid="candidate-state">
            {c.stateName}
            {c.score !== null && ` ${scoreText(c.score)} 分`}
          </Tag>
        )}
        {!c.conflict && c.state !== 'absent' && (
          <Tag color={mineColors[c.mine]}>
            {mineNames[c.mine]}
            {c.myTotal !== null && ` ${scoreText(c.myTotal)}`}
          </Tag>
        )}
        {c.may.mark && c.may.round === 3 && c.mine !== 'submitted' && <Tag color="purple">第三评</Tag>}
        {c.may.decide && <Tag color="red">待我裁定</Tag>}
      </Space>
    </div>
  );
  if (c.conflict)
    return (
      <div data-testid="marking-candidate" data-name={c.name} title="您与该考生存在回避关系，不能为其评分">
        {body}
      </div>
    );
  return (
    <Link to={`/marking/${sittingId}/${c.applicationId}`} data-testid="marking-candidate" data-name={c.name}>
      {body}
    </Link>
  );
}

/** R-SCORE-04: the confidentiality agreement, confirmed once per batch before the first mark. */
export function AgreementModal({ view }: { view: MarkingView }) {
  const agree = useConfirmAgreement(view.sittingId);
  const navigate = useNavigate();
  const { message } = App.useApp();
  return (
    <Modal
      open={!view.agreed}
      title="考评人员保密承诺"
      closable={false}
      maskClosable={false}
      keyboard={false}
      data-testid="agreement-modal"
      footer={[
        <Button key="back" size="large" onClick={() => navigate('/marking')}>
          返回
        </Button>,
        <Button
          key="ok"
          size="large"
          type="primary"
          loading={agree.isPending}
          onClick={() =>
            agree
              .mutateAsync()
              .then(() => message.success('已确认保密承诺'))
              .catch((e) => message.error(errorMessage(e)))
          }
          data-testid="agreement-confirm"
        >
          我已阅读并承诺
        </Button>,
      ]}
    >
      <Typography.Paragraph style={{ fontSize: 16, lineHeight: 1.8 }}>{view.agreementText}</Typography.Paragraph>
      <Typography.Text type="secondary">确认后方可为本批次考生评分；确认记录将存档备查。</Typography.Text>
    </Modal>
  );
}
