import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiUrl, type ApiBody } from '../../app/api.js';

/** 质量督导 (R-SUP-01…03): the centre's page and the supervisor's 我的督导. */

type Team = { batchId: string; siteId: string };

function useInvalidate() {
  const client = useQueryClient();
  return () => {
    for (const k of [
      'supervision-teams',
      'supervision-team',
      'supervision-plans',
      'supervision-breaches',
      'supervision-external',
    ])
      void client.invalidateQueries({ queryKey: [k] });
  };
}

export const useSupervisionTeams = () =>
  useQuery({ queryKey: ['supervision-teams'], queryFn: () => api.get('/supervision/teams') });
export const useSupervisionTeam = (team: Team | null) =>
  useQuery({
    queryKey: ['supervision-team', team?.batchId, team?.siteId],
    queryFn: () => api.get('/supervision/batches/{batchId}/sites/{siteId}', { path: team! }),
    enabled: !!team,
  });
export const useSupervisionPlans = () =>
  useQuery({ queryKey: ['supervision-plans'], queryFn: () => api.get('/supervision/plans') });
export const useSupervisionBreaches = () =>
  useQuery({ queryKey: ['supervision-breaches'], queryFn: () => api.get('/supervision/breaches') });
export const useExternalSupervision = () =>
  useQuery({ queryKey: ['supervision-external'], queryFn: () => api.get('/supervision/external') });

export function useSavePlan() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (a: { id?: string; body: ApiBody<'/supervision/plans', 'post'> }) =>
      a.id
        ? api.put('/supervision/plans/{id}', { path: { id: a.id }, body: a.body })
        : api.post('/supervision/plans', { body: a.body }),
    onSuccess: invalidate,
  });
}
export function useApprovePlan() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (id: string) => api.post('/supervision/plans/{id}/approve', { path: { id } }),
    onSuccess: invalidate,
  });
}
export function useAddExternal() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: ApiBody<'/supervision/external', 'post'>) => api.post('/supervision/external', { body }),
    onSuccess: invalidate,
  });
}

export function useSaveReport() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (a: Team & { body: ApiBody<'/supervision/batches/{batchId}/sites/{siteId}/report', 'put'> }) =>
      api.put('/supervision/batches/{batchId}/sites/{siteId}/report', {
        path: { batchId: a.batchId, siteId: a.siteId },
        body: a.body,
      }),
    onSuccess: invalidate,
  });
}
export function useReportAction() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (a: Team & { action: 'sign' | 'submit' }) => {
      const path = { batchId: a.batchId, siteId: a.siteId };
      return a.action === 'sign'
        ? api.post('/supervision/batches/{batchId}/sites/{siteId}/report/sign', { path })
        : api.post('/supervision/batches/{batchId}/sites/{siteId}/report/submit', { path });
    },
    onSuccess: invalidate,
  });
}
export function useAddObservation() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (a: Team & { body: ApiBody<'/supervision/batches/{batchId}/sites/{siteId}/observations', 'post'> }) =>
      api.post('/supervision/batches/{batchId}/sites/{siteId}/observations', {
        path: { batchId: a.batchId, siteId: a.siteId },
        body: a.body,
      }),
    onSuccess: invalidate,
  });
}

/** A photo taken on the spot: stored as exam evidence (readable by the exam staff and the centre). */
export const uploadPhoto = (file: File) => api.upload('/files', file, { purpose: 'exam.evidence' });

export const reportPdfUrl = (t: Team) =>
  apiUrl('/supervision/batches/{batchId}/sites/{siteId}/report.pdf', {
    path: { batchId: t.batchId, siteId: t.siteId },
  });
