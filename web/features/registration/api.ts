import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ApplicationDetail,
  ApplicationFilter,
  ApplicationQuery,
  ApplicationRow,
  ApplyBody,
  PortalBatch,
  PortalMe,
  ResubmitBody,
  ReviewBody,
} from '../../../shared/registration.js';
import { API_BASE, api } from '../../app/api.js';
import type { PortalSeats } from '../../../shared/arrangement.js';

/** Hooks of the candidate portal and the review screens (routes listed in server/modules/registration/applications.routes.ts). */

type Page<T> = { items: T[]; total: number };

function useInvalidate() {
  const client = useQueryClient();
  return () => {
    for (const k of ['portal', 'applications', 'audit']) void client.invalidateQueries({ queryKey: [k] });
  };
}

// ------------------------------------------------------------------------------------------------ portal

export const usePortalMe = () =>
  useQuery({ queryKey: ['portal', 'me'], queryFn: () => api.get<PortalMe>('/portal/me') });
export const usePortalBatches = () =>
  useQuery({ queryKey: ['portal', 'batches'], queryFn: () => api.get<{ items: PortalBatch[] }>('/portal/batches') });
export const useMyApplications = () =>
  useQuery({
    queryKey: ['portal', 'applications'],
    queryFn: () => api.get<Page<ApplicationRow>>('/portal/applications'),
  });
export const useMyApplication = (id: string | undefined) =>
  useQuery({
    queryKey: ['portal', 'applications', id],
    queryFn: () => api.get<ApplicationDetail>(`/portal/applications/${id}`),
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
      if (a.kind === 'apply') return api.post<ApplicationDetail>('/portal/applications', a.body);
      if (a.kind === 'resubmit') return api.put<ApplicationDetail>(`/portal/applications/${a.id}`, a.body);
      return api.post<ApplicationDetail>(`/portal/applications/${a.id}/withdraw`, { reason: a.reason ?? null });
    },
    onSuccess: invalidate,
  });
}

export const portalFormPdf = (id: string) => `${API_BASE}/portal/applications/${id}/form.pdf`;
/** R-ARR-11: the candidate's rooms and seats (from the day before the exam) and its ticket. */
export const usePortalSeats = () =>
  useQuery({ queryKey: ['portal', 'seats'], queryFn: () => api.get<PortalSeats>('/portal/seats') });
export const portalTicketPdf = (batchId: string) => `${API_BASE}/portal/ticket.pdf?batchId=${batchId}`;

// ------------------------------------------------------------------------------------------------ review

export function useApplications(query: ApplicationQuery) {
  return useQuery({
    queryKey: ['applications', 'list', query],
    queryFn: () =>
      api.get<Page<ApplicationRow>>('/applications', query as Record<string, string | number | boolean | undefined>),
    placeholderData: keepPreviousData,
  });
}
export const useApplication = (id: string | null) =>
  useQuery({
    queryKey: ['applications', 'detail', id],
    queryFn: () => api.get<ApplicationDetail>(`/applications/${id}`),
    enabled: !!id,
  });

export function useReviewAction() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async (
      a: { kind: 'review'; body: ReviewBody } | { kind: 'unlock'; id: string; reason: string },
    ): Promise<{ count: number }> => {
      if (a.kind === 'review')
        return api.post<{ count: number; status: string; ids: string[] }>('/applications/review', a.body);
      await api.post<ApplicationDetail>(`/applications/${a.id}/unlock`, { reason: a.reason });
      return { count: 1 };
    },
    onSuccess: invalidate,
  });
}

export const reviewFormPdf = (id: string) => `${API_BASE}/applications/${id}/form.pdf`;
/** The photo or an evidence file of an application, as a reviewer reads it (clerks have no general file access). */
export const applicationFileUrl = (id: string, fileId: string) => `${API_BASE}/applications/${id}/files/${fileId}`;

export type { ApplicationFilter };
