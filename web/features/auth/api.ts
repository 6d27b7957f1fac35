import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { changePasswordBody, loginBody } from '../../../shared/auth.js';
import { api } from '../../app/api.js';
import { fetchMe, meKey, storeSession } from '../../app/session.js';

export function useLogin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: z.infer<typeof loginBody>) => api.post('/auth/login', { body }),
    onSuccess: (me) => {
      // Whatever another account left in the cache is not this user's.
      client.removeQueries({ predicate: (q) => q.queryKey[0] !== meKey[0] });
      storeSession(client, me);
    },
  });
}

export function useChangePassword() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: z.infer<typeof changePasswordBody>) => api.post('/auth/password', { body }),
    onSuccess: async () => {
      storeSession(client, await fetchMe());
    },
  });
}
