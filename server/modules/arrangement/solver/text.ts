import type { ArrangementSitting, RoomKind, TimeInterval } from './types.js';

/** Chinese wording of the arrangement's messages (what the centre reads). */

const levelShort: Record<number, string> = { 1: '一级', 2: '二级', 3: '三级', 4: '四级', 5: '五级' };
const kindNames = { theory: '理论知识考试', skill: '操作技能考核' } as const;
export const roomKindNames: Record<RoomKind, string> = { theory: '理论考场', computer: '机房', skill: '实操考场' };

export function clock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

export function spanText(t: TimeInterval): string {
  return `${t.day} ${clock(t.start)}–${clock(t.end)}`;
}

/** 三级, or 四级/三级 for a batch of several levels. */
export function levelsText(levels: readonly number[]): string {
  return [...levels]
    .sort((a, b) => b - a)
    .map((l) => levelShort[l] ?? `${l}级`)
    .join('/');
}

/**
 * R-ARR-04: an exam module as the solver sees it is keyed by occupation (`6-31-01-03|电气控制`), so an examiner's
 * module of one occupation never covers a like-named module of another; this is the name people read.
 */
export const moduleKey = (occupationCode: string, module: string) => `${occupationCode}|${module}`;
export const moduleName = (key: string) => key.slice(key.indexOf('|') + 1);

/** 电工（三级）理论知识考试 2026-06-10 08:30–10:00 */
export function sittingLabel(s: ArrangementSitting): string {
  return `${s.occupationName}（${levelsText(s.levels)}）${kindNames[s.kind]} ${spanText(s)}`;
}

/** "电工三级": what an examiner must be qualified for (the most demanding level when there are several). */
export function qualificationText(s: ArrangementSitting): string {
  const top = s.levels.length ? Math.min(...s.levels) : 5;
  return `${s.occupationName}${levelShort[top] ?? `${top}级`}`;
}
