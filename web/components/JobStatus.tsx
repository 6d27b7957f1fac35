import { useJob } from '../features/jobs/api.js';
import { JobProgress } from './JobProgress.js';

/** Follows one background job by id and shows its progress, its download link or its error. */
export function JobStatus({ jobId }: { jobId: string }) {
  const { data, error } = useJob(jobId);
  return <JobProgress job={data} error={error} />;
}
