import { examinerMayExamineLevel } from '../../people/people.rules.js';
import type { ConflictIndex, StaffPool } from './pool.js';
import { cmp } from './rooms.js';
import { moduleName, qualificationText, sittingLabel } from './text.js';
import type {
  ArrangementHistory,
  ArrangementSettings,
  ArrangementSitting,
  ArrangementStaff,
  ExaminerGroup,
  UnmetRule,
} from './types.js';

/**
 * Examiner groups, one per sitting: R-ARR-04 (≥3, every module, a leader with ≥1 year), R-ARR-05 (qualified for
 * occupation and level, certificate valid on the exam day, not dismissed), R-ARR-06 (≤3 rounds in a row, ≥⅓ new
 * against the occupation's previous group), R-ARR-08 (conflicts) and nobody in two places at once.
 */

type Exclusion = 'level' | 'certificate' | 'dismissed' | 'consecutive' | 'conflict' | 'busy';

/** Why an examiner listed for the occupation may not examine this sitting, or null when it may. */
function exclusionOf(
  st: ArrangementStaff,
  s: ArrangementSitting,
  settings: ArrangementSettings,
  history: ArrangementHistory,
): Exclusion | null {
  const e = st.examiner!;
  if (e.dismissed) return 'dismissed'; // R-ARR-05
  // R-ARR-05 / R-PPL-05: a standard examiner examines levels 5–3 only.
  if (!s.levels.every((l) => examinerMayExamineLevel(e.grade, l))) return 'level';
  // R-ARR-05: the certificate is valid on the exam day (valid-until is the last valid day).
  if (e.certificateValidUntil < s.day || (e.certificateIssuedOn && e.certificateIssuedOn > s.day)) return 'certificate';
  // R-ARR-06: this round would be one more than `maxConsecutive` in a row.
  if ((history.consecutiveRounds[st.id] ?? 0) >= settings.maxConsecutive) return 'consecutive';
  return null;
}

/** H 工作规则 §9(二): the leader has examined for at least `leaderMinYears` years by the exam's year. */
function experienced(st: ArrangementStaff, s: ArrangementSitting, settings: ArrangementSettings): boolean {
  const first = st.examiner?.firstExaminingYear;
  return first != null && Number(s.day.slice(0, 4)) - first >= settings.leaderMinYears;
}

/** R-ARR-06: members a group of `n` must have that were not in the previous group. */
export function changedRequired(n: number, settings: ArrangementSettings): number {
  const { numerator, denominator } = settings.minChangedShare;
  return Math.ceil((n * numerator) / denominator);
}

function exclusionName(why: Exclusion, settings: ArrangementSettings): string {
  const names: Record<Exclusion, string> = {
    level: '等级不符（考评员只能考评五至三级，R-PPL-05）',
    certificate: '证书在考试日不在有效期内',
    dismissed: '已解聘',
    consecutive: `已连续考评满 ${settings.maxConsecutive} 次（R-ARR-06）`,
    conflict: '与本场考生有回避关系（R-ARR-08）',
    busy: '同一时段已有其他任务',
  };
  return names[why];
}

/**
 * Picks a small group from the preferred-first `eligible`: the leader, then the rarest modules, then the most
 * preferred up to the minimum — keeping places for newcomers when R-ARR-06 needs them — then repairs R-ARR-06 by
 * swapping a previous member that nobody depends on for a newcomer, or by adding one.
 */
export function pickGroup(
  eligible: readonly ArrangementStaff[],
  s: ArrangementSitting,
  previous: ReadonlySet<string>,
  settings: ArrangementSettings,
): ArrangementStaff[] {
  const group: ArrangementStaff[] = [];
  const inGroup = new Set<string>();
  const add = (x: ArrangementStaff) => {
    group.push(x);
    inGroup.add(x.id);
  };
  const covers = (x: ArrangementStaff, m: string) => x.examiner!.modules.includes(m);
  const newCount = (g: readonly ArrangementStaff[]) => g.filter((x) => !previous.has(x.id)).length;

  const leader = eligible.find((x) => experienced(x, s, settings));
  if (leader) add(leader);
  const modules = [...new Set(s.modules)].sort(
    (a, b) => eligible.filter((x) => covers(x, a)).length - eligible.filter((x) => covers(x, b)).length || cmp(a, b),
  );
  for (const m of modules) {
    if (group.some((x) => covers(x, m))) continue;
    const x = eligible.find((y) => !inGroup.has(y.id) && covers(y, m));
    if (x) add(x);
  }
  while (group.length < settings.minExaminers) {
    const mustBeNew =
      changedRequired(settings.minExaminers, settings) - newCount(group) >= settings.minExaminers - group.length;
    const x =
      eligible.find((y) => !inGroup.has(y.id) && (!mustBeNew || !previous.has(y.id))) ??
      eligible.find((y) => !inGroup.has(y.id));
    if (!x) break;
    add(x);
  }
  const sound = (g: readonly ArrangementStaff[], before: readonly ArrangementStaff[]) =>
    (!before.some((x) => experienced(x, s, settings)) || g.some((x) => experienced(x, s, settings))) &&
    modules.every((m) => !before.some((x) => covers(x, m)) || g.some((x) => covers(x, m)));
  while (newCount(group) < changedRequired(group.length, settings)) {
    const y = eligible.find((x) => !inGroup.has(x.id) && !previous.has(x.id));
    if (!y) break;
    // The least preferred previous member whose place a newcomer can take without losing the leader or a module.
    let out = -1;
    for (let i = group.length - 1; i >= 0 && out < 0; i--) {
      if (!previous.has(group[i].id)) continue;
      const next = group.slice(0, i).concat(group.slice(i + 1), [y]);
      if (sound(next, group)) out = i;
    }
    if (out >= 0) {
      inGroup.delete(group[out].id);
      group.splice(out, 1);
    }
    add(y);
  }
  return group;
}

