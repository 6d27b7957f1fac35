import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { EditBody, RunBody, SiteBody } from '../../../shared/arrangement.js';
import { api, type ApiBody } from '../../app/api.js';

function useInvalidate() {
  const client = useQueryClient();
  return (...keys: string[]) => {
    for (const k of keys) void client.invalidateQueries({ queryKey: [k] });
    void client.invalidateQueries({ queryKey: ['audit'] });
  };
}

export const useSites = () => useQuery({ queryKey: ['sites'], queryFn: () => api.get('/sites') });
export const useRooms = (siteId?: string) =>
  useQuery({ queryKey: ['rooms', siteId ?? ''], queryFn: () => api.get('/rooms', { query: { siteId } }) });

export function useSaveSite() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (a: { id?: string; body: SiteBody }) =>
      a.id ? api.put('/sites/{id}', { path: { id: a.id }, body: a.body }) : api.post('/sites', { body: a.body }),
    onSuccess: () => invalidate('sites'),
  });
}

export function useSaveRoom() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (a: { id?: string; body: ApiBody<'/rooms', 'post'> }) =>
      a.id ? api.put('/rooms/{id}', { path: { id: a.id }, body: a.body }) : api.post('/rooms', { body: a.body }),
    onSuccess: () => invalidate('rooms', 'sites'),
  });
}

export function useUnavailability() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (a: {
      roomId: string;
      add?: { day: string; startsAt: string; endsAt: string; reason: string };
      removeId?: string;
    }) =>
      a.removeId
        ? api.delete('/rooms/{id}/unavailability/{uid}', { path: { id: a.roomId, uid: a.removeId } })
        : api.post('/rooms/{id}/unavailability', { path: { id: a.roomId }, body: a.add! }),
    onSuccess: () => invalidate('rooms'),
  });
}

export const useBatchArrangement = (batchId: string | undefined) =>
  useQuery({
    queryKey: ['arrangement', batchId],
    queryFn: () => api.get('/arrangement/batches/{batchId}', { path: { batchId: batchId! } }),
    enabled: !!batchId,
  });

export function useArrangementAction() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (
      a:
        { kind: 'run'; body: RunBody } | { kind: 'edit'; id: string; body: EditBody } | { kind: 'publish'; id: string },
    ) => {
      if (a.kind === 'run') return api.post('/arrangement/runs', { body: a.body });
      if (a.kind === 'edit') return api.post('/arrangement/runs/{id}/edits', { path: { id: a.id }, body: a.body });
      return api.post('/arrangement/runs/{id}/publish', { path: { id: a.id } });
    },
    onSuccess: () => invalidate('arrangement', 'batches'),
  });
}

/** The examiner picker of a sitting: who may be added (or replace `replaceId`), and why the others may not. */
export const useExaminerOptions = (runId: string, sittingId: string, replaceId?: string) =>
  useQuery({
    queryKey: ['arrangement', 'examiners', runId, sittingId, replaceId ?? ''],
    queryFn: () =>
      api.get('/arrangement/runs/{id}/sittings/{sittingId}/examiners', {
        path: { id: runId, sittingId },
        query: { replaceId },
      }),
  });
