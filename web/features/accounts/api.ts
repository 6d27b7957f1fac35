import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CandidateAccountList, SignupRequest, SignupRequestList } from '../../../shared/activation.js';
import type { CandidateAccount } from '../../../shared/activation.js';
import { API_BASE, api } from '../../app/api.js';

/** Issue 8 item 4: imported candidate accounts and their activation codes; R-PPL-02: sign-ups waiting for staff. */

/** The batch's classes, and the accounts of `className` (the first class when it is not given yet). */
export const useCandidateAccounts = (batchId: string | undefined, className: string | undefined) =>
  useQuery({
    queryKey: ['candidate-accounts', batchId, className],
    queryFn: () => api.get<CandidateAccountList>(`/batches/${batchId}/candidate-accounts`, { className }),
    enabled: !!batchId,
    placeholderData: (prev) => prev,
  });

export const activationSheetUrl = (batchId: string, className: string, format: 'pdf' | 'xlsx') =>
  `${API_BASE}/batches/${batchId}/candidate-accounts/sheet?${new URLSearchParams({ className, format })}`;

export function useReplaceActivationCode() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) =>
      api.post<{ account: CandidateAccount; code: string }>(`/candidate-accounts/${userId}/activation-code`, {}),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['candidate-accounts'] }),
  });
}

export const useSignupRequests = (enabled: boolean) =>
  useQuery({ queryKey: ['signup-requests'], queryFn: () => api.get<SignupRequestList>('/signup-requests'), enabled });

export function useDecideSignup() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (a: { id: string; action: 'confirm' | 'reject' }) =>
      api.post<SignupRequest>(`/signup-requests/${a.id}/${a.action}`, {}),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['signup-requests'] }),
  });
}
