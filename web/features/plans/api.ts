import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  AnnualPlan,
  AnnualPlanBody,
  Batch,
  BatchBody,
  BatchMove,
  BatchNotice,
  BatchState,
  PlanSettingsBody,
  SemesterPlan,
  SemesterPlanBody,
  TrainingClass,
  TrainingClassBody,
  trainingDeadline,
} from '../../../shared/plans.js';
import { API_BASE, api } from '../../app/api.js';

type Page<T> = { items: T[]; total: number };
type TrainingDeadline = z.infer<typeof trainingDeadline>;

function useInvalidate() {
  const client = useQueryClient();
  return (...keys: string[]) => {
    for (const k of keys) void client.invalidateQueries({ queryKey: [k] });
    void client.invalidateQueries({ queryKey: ['audit'] });
  };
}

export const downloadUrl = (path: string) => API_BASE + path;

export const usePlanSettings = () =>
  useQuery({ queryKey: ['plan-settings'], queryFn: () => api.get<PlanSettingsBody>('/plans/settings') });
export function useSavePlanSettings() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: PlanSettingsBody) => api.put<PlanSettingsBody>('/plans/settings', body),
    onSuccess: () => invalidate('plan-settings', 'batches', 'training-classes'),
  });
}

export const useAnnualPlans = () =>
  useQuery({ queryKey: ['annual-plans'], queryFn: () => api.get<Page<AnnualPlan>>('/plans/annual') });
export function useAnnualAction() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (a: { kind: 'save'; id?: string; body: AnnualPlanBody } | { kind: 'issue'; id: string }) =>
      a.kind === 'issue'
        ? api.post<AnnualPlan>(`/plans/annual/${a.id}/issue`)
        : a.id
          ? api.put<AnnualPlan>(`/plans/annual/${a.id}`, a.body)
          : api.post<AnnualPlan>('/plans/annual', a.body),
    onSuccess: () => invalidate('annual-plans'),
  });
}

export const useSemesterPlans = () =>
  useQuery({ queryKey: ['semester-plans'], queryFn: () => api.get<Page<SemesterPlan>>('/plans/semester') });
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
          ? api.put<SemesterPlan>(`/plans/semester/${a.id}`, a.body)
          : api.post<SemesterPlan>('/plans/semester', a.body);
      if (a.kind === 'return') return api.post<SemesterPlan>(`/plans/semester/${a.id}/return`, { reason: a.reason });
      return api.post<SemesterPlan>(`/plans/semester/${a.id}/${a.kind}`);
    },
    onSuccess: () => invalidate('semester-plans'),
  });
}

/** R-PLAN-06: the filing deadline a class closing enrolment on `day` would get. */
export const useTrainingDeadline = (day: string | undefined) =>
  useQuery({
    queryKey: ['training-classes', 'deadline', day],
    queryFn: () => api.get<TrainingDeadline>('/training-classes/deadline', { enrolmentClosesOn: day! }),
    enabled: !!day,
  });
export const useTrainingClasses = () =>
  useQuery({ queryKey: ['training-classes'], queryFn: () => api.get<Page<TrainingClass>>('/training-classes') });
export function useTrainingAction() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (
      a:
        | { kind: 'save'; id?: string; body: TrainingClassBody }
        | { kind: 'filing'; id: string; body: { filedOn: string; filingNumber?: string | null } },
    ) => {
      if (a.kind === 'filing') return api.post<TrainingClass>(`/training-classes/${a.id}/filing`, a.body);
      return a.id
        ? api.put<TrainingClass>(`/training-classes/${a.id}`, a.body)
        : api.post<TrainingClass>('/training-classes', a.body);
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
  useQuery({ queryKey: ['batches', 'list', q], queryFn: () => api.get<Page<Batch>>('/batches', q) });
export const useBatch = (id: string | undefined) =>
  useQuery({ queryKey: ['batches', id], queryFn: () => api.get<Batch>(`/batches/${id}`), enabled: !!id });
export const useBatchNotice = (id: string | undefined) =>
  useQuery({
    queryKey: ['batches', id, 'notice'],
    queryFn: () => api.get<BatchNotice>(`/batches/${id}/notice`),
    enabled: !!id,
  });
export function useBatchAction() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (
      a:
        | { kind: 'save'; id?: string; body: BatchBody }
        | { kind: 'submit'; id: string; body: { submittedOn?: string | null; note?: string | null } }
        | { kind: 'approval'; id: string; body: { approvalNumber: string; approvalDate: string } }
        | { kind: 'move'; id: string; to: BatchMove }
        | { kind: 'publish'; id: string },
    ) => {
      if (a.kind === 'save')
        return a.id ? api.put<unknown>(`/batches/${a.id}`, a.body) : api.post<unknown>('/batches', a.body);
      if (a.kind === 'move') return api.post<unknown>(`/batches/${a.id}/transitions`, { to: a.to });
      if (a.kind === 'publish') return api.post<unknown>(`/batches/${a.id}/notice/publish`);
      return api.post<unknown>(`/batches/${a.id}/${a.kind}`, a.body);
    },
    onSuccess: () => invalidate('batches', 'notices'),
  });
}

export const usePublishedNotices = () =>
  useQuery({ queryKey: ['notices'], queryFn: () => api.get<Page<BatchNotice>>('/notices') });
