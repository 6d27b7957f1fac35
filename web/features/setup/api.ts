import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CentreBody } from '../../../shared/centre.js';
import { api } from '../../app/api.js';

export const setupKey = ['setup'] as const;

/** First-run setup: whether the centre exists (asked only by roles that may create it). */
export function useSetupStatus(enabled = true) {
  return useQuery({ queryKey: setupKey, queryFn: () => api.get('/setup'), enabled, staleTime: 60_000 });
}

export function useCreateCentre() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CentreBody) => api.post('/setup/centre', { body }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: setupKey });
      void qc.invalidateQueries({ queryKey: ['centre'] });
      void qc.invalidateQueries({ queryKey: ['home'] });
    },
  });
}
