import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiUrl, type ApiBody } from '../../app/api.js';

/** Each batch's archive (R-ARC-01…03): the checklist, closing with the package, retention and the register. */

function useInvalidate() {
  const client = useQueryClient();
  return () => {
    for (const k of ['archives', 'archive', 'batches', 'audit']) void client.invalidateQueries({ queryKey: [k] });
  };
}

export const useArchiveBatches = () =>
  useQuery({ queryKey: ['archives'], queryFn: () => api.get('/archives/batches') });
export const useArchive = (batchId: string | undefined) =>
  useQuery({
    queryKey: ['archive', batchId],
    queryFn: () => api.get('/archives/batches/{batchId}', { path: { batchId: batchId! } }),
    enabled: !!batchId,
  });
export const useArchiveSettings = () =>
  useQuery({ queryKey: ['archive-settings'], queryFn: () => api.get('/archives/settings') });

export const packageUrl = (batchId: string) => apiUrl('/archives/batches/{batchId}/package.zip', { path: { batchId } });
export const uploadArchiveDocument = (file: File) => api.upload('/files', file, { purpose: 'archive.document' });

export function useAddEntry(batchId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: ApiBody<'/archives/batches/{batchId}/entries', 'post'>) =>
      api.post('/archives/batches/{batchId}/entries', { path: { batchId }, body }),
    onSuccess: invalidate,
  });
}

export function useRemoveEntry(batchId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (entryId: string) =>
      api.delete('/archives/batches/{batchId}/entries/{entryId}', { path: { batchId, entryId } }),
    onSuccess: invalidate,
  });
}

export function useCloseArchive(batchId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: () => api.post('/archives/batches/{batchId}/close', { path: { batchId } }),
    onSuccess: invalidate,
  });
}

export function useCreateRequest(batchId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: ApiBody<'/archives/batches/{batchId}/requests', 'post'>) =>
      api.post('/archives/batches/{batchId}/requests', { path: { batchId }, body }),
    onSuccess: invalidate,
  });
}

export function useDecideRequest(batchId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (a: { requestId: string; approve: boolean; decisionNote?: string }) =>
      api.post('/archives/batches/{batchId}/requests/{requestId}/decision', {
        path: { batchId, requestId: a.requestId },
        body: { approve: a.approve, decisionNote: a.decisionNote },
      }),
    onSuccess: invalidate,
  });
}

export function useReturnRequest(batchId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (requestId: string) =>
      api.post('/archives/batches/{batchId}/requests/{requestId}/return', { path: { batchId, requestId } }),
    onSuccess: invalidate,
  });
}

export function useSaveArchiveSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ApiBody<'/archives/settings', 'put'>) => api.put('/archives/settings', { body }),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['archive-settings'] }),
  });
}
