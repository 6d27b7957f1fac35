import { useQuery } from '@tanstack/react-query';
import type { Job } from '../../../shared/jobs.js';
import { api } from '../../app/api.js';

const POLL_MS = 700;
const finished = (job?: Job) => job?.status === 'succeeded' || job?.status === 'failed';

/** A background job, polled until it has succeeded or failed. */
export function useJob(id: string | null) {
  return useQuery({
    queryKey: ['jobs', id],
    queryFn: () => api.get<Job>(`/jobs/${encodeURIComponent(id!)}`),
    enabled: !!id,
    refetchInterval: (q) => (finished(q.state.data) || q.state.error ? false : POLL_MS),
    refetchIntervalInBackground: true,
    staleTime: 0,
  });
}
