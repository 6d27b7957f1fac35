import { clock, moduleName } from './text.js';
import type {
  ArrangementInput,
  ArrangementResult,
  ArrangementRoom,
  ArrangementRuleId,
  ArrangementSitting,
  ArrangementStaff,
  RoomKind,
  TimeInterval,
  Violation,
} from './types.js';
import { settingsOf } from './types.js';

/**
 * R-PPL-05 (SPEC; H 工作规则 §6), as the checker states it for R-ARR-05: the levels each examiner grade may examine.
 * Written here, not taken from people.rules (which the solver uses), so the two statements check each other
 * (checker.test.ts compares them on every grade × level).
 */
const LEVELS_OF_GRADE: Record<'standard' | 'senior', readonly number[]> = {
  standard: [5, 4, 3],
  senior: [5, 4, 3, 2, 1],
};
export const gradeMayExamine = (grade: 'standard' | 'senior', level: number): boolean =>
  (LEVELS_OF_GRADE[grade] ?? []).includes(level);

/**
 * R-ARR-01, as the checker states it: the room kind a sitting needs is the one its setup names, else a theory
 * room for a theory sitting and a skill room for a skill sitting (the solver's own statement is `roomKindOf`).
 */
export const roomKindNeeded = (s: ArrangementSitting): RoomKind =>
  s.roomKind ?? (s.kind === 'skill' ? 'skill' : 'theory');

/**
 * The independent check of an arrangement against every hard rule (R-ARR-01…08, and nobody in two places at
 * once, reported under R-ARR-09). Written apart from the solver and sharing none of its code, so a solver bug is
 * not also a checker bug; used by the tests, the property test, the benchmark, and later by hand edits and the
 * final check before publishing. Sittings without candidates need nothing.
 */
