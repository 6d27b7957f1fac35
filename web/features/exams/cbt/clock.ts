import type { ExamClock } from '../../../../shared/exams.js';

/**
 * The candidate's view of the server clock (R-EXAM-02: remaining time comes from the server). The offset between
 * the server's and this computer's clocks is `serverNow − midpoint of the request`; of the recent samples the one
 * with the lowest round trip is kept (its midpoint is the least uncertain). Remaining = deadline − (now + offset).
 * The deadline is the latest clock by version (an extension or a pause raises it), whichever way it arrived.
 */

const WINDOW = 24;

interface Sample {
  offset: number;
  rtt: number;
}

export class ServerClock {
  clock: ExamClock | null = null;
  private samples: Sample[] = [];
  /** Client time when a paused clock arrived: the remaining time stands still while paused. */
  private pausedRemaining: number | null = null;

  /** A clock from a request's reply, with when the request left and its reply arrived (client time). */
  sample(clock: ExamClock, sentAt: number, receivedAt: number) {
    const rtt = Math.max(0, receivedAt - sentAt);
    this.samples.push({ offset: clock.serverNow - (sentAt + receivedAt) / 2, rtt });
    if (this.samples.length > WINDOW) this.samples.shift();
    this.accept(clock);
  }

  /** A pushed clock (no round trip known): its deadline and state only. */
  accept(clock: ExamClock) {
    const cur = this.clock;
    if (cur && clock.version < cur.version) return;
    if (cur && clock.version === cur.version && clock.serverNow < cur.serverNow) return;
    this.clock = clock;
    this.pausedRemaining = clock.paused ? Math.max(0, clock.deadline - clock.serverNow) : null;
  }

  get offset(): number {
    if (!this.samples.length) return 0;
    return this.samples.reduce((best, s) => (s.rtt < best.rtt ? s : best)).offset;
  }

  /** Server time now, as well as this computer can tell. */
  now(): number {
    return Date.now() + this.offset;
  }

  /** Milliseconds left until the deadline (negative after it). */
  remaining(): number | null {
    if (!this.clock) return null;
    if (this.pausedRemaining !== null) return this.pausedRemaining;
    return this.clock.deadline - this.now();
  }

  /** Milliseconds left of the grace after the deadline (saves are accepted until then). */
  graceLeft(): number | null {
    if (!this.clock) return null;
    return this.clock.deadline + this.clock.graceSeconds * 1000 - this.now();
  }

  untilStart(): number | null {
    if (!this.clock) return null;
    return this.clock.startsAt - this.now();
  }
}

/** 01:02:03 / 12:34 for a duration in milliseconds (rounded up to the second, never negative). */
export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return h ? `${h}:${two(m)}:${two(sec)}` : `${two(m)}:${two(sec)}`;
}
