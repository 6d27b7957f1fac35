import { Col, Row, Space, Tag, Typography } from 'antd';
import type { AuditRow } from '../../../shared/audit.js';
import { fieldLabel, hasFieldLabel } from '../../../shared/labels.js';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function changedKeys(before: unknown, after: unknown): string[] {
  if (!isRecord(before) || !isRecord(after)) return [];
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
}

function Json({ title, value }: { title: string; value: unknown }) {
  return (
    <div>
      <Typography.Text strong>{title}</Typography.Text>
      {value === null || value === undefined ? (
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
          （无）
        </Typography.Paragraph>
      ) : (
        <pre className="json-block" style={{ marginTop: 8 }}>
          {JSON.stringify(value, null, 2)}
        </pre>
      )}
    </div>
  );
}

/** The expanded audit row: the record before and after the change, side by side. */
export function BeforeAfter({ row }: { row: AuditRow }) {
  const changed = changedKeys(row.before, row.after);
  return (
    <div data-testid="audit-before-after" style={{ padding: '4px 8px' }}>
      {changed.length > 0 && (
        <Space wrap size={4} style={{ marginBottom: 12 }}>
          <Typography.Text type="secondary">变更字段：</Typography.Text>
          {changed.map((k) => (
            <Tag key={k} color="gold" title={k}>
              {hasFieldLabel(k) ? fieldLabel(k) : k}
            </Tag>
          ))}
        </Space>
      )}
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Json title="变更前" value={row.before} />
        </Col>
        <Col xs={24} md={12}>
          <Json title="变更后" value={row.after} />
        </Col>
      </Row>
      <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0', fontSize: 12 }} copyable={{ text: row.hash }}>
        校验值：{row.hash.slice(0, 16)}…
      </Typography.Paragraph>
    </div>
  );
}
