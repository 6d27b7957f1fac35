import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FeeStandardBody, PaymentBody, RefundBody } from '../../../../shared/registration.js';
import { api } from '../../../app/api.js';

/** R-FEE-01: fee standards, a batch's payments and income, recording payments and refunds. */
export const useFeeStandards = (keyword?: string) =>
  useQuery({
    queryKey: ['fee-standards', keyword ?? ''],
    queryFn: () => api.get('/fee-standards', { query: { keyword } }),
  });

export function useFeeStandardChange() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (a: { kind: 'save'; id?: string; body: FeeStandardBody } | { kind: 'delete'; id: string }) => {
      if (a.kind === 'delete') return api.delete('/fee-standards/{id}', { path: { id: a.id } });
      return a.id
        ? api.put('/fee-standards/{id}', { path: { id: a.id }, body: a.body })
        : api.post('/fee-standards', { body: a.body });
    },
    onSuccess: () => void client.invalidateQueries({ queryKey: ['fee-standards'] }),
  });
}

export const useBatchFees = (batchId: string | undefined) =>
  useQuery({
    queryKey: ['batch-fees', batchId],
    queryFn: () => api.get('/batches/{id}/payments', { path: { id: batchId! } }),
    enabled: !!batchId,
  });

export function useRecordPayment() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (a: { kind: 'payment'; body: PaymentBody } | { kind: 'refund'; body: RefundBody }) =>
      a.kind === 'payment' ? api.post('/payments', { body: a.body }) : api.post('/refunds', { body: a.body }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['batch-fees'] });
      void client.invalidateQueries({ queryKey: ['applications'] });
    },
  });
}
