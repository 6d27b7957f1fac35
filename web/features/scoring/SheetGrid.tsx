import { useRef, useState } from 'react';
import { Alert, App, Button, Checkbox, Input, Table, Tag, Typography, type InputRef } from 'antd';
import { EditOutlined, SaveOutlined } from '@ant-design/icons';
import type { ColumnsType } from 'antd/es/table';
import type { ScoreSheet, SheetRow } from '../../../shared/scoring.js';
import { ApiError, errorMessage } from '../../app/api.js';
import { markRecordPdfUrl, useSaveEntries } from './api.js';
import { CorrectionDialog } from './CorrectionDialog.js';
import { scoreText } from './format.js';

/** What a grid row holds while it is typed: the score as typed, and 缺考. */
type Draft = { score: string; absent: boolean };
const ABSENT_WORDS = ['缺', '缺考', '缺席'];

const initialOf = (r: SheetRow): Draft => ({
  score: r.absent || r.score === null ? '' : String(r.score),
  absent: r.absent,
});

/** The typed score as the API takes it, or the problem with it. */
function parseScore(text: string): { score: number | null } | { problem: string } {
  const t = text.trim();
  if (t === '') return { score: null };
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(t) || Number(t) > 100) return { problem: '成绩应为 0–100 的数字，最多两位小数' };
  return { score: Number(t) };
}

const same = (a: Draft, b: Draft) => a.absent === b.absent && (a.absent || a.score.trim() === b.score.trim());

/** The columns every view of the sheet shows before the score. */
const personColumns: ColumnsType<SheetRow> = [
  { title: '序号', width: 50, align: 'right', render: (_, __, i) => i + 1 },
  { title: '准考证号', dataIndex: 'ticketNumber', width: 150, render: (v: string | null) => v ?? '—' },
  { title: '姓名', dataIndex: 'name', width: 80 },
  { title: '身份证号', dataIndex: 'idMasked', width: 160 },
  {
    title: '考场/座号',
    width: 150,
    render: (_, r) => (r.roomName ? `${r.roomName}${r.seatNo != null ? ` · ${r.seatNo} 号` : ''}` : '—'),
  },
];

/** Only when some candidate has a violation: most sheets have none, and the column would push the table wider. */
const violationsColumns = (rows: SheetRow[]): ColumnsType<SheetRow> =>
  rows.some((r) => r.violations.length) ? [violationColumn] : [];

const violationColumn: ColumnsType<SheetRow>[number] = {
  title: '违纪',
  width: 150,
  render: (_, r) =>
    r.violations.length === 0
      ? null
      : r.violations.map((v, i) => (
          <Tag
            key={i}
            color={v.overturned ? 'default' : 'red'}
            style={v.overturned ? { textDecoration: 'line-through' } : undefined}
          >
            第 {v.tier} 类 · {v.clauseName}
          </Tag>
        )),
};

/**
 * The keyboard-first grid (R-SCORE-01, theory on paper and the review): type a score, Enter goes to the next row;
 * “缺” marks 缺考. 保存 sends the changed rows only; the server keeps all or nothing and names the row of each error.
 */
