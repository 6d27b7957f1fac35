import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AnnualPlanBody,
  BatchBody,
  BatchMove,
  BatchState,
  PlanSettingsBody,
  SemesterPlanBody,
  TrainingClassBody,
} from '../../../shared/plans.js';
import { api } from '../../app/api.js';

function useInvalidate() {
  const client = useQueryClient();
  return (...keys: string[]) => {
    for (const k of keys) void client.invalidateQueries({ queryKey: [k] });
    void client.invalidateQueries({ queryKey: ['audit'] });
  };
}

export const usePlanSettings = () =>
  useQuery({ queryKey: ['plan-settings'], queryFn: () => api.get('/plans/settings') });
export function useSavePlanSettings() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: PlanSettingsBody) => api.put('/plans/settings', { body }),
    onSuccess: () => invalidate('plan-settings', 'batches', 'training-classes'),
  });
}

export const useAnnualPlans = (keyword?: string) =>
  useQuery({
    queryKey: ['annual-plans', { keyword }],
    queryFn: () => api.get('/plans/annual', { query: { keyword } }),
  });
export function useAnnualAction() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (a: { kind: 'save'; id?: string; body: AnnualPlanBody } | { kind: 'issue'; id: string }) =>
      a.kind === 'issue'
        ? api.post('/plans/annual/{id}/issue', { path: { id: a.id } })
        : a.id
          ? api.put('/plans/annual/{id}', { path: { id: a.id }, body: a.body })
          : api.post('/plans/annual', { body: a.body }),
    onSuccess: () => invalidate('annual-plans'),
  });
}

export const useSemesterPlans = (keyword?: string) =>
  useQuery({
    queryKey: ['semester-plans', { keyword }],
    queryFn: () => api.get('/plans/semester', { query: { keyword } }),
  });
export function useSemesterAction() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (
      a:
        | { kind: 'save'; id?: string; body: SemesterPlanBody }
        | { kind: 'submit' | 'approve'; id: string }
        | { kind: 'return'; id: string; reason: string },
    ) => {
      if (a.kind === 'save')
        return a.id
          ? api.put('/plans/semester/{id}', { path: { id: a.id }, body: a.body })
          : api.post('/plans/semester', { body: a.body });
      if (a.kind === 'return')
        return api.post('/plans/semester/{id}/return', { path: { id: a.id }, body: { reason: a.reason } });
      return a.kind === 'submit'
        ? api.post('/plans/semester/{id}/submit', { path: { id: a.id } })
        : api.post('/plans/semester/{id}/approve', { path: { id: a.id } });
    },
    onSuccess: () => invalidate('semester-plans'),
  });
}

/** R-PLAN-06: the filing deadline a class closing enrolment on `day` would get. */
export const useTrainingDeadline = (day: string | undefined) =>
  useQuery({
    queryKey: ['training-classes', 'deadline', day],
    queryFn: () => api.get('/training-classes/deadline', { query: { enrolmentClosesOn: day! } }),
    enabled: !!day,
  });
export const useTrainingClasses = () =>
  useQuery({ queryKey: ['training-classes'], queryFn: () => api.get('/training-classes') });
export function useTrainingAction() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (
      a:
        | { kind: 'save'; id?: string; body: TrainingClassBody }
        | { kind: 'filing'; id: string; body: { filedOn: string; filingNumber?: string | null } },
    ) => {
      if (a.kind === 'filing') return api.post('/training-classes/{id}/filing', { path: { id: a.id }, body: a.body });
      return a.id
        ? api.put('/training-classes/{id}', { path: { id: a.id }, body: a.body })
        : api.post('/training-classes', { body: a.body });
    },
    onSuccess: () => invalidate('training-classes'),
  });
}

export type BatchFilter = {
  state?: BatchState;
  collegeId?: string;
  code?: string;
  from?: string;
  to?: string;
  keyword?: string;
};
export const useBatches = (q: BatchFilter = {}) =>
  useQuery({ queryKey: ['batches', 'list', q], queryFn: () => api.get('/batches', { query: q }) });
export const useBatch = (id: string | undefined) =>
  useQuery({
    queryKey: ['batches', id],
    queryFn: () => api.get('/batches/{id}', { path: { id: id! } }),
    enabled: !!id,
  });
export const useBatchNotice = (id: string | undefined) =>
  useQuery({
    queryKey: ['batches', id, 'notice'],
    queryFn: () => api.get('/batches/{id}/notice', { path: { id: id! } }),
    enabled: !!id,
  });
/** Creates or updates a batch; the reply is the saved batch. */
export function useSaveBatch() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (a: { id?: string; body: BatchBody }) =>
      a.id ? api.put('/batches/{id}', { path: { id: a.id }, body: a.body }) : api.post('/batches', { body: a.body }),
    onSuccess: () => invalidate('batches', 'notices'),
  });
}
export function useBatchAction() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async (
      a:
        | { kind: 'submit'; id: string; body: { submittedOn?: string | null; note?: string | null } }
        | { kind: 'approval'; id: string; body: { approvalNumber: string; approvalDate: string } }
        | { kind: 'move'; id: string; to: BatchMove }
        | { kind: 'publish'; id: string },
    ) => {
      if (a.kind === 'move') return api.post('/batches/{id}/transitions', { path: { id: a.id }, body: { to: a.to } });
      if (a.kind === 'publish') return api.post('/batches/{id}/notice/publish', { path: { id: a.id } });
      if (a.kind === 'submit') return api.post('/batches/{id}/submit', { path: { id: a.id }, body: a.body });
      return api.post('/batches/{id}/approval', { path: { id: a.id }, body: a.body });
    },
    onSuccess: () => invalidate('batches', 'notices'),
  });
}

export const usePublishedNotices = (keyword?: string) =>
  useQuery({ queryKey: ['notices', { keyword }], queryFn: () => api.get('/notices', { query: { keyword } }) });
