import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { college, College, CollegeBody } from '../../../shared/colleges.js';
import { api } from '../../app/api.js';
import type { PageOf } from '../../app/types.js';

/** All colleges the user may see (a centre has a few dozen at most, so no paging). */
export function useColleges(enabled = true) {
  return useQuery({
    queryKey: ['colleges', 'list'],
    queryFn: () => api.get<PageOf<typeof college>>('/colleges'),
    staleTime: 60_000,
    enabled,
  });
}

export function useSaveCollege() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: CollegeBody }) =>
      id ? api.put<College>(`/colleges/${id}`, body) : api.post<College>('/colleges', body),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['colleges'] });
      void client.invalidateQueries({ queryKey: ['audit'] });
    },
  });
}
