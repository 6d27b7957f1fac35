import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { auditQuery, auditRow } from '../../../shared/audit.js';
import type { jobCreated } from '../../../shared/jobs.js';
import { api } from '../../app/api.js';
import type { PageOf } from '../../app/types.js';

export type AuditQuery = z.infer<typeof auditQuery>;
export type AuditFilters = Omit<AuditQuery, 'page' | 'pageSize'>;

export function useAuditList(query: AuditQuery) {
  return useQuery({
    queryKey: ['audit', 'list', query],
    queryFn: () => api.get<PageOf<typeof auditRow>>('/audit', query),
    placeholderData: keepPreviousData,
  });
}

export function useAuditEntities() {
  return useQuery({ queryKey: ['audit', 'entities'], queryFn: () => api.get<string[]>('/audit/entities'), staleTime: 300_000 });
}

export function useAuditExport() {
  return useMutation({ mutationFn: (filters: AuditFilters) => api.post<z.infer<typeof jobCreated>>('/audit/exports', filters) });
}
