import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { oneTimePasswordResponse, UserBody, UserUpdateBody, usersQuery } from '../../../shared/users.js';
import { api } from '../../app/api.js';

export type UsersQuery = z.infer<typeof usersQuery>;
export type UsersFilters = Omit<UsersQuery, 'page' | 'pageSize'>;
export type OneTimePassword = z.infer<typeof oneTimePasswordResponse>;

export function useUsers(query: UsersQuery) {
  return useQuery({
    queryKey: ['users', 'list', query],
    queryFn: () => api.get('/users', { query }),
    placeholderData: keepPreviousData,
  });
}

/** Every change to a user refreshes the lists (and the audit trail it wrote). */
function useUserMutation<V, R>(fn: (v: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['users'] });
      void client.invalidateQueries({ queryKey: ['audit'] });
    },
  });
}

export const useCreateUser = () => useUserMutation((body: UserBody) => api.post('/users', { body }));

export type UserAction = 'disable' | 'enable' | 'unlock';
export const useUserAction = () =>
  useUserMutation(({ id, action }: { id: string; action: UserAction }) =>
    action === 'disable'
      ? api.post('/users/{id}/disable', { path: { id } })
      : action === 'enable'
        ? api.post('/users/{id}/enable', { path: { id } })
        : api.post('/users/{id}/unlock', { path: { id } }),
  );

export const useResetPassword = () =>
  useUserMutation((id: string) => api.post('/users/{id}/reset-password', { path: { id } }));

export const useUpdateUser = () =>
  useUserMutation(({ id, body }: { id: string; body: UserUpdateBody }) =>
    api.put('/users/{id}', { path: { id }, body }),
  );
