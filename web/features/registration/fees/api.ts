import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  BatchFees,
  FeeStandard,
  FeeStandardBody,
  PaymentBody,
  PaymentRecord,
  RefundBody,
} from '../../../../shared/registration.js';
import { api } from '../../../app/api.js';

type Page<T> = { items: T[]; total: number };

/** R-FEE-01: fee standards, a batch's payments and income, recording payments and refunds. */
export const useFeeStandards = (keyword?: string) =>
  useQuery({
    queryKey: ['fee-standards', keyword ?? ''],
    queryFn: () => api.get<Page<FeeStandard>>('/fee-standards', { keyword }),
  });

export function useFeeStandardChange() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (
      a: { kind: 'save'; id?: string; body: FeeStandardBody } | { kind: 'delete'; id: string },
    ): Promise<unknown> =>
      a.kind === 'delete'
        ? api.delete<{ ok: true }>(`/fee-standards/${a.id}`)
        : a.id
          ? api.put<FeeStandard>(`/fee-standards/${a.id}`, a.body)
          : api.post<FeeStandard>('/fee-standards', a.body),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['fee-standards'] }),
  });
}

export const useBatchFees = (batchId: string | undefined) =>
  useQuery({
    queryKey: ['batch-fees', batchId],
    queryFn: () => api.get<BatchFees>(`/batches/${batchId}/payments`),
    enabled: !!batchId,
  });

export function useRecordPayment() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (a: { kind: 'payment'; body: PaymentBody } | { kind: 'refund'; body: RefundBody }) =>
      api.post<{ payment: PaymentRecord; feeStatus: string; feeDue: number }>(
        a.kind === 'payment' ? '/payments' : '/refunds',
        a.body,
      ),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['batch-fees'] });
      void client.invalidateQueries({ queryKey: ['applications'] });
    },
  });
}
