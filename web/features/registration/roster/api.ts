import { useMutation } from '@tanstack/react-query';
import type { RosterImportResult, SignupBody } from '../../../../shared/registration.js';
import { API_BASE, api } from '../../../app/api.js';
import { uploadForm } from '../../people/api.js';

/** R-REG-01: the roster import and the social learner's signup. */

export const rosterTemplateUrl = (batchId: string) => `${API_BASE}/batches/${batchId}/roster/template`;

export function useRosterImport() {
  return useMutation({
    mutationFn: (a: { batchId: string; file: File }) =>
      uploadForm<RosterImportResult>(`/batches/${a.batchId}/roster/import`, a.file),
  });
}

/** The same import as a background job (a large roster does not hang on one request); follow it with `useJob`. */
export function useRosterImportJob() {
  return useMutation({
    mutationFn: (a: { batchId: string; file: File }) =>
      uploadForm<{ jobId: string }>(`/batches/${a.batchId}/roster/import-jobs`, a.file),
  });
}

export function useSignup() {
  return useMutation({
    mutationFn: (body: SignupBody) => api.post<{ ok: true; loginHint: string }>('/portal/signup', body),
  });
}
