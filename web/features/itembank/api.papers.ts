import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiUrl, type ApiBody, type ApiQuery } from '../../app/api.js';
import type { PrintKind } from '../../../shared/itembank.js';

/** React Query hooks of assembly plans, assemblies and papers (R-BANK-02/03). */

function useInvalidate() {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: ['itembank', 'papers'] });
    void client.invalidateQueries({ queryKey: ['audit'] });
  };
}

export const usePlans = () =>
  useQuery({ queryKey: ['itembank', 'papers', 'plans'], queryFn: () => api.get('/itembank/plans') });

export const usePlan = (id: string | undefined) =>
  useQuery({
    queryKey: ['itembank', 'papers', 'plan', id],
    queryFn: () => api.get('/itembank/plans/{id}', { path: { id: id! } }),
    enabled: !!id,
  });

export const usePlanDefaults = (blueprintId: string | undefined) =>
  useQuery({
    queryKey: ['itembank', 'papers', 'defaults', blueprintId],
    queryFn: () => api.get('/itembank/plans/defaults', { query: { blueprintId: blueprintId! } }),
    enabled: !!blueprintId,
  });

export function useSavePlan() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (a: { id?: string; body: ApiBody<'/itembank/plans', 'post'> }) =>
      a.id
        ? api.put('/itembank/plans/{id}', { path: { id: a.id }, body: a.body })
        : api.post('/itembank/plans', { body: a.body }),
    onSuccess: invalidate,
  });
}

export function useCapacity() {
  return useMutation({
    mutationFn: (a: { id: string; formCount: number }) =>
      api.get('/itembank/plans/{id}/capacity', { path: { id: a.id }, query: { formCount: a.formCount } }),
  });
}

export function useAssemble() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (a: { planId: string; body: ApiBody<'/itembank/plans/{id}/assemblies', 'post'> }) =>
      api.post('/itembank/plans/{id}/assemblies', { path: { id: a.planId }, body: a.body }),
    onSuccess: invalidate,
  });
}

export const useAssembly = (id: string | undefined) =>
  useQuery({
    queryKey: ['itembank', 'papers', 'assembly', id],
    queryFn: () => api.get('/itembank/assemblies/{id}', { path: { id: id! } }),
    enabled: !!id,
  });

export function usePublishAssembly() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (id: string) => api.post('/itembank/assemblies/{id}/publish', { path: { id } }),
    onSuccess: invalidate,
  });
}

export const assemblyReportUrl = (id: string) => apiUrl('/itembank/assemblies/{id}/report.pdf', { path: { id } });

export const usePapers = (query: ApiQuery<'/itembank/papers'>) =>
  useQuery({
    queryKey: ['itembank', 'papers', 'list', query],
    queryFn: () => api.get('/itembank/papers', { query }),
  });

/** Every load of this page is an audited view of the paper and its key (R-BANK-02). */
export const usePaper = (id: string | undefined) =>
  useQuery({
    queryKey: ['itembank', 'papers', 'paper', id],
    queryFn: () => api.get('/itembank/papers/{id}', { path: { id: id! } }),
    enabled: !!id,
    staleTime: Infinity,
  });

export function useVerifySeal() {
  return useMutation({ mutationFn: (id: string) => api.get('/itembank/papers/{id}/seal', { path: { id } }) });
}

export function useRecordPrint() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (a: { id: string; body: ApiBody<'/itembank/papers/{id}/prints', 'post'> }) =>
      api.post('/itembank/papers/{id}/prints', { path: { id: a.id }, body: a.body }),
    onSuccess: invalidate,
  });
}

export const paperPdfUrl = (id: string, kind: PrintKind) =>
  apiUrl('/itembank/papers/{id}/pdf', { path: { id }, query: { kind } });
