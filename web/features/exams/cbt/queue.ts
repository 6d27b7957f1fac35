/**
 * The answer queue of one attempt (R-EXAM-02: every answer saved). It holds the latest value of every item with a
 * rising sequence number, persisted before anything is sent; one request is in flight at a time and carries every
 * pending item; an acknowledgement marks exactly the entries it covers (a later change of the same item has a higher
 * sequence and stays pending, a change of another item is never dropped). "已保存" is shown only for acknowledged
 * entries. Failures retry with a backoff of at most 5 s; there is no cut-off near the end: the server decides.
 * Pure of the browser (the store, the sender and the timers are given), so it can be driven from a test.
 */

export interface QueueEntry {
  value: string;
  seq: number;
  acked: boolean;
}

export interface QueueState {
  /** The sequence the next change gets. */
  nextSeq: number;
  /** The highest sequence the server acknowledged. */
  ackSeq: number;
  answers: Record<number, QueueEntry>;
}

export interface SentAnswer {
  itemNo: number;
  value: string;
  seq: number;
}

/** How a failed send is treated: try again later, or stop (the seat released, the attempt closed). */
export type SendFailure = { kind: 'retry'; offline: boolean; error: unknown } | { kind: 'stop'; error: unknown };

export interface QueueDeps {
  persist(state: QueueState): Promise<void>;
  send(answers: SentAnswer[]): Promise<{ ackSeq: number }>;
  classify(error: unknown): SendFailure;
  /** Something the screen shows changed (an entry, offline, stopped). */
  changed(): void;
  /** The delay before a new change is sent (coalesces a burst of clicks into one request). */
  coalesceMs?: number;
}

export const MAX_BACKOFF_MS = 5000;

export const emptyQueueState = (): QueueState => ({ nextSeq: 1, ackSeq: 0, answers: {} });

export class AnswerQueue {
  state: QueueState;
  /** Set while the last send failed for want of a connection; cleared by the next acknowledgement. */
  offlineSince: number | null = null;
  /** The failure that stopped the queue (released seat, closed attempt), if any. */
  stoppedBy: unknown = null;
  lastError: unknown = null;
  private inFlight = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private failures = 0;
  private disposed = false;

  constructor(
    state: QueueState,
    private readonly deps: QueueDeps,
  ) {
    this.state = state;
  }

  /** Records a change: local at once (persisted before the send is scheduled), sent within a second. */
  async set(itemNo: number, value: string): Promise<void> {
    const seq = this.state.nextSeq++;
    this.state.answers[itemNo] = { value, seq, acked: false };
    this.deps.changed();
    await this.deps.persist(this.state);
    this.schedule(this.deps.coalesceMs ?? 150);
  }

  pending(): SentAnswer[] {
    return Object.entries(this.state.answers)
      .filter(([, e]) => !e.acked)
      .map(([itemNo, e]) => ({ itemNo: Number(itemNo), value: e.value, seq: e.seq }))
      .sort((a, b) => a.seq - b.seq);
  }

  get busy() {
    return this.inFlight;
  }

  /** Sends now (a reconnect, a retry button), forgetting the backoff. */
  kick() {
    this.failures = 0;
    if (!this.pending().length) this.offlineSince = null;
    this.schedule(0);
  }

  schedule(ms: number) {
    if (this.disposed || this.stoppedBy) return;
    if (this.timer) {
      // An earlier timer wins unless this one is sooner.
      if (ms > 0) return;
      clearTimeout(this.timer);
    }
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, ms);
  }

  async flush(): Promise<void> {
    if (this.inFlight || this.disposed || this.stoppedBy) return;
    const batch = this.pending();
    if (!batch.length) return;
    this.inFlight = true;
    try {
      const { ackSeq } = await this.deps.send(batch);
      this.acknowledge(batch, ackSeq);
      this.failures = 0;
      this.offlineSince = null;
      this.lastError = null;
      await this.deps.persist(this.state);
    } catch (error) {
      const f = this.deps.classify(error);
      this.lastError = error;
      if (f.kind === 'stop') this.stoppedBy = f.error;
      else {
        if (f.offline) this.offlineSince ??= Date.now();
        this.failures++;
      }
    } finally {
      this.inFlight = false;
      this.deps.changed();
    }
    if (this.pending().length) this.schedule(this.failures ? Math.min(MAX_BACKOFF_MS, 250 * 2 ** this.failures) : 0);
  }

  /** Marks the entries of `batch` with `seq ≤ ackSeq` saved, if the item was not changed again since. */
  acknowledge(batch: SentAnswer[], ackSeq: number) {
    for (const sent of batch) {
      if (sent.seq > ackSeq) continue;
      const cur = this.state.answers[sent.itemNo];
      if (cur && cur.seq === sent.seq) cur.acked = true;
    }
    this.state.ackSeq = Math.max(this.state.ackSeq, ackSeq);
  }

  /**
   * Merges the server's answers (a resume, another device): per item the higher sequence wins; the next local
   * sequence starts above everything the server has acknowledged.
   */
  merge(server: SentAnswer[], ackSeq: number) {
    let top = ackSeq;
    for (const s of server) {
      top = Math.max(top, s.seq);
      const local = this.state.answers[s.itemNo];
      if (!local || local.seq <= s.seq) this.state.answers[s.itemNo] = { value: s.value, seq: s.seq, acked: true };
    }
    this.state.ackSeq = Math.max(this.state.ackSeq, ackSeq);
    this.state.nextSeq = Math.max(this.state.nextSeq, top + 1);
    this.deps.changed();
  }

  dispose() {
    this.disposed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
