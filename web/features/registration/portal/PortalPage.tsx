import { useState } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Row,
  Segmented,
  Skeleton,
  Space,
  Tag,
  Typography,
} from 'antd';
import { FilePdfOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import { useSearchParams } from 'react-router-dom';
import dayjs from 'dayjs';
import { levelNames, type Level } from '../../../../shared/eligibility.js';
import {
  applicationStatusNames,
  singlePartNames,
  type ApplicationRow,
  type PortalBatch,
} from '../../../../shared/registration.js';
import { batchMethodNames, type BatchMethod } from '../../../../shared/plans.js';
import { errorMessage } from '../../../app/api.js';
import {
  portalFormPdf,
  portalTicketPdf,
  usePortalSeats,
  useMyApplication,
  useMyApplications,
  usePortalAction,
  usePortalBatches,
  usePortalMe,
} from '../api.js';
import { DecisionTimeline, FeeTag, LevelVerdicts, StatusTag, withoutRuleIds } from '../parts.js';
import { ApplicationFormDrawer } from './ApplicationFormDrawer.js';
import { MyResults } from './MyResults.js';
import { MyCertificates } from './MyCertificates.js';

type Tab = 'batches' | 'mine' | 'exam' | 'results';
const lv = (l: number) => levelNames[l as Level] ?? `${l}级`;

/** 报名 (R-REG-01/02, R-ELIG-00): open batches with the engine's verdict per level, the form, and my applications. Phone first. */
export function PortalPage() {
  const [params, setParams] = useSearchParams();
  const asked = params.get('tab');
  const tab: Tab = asked === 'mine' || asked === 'exam' || asked === 'results' ? asked : 'batches';
  const me = usePortalMe();
  const batches = usePortalBatches();
  const [applying, setApplying] = useState<PortalBatch | null>(null);
  const [correcting, setCorrecting] = useState<string | null>(null);

  const setTab = (t: Tab) => setParams(t === 'batches' ? {} : { tab: t }, { replace: true });
  return (
    <PageContainer title="报名" content="选择可报名的认定批次，填写报名表；审核进度与缴费状态在“我的报名”中查看。">
      <div data-testid="portal-page">
        {tab === 'batches' && me.data && !me.data.profileComplete && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 12 }}
            message="个人信息不完整"
            description={`缺少：${me.data.missing.join('、')}。${me.data.person ? '照片和联系电话可在报名表中填写，其他信息请联系所在学院。' : '请联系所在学院或认定中心关联人员档案。'}`}
          />
        )}
        <Segmented<Tab>
          block
          value={tab}
          onChange={setTab}
          style={{ marginBottom: 12 }}
          options={[
            { value: 'batches', label: '可报名批次' },
            { value: 'mine', label: <span data-testid="tab-mine">我的报名</span> },
            { value: 'exam', label: <span data-testid="tab-exam">准考证</span> },
            { value: 'results', label: <span data-testid="tab-results">成绩</span> },
          ]}
        />
        {tab === 'batches' ? (
          batches.isPending ? (
            <Card>
              <Skeleton active />
            </Card>
          ) : batches.isError ? (
            <Alert type="error" showIcon message={errorMessage(batches.error)} />
          ) : batches.data.items.length === 0 ? (
            <Card>
              <Empty description="目前没有正在报名的认定批次" />
            </Card>
          ) : (
            <Row gutter={[12, 12]}>
              {batches.data.items.map((b) => (
                <Col key={b.id} xs={24} lg={12}>
                  <BatchCard
                    batch={b}
                    canApply={!!me.data?.person}
                    onApply={() => setApplying(b)}
                    onMine={() => setTab('mine')}
                  />
                </Col>
              ))}
            </Row>
          )
        ) : tab === 'mine' ? (
          <MyApplications onCorrect={setCorrecting} />
        ) : tab === 'results' ? (
          <Space direction="vertical" style={{ width: '100%' }} size={16}>
            <MyCertificates />
            <MyResults />
          </Space>
        ) : (
          <MyExams />
        )}
      </div>
      {applying && me.data && (
        <ApplicationFormDrawer
          batch={applying}
          me={me.data}
          onClose={(done) => (setApplying(null), done && setTab('mine'))}
        />
      )}
      {correcting && me.data && batches.data && (
        <CorrectDrawer id={correcting} batches={batches.data.items} me={me.data} onClose={() => setCorrecting(null)} />
      )}
    </PageContainer>
  );
}

