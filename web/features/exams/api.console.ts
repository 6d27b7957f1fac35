import { useEffect, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ExamMode } from '../../../shared/exams.js';
import type { ConsoleSnapshot } from '../../../shared/exams-console.js';
import type { RoomParams } from '../../../shared/exams-day.js';
import { API_BASE, api } from '../../app/api.js';

/**
 * React Query hooks of the computer-based exam's staff side (R-EXAM-02): the sittings and their preparation, and
 * the proctor's console of one room, kept live by the server's push (`…/stream`, server-sent events).
 */

export const useExamSittings = () =>
  useQuery({ queryKey: ['exam-sittings'], queryFn: () => api.get('/exams/sittings') });

export function useSetExamMode() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (a: { sittingId: string; mode: ExamMode }) =>
      api.put('/exams/sittings/{sittingId}/mode', { path: { sittingId: a.sittingId }, body: { mode: a.mode } }),
    onSettled: () => void client.invalidateQueries({ queryKey: ['exam-sittings'] }),
  });
}

export function usePrepareSitting() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (sittingId: string) => api.post('/exams/sittings/{sittingId}/prepare', { path: { sittingId } }),
    onSettled: () => void client.invalidateQueries({ queryKey: ['exam-sittings'] }),
  });
}

const consoleKey = (room: RoomParams) => ['exam-console', room.sittingId, room.roomId];

/**
 * The room's console snapshot: fetched once, then replaced by every snapshot the server pushes. While the push is
 * down (a proxy cutting it, a network change) it is polled every 5 s and the stream reconnects by itself.
 */
export function useConsole(room: RoomParams, opts: { stream?: boolean; enabled?: boolean } = {}) {
  const enabled = opts.enabled ?? true;
  const stream = enabled && (opts.stream ?? true);
  const client = useQueryClient();
  const [live, setLive] = useState(false);
  useEffect(() => {
    if (!stream || typeof EventSource === 'undefined') return;
    const source = new EventSource(
      `${API_BASE}/exams/rooms/${encodeURIComponent(room.sittingId)}/${encodeURIComponent(room.roomId)}/stream`,
      { withCredentials: true },
    );
    const take = (e: MessageEvent) => {
      try {
        const snapshot = JSON.parse(String(e.data)) as ConsoleSnapshot;
        if (snapshot && snapshot.room && Array.isArray(snapshot.seats)) {
          client.setQueryData(consoleKey(room), { ...snapshot, receivedAt: Date.now() });
          setLive(true);
        }
      } catch {
        /* a heartbeat or an event of another shape */
      }
    };
    source.onopen = () => setLive(true);
    source.onmessage = take;
    source.addEventListener('console', take as EventListener);
    source.onerror = () => setLive(false);
    return () => source.close();
  }, [client, stream, room.sittingId, room.roomId]); // eslint-disable-line react-hooks/exhaustive-deps
  const query = useQuery({
    queryKey: consoleKey(room),
    queryFn: async () => ({
      ...(await api.get('/exams/rooms/{sittingId}/{roomId}/console', { path: room })),
      receivedAt: Date.now(),
    }),
    enabled,
    refetchInterval: live ? false : stream ? 5_000 : 15_000,
  });
  return { ...query, live };
}

function useInvalidateConsole() {
  const client = useQueryClient();
  return () => {
    for (const key of ['exam-console', 'exam-rooms', 'exam-record', 'exam-checkins'])
      void client.invalidateQueries({ queryKey: [key] });
  };
}

/** 开考, 暂停, 继续 of the whole room. */
export function useRoomAction(room: RoomParams) {
  const invalidate = useInvalidateConsole();
  return useMutation({
    mutationFn: (action: 'open' | 'pause' | 'resume') =>
      action === 'open'
        ? api.post('/exams/rooms/{sittingId}/{roomId}/open', { path: room })
        : action === 'pause'
          ? api.post('/exams/rooms/{sittingId}/{roomId}/pause', { path: room })
          : api.post('/exams/rooms/{sittingId}/{roomId}/resume', { path: room }),
    onSettled: invalidate,
  });
}

/** R-EXAM-02: the room's allowed address ranges (the centre); an empty list lifts the limit. */
export function useSetIpRanges(room: RoomParams) {
  const invalidate = useInvalidateConsole();
  return useMutation({
    mutationFn: (ipRanges: string[]) =>
      api.put('/exams/rooms/{sittingId}/{roomId}/ip-ranges', { path: room, body: { ipRanges } }),
    onSettled: invalidate,
  });
}

export function useReleaseSeat() {
  const invalidate = useInvalidateConsole();
  return useMutation({
    mutationFn: (a: { attemptId: string; reason?: string }) =>
      api.post('/exams/attempts/{id}/release', { path: { id: a.attemptId }, body: { reason: a.reason } }),
    onSettled: invalidate,
  });
}

export function useCollect() {
  const invalidate = useInvalidateConsole();
  return useMutation({
    mutationFn: (a: { attemptId: string; reason: string }) =>
      api.post('/exams/attempts/{id}/collect', { path: { id: a.attemptId }, body: { reason: a.reason } }),
    onSettled: invalidate,
  });
}

export const useAttemptEvents = (attemptId: string | null) =>
  useQuery({
    queryKey: ['exam-events', attemptId],
    queryFn: () => api.get('/exams/attempts/{id}/events', { path: { id: attemptId! } }),
    enabled: !!attemptId,
  });
