import { useMemo, useState } from 'react';
import {
  App,
  Alert,
  Button,
  Card,
  Input,
  InputNumber,
  Radio,
  Select,
  Space,
  Statistic,
  Table,
  Tag,
  Typography,
} from 'antd';
import { PageContainer } from '@ant-design/pro-components';
import type { Assessment, AssessmentItem } from '../../../shared/centre.js';
import { scoreAssessment } from '../../../shared/centre.rules.js';
import { errorMessage } from '../../app/api.js';
import { useCan } from '../../app/session.js';
import { useAssessmentSheet, useAssessments, useSaveAssessment } from './api.js';

type Scores = Record<string, { points?: number | null; ok?: boolean | null }>;
const kindTag = { points: null, veto: <Tag color="red">否决项</Tag>, bonus: <Tag color="green">加分项</Tag> };

/** 备案自评 (R-ORG-06): the authority's score sheet; the total and the veto result update as the centre scores. */
export function AssessmentPage() {
  const sheet = useAssessmentSheet();
  const list = useAssessments();
  const save = useSaveAssessment();
  const canManage = useCan('filing.manage');
  const { message } = App.useApp();
  const [current, setCurrent] = useState<Assessment | null>(null);
  const [title, setTitle] = useState('备案技术评估自评');
  const [scores, setScores] = useState<Scores>({});

  const items = useMemo(() => sheet.data?.items ?? [], [sheet.data]);
  const passMark = sheet.data?.passMark ?? 65;
  const result = useMemo(
    () =>
      scoreAssessment(
        items,
        Object.entries(scores).map(([itemId, s]) => ({ itemId, ...s })),
        passMark,
      ),
    [items, scores, passMark],
  );

  const load = (a: Assessment | null) => {
    setCurrent(a);
    setTitle(a?.title ?? '备案技术评估自评');
    setScores(Object.fromEntries((a?.scores ?? []).map((s) => [s.itemId, { points: s.points, ok: s.ok }])));
  };
  const set = (id: string, v: { points?: number | null; ok?: boolean | null }) =>
    setScores((s) => ({ ...s, [id]: { ...s[id], ...v } }));

  const onSave = async () => {
    try {
      const body = {
        title,
        scores: Object.entries(scores).map(([itemId, s]) => ({ itemId, points: s.points ?? null, ok: s.ok ?? null })),
      };
      const saved = await save.mutateAsync({ id: current?.id, body });
      load(saved);
      message.success('自评已保存');
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  const columns = [
    {
      title: '项目',
      dataIndex: 'project',
      width: 110,
      onCell: (r: AssessmentItem, i?: number) => ({
        rowSpan:
          i !== undefined && i > 0 && items[i - 1].project === r.project
            ? 0
            : items.filter((x) => x.project === r.project).length,
      }),
    },
    { title: '项目分解', dataIndex: 'subItem', width: 120 },
    {
      title: '评估内容',
      dataIndex: 'content',
      render: (v: string, r: AssessmentItem) => (
        <>
          {kindTag[r.kind]}
          {v}
        </>
      ),
    },
    {
      title: '评估标准',
      dataIndex: 'standard',
      render: (v: string) => <Typography.Text type="secondary">{v}</Typography.Text>,
    },
    {
      title: '分值',
      dataIndex: 'maxPoints',
      width: 60,
      render: (v: number, r: AssessmentItem) => (r.kind === 'veto' ? '—' : v),
    },
    {
      title: '得分',
      key: 'score',
      width: 150,
      render: (_: unknown, r: AssessmentItem) =>
        r.kind === 'veto' ? (
          <Radio.Group
            size="small"
            disabled={!canManage}
            value={scores[r.id]?.ok ?? null}
            onChange={(e) => set(r.id, { ok: e.target.value })}
            options={[
              { value: true, label: '符合' },
              { value: false, label: '不符合' },
            ]}
            optionType="button"
          />
        ) : (
          <InputNumber
            size="small"
            min={0}
            max={r.maxPoints}
            step={0.5}
            disabled={!canManage}
            value={scores[r.id]?.points ?? null}
            onChange={(v) => set(r.id, { points: v })}
            style={{ width: 90 }}
          />
        ),
    },
  ];

  return (
    <PageContainer
      title="备案自评"
      content="按《院校类职业技能等级评价机构备案技术评估评分表》自评：满分 100 分，65 分及以上且所有否决项均符合为合格。"
    >
      <Space direction="vertical" size={16} style={{ width: '100%' }} data-testid="assessment-page">
        <Card size="small">
          <Space wrap size={24}>
            <Select
              style={{ width: 280 }}
              placeholder="选择已有自评，或新建"
              value={current?.id ?? 'new'}
              onChange={(id) => load(list.data?.items.find((a) => a.id === id) ?? null)}
              options={[
                { value: 'new', label: '新建自评' },
                ...(list.data?.items ?? []).map((a) => ({ value: a.id, label: `${a.title}（${a.result.total} 分）` })),
              ]}
            />
            <Input
              style={{ width: 240 }}
              value={title}
              onChange={(e) => setTitle(e.target.value)}
              disabled={!canManage}
            />
            <Statistic
              title="总得分"
              value={result.total}
              suffix={`/ ${result.maxTotal}${result.bonus ? `（含加分 ${result.bonus}）` : ''}`}
            />
            <Statistic
              title="结果"
              value={result.passed ? '合格' : '不合格'}
              valueStyle={{ color: result.passed ? '#389e0d' : '#cf1322' }}
            />
            {canManage && (
              <Button type="primary" onClick={onSave} loading={save.isPending}>
                保存自评
              </Button>
            )}
          </Space>
        </Card>
        {result.vetoFailures.length > 0 && (
          <Alert
            type="error"
            showIcon
            message="否决项不符合，自评不合格（与得分无关）"
            description={result.vetoFailures.join('；')}
          />
        )}
        {result.unanswered.length > 0 && (
          <Alert type="warning" showIcon message={`还有 ${result.unanswered.length} 个否决项未评`} />
        )}
        <Table<AssessmentItem>
          size="small"
          bordered
          rowKey="id"
          loading={sheet.isPending}
          columns={columns}
          dataSource={items}
          pagination={false}
        />
      </Space>
    </PageContainer>
  );
}
