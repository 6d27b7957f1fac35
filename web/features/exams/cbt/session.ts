import type { ExamCandidate, ExamClock, ExamPaperPlain, ExamSubmitResponse } from '../../../../shared/exams.js';
import { cbtApi, ExamApiError, type ExamPaperBlob, type Timed } from '../api.cbt.js';
import { ServerClock } from './clock.js';
import { idbDelete, idbGet, idbSet } from './idb.js';
import { decryptPaper, randomId } from './paper.js';
import { AnswerQueue, emptyQueueState, type QueueEntry, type QueueState } from './queue.js';
import { SignalLog } from './signals.js';
import { runClockStream } from './stream.js';

/**
 * One candidate's computer-based exam in the browser (R-EXAM-02): sign-in, the preloaded form, the unlock, the
 * answer queue, the server clock (stream, else polling every 5 s), signals, the idempotent submission and the
 * resume after a reload or on another device. The screens read `snapshot` and call the actions; nothing here is
 * React, so the one place that decides what happens is this file.
 */

export type Phase = 'boot' | 'login' | 'waiting' | 'exam' | 'receipt' | 'released';

export interface Snapshot {
  phase: Phase;
  candidate: ExamCandidate | null;
  paper: ExamPaperPlain | null;
  preloaded: boolean;
  answers: Record<number, QueueEntry>;
  marked: Record<number, true>;
  offline: boolean;
  offlineSince: number | null;
  /** The server no longer takes answers (after the deadline and its grace, or submitted). */
  closed: string | null;
  receipt: ExamSubmitResponse | null;
  submitting: boolean;
  starting: boolean;
  /** A message for the candidate about the last action (login refused, start refused, submit refused). */
  error: string | null;
  clock: ExamClock | null;
}

interface StoredSession {
  token: string;
  candidate: ExamCandidate;
}
interface StoredSubmit {
  clientKey: string;
  receipt: ExamSubmitResponse | null;
}

const DEVICE_KEY = 'skillcert.exam.deviceId';
const POLL_MS = 5000;

/** The id this computer signs in with (one attempt is bound to one device at a time). */
export function deviceId(): string {
  let id = localStorage.getItem(DEVICE_KEY);
  if (!id) {
    id = randomId(16);
    localStorage.setItem(DEVICE_KEY, id);
  }
  return id;
}

const clockOf = (data: unknown): ExamClock => {
  const d = data as { clock?: ExamClock };
  return d.clock ?? (data as ExamClock);
};

export class ExamSession {
  snapshot: Snapshot = {
    phase: 'boot',
    candidate: null,
    paper: null,
    preloaded: false,
    answers: {},
    marked: {},
    offline: false,
    offlineSince: null,
    closed: null,
    receipt: null,
    submitting: false,
    starting: false,
    error: null,
    clock: null,
  };
  readonly clock = new ServerClock();
  private listeners = new Set<() => void>();
  private token: string | null = null;
  private queue: AnswerQueue | null = null;
  private signals: SignalLog | null = null;
  private stops: (() => void)[] = [];
  private streamOn = false;
  private lastPoll = 0;
  private submitting: Promise<void> | null = null;

  subscribe = (fn: () => void) => {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  };
  getSnapshot = () => this.snapshot;

  private set(patch: Partial<Snapshot>) {
    this.snapshot = { ...this.snapshot, ...patch };
    for (const fn of this.listeners) fn();
  }

  private get attemptId() {
    return this.snapshot.candidate!.attemptId;
  }

  // ── sign-in and entry ───────────────────────────────────────────────────────────────────────────────────────

  async boot() {
    const s = await idbGet<StoredSession>('session');
    if (!s) return this.set({ phase: 'login' });
    this.token = s.token;
    this.set({ candidate: s.candidate });
    await this.enter(null);
  }

  async login(form: { ticketNumber: string; idNumber: string; roomCode: string }) {
    this.set({ error: null });
    try {
      const res = await cbtApi.login({ ...form, deviceId: deviceId() });
      const { token, candidate, clock } = res.data;
      this.token = token;
      this.clock.sample(clock, res.sentAt, res.receivedAt);
      await idbSet('session', { token, candidate } satisfies StoredSession);
      this.set({ candidate, clock: this.clock.clock });
      await this.enter(res);
    } catch (e) {
      this.set({ error: loginMessage(e) });
    }
  }

