import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import {
  Alert,
  App,
  Button,
  Card,
  Collapse,
  Descriptions,
  Empty,
  Form,
  Input,
  InputNumber,
  Modal,
  Popconfirm,
  Select,
  Space,
  Switch,
  Table,
  Tabs,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { QuestionCircleOutlined, ThunderboltOutlined, SendOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import {
  arrangementRuleNames,
  runStatusNames,
  type ArrangementView,
  type EditBody,
  type SittingView,
} from '../../../shared/arrangement.js';
import { batchStateNames } from '../../../shared/plans.js';
import { errorMessage } from '../../app/api.js';
import { useCan } from '../../app/session.js';
import { useBatch } from '../plans/api.js';
import { stateColor } from '../../components/batchState.js';
import { useArrangementAction, useBatchArrangement, useExaminerOptions } from './api.js';
import { ArrangementDocumentsSlot } from './DocumentsSlot.js';
import {
  MergeSelect,
  SittingSetupTable,
  setupRows,
  setupsBody,
  useMergeOptions,
  type SetupChoices,
} from './SittingSetups.js';
import { chinaToday } from '../../../shared/dates.js';

type Dialog =
  | { kind: 'moveCandidate'; sitting: SittingView; applicationId: string; name: string }
  | { kind: 'swapProctor'; sitting: SittingView; roomId: string; fromId: string; name: string }
  | { kind: 'replaceExaminer'; sitting: SittingView; fromId: string; name: string }
  | { kind: 'addExaminer'; sitting: SittingView };

/** One batch's arrangement (R-ARR-01…11): run, unmet rules with their fixes, per-sitting detail, hand edits, publish. */
export function ArrangementPage() {
  const { id } = useParams();
  const batch = useBatch(id);
  const current = useBatchArrangement(id);
  const action = useArrangementAction();
  const canManage = useCan('arrangement.manage');
  const { message } = App.useApp();
  const [seed, setSeed] = useState<string>('');
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [merge, setMerge] = useState<string[] | null>(null);
  const [choices, setChoices] = useState<SetupChoices>({});
  const mergeOptions = useMergeOptions(id ?? '');
  const b = batch.data;
  const run = current.data?.run ?? null;
  if (!b) return <PageContainer title="考场编排" loading={batch.isLoading} />;

  // Until changed here, the batches merged are those of the last run (a draft shared with other batches).
  const merged = merge ?? (run?.status === 'draft' ? run.batches.filter((x) => x.id !== b.id).map((x) => x.id) : []);
  const mergedBatches = merged.flatMap((m) => mergeOptions.items.filter((x) => x.id === m));
  const rows = setupRows([b, ...mergedBatches]);
  const arrange = async () => {
    try {
      const body = {
        batchIds: [b.id, ...mergedBatches.map((x) => x.id)],
        seed: seed.trim() || null,
        sittings: setupsBody(rows, choices, run),
      };
      const v = await action.mutateAsync({ kind: 'run', body });
      setSeed(v.seed);
      message.success(v.unmet.length ? `已编排，${v.unmet.length} 项规则未满足` : '已编排，全部规则满足');
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  const publish = async () => {
    if (!run) return;
    try {
      await action.mutateAsync({ kind: 'publish', id: run.id });
      message.success('编排已发布');
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  const draft = run?.status === 'draft';
  const blockers = run?.publishBlockers ?? [];

  return (
    <PageContainer
      title={`考场编排：${b.title}`}
      tags={<Tag color={stateColor[b.state]}>{batchStateNames[b.state]}</Tag>}
      extra={run ? <ArrangementDocumentsSlot run={run} /> : undefined}
    >
      <Space direction="vertical" style={{ width: '100%' }} size="middle" data-testid="arrangement-page">
        {canManage && (!run || draft) && (
          <Card size="small" title="自动编排">
            <Space wrap>
              <span>
                抽签号{' '}
                <Tooltip title="监考场次抽签和座位排列按抽签号进行。同一报名数据、同一抽签号得到同一编排结果，用于复现和复核；换一个抽签号可得到另一种排法。">
                  <QuestionCircleOutlined />
                </Tooltip>
              </span>
              <Input
                style={{ width: 180 }}
                value={seed || run?.seed || ''}
                onChange={(e) => setSeed(e.target.value)}
                placeholder="留空则自动生成"
                data-testid="arrangement-seed"
              />
              <Button onClick={() => setSeed(Math.random().toString(36).slice(2, 10))}>换一个抽签号</Button>
              <Button
                type="primary"
                icon={<ThunderboltOutlined />}
                loading={action.isPending}
                onClick={() => void arrange()}
                data-testid="arrangement-run"
              >
                自动编排
              </Button>
              {run && (
                <Popconfirm
                  title="发布后将生成准考证号，批次进入“已编排”，考生于考前一天可查看考场和座位。确定发布？"
                  onConfirm={() => void publish()}
                  disabled={!draft || blockers.length > 0}
                >
                  <Tooltip
                    title={
                      blockers.length ? (
                        <>
                          <div>以下规则未满足，暂不能发布：</div>
                          {blockers.slice(0, 6).map((x, i) => (
                            <div key={i}>{`· ${x.text}`}</div>
                          ))}
                          {blockers.length > 6 && <div>{`…共 ${blockers.length} 项，见下方列表`}</div>}
                        </>
                      ) : undefined
                    }
                  >
                    <Button
                      type="primary"
                      icon={<SendOutlined />}
                      disabled={!draft || blockers.length > 0}
                      data-testid="arrangement-publish"
                    >
                      发布
                    </Button>
                  </Tooltip>
                </Popconfirm>
              )}
            </Space>
            {draft && blockers.length > 0 && (
              <Alert
                style={{ marginTop: 8 }}
                type="warning"
                showIcon
                data-testid="publish-blockers"
                message={`暂不能发布：${blockers.length} 项规则未满足，处理后即可发布`}
                description={
                  <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                    {blockers.map((x, i) => (
                      <li key={i}>
                        {x.text}
                        {x.rule && <RuleRef rule={x.rule} />}
                      </li>
                    ))}
                  </ul>
                }
              />
            )}
            <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 8 }}>
              同一报名数据、同一抽签号得到同一编排结果；监考场次按抽签号抽签，抽签记录可复核。报名结束（审核完成）后才能编排。
            </Typography.Paragraph>
            <Space wrap style={{ marginBottom: 8 }}>
              <span>同期合并编排的批次</span>
              <MergeSelect options={mergeOptions.items} value={mergedBatches.map((x) => x.id)} onChange={setMerge} />
              <Typography.Text type="secondary">合并的批次共用考场和工作人员，同一时段每人只在一处。</Typography.Text>
            </Space>
            <Typography.Title level={5} style={{ margin: '4px 0 8px' }}>
              场次设置
            </Typography.Title>
            <SittingSetupTable
              rows={rows}
              choices={choices}
              run={run}
              onChange={(sid, c) => setChoices((x) => ({ ...x, [sid]: c }))}
            />
          </Card>
        )}
        {!run && !current.isLoading && <Empty description="尚未编排" />}
        {run && (
          <RunView
            run={run}
            canEdit={canManage && draft}
            canEditStaff={canManage && (draft || (run.status === 'published' && lastExamDay(run) >= chinaToday()))}
            onEdit={setDialog}
          />
        )}
      </Space>
      {dialog && run && <EditDialog run={run} dialog={dialog} onClose={() => setDialog(null)} />}
    </PageContainer>
  );
}

/** The last exam day of a run, for staff changes after publishing (until that day, China time, as the server counts). */
const lastExamDay = (run: ArrangementView) =>
  run.sittings
    .map((x) => x.day)
    .sort()
    .at(-1) ?? '';

function RunView({
  run,
  canEdit,
  canEditStaff,
  onEdit,
}: {
  run: ArrangementView;
  canEdit: boolean;
  canEditStaff: boolean;
  onEdit: (d: Dialog) => void;
}) {
  const s = run.summary;
  return (
    <>
      <Card
        size="small"
        title="编排概况"
        extra={<Tag color={run.status === 'published' ? 'green' : 'blue'}>{runStatusNames[run.status]}</Tag>}
      >
        <Descriptions size="small" column={{ xs: 1, md: 3 }} data-testid="arrangement-summary">
          {run.batches.length > 1 && (
            <Descriptions.Item label="合并编排" span={3}>
              <span data-testid="arrangement-batches-covered">{run.batches.map((x) => x.title).join('、')}</span>
            </Descriptions.Item>
          )}
          <Descriptions.Item label="抽签号">{run.seed}</Descriptions.Item>
          <Descriptions.Item label="考生">{s.candidates} 人</Descriptions.Item>
          <Descriptions.Item label="使用考场">
            <Typography.Text
              type={s.roomsUsed > s.roomsLowerBound ? 'warning' : undefined}
            >{`${s.roomsUsed} 间（下限 ${s.roomsLowerBound} 间）`}</Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label="工作量">{`每人 ${s.workloadMin}–${s.workloadMax} 项，平均 ${s.workloadAverage}；${Math.round(s.withinOneShare * 100)}% 在平均值 ±1 内`}</Descriptions.Item>
          <Descriptions.Item label="考场公布">
            {run.visibleFrom ? `${run.visibleFrom} 起考生可查看` : '发布后，考前一天公布'}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      {run.unmet.length > 0 ? (
        <Card
          size="small"
          title={
            <Typography.Text type="danger">{`未满足的硬性规则（${run.unmet.length} 项，须处理后才能发布）`}</Typography.Text>
          }
          data-testid="arrangement-unmet"
        >
          <Space direction="vertical" style={{ width: '100%' }}>
            {run.unmet.map((u, i) => (
              <Alert
                key={i}
                type="error"
                showIcon
                message={
                  <>
                    {`${arrangementRuleNames[u.rule] ?? '编排规则'}：${u.sittingLabel}`}
                    <RuleRef rule={u.rule} />
                  </>
                }
                description={
                  <>
                    <div>{u.message}</div>
                    <div>
                      <Typography.Text strong>解决办法：</Typography.Text>
                      {u.fix}
                    </div>
                  </>
                }
              />
            ))}
          </Space>
        </Card>
      ) : (
        run.status === 'draft' && (
          <Alert type="success" showIcon message="全部硬性规则均已满足，可以发布" data-testid="arrangement-ok" />
        )
      )}
      <Tabs
        type="card"
        items={run.sittings.map((st) => ({
          key: st.id,
          // Several batches: their sittings at the same time are told apart by the batch.
          label: `${run.batches.length > 1 ? `${run.batches.find((x) => x.id === st.batchId)?.title ?? ''} · ` : ''}${st.kind === 'theory' ? '理论' : '技能'} ${st.day} ${st.startsAt}`,
          children: <SittingPanel sitting={st} canEdit={canEdit} canEditStaff={canEditStaff} onEdit={onEdit} />,
        }))}
      />
      <Collapse
        items={[
          {
            key: 'lots',
            label: '监考抽签记录',
            children: run.lots.map((l) => (
              <div key={l.sittingId} style={{ marginBottom: 8 }}>
                <Typography.Text type="secondary">{`${run.sittings.find((x) => x.id === l.sittingId)?.label ?? ''}（抽签号 ${l.seed}）：`}</Typography.Text>
                {l.draws.map((d) => `${d.order}. ${d.name} → ${d.roomName}`).join('；')}
              </div>
            )),
          },
          {
            key: 'edits',
            label: `手工调整记录（${run.edits.length}）`,
            children: run.edits.length
              ? run.edits.map((e, i) => (
                  <div key={i}>{`${e.at.slice(0, 16).replace('T', ' ')} ${e.by}：${e.text}`}</div>
                ))
              : '无',
          },
          {
            key: 'check',
            label: '复核信息',
            children: (
              <Typography.Paragraph type="secondary" style={{ margin: 0 }} data-testid="arrangement-fingerprint">
                {`数据校验码 ${run.inputHash.slice(0, 12)}：由本次编排所依据的考生、考场、工作人员和回避关系计算得出。数据有任何变化，校验码随之改变；两次编排的校验码和抽签号都相同，结果必然相同。`}
              </Typography.Paragraph>
            ),
          },
        ]}
      />
    </>
  );
}

/** A rule id as a small reference beside its Chinese reason (staff only). */
const RuleRef = ({ rule }: { rule: string }) => (
  <Typography.Text type="secondary" style={{ fontSize: 12, marginLeft: 6 }}>
    {rule}
  </Typography.Text>
);

const names = (list: { name: string }[]) =>
  list.length ? list.map((p) => p.name).join('、') : <Typography.Text type="danger">未安排</Typography.Text>;

/** Seats move only in a draft; staff may change until the last exam day, also after publishing (R-ARR-09). */
function SittingPanel({
  sitting,
  canEdit,
  canEditStaff,
  onEdit,
}: {
  sitting: SittingView;
  canEdit: boolean;
  canEditStaff: boolean;
  onEdit: (d: Dialog) => void;
}) {
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid={`sitting-${sitting.kind}`}>
      <Card size="small" title={sitting.label}>
        <Descriptions size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label="考点">{sitting.siteName}</Descriptions.Item>
          <Descriptions.Item label="考生">{sitting.candidateCount} 人</Descriptions.Item>
          <Descriptions.Item label="考场负责人">{names(sitting.siteHeads)}</Descriptions.Item>
          <Descriptions.Item label="内部督导员">{names(sitting.supervisors)}</Descriptions.Item>
          <Descriptions.Item label="考务人员">{names(sitting.examStaff)}</Descriptions.Item>
          <Descriptions.Item
            label={`考评组${sitting.changedRequired ? `（须轮换 ${sitting.changedRequired} 人）` : ''}`}
          >
            <Space wrap data-testid="examiner-group">
              {sitting.examiners.map((e) => (
                <Tag key={e.id} color={e.leader ? 'gold' : undefined} closable={false}>
                  {e.name}
                  {e.leader ? '（组长）' : ''}
                  {e.changed ? '·新' : ''}
                  {canEditStaff && (
                    <a
                      style={{ marginLeft: 6 }}
                      onClick={() => onEdit({ kind: 'replaceExaminer', sitting, fromId: e.id, name: e.name })}
                    >
                      更换
                    </a>
                  )}
                </Tag>
              ))}
              {canEditStaff && (
                <Button
                  size="small"
                  onClick={() => onEdit({ kind: 'addExaminer', sitting })}
                  data-testid="add-examiner"
                >
                  增加考评员
                </Button>
              )}
            </Space>
          </Descriptions.Item>
          {sitting.modules.length > 0 && (
            <Descriptions.Item label="考试模块（每个模块至少 1 名考评员）" span={2}>
              <Space wrap data-testid="examiner-modules">
                {sitting.modules.map((m) => (
                  <Tag key={m.name} color={m.examiners.length ? 'blue' : 'red'}>
                    {`${m.name}：${m.examiners.length ? m.examiners.map((x) => x.name).join('、') : '无'}`}
                  </Tag>
                ))}
              </Space>
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      {sitting.rooms.map((r) => (
        <Card
          key={r.roomId}
          size="small"
          title={`${r.roomName}（${r.candidateCount}/${r.capacity}）`}
          extra={
            <Space>
              <span>监考：</span>
              {r.proctors.map((p) => (
                <Tag key={p.id}>
                  {p.name}
                  {canEditStaff && (
                    <a
                      style={{ marginLeft: 6 }}
                      onClick={() =>
                        onEdit({ kind: 'swapProctor', sitting, roomId: r.roomId, fromId: p.id, name: p.name })
                      }
                    >
                      更换
                    </a>
                  )}
                </Tag>
              ))}
            </Space>
          }
        >
          <Table
            rowKey="applicationId"
            size="small"
            pagination={false}
            dataSource={r.seats}
            scroll={{ y: 240 }}
            columns={[
              { title: '座位', dataIndex: 'seat', width: 60 },
              { title: '姓名', dataIndex: 'name', width: 110 },
              { title: '学院', dataIndex: 'collegeName', render: (v) => v ?? '社会考生' },
              { title: '等级', dataIndex: 'level', width: 60 },
              { title: '准考证号', dataIndex: 'ticketNumber', width: 160, render: (v) => v ?? '发布后生成' },
              ...(canEdit
                ? [
                    {
                      title: '',
                      width: 80,
                      render: (_: unknown, x: { applicationId: string; name: string }) => (
                        <a
                          onClick={() =>
                            onEdit({ kind: 'moveCandidate', sitting, applicationId: x.applicationId, name: x.name })
                          }
                        >
                          调整座位
                        </a>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        </Card>
      ))}
    </Space>
  );
}

const titles: Record<Dialog['kind'], string> = {
  moveCandidate: '调整考生座位',
  swapProctor: '更换监考人员',
  replaceExaminer: '更换考评员',
  addExaminer: '增加考评员',
};

/** A hand edit (R-ARR-09): the server checks it against every hard rule and refuses it naming the rule. */
function EditDialog({ run, dialog, onClose }: { run: ArrangementView; dialog: Dialog; onClose: () => void }) {
  const [form] = Form.useForm();
  const action = useArrangementAction();
  const { message } = App.useApp();
  const [refusal, setRefusal] = useState<string | null>(null);
  const duty = dialog.kind === 'swapProctor' ? 'proctor' : 'examiner';
  const busy = new Set(
    dialog.kind === 'addExaminer' || dialog.kind === 'replaceExaminer' ? dialog.sitting.examiners.map((e) => e.id) : [],
  );
  const picksExaminer = dialog.kind === 'addExaminer' || dialog.kind === 'replaceExaminer';
  const people = run.staff
    .filter((s) => s.duties.includes(duty) && !busy.has(s.id))
    .map((s) => ({ value: s.id, label: s.name }));
  const submit = async () => {
    const v = await form.validateFields();
    const s = dialog.sitting.id;
    const body: EditBody =
      dialog.kind === 'moveCandidate'
        ? {
            kind: 'moveCandidate',
            sittingId: s,
            applicationId: dialog.applicationId,
            roomId: v.roomId,
            seat: v.seat ?? null,
          }
        : dialog.kind === 'swapProctor'
          ? { kind: 'swapProctor', sittingId: s, roomId: dialog.roomId, fromId: dialog.fromId, toId: v.toId }
          : dialog.kind === 'replaceExaminer'
            ? { kind: 'replaceExaminer', sittingId: s, fromId: dialog.fromId, toId: v.toId }
            : { kind: 'addExaminer', sittingId: s, staffId: v.toId, leader: !!v.leader };
    try {
      await action.mutateAsync({ kind: 'edit', id: run.id, body });
      message.success('已调整');
      onClose();
    } catch (e) {
      setRefusal(errorMessage(e));
    }
  };
  return (
    <Modal
      open
      title={`${titles[dialog.kind]}：${dialog.sitting.label}`}
      onCancel={onClose}
      onOk={() => void submit()}
      confirmLoading={action.isPending}
      okText="确定"
      data-testid="edit-dialog"
    >
      {'name' in dialog && <Typography.Paragraph>{`当前：${dialog.name}`}</Typography.Paragraph>}
      <Form form={form} layout="vertical">
        {dialog.kind === 'moveCandidate' ? (
          <>
            <Form.Item name="roomId" label="考场" rules={[{ required: true, message: '请选择考场' }]}>
              <Select
                options={dialog.sitting.rooms.map((r) => ({
                  value: r.roomId,
                  label: `${r.roomName}（${r.candidateCount}/${r.capacity}）`,
                }))}
              />
            </Form.Item>
            <Form.Item name="seat" label="座位号（留空则排在第一个空位）">
              <InputNumber min={1} max={500} />
            </Form.Item>
          </>
        ) : picksExaminer ? (
          <ExaminerPicker
            runId={run.id}
            sittingId={dialog.sitting.id}
            replaceId={dialog.kind === 'replaceExaminer' ? dialog.fromId : undefined}
            withLeader={dialog.kind === 'addExaminer'}
          />
        ) : (
          <Form.Item name="toId" label="监考人员" rules={[{ required: true, message: '请选择人员' }]}>
            <Select showSearch optionFilterProp="label" options={people} data-testid="edit-person" />
          </Form.Item>
        )}
      </Form>
      {refusal && <Alert type="error" showIcon message="未保存" description={refusal} data-testid="edit-refusal" />}
    </Modal>
  );
}

/**
 * The examiner choice of a hand edit: those the rules allow in the select; every other examiner on record listed
 * with the rule that excludes it, and when nobody qualifies, a way to 考评与督导队伍 to register or update one.
 */
function ExaminerPicker({
  runId,
  sittingId,
  replaceId,
  withLeader,
}: {
  runId: string;
  sittingId: string;
  replaceId?: string;
  withLeader: boolean;
}) {
  const q = useExaminerOptions(runId, sittingId, replaceId);
  if (q.isLoading) return <Typography.Text type="secondary">正在核对考评员资格…</Typography.Text>;
  if (q.error) return <Alert type="error" showIcon message={errorMessage(q.error)} />;
  const items = q.data?.items ?? [];
  const eligible = items.filter((x) => x.eligible);
  const excluded = items.filter((x) => !x.eligible);
  return (
    <>
      <Form.Item name="toId" label="考评员" rules={[{ required: true, message: '请选择考评员' }]}>
        <Select
          showSearch
          optionFilterProp="label"
          options={eligible.map((x) => ({ value: x.id, label: x.name }))}
          placeholder={eligible.length ? '请选择' : '没有符合条件的考评员'}
          notFoundContent="没有符合条件的考评员"
          data-testid="edit-person"
        />
      </Form.Item>
      {withLeader && eligible.length > 0 && (
        <Form.Item name="leader" label="任考评组长" valuePropName="checked">
          <Switch />
        </Form.Item>
      )}
      {!eligible.length && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="no-examiner"
          message={`没有可安排的考评员（${q.data?.occupationName ?? ''}）`}
          description={
            <>
              {excluded.length ? '登记在册的考评员都不符合本场条件，原因见下。' : '尚未登记可考评本职业的考评员。'}
              可到 <Link to="/staff">考评与督导队伍</Link> 登记考评员，或补充其可考评职业、等级和证书有效期。
            </>
          }
        />
      )}
      {excluded.length > 0 && (
        <Collapse
          size="small"
          defaultActiveKey={eligible.length ? [] : ['why']}
          items={[
            {
              key: 'why',
              label: `不符合条件的考评员（${excluded.length} 人）`,
              children: (
                <ul style={{ margin: 0, paddingInlineStart: 18 }} data-testid="excluded-examiners">
                  {excluded.map((x) => (
                    <li key={x.id}>
                      <Typography.Text strong>{x.name}</Typography.Text>：
                      {x.reasons.map((r, i) => (
                        <span key={i}>
                          {i > 0 && '；'}
                          {r.text}
                          <RuleRef rule={r.rule} />
                        </span>
                      ))}
                    </li>
                  ))}
                </ul>
              ),
            },
          ]}
        />
      )}
    </>
  );
}
