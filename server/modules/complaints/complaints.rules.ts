// Pure rules of 考生投诉 (R-CMP-01…04) with the working days of R-DAYS-01.
import { workingDaysAfter, type WorkCalendar } from '../calendar/calendar.rules.js';
import { ACCEPT_WORKING_DAYS, RESULT_WORKING_DAYS, type ComplaintState } from '../../../shared/complaints.js';

/**
 * R-CMP-02 / R-DAYS-01: "within 3 working days" of receipt to decide and tell the complainant, "within 7 working
 * days" to a result; both end on the N-th working day after the received day, the received day not counted.
 */
export function complaintDueDays(cal: WorkCalendar, receivedOn: string) {
  return {
    acceptDueOn: workingDaysAfter(cal, receivedOn, ACCEPT_WORKING_DAYS),
    resultDueOn: workingDaysAfter(cal, receivedOn, RESULT_WORKING_DAYS),
  };
}

interface DueState {
  state: ComplaintState;
  acceptDueOn: string;
  resultDueOn: string;
  extendedDueOn: string | null;
}

/** R-CMP-02: the result's due day, the extended one when the limit was extended. */
export const effectiveResultDue = (c: DueState) => c.extendedDueOn ?? c.resultDueOn;

/** R-CMP-02: overdue is shown from the day after the due day while the step is still open. */
export function overdueFlags(c: DueState, today: string) {
  return {
    acceptOverdue: c.state === 'received' && today > c.acceptDueOn,
    resultOverdue: (c.state === 'received' || c.state === 'investigating') && today > effectiveResultDue(c),
  };
}

/** R-CMP-04: an archived complaint is read-only; otherwise, why the step is refused now (null when allowed). */
export function stepRefusal(state: ComplaintState, step: 'assign' | 'decide' | 'extend' | 'result' | 'close') {
  if (state === 'archived') return '该投诉已办结归档，不能再修改';
  switch (step) {
    case 'assign':
      return null;
    case 'decide':
      return state === 'received' ? null : '已作出是否调查的决定，不能重复决定';
    case 'extend':
      return state === 'received' || state === 'investigating' ? null : '投诉已有处理结论，无需延长期限';
    case 'result':
      return state === 'investigating' ? null : '只有决定调查的投诉才能登记处理结果';
    case 'close':
      return state === 'decided' || state === 'not_investigated'
        ? null
        : '投诉尚未处理完毕（需先作出处理结果或不予调查决定），不能办结归档';
  }
}

/**
 * R-CMP-03: whether a user is among those complained about: named by its account, or by a person linked to its
 * account (`personIdsOfUser`).
 */
export function isRespondent(
  c: { respondentUserIds: readonly string[]; respondentPersonIds: readonly string[] },
  userId: string,
  personIdsOfUser: readonly string[],
) {
  return c.respondentUserIds.includes(userId) || personIdsOfUser.some((p) => c.respondentPersonIds.includes(p));
}

export const RESPONDENT_REFUSAL = '被投诉、举报的人员不得参与该投诉的承办（考生投诉处理办法第四条），请另选承办人';
