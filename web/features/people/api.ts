import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { person, PersonQuery } from '../../../shared/people.js';
import type { importResult } from '../../../shared/people-appraisal.js';
import { api, type ApiBody } from '../../app/api.js';

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
    queryFn: () => (query.idNumber ? api.post('/persons/search', { body: query }) : api.get('/persons', { query })),
    placeholderData: keepPreviousData,
  });
}
export function usePerson(id: string | undefined) {
  return useQuery({
    queryKey: ['persons', 'detail', id],
    queryFn: () => api.get('/persons/{id}', { path: { id: id! } }),
    enabled: !!id,
  });
}
export function useOwnRecord() {
  return useQuery({ queryKey: ['persons', 'me'], queryFn: () => api.get('/people/me'), retry: false });
}
/** 我的考务安排: the own duties in the published arrangements (served by the arrangement module). */
export function useMyAssignments() {
  return useQuery({ queryKey: ['me', 'assignments'], queryFn: () => api.get('/me/assignments'), retry: false });
}
export function useSavePerson() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (
      a: { id: string; body: ApiBody<'/persons/{id}', 'put'> } | { id?: undefined; body: ApiBody<'/persons', 'post'> },
    ) =>
      a.id === undefined
        ? api.post('/persons', { body: a.body })
        : api.put('/persons/{id}', { path: { id: a.id }, body: a.body }),
    onSuccess: () => invalidate(client, 'persons'),
  });
}
/** R-PPL-02: each call is audited on the server. */
export const fetchFullIdNumber = (id: string) => api.get('/persons/{id}/id-number', { path: { id } });

export function useExaminers() {
  return useQuery({
    queryKey: ['staff', 'examiners'],
    queryFn: () => api.get('/examiners', { query: { pageSize: 200 } }),
  });
}
export function useSupervisors() {
  return useQuery({
    queryKey: ['staff', 'supervisors'],
    queryFn: () => api.get('/supervisors'),
  });
}
export function useExperts() {
  return useQuery({ queryKey: ['staff', 'experts'], queryFn: () => api.get('/experts') });
}
export function useExamStaff() {
  return useQuery({
    queryKey: ['staff', 'examStaff'],
    queryFn: () => api.get('/exam-staff'),
  });
}
export function useExpiring() {
  return useQuery({
    queryKey: ['staff', 'expiring'],
    queryFn: () => api.get('/reminders/expiring'),
  });
}
/** A call to a staff route (its types are the route's), then refresh staff lists and persons. */
export function useStaffAction<B>(call: (body: B) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: () => invalidate(client, 'staff', 'persons', 'conflicts', 'appraisals', 'misconduct'),
  });
}

export function useConflicts() {
  return useQuery({
    queryKey: ['conflicts', 'list'],
    queryFn: () => api.get('/conflicts', { query: { pageSize: 200 } }),
  });
}
export function useTeacherClasses() {
  return useQuery({
    queryKey: ['conflicts', 'classes'],
    queryFn: () => api.get('/teacher-classes'),
  });
}
export function useDeleteConflict() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete('/conflicts/{id}', { path: { id } }),
    onSuccess: () => invalidate(client, 'conflicts'),
  });
}

export function useAppraisals(year: number, keyword?: string) {
  return useQuery({
    queryKey: ['appraisals', year, { keyword }],
    queryFn: () => api.get('/appraisals', { query: { year, keyword } }),
  });
}
export function useFinalizeYear() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (year: number) => api.post('/appraisals/finalize', { body: { year } }),
    onSuccess: () => invalidate(client, 'appraisals', 'staff'),
  });
}
export function useMisconduct() {
  return useQuery({ queryKey: ['misconduct'], queryFn: () => api.get('/misconduct') });
}
export type ImportResult = z.infer<typeof importResult>;
