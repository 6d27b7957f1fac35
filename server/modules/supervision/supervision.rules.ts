// Pure rules of the quality supervision (R-SUP-02).
import { addDays } from '../../../shared/dates.js';

/**
 * R-SUP-02: the team submits its report "在 2 日内" after the batch (H 质量督导人员管理办法 §7; SPEC: "within 2 days
 * after the batch"). Calendar days, not working days: the source says 日 (where it means working days it says
 * 工作日, as for complaints and publicity), and a report written right after an exam should not wait out a holiday.
 * So the last day is the batch's last exam day + 2; from the day after that an unsubmitted report is overdue.
 */
export const REPORT_DAYS = 2;

export const reportDueOn = (lastExamDay: string): string => addDays(lastExamDay, REPORT_DAYS);

export const reportOverdue = (lastExamDay: string, submitted: boolean, today: string): boolean =>
  !submitted && today > reportDueOn(lastExamDay);

/** R-SUP-02: the report may be submitted once every member of the team has signed it. */
export function unsignedMembers(team: readonly string[], signed: readonly string[]): string[] {
  return team.filter((p) => !signed.includes(p));
}
