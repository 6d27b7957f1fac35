// The computer-based exam's hot-path queries (R-EXAM-02), shared by the candidate API, the auto-submit loop and the
// proctor's collection: the clock of an attempt, the single-statement save, the submission with its receipt.
import { createHash } from 'node:crypto';
import { sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import type { ExamClock, ExamSettings, SubmitKind } from '../../../shared/exams.js';
import { readExamSettings } from './settings.store.js';

/** The rows of a raw statement (node-postgres and PGlite both answer `{ rows }`). */
export const rowsOf = <T>(res: unknown): T[] => (res as { rows: T[] }).rows;

/** SHA-256 (hex) of a device token: what `exam_attempts.token_hash` stores. */
export const tokenHash = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

/** The exam-day settings (settings.store.ts keeps them a few seconds: the hot path reads them on every save). */
export const cbtSettings = (db: DbOrTx): Promise<ExamSettings> => readExamSettings(db);

const ms = (col: SQL) => sql`floor(extract(epoch from ${col}) * 1000)::float8`;

/**
 * The clock columns of an attempt `a` with its room session `r` and sitting `s` joined; `state` is the attempt's
 * state as the caller knows it (a statement that changes it in a CTE does not see its own change).
 */
export const clockColumnsWith = (
  state: SQL,
) => sql`${ms(sql`now()`)} as server_now, ${ms(sql`s.starts_at`)} as starts_at,
  ${ms(sql`r.opened_at`)} as opened_at_ms,
  ${ms(sql`a.deadline_at`)} as deadline, (r.paused_at is not null) as paused,
  (r.opened_at is not null or now() >= s.starts_at) as open, ${state} as state, r.clock_version as version`;

/** The clock columns of an attempt `a` with its room session `r` and sitting `s` joined. */
export const clockColumns = clockColumnsWith(sql`a.state`);

export interface ClockRow {
  server_now: number;
  starts_at: number;
  /** The proctor's 开考 for the room (null until then). */
  opened_at_ms: number | null;
  deadline: number;
  paused: boolean;
  open: boolean;
  state: ExamClock['state'];
  version: number;
}

export const clockOf = (r: ClockRow, graceSeconds: number): ExamClock => ({
  serverNow: Number(r.server_now),
  startsAt: Number(r.starts_at),
  deadline: Number(r.deadline),
  graceSeconds,
  paused: r.paused,
  open: r.open,
  state: r.state,
  version: Number(r.version),
});

/** Saves and submissions are accepted until deadline + grace by server time, or while the room is paused. */
export const acceptingSql = (grace: number) =>
  sql`(now() <= a.deadline_at + make_interval(secs => ${grace}) or r.paused_at is not null)`;

/** The receipt of attempt `attemptId` (a column or value): SHA-256 of `no=value` lines in item order. */
export const receiptSql = (attemptId: SQL) =>
  sql`(select encode(sha256(convert_to(coalesce(string_agg(e.item_no::text || '=' || e.value, E'\n' order by e.item_no), ''), 'UTF8')), 'hex')
        from exam_answers e where e.attempt_id = ${attemptId})`;

export interface AttemptRow extends ClockRow {
  id: string;
  sitting_id: string;
  room_session_id: string;
  room_id: string;
  item_count: number;
  last_seq: number;
  receipt: string | null;
  submitted_at: number | null;
  submit_kind: SubmitKind | null;
  deadline_passed: boolean;
}

/** The attempt of a token with its clock (one indexed query), or null (unknown or released token). */
export async function attemptOfToken(db: DbOrTx, hash: string, grace: number): Promise<AttemptRow | null> {
  const res = await db.execute(sql`
    select a.id, a.sitting_id, a.room_session_id, r.room_id, a.item_count, a.last_seq::float8 as last_seq, a.receipt,
           ${ms(sql`a.submitted_at`)} as submitted_at, a.submit_kind,
           not ${acceptingSql(grace)} as deadline_passed, ${clockColumns}
      from exam_attempts a
      join exam_room_sessions r on r.id = a.room_session_id
      join exam_sittings s on s.sitting_id = a.sitting_id
     where a.token_hash = ${hash}`);
  return rowsOf<AttemptRow>(res)[0] ?? null;
}

/** One answer of a save, deduplicated per item (the highest sequence of the request wins). */
export interface SaveAnswer {
  itemNo: number;
  value: string;
  seq: number;
}

export function dedupeAnswers(answers: readonly SaveAnswer[]): SaveAnswer[] {
  const best = new Map<number, SaveAnswer>();
  for (const a of answers) {
    const seen = best.get(a.itemNo);
    if (!seen || seen.seq < a.seq) best.set(a.itemNo, a);
  }
  return [...best.values()];
}

/**
 * R-EXAM-02: the save, ONE statement: the token's attempt must be started and accepting (deadline + grace, or the
 * room paused); each answer is upserted only over an older sequence (an older save never overwrites a newer one);
 * the attempt's `last_seq` rises. Returns the clock and the acknowledged sequence, or null when nothing was saved
 * (the caller diagnoses why).
 */
export async function saveAnswers(
  db: DbOrTx,
  q: { hash: string; answers: readonly SaveAnswer[]; grace: number },
): Promise<(ClockRow & { last_seq: number }) | null> {
  const answers = dedupeAnswers(q.answers);
  const maxSeq = answers.reduce((m, a) => Math.max(m, a.seq), 0);
  const json = JSON.stringify(answers.map((a) => ({ item_no: a.itemNo, value: a.value, seq: a.seq })));
  const res = await db.execute(sql`
    with a as (
      select a.id, a.item_count
        from exam_attempts a
        join exam_room_sessions r on r.id = a.room_session_id
       where a.token_hash = ${q.hash} and a.state = 'started' and ${acceptingSql(q.grace)}
    ), input as (
      select * from jsonb_to_recordset(${json}::jsonb) as t(item_no int, value text, seq bigint)
    ), up as (
      insert into exam_answers (attempt_id, item_no, value, seq, saved_at)
      select a.id, i.item_no, i.value, i.seq, now() from a join input i on i.item_no <= a.item_count
      on conflict (attempt_id, item_no) do update
         set value = excluded.value, seq = excluded.seq, saved_at = excluded.saved_at
       where exam_answers.seq < excluded.seq
      returning 1
    ), u as (
      update exam_attempts t
         set last_seq = greatest(t.last_seq, ${maxSeq}::bigint), last_save_at = now(), last_seen_at = now()
        from a where t.id = a.id
      returning t.id, t.last_seq, t.deadline_at, t.room_session_id, t.sitting_id, t.state
    )
    select a.last_seq::float8 as last_seq, ${clockColumns}
      from u as a
      join exam_room_sessions r on r.id = a.room_session_id
      join exam_sittings s on s.sitting_id = a.sitting_id`);
  return rowsOf<ClockRow & { last_seq: number }>(res)[0] ?? null;
}

export interface SubmissionRow {
  id: string;
  receipt: string;
  submitted_at: number;
  submit_kind: SubmitKind;
  answered: number;
  item_count: number;
}

export const submissionColumns = sql`a.id, a.receipt, ${ms(sql`a.submitted_at`)} as submitted_at, a.submit_kind,
  (select count(*)::int from exam_answers e where e.attempt_id = a.id and e.value <> '') as answered, a.item_count`;

/**
 * The state change of a submission (after any pending answers were saved): only a started attempt matching
 * `where` is submitted, with the receipt of its stored answers. Returns the submission, or null when it did not
 * apply (already submitted, not started, …).
 */
export async function submitAttempt(
  db: DbOrTx,
  q: { where: SQL; kind: SubmitKind; key: string | null },
): Promise<SubmissionRow | null> {
  const res = await db.execute(sql`
    update exam_attempts a
       set state = 'submitted', submitted_at = now(), submit_key = ${q.key}, submit_kind = ${q.kind},
           receipt = ${receiptSql(sql`a.id`)}
      from exam_room_sessions r
     where r.id = a.room_session_id and a.state = 'started' and ${q.where}
    returning ${submissionColumns}`);
  return rowsOf<SubmissionRow>(res)[0] ?? null;
}

/** The submission of an attempt already submitted, or null. */
export async function submissionOf(db: DbOrTx, attemptId: string): Promise<SubmissionRow | null> {
  const res = await db.execute(
    sql`select ${submissionColumns} from exam_attempts a where a.id = ${attemptId} and a.state = 'submitted'`,
  );
  return rowsOf<SubmissionRow>(res)[0] ?? null;
}

export const presentSubmission = (r: SubmissionRow) => ({
  receipt: r.receipt,
  submittedAt: Number(r.submitted_at),
  kind: r.submit_kind,
  answered: Number(r.answered),
  itemCount: Number(r.item_count),
});
