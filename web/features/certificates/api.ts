import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiUrl, type ApiBody } from '../../app/api.js';

/** 证书 (R-CERT-01…05): the centre's page and the public verification (no login). */

function useInvalidate() {
  const client = useQueryClient();
  return () => {
    for (const k of ['certificates', 'certificate-batch', 'certificate-exports', 'audit'])
      void client.invalidateQueries({ queryKey: [k] });
  };
}

export const useCertificateBatches = () =>
  useQuery({ queryKey: ['certificates'], queryFn: () => api.get('/certificates/batches') });
export const useCertificateBatch = (batchId: string | null) =>
  useQuery({
    queryKey: ['certificate-batch', batchId],
    queryFn: () => api.get('/certificates/batches/{batchId}', { path: { batchId: batchId! } }),
    enabled: !!batchId,
  });

export function useIssueCertificates() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (a: { batchId: string; body: ApiBody<'/certificates/batches/{batchId}/issue', 'post'> }) =>
      api.post('/certificates/batches/{batchId}/issue', { path: { batchId: a.batchId }, body: a.body }),
    onSuccess: invalidate,
  });
}
export function useRevokeCertificate() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (a: { id: string; revokeReason: string }) =>
      api.post('/certificates/{id}/revoke', { path: { id: a.id }, body: { revokeReason: a.revokeReason } }),
    onSuccess: invalidate,
  });
}
export function useSuspendCertificate() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (a: { id: string; suspendReason: string }) =>
      api.post('/certificates/{id}/suspend', { path: { id: a.id }, body: { suspendReason: a.suspendReason } }),
    onSuccess: invalidate,
  });
}
export function useReinstateCertificate() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (a: { id: string; reinstateReason: string }) =>
      api.post('/certificates/{id}/reinstate', { path: { id: a.id }, body: { reinstateReason: a.reinstateReason } }),
    onSuccess: invalidate,
  });
}
export function useReissueCertificate() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (a: { id: string; reissueReason: string }) =>
      api.post('/certificates/{id}/reissue', { path: { id: a.id }, body: { reissueReason: a.reissueReason } }),
    onSuccess: invalidate,
  });
}

export const registerUrl = (batchId: string, format: 'pdf' | 'xlsx') =>
  format === 'pdf'
    ? apiUrl('/certificates/batches/{batchId}/register.pdf', { path: { batchId } })
    : apiUrl('/certificates/batches/{batchId}/register.xlsx', { path: { batchId } });
export const credentialUrl = (id: string) => apiUrl('/certificates/{id}/credential', { path: { id } });

// ── Public verification ──

export const useVerifyByQr = (certificateNumber: string | null, signature: string | null) =>
  useQuery({
    queryKey: ['certificate-verify', certificateNumber, signature],
    queryFn: () =>
      api.get('/public/certificates/verify', {
        query: { certificateNumber: certificateNumber!, signature: signature! },
      }),
    enabled: !!certificateNumber && !!signature,
    retry: false,
  });
export function useLookupCertificate() {
  return useMutation({
    mutationFn: (body: ApiBody<'/public/certificates/lookup', 'post'>) =>
      api.post('/public/certificates/lookup', { body }),
  });
}

// ── Blank certificate stock (R-CERT-03) ──

export const useCertificateStock = () =>
  useQuery({ queryKey: ['certificate-stock'], queryFn: () => api.get('/certificates/stock') });
function useStockInvalidate() {
  const client = useQueryClient();
  return () => {
    for (const k of ['certificate-stock', 'audit']) void client.invalidateQueries({ queryKey: [k] });
  };
}
export function useStockMove() {
  const invalidate = useStockInvalidate();
  return useMutation({
    mutationFn: (body: ApiBody<'/certificates/stock/moves', 'post'>) => api.post('/certificates/stock/moves', { body }),
    onSuccess: invalidate,
  });
}
export function useStocktake() {
  const invalidate = useStockInvalidate();
  return useMutation({
    mutationFn: (body: ApiBody<'/certificates/stock/stocktakes', 'post'>) =>
      api.post('/certificates/stock/stocktakes', { body }),
    onSuccess: invalidate,
  });
}
export function useStockSettings() {
  const invalidate = useStockInvalidate();
  return useMutation({
    mutationFn: (body: ApiBody<'/certificates/stock/settings', 'put'>) =>
      api.put('/certificates/stock/settings', { body }),
    onSuccess: invalidate,
  });
}

// ── Numbers assigned by the province (R-CERT-01) and the export for the national query system (R-CERT-04) ──

export function useImportCertificateNumbers() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (a: { batchId: string; confirm: boolean; file: File }) =>
      api.upload(
        '/certificates/batches/{batchId}/import',
        a.file,
        {},
        { path: { batchId: a.batchId }, query: { confirm: a.confirm ? 'true' : 'false' } },
      ),
    onSuccess: (r) => {
      if (r.confirmed) invalidate();
    },
  });
}
export const importTemplateUrl = () => apiUrl('/certificates/import/template.xlsx');

export const useCertificateExports = (batchId: string) =>
  useQuery({
    queryKey: ['certificate-exports', batchId],
    queryFn: () => api.get('/certificates/batches/{batchId}/exports', { path: { batchId } }),
  });
export function useExportCertificates() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (batchId: string) =>
      api.post('/certificates/batches/{batchId}/exports', { path: { batchId }, body: {} }),
    onSuccess: () => {
      for (const k of ['certificate-exports', 'audit']) void client.invalidateQueries({ queryKey: [k] });
    },
  });
}
export const exportFileUrl = (id: string) => apiUrl('/certificates/exports/{id}/file.xlsx', { path: { id } });

// ── The holder's own certificates (portal, R-CERT-04) ──

export const useMyCertificates = () =>
  useQuery({ queryKey: ['my-certificates'], queryFn: () => api.get('/me/certificates') });
