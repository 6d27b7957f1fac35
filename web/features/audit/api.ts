import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { auditQuery, auditRow } from '../../../shared/audit.js';
import type { jobCreated } from '../../../shared/jobs.js';
import { API_BASE, api } from '../../app/api.js';
import type { AuditCheckpointStatus } from '../../../shared/audit.checkpoint.js';
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
  return useQuery({
    queryKey: ['audit', 'entities'],
    queryFn: () => api.get<string[]>('/audit/entities'),
    staleTime: 300_000,
  });
}

export function useAuditExport() {
  return useMutation({
    mutationFn: (filters: AuditFilters) => api.post<z.infer<typeof jobCreated>>('/audit/exports', filters),
  });
}

export function useAuditCheckpoint() {
  return useQuery({
    queryKey: ['audit', 'checkpoint'],
    queryFn: () => api.get<AuditCheckpointStatus>('/audit/checkpoints/latest'),
  });
}

export function useCreateAuditCheckpoint() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<AuditCheckpointStatus>('/audit/checkpoints', {}),
    onSuccess: (data) => {
      qc.setQueryData(['audit', 'checkpoint'], data);
      void qc.invalidateQueries({ queryKey: ['audit', 'list'] });
    },
  });
}

/** The checkpoint file's download address (R-AUD-01: keep a copy away from the server). */
export const auditCheckpointFileUrl = `${API_BASE}/audit/checkpoints/file`;
