import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiUrl, type ApiBody, type ApiQuery } from '../../app/api.js';

/** React Query hooks of the blueprints (鉴定要素细目表) and the bank's settings (R-BANK-01). */

function useInvalidate() {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: ['itembank', 'blueprints'] });
    void client.invalidateQueries({ queryKey: ['audit'] });
  };
}

export const useBlueprints = (query: ApiQuery<'/itembank/blueprints'> = {}) =>
  useQuery({
    queryKey: ['itembank', 'blueprints', 'list', query],
    queryFn: () => api.get('/itembank/blueprints', { query }),
  });

export const useBlueprintOccupations = () =>
  useQuery({
    queryKey: ['itembank', 'blueprints', 'occupations'],
    queryFn: () => api.get('/itembank/blueprints/occupations'),
  });

export const useBlueprint = (id: string | undefined) =>
  useQuery({
    queryKey: ['itembank', 'blueprints', 'detail', id],
    queryFn: () => api.get('/itembank/blueprints/{id}', { path: { id: id! } }),
    enabled: !!id,
  });

export function useCreateBlueprint() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: ApiBody<'/itembank/blueprints', 'post'>) => api.post('/itembank/blueprints', { body }),
    onSuccess: invalidate,
  });
}

export function useImportBlueprint() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (a: { file: File; occupationId: string; level: number; part: string }) =>
      api.upload('/itembank/blueprints/import', a.file, {
        occupationId: a.occupationId,
        level: String(a.level),
        part: a.part,
      }),
    onSuccess: invalidate,
  });
}

export function useDeleteBlueprint() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (id: string) => api.delete('/itembank/blueprints/{id}', { path: { id } }),
    onSuccess: invalidate,
  });
}

export type NodeBody = ApiBody<'/itembank/blueprints/{id}/nodes', 'post'>;
export type NodeUpdateBody = ApiBody<'/itembank/blueprints/{id}/nodes/{nodeId}', 'put'>;

export function useNodeAction(blueprintId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (
      a:
        | { kind: 'add'; body: NodeBody }
        | { kind: 'update'; nodeId: string; body: NodeUpdateBody }
        | { kind: 'delete'; nodeId: string },
    ) => {
      if (a.kind === 'add')
        return api.post('/itembank/blueprints/{id}/nodes', { path: { id: blueprintId }, body: a.body });
      if (a.kind === 'update')
        return api.put('/itembank/blueprints/{id}/nodes/{nodeId}', {
          path: { id: blueprintId, nodeId: a.nodeId },
          body: a.body,
        });
      return api.delete('/itembank/blueprints/{id}/nodes/{nodeId}', { path: { id: blueprintId, nodeId: a.nodeId } });
    },
    onSuccess: invalidate,
  });
}

export const blueprintTemplateUrl = () => apiUrl('/itembank/blueprints/template');
export const blueprintExportUrl = (id: string) => apiUrl('/itembank/blueprints/{id}/export', { path: { id } });

export const useBankSettings = () =>
  useQuery({ queryKey: ['itembank', 'settings'], queryFn: () => api.get('/itembank/settings') });

export function useSaveBankSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ApiBody<'/itembank/settings', 'put'>) => api.put('/itembank/settings', { body }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['itembank'] });
      void client.invalidateQueries({ queryKey: ['audit'] });
    },
  });
}
