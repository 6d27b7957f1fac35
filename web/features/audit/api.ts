import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { auditQuery } from '../../../shared/audit.js';
import { api, apiUrl } from '../../app/api.js';

export type AuditQuery = z.infer<typeof auditQuery>;
export type AuditFilters = Omit<AuditQuery, 'page' | 'pageSize'>;

export function useAuditList(query: AuditQuery) {
  return useQuery({
    queryKey: ['audit', 'list', query],
    queryFn: () => api.get('/audit', { query }),
    placeholderData: keepPreviousData,
  });
}

export function useAuditEntities() {
  return useQuery({
    queryKey: ['audit', 'entities'],
    queryFn: () => api.get('/audit/entities'),
    staleTime: 300_000,
  });
}

export function useAuditExport() {
  return useMutation({
    mutationFn: (filters: AuditFilters) => api.post('/audit/exports', { body: filters }),
  });
}

export function useAuditCheckpoint() {
  return useQuery({
    queryKey: ['audit', 'checkpoint'],
    queryFn: () => api.get('/audit/checkpoints/latest'),
  });
}

export function useCreateAuditCheckpoint() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api.post('/audit/checkpoints', { body: {} }),
    onSuccess: (data) => {
      qc.setQueryData(['audit', 'checkpoint'], data);
      void qc.invalidateQueries({ queryKey: ['audit', 'list'] });
    },
  });
}

/** The checkpoint file's download address (R-AUD-01: keep a copy away from the server). */
export const auditCheckpointFileUrl = apiUrl('/audit/checkpoints/file');
