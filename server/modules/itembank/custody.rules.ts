import type { FieldIssue } from '../../http/errors.js';

/** Pure rules of the custody registers (R-BANK-03, H 试卷管理 and 质量保障 3). */

/** Two names are the same person when they match once spaces are removed and letters lower-cased. */
const samePerson = (a: string, b: string) =>
  a.replace(/\s+/g, '').toLowerCase() === b.replace(/\s+/g, '').toLowerCase();

/**
 * R-BANK-03: papers are kept by two people (H 试卷管理 二: "2 人 24 小时日夜轮流看护"), so a duty record names two
 * different keepers, and its shift ends after it starts.
 */
export function dutyIssues(d: { keeper1: string; keeper2: string; startsAt: string; endsAt: string }): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (samePerson(d.keeper1, d.keeper2))
    issues.push({ field: 'keeper2', message: '值班人二：应与值班人一不同（保密室须两人同时值班）' });
  if (new Date(d.endsAt).getTime() <= new Date(d.startsAt).getTime())
    issues.push({ field: 'endsAt', message: '结束时间：应晚于开始时间' });
  return issues;
}

/**
 * R-BANK-03: a hand-over is between two people (the keeper signs it away, the receiver signs for it), and an
 * important document leaves only with the leader's signature (H 质量保障 3 (2); the schema requires the leader).
 */
export function transferIssues(d: { keeper: string; receiver: string }): FieldIssue[] {
  return samePerson(d.keeper, d.receiver)
    ? [{ field: 'receiver', message: '接收人：应与保管员不同（移交须交接双方签字）' }]
    : [];
}

export interface DutyForWarnings {
  id: string;
  subject: string;
  startsAt: Date;
  sealIntact: boolean;
  count: number;
}

/**
 * R-BANK-03: what the duty list flags — a broken seal, and a count that differs from the previous record (by start
 * time) of the same papers. `all` holds every record of the subjects concerned, not only the listed ones.
 */
export function dutyWarnings(
  all: DutyForWarnings[],
): Map<string, { previousCount: number | null; warnings: string[] }> {
  const bySubject = new Map<string, DutyForWarnings[]>();
  for (const d of all) {
    const key = d.subject.trim();
    bySubject.set(key, [...(bySubject.get(key) ?? []), d]);
  }
  const out = new Map<string, { previousCount: number | null; warnings: string[] }>();
  for (const list of bySubject.values()) {
    list.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.id.localeCompare(b.id));
    list.forEach((d, i) => {
      const warnings: string[] = [];
      if (!d.sealIntact) warnings.push('封存破损');
      const prev = i > 0 ? list[i - 1] : null;
      const changed = prev !== null && prev.count !== d.count;
      if (changed) warnings.push(`数量与上次记录不符（上次 ${prev.count}，本次 ${d.count}）`);
      out.set(d.id, { previousCount: changed ? prev.count : null, warnings });
    });
  }
  return out;
}

/** Warnings of a hand-over: a broken seal. */
export const transferWarnings = (t: { sealIntact: boolean | null }) => (t.sealIntact === false ? ['封存破损'] : []);

export { chinaDateTime } from '../../../shared/custody.js';

/** The instant 00:00 China time of a `YYYY-MM-DD` day. */
export const chinaDayStart = (day: string) => new Date(`${day}T00:00:00+08:00`);
