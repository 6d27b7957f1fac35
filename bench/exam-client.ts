/**
 * A simulated candidate of the computer-based exam (R-EXAM-02), for bench/exam-load.ts and bench/exam-crash.ts:
 * login → paper (preload) → start (unlock) → answer changes → final saves and submit, over keep-alive HTTP
 * connections (node:http, a bounded pool per server). It behaves like the real client where it matters: ONE queue
 * per attempt (at most one save in flight; changes made meanwhile wait and go in the next request, the latest change
 * of each item with its own sequence), retries on network errors and 5xx with the same data, an idempotent submit
 * (one client key, replayed). It records per phase latencies and errors, and every acknowledged (itemNo, seq,
 * value), so the end check can prove that nothing acknowledged was lost (`checkOutcome`).
 */
import http from 'node:http';
import { createDecipheriv, randomBytes } from 'node:crypto';
import type { ExamClock, ExamPaperPlain } from '../shared/exams.js';
import type { FixtureCandidate } from './exam-fixture.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Latencies (ms) and errors of one phase; `retried` counts network errors and 5xx that were retried. */
export class PhaseStats {
  readonly ms: number[] = [];
  errors = 0;
  retried = 0;
  readonly samples: string[] = [];
  constructor(readonly name: string) {}
  error(msg: string) {
    this.errors++;
    if (this.samples.length < 8) this.samples.push(msg);
  }
  quantile(p: number) {
    if (!this.ms.length) return NaN;
    const s = Float64Array.from(this.ms).sort();
    return s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)];
  }
  max() {
    return this.ms.reduce((m, x) => (x > m ? x : m), 0);
  }
}

export class Stats {
  private readonly phases = new Map<string, PhaseStats>();
  phase(name: string) {
    let p = this.phases.get(name);
    if (!p) this.phases.set(name, (p = new PhaseStats(name)));
    return p;
  }
  all() {
    return [...this.phases.values()];
  }
}

export interface HttpResult {
  status: number;
  body: unknown;
  ms: number;
}

/** A keep-alive HTTP client of one server (its address may change, e.g. after a restart on another port). */
export class ExamHttp {
  readonly agent: http.Agent;
  constructor(
    public base: string,
    opts: { maxSockets?: number } = {},
  ) {
    this.agent = new http.Agent({ keepAlive: true, maxSockets: opts.maxSockets ?? 256, keepAliveMsecs: 10_000 });
  }

  request(method: string, url: string, body?: unknown, headers: Record<string, string> = {}, timeoutMs = 30_000) {
    const t0 = performance.now();
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const u = new URL(url, this.base);
    return new Promise<HttpResult>((resolve, reject) => {
      const req = http.request(
        {
          host: u.hostname,
          port: u.port,
          path: u.pathname + u.search,
          method,
          agent: this.agent,
          headers: {
            ...headers,
            ...(payload === undefined
              ? {}
              : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }),
          },
          timeout: timeoutMs,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            let parsed: unknown = text;
            try {
              parsed = text ? JSON.parse(text) : null;
            } catch {
              /* not JSON */
            }
            resolve({ status: res.statusCode ?? 0, body: parsed, ms: performance.now() - t0 });
          });
          res.on('error', reject);
        },
      );
      req.on('timeout', () => req.destroy(new Error(`timeout after ${timeoutMs} ms`)));
      req.on('error', reject);
      if (payload !== undefined) req.write(payload);
      req.end();
    });
  }

  close() {
    this.agent.destroy();
  }
}

/** Why a request failed for good: an HTTP answer that is not 2xx (after retries of 5xx), or the deadline passed. */
export class ExamRequestError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    message: string,
  ) {
    super(message);
  }
}

export interface ClientOptions {
  /** Give up retrying a request after this long (ms); network errors and 5xx are retried until then. */
  retryForMs?: number;
  /** Pause between retries (ms). */
  retryPauseMs?: number;
}

/** An acknowledged answer: the server's ack covered this item's change `seq` with `value`. */
export interface AckedAnswer {
  seq: number;
  value: string;
}

/**
 * One simulated candidate. `http` is read at each request, so a caller may hand it another server (`useHttp`).
 * Latencies include retries (what the candidate waits for).
 */
export class SimCandidate {
  token: string | null = null;
  readonly deviceId = `bench-${randomBytes(8).toString('hex')}`;
  readonly clientKey = `submit-${randomBytes(8).toString('hex')}`;
  clock: ExamClock | null = null;
  /** serverNow − local now, from the last answer that carried the clock (ms). */
  offset = 0;
  seq = 0;
  paperBlob: string | null = null;
  paper: ExamPaperPlain | null = null;
  /** The latest acknowledged change of each item. */
  readonly acked = new Map<number, AckedAnswer>();
  /** Changes waiting for the next save, the latest per item. */
  private pending = new Map<number, AckedAnswer>();
  private flushing: Promise<void> | null = null;
  receipt: string | null = null;
  submitted = false;
  startedAt = 0;

