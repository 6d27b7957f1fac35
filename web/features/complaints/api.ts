import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiUrl, type ApiBody } from '../../app/api.js';

/** 考生投诉 (R-CMP-01…04): the centre's page, the public page (no login) and the candidate's own complaints. */

function useInvalidate() {
  const client = useQueryClient();
  return () => {
    for (const k of ['complaints', 'complaint', 'my-complaints', 'audit'])
      void client.invalidateQueries({ queryKey: [k] });
  };
}

export const useComplaints = (overdue: boolean) =>
  useQuery({
    queryKey: ['complaints', overdue],
    queryFn: () => api.get('/complaints', { query: overdue ? { overdue: 'true' } : {} }),
  });
export const useComplaint = (id: string | null) =>
  useQuery({
    queryKey: ['complaint', id],
    queryFn: () => api.get('/complaints/{id}', { path: { id: id! } }),
    enabled: !!id,
  });

export function useRecordComplaint() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: ApiBody<'/complaints', 'post'>) => api.post('/complaints', { body }),
    onSuccess: invalidate,
  });
}

export type ComplaintStep =
  | { kind: 'handler'; body: ApiBody<'/complaints/{id}/handler', 'post'> }
  | { kind: 'decision'; body: ApiBody<'/complaints/{id}/decision', 'post'> }
  | { kind: 'extension'; body: ApiBody<'/complaints/{id}/extension', 'post'> }
  | { kind: 'result'; body: ApiBody<'/complaints/{id}/result', 'post'> }
  | { kind: 'close' };

/** One step on a complaint: assign, decide, extend, record the result, close. */
export function useComplaintStep() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, step }: { id: string; step: ComplaintStep }) => {
      const path = { id };
      switch (step.kind) {
        case 'handler':
          return api.post('/complaints/{id}/handler', { path, body: step.body });
        case 'decision':
          return api.post('/complaints/{id}/decision', { path, body: step.body });
        case 'extension':
          return api.post('/complaints/{id}/extension', { path, body: step.body });
        case 'result':
          return api.post('/complaints/{id}/result', { path, body: step.body });
        case 'close':
          return api.post('/complaints/{id}/close', { path });
      }
    },
    onSuccess: invalidate,
  });
}

export const decisionLetterUrl = (id: string) => apiUrl('/complaints/{id}/decision.pdf', { path: { id } });
export const resultLetterUrl = (id: string) => apiUrl('/complaints/{id}/result.pdf', { path: { id } });

// ── The public page ──

export function useFilePublicComplaint() {
  return useMutation({
    mutationFn: (body: ApiBody<'/public/complaints', 'post'>) => api.post('/public/complaints', { body }),
  });
}
export function useComplaintLookup() {
  return useMutation({
    mutationFn: (trackingCode: string) => api.get('/public/complaints/status', { query: { trackingCode } }),
  });
}

// ── The candidate's portal ──

export const useMyComplaints = () =>
  useQuery({ queryKey: ['my-complaints'], queryFn: () => api.get('/me/complaints') });
export function useFileMyComplaint() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: ApiBody<'/me/complaints', 'post'>) => api.post('/me/complaints', { body }),
    onSuccess: invalidate,
  });
}

/** R-CMP-01: a piece of evidence (image or PDF), uploaded before the complaint is saved. */
export const uploadEvidence = (file: File) => api.upload('/files', file, { purpose: 'complaint.evidence' });
