import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AssessmentBody, CentreBody } from '../../../shared/centre.js';
import type { ScopeRowBody } from '../../../shared/scope.js';
import { api, type ApiBody, type ApiQuery } from '../../app/api.js';

/** Invalidates what a change in the centre module may have changed, plus the audit trail. */
function useInvalidate() {
  const client = useQueryClient();
  return (...keys: string[]) => {
    for (const k of keys) void client.invalidateQueries({ queryKey: [k] });
    void client.invalidateQueries({ queryKey: ['audit'] });
    void client.invalidateQueries({ queryKey: ['home'] });
  };
}

export const useCentre = () => useQuery({ queryKey: ['centre'], queryFn: () => api.get('/centre') });
export function useSaveCentre() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: CentreBody) => api.put('/centre', { body }),
    onSuccess: () => invalidate('centre'),
  });
}

export const useEditions = () =>
  useQuery({
    queryKey: ['catalogue', 'editions'],
    queryFn: () => api.get('/catalogue/editions'),
    staleTime: 300_000,
  });
export const useOccupations = (q: ApiQuery<'/catalogue/occupations'>, enabled = true) =>
  useQuery({
    queryKey: ['catalogue', 'occupations', q],
    queryFn: () => api.get('/catalogue/occupations', { query: q }),
    enabled,
  });
export function useCatalogueChange() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (a: { id: string; levels?: number[] | null; job?: { name: string; levels?: number[] | null } }) =>
      a.job
        ? api.post('/catalogue/occupations/{id}/jobs', { path: { id: a.id }, body: a.job })
        : api.put('/catalogue/occupations/{id}/levels', { path: { id: a.id }, body: { levels: a.levels ?? null } }),
    onSuccess: () => invalidate('catalogue'),
  });
}

export const useScope = (q: { status?: 'pending' | 'active'; keyword?: string }, enabled = true) =>
  useQuery({ queryKey: ['scope', q], queryFn: () => api.get('/scope', { query: q }), enabled });
export function useApproveCollege() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: {
      scopeRowId: string;
      collegeId: string;
      approvedBy: string;
      approvedOn: string;
      number?: string | null;
      note?: string | null;
    }) => api.post('/scope/approvals', { body }),
    onSuccess: () => invalidate('scope'),
  });
}

export const useFilings = (keyword?: string) =>
  useQuery({ queryKey: ['filings', { keyword }], queryFn: () => api.get('/filings', { query: { keyword } }) });
export const useFiling = (id: string | null) =>
  useQuery({
    queryKey: ['filings', id],
    queryFn: () => api.get('/filings/{id}', { path: { id: id! } }),
    enabled: !!id,
  });
export const useFilingApplication = (id: string | null) =>
  useQuery({
    queryKey: ['filing-application', id],
    queryFn: () => api.get('/filings/{id}/application', { path: { id: id! } }),
    enabled: !!id,
  });
/** Opens a filing; the reply is the new filing. */
export function useCreateFiling() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: ApiBody<'/filings', 'post'>) => api.post('/filings', { body }),
    onSuccess: () => invalidate('filings', 'filing-application', 'scope', 'centre'),
  });
}
export function useFilingAction() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (
      a:
        | { kind: 'addRow'; id: string; body: ScopeRowBody }
        | { kind: 'removeRow'; id: string; rowId: string }
        | { kind: 'submit'; id: string }
        | { kind: 'approve'; id: string; body: { replyNumber: string; replyDate: string; filingCode?: string | null } }
        | { kind: 'return'; id: string; body: { reason: string } },
    ) => {
      if (a.kind === 'addRow') return api.post('/filings/{id}/rows', { path: { id: a.id }, body: a.body });
      if (a.kind === 'removeRow')
        return api.delete('/filings/{id}/rows/{rowId}', { path: { id: a.id, rowId: a.rowId } });
      if (a.kind === 'submit') return api.post('/filings/{id}/submit', { path: { id: a.id } });
      if (a.kind === 'approve') return api.post('/filings/{id}/approve', { path: { id: a.id }, body: a.body });
      return api.post('/filings/{id}/return', { path: { id: a.id }, body: a.body });
    },
    onSuccess: () => invalidate('filings', 'filing-application', 'scope', 'centre'),
  });
}

export const useAssessmentSheet = () =>
  useQuery({
    queryKey: ['assessments', 'sheet'],
    queryFn: () => api.get('/assessments/sheet'),
    staleTime: 300_000,
  });
export const useAssessments = () =>
  useQuery({ queryKey: ['assessments', 'list'], queryFn: () => api.get('/assessments') });
export function useSaveAssessment() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (a: { id?: string; body: AssessmentBody }) =>
      a.id
        ? api.put('/assessments/{id}', { path: { id: a.id }, body: a.body })
        : api.post('/assessments', { body: a.body }),
    onSuccess: () => invalidate('assessments'),
  });
}

/** Multipart uploads of an .xlsx (the scope, catalogue jobs); errors become ApiError like every other call. */
export function useScopeImport() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (file: File) => api.upload('/scope/import', file),
    onSuccess: () => invalidate('filings', 'scope', 'catalogue'),
  });
}
export function useJobsImport() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (file: File) => api.upload('/catalogue/jobs/import', file),
    onSuccess: () => invalidate('filings', 'scope', 'catalogue'),
  });
}
