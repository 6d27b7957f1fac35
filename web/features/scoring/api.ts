import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiUrl, type ApiBody } from '../../app/api.js';

/**
 * React Query hooks of 成绩管理 (R-SCORE-01…05, R-VIOL applied): the centre's batches, 成绩登记表, results,
 * violations and corrections, and the examiners' skill marking (评分, 2+1+1).
 */

/** A score change moves the sheet, the batch lists, the results and the marking views together. */
function useInvalidateScores() {
  const client = useQueryClient();
  return () => {
    for (const key of [
      'scoring-batches',
      'scoring-sheet',
      'scoring-results',
      'scoring-violations',
      'scoring-corrections',
      'marking-sittings',
      'marking',
      'mark',
    ])
      void client.invalidateQueries({ queryKey: [key] });
  };
}

// ——— the centre ———

export const useScoringBatches = () =>
  useQuery({ queryKey: ['scoring-batches'], queryFn: () => api.get('/scoring/batches') });

export const useScoreSheet = (sittingId: string) =>
  useQuery({
    queryKey: ['scoring-sheet', sittingId],
    queryFn: () => api.get('/scoring/sittings/{sittingId}', { path: { sittingId } }),
  });

export function useSaveEntries(sittingId: string) {
  const invalidate = useInvalidateScores();
  return useMutation({
    mutationFn: (body: ApiBody<'/scoring/sittings/{sittingId}/entries', 'put'>) =>
      api.put('/scoring/sittings/{sittingId}/entries', { path: { sittingId }, body }),
    onSuccess: invalidate,
  });
}

/** R-SCORE-05: write a sheet's scores from the registration evidence (direct, process, contest batches). */
export function useEvidenceScores(sittingId: string) {
  const invalidate = useInvalidateScores();
  return useMutation({
    mutationFn: () => api.post('/scoring/sittings/{sittingId}/evidence', { path: { sittingId } }),
    onSuccess: invalidate,
  });
}

export function useImportEntries(sittingId: string) {
  const invalidate = useInvalidateScores();
  return useMutation({
    mutationFn: (file: File) => api.upload('/scoring/sittings/{sittingId}/import', file, {}, { path: { sittingId } }),
    onSuccess: invalidate,
  });
}

export function useSetupSheet(sittingId: string) {
  const invalidate = useInvalidateScores();
  return useMutation({
    mutationFn: (body: ApiBody<'/scoring/sittings/{sittingId}/setup', 'put'>) =>
      api.put('/scoring/sittings/{sittingId}/setup', { path: { sittingId }, body }),
    onSuccess: invalidate,
  });
}

export function useSignSheet(sittingId: string) {
  const invalidate = useInvalidateScores();
  return useMutation({
    mutationFn: (role: 'leader' | 'recorder') =>
      api.post('/scoring/sittings/{sittingId}/sign', { path: { sittingId }, body: { role } }),
    onSuccess: invalidate,
  });
}

export function useRequestCorrection(sittingId: string) {
  const invalidate = useInvalidateScores();
  return useMutation({
    mutationFn: (body: ApiBody<'/scoring/sittings/{sittingId}/corrections', 'post'>) =>
      api.post('/scoring/sittings/{sittingId}/corrections', { path: { sittingId }, body }),
    onSuccess: invalidate,
  });
}

/** 成绩导入模板 and 成绩登记表 (PDF) of a sitting. */
export const templateUrl = (sittingId: string) =>
  apiUrl('/scoring/sittings/{sittingId}/template.xlsx', { path: { sittingId } });
export const sheetPdfUrl = (sittingId: string) =>
  apiUrl('/scoring/sittings/{sittingId}/sheet.pdf', { path: { sittingId } });

export const useBatchResults = (batchId: string) =>
  useQuery({
    queryKey: ['scoring-results', batchId],
    queryFn: () => api.get('/scoring/batches/{batchId}/results', { path: { batchId } }),
  });

export const useBatchViolations = (batchId: string) =>
  useQuery({
    queryKey: ['scoring-violations', batchId],
    queryFn: () => api.get('/scoring/batches/{batchId}/violations', { path: { batchId } }),
  });

export function useRuleViolation(batchId: string) {
  const invalidate = useInvalidateScores();
  return useMutation({
    mutationFn: (a: { id: string; body: ApiBody<'/scoring/batches/{batchId}/violations/{id}/ruling', 'post'> }) =>
      api.post('/scoring/batches/{batchId}/violations/{id}/ruling', { path: { batchId, id: a.id }, body: a.body }),
    onSuccess: invalidate,
  });
}

export type CorrectionState = 'requested' | 'approved' | 'rejected';

export const useCorrections = (state?: CorrectionState) =>
  useQuery({
    queryKey: ['scoring-corrections', state ?? ''],
    queryFn: () => api.get('/scoring/corrections', { query: { state } }),
  });

export function useDecideCorrection() {
  const invalidate = useInvalidateScores();
  return useMutation({
    mutationFn: (a: { id: string; approve: boolean; note: string | null }) =>
      api.post('/scoring/corrections/{id}/decision', {
        path: { id: a.id },
        body: { approve: a.approve, note: a.note },
      }),
    onSuccess: invalidate,
  });
}

// ——— the examiners' marking ———

export const useMySittings = () =>
  useQuery({ queryKey: ['marking-sittings'], queryFn: () => api.get('/scoring/marking') });

export const useMarking = (sittingId: string) =>
  useQuery({
    queryKey: ['marking', sittingId],
    queryFn: () => api.get('/scoring/marking/{sittingId}', { path: { sittingId } }),
  });

export function useConfirmAgreement(sittingId: string) {
  const invalidate = useInvalidateScores();
  return useMutation({
    mutationFn: () => api.post('/scoring/marking/{sittingId}/agreement', { path: { sittingId } }),
    onSuccess: invalidate,
  });
}

export const useMark = (sittingId: string, applicationId: string) =>
  useQuery({
    queryKey: ['mark', sittingId, applicationId],
    queryFn: () => api.get('/scoring/marking/{sittingId}/{applicationId}', { path: { sittingId, applicationId } }),
  });

export function useSaveMark(sittingId: string, applicationId: string) {
  const invalidate = useInvalidateScores();
  return useMutation({
    mutationFn: (body: ApiBody<'/scoring/marking/{sittingId}/{applicationId}', 'put'>) =>
      api.put('/scoring/marking/{sittingId}/{applicationId}', { path: { sittingId, applicationId }, body }),
    onSuccess: invalidate,
  });
}

export function useDecideMark(sittingId: string, applicationId: string) {
  const invalidate = useInvalidateScores();
  return useMutation({
    mutationFn: (body: { score: number; reason: string }) =>
      api.post('/scoring/marking/{sittingId}/{applicationId}/decision', {
        path: { sittingId, applicationId },
        body,
      }),
    onSuccess: invalidate,
  });
}

/** 技能操作考核评分记录表 (PDF) of a candidate. */
export const markRecordPdfUrl = (sittingId: string, applicationId: string) =>
  apiUrl('/scoring/marking/{sittingId}/{applicationId}/record.pdf', { path: { sittingId, applicationId } });
