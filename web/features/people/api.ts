import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { MeResponse } from '../../../shared/auth.js';
import type { fullIdNumber, person, PersonBody, PersonQuery, PersonUpdateBody } from '../../../shared/people.js';
import type {
  conflict,
  examStaffRow,
  examiner,
  expert,
  expiringList,
  PersonDetail,
  supervisor,
  teacherClass,
} from '../../../shared/people-staff.js';
import type { appraisalRow, finalizeResult, importResult, misconductRecord } from '../../../shared/people-appraisal.js';
import { API_BASE, ApiError, api } from '../../app/api.js';
import { queryClient } from '../../app/providers.js';
import { meKey } from '../../app/session.js';
import type { PageOf } from '../../app/types.js';

/** Hooks of the people module's screens; every type comes from the shared zod schemas. */

export type PersonRow = z.infer<typeof person>;
const invalidate = (client: ReturnType<typeof useQueryClient>, ...keys: string[]) => {
  for (const k of keys) void client.invalidateQueries({ queryKey: [k] });
  void client.invalidateQueries({ queryKey: ['audit'] });
};

/** R-PPL-02: a search with an ID number goes in a POST body, never in a URL (proxies and logs keep URLs). */
export function usePersons(query: PersonQuery) {
  return useQuery({
    queryKey: ['persons', 'list', query],
    queryFn: () =>
      query.idNumber
        ? api.post<PageOf<typeof person>>('/persons/search', query)
        : api.get<PageOf<typeof person>>('/persons', query),
    placeholderData: keepPreviousData,
  });
}
export function usePerson(id: string | undefined) {
  return useQuery({
    queryKey: ['persons', 'detail', id],
    queryFn: () => api.get<PersonDetail>(`/persons/${id}`),
    enabled: !!id,
  });
}
export function useOwnRecord() {
  return useQuery({ queryKey: ['persons', 'me'], queryFn: () => api.get<PersonDetail>('/people/me'), retry: false });
}
export function useSavePerson() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: PersonBody | PersonUpdateBody }) =>
      id ? api.put<PersonRow>(`/persons/${id}`, body) : api.post<PersonRow>('/persons', body),
    onSuccess: () => invalidate(client, 'persons'),
  });
}
/** R-PPL-02: each call is audited on the server. */
export const fetchFullIdNumber = (id: string) => api.get<z.infer<typeof fullIdNumber>>(`/persons/${id}/id-number`);

/** Multipart upload with the session's CSRF token (the JSON client does not send forms). */
export async function uploadForm<T>(path: string, file: File, fields: Record<string, string> = {}): Promise<T> {
  const me = queryClient.getQueryData<MeResponse | null>(meKey);
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  form.append('file', file);
  const res = await fetch(API_BASE + path, {
    method: 'POST',
    body: form,
    credentials: 'same-origin',
    headers: me ? { 'x-csrf-token': me.csrfToken } : {},
  });
  const data = (await res.json().catch(() => null)) as {
    error?: { code: string; message: string; details: unknown; requestId: string };
  } | null;
  if (res.ok) return data as T;
  throw new ApiError(
    res.status,
    data?.error?.code ?? `HTTP_${res.status}`,
    data?.error?.message ?? `上传失败（${res.status}）`,
    data?.error?.details ?? null,
    data?.error?.requestId ?? null,
  );
}

export function useExaminers() {
  return useQuery({
    queryKey: ['staff', 'examiners'],
    queryFn: () => api.get<PageOf<typeof examiner>>('/examiners', { pageSize: 200 }),
  });
}
export function useSupervisors() {
  return useQuery({
    queryKey: ['staff', 'supervisors'],
    queryFn: () => api.get<PageOf<typeof supervisor>>('/supervisors'),
  });
}
export function useExperts() {
  return useQuery({ queryKey: ['staff', 'experts'], queryFn: () => api.get<PageOf<typeof expert>>('/experts') });
}
export function useExamStaff() {
  return useQuery({
    queryKey: ['staff', 'examStaff'],
    queryFn: () => api.get<PageOf<typeof examStaffRow>>('/exam-staff'),
  });
}
export function useExpiring() {
  return useQuery({
    queryKey: ['staff', 'expiring'],
    queryFn: () => api.get<z.infer<typeof expiringList>>('/reminders/expiring'),
  });
}
/** POST to a staff endpoint, then refresh staff lists and persons. */
export function useStaffAction<B>(path: string | ((b: B) => string), method: 'post' | 'put' = 'post') {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: B) => api[method]<unknown>(typeof path === 'string' ? path : path(body), body),
    onSuccess: () => invalidate(client, 'staff', 'persons', 'conflicts', 'appraisals', 'misconduct'),
  });
}

export function useConflicts() {
  return useQuery({
    queryKey: ['conflicts', 'list'],
    queryFn: () => api.get<PageOf<typeof conflict>>('/conflicts', { pageSize: 200 }),
  });
}
export function useTeacherClasses() {
  return useQuery({
    queryKey: ['conflicts', 'classes'],
    queryFn: () => api.get<PageOf<typeof teacherClass>>('/teacher-classes'),
  });
}
export function useDeleteConflict() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/conflicts/${id}`),
    onSuccess: () => invalidate(client, 'conflicts'),
  });
}

export function useAppraisals(year: number) {
  return useQuery({
    queryKey: ['appraisals', year],
    queryFn: () => api.get<PageOf<typeof appraisalRow>>('/appraisals', { year }),
  });
}
export function useFinalizeYear() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (year: number) => api.post<z.infer<typeof finalizeResult>>('/appraisals/finalize', { year }),
    onSuccess: () => invalidate(client, 'appraisals', 'staff'),
  });
}
export function useMisconduct() {
  return useQuery({ queryKey: ['misconduct'], queryFn: () => api.get<PageOf<typeof misconductRecord>>('/misconduct') });
}
export type ImportResult = z.infer<typeof importResult>;
