import { useMutation } from '@tanstack/react-query';
import type { SignupBody } from '../../../../shared/registration.js';
import { api, apiUrl } from '../../../app/api.js';

/** R-REG-01: the roster import and the social learner's signup. */

export const rosterTemplateUrl = (batchId: string) =>
  apiUrl('/batches/{id}/roster/template', { path: { id: batchId } });

/** The same import as a background job (a large roster does not hang on one request); follow it with `useJob`. */
export function useRosterImportJob() {
  return useMutation({
    mutationFn: (a: { batchId: string; file: File }) =>
      api.upload('/batches/{id}/roster/import-jobs', a.file, {}, { path: { id: a.batchId } }),
  });
}

export function useSignup() {
  return useMutation({
    mutationFn: (body: SignupBody) => api.post('/portal/signup', { body }),
  });
}