  /** After a sign-in or a reload: the server's answers merged with the local queue, then the right screen. */
  private async enter(login: Timed<unknown> | null) {
    const id = this.attemptId;
    const state = (await idbGet<QueueState>(`queue:${id}`)) ?? emptyQueueState();
    const marks = (await idbGet<number[]>(`marks:${id}`)) ?? [];
    this.queue?.dispose();
    this.queue = new AnswerQueue(state, {
      persist: (st) => idbSet(`queue:${id}`, st),
      send: async (answers) => {
        const r = await cbtApi.save(this.token!, { answers });
        this.clock.sample(r.data.clock, r.sentAt, r.receivedAt);
        return r.data;
      },
      classify: (e) => {
        if (e instanceof ExamApiError && e.status === 401) return { kind: 'stop', error: e };
        // 409: the attempt no longer takes answers — unless the clock says it still should (then try again).
        if (e instanceof ExamApiError && e.status === 409) {
          const c = this.clock.clock;
          const open = c && c.state === 'started' && (this.clock.graceLeft() ?? 0) > 0;
          if (!open) return { kind: 'stop', error: e };
        }
        return { kind: 'retry', offline: e instanceof ExamApiError && e.offline, error: e };
      },
      changed: () => this.queueChanged(),
    });
    this.set({ marked: Object.fromEntries(marks.map((n) => [n, true as const])), answers: { ...state.answers } });

    let receipt: string | null = null;
    try {
      const r = await cbtApi.resume(this.token!);
      this.clock.sample(r.data.clock, r.sentAt, r.receivedAt);
      this.queue.merge(r.data.answers, r.data.ackSeq);
      await idbSet(`queue:${id}`, this.queue.state);
      receipt = r.data.receipt;
    } catch (e) {
      if (this.releasedBy(e)) return;
      // Offline at a reload: go on with what this computer holds.
      if (!login && !(e instanceof ExamApiError && e.offline)) return this.fail(e);
    }
    this.set({ clock: this.clock.clock });
    this.startClockSync();
    await this.preload();
    const st = this.clock.clock?.state;
    if (receipt || st === 'submitted') return this.fetchSubmission();
    if (st === 'started') return this.unlock();
    this.set({ phase: 'waiting' });
  }

  private async preload() {
    const id = this.attemptId;
    if (await idbGet<ExamPaperBlob>(`paper:${id}`)) return this.set({ preloaded: true });
    for (let i = 0; i < 5; i++) {
      try {
        const r = await cbtApi.paper(this.token!);
        await idbSet(`paper:${id}`, r.data);
        return this.set({ preloaded: true });
      } catch (e) {
        if (this.releasedBy(e)) return;
        if (!(e instanceof ExamApiError && e.transient)) return;
        await new Promise((r) => setTimeout(r, 1000 * (i + 1)));
      }
    }
  }

  /** 开始答题: the key from the server (or this computer, after a reload), the form decrypted, the exam screen. */
  async start() {
    // Full screen needs the click's user activation: asked before anything is awaited.
    void document.documentElement.requestFullscreen?.().catch(() => undefined);
    await this.unlock();
  }

  private async unlock() {
    const id = this.attemptId;
    this.set({ starting: true, error: null });
    try {
      let key = await idbGet<string>(`key:${id}`);
      if (!key) {
        const r = await cbtApi.start(this.token!);
        this.clock.sample(r.data.clock, r.sentAt, r.receivedAt);
        key = r.data.key;
        await idbSet(`key:${id}`, key);
      }
      let blob = await idbGet<ExamPaperBlob>(`paper:${id}`);
      if (!blob) {
        await this.preload();
        blob = await idbGet<ExamPaperBlob>(`paper:${id}`);
      }
      if (!blob) throw new ExamApiError(0, 'NETWORK', '试卷尚未下载完成，请检查网络后重试');
      const paper = withImageToken(decryptPaper(blob.blob, key), this.token!);
      this.set({ paper, phase: 'exam', starting: false, clock: this.clock.clock });
      this.attachSignals();
      this.queue!.kick();
    } catch (e) {
      if (this.releasedBy(e)) return;
      this.set({
        starting: false,
        error: startMessage(e),
        ...(this.snapshot.phase === 'boot' ? { phase: 'waiting' } : {}),
      });
    }
  }

