import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiUrl } from '../../app/api.js';

/** Issue 8 item 4: imported candidate accounts and their activation codes; R-PPL-02: sign-ups waiting for staff. */

/** The batch's classes, and the accounts of `className` (the first class when it is not given yet). */
export const useCandidateAccounts = (batchId: string | undefined, className: string | undefined) =>
  useQuery({
    queryKey: ['candidate-accounts', batchId, className],
    queryFn: () => api.get('/batches/{id}/candidate-accounts', { path: { id: batchId! }, query: { className } }),
    enabled: !!batchId,
    placeholderData: (prev) => prev,
  });

export const activationSheetUrl = (batchId: string, className: string, format: 'pdf' | 'xlsx') =>
  apiUrl('/batches/{id}/candidate-accounts/sheet', { path: { id: batchId }, query: { className, format } });

export function useReplaceActivationCode() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) =>
      api.post('/candidate-accounts/{id}/activation-code', { path: { id: userId }, body: {} }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['candidate-accounts'] }),
  });
}

export const useSignupRequests = (enabled: boolean) =>
  useQuery({ queryKey: ['signup-requests'], queryFn: () => api.get('/signup-requests'), enabled });

export function useDecideSignup() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (a: { id: string; action: 'confirm' | 'reject' }) =>
      a.action === 'confirm'
        ? api.post('/signup-requests/{id}/confirm', { path: { id: a.id }, body: {} })
        : api.post('/signup-requests/{id}/reject', { path: { id: a.id }, body: {} }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['signup-requests'] }),
  });
}
