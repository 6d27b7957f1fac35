import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiUrl, type ApiBody } from '../../app/api.js';

/** 成绩公示 (R-PUB-01): the centre's page, the public page (no login) and the candidate's own results. */

function useInvalidate() {
  const client = useQueryClient();
  return () => {
    for (const k of ['publicity', 'publicity-batch', 'audit']) void client.invalidateQueries({ queryKey: [k] });
  };
}

export const usePublicityBatches = () =>
  useQuery({ queryKey: ['publicity'], queryFn: () => api.get('/publicity/batches') });
export const usePublicityBatch = (batchId: string | null) =>
  useQuery({
    queryKey: ['publicity-batch', batchId],
    queryFn: () => api.get('/publicity/batches/{batchId}', { path: { batchId: batchId! } }),
    enabled: !!batchId,
  });
export const usePublicitySettings = () =>
  useQuery({ queryKey: ['publicity-settings'], queryFn: () => api.get('/publicity/settings') });

export function useSavePublicitySettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ApiBody<'/publicity/settings', 'put'>) => api.put('/publicity/settings', { body }),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['publicity-settings'] }),
  });
}

/** The window's actions of one batch: start, make final, export. */
export function usePublicityAction() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (a: { batchId: string; action: 'start' | 'final' | 'export'; startsOn?: string | null }) => {
      const path = { batchId: a.batchId };
      if (a.action === 'start')
        return api.post('/publicity/batches/{batchId}/start', { path, body: { startsOn: a.startsOn ?? null } });
      if (a.action === 'final') return api.post('/publicity/batches/{batchId}/final', { path });
      return api.post('/publicity/batches/{batchId}/export', { path });
    },
    onSuccess: invalidate,
  });
}

export function useRecordObjection() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (a: { batchId: string; body: ApiBody<'/publicity/batches/{batchId}/objections', 'post'> }) =>
      api.post('/publicity/batches/{batchId}/objections', { path: { batchId: a.batchId }, body: a.body }),
    onSuccess: invalidate,
  });
}

export function useResolveObjection() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (a: { id: string; resolution: string }) =>
      api.post('/publicity/objections/{id}/resolve', { path: { id: a.id }, body: { resolution: a.resolution } }),
    onSuccess: invalidate,
  });
}

export const exportUrl = (batchId: string) => apiUrl('/publicity/batches/{batchId}/export.xlsx', { path: { batchId } });

// ── The public page ──

export const usePublicBoard = () =>
  useQuery({ queryKey: ['public-publicity'], queryFn: () => api.get('/public/publicity'), retry: false });
export const usePublicResults = (batchId: string | null) =>
  useQuery({
    queryKey: ['public-publicity', batchId],
    queryFn: () => api.get('/public/publicity/{batchId}', { path: { batchId: batchId! } }),
    enabled: !!batchId,
    retry: false,
  });
export function useFilePublicObjection() {
  return useMutation({
    mutationFn: (a: { batchId: string; body: ApiBody<'/public/publicity/{batchId}/objections', 'post'> }) =>
      api.post('/public/publicity/{batchId}/objections', { path: { batchId: a.batchId }, body: a.body }),
  });
}

// ── The candidate's own results (the portal) ──

export const useMyResults = () => useQuery({ queryKey: ['my-results'], queryFn: () => api.get('/me/results') });
export function useFileMyObjection() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ApiBody<'/me/results/objections', 'post'>) => api.post('/me/results/objections', { body }),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['my-results'] }),
  });
}
