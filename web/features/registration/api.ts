import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApplyBody, ResubmitBody } from '../../../shared/registration.js';
import { api, apiUrl, type ApiBody, type ApiQuery } from '../../app/api.js';

/** Hooks of the candidate portal and the review screens (routes listed in server/modules/registration/applications.routes.ts). */

function useInvalidate() {
  const client = useQueryClient();
  return () => {
    for (const k of ['portal', 'applications', 'audit']) void client.invalidateQueries({ queryKey: [k] });
  };
}

// ------------------------------------------------------------------------------------------------ portal

export const usePortalMe = () => useQuery({ queryKey: ['portal', 'me'], queryFn: () => api.get('/portal/me') });
export const usePortalBatches = () =>
  useQuery({ queryKey: ['portal', 'batches'], queryFn: () => api.get('/portal/batches') });
export const useMyApplications = () =>
  useQuery({
    queryKey: ['portal', 'applications'],
    queryFn: () => api.get('/portal/applications'),
  });
export const useMyApplication = (id: string | undefined) =>
  useQuery({
    queryKey: ['portal', 'applications', id],
    queryFn: () => api.get('/portal/applications/{id}', { path: { id: id! } }),
    enabled: !!id,
  });

export function usePortalAction() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (
      a:
        | { kind: 'apply'; body: ApplyBody }
        | { kind: 'resubmit'; id: string; body: ResubmitBody }
        | { kind: 'withdraw'; id: string; reason?: string | null },
    ) => {
      if (a.kind === 'apply') return api.post('/portal/applications', { body: a.body });
      if (a.kind === 'resubmit') return api.put('/portal/applications/{id}', { path: { id: a.id }, body: a.body });
      return api.post('/portal/applications/{id}/withdraw', { path: { id: a.id }, body: { reason: a.reason ?? null } });
    },
    onSuccess: invalidate,
  });
}

export const portalFormPdf = (id: string) => apiUrl('/portal/applications/{id}/form.pdf', { path: { id } });
/** R-ARR-11: the candidate's rooms and seats (from the day before the exam) and its ticket. */
export const usePortalSeats = () =>
  useQuery({ queryKey: ['portal', 'seats'], queryFn: () => api.get('/portal/seats') });
export const portalTicketPdf = (batchId: string) => apiUrl('/portal/ticket.pdf', { query: { batchId } });

// ------------------------------------------------------------------------------------------------ review

export function useApplications(query: ApiQuery<'/applications'>) {
  return useQuery({
    queryKey: ['applications', 'list', query],
    queryFn: () => api.get('/applications', { query }),
    placeholderData: keepPreviousData,
  });
}
export const useApplication = (id: string | null) =>
  useQuery({
    queryKey: ['applications', 'detail', id],
    queryFn: () => api.get('/applications/{id}', { path: { id: id! } }),
    enabled: !!id,
  });

export function useReviewAction() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async (
      a:
        | { kind: 'review'; body: ApiBody<'/applications/review', 'post'> }
        | { kind: 'unlock'; id: string; reason: string },
    ) => {
      if (a.kind === 'review') return api.post('/applications/review', { body: a.body });
      await api.post('/applications/{id}/unlock', { path: { id: a.id }, body: { reason: a.reason } });
      return { count: 1 };
    },
    onSuccess: invalidate,
  });
}

export const reviewFormPdf = (id: string) => apiUrl('/applications/{id}/form.pdf', { path: { id } });
/** The photo or an evidence file of an application, as a reviewer reads it (clerks have no general file access). */
export const applicationFileUrl = (id: string, fileId: string) =>
  apiUrl('/applications/{id}/files/{fileId}', { path: { id, fileId } });

/** The filter of the review list, as the list route and the bulk review take it. */
export type ApplicationFilter = NonNullable<ApiBody<'/applications/review', 'post'>['filter']>;