  // ── answering ───────────────────────────────────────────────────────────────────────────────────────────────

  answer(itemNo: number, value: string) {
    if (!this.queue || this.snapshot.closed || this.snapshot.phase !== 'exam') return;
    void this.queue.set(itemNo, value);
  }

  toggleMark(itemNo: number) {
    const marked = { ...this.snapshot.marked };
    if (marked[itemNo]) delete marked[itemNo];
    else marked[itemNo] = true;
    this.set({ marked });
    void idbSet(`marks:${this.attemptId}`, Object.keys(marked).map(Number));
  }

  /** The network came back: send at once. */
  reconnected() {
    this.queue?.kick();
    if (this.queue) this.queueChanged();
    void this.pollClock(true);
  }

  private queueChanged() {
    const q = this.queue!;
    const stop = q.stoppedBy;
    if (stop && this.releasedBy(stop)) return;
    const offline = q.offlineSince !== null || (typeof navigator !== 'undefined' && !navigator.onLine);
    this.set({
      answers: { ...q.state.answers },
      offline,
      offlineSince: q.offlineSince,
      closed: stop ? closedMessage(stop) : this.snapshot.closed,
    });
    if (stop) void this.pollClock(true);
  }

  // ── the clock ───────────────────────────────────────────────────────────────────────────────────────────────

  private startClockSync() {
    this.stopAll();
    const stopStream = runClockStream(this.token!, {
      clock: (c) => this.clockArrived(c, null),
      released: () => this.toReleased(),
      connected: (on) => (this.streamOn = on),
    });
    const timer = setInterval(() => void this.pollClock(false), 1000);
    const onOnline = () => this.reconnected();
    const onOffline = () => this.set({ offline: true });
    window.addEventListener('online', onOnline);
    window.addEventListener('offline', onOffline);
    this.stops.push(
      stopStream,
      () => clearInterval(timer),
      () => {
        window.removeEventListener('online', onOnline);
        window.removeEventListener('offline', onOffline);
      },
    );
  }

  /** Every 5 s without the stream (every 30 s with it); at once when something needs the server's word. */
  private async pollClock(now: boolean) {
    const due = this.streamOn ? 30_000 : POLL_MS;
    // Around the deadline the server's auto-submission is awaited.
    const ending = (this.clock.graceLeft() ?? 1) < 0 && this.snapshot.phase === 'exam';
    if (!now && !ending && Date.now() - this.lastPoll < due) return;
    if (!now && ending && Date.now() - this.lastPoll < 2000) return;
    if (!this.token) return;
    this.lastPoll = Date.now();
    try {
      const r = await cbtApi.clock(this.token);
      this.clockArrived(clockOf(r.data), r);
    } catch (e) {
      this.releasedBy(e);
    }
  }

  private clockArrived(c: ExamClock, timed: Timed<unknown> | null) {
    if (timed) this.clock.sample(c, timed.sentAt, timed.receivedAt);
    else this.clock.accept(c);
    this.set({ clock: this.clock.clock });
    const st = this.clock.clock?.state;
    if (st === 'submitted' && (this.snapshot.phase === 'exam' || this.snapshot.phase === 'waiting'))
      void this.fetchSubmission();
  }

  // ── submission ──────────────────────────────────────────────────────────────────────────────────────────────

  /** 交卷: one submission however often it is clicked or retried (the client key is kept in IndexedDB first). */
  submit(): Promise<void> {
    this.submitting ??= this.doSubmit().finally(() => (this.submitting = null));
    return this.submitting;
  }

