import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ArrangementView,
  EditBody,
  Room,
  RoomBody,
  RunBody,
  Site,
  SiteBody,
} from '../../../shared/arrangement.js';
import { api } from '../../app/api.js';

type Page<T> = { items: T[]; total: number };

function useInvalidate() {
  const client = useQueryClient();
  return (...keys: string[]) => {
    for (const k of keys) void client.invalidateQueries({ queryKey: [k] });
    void client.invalidateQueries({ queryKey: ['audit'] });
  };
}

export const useSites = () => useQuery({ queryKey: ['sites'], queryFn: () => api.get<Page<Site>>('/sites') });
export const useRooms = (siteId?: string) =>
  useQuery({ queryKey: ['rooms', siteId ?? ''], queryFn: () => api.get<Page<Room>>('/rooms', { siteId }) });

export function useSaveSite() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (a: { id?: string; body: SiteBody }) =>
      a.id ? api.put<Site>(`/sites/${a.id}`, a.body) : api.post<Site>('/sites', a.body),
    onSuccess: () => invalidate('sites'),
  });
}

export function useSaveRoom() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (a: { id?: string; body: RoomBody }) =>
      a.id ? api.put<Room>(`/rooms/${a.id}`, a.body) : api.post<Room>('/rooms', a.body),
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
        ? api.delete<Room>(`/rooms/${a.roomId}/unavailability/${a.removeId}`)
        : api.post<Room>(`/rooms/${a.roomId}/unavailability`, a.add),
    onSuccess: () => invalidate('rooms'),
  });
}

export const useBatchArrangement = (batchId: string | undefined) =>
  useQuery({
    queryKey: ['arrangement', batchId],
    queryFn: () => api.get<{ run: ArrangementView | null }>(`/arrangement/batches/${batchId}`),
    enabled: !!batchId,
  });

export function useArrangementAction() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (
      a:
        { kind: 'run'; body: RunBody } | { kind: 'edit'; id: string; body: EditBody } | { kind: 'publish'; id: string },
    ) => {
      if (a.kind === 'run') return api.post<ArrangementView>('/arrangement/runs', a.body);
      if (a.kind === 'edit') return api.post<ArrangementView>(`/arrangement/runs/${a.id}/edits`, a.body);
      return api.post<ArrangementView>(`/arrangement/runs/${a.id}/publish`);
    },
    onSuccess: () => invalidate('arrangement', 'batches'),
  });
}
