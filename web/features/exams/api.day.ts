import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ExamSettings } from '../../../shared/exams.js';
import type {
  AbsenceBody,
  CheckinBody,
  ExtensionBody,
  IncidentBody,
  IncidentDecisionBody,
  RoomParams,
  ViolationBody,
} from '../../../shared/exams-day.js';
import { api, apiUrl } from '../../app/api.js';

/**
 * React Query hooks of exam day for every sitting (R-EXAM-01, 03, 04; R-VIOL-01…04 recorded): my rooms, check-in,
 * incidents with credited time, violations, the room record and the exam-day settings.
 */

/** Everything shown of a room changes together (a check-in moves the counts, an approval the room's end). */
function useInvalidateRoom() {
  const client = useQueryClient();
  return () => {
    for (const key of [
      'exam-rooms',
      'exam-checkins',
      'exam-incidents',
      'exam-violations',
      'exam-record',
      'exam-console',
    ])
      void client.invalidateQueries({ queryKey: [key] });
  };
}

export const useExamRooms = (day?: string) =>
  useQuery({ queryKey: ['exam-rooms', day ?? ''], queryFn: () => api.get('/exams/rooms', { query: { day } }) });

export const useCheckins = (room: RoomParams) =>
  useQuery({
    queryKey: ['exam-checkins', room.sittingId, room.roomId],
    queryFn: () => api.get('/exams/rooms/{sittingId}/{roomId}/checkins', { path: room }),
  });

export function useCheckin(room: RoomParams) {
  const invalidate = useInvalidateRoom();
  return useMutation({
    mutationFn: (body: CheckinBody) => api.post('/exams/rooms/{sittingId}/{roomId}/checkins', { path: room, body }),
    onSettled: invalidate,
  });
}

export function useMarkAbsent(room: RoomParams) {
  const invalidate = useInvalidateRoom();
  return useMutation({
    mutationFn: (body: AbsenceBody) => api.post('/exams/rooms/{sittingId}/{roomId}/absences', { path: room, body }),
    onSuccess: invalidate,
  });
}

export const useIncidents = (room: RoomParams, enabled = true) =>
  useQuery({
    queryKey: ['exam-incidents', room.sittingId, room.roomId],
    queryFn: () => api.get('/exams/rooms/{sittingId}/{roomId}/incidents', { path: room }),
    enabled,
  });

export function useRecordIncident(room: RoomParams) {
  const invalidate = useInvalidateRoom();
  return useMutation({
    mutationFn: (body: IncidentBody) => api.post('/exams/rooms/{sittingId}/{roomId}/incidents', { path: room, body }),
    onSuccess: invalidate,
  });
}

export function useDecideIncident() {
  const invalidate = useInvalidateRoom();
  return useMutation({
    mutationFn: (a: { id: string; body: IncidentDecisionBody }) =>
      api.post('/exams/incidents/{id}/decision', { path: { id: a.id }, body: a.body }),
    onSuccess: invalidate,
  });
}

/** The console's 延时: an incident with credit, approved at once for the site head (else waiting for it). */
export function useExtend(room: RoomParams) {
  const invalidate = useInvalidateRoom();
  return useMutation({
    mutationFn: (body: ExtensionBody) => api.post('/exams/rooms/{sittingId}/{roomId}/extensions', { path: room, body }),
    onSuccess: invalidate,
  });
}

export const useViolations = (room: RoomParams) =>
  useQuery({
    queryKey: ['exam-violations', room.sittingId, room.roomId],
    queryFn: () => api.get('/exams/rooms/{sittingId}/{roomId}/violations', { path: room }),
  });

export function useRecordViolation(room: RoomParams) {
  const invalidate = useInvalidateRoom();
  return useMutation({
    mutationFn: (body: ViolationBody) => api.post('/exams/rooms/{sittingId}/{roomId}/violations', { path: room, body }),
    onSuccess: invalidate,
  });
}

/** An evidence photo of a violation, uploaded before the violation is saved. */
export const uploadEvidence = (file: File) => api.upload('/files', file, { purpose: 'exam.evidence' });

export const useRoomRecord = (room: RoomParams) =>
  useQuery({
    queryKey: ['exam-record', room.sittingId, room.roomId],
    queryFn: () => api.get('/exams/rooms/{sittingId}/{roomId}/record', { path: room }),
  });

export function useSignRecord(room: RoomParams) {
  const invalidate = useInvalidateRoom();
  return useMutation({
    mutationFn: () => api.post('/exams/rooms/{sittingId}/{roomId}/record/signatures', { path: room }),
    onSuccess: invalidate,
  });
}

export function useAddObservation(room: RoomParams) {
  const invalidate = useInvalidateRoom();
  return useMutation({
    mutationFn: (text: string) =>
      api.post('/exams/rooms/{sittingId}/{roomId}/record/observations', { path: room, body: { text } }),
    onSuccess: invalidate,
  });
}

/** 考场情况记录表 as PDF. */
export const roomRecordPdfUrl = (room: RoomParams) =>
  apiUrl('/exams/rooms/{sittingId}/{roomId}/record.pdf', { path: room });

export const useExamSettings = () =>
  useQuery({ queryKey: ['exam-settings'], queryFn: () => api.get('/exams/settings') });

export function useSaveExamSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ExamSettings) => api.put('/exams/settings', { body }),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['exam-settings'] }),
  });
}
