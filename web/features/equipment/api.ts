import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type ApiBody } from '../../app/api.js';

/** 设备设施 (R-EQ-01…04): the ledger, records, requests and the pre-batch check. */

function useInvalidate() {
  const client = useQueryClient();
  return () => {
    for (const k of ['equipment-items', 'equipment-records', 'equipment-requests', 'equipment-checks', 'audit'])
      void client.invalidateQueries({ queryKey: [k] });
  };
}

export const useEquipmentItems = (occupationId?: string) =>
  useQuery({
    queryKey: ['equipment-items', occupationId ?? ''],
    queryFn: () => api.get('/equipment/ledger', { query: { occupationId } }),
  });
export const useEquipmentRecords = (itemId: string) =>
  useQuery({
    queryKey: ['equipment-records', itemId],
    queryFn: () => api.get('/equipment/ledger/{id}/records', { path: { id: itemId } }),
  });
export const useEquipmentRequests = (status?: 'pending' | 'approved' | 'rejected') =>
  useQuery({
    queryKey: ['equipment-requests', status ?? ''],
    queryFn: () => api.get('/equipment/requests', { query: { status } }),
  });
export const useCheckBatches = () =>
  useQuery({ queryKey: ['equipment-checks'], queryFn: () => api.get('/equipment/checks') });
export const useEquipmentCheck = (batchId: string | undefined) =>
  useQuery({
    queryKey: ['equipment-checks', batchId],
    queryFn: () => api.get('/equipment/checks/{batchId}', { path: { batchId: batchId! } }),
    enabled: !!batchId,
  });

export function useSaveItem() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (a: { id?: string; body: ApiBody<'/equipment/ledger', 'post'> }) =>
      a.id
        ? api.put('/equipment/ledger/{id}', { path: { id: a.id }, body: a.body })
        : api.post('/equipment/ledger', { body: a.body }),
    onSuccess: invalidate,
  });
}

export function useAddRecord() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (a: { itemId: string; body: ApiBody<'/equipment/ledger/{id}/records', 'post'> }) =>
      api.post('/equipment/ledger/{id}/records', { path: { id: a.itemId }, body: a.body }),
    onSuccess: invalidate,
  });
}

export function useCreateRequest() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: ApiBody<'/equipment/requests', 'post'>) => api.post('/equipment/requests', { body }),
    onSuccess: invalidate,
  });
}

export function useDecideRequest() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (a: { id: string; body: ApiBody<'/equipment/requests/{id}/decision', 'post'> }) =>
      api.post('/equipment/requests/{id}/decision', { path: { id: a.id }, body: a.body }),
    onSuccess: invalidate,
  });
}

export function useSaveCheck() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (a: { batchId: string; body: ApiBody<'/equipment/checks/{batchId}', 'put'> }) =>
      api.put('/equipment/checks/{batchId}', { path: { batchId: a.batchId }, body: a.body }),
    onSuccess: invalidate,
  });
}

export function useSignCheck() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (batchId: string) => api.post('/equipment/checks/{batchId}/sign', { path: { batchId } }),
    onSuccess: invalidate,
  });
}
