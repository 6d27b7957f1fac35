import { Table } from 'antd';
import type { FieldIssue } from '../app/api.js';

/** The message without its "第 N 行 X 列（字段）：" prefix: the table has those in their own columns. */
const problemOf = (m: string) => m.replace(/^第 \d+ 行(?: [A-Z]+ 列)?（[^）]*）：/, '');

/** Every problem of a refused import file, by row and column (nothing was imported). */
export function ImportIssuesTable({
  issues,
  fieldNames,
  testId,
}: {
  issues: FieldIssue[];
  fieldNames: Record<string, string>;
  testId: string;
}) {
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
