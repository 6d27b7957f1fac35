import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiUrl, type ApiBody, type ApiQuery } from '../../app/api.js';

/** React Query hooks of the items part (R-BANK-01/02). */

function useInvalidate() {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: ['itembank-items'] });
    void client.invalidateQueries({ queryKey: ['itembank-item'] });
  };
}

export type ItemQuery = ApiQuery<'/itembank/items'>;
export type ItemSaveBody = ApiBody<'/itembank/items', 'post'>;

export const useItems = (query: ItemQuery) =>
  useQuery({ queryKey: ['itembank-items', query], queryFn: () => api.get('/itembank/items', { query }) });

export const useItemChoices = () =>
  useQuery({ queryKey: ['itembank-item-choices'], queryFn: () => api.get('/itembank/items/choices') });

/** The detail (with the key): every fetch is recorded in the audit trail, so it is not refetched on focus. */
export const useItem = (id: string | undefined) =>
  useQuery({
    queryKey: ['itembank-item', id],
    queryFn: () => api.get('/itembank/items/{id}', { path: { id: id! } }),
    enabled: !!id,
    refetchOnWindowFocus: false,
  });

export function useSaveItem() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (a: { id?: string; body: ItemSaveBody }) => {
      if (!a.id) return api.post('/itembank/items', { body: a.body });
      const { blueprintId, ...rest } = a.body;
      void blueprintId;
      return api.put('/itembank/items/{id}', { path: { id: a.id }, body: rest });
    },
    onSuccess: invalidate,
  });
}

export function useItemAction() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (a: { id: string; action: 'approve' | 'return' | 'activate' | 'retire'; note?: string }) =>
      a.action === 'approve' || a.action === 'return'
        ? api.post('/itembank/items/{id}/review', {
            path: { id: a.id },
            body: { approve: a.action === 'approve', note: a.note },
          })
        : api.post(a.action === 'activate' ? '/itembank/items/{id}/activate' : '/itembank/items/{id}/retire', {
            path: { id: a.id },
          }),
    onSuccess: invalidate,
  });
}

export function useImportItems() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (a: { format: 'excel' | 'word'; blueprintId: string; confirm: boolean; file: File }) =>
      api.upload(
        a.format === 'excel' ? '/itembank/items/import/excel' : '/itembank/items/import/word',
        a.file,
        {},
        { query: { blueprintId: a.blueprintId, confirm: a.confirm ? 'true' : 'false' } },
      ),
    onSuccess: invalidate,
  });
}

export const itemTemplateUrl = (blueprintId?: string) =>
  apiUrl('/itembank/items/template', { query: blueprintId ? { blueprintId } : {} });
export const itemExportUrl = (blueprintId: string) => apiUrl('/itembank/items/export', { query: { blueprintId } });
export const itemImageUrl = (fileId: string) => apiUrl('/files/{id}', { path: { id: fileId } });