  constructor(
    public http: ExamHttp,
    readonly c: FixtureCandidate,
    readonly stats: Stats,
    readonly opts: ClientOptions = {},
  ) {}

  useHttp(h: ExamHttp) {
    this.http = h;
  }

  serverNow() {
    return Date.now() + this.offset;
  }

  private noteClock(clock: ExamClock | undefined, sentAt: number) {
    if (!clock) return;
    this.clock = clock;
    this.offset = clock.serverNow - (sentAt + Date.now()) / 2;
  }

  /** Sends one request with retries; returns the 2xx result or throws ExamRequestError (recorded in `phase`). */
  private async call(phase: string, method: string, url: string, body?: unknown): Promise<HttpResult> {
    const p = this.stats.phase(phase);
    const t0 = performance.now();
    const until = t0 + (this.opts.retryForMs ?? 60_000);
    for (;;) {
      const sentAt = Date.now();
      let r: HttpResult | null = null;
      let netErr: Error | null = null;
      try {
        r = await this.http.request(method, url, body, this.token ? { 'x-exam-token': this.token } : {});
      } catch (err) {
        netErr = err as Error;
      }
      if (r && r.status >= 200 && r.status < 300) {
        p.ms.push(performance.now() - t0);
        this.noteClock((r.body as { clock?: ExamClock } | null)?.clock, sentAt);
        return r;
      }
      const retryable = netErr !== null || (r !== null && (r.status >= 500 || r.status === 429));
      const what = netErr ? netErr.message : `HTTP ${r!.status} ${JSON.stringify(r!.body).slice(0, 200)}`;
      if (!retryable || performance.now() > until) {
        p.error(`${method} ${url}: ${what}`);
        throw new ExamRequestError(r?.status ?? 0, r?.body ?? null, `${this.c.ticket} ${method} ${url}: ${what}`);
      }
      p.retried++;
      await sleep((this.opts.retryPauseMs ?? 250) * (0.5 + Math.random()));
    }
  }

  async login(phase = 'login') {
    const r = await this.call(phase, 'POST', '/api/v1/exam/login', {
      ticketNumber: this.c.ticket,
      idNumber: this.c.idNumber,
      roomCode: this.c.roomCode,
      deviceId: this.deviceId,
    });
    this.token = (r.body as { token: string }).token;
    return r.body;
  }

  /** The encrypted form (preload). */
  async preload(phase = 'paper') {
    const r = await this.call(phase, 'GET', '/api/v1/exam/paper');
    this.paperBlob = (r.body as { blob: string }).blob;
  }

  /** The unlock: the sitting's key, with which the preloaded form is decrypted. */
  async start(phase = 'start') {
    const r = await this.call(phase, 'POST', '/api/v1/exam/start', {});
    this.startedAt = Date.now();
    const key = (r.body as { key: string }).key;
    if (this.paperBlob) this.paper = decryptForm(key, this.paperBlob);
  }

  /** A change of one item's answer: queued at once, sent by `flush` (one save in flight per attempt). */
  change(itemNo: number, value: string) {
    this.pending.set(itemNo, { seq: ++this.seq, value });
  }

  /** A plausible answer to item `no` of the decrypted form (any item, any value when the form is unknown). */
  randomAnswer(no?: number): { itemNo: number; value: string } {
    const items = this.paper?.items;
    const item = items
      ? (items.find((i) => i.no === no) ?? items[Math.floor(Math.random() * items.length)])
      : { no: no ?? 1 + Math.floor(Math.random() * this.c.itemCount), type: 'single' as const, options: [] };
    const letters = item.options.length ? item.options.map((o) => o.key) : ['A', 'B', 'C', 'D'];
    if (item.type === 'truefalse') return { itemNo: item.no, value: Math.random() < 0.5 ? 'T' : 'F' };
    if (item.type === 'multiple') {
      const pick = letters.filter(() => Math.random() < 0.5);
      return { itemNo: item.no, value: (pick.length ? pick : [letters[0]]).join('') };
    }
    return { itemNo: item.no, value: letters[Math.floor(Math.random() * letters.length)] };
  }

  get pendingCount() {
    return this.pending.size;
  }

  /** Sends every queued change (and what is queued meanwhile) until the queue is empty. */
  flush(phase = 'save'): Promise<void> {
    if (!this.flushing)
      this.flushing = this.drain(phase).finally(() => {
        this.flushing = null;
      });
    return this.flushing;
  }

