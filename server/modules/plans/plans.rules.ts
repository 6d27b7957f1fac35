import type { Permission } from '../../../shared/access.js';
import { batchStateNames, type BatchState } from '../../../shared/plans.js';
import { AppError } from '../../http/errors.js';
import { workingDaysAfter, workingDaysBefore, type WorkCalendar } from '../calendar/calendar.rules.js';

/** Pure rules of the plans module: deadlines in working days and the batch state machine. No I/O. */

/**
 * R-PLAN-04 / R-DAYS-01: the batch plan must reach the authority `leadDays` working days before the first sitting;
 * the deadline is the last day on which it may still be submitted.
 */
export function submissionDeadline(cal: WorkCalendar, firstSittingDay: string, leadDays: number): string {
  return workingDaysBefore(cal, firstSittingDay, leadDays);
}

export interface SubmissionCheck {
  deadline: string;
  late: boolean;
  /** The warning recorded when a late submission passes under the 'warn' setting. */
  warning: string | null;
}

/** R-PLAN-04: a submission after the deadline is refused, or (by setting) passes with a recorded warning. */
export function checkSubmission(opts: {
  deadline: string;
  day: string;
  leadDays: number;
  lateMode: 'refuse' | 'warn';
}): SubmissionCheck {
  const late = opts.day > opts.deadline;
  if (!late) return { deadline: opts.deadline, late: false, warning: null };
  const message = `报送已逾期：认定计划应在首场考核前 ${opts.leadDays} 个工作日（即 ${opts.deadline} 前，含当日）报送，报送日期为 ${opts.day}`;
  if (opts.lateMode === 'refuse') throw new AppError('CONFLICT', message, { deadline: opts.deadline, day: opts.day });
  return { deadline: opts.deadline, late: true, warning: message };
}

/** R-PLAN-06 / R-DAYS-01: a training class is filed "within N working days after" enrolment closes. */
export function trainingFilingDeadline(cal: WorkCalendar, enrolmentClosesOn: string, days: number): string {
  return workingDaysAfter(cal, enrolmentClosesOn, days);
}

export type TrainingFilingStatus = 'filed' | 'filed_late' | 'overdue' | 'open';

/** R-PLAN-06: filed (in time or late), overdue (not filed and the deadline has passed), or still open. */
export function trainingFilingStatus(deadline: string, filedOn: string | null, today: string): TrainingFilingStatus {
  if (filedOn) return filedOn > deadline ? 'filed_late' : 'filed';
  return today > deadline ? 'overdue' : 'open';
}

/** R-PLAN-03: each state change, the state it must come from and the permission it needs. */
export const batchFlow: Record<
  Exclude<BatchState, 'draft'>,
  { from: BatchState; permission: Permission; action: string }
> = {
  filed: { from: 'draft', permission: 'batches.manage', action: '报送认定计划' },
  registering: { from: 'filed', permission: 'batches.manage', action: '开始报名' },
  reviewed: { from: 'registering', permission: 'batches.manage', action: '完成报名审核' },
  arranged: { from: 'reviewed', permission: 'batches.manage', action: '完成考务编排' },
  examining: { from: 'arranged', permission: 'batches.manage', action: '开始考试' },
  publicity: { from: 'examining', permission: 'batches.decide', action: '公示成绩' },
  archived: { from: 'publicity', permission: 'batches.decide', action: '归档' },
};

/** R-PLAN-03: refuses a transition that does not start from its one allowed state, naming the current state. */
export function assertTransition(current: BatchState, to: Exclude<BatchState, 'draft'>): void {
  const step = batchFlow[to];
  if (current !== step.from)
    throw new AppError(
      'CONFLICT',
      `批次当前状态为“${batchStateNames[current]}”，不能${step.action}（须在“${batchStateNames[step.from]}”状态下进行）`,
      { state: current, to },
    );
}

/** The states in which the batch's content (occupation, sittings, window) may still be edited. */
export const editableStates: readonly BatchState[] = ['draft'];

/** Whether a state is at or after another in the flow (e.g. notice publishing needs 'filed' or later). */
export function stateAtLeast(state: BatchState, other: BatchState): boolean {
  const order: BatchState[] = [
    'draft',
    'filed',
    'registering',
    'reviewed',
    'arranged',
    'examining',
    'publicity',
    'archived',
  ];
  return order.indexOf(state) >= order.indexOf(other);
}