export function checkArrangement(input: ArrangementInput, result: ArrangementResult): Violation[] {
  const settings = settingsOf(input);
  const out: Violation[] = [];
  const flag = (rule: ArrangementRuleId, sittingId: string | null, message: string) =>
    out.push({ rule, sittingId, message });

  const sittings = new Map(input.sittings.map((s) => [s.id, s]));
  const active = input.sittings.filter((s) => s.candidates.length > 0);
  const roomById = new Map(input.rooms.map((r) => [r.id, r]));
  const staffById = new Map(input.staff.map((s) => [s.id, s]));
  const candidatePersons = new Map(input.sittings.map((s) => [s.id, new Set(s.candidates.map((c) => c.personId))]));
  const candidateIds = new Map(input.sittings.map((s) => [s.id, new Set(s.candidates.map((c) => c.id))]));
  const conflictsOf = new Map<string, string[]>();
  for (const c of input.conflicts)
    conflictsOf.set(c.staffPersonId, [...(conflictsOf.get(c.staffPersonId) ?? []), c.candidatePersonId]);
  const clash = (a: TimeInterval, b: TimeInterval) =>
    a.day === b.day && Math.max(a.start, b.start) < Math.min(a.end, b.end);
  const has = (st: ArrangementStaff | undefined, duty: ArrangementStaff['duties'][number]) =>
    Boolean(st && st.duties.includes(duty));

  /** Every duty of every person, for R-ARR-08 and the two-places check. */
  const duties: { staffId: string; span: TimeInterval; sittingIds: string[]; what: string }[] = [];

  // ------------------------------------------------------------ R-ARR-01 seats and rooms
  const roomCapacity = (r: ArrangementRoom) => {
    const c = r.capacity ?? settings.seatsPerRoom;
    return r.kind === 'theory' ? Math.min(c, settings.seatsPerRoom) : c; // a standard theory room: 30 at most
  };
  const seated = new Map<string, Set<string>>(); // sitting → candidate ids
  const roomUse = new Map<string, { seats: Set<number>; count: number }>(); // `${sitting}|${room}`
  for (const seat of result.seats) {
    const s = sittings.get(seat.sittingId);
    if (!s) {
      flag('R-ARR-01', null, `座位指向不存在的场次 ${seat.sittingId}`);
      continue;
    }
    if (!candidateIds.get(s.id)!.has(seat.candidateId))
      flag('R-ARR-01', s.id, `考生 ${seat.candidateId} 不属于该场次却被安排了座位`);
    const got = seated.get(s.id) ?? new Set<string>();
    if (got.has(seat.candidateId)) flag('R-ARR-01', s.id, `考生 ${seat.candidateId} 被安排了两个座位`);
    got.add(seat.candidateId);
    seated.set(s.id, got);
    const room = roomById.get(seat.roomId);
    if (!room) {
      flag('R-ARR-01', s.id, `考场 ${seat.roomId} 不存在`);
      continue;
    }
    const key = `${s.id}|${room.id}`;
    const use = roomUse.get(key) ?? { seats: new Set<number>(), count: 0 };
    use.count++;
    if (!Number.isInteger(seat.seat) || seat.seat < 1 || seat.seat > roomCapacity(room) || use.seats.has(seat.seat))
      flag('R-ARR-01', s.id, `考场 ${room.id} 座位号 ${seat.seat} 无效或重复`);
    use.seats.add(seat.seat);
    roomUse.set(key, use);
  }
  const roomsOfSitting = new Map<string, string[]>();
  for (const [key, use] of roomUse) {
    const [sid, rid] = key.split('|');
    const s = sittings.get(sid)!;
    const room = roomById.get(rid)!;
    roomsOfSitting.set(sid, [...(roomsOfSitting.get(sid) ?? []), rid]);
    if (use.count > roomCapacity(room))
      flag('R-ARR-01', sid, `考场 ${rid} 安排 ${use.count} 人，超过容量 ${roomCapacity(room)}`);
    if (room.siteId !== s.siteId && !(s.extraSiteIds ?? []).includes(room.siteId))
      flag('R-ARR-01', sid, `考场 ${rid} 不在本场次的考点`);
    if (room.kind !== roomKindNeeded(s)) flag('R-ARR-01', sid, `考场 ${rid} 类型不符`);
    for (const e of s.equipment ?? [])
      if (!(room.equipment ?? []).includes(e)) flag('R-ARR-01', sid, `考场 ${rid} 没有所需设备「${e}」`);
    if ((room.unavailable ?? []).some((u) => clash(u, s))) flag('R-ARR-01', sid, `考场 ${rid} 在该时段不可用`);
    // R-EQ-03: a room holding an instrument of the occupation past its calibration date is not used on that day.
    for (const x of s.excludedRooms ?? []) if (x.roomId === rid) flag('R-EQ-03', sid, x.reason);
  }
  for (const s of active) {
    const missing = s.candidates.filter((c) => !seated.get(s.id)?.has(c.id)).length;
    if (missing) flag('R-ARR-01', s.id, `${missing} 名考生未安排座位`);
  }
  // One sitting per room at a time.
  const sittingsOfRoom = new Map<string, string[]>();
  for (const [sid, rids] of roomsOfSitting)
    for (const rid of rids) sittingsOfRoom.set(rid, [...(sittingsOfRoom.get(rid) ?? []), sid]);
  for (const [rid, sids] of sittingsOfRoom)
    for (let i = 0; i < sids.length; i++)
      for (let j = i + 1; j < sids.length; j++)
        if (clash(sittings.get(sids[i])!, sittings.get(sids[j])!))
          for (const sid of [sids[i], sids[j]]) flag('R-ARR-01', sid, `考场 ${rid} 同时被两个场次使用`);

  // ------------------------------------------------------------ R-ARR-02 proctors and the lot
  const recorded = new Map(result.rooms.map((r) => [`${r.sittingId}|${r.roomId}`, r]));
  for (const [key] of roomUse) {
    const [sid, rid] = key.split('|');
    const s = sittings.get(sid)!;
    const proctors = [...new Set(recorded.get(key)?.proctorIds ?? [])];
    const valid = proctors.filter((id) => has(staffById.get(id), 'proctor'));
    if (valid.length < settings.proctorsPerRoom)
      flag('R-ARR-02', sid, `考场 ${rid} 只有 ${valid.length} 名监考人员（应为 ${settings.proctorsPerRoom} 名）`);
    for (const id of proctors) duties.push({ staffId: id, span: s, sittingIds: [sid], what: `监考 ${rid}` });
  }
  for (const s of active) {
    const lot = result.lots.find((l) => l.sittingId === s.id);
    const fromLot = new Set((lot?.draws ?? []).map((d) => `${d.staffId}@${d.roomId}`));
    const fromRooms = new Set(
      result.rooms.filter((r) => r.sittingId === s.id).flatMap((r) => r.proctorIds.map((p) => `${p}@${r.roomId}`)),
    );
    if (fromLot.size !== fromRooms.size || [...fromRooms].some((k) => !fromLot.has(k)))
      flag('R-ARR-02', s.id, '监考安排与抽签记录不一致');
  }

  // ------------------------------------------------------------ R-ARR-03 site staff per time slot
  const slotOf = new Map<string, ArrangementResult['siteSlots'][number][]>();
  for (const slot of result.siteSlots)
    for (const sid of slot.sittingIds) slotOf.set(sid, [...(slotOf.get(sid) ?? []), slot]);
  for (const s of active) {
    // Every site whose rooms the sitting uses (its own when it has none) has exactly one slot covering it.
    const usedSites = new Set((roomsOfSitting.get(s.id) ?? []).map((rid) => roomById.get(rid)!.siteId));
    if (!usedSites.size) usedSites.add(s.siteId);
    const all = slotOf.get(s.id) ?? [];
    for (const slot of all)
      if (!usedSites.has(slot.siteId)) flag('R-ARR-03', s.id, `考点时段 ${slot.siteId} 不是本场次使用的考点`);
    for (const site of usedSites) {
      const slots = all.filter((x) => x.siteId === site);
      if (slots.length !== 1) {
        flag('R-ARR-03', s.id, slots.length ? '场次被多个考点时段重复安排' : `场次在考点 ${site} 没有考点工作人员安排`);
        continue;
      }
      const slot = slots[0];
      if (slot.day !== s.day || slot.start > s.start || slot.end < s.end)
        flag('R-ARR-03', s.id, '考点时段与场次的时间不符');
      const distinct = (ids: string[]) => [...new Set(ids)];
      const heads = distinct(slot.siteHeadIds).filter((id) => has(staffById.get(id), 'site_head'));
      const supervisors = distinct(slot.supervisorIds).filter((id) => {
        const st = staffById.get(id);
        const f = st?.supervisor;
        return has(st, 'supervisor') && (!f || (!f.disqualified && f.certificateValidUntil >= slot.day));
      });
      const staff = distinct(slot.examStaffIds).filter((id) => has(staffById.get(id), 'exam_staff'));
      if (
        heads.length < settings.siteHeadsPerSite ||
        supervisors.length < settings.supervisorsPerSite ||
        staff.length < settings.examStaffPerSite
      )
        flag(
          'R-ARR-03',
          s.id,
          `考点时段 ${slot.day} ${clock(slot.start)}：考场负责人 ${heads.length}、内部督导员 ${supervisors.length}、考务人员 ${staff.length} 名，不足`,
        );
    }
  }
  for (const slot of result.siteSlots)
    for (const id of [...slot.siteHeadIds, ...slot.supervisorIds, ...slot.examStaffIds])
      duties.push({ staffId: id, span: slot, sittingIds: slot.sittingIds, what: `考点 ${slot.siteId} 工作人员` });

  // ------------------------------------------------------------ R-ARR-04…07 examiner groups
  const previous = new Map(input.history.previousGroups.map((g) => [g.occupationCode, new Set(g.examinerIds)]));
  for (const s of active) {
    const groups = result.examinerGroups.filter((g) => g.sittingId === s.id);
    const members = [...new Set(groups.flatMap((g) => g.examinerIds))];
    const year = Number(s.day.slice(0, 4));
    const experienced = (id: string) => {
      const y = staffById.get(id)?.examiner?.firstExaminingYear;
      return y != null && year - y >= settings.leaderMinYears;
    };
    if (groups.length !== 1) flag('R-ARR-04', s.id, groups.length ? '一个场次有多个考评组' : '场次没有考评组');
    if (members.length < settings.minExaminers)
      flag('R-ARR-04', s.id, `考评组 ${members.length} 人，少于 ${settings.minExaminers} 人`);
    for (const m of new Set(s.modules))
      if (!members.some((id) => staffById.get(id)?.examiner?.modules.includes(m)))
        flag('R-ARR-04', s.id, `模块「${moduleName(m)}」无考评员`);
    const leader = groups[0]?.leaderId;
    if (!leader || !members.includes(leader) || !experienced(leader))
      flag('R-ARR-04', s.id, `没有从事考评工作满 ${settings.leaderMinYears} 年的考评组长`);

    for (const id of members) {
      const st = staffById.get(id);
      const e = st?.examiner;
      if (!st || !e || !has(st, 'examiner')) flag('R-ARR-05', s.id, `${id} 不是考评员`);
      else {
        if (!e.occupationCodes.includes(s.occupationCode)) flag('R-ARR-05', s.id, `${st.name} 未获准考评该职业`);
        if (s.levels.some((l) => !gradeMayExamine(e.grade, l)))
          flag('R-ARR-05', s.id, `${st.name} 的考评员等级不能考评该等级`);
        if (e.certificateValidUntil < s.day || (e.certificateIssuedOn && e.certificateIssuedOn > s.day))
          flag('R-ARR-05', s.id, `${st.name} 的证书在考试日无效`);
        if (e.dismissed) flag('R-ARR-05', s.id, `${st.name} 已解聘`);
      }
      if ((input.history.consecutiveRounds[id] ?? 0) >= settings.maxConsecutive)
        flag('R-ARR-06', s.id, `${st?.name ?? id} 将连续第 ${(input.history.consecutiveRounds[id] ?? 0) + 1} 次考评`);
      // R-ARR-07: not an examiner where it is the supervisor.
      if (
        (slotOf.get(s.id) ?? []).some((slot) =>
          slot.supervisorIds.some((sup) => staffById.get(sup)?.personId === st?.personId),
        )
      )
        flag('R-ARR-07', s.id, `${st?.name ?? id} 是本场次的督导员，不能同时担任考评员`);
      duties.push({ staffId: id, span: s, sittingIds: [s.id], what: '考评' });
    }
    const prev = previous.get(s.occupationCode);
    if (prev) {
      const changed = members.filter((id) => !prev.has(id)).length;
      const need = Math.ceil(
        (members.length * settings.minChangedShare.numerator) / settings.minChangedShare.denominator,
      );
      if (changed < need)
        flag('R-ARR-06', s.id, `考评组 ${members.length} 人只轮换了 ${changed} 人，至少应轮换 ${need} 人`);
    }
  }

  // ------------------------------------------------------------ R-ARR-08 conflicts, and two places at once
  const byPerson = new Map<string, typeof duties>();
  for (const d of duties) {
    const st = staffById.get(d.staffId);
    if (!st) continue;
    for (const sid of d.sittingIds) {
      const persons = candidatePersons.get(sid);
      if (persons && (conflictsOf.get(st.personId) ?? []).some((p) => persons.has(p)))
        flag('R-ARR-08', sid, `${st.name}（${d.what}）与本场考生有回避关系`);
    }
    byPerson.set(st.personId, [...(byPerson.get(st.personId) ?? []), d]);
  }
  for (const list of byPerson.values())
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++)
        if (clash(list[i].span, list[j].span))
          for (const sid of new Set([...list[i].sittingIds, ...list[j].sittingIds]))
            flag(
              'R-ARR-09',
              sid,
              `${staffById.get(list[i].staffId)!.name} 同一时段有两项任务（${list[i].what}、${list[j].what}）`,
            );
  return out;
}
