import { useState } from 'react';
import type { TablePaginationConfig } from 'antd';

/** Page, page size and the submitted search filters of a server-paged ProTable, as one piece of state. */
export function useListState<F extends object>(initial: F, initialPageSize = 20) {
  const [state, setState] = useState({ page: 1, pageSize: initialPageSize, filters: initial });
  return {
    ...state,
    /** New filters start again at page 1. */
    search: (filters: F) => setState((s) => ({ ...s, page: 1, filters })),
    reset: () => setState((s) => ({ ...s, page: 1, filters: initial })),
    pagination: (total: number | undefined): TablePaginationConfig => ({
      current: state.page,
      pageSize: state.pageSize,
      total: total ?? 0,
      showSizeChanger: true,
      pageSizeOptions: [10, 20, 50, 100],
      showTotal: (t) => `共 ${t} 条`,
      onChange: (page, pageSize) => setState((s) => ({ ...s, page: pageSize !== s.pageSize ? 1 : page, pageSize })),
    }),
  };
}

/** A search form value as a trimmed string, or undefined when empty. */
export function text(v: unknown): string | undefined {
  if (typeof v !== 'string' && typeof v !== 'number') return undefined;
  const s = String(v).trim();
  return s === '' ? undefined : s;
}
