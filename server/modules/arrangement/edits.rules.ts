import { AppError } from '../../http/errors.js';
import type { EditBody } from '../../../shared/arrangement.js';
import { checkArrangement } from './solver/checker.js';
import { sittingLabel } from './solver/text.js';
import type { ArrangementInput, ArrangementResult, ArrangementRuleId, UnmetRule, Violation } from './solver/types.js';
import { settingsOf } from './solver/types.js';

/**
 * R-ARR-09 hand edits as pure functions on a result: move a candidate, swap a proctor, replace or add an examiner.
 * The service checks every edit with the independent checker (`checkArrangement`) and refuses one that brings a
 * hard-rule violation the arrangement did not already have; `unmetFrom` turns what is left into the unmet list.
 */

const bad = (message: string, field: string) => new AppError('VALIDATION', message, [{ field, message }]);
const clone = <T>(x: T): T => structuredClone(x);

export function applyEdit(input: ArrangementInput, result: ArrangementResult, edit: EditBody): ArrangementResult {
  const sitting = input.sittings.find((s) => s.id === edit.sittingId);
  if (!sitting) throw bad('场次：不属于本次编排', 'sittingId');
  const staffName = (id: string) => input.staff.find((s) => s.id === id)?.name;
  const r = clone(result);

  if (edit.kind === 'moveCandidate') {
    const seat = r.seats.find((s) => s.sittingId === sitting.id && s.candidateId === edit.applicationId);
    if (!seat) throw bad('考生：本场次没有该考生的座位', 'applicationId');
    const room = input.rooms.find((x) => x.id === edit.roomId);
    if (!room) throw bad('考场：不存在或已停用', 'roomId');
    const taken = new Set(
      r.seats.filter((s) => s.sittingId === sitting.id && s.roomId === room.id && s !== seat).map((s) => s.seat),
    );
    let no = edit.seat ?? 0;
    if (no && taken.has(no)) throw bad(`座位号：${room.name ?? ''} 的 ${no} 号座位已有考生`, 'seat');
    if (!no) for (no = 1; taken.has(no); no++);
    const from = seat.roomId;
    seat.roomId = room.id;
    seat.seat = no;
    let target = r.rooms.find((x) => x.sittingId === sitting.id && x.roomId === room.id);
    if (!target) r.rooms.push((target = { sittingId: sitting.id, roomId: room.id, candidateCount: 0, proctorIds: [] }));
    target.candidateCount++;
    const source = r.rooms.find((x) => x.sittingId === sitting.id && x.roomId === from)!;
    source.candidateCount--;
    if (source.candidateCount === 0) {
      // An emptied room needs no proctors: drop it and its draws from the lot.
      r.rooms = r.rooms.filter((x) => x !== source);
      for (const lot of r.lots)
        if (lot.sittingId === sitting.id) lot.draws = lot.draws.filter((d) => d.roomId !== from);
    }
    r.roomsUsed = r.rooms.length;
    return r;
  }

  if (edit.kind === 'swapProctor') {
    const room = r.rooms.find((x) => x.sittingId === sitting.id && x.roomId === edit.roomId);
    if (!room) throw bad('考场：本场次未使用该考场', 'roomId');
    const at = room.proctorIds.indexOf(edit.fromId);
    if (at < 0) throw bad('原监考人员：不在该考场', 'fromId');
    if (!staffName(edit.toId)) throw bad('新监考人员：不在可安排的工作人员中', 'toId');
    room.proctorIds[at] = edit.toId;
    for (const lot of r.lots)
      if (lot.sittingId === sitting.id)
        for (const d of lot.draws) if (d.roomId === room.roomId && d.staffId === edit.fromId) d.staffId = edit.toId;
    return r;
  }

  const group = r.examinerGroups.find((g) => g.sittingId === sitting.id);
  if (!group) throw bad('场次：没有考评组', 'sittingId');
  if (edit.kind === 'replaceExaminer') {
    const at = group.examinerIds.indexOf(edit.fromId);
    if (at < 0) throw bad('原考评员：不在本场考评组', 'fromId');
    if (!staffName(edit.toId)) throw bad('新考评员：不在可安排的工作人员中', 'toId');
    if (group.examinerIds.includes(edit.toId)) throw bad('新考评员：已在本场考评组', 'toId');
    group.examinerIds[at] = edit.toId;
    if (group.leaderId === edit.fromId) group.leaderId = edit.toId;
    for (const m of group.modules) m.examinerIds = m.examinerIds.map((id) => (id === edit.fromId ? edit.toId : id));
  } else {
    if (!staffName(edit.staffId)) throw bad('考评员：不在可安排的工作人员中', 'staffId');
    if (group.examinerIds.includes(edit.staffId)) throw bad('考评员：已在本场考评组', 'staffId');
    group.examinerIds.push(edit.staffId);
    if (edit.leader || !group.leaderId) group.leaderId = edit.staffId;
  }
  refreshGroup(input, group);
  return r;
}

