import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
  Space,
  Switch,
  Table,
  Tag,
  Typography,
} from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import {
  assemblyKindNames,
  difficultyNames,
  itemTypeNames,
  theoryItemTypes,
  type AssemblyKind,
  type PlanSpec,
} from '../../../shared/itembank.js';
import { errorMessage, type ApiResponse } from '../../app/api.js';
import { useAssemble, useCapacity, usePlan, useSavePlan } from './api.papers.js';
import { shortCellText } from '../../../shared/itembank-papers.js';

type Capacity = ApiResponse<'/itembank/plans/{id}/capacity'>;

const pct = (n: number) => Math.round(n * 1000) / 10;

/** One 组卷方案: the editor, the capacity report, assembling, and the runs made from it (R-BANK-02). */
export function AssemblyPlanPage() {
  const { id } = useParams();
  const plan = usePlan(id);
  const [spec, setSpec] = useState<PlanSpec | null>(null);
  const [name, setName] = useState('');
  useEffect(() => {
    if (plan.data) {
      setSpec(plan.data.spec);
      setName(plan.data.name);
    }
  }, [plan.data]);
  if (!plan.data || !spec) return <PageContainer title="组卷方案" loading />;
  const p = plan.data;
  return (
    <PageContainer title={p.name} subTitle={p.blueprint.title} onBack={() => history.back()}>
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <PlanEditor
          id={p.id}
          blueprintId={p.blueprint.id}
          part={p.blueprint.part}
          name={name}
          setName={setName}
          spec={spec}
          setSpec={setSpec}
          ranges={p.ranges}
          warnings={p.warnings}
        />
        <CapacityCard id={p.id} maxExposure={p.spec.maxExposure} />
        <AssembleCard id={p.id} sittings={p.sittings} />
        <RunsCard runs={p.assemblyList} />
      </Space>
    </PageContainer>
  );
}