export function EntryGrid({ sheet }: { sheet: ScoreSheet }) {
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [problems, setProblems] = useState<string[]>([]);
  const inputs = useRef<(InputRef | null)[]>([]);
  const save = useSaveEntries(sheet.sittingId);
  const { message } = App.useApp();
  const rows = sheet.rows;
  const valueOf = (r: SheetRow) => drafts[r.applicationId] ?? initialOf(r);
  const set = (r: SheetRow, d: Draft) => setDrafts((all) => ({ ...all, [r.applicationId]: d }));
  const changed = rows.filter((r) => drafts[r.applicationId] && !same(drafts[r.applicationId], initialOf(r)));
  const rowNo = new Map(rows.map((r, i) => [r.applicationId, i + 1]));

  const focus = (i: number) => {
    const el = inputs.current[i];
    if (el) el.focus({ cursor: 'all' });
  };
  const commitWord = (r: SheetRow) => {
    const d = valueOf(r);
    if (ABSENT_WORDS.includes(d.score.trim())) set(r, { score: '', absent: true });
  };

  const submit = async () => {
    const bad: string[] = [];
    const entries = changed.map((r) => {
      const d = drafts[r.applicationId];
      const parsed = d.absent ? { score: null } : parseScore(d.score);
      if ('problem' in parsed) bad.push(`第 ${rowNo.get(r.applicationId)} 行 ${r.name}：${parsed.problem}`);
      return { applicationId: r.applicationId, absent: d.absent, score: 'score' in parsed ? parsed.score : null };
    });
    setProblems(bad);
    if (bad.length) return;
    try {
      const res = await save.mutateAsync({ entries });
      setDrafts({});
      message.success(res.changed ? `已保存 ${res.changed} 名考生的成绩` : '成绩没有变化');
    } catch (e) {
      // The server numbers the rows it was sent; name them by the grid's row and the candidate instead.
      const issues = e instanceof ApiError ? e.fieldIssues : [];
      const mapped = issues.map((i) => {
        const at = /^entries\.(\d+)\./.exec(i.field);
        const r = at ? changed[Number(at[1])] : undefined;
        const text = i.message.replace(/^第 \d+ 行：/, '');
        return r ? `第 ${rowNo.get(r.applicationId)} 行 ${r.name}：${text}` : i.message;
      });
      setProblems(mapped.length ? mapped : [errorMessage(e)]);
    }
  };

  const columns: ColumnsType<SheetRow> = [
    ...personColumns,
    {
      title: '成绩',
      width: 110,
      render: (_, r, i) => {
        const d = valueOf(r);
        const bad = !d.absent && 'problem' in parseScore(d.score) && !ABSENT_WORDS.includes(d.score.trim());
        return (
          <Input
            ref={(el) => {
              inputs.current[i] = el;
            }}
            value={d.score}
            placeholder={d.absent ? '缺考' : ''}
            inputMode="decimal"
            autoComplete="off"
            status={bad ? 'error' : undefined}
            style={{ width: 90 }}
            onChange={(e) => set(r, { score: e.target.value, absent: false })}
            onKeyDown={(e) => {
              if (e.key === 'Enter' || e.key === 'ArrowDown') {
                e.preventDefault();
                commitWord(r);
                focus(i + 1);
              } else if (e.key === 'ArrowUp') {
                e.preventDefault();
                commitWord(r);
                focus(i - 1);
              }
            }}
            onBlur={() => commitWord(r)}
            aria-label={`${r.name}的成绩`}
            data-testid="grid-score"
          />
        );
      },
    },
    {
      title: '缺考',
      width: 64,
      align: 'center',
      render: (_, r) => (
        <Checkbox
          checked={valueOf(r).absent}
          onChange={(e) => set(r, { score: '', absent: e.target.checked })}
          aria-label={`${r.name}缺考`}
          data-testid="grid-absent"
        />
      ),
    },
    {
      title: '来源',
      width: 110,
      render: (_, r) =>
        drafts[r.applicationId] && !same(drafts[r.applicationId], initialOf(r)) ? (
          <Tag color="orange">未保存</Tag>
        ) : (
          <Typography.Text type="secondary">{r.sourceName}</Typography.Text>
        ),
    },
    ...violationsColumns(rows),
  ];

  return (
    // A plain column (not Space, which wraps each child): the save bar sticks to the bottom of the whole grid.
    <div style={{ display: 'flex', flexDirection: 'column', gap: 12 }} data-testid="sheet-grid">
      <Table<SheetRow>
        rowKey="applicationId"
        size="small"
        pagination={false}
        dataSource={rows}
        columns={columns}
        scroll={{ x: 880 }}
        onRow={(r) => ({ 'data-testid': 'sheet-row', 'data-name': r.name }) as React.HTMLAttributes<HTMLElement>}
      />
      {problems.length > 0 && (
        <Alert
          type="error"
          showIcon
          message="成绩没有保存，请修改以下问题后重新保存："
          description={
            <ul style={{ margin: 0, paddingLeft: 20 }}>
              {problems.map((p, i) => (
                <li key={i}>{p}</li>
              ))}
            </ul>
          }
          data-testid="sheet-errors"
        />
      )}
      <div
        style={{
          position: 'sticky',
          bottom: 0,
          zIndex: 10,
          background: '#fff',
          padding: '8px 0',
          display: 'flex',
          flexWrap: 'wrap',
          alignItems: 'center',
          gap: 12,
        }}
      >
        <Button
          type="primary"
          icon={<SaveOutlined />}
          size="large"
          disabled={changed.length === 0}
          loading={save.isPending}
          onClick={() => void submit()}
          data-testid="sheet-save"
        >
          保存
        </Button>
        <Typography.Text type="secondary" data-testid="sheet-changed">
          {changed.length ? `${changed.length} 名考生的成绩尚未保存` : '没有未保存的修改'}
        </Typography.Text>
        {changed.length > 0 && (
          <Button type="link" onClick={() => (setDrafts({}), setProblems([]))}>
            放弃修改
          </Button>
        )}
      </div>
    </div>
  );
}

