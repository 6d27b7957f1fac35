import type { jobs } from '../../db/schema/index.js';
import type { Job } from '../../../shared/jobs.js';

type JobRow = typeof jobs.$inferSelect;

/** A job as its owner sees it; `kindName` is the runner's Chinese name of its kind. */
export function presentJob(j: JobRow, kindName: string): Job {
  return {
    id: j.id,
    kind: j.kind,
    kindName,
    status: j.status,
    progress: j.progress,
    message: j.message,
    result: (j.result as Job['result']) ?? null,
    error: j.error,
    createdAt: j.createdAt.toISOString(),
    finishedAt: j.finishedAt?.toISOString() ?? null,
  };
}