function BatchCard({
  batch: b,
  canApply,
  onApply,
  onMine,
}: {
  batch: PortalBatch;
  canApply: boolean;
  onApply: () => void;
  onMine: () => void;
}) {
  const eligible = b.eligibleLevels.length > 0;
  return (
    <Card
      size="small"
      data-testid={`portal-batch-${b.code}`}
      title={<span style={{ whiteSpace: 'normal' }}>{b.title}</span>}
      styles={{ header: { paddingBlock: 8 } }}
    >
      <Descriptions column={1} size="small" colon={false} labelStyle={{ width: 72, color: '#8c8c8c' }}>
        <Descriptions.Item label="职业">
          {b.code} {b.occupationName}
          {b.jobName ? `（${b.jobName}）` : ''}
        </Descriptions.Item>
        <Descriptions.Item label="评价方式">{batchMethodNames[b.method as BatchMethod] ?? b.method}</Descriptions.Item>
        <Descriptions.Item label="报名时间">
          {b.registrationOpensOn} 至 {b.registrationClosesOn}
        </Descriptions.Item>
        {b.registrationPlace && <Descriptions.Item label="报名地点">{b.registrationPlace}</Descriptions.Item>}
        <Descriptions.Item label="首场考核">{b.firstSittingDay ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="收费">{b.fee ? `${b.fee} 元/人` : '免费'}</Descriptions.Item>
        <Descriptions.Item label="承办学院">{b.collegeName}</Descriptions.Item>
      </Descriptions>
      <div style={{ margin: '8px 0', padding: 8, background: '#fafafa', borderRadius: 6 }}>
        <LevelVerdicts levels={b.eligibility.levels} only={b.levels} brief compact />
        <details style={{ marginTop: 4 }}>
          <summary style={{ cursor: 'pointer', color: '#1d5fd6', fontSize: 13 }}>全部等级与审核依据</summary>
          <div style={{ marginTop: 6 }}>
            <LevelVerdicts levels={b.eligibility.levels} compact />
          </div>
        </details>
        {b.eligibility.notes.map((n, i) => (
          <Typography.Text key={i} type="secondary" style={{ display: 'block', fontSize: 12 }}>
            注：{withoutRuleIds(n)}
          </Typography.Text>
        ))}
      </div>
      {b.application ? (
        <Space wrap>
          <Typography.Text>
            已报名 {lv(b.application.level)}：<Tag>{applicationStatusNames[b.application.status]}</Tag>
          </Typography.Text>
          <Button size="small" onClick={onMine}>
            查看我的报名
          </Button>
        </Space>
      ) : (
        <Button type="primary" block disabled={!eligible || !canApply} onClick={onApply} data-testid="portal-apply">
          {eligible ? '报名' : '暂不符合报名条件'}
        </Button>
      )}
    </Card>
  );
}

function MyApplications({ onCorrect }: { onCorrect: (id: string) => void }) {
  const list = useMyApplications();
  if (list.isPending)
    return (
      <Card>
        <Skeleton active />
      </Card>
    );
  if (list.isError) return <Alert type="error" showIcon message={errorMessage(list.error)} />;
  if (!list.data.items.length)
    return (
      <Card>
        <Empty description="还没有报名记录" />
      </Card>
    );
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      {list.data.items.map((a) => (
        <MyApplicationCard key={a.id} row={a} onCorrect={() => onCorrect(a.id)} />
      ))}
    </Space>
  );
}

