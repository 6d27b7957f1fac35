import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiUrl, type ApiBody } from '../../app/api.js';

/** A batch's accounts (R-FEE-01, 收支两条线): expenses, the statement, the centre's ledger and the fee rates. */

function useInvalidate() {
  const client = useQueryClient();
  return () => {
    for (const k of ['finance-statement', 'finance-ledger', 'audit']) void client.invalidateQueries({ queryKey: [k] });
  };
}

export const useStatement = (batchId: string | undefined) =>
  useQuery({
    queryKey: ['finance-statement', batchId],
    queryFn: () => api.get('/finance/statement', { query: { batchId: batchId! } }),
    enabled: !!batchId,
  });
export const useLedger = (year: number | undefined) =>
  useQuery({ queryKey: ['finance-ledger', year], queryFn: () => api.get('/finance/ledger', { query: { year } }) });
export const useFeeRates = () => useQuery({ queryKey: ['finance-rates'], queryFn: () => api.get('/finance/rates') });

export const statementFileUrl = (batchId: string, format: 'xlsx' | 'pdf') =>
  apiUrl('/finance/statement/file', { query: { batchId, format } });

export function useRecordExpense() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: ApiBody<'/finance/expenses', 'post'>) => api.post('/finance/expenses', { body }),
    onSuccess: invalidate,
  });
}

export function useVoidExpense() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (a: { id: string; reason: string }) =>
      api.post('/finance/expenses/{id}/void', { path: { id: a.id }, body: { reason: a.reason } }),
    onSuccess: invalidate,
  });
}

export function useComputeStaffFees() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (a: { batchId: string; spentOn: string }) =>
      api.post('/finance/batches/{id}/staff-fees', { path: { id: a.batchId }, body: { spentOn: a.spentOn } }),
    onSuccess: invalidate,
  });
}

export function useSaveFeeRates() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ApiBody<'/finance/rates', 'put'>) => api.put('/finance/rates', { body }),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['finance-rates'] }),
  });
}
