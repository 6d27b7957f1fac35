import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CustodyDutyBody, CustodyQuery, DocumentTransferBody } from '../../../shared/custody.js';
import { api, apiUrl } from '../../app/api.js';

/** React Query hooks of the custody registers (R-BANK-03): 试卷保密室值班记录 and 文件移交登记表. */

function useInvalidate() {
  const client = useQueryClient();
  return (key: string) => {
    void client.invalidateQueries({ queryKey: [key] });
    void client.invalidateQueries({ queryKey: ['audit'] });
  };
}

export const useCustodyBatches = () =>
  useQuery({ queryKey: ['custody-batches'], queryFn: () => api.get('/custody/batches') });

export const useDuties = (query: CustodyQuery) =>
  useQuery({ queryKey: ['custody-duties', query], queryFn: () => api.get('/custody/duties', { query }) });

export const useTransfers = (query: CustodyQuery) =>
  useQuery({ queryKey: ['custody-transfers', query], queryFn: () => api.get('/custody/transfers', { query }) });

export function useSaveDuty() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (a: { id?: string; body: CustodyDutyBody }) =>
      a.id
        ? api.put('/custody/duties/{id}', { path: { id: a.id }, body: a.body })
        : api.post('/custody/duties', { body: a.body }),
    onSuccess: () => invalidate('custody-duties'),
  });
}

export function useDeleteDuty() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (id: string) => api.delete('/custody/duties/{id}', { path: { id } }),
    onSuccess: () => invalidate('custody-duties'),
  });
}

export function useSaveTransfer() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (a: { id?: string; body: DocumentTransferBody }) =>
      a.id
        ? api.put('/custody/transfers/{id}', { path: { id: a.id }, body: a.body })
        : api.post('/custody/transfers', { body: a.body }),
    onSuccess: () => invalidate('custody-transfers'),
  });
}

export function useDeleteTransfer() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (id: string) => api.delete('/custody/transfers/{id}', { path: { id } }),
    onSuccess: () => invalidate('custody-transfers'),
  });
}

/** Where a register's PDF or Excel export (with the list's filters) is downloaded. */
export const custodyExportUrl = (register: 'duties' | 'transfers', query: CustodyQuery, format: 'pdf' | 'xlsx') =>
  register === 'duties'
    ? apiUrl('/custody/duties/export', { query: { ...query, format } })
    : apiUrl('/custody/transfers/export', { query: { ...query, format } });