function MyApplicationCard({ row, onCorrect }: { row: ApplicationRow; onCorrect: () => void }) {
  const detail = useMyApplication(row.id);
  const action = usePortalAction();
  const { message, modal } = App.useApp();
  const d = detail.data;
  const lastReject = d ? [...d.decisions].reverse().find((x) => x.action === 'reject') : undefined;
  const withdraw = () =>
    modal.confirm({
      title: '撤回报名',
      content: '撤回后本次报名作废，如需参加须重新报名。确定撤回吗？',
      okText: '撤回',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: async () => {
        try {
          await action.mutateAsync({ kind: 'withdraw', id: row.id });
          message.success('已撤回');
        } catch (e) {
          message.error(errorMessage(e));
        }
      },
    });
  return (
    <Card
      size="small"
      data-testid={`my-application-${row.code}`}
      title={<span style={{ whiteSpace: 'normal' }}>{row.batchTitle}</span>}
    >
      <Space wrap size={[4, 4]} style={{ marginBottom: 8 }}>
        <StatusTag status={row.status} />
        <FeeTag status={row.feeStatus} applicationStatus={row.status} />
        {row.feeDue > 0 && row.feeStatus === 'unpaid' && row.status === 'approved' && (
          <Typography.Text type="warning">应缴 {row.feeDue} 元</Typography.Text>
        )}
      </Space>
      <div>
        {row.code} {row.occupationName} · {lv(row.level)}
        {row.onlyPart && <Tag style={{ marginLeft: 6 }}>只考{singlePartNames[row.onlyPart]}</Tag>}
      </div>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        提交于 {dayjs(row.submittedAt).format('YYYY-MM-DD HH:mm')}
      </Typography.Text>
      {row.status === 'rejected' && (
        <Alert
          type="error"
          showIcon
          style={{ margin: '8px 0' }}
          data-testid="reject-reason"
          message={`已被${row.rejectedStage === 'centre' ? '认定中心' : '学院'}退回`}
          description={<span style={{ wordBreak: 'break-word' }}>退回原因：{lastReject?.reason ?? '…'}</span>}
        />
      )}
      <Space wrap style={{ margin: '8px 0' }}>
        {d?.can.resubmit && (
          <Button type="primary" onClick={onCorrect} data-testid="application-correct">
            修改并重新提交
          </Button>
        )}
        {row.status !== 'withdrawn' && (
          <Button icon={<FilePdfOutlined />} href={portalFormPdf(row.id)} target="_blank" data-testid="application-pdf">
            打印报名表
          </Button>
        )}
        {d?.can.withdraw && (
          <Button danger onClick={withdraw}>
            撤回
          </Button>
        )}
      </Space>
      {d && (
        <details>
          <summary style={{ cursor: 'pointer', color: '#1d5fd6', marginBottom: 8 }}>
            审核记录（{d.decisions.length}）
          </summary>
          <DecisionTimeline decisions={d.decisions} />
        </details>
      )}
    </Card>
  );
}

/** 修改并重新提交: the form again, filled from the rejected application, for its batch. */
function CorrectDrawer({
  id,
  batches,
  me,
  onClose,
}: {
  id: string;
  batches: PortalBatch[];
  me: Parameters<typeof ApplicationFormDrawer>[0]['me'];
  onClose: () => void;
}) {
  const detail = useMyApplication(id);
  if (!detail.data) return null;
  const batch = batches.find((b) => b.id === detail.data.batchId);
  if (!batch) {
    return (
      <Alert
        type="error"
        showIcon
        closable
        onClose={onClose}
        message="该批次已不在报名期内，不能重新提交"
        style={{ position: 'fixed', bottom: 16, left: 16, right: 16, zIndex: 1000 }}
      />
    );
  }
  return <ApplicationFormDrawer batch={batch} me={me} application={detail.data} onClose={onClose} />;
}

/**
 * R-ARR-11: rooms and seats are published the day before the exam; the ticket (准考证) is downloaded from the same
 * day. Before that the candidate sees when they will appear.
 */
function MyExams() {
  const seats = usePortalSeats();
  if (seats.isPending)
    return (
      <Card>
        <Skeleton active />
      </Card>
    );
  if (seats.isError) return <Alert type="error" showIcon message={errorMessage(seats.error)} />;
  const byBatch = new Map<string, typeof seats.data.items>();
  for (const s of seats.data.items) byBatch.set(s.batchId, [...(byBatch.get(s.batchId) ?? []), s]);
  return (
    <Space direction="vertical" style={{ width: '100%' }} size={12} data-testid="portal-exams">
      {seats.data.notice && <Alert type="info" showIcon message={seats.data.notice} />}
      {byBatch.size === 0 && !seats.data.notice && (
        <Card>
          <Empty description="暂无考场安排：审核通过并缴费后，考场与座位在考试前一天公布" />
        </Card>
      )}
      {[...byBatch.entries()].map(([batchId, items]) => (
        <Card key={batchId} size="small" title={items[0].batchTitle}>
          <Space direction="vertical" style={{ width: '100%' }}>
            {items.map((s, i) => (
              <Descriptions key={i} size="small" column={1} bordered title={s.sittingLabel}>
                <Descriptions.Item label="考点">{s.siteName}</Descriptions.Item>
                <Descriptions.Item label="考场">{s.roomName}</Descriptions.Item>
                <Descriptions.Item label="座位号">{s.seat}</Descriptions.Item>
                {s.ticketNumber && <Descriptions.Item label="准考证号">{s.ticketNumber}</Descriptions.Item>}
              </Descriptions>
            ))}
            <Button
              type="primary"
              block
              icon={<FilePdfOutlined />}
              href={portalTicketPdf(batchId)}
              target="_blank"
              data-testid="ticket-download"
            >
              下载准考证
            </Button>
          </Space>
        </Card>
      ))}
    </Space>
  );
}
