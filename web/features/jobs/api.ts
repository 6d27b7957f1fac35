import { useQuery } from '@tanstack/react-query';
import type { Job } from '../../../shared/jobs.js';
import { api } from '../../app/api.js';

const POLL_MS = 700;
const finished = (job?: Job) => job?.status === 'succeeded' || job?.status === 'failed';

/** The user's recent jobs; polled while any is still queued or running. */
export function useMyJobs() {
  return useQuery({
    queryKey: ['jobs', 'mine'],
    queryFn: () => api.get('/jobs'),
    refetchInterval: (q) => (q.state.data?.items.some((j) => !finished(j)) ? 2000 : false),
  });
}

/** A background job, polled until it has succeeded or failed. */
export function useJob(id: string | null) {
  return useQuery({
    queryKey: ['jobs', id],
    queryFn: () => api.get('/jobs/{id}', { path: { id: id! } }),
    enabled: !!id,
    refetchInterval: (q) => (finished(q.state.data) || q.state.error ? false : POLL_MS),
    refetchIntervalInBackground: true,
    staleTime: 0,
  });
}
