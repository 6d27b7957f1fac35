import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CollegeBody } from '../../../shared/colleges.js';
import { api } from '../../app/api.js';

/** All colleges the user may see (a centre has a few dozen at most, so no paging). */
export function useColleges(enabled = true) {
  return useQuery({
    queryKey: ['colleges', 'list'],
    queryFn: () => api.get('/colleges'),
    staleTime: 60_000,
    enabled,
  });
}

export function useSaveCollege() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: CollegeBody }) =>
      id ? api.put('/colleges/{id}', { path: { id }, body }) : api.post('/colleges', { body }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['colleges'] });
      void client.invalidateQueries({ queryKey: ['audit'] });
    },
  });
}
