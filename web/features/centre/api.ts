import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  Assessment,
  AssessmentBody,
  CentreBody,
  CentreProfile,
  assessmentSheet,
  Equipment,
  Regulation,
  Venue,
  equipmentItem,
  regulationItem,
  venueItem,
} from '../../../shared/centre.js';
import type {
  Filing,
  FilingApplication,
  Occupation,
  ScopeRow,
  ScopeRowBody,
  catalogueEdition,
  filingDetail,
  scopeImportResult,
  jobsImportResult,
} from '../../../shared/scope.js';
import { API_BASE, ApiError, api } from '../../app/api.js';
import { useSession } from '../../app/session.js';

type Page<T> = { items: T[]; total: number };

/** Invalidates what a change in the centre module may have changed, plus the audit trail. */
function useInvalidate() {
  const client = useQueryClient();
  return (...keys: string[]) => {
    for (const k of keys) void client.invalidateQueries({ queryKey: [k] });
    void client.invalidateQueries({ queryKey: ['audit'] });
    void client.invalidateQueries({ queryKey: ['home'] });
  };
}

export const useCentre = () => useQuery({ queryKey: ['centre'], queryFn: () => api.get<CentreProfile>('/centre') });
export function useSaveCentre() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: CentreBody) => api.put<CentreProfile>('/centre', body),
    onSuccess: () => invalidate('centre'),
  });
}

export const useRegulations = () =>
  useQuery({ queryKey: ['centre-lists', 'regulations'], queryFn: () => api.get<Regulation[]>('/centre/regulations') });
export const useVenues = () =>
  useQuery({ queryKey: ['centre-lists', 'venues'], queryFn: () => api.get<Venue[]>('/centre/venues') });
export const useEquipment = () =>
  useQuery({ queryKey: ['centre-lists', 'equipment'], queryFn: () => api.get<Equipment[]>('/centre/equipment') });
export function useSaveList() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (
      a:
        | { list: 'regulations'; items: z.infer<typeof regulationItem>[] }
        | { list: 'venues'; items: z.infer<typeof venueItem>[] }
        | { list: 'equipment'; items: z.infer<typeof equipmentItem>[] },
    ) => api.put<unknown>(`/centre/${a.list}`, { items: a.items }),
    onSuccess: () => invalidate('centre-lists', 'filing-application'),
  });
}

export const useEditions = () =>
  useQuery({
    queryKey: ['catalogue', 'editions'],
    queryFn: () => api.get<z.infer<typeof catalogueEdition>[]>('/catalogue/editions'),
    staleTime: 300_000,
  });
export const useOccupations = (
  q: { edition: string; keyword?: string; page: number; pageSize: number },
  enabled = true,
) =>
  useQuery({
    queryKey: ['catalogue', 'occupations', q],
    queryFn: () => api.get<Page<Occupation>>('/catalogue/occupations', q),
    enabled,
  });
export function useCatalogueChange() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (a: { id: string; levels?: number[] | null; job?: { name: string; levels?: number[] | null } }) =>
      a.job
        ? api.post<Occupation>(`/catalogue/occupations/${a.id}/jobs`, a.job)
        : api.put<Occupation>(`/catalogue/occupations/${a.id}/levels`, { levels: a.levels ?? null }),
    onSuccess: () => invalidate('catalogue'),
  });
}

export const useScope = (q: { status?: 'pending' | 'active'; keyword?: string }) =>
  useQuery({ queryKey: ['scope', q], queryFn: () => api.get<Page<ScopeRow>>('/scope', q) });
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
    }) => api.post<ScopeRow>('/scope/approvals', body),
    onSuccess: () => invalidate('scope'),
  });
}

export const useFilings = () => useQuery({ queryKey: ['filings'], queryFn: () => api.get<Page<Filing>>('/filings') });
export const useFiling = (id: string | null) =>
  useQuery({
    queryKey: ['filings', id],
    queryFn: () => api.get<z.infer<typeof filingDetail>>(`/filings/${id}`),
    enabled: !!id,
  });
export const useFilingApplication = (id: string | null) =>
  useQuery({
    queryKey: ['filing-application', id],
    queryFn: () => api.get<FilingApplication>(`/filings/${id}/application`),
    enabled: !!id,
  });
export function useFilingAction() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (
      a:
        | { kind: 'create'; body: { category: 'initial' | 'incremental'; title: string } }
        | { kind: 'addRow'; id: string; body: ScopeRowBody }
        | { kind: 'removeRow'; id: string; rowId: string }
        | { kind: 'submit'; id: string }
        | { kind: 'approve'; id: string; body: { replyNumber: string; replyDate: string; filingCode?: string | null } }
        | { kind: 'return'; id: string; body: { reason: string } },
    ) => {
      if (a.kind === 'create') return api.post<Filing>('/filings', a.body);
      if (a.kind === 'addRow') return api.post<unknown>(`/filings/${a.id}/rows`, a.body);
      if (a.kind === 'removeRow') return api.delete<unknown>(`/filings/${a.id}/rows/${a.rowId}`);
      if (a.kind === 'submit') return api.post<unknown>(`/filings/${a.id}/submit`);
      return api.post<unknown>(`/filings/${a.id}/${a.kind}`, a.body);
    },
    onSuccess: () => invalidate('filings', 'filing-application', 'scope', 'centre'),
  });
}

export const useAssessmentSheet = () =>
  useQuery({
    queryKey: ['assessments', 'sheet'],
    queryFn: () => api.get<z.infer<typeof assessmentSheet>>('/assessments/sheet'),
    staleTime: 300_000,
  });
export const useAssessments = () =>
  useQuery({ queryKey: ['assessments', 'list'], queryFn: () => api.get<Page<Assessment>>('/assessments') });
export function useSaveAssessment() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (a: { id?: string; body: AssessmentBody }) =>
      a.id ? api.put<Assessment>(`/assessments/${a.id}`, a.body) : api.post<Assessment>('/assessments', a.body),
    onSuccess: () => invalidate('assessments'),
  });
}

/** Multipart upload of an .xlsx with the session's CSRF token; errors become ApiError like every other call. */
export function useUpload() {
  const { csrfToken } = useSession();
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async (a: {
      path: '/scope/import' | '/catalogue/jobs/import';
      file: File;
      fields?: Record<string, string>;
    }) => {
      const form = new FormData();
      for (const [k, v] of Object.entries(a.fields ?? {})) form.append(k, v);
      form.append('file', a.file);
      const res = await fetch(API_BASE + a.path, {
        method: 'POST',
        body: form,
        credentials: 'same-origin',
        headers: { 'x-csrf-token': csrfToken },
      });
      const data = await res.json().catch(() => null);
      if (!res.ok) {
        const e = data?.error;
        throw new ApiError(
          res.status,
          e?.code ?? `HTTP_${res.status}`,
          e?.message ?? `上传失败（${res.status}）`,
          e?.details ?? null,
          e?.requestId ?? null,
        );
      }
      return data as z.infer<typeof scopeImportResult> | z.infer<typeof jobsImportResult>;
    },
    onSuccess: () => invalidate('filings', 'scope', 'catalogue'),
  });
}

/** GET downloads go through the browser (the session cookie suffices). */
export const downloadUrl = (path: string) => API_BASE + path;
