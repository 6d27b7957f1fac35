import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiUrl, type ApiBody } from '../../app/api.js';

/** 证书打印 (R-CERT-02, R-CERT-03): print settings, printing, print runs with settlement, the distribution register. */

function useInvalidate(keys: string[]) {
  const client = useQueryClient();
  return () => {
    for (const k of [...keys, 'audit']) void client.invalidateQueries({ queryKey: [k] });
  };
}

export const usePrintSettings = () =>
  useQuery({ queryKey: ['certificate-print-settings'], queryFn: () => api.get('/certificates/print-settings') });
export function useSavePrintSettings() {
  const invalidate = useInvalidate(['certificate-print-settings']);
  return useMutation({
    mutationFn: (body: ApiBody<'/certificates/print-settings', 'put'>) =>
      api.put('/certificates/print-settings', { body }),
    onSuccess: invalidate,
  });
}
export const uploadSeal = (file: File) => api.upload('/files', file, { purpose: 'photo' });
export const uploadSignature = (file: File) => api.upload('/files', file, { purpose: 'photo' });

export const trialPrintUrl = (printer?: string) =>
  apiUrl('/certificates/print-settings/trial.pdf', { query: printer ? { printer } : {} });
export const facePdfUrl = (id: string, mode: 'full' | 'overlay', printer?: string) =>
  apiUrl('/certificates/{id}/face.pdf', { path: { id }, query: printer ? { mode, printer } : { mode } });

export function useBulkPrint() {
  const invalidate = useInvalidate(['certificate-print-runs', 'certificate-stock']);
  return useMutation({
    mutationFn: (a: { batchId: string; body: ApiBody<'/certificates/batches/{batchId}/print', 'post'> }) =>
      api.post('/certificates/batches/{batchId}/print', { path: { batchId: a.batchId }, body: a.body }),
    onSuccess: invalidate,
  });
}

export const usePrintRuns = () =>
  useQuery({ queryKey: ['certificate-print-runs'], queryFn: () => api.get('/certificates/print-runs') });
export function useSettlePrintRun() {
  const invalidate = useInvalidate(['certificate-print-runs', 'certificate-stock']);
  return useMutation({
    mutationFn: (a: { id: string; body: ApiBody<'/certificates/print-runs/{id}/settle', 'post'> }) =>
      api.post('/certificates/print-runs/{id}/settle', { path: { id: a.id }, body: a.body }),
    onSuccess: invalidate,
  });
}

export const useDistributions = (batchId: string) =>
  useQuery({
    queryKey: ['certificate-distributions', batchId],
    queryFn: () => api.get('/certificates/batches/{batchId}/distributions', { path: { batchId } }),
  });
export function useRecordDistribution() {
  const invalidate = useInvalidate(['certificate-distributions']);
  return useMutation({
    mutationFn: (a: { id: string; body: ApiBody<'/certificates/{id}/distribution', 'post'> }) =>
      api.post('/certificates/{id}/distribution', { path: { id: a.id }, body: a.body }),
    onSuccess: invalidate,
  });
}