  private async drain(phase: string) {
    while (this.pending.size) {
      const batch = [...this.pending].map(([itemNo, a]) => ({ itemNo, value: a.value, seq: a.seq }));
      const r = await this.call(phase, 'POST', '/api/v1/exam/answers', { answers: batch });
      const ackSeq = (r.body as { ackSeq: number }).ackSeq;
      for (const a of batch) {
        if (a.seq > ackSeq) continue;
        const prev = this.acked.get(a.itemNo);
        if (!prev || prev.seq < a.seq) this.acked.set(a.itemNo, { seq: a.seq, value: a.value });
        if (this.pending.get(a.itemNo)?.seq === a.seq) this.pending.delete(a.itemNo);
      }
      if (batch.every((a) => a.seq > ackSeq))
        throw new Error(`${this.c.ticket}: save not acknowledged (ackSeq ${ackSeq})`);
    }
  }

  /** The submission: queued answers go with it; replays (same client key) on failure until a receipt comes. */
  async submit(phase = 'submit') {
    if (this.flushing) await this.flushing.catch(() => {});
    const answers = [...this.pending].map(([itemNo, a]) => ({ itemNo, value: a.value, seq: a.seq }));
    const r = await this.call(phase, 'POST', '/api/v1/exam/submit', {
      clientKey: this.clientKey,
      ...(answers.length ? { answers } : {}),
    });
    for (const a of answers) {
      const prev = this.acked.get(a.itemNo);
      if (!prev || prev.seq < a.seq) this.acked.set(a.itemNo, { seq: a.seq, value: a.value });
      this.pending.delete(a.itemNo);
    }
    this.receipt = (r.body as { receipt: string }).receipt;
    this.submitted = true;
    return r.body as { receipt: string; kind: string };
  }

  async resume(phase = 'resume') {
    const r = await this.call(phase, 'GET', '/api/v1/exam/resume');
    return r.body as {
      answers: { itemNo: number; value: string; seq: number }[];
      ackSeq: number;
      receipt: string | null;
    };
  }

  async getClock(phase = 'clock') {
    const r = await this.call(phase, 'GET', '/api/v1/exam/clock');
    return r.body as ExamClock;
  }
}

/** AES-256-GCM open of a paper blob: base64(iv(12) ‖ ciphertext ‖ tag(16)). */
export function decryptForm(keyB64: string, blobB64: string): ExamPaperPlain {
  const raw = Buffer.from(blobB64, 'base64');
  const d = createDecipheriv('aes-256-gcm', Buffer.from(keyB64, 'base64'), raw.subarray(0, 12));
  d.setAuthTag(raw.subarray(raw.length - 16));
  return JSON.parse(Buffer.concat([d.update(raw.subarray(12, raw.length - 16)), d.final()]).toString('utf8'));
}

/**
 * The end check against what the database holds (bench/exam-fixture.ts `readOutcome`): every acknowledged answer
 * is there (stored seq ≥ acked seq, an equal seq has the equal value), and every candidate has exactly one
 * submission (state submitted, a submission time, a receipt).
 */
export function checkOutcome(
  candidates: SimCandidate[],
  outcome: {
    stored: Map<string, Map<number, { value: string; seq: number }>>;
    attempts: {
      id: string;
      state: string;
      submitted_at: string | null;
      receipt: string | null;
      submit_kind: string | null;
    }[];
  },
) {
  let acked = 0;
  const lost: string[] = [];
  for (const c of candidates) {
    const stored = outcome.stored.get(c.c.attemptId);
    for (const [itemNo, a] of c.acked) {
      acked++;
      const s = stored?.get(itemNo);
      if (!s || s.seq < a.seq || (s.seq === a.seq && s.value !== a.value))
        lost.push(
          `${c.c.ticket} item ${itemNo}: acked seq ${a.seq} '${a.value}', stored ${s ? `seq ${s.seq} '${s.value}'` : 'nothing'}`,
        );
    }
  }
  const byId = new Map(outcome.attempts.map((a) => [a.id, a]));
  const notSubmitted: string[] = [];
  const receiptMismatch: string[] = [];
  const kinds = new Map<string, number>();
  for (const c of candidates) {
    const a = byId.get(c.c.attemptId);
    if (!a || a.state !== 'submitted' || !a.submitted_at || !a.receipt) {
      notSubmitted.push(`${c.c.ticket}: ${a ? `state ${a.state}` : 'no attempt'}`);
      continue;
    }
    kinds.set(a.submit_kind ?? '?', (kinds.get(a.submit_kind ?? '?') ?? 0) + 1);
    if (c.receipt && c.receipt !== a.receipt)
      receiptMismatch.push(`${c.c.ticket}: receipt ${c.receipt} ≠ stored ${a.receipt}`);
  }
  return { acked, lost, notSubmitted, receiptMismatch, kinds };
}