export function assignExaminerGroups(
  sittings: readonly ArrangementSitting[],
  pool: StaffPool,
  conflicts: ConflictIndex,
  settings: ArrangementSettings,
  history: ArrangementHistory,
  otherLoadAhead: number,
): { groups: ExaminerGroup[]; unmet: UnmetRule[] } {
  const previousOf = new Map(history.previousGroups.map((g) => [g.occupationCode, new Set(g.examinerIds)]));
  const examiners = pool.staff.filter((st) => st.duties.includes('examiner') && st.examiner);
  // Look-ahead for an even workload: whoever may also proctor or serve a site will get about `otherLoadAhead`
  // of those duties later, so examiners who can do nothing else come first; among the others, those who can head,
  // supervise or staff a site (scarcer) are kept for that when others are as free.
  const siteDuty = (st: ArrangementStaff) =>
    (st.duties.some((d) => d !== 'examiner') ? otherLoadAhead : 0) +
    (st.duties.some((d) => d === 'site_head' || d === 'supervisor' || d === 'exam_staff') ? 0.5 : 0);
  const groups: ExaminerGroup[] = [];
  const unmet: UnmetRule[] = [];
  for (const s of sittings) {
    const previous = previousOf.get(s.occupationCode) ?? new Set<string>();
    const conflicted = conflicts.forSitting(s);
    const excluded = new Map<Exclusion, number>();
    const eligible: ArrangementStaff[] = [];
    for (const st of examiners) {
      if (!st.examiner!.occupationCodes.includes(s.occupationCode)) continue;
      const why =
        exclusionOf(st, s, settings, history) ??
        (conflicted.has(st.personId) ? 'conflict' : pool.isFree(st, s) ? null : 'busy');
      if (why) excluded.set(why, (excluded.get(why) ?? 0) + 1);
      else eligible.push(st);
    }
    pool.sortByPreference(eligible, siteDuty);
    const members = pickGroup(eligible, s, previous, settings);
    for (const m of members) pool.take(m, s);
    const leader = members
      .filter((x) => experienced(x, s, settings))
      .sort((a, b) => a.examiner!.firstExaminingYear! - b.examiner!.firstExaminingYear!)[0];
    const modules = [...new Set(s.modules)].map((module) => ({
      module,
      examinerIds: members.filter((x) => x.examiner!.modules.includes(module)).map((x) => x.id),
    }));
    const changed = members.filter((x) => !previous.has(x.id)).map((x) => x.id);
    const required = previousOf.has(s.occupationCode) ? changedRequired(members.length, settings) : 0;
    groups.push({
      sittingId: s.id,
      occupationCode: s.occupationCode,
      examinerIds: members.map((x) => x.id),
      leaderId: leader?.id ?? null,
      modules,
      changedIds: changed,
      changedRequired: required,
    });

    // Everything still unmet, from the final group (the checker judges the same facts independently).
    const label = sittingLabel(s);
    const qual = qualificationText(s);
    const why = [...excluded.entries()].map(([k, n]) => `${n} 名${exclusionName(k, settings)}`).join('，');
    if (members.length < settings.minExaminers) {
      const missing = settings.minExaminers - members.length;
      unmet.push({
        rule: 'R-ARR-04',
        sittingId: s.id,
        message: `${label}：考评组仅 ${members.length} 人，少于 ${settings.minExaminers} 人。可用的${qual}考评员（R-ARR-05：具备资格、证书有效、未解聘）只有 ${eligible.length} 名${why ? `；不能安排的：${why}` : ''}`,
        fix: `再增加 ${missing} 名具备${qual}资格（证书在 ${s.day} 有效）的考评员${excluded.get('busy') ? '，或调整场次时间' : ''}`,
      });
    }
    for (const m of modules)
      if (m.examinerIds.length === 0)
        unmet.push({
          rule: 'R-ARR-04',
          sittingId: s.id,
          message: `${label}：考试模块「${moduleName(m.module)}」没有可安排的考评员（每个模块至少 1 名）`,
          fix: `再增加 1 名能考评「${moduleName(m.module)}」模块、具备${qual}资格的考评员`,
        });
    if (!leader)
      unmet.push({
        rule: 'R-ARR-04',
        sittingId: s.id,
        message: `${label}：考评组中没有从事考评工作满 ${settings.leaderMinYears} 年的考评员，无法指定考评组长`,
        fix: `再增加 1 名从事考评工作 ${settings.leaderMinYears} 年以上、具备${qual}资格的考评员担任组长`,
      });
    if (changed.length < required)
      unmet.push({
        rule: 'R-ARR-06',
        sittingId: s.id,
        message: `${label}：考评组 ${members.length} 人中只有 ${changed.length} 人不在上一批次${s.occupationName}考评组中，每次至少应轮换 ${required} 人（三分之一）`,
        fix: `以 ${required - changed.length} 名未参加上一批次${s.occupationName}考评、具备${qual}资格的考评员替换上一批次成员`,
      });
  }
  return { groups, unmet };
}
