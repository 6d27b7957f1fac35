import type { ReactNode } from 'react';
import { Input, Space } from 'antd';

/**
 * A list's title with its keyword box beside it (a table's `headerTitle`): the keyword is searched on the server;
 * an empty box clears it.
 */
export function TitledSearch({
  title,
  placeholder,
  onSearch,
  testId,
  children,
}: {
  title: ReactNode;
  placeholder: string;
  onSearch: (keyword: string | undefined) => void;
  testId: string;
  /** Controls shown between the title and the box (e.g. the year). */
  children?: ReactNode;
}) {
  return (
    <Space wrap>
      {title}
      {children}
      <Input.Search
        allowClear
        placeholder={placeholder}
        style={{ width: 220, maxWidth: '100%' }}
        onSearch={(v) => onSearch(v.trim() || undefined)}
        data-testid={testId}
      />
    </Space>
  );
}