function PlanEditor(props: {
  id: string;
  blueprintId: string;
  part: 'theory' | 'skill';
  name: string;
  setName: (s: string) => void;
  spec: PlanSpec;
  setSpec: (s: PlanSpec) => void;
  ranges: ApiResponse<'/itembank/plans/{id}'>['ranges'];
  warnings: string[];
}) {
  const { message } = App.useApp();
  const save = useSavePlan();
  const { spec, setSpec } = props;
  const set = (patch: Partial<PlanSpec>) => setSpec({ ...spec, ...patch });
  const itemCount = spec.sections.reduce((a, s) => a + s.count, 0);
  const totalPoints = Math.round(spec.sections.reduce((a, s) => a + s.count * s.pointsEach, 0) * 100) / 100;
  const rangeSum = spec.ranges.reduce((a, r) => a + r.count, 0);
  const diffSum = spec.difficulty[1] + spec.difficulty[2] + spec.difficulty[3];
  const rangeOf = new Map(props.ranges.map((r) => [r.id, r]));
  const types = props.part === 'skill' ? (['skill'] as const) : theoryItemTypes;
  const onSave = async () => {
    try {
      await save.mutateAsync({ id: props.id, body: { blueprintId: props.blueprintId, name: props.name, spec } });
      message.success('组卷方案已保存');
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  return (
    <Card
      title="方案"
      size="small"
      extra={
        <Button type="primary" onClick={onSave} loading={save.isPending} data-testid="plan-save">
          保存方案
        </Button>
      }
    >
      {props.warnings.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          message="方案提示"
          description={props.warnings.join('；')}
        />
      )}
      <Descriptions size="small" column={{ xs: 1, sm: 2, md: 4 }} style={{ marginBottom: 12 }}>
        <Descriptions.Item label="题目总数">{itemCount} 题</Descriptions.Item>
        <Descriptions.Item label="总分">{totalPoints} 分</Descriptions.Item>
        <Descriptions.Item label="各鉴定范围合计">
          <Typography.Text type={rangeSum === itemCount ? undefined : 'danger'}>{rangeSum} 题</Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label="各难度合计">
          <Typography.Text type={diffSum === itemCount ? undefined : 'danger'}>{diffSum} 题</Typography.Text>
        </Descriptions.Item>
      </Descriptions>
      <Row gutter={[16, 12]}>
        <Col xs={24} md={12}>
          <Space direction="vertical" style={{ width: '100%' }}>
            <Space wrap>
              <span>方案名称</span>
              <Input
                value={props.name}
                onChange={(e) => props.setName(e.target.value)}
                style={{ width: 260 }}
                maxLength={100}
              />
            </Space>
            <Space wrap>
              <span>考试时长</span>
              <InputNumber
                min={1}
                max={600}
                value={spec.durationMinutes}
                onChange={(v) => set({ durationMinutes: v ?? 1 })}
                addonAfter="分钟"
              />
            </Space>
            <Typography.Text strong>题型、题数与分值</Typography.Text>
            <Table
              size="small"
              rowKey={(_, i) => String(i)}
              pagination={false}
              dataSource={spec.sections}
              columns={[
                {
                  title: '题型',
                  render: (_, s, i) => (
                    <Select
                      value={s.type}
                      style={{ width: 130 }}
                      options={types.map((t) => ({ value: t, label: itemTypeNames[t] }))}
                      onChange={(type) =>
                        set({ sections: spec.sections.map((x, k) => (k === i ? { ...x, type } : x)) })
                      }
                    />
                  ),
                },
                {
                  title: '题数',
                  render: (_, s, i) => (
                    <InputNumber
                      min={1}
                      max={1000}
                      value={s.count}
                      style={{ width: 80 }}
                      onChange={(v) =>
                        set({ sections: spec.sections.map((x, k) => (k === i ? { ...x, count: v ?? 1 } : x)) })
                      }
                    />
                  ),
                },
                {
                  title: '每题分值',
                  render: (_, s, i) => (
                    <InputNumber
                      min={0.5}
                      max={100}
                      step={0.5}
                      value={s.pointsEach}
                      style={{ width: 80 }}
                      onChange={(v) =>
                        set({ sections: spec.sections.map((x, k) => (k === i ? { ...x, pointsEach: v ?? 1 } : x)) })
                      }
                    />
                  ),
                },
                { title: '小计', render: (_, s) => `${Math.round(s.count * s.pointsEach * 100) / 100} 分` },
                {
                  title: '',
                  width: 40,
                  render: (_, _s, i) => (
                    <Button
                      type="text"
                      size="small"
                      aria-label="删除题型"
                      icon={<DeleteOutlined />}
                      disabled={spec.sections.length < 2}
                      onClick={() => set({ sections: spec.sections.filter((_x, k) => k !== i) })}
                    />
                  ),
                },
              ]}
            />
            <Button
              size="small"
              icon={<PlusOutlined />}
              disabled={spec.sections.length >= types.length}
              onClick={() => {
                const free = types.find((t) => !spec.sections.some((s) => s.type === t));
                if (free) set({ sections: [...spec.sections, { type: free, count: 1, pointsEach: 1 }] });
              }}
            >
              添加题型
            </Button>
            <Typography.Text strong>难度分布</Typography.Text>
            <Space wrap>
              {([1, 2, 3] as const).map((d) => (
                <InputNumber
                  key={d}
                  min={0}
                  value={spec.difficulty[d]}
                  addonBefore={difficultyNames[d]}
                  style={{ width: 120 }}
                  onChange={(v) => set({ difficulty: { ...spec.difficulty, [d]: v ?? 0 } })}
                />
              ))}
            </Space>
            <Typography.Text strong>约束</Typography.Text>
            <Space wrap>
              <InputNumber
                min={0}
                value={spec.minXPoints ?? undefined}
                addonBefore="X 要素至少"
                addonAfter="分"
                style={{ width: 220 }}
                onChange={(v) => set({ minXPoints: v ?? null })}
              />
              <InputNumber
                min={0}
                max={100}
                value={pct(spec.maxOverlap)}
                addonBefore="最大重合率"
                addonAfter="%"
                style={{ width: 200 }}
                onChange={(v) => set({ maxOverlap: (v ?? 0) / 100 })}
              />
              <InputNumber
                min={0}
                max={100}
                value={pct(spec.maxExposure)}
                addonBefore="最大曝光率"
                addonAfter="%"
                style={{ width: 200 }}
                onChange={(v) => set({ maxExposure: (v ?? 0) / 100 })}
              />
            </Space>
            <Space wrap>
              <span>
                <Switch checked={spec.onePerPoint} onChange={(onePerPoint) => set({ onePerPoint })} />{' '}
                每个鉴定点每套至多一题
              </span>
              <span>
                <Switch checked={spec.shuffleOptions} onChange={(shuffleOptions) => set({ shuffleOptions })} />{' '}
                打乱选项顺序
              </span>
            </Space>
          </Space>
        </Col>
        <Col xs={24} md={12}>
          <Typography.Text strong>各鉴定范围题数（默认按鉴定比重分配）</Typography.Text>
          <Table
            size="small"
            rowKey="rangeId"
            pagination={false}
            style={{ marginTop: 8 }}
            dataSource={spec.ranges}
            scroll={{ x: 420 }}
            columns={[
              {
                title: '鉴定范围',
                render: (_, r) => {
                  const o = rangeOf.get(r.rangeId);
                  return o ? `${o.code} ${o.name}` : '—';
                },
              },
              { title: '比重', width: 70, render: (_, r) => (rangeOf.get(r.rangeId)?.weight ?? '—') + '%' },
              { title: '启用试题', width: 80, render: (_, r) => rangeOf.get(r.rangeId)?.activeItems ?? 0 },
              {
                title: '每套题数',
                width: 100,
                render: (_, r, i) => (
                  <InputNumber
                    min={0}
                    value={r.count}
                    style={{ width: 80 }}
                    onChange={(v) =>
                      set({ ranges: spec.ranges.map((x, k) => (k === i ? { ...x, count: v ?? 0 } : x)) })
                    }
                  />
                ),
              },
            ]}
          />
        </Col>
      </Row>
    </Card>
  );
}

function CapacityCard({ id, maxExposure }: { id: string; maxExposure: number }) {
  const { message } = App.useApp();
  const [formCount, setFormCount] = useState(1);
  const capacity = useCapacity();
  const [report, setReport] = useState<Capacity | null>(null);
  const run = async () => {
    try {
      setReport(await capacity.mutateAsync({ id, formCount }));
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  return (
    <Card title="题库容量报告" size="small" data-testid="capacity-card">
      <Space wrap style={{ marginBottom: 12 }}>
        <InputNumber
          min={1}
          max={5000}
          value={formCount}
          onChange={(v) => setFormCount(v ?? 1)}
          addonBefore="计划套数"
        />
        <Button onClick={run} loading={capacity.isPending} data-testid="capacity-run">
          运行容量报告
        </Button>
        <Typography.Text type="secondary">已保存的方案为准；修改方案后请先保存。</Typography.Text>
      </Space>
      {report && (
        <>
          {report.short.length ? (
            <Alert
              type="error"
              showIcon
              message="题库不足以组成一套试卷"
              description={report.short.map(shortCellText).join('；')}
              data-testid="capacity-short"
            />
          ) : (
            <Alert
              type={report.maxForms >= formCount ? 'success' : 'warning'}
              showIcon
              data-testid="capacity-summary"
              message={`按计划套数 ${formCount} 套计（每题至多用于 ${Math.max(1, Math.floor(maxExposure * formCount + 1e-9))} 套），题库最多支持 ${report.maxForms} 套试卷`}
              description={
                report.cells[0]
                  ? `最先不足的单元：${report.cells[0].label}（可用 ${report.cells[0].available} 题，每套需要 ${report.cells[0].perForm} 题）`
                  : undefined
              }
            />
          )}
          <Table
            size="small"
            rowKey="cell"
            style={{ marginTop: 12 }}
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            dataSource={report.cells}
            scroll={{ x: 560 }}
            columns={[
              { title: '单元', dataIndex: 'label' },
              { title: '每套需要', dataIndex: 'perForm', width: 90 },
              { title: '可用试题', dataIndex: 'available', width: 90 },
              { title: '支持套数', dataIndex: 'forms', width: 90 },
              {
                title: '缺少',
                dataIndex: 'lacking',
                width: 70,
                render: (v: number) => (v ? <Tag color="red">{v}</Tag> : 0),
              },
            ]}
          />
        </>
      )}
    </Card>
  );
}

function AssembleCard({ id, sittings }: { id: string; sittings: { id: string; label: string; candidates: number }[] }) {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const assemble = useAssemble();
  const [kind, setKind] = useState<AssemblyKind>('fixed');
  const [formCount, setFormCount] = useState(2);
  const [sittingId, setSittingId] = useState<string | undefined>();
  const go = async () => {
    try {
      const run = await assemble.mutateAsync({
        planId: id,
        body: {
          kind,
          formCount: kind === 'parallel' ? formCount : undefined,
          sittingId: kind === 'per_candidate' ? sittingId : undefined,
        },
      });
      message.success('组卷完成，请核对组卷报告后发布');
      navigate(`/itembank/assemblies/${run.id}`);
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  return (
    <Card title="组卷" size="small">
      <Space direction="vertical" style={{ width: '100%' }}>
        <Radio.Group value={kind} onChange={(e) => setKind(e.target.value)} data-testid="assemble-kind">
          {(['fixed', 'parallel', 'per_candidate'] as const).map((k) => (
            <Radio key={k} value={k}>
              {assemblyKindNames[k]}
            </Radio>
          ))}
        </Radio.Group>
        {kind === 'parallel' && (
          <InputNumber min={2} max={26} value={formCount} onChange={(v) => setFormCount(v ?? 2)} addonBefore="套数" />
        )}
        {kind === 'per_candidate' && (
          <Select
            style={{ width: '100%', maxWidth: 520 }}
            placeholder={sittings.length ? '选择理论知识考试场次' : '暂无本职业、本等级的理论考试场次'}
            value={sittingId}
            onChange={setSittingId}
            options={sittings.map((s) => ({ value: s.id, label: `${s.label}（${s.candidates} 名考生）` }))}
          />
        )}
        <Button
          type="primary"
          onClick={go}
          loading={assemble.isPending}
          disabled={kind === 'per_candidate' && !sittingId}
          data-testid="assemble-run"
        >
          开始组卷
        </Button>
      </Space>
    </Card>
  );
}

function RunsCard({ runs }: { runs: ApiResponse<'/itembank/plans/{id}'>['assemblyList'] }) {
  const navigate = useNavigate();
  return (
    <Card title="组卷记录" size="small">
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={runs}
        scroll={{ x: 560 }}
        locale={{ emptyText: '尚未组卷' }}
        columns={[
          {
            title: '组卷时间',
            render: (_, r) => (
              <Typography.Link onClick={() => navigate(`/itembank/assemblies/${r.id}`)}>
                {r.createdAt.slice(0, 16).replace('T', ' ')}
              </Typography.Link>
            ),
          },
          {
            title: '方式',
            render: (_, r) =>
              r.sittingLabel ? `${assemblyKindNames[r.kind]}（${r.sittingLabel}）` : assemblyKindNames[r.kind],
          },
          { title: '套数', dataIndex: 'formCount', width: 70 },
          { title: '已发布', dataIndex: 'published', width: 80 },
          {
            title: '独立校验',
            width: 100,
            render: (_, r) => (r.passed ? <Tag color="green">通过</Tag> : <Tag color="red">未通过</Tag>),
          },
        ]}
      />
    </Card>
  );
}
