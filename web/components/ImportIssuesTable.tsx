import { Grid, List, Table, Typography } from 'antd';
import type { FieldIssue } from '../app/api.js';

/** The message without its "第 N 行 X 列（字段）：" prefix: the table has those in their own columns. */
const problemOf = (m: string) => m.replace(/^第 \d+ 行(?: [A-Z]+ 列)?（[^）]*）：/, '');

/** Where an issue is: "第 4 行 N 列 · 职业编码". */
const placeOf = (r: FieldIssue, fieldNames: Record<string, string>) =>
  [r.row != null ? `第 ${r.row} 行` : null, r.column ? `${r.column} 列` : null]
    .filter(Boolean)
    .join(' ')
    .concat(r.field ? ` · ${fieldNames[r.field] ?? r.field}` : '');

/**
 * Every problem of a refused import file, by row and column (nothing was imported): a table on a desk, a list on a
 * phone, where four columns leave the message no room.
 */
export function ImportIssuesTable({
  issues,
  fieldNames,
  testId,
}: {
  issues: FieldIssue[];
  fieldNames: Record<string, string>;
  testId: string;
}) {
  const screens = Grid.useBreakpoint();
  if (screens.md === false)
    return (
      <List<FieldIssue>
        size="small"
        dataSource={issues}
        pagination={issues.length > 50 ? { pageSize: 50, size: 'small' } : false}
        data-testid={testId}
        renderItem={(r) => (
          <List.Item style={{ display: 'block', paddingInline: 0 }}>
            <Typography.Text strong>{placeOf(r, fieldNames) || '文件'}</Typography.Text>
            <div>{problemOf(r.message)}</div>
          </List.Item>
        )}
      />
    );
  return (
    <Table<FieldIssue>
      rowKey={(r) => `${r.row}-${r.column}-${r.field}-${r.message}`}
      size="small"
      dataSource={issues}
      pagination={{ pageSize: 50, hideOnSinglePage: true }}
      data-testid={testId}
      scroll={{ x: 600 }}
      columns={[
        { title: '行', dataIndex: 'row', width: 70, render: (v) => v ?? '—' },
        { title: '列', dataIndex: 'column', width: 60, render: (v) => v ?? '—' },
        { title: '字段', dataIndex: 'field', width: 120, render: (v: string) => fieldNames[v] ?? v },
        { title: '问题', dataIndex: 'message', render: (v: string) => problemOf(v) },
      ]}
    />
  );
}
