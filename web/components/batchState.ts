import dayjs from 'dayjs';
import type { Batch, BatchState } from '../../shared/plans.js';

/** The tag colour of each batch state (the batch list, its detail page, arrangement and venues). */
export const stateColor: Record<BatchState, string> = {
  draft: 'default',
  filed: 'blue',
  registering: 'processing',
  reviewed: 'cyan',
  arranged: 'geekblue',
  examining: 'orange',
  publicity: 'purple',
  archived: 'success',
};

/** R-PLAN-04: red when the deadline has passed unsubmitted, orange within 3 days. */
export function deadlineColor(b: Pick<Batch, 'state' | 'submissionDeadline'>): string | undefined {
  if (b.state !== 'draft' || !b.submissionDeadline) return undefined;
  const days = dayjs(b.submissionDeadline).diff(dayjs().startOf('day'), 'day');
  return days < 0 ? 'red' : days <= 3 ? 'orange' : undefined;
}
