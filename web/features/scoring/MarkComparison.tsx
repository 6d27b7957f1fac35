import type { ReactNode } from 'react';
import { Card, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { MarkDetail, MarkStep, MarkingView } from '../../../shared/scoring.js';
import { dayTime, scoreText } from './format.js';

type Row = { key: string; label: string; points: number | null; veto: boolean; ti: number; si: number | null };
type Mark = { title: ReactNode; steps: MarkStep[]; total: number };

/**
 * The marks submitted for a candidate side by side, step by step (the examiner's own first): shown once its own is
 * submitted (blind marking), and to the leader who must decide.
 */
export function MarkComparison({ view, detail }: { view: MarkingView; detail: MarkDetail }) {
  const marks: Mark[] = [
    ...(detail.mine?.submitted ? [{ title: '我的评分', steps: detail.mine.steps, total: detail.mine.total }] : []),
    ...detail.others.map((o) => ({
      title: (
        <span>
          {o.examinerName}（{o.round === 3 ? '第三评' : '初评'}）
          <br />
          <Typography.Text type="secondary" style={{ fontSize: 12, fontWeight: 'normal' }}>
            {dayTime(o.submittedAt)}
          </Typography.Text>
        </span>
      ),
      steps: o.steps,
      total: o.total,
    })),
  ];
  if (!marks.length || !view.tasks.length) return null;
  const rows: Row[] = [
    ...view.tasks.flatMap((t, ti) =>
      t.steps.map((s, si) => ({
        key: `${ti}:${si}`,
        label: `${t.no}-${si + 1} ${s.element}`,
        points: s.points,
        veto: s.veto,
        ti,
        si,
      })),
    ),
    { key: 'total', label: '总分（按试题配分折算，含超时扣分）', points: null, veto: false, ti: -1, si: null },
  ];
  const cell = (m: Mark, r: Row) => {
    if (r.si === null) return <Typography.Text strong>{scoreText(m.total)}</Typography.Text>;
    const s = m.steps.find((x) => x.task === r.ti && x.step === r.si);
    if (!s) return '—';
    if (r.veto) return s.vetoFailed ? <Typography.Text type="danger">否决</Typography.Text> : '通过';
    return scoreText(s.points);
  };
  const columns: ColumnsType<Row> = [
    { title: '评分项', dataIndex: 'label', width: 180 },
    {
      title: '配分',
      dataIndex: 'points',
      width: 60,
      align: 'right',
      render: (v: number | null, r) => (r.veto ? '否决项' : (v ?? '')),
    },
    ...marks.map((m, i) => ({
      title: m.title,
      key: String(i),
      width: 110,
      align: 'right' as const,
      render: (_: unknown, r: Row) => cell(m, r),
    })),
  ];
  return (
    <Card size="small" title="各考评员评分对照" data-testid="mark-comparison">
      <Table<Row>
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={rows}
        columns={columns}
        scroll={{ x: 240 + marks.length * 110 }}
      />
    </Card>
  );
}