  private async doSubmit() {
    const id = this.attemptId;
    const stored = (await idbGet<StoredSubmit>(`submit:${id}`)) ?? { clientKey: randomId(16), receipt: null };
    if (stored.receipt) return this.set({ receipt: stored.receipt, phase: 'receipt' });
    await idbSet(`submit:${id}`, stored);
    this.set({ submitting: true, error: null });
    for (let attempt = 0; ; attempt++) {
      const pending = this.queue?.pending() ?? [];
      try {
        const r = await cbtApi.submit(this.token!, {
          clientKey: stored.clientKey,
          ...(pending.length ? { answers: pending } : {}),
        });
        if (pending.length) this.queue!.acknowledge(pending, Math.max(...pending.map((p) => p.seq)));
        await idbSet(`submit:${id}`, { ...stored, receipt: r.data } satisfies StoredSubmit);
        if (this.queue) await idbSet(`queue:${id}`, this.queue.state);
        this.finish(r.data);
        return;
      } catch (e) {
        if (this.releasedBy(e)) return;
        if (!(e instanceof ExamApiError && e.transient)) {
          this.set({ submitting: false, error: e instanceof Error ? e.message : '交卷失败，请举手联系监考员' });
          return;
        }
        this.set({ offline: e.offline, error: '网络不稳定，正在重试交卷，请不要关闭页面' });
        await new Promise((r) => setTimeout(r, Math.min(5000, 500 * 2 ** attempt)));
      }
    }
  }

  /** The server submitted (the deadline passed, or a proctor collected): the same call returns that submission. */
  private async fetchSubmission() {
    if (this.submitting || this.snapshot.phase === 'receipt') return;
    await this.submit();
  }

  private finish(receipt: ExamSubmitResponse) {
    this.queue?.dispose();
    this.stopAll();
    this.set({ receipt, phase: 'receipt', submitting: false, error: null, answers: { ...this.queue?.state.answers } });
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  }

  // ── released, errors, teardown ──────────────────────────────────────────────────────────────────────────────

  /** A 401 means the token is no longer valid: the proctor released the seat or it was signed in elsewhere. */
  private releasedBy(e: unknown): boolean {
    if (!(e instanceof ExamApiError) || e.status !== 401) return false;
    this.toReleased();
    return true;
  }

  private toReleased() {
    if (this.snapshot.phase === 'released' || this.snapshot.phase === 'receipt') return;
    this.queue?.dispose();
    this.stopAll();
    this.token = null;
    void idbDelete('session');
    this.set({ phase: 'released', submitting: false, starting: false });
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  }

  /** Back to the sign-in (after a release, on this or another computer). */
  backToLogin() {
    this.set({ phase: 'login', error: null, paper: null, receipt: null, closed: null, candidate: null, answers: {} });
  }

  private fail(e: unknown) {
    this.set({ phase: 'login', error: e instanceof Error ? e.message : '无法进入考试，请举手联系监考员' });
  }

  private attachSignals() {
    if (this.signals) return;
    this.signals = new SignalLog((body) => cbtApi.events(this.token!, body));
    this.stops.push(this.signals.attach());
  }

  private stopAll() {
    for (const s of this.stops.splice(0)) s();
    this.signals = null;
    this.streamOn = false;
  }

  dispose() {
    this.queue?.dispose();
    this.stopAll();
  }
}

function loginMessage(e: unknown): string {
  if (!(e instanceof ExamApiError)) return '登录失败，请重试';
  if (e.offline) return '无法连接考试服务器，请检查网络或举手联系监考员';
  if (e.status === 401 || e.status === 404) return e.message || '准考证号、身份证号或考场码不正确';
  return e.message;
}

/** An <img> cannot send the token header: item images take it as `?token=` (the server allows both). */
function withImageToken(paper: ExamPaperPlain, token: string): ExamPaperPlain {
  const sign = (u: string) =>
    u.includes('/exam/images/') ? `${u}${u.includes('?') ? '&' : '?'}token=${encodeURIComponent(token)}` : u;
  return {
    ...paper,
    items: paper.items.map((it) => ({
      ...it,
      stemImageUrls: (it.stemImageUrls ?? []).map(sign),
      options: it.options.map((o) => ({ ...o, imageUrl: o.imageUrl ? sign(o.imageUrl) : null })),
    })),
  };
}

function startMessage(e: unknown): string {
  if (!(e instanceof ExamApiError)) return '试卷无法打开，请举手联系监考员';
  if (e.offline) return '网络已断开，无法开始答题，请稍后重试';
  return e.message;
}

function closedMessage(e: unknown): string {
  const m = e instanceof Error ? e.message : '';
  return m ? `服务器已停止接收答案：${m}` : '考试时间已到，服务器已停止接收答案';
}
