import { z } from 'zod';

export const jobStatus = z.enum(['queued', 'running', 'succeeded', 'failed']);
export const jobStatusNames: Record<z.infer<typeof jobStatus>, string> = {
  queued: '排队中',
  running: '进行中',
  succeeded: '已完成',
  failed: '失败',
};

export const job = z.object({
  id: z.string(),
  kind: z.string(),
  kindName: z.string(),
  status: jobStatus,
  progress: z.number().int().min(0).max(100),
  message: z.string().nullable(),
  /** For jobs that produce a file: its id (download at /api/v1/files/:id) and name. */
  result: z.object({ fileId: z.string().optional(), fileName: z.string().optional() }).passthrough().nullable(),
  error: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type Job = z.infer<typeof job>;

export const jobCreated = z.object({ jobId: z.string() });
