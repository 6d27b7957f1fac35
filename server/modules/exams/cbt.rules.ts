// Pure rules of the computer-based exam (R-EXAM-01, R-EXAM-02): the login window, early finish, room address ranges,
// the receipt of a submission.
import { createHash } from 'node:crypto';
import type { ExamSettings } from '../../../shared/exams.js';
import { earlyFinishAt, entryWindow } from './checkin.rules.js';

/**
 * R-EXAM-01: a first login (binding a device) is allowed from min(start − entry minutes, the room's 开考) until
 * start + entry-close minutes; later the candidate is absent. Times in epoch milliseconds; the window is the
 * check-in's (`checkin.rules.ts` entryWindow), so the desk and the login agree.
 */
export function loginWindow(
  now: number,
  q: { startsAt: number; openedAt: number | null },
  s: Pick<ExamSettings, 'entryBeforeMinutes' | 'entryCloseAfterMinutes'>,
): 'early' | 'open' | 'late' {
  const w = entryWindow(s as ExamSettings, {
    startsAt: new Date(q.startsAt),
    endsAt: new Date(q.startsAt),
    openedAt: q.openedAt === null ? null : new Date(q.openedAt),
  });
  if (now < w.opensAt.getTime()) return 'early';
  if (now > w.closesAt.getTime()) return 'late';
  return 'open';
}

/**
 * R-EXAM-01: nobody finishes before the end, unless the centre allows it from N minutes after the start. Returns
 * the first instant a candidate may hand in (epoch ms): the deadline, or the start + N minutes when allowed
 * (`checkin.rules.ts` mayFinish, with the attempt's deadline as its end). The start is the scheduled one, or the
 * proctor's 开考 when the room was opened before it (candidates could start from then).
 */
export function earliestFinish(
  q: { startsAt: number; openedAt: number | null; deadline: number },
  s: Pick<ExamSettings, 'earlyFinishAllowed' | 'earlyFinishAfterMinutes'>,
): number {
  const start = q.openedAt === null ? q.startsAt : Math.min(q.startsAt, q.openedAt);
  const early = earlyFinishAt(s as ExamSettings, { startsAt: new Date(start) });
  return early ? Math.min(q.deadline, early.getTime()) : q.deadline;
}

function ipv4ToInt(ip: string): number | null {
  const m = /^(?:::ffff:)?(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/i.exec(ip.trim());
  if (!m) return null;
  const parts = m.slice(1).map(Number);
  if (parts.some((p) => p > 255)) return null;
  return ((parts[0] << 24) | (parts[1] << 16) | (parts[2] << 8) | parts[3]) >>> 0;
}

/** R-EXAM-02: whether `ip` lies in one of the room's ranges (IPv4 CIDR or a single address); no ranges = any. */
export function ipAllowed(ip: string, ranges: readonly string[]): boolean {
  if (!ranges.length) return true;
  const addr = ipv4ToInt(ip);
  for (const r of ranges) {
    const [base, bitsText] = r.split('/');
    if (!bitsText) {
      if (base.trim() === ip.trim() || (addr !== null && ipv4ToInt(base) === addr)) return true;
      continue;
    }
    const b = ipv4ToInt(base);
    const bits = Number(bitsText);
    if (addr === null || b === null || !Number.isInteger(bits) || bits < 0 || bits > 32) continue;
    const mask = bits === 0 ? 0 : (~0 << (32 - bits)) >>> 0;
    if ((addr & mask) >>> 0 === (b & mask) >>> 0) return true;
  }
  return false;
}

/**
 * R-EXAM-02: the receipt of a submission, SHA-256 (hex) of the answers in item order as `no=value` lines (empty
 * answers included). The SQL in `cbt.store.ts` computes the same; this is the client-independent reference.
 */
export function receiptOf(answers: readonly { itemNo: number; value: string }[]): string {
  const text = [...answers]
    .sort((a, b) => a.itemNo - b.itemNo)
    .map((a) => `${a.itemNo}=${a.value}`)
    .join('\n');
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
