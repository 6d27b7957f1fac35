// Group commit for the exam's hot writes (R-EXAM-02 under load). Every durable commit costs an fsync: on the embedded
// database that is one commit at a time (~80 a second on these disks), so 2,000 candidates saving every ten seconds
// and unlocking within ten seconds cannot each have their own. Requests that arrive while a commit is in flight wait
// and go together in the next one — as ONE statement over many tokens, so a batch is one round trip and one fsync.
// Each request still gets its own answer (its row, or null for the caller to diagnose). On PostgreSQL it cuts round
// trips and commits the same way.
import { sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.js';
import { recordAudit } from '../audit/audit.service.js';
import {
  acceptingSql,
  clockColumns,
  clockColumnsWith,
  dedupeAnswers,
  receiptSql,
  rowsOf,
  submissionColumns,
  type ClockRow,
  type SaveAnswer,
  type SubmissionRow,
} from './cbt.store.js';

/** How long an idle batcher waits for companions of its first request (ms). */
const COALESCE_MS = 1;

/** Runs queued requests in batches, one batch in flight per database handle. */
class Batcher<Req, Res> {
  private queue: { req: Req; resolve: (r: Res | null) => void; reject: (e: unknown) => void }[] = [];
  private running = false;
  constructor(
    private readonly run: (reqs: Req[]) => Promise<(Res | null)[]>,
    private readonly max: number,
  ) {}

  submit(req: Req): Promise<Res | null> {
    return new Promise((resolve, reject) => {
      this.queue.push({ req, resolve, reject });
      if (!this.running) {
        this.running = true;
        // An idle batcher waits a millisecond (a turn of the event loop) before its first batch, so that the requests read from
        // the sockets in the same turn join it. Without it, under load on the embedded database (which runs in
        // this thread and blocks it while it works) nearly every batch held one request: one fsync per save.
        setTimeout(() => void this.drain(), COALESCE_MS);
      }
    });
  }

  private async drain() {
    try {
      while (this.queue.length) {
        const batch = this.queue.splice(0, this.max);
        try {
          const out = await this.run(batch.map((b) => b.req));
          batch.forEach((b, i) => b.resolve(out[i]));
        } catch (e) {
          for (const b of batch) b.reject(e);
        }
      }
    } finally {
      this.running = false;
    }
  }
}

export interface SaveRequest {
  hash: string;
  answers: readonly SaveAnswer[];
  grace: number;
}
export type SavedRow = ClockRow & { last_seq: number };

/**
 * The saves of many tokens in one statement: for each token whose attempt is started and accepting, its answers are
 * upserted only over older sequences (an older save never overwrites a newer one, R-EXAM-02), its `last_seq` rises.
 * Answers of one token and item within the batch are reduced to the highest sequence first (one row may be changed
 * once per statement). Returns, per request, the attempt's row after the save, or null when nothing was saved.
 */
export async function saveMany(db: DbOrTx, reqs: readonly SaveRequest[]): Promise<(SavedRow | null)[]> {
  const grace = Math.max(...reqs.map((r) => r.grace));
  const input = reqs.flatMap((r) =>
    dedupeAnswers(r.answers).map((a) => ({ h: r.hash, item_no: a.itemNo, value: a.value, seq: a.seq })),
  );
  const res = await db.execute(sql`
    with input as (
      select distinct on (h, item_no) h, item_no, value, seq
        from jsonb_to_recordset(${JSON.stringify(input)}::jsonb) as t(h text, item_no int, value text, seq bigint)
       order by h, item_no, seq desc
    ), a as (
      select a.id, a.item_count, a.token_hash
        from exam_attempts a
        join exam_room_sessions r on r.id = a.room_session_id
       where a.token_hash in (select distinct h from input) and a.state = 'started' and ${acceptingSql(grace)}
    ), up as (
      insert into exam_answers (attempt_id, item_no, value, seq, saved_at)
      select a.id, i.item_no, i.value, i.seq, now() from a join input i on i.h = a.token_hash and i.item_no <= a.item_count
      on conflict (attempt_id, item_no) do update
         set value = excluded.value, seq = excluded.seq, saved_at = excluded.saved_at
       where exam_answers.seq < excluded.seq
      returning 1
    ), mx as (
      select h, max(seq) as m from input group by h
    ), u as (
      update exam_attempts t
         set last_seq = greatest(t.last_seq, mx.m), last_save_at = now(), last_seen_at = now()
        from a join mx on mx.h = a.token_hash
       where t.id = a.id
      returning t.token_hash, t.last_seq, t.deadline_at, t.room_session_id, t.sitting_id, t.state
    )
    select a.token_hash, a.last_seq::float8 as last_seq, ${clockColumns}
      from u as a
      join exam_room_sessions r on r.id = a.room_session_id
      join exam_sittings s on s.sitting_id = a.sitting_id`);
  const byHash = new Map(rowsOf<SavedRow & { token_hash: string }>(res).map((r) => [r.token_hash, r]));
  return reqs.map((r) => byHash.get(r.hash) ?? null);
}

export interface UnlockRequest {
  hash: string;
  grace: number;
}
export type UnlockedRow = ClockRow & { paper_key: string | null };

/**
 * The unlocks of many tokens in one statement (R-EXAM-02, the synchronized start): each token's attempt with its
 * sitting's paper key and its clock; a ready attempt whose room is open and whose time is not over becomes started
 * (its row then says `started`), others are left alone for the caller to diagnose. Null for an unknown token.
 */
export async function unlockMany(db: DbOrTx, reqs: readonly UnlockRequest[]): Promise<(UnlockedRow | null)[]> {
  const grace = Math.max(...reqs.map((r) => r.grace));
  // Token hashes are hex (cbt.store.ts tokenHash): safe inside an array literal.
  const hashes = `{${[...new Set(reqs.map((r) => r.hash))].filter((h) => /^[0-9a-f]{64}$/.test(h)).join(',')}}`;
  const res = await db.execute(sql`
    with cand as (
      select a.id
        from exam_attempts a
        join exam_room_sessions r on r.id = a.room_session_id
        join exam_sittings s on s.sitting_id = a.sitting_id
       where a.token_hash = any(${hashes}::text[]) and a.state = 'ready'
         and (r.opened_at is not null or now() >= s.starts_at) and ${acceptingSql(grace)}
    ), u as (
      update exam_attempts t set state = 'started', started_at = now(), last_seen_at = now()
        from cand where t.id = cand.id and t.state = 'ready'
      returning t.id
    )
    select a.token_hash, s.paper_key,
           ${clockColumnsWith(sql`(case when u.id is not null then 'started' else a.state end)`)}
      from exam_attempts a
      join exam_room_sessions r on r.id = a.room_session_id
      join exam_sittings s on s.sitting_id = a.sitting_id
      left join u on u.id = a.id
     where a.token_hash = any(${hashes}::text[])`);
  const byHash = new Map(rowsOf<UnlockedRow & { token_hash: string }>(res).map((r) => [r.token_hash, r]));
  return reqs.map((r) => byHash.get(r.hash) ?? null);
}

export interface SubmitRequest {
  hash: string;
  key: string;
  grace: number;
}

/**
 * The candidates' submissions of many tokens in one statement: each started, accepting attempt becomes submitted
 * with its client key and the receipt of its stored answers. A token twice in the batch (a double click) is
 * submitted once and both get that one submission; null where nothing applied (the caller decides why).
 */
export async function submitMany(db: DbOrTx, reqs: readonly SubmitRequest[]): Promise<(SubmissionRow | null)[]> {
  const grace = Math.max(...reqs.map((r) => r.grace));
  const input = JSON.stringify(reqs.map((r) => ({ h: r.hash, k: r.key })));
  const res = await db.execute(sql`
    update exam_attempts a
       set state = 'submitted', submitted_at = now(), submit_key = i.k, submit_kind = 'candidate',
           receipt = ${receiptSql(sql`a.id`)}
      from exam_room_sessions r,
           (select distinct on (h) h, k from jsonb_to_recordset(${input}::jsonb) as t(h text, k text) order by h, k) i
     where r.id = a.room_session_id and a.token_hash = i.h and a.state = 'started' and ${acceptingSql(grace)}
    returning a.token_hash, ${submissionColumns}`);
  const byHash = new Map(rowsOf<SubmissionRow & { token_hash: string }>(res).map((r) => [r.token_hash, r]));
  return reqs.map((r) => byHash.get(r.hash) ?? null);
}

const MAX_BATCH = 256;
const saveBatchers = new WeakMap<object, Batcher<SaveRequest, SavedRow>>();
const unlockBatchers = new WeakMap<object, Batcher<UnlockRequest, UnlockedRow>>();

/** A save through the database handle's group commit. */
export function batchedSave(db: DbOrTx, req: SaveRequest): Promise<SavedRow | null> {
  let b = saveBatchers.get(db);
  if (!b) saveBatchers.set(db, (b = new Batcher((reqs) => saveMany(db, reqs), MAX_BATCH)));
  return b.submit(req);
}

const submitBatchers = new WeakMap<object, Batcher<SubmitRequest, SubmissionRow>>();

/** A candidate's submission through the database handle's group commit. */
export function batchedSubmit(db: DbOrTx, req: SubmitRequest): Promise<SubmissionRow | null> {
  let b = submitBatchers.get(db);
  if (!b) submitBatchers.set(db, (b = new Batcher((reqs) => submitMany(db, reqs), MAX_BATCH)));
  return b.submit(req);
}

/** A candidate's exam login: the attempt bound to the device under a new token, and its audit entry. */
export interface BindRequest {
  attemptId: string;
  hash: string;
  deviceId: string;
  after: Record<string, unknown>;
}

/**
 * The logins of many candidates in ONE transaction (R-EXAM-02 under the login burst, R-AUD-01): each attempt is bound
 * to its device under the new token only when no other device holds it; a login event and an audit row are written
 * for each bound one. An audit row takes the trail's global lock until its transaction commits, and every commit is
 * an fsync: 5,000 logins each with their own would queue one behind another. An attempt twice in the batch (a
 * double click, two devices racing) is bound by its first request in the statement, the others after it one by one,
 * so the later device is refused as it would be alone. Null where the attempt is bound to another device.
 */
export async function bindMany(db: Db, reqs: readonly BindRequest[]): Promise<(true | null)[]> {
  return db.transaction(async (tx) => {
    const out: (true | null)[] = reqs.map(() => null);
    const bind = async (idx: readonly number[]) => {
      const input = JSON.stringify(idx.map((i) => ({ id: reqs[i].attemptId, h: reqs[i].hash, d: reqs[i].deviceId })));
      const res = await tx.execute(sql`
        with i as (
          select * from jsonb_to_recordset(${input}::jsonb) as t(id uuid, h text, d text)
        ), u as (
          update exam_attempts t
             set token_hash = i.h, device_id = i.d, bound_at = coalesce(t.bound_at, now()), last_seen_at = now()
            from i
           where t.id = i.id and (t.token_hash is null or t.device_id = i.d)
          returning t.id, i.h, i.d
        ), e as (
          insert into exam_events (attempt_id, kind, detail) select u.id, 'login', left(u.d, 64) from u
        )
        select h from u`);
      const bound = new Set(rowsOf<{ h: string }>(res).map((r) => r.h));
      for (const i of idx) if (bound.has(reqs[i].hash)) out[i] = true;
    };
    const first = new Map<string, number>();
    const later: number[] = [];
    reqs.forEach((r, i) => (first.has(r.attemptId) ? later.push(i) : first.set(r.attemptId, i)));
    await bind([...first.values()]);
    for (const i of later) await bind([i]);
    for (let i = 0; i < reqs.length; i++)
      if (out[i])
        await recordAudit(tx, null, {
          action: 'exam.login',
          entity: 'exam_attempt',
          entityId: reqs[i].attemptId,
          after: reqs[i].after,
        });
    return out;
  });
}

const bindBatchers = new WeakMap<object, Batcher<BindRequest, true>>();

/** A candidate's login through the database handle's group commit: true when bound, null when held elsewhere. */
export function batchedBind(db: Db, req: BindRequest): Promise<true | null> {
  let b = bindBatchers.get(db);
  if (!b) bindBatchers.set(db, (b = new Batcher((reqs) => bindMany(db, reqs), MAX_BATCH)));
  return b.submit(req);
}

/** An unlock through the database handle's group commit. */
export function batchedUnlock(db: DbOrTx, req: UnlockRequest): Promise<UnlockedRow | null> {
  let b = unlockBatchers.get(db);
  if (!b) unlockBatchers.set(db, (b = new Batcher((reqs) => unlockMany(db, reqs), MAX_BATCH)));
  return b.submit(req);
}