/**
 * The sheet read-only: what counts for each candidate and where it came from; a skill sitting shows each
 * candidate's 2+1+1 state. After sign-off the centre asks for a correction from a row.
 */
export function SheetTable({ sheet, mayRecords }: { sheet: ScoreSheet; mayRecords: boolean }) {
  const [correcting, setCorrecting] = useState<SheetRow | null>(null);
  const columns: ColumnsType<SheetRow> = [
    ...personColumns,
    {
      title: '成绩',
      width: 70,
      align: 'right',
      render: (_, r) =>
        r.absent ? <Tag color="orange">缺考</Tag> : <span data-testid="sheet-score">{scoreText(r.score)}</span>,
    },
    {
      title: '来源',
      dataIndex: 'sourceName',
      width: 100,
      render: (v: string) => <Typography.Text type="secondary">{v}</Typography.Text>,
    },
    ...(sheet.kind === 'skill'
      ? [
          {
            title: '评分状态',
            width: 230,
            render: (_: unknown, r: SheetRow) =>
              r.absent ? null : r.marking ? (
                <span data-testid="sheet-marking">
                  <Tag color={markingColors[r.marking.state] ?? 'default'}>{r.marking.stateName}</Tag>
                  <Typography.Text type="secondary">
                    {r.marking.submitted}/{r.marking.needed}
                  </Typography.Text>
                  {mayRecords && r.marking.submitted > 0 && (
                    <a href={markRecordPdfUrl(sheet.sittingId, r.applicationId)} style={{ marginLeft: 8 }}>
                      评分记录表
                    </a>
                  )}
                </span>
              ) : null,
          },
        ]
      : []),
    ...violationsColumns(sheet.rows),
    ...(sheet.may.correct
      ? [
          {
            title: '操作',
            width: 100,
            render: (_: unknown, r: SheetRow) => (
              <Button
                type="link"
                size="small"
                icon={<EditOutlined />}
                onClick={() => setCorrecting(r)}
                data-testid="correction-open"
              >
                申请更正
              </Button>
            ),
          },
        ]
      : []),
  ];
  return (
    <>
      <Table<SheetRow>
        rowKey="applicationId"
        size="small"
        pagination={false}
        dataSource={sheet.rows}
        columns={columns}
        scroll={{ x: sheet.kind === 'skill' ? 1090 : 860 }}
        onRow={(r) => ({ 'data-testid': 'sheet-row', 'data-name': r.name }) as React.HTMLAttributes<HTMLElement>}
        data-testid="sheet-table"
      />
      {correcting && (
        <CorrectionDialog sittingId={sheet.sittingId} row={correcting} onClose={() => setCorrecting(null)} />
      )}
    </>
  );
}

/** Colours of the 2+1+1 states (skillStateNames). */
export const markingColors: Record<string, string> = {
  waiting: 'default',
  third_needed: 'orange',
  leader_needed: 'red',
  resolved: 'green',
  absent: 'default',
};