/** The derived fields of a group after an edit: module coverage and who is new against the previous group. */
function refreshGroup(input: ArrangementInput, group: ArrangementResult['examinerGroups'][number]) {
  const sitting = input.sittings.find((s) => s.id === group.sittingId)!;
  const settings = settingsOf(input);
  const previous = new Set(
    input.history.previousGroups.find((g) => g.occupationCode === sitting.occupationCode)?.examinerIds ?? [],
  );
  const staff = new Map(input.staff.map((s) => [s.id, s]));
  group.modules = sitting.modules.map((m) => ({
    module: m,
    examinerIds: group.examinerIds.filter((id) => staff.get(id)?.examiner?.modules.includes(m)),
  }));
  group.changedIds = previous.size ? group.examinerIds.filter((id) => !previous.has(id)) : [];
  group.changedRequired = previous.size
    ? Math.ceil((group.examinerIds.length * settings.minChangedShare.numerator) / settings.minChangedShare.denominator)
    : 0;
}

const keyOf = (v: Violation) => `${v.rule}|${v.sittingId ?? ''}|${v.message}`;

/** The violations `after` has that `before` had not (an edit that brings these is refused). */
export function newViolations(
  input: ArrangementInput,
  before: ArrangementResult,
  after: ArrangementResult,
): Violation[] {
  return newViolationsSince(input, checkArrangement(input, before), after);
}

/** As `newViolations`, with the violations before already checked (one check for many candidate edits). */
export function newViolationsSince(input: ArrangementInput, had: Violation[], after: ArrangementResult): Violation[] {
  const keys = new Set(had.map(keyOf));
  return checkArrangement(input, after).filter((v) => !keys.has(keyOf(v)));
}

const genericFix: Record<ArrangementRuleId, string> = {
  'R-ARR-01': '增加可用考场或调整考生座位',
  'R-ARR-02': '为该考场补足 2 名监考人员',
  'R-ARR-03': '补足考点的考场负责人、内部督导员和考务人员',
  'R-ARR-04': '增加具备资格的考评员，并指定从事考评工作满 1 年的考评组长',
  'R-ARR-05': '更换为具备该职业和等级资格、证书有效的考评员',
  'R-ARR-06': '更换连续考评过多或未轮换的考评员',
  'R-ARR-07': '更换该考评员，督导员不得在本场考评',
  'R-ARR-08': '更换与考生有回避关系的人员',
  'R-ARR-09': '调整该人员同一时段的任务',
  'R-EQ-03': '换用计量器具检定有效的考场，或先完成检定（设备设施 › 登记检定）',
};

/**
 * The unmet list after a check: one item per rule and sitting still violated, keeping the solver's own wording
 * and fix where it named the same rule and sitting.
 */
export function unmetFrom(input: ArrangementInput, violations: Violation[], previous: UnmetRule[]): UnmetRule[] {
  const groups = new Map<string, Violation[]>();
  for (const v of violations) {
    const k = `${v.rule}|${v.sittingId ?? ''}`;
    groups.set(k, [...(groups.get(k) ?? []), v]);
  }
  return [...groups.values()].map((list) => {
    const { rule, sittingId } = list[0];
    const known = previous.find((u) => u.rule === rule && u.sittingId === (sittingId ?? ''));
    return (
      known ?? {
        rule,
        sittingId: sittingId ?? '',
        message: [...new Set(list.map((v) => humanize(input, v.message)))].join('；'),
        fix: genericFix[rule],
      }
    );
  });
}

/** One Chinese line per violation, each starting with its rule id, for refusals. */
export function violationText(input: ArrangementInput, list: Violation[]): string {
  const label = (id: string | null) => {
    const s = id ? input.sittings.find((x) => x.id === id) : null;
    return s ? `（${sittingLabel(s)}）` : '';
  };
  return [...new Set(list.map((v) => `${v.rule}：${humanize(input, v.message)}${label(v.sittingId)}`))].join('；');
}

/** The checker names rooms and staff by id: the centre reads names. */
export function humanize(input: ArrangementInput, text: string): string {
  let out = text;
  for (const r of input.rooms) if (r.name && out.includes(r.id)) out = out.split(r.id).join(r.name);
  for (const s of input.staff) if (out.includes(s.id)) out = out.split(s.id).join(s.name);
  return out;
}
