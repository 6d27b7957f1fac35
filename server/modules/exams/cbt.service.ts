// The candidate's side of the computer-based exam (R-EXAM-01, R-EXAM-02): login with ticket, ID number and room code
// (no password hashing on the hot path), the encrypted paper, the unlock, saves, resume, the idempotent submission,
// client signals, the clock, item images. Designed for the worst minute: every call is one or two indexed queries.
import { randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.js';
import { examAnswers, examAttempts, examEvents } from '../../db/schema/index.js';
import { AppError } from '../../http/errors.js';
import type { PiiCipher } from '../../http/pii.js';
import { idTypes, normalizeIdNumber } from '../../../shared/idcard.js';
import type {
  ExamCandidate,
  ExamClock,
  ExamEventsBody,
  ExamLoginBody,
  ExamLoginResponse,
  ExamResumeResponse,
  ExamSaveResponse,
  ExamSubmitBody,
  ExamSubmitResponse,
} from '../../../shared/exams.js';
import { roomsWithSites } from '../arrangement/arrangement.reads.js';
import { candidatesByIds } from '../people/people.reads.js';
import { sittingsWithBatchTitles } from '../plans/plans.reads.js';
import { earliestFinish, ipAllowed, loginWindow } from './cbt.rules.js';
import { batchedBind, batchedSave, batchedSubmit, batchedUnlock } from './batch.store.js';
import {
  attemptOfToken,
  cbtSettings,
  clockColumns,
  clockOf,
  presentSubmission,
  rowsOf,
  submissionOf,
  submitAttempt,
  tokenHash,
  type AttemptRow,
  type ClockRow,
  type SaveAnswer,
} from './cbt.store.js';

const unknownToken = () => new AppError('UNAUTHENTICATED', '登录已失效（座位可能已被监考员释放），请重新登录');

/** The attempt of the request's token, refused (401) when unknown or released. */
export async function attemptOrThrow(db: DbOrTx, token: string | undefined): Promise<AttemptRow> {
  if (!token || token.length > 100) throw unknownToken();
  const s = await cbtSettings(db);
  const a = await attemptOfToken(db, tokenHash(token), s.graceSeconds);
  if (!a) throw unknownToken();
  return a;
}

interface LoginRow extends ClockRow {
  id: string;
  sitting_id: string;
  room_id: string;
  person_id: string;
  seat_no: number;
  ticket_number: string;
  item_count: number;
  token_hash: string | null;
  device_id: string | null;
  bound_at: Date | null;
  ends_at_ms: number;
  ip_ranges: string[];
  absent: boolean;
}

// Names of sittings and rooms rarely change on the day: kept per process for a minute.
const namesCache = new Map<
  string,
  { at: number; value: { sittingTitle: string; roomName: string; siteName: string } }
>();
async function namesOf(db: DbOrTx, sittingId: string, roomId: string) {
  const key = `${sittingId}/${roomId}`;
  const hit = namesCache.get(key);
  if (hit && Date.now() - hit.at < 60_000) return hit.value;
  const [[s], [r]] = await Promise.all([sittingsWithBatchTitles(db, [sittingId]), roomsWithSites(db, [roomId])]);
  const value = { sittingTitle: s?.batchTitle ?? '', roomName: r?.name ?? '', siteName: r?.siteName ?? '' };
  if (namesCache.size > 1000) namesCache.clear();
  namesCache.set(key, { at: Date.now(), value });
  return value;
}

/**
 * R-EXAM-01/02: ticket number + ID number + the room code, one indexed query (the ID number's lookup hash against
 * the attempt's copy). One device at a time: another device is refused until the proctor releases the seat; the
 * same device gets a fresh token (its old one stops working).
 */
export async function examLogin(
  db: Db,
  pii: PiiCipher,
  opts: { body: ExamLoginBody; ip: string },
): Promise<ExamLoginResponse> {
  const b = opts.body;
  const hashes = idTypes.map((t) => pii.lookupHash(t, normalizeIdNumber(t, b.idNumber)));
  const settings = await cbtSettings(db);
  const res = await db.execute(sql`
    select a.id, a.sitting_id, r.room_id, a.person_id, a.seat_no, a.ticket_number, a.item_count, a.token_hash,
           a.device_id, a.bound_at,
           (extract(epoch from s.ends_at) * 1000)::float8 as ends_at_ms, r.ip_ranges,
           exists (select 1 from exam_checkins c
                    where c.sitting_id = a.sitting_id and c.application_id = a.application_id
                      and c.status = 'absent') as absent,
           ${clockColumns}
      from exam_sittings s
      join exam_attempts a on a.sitting_id = s.sitting_id
      join exam_room_sessions r on r.id = a.room_session_id
     where s.mode = 'computer' and s.prepared_at is not null
       and s.starts_at between now() - interval '2 days' and now() + interval '2 days'
       and a.ticket_number = ${b.ticketNumber}
       and a.id_hash in (${sql.join(
         hashes.map((h) => sql`${h}`),
         sql`, `,
       )})
       and r.room_code = ${b.roomCode}
     order by abs(extract(epoch from s.starts_at - now()))
     limit 1`);
  const row = rowsOf<LoginRow>(res)[0];
  if (!row) throw new AppError('UNAUTHENTICATED', '准考证号、身份证号或考场码不正确');
  if (row.absent) throw new AppError('FORBIDDEN', '您已被记为缺考，不能参加本场考试（无权限登录）');
  if (!ipAllowed(opts.ip, row.ip_ranges ?? []))
    throw new AppError('FORBIDDEN', '当前网络地址不在本考场允许的范围内，无权限登录，请在考场内的考试机上登录');
  // R-EXAM-01: the first login only inside the entry window; a candidate already seated may log in again.
  if (!row.bound_at) {
    const w = loginWindow(
      Number(row.server_now),
      { startsAt: Number(row.starts_at), openedAt: row.opened_at_ms === null ? null : Number(row.opened_at_ms) },
      settings,
    );
    if (w === 'early')
      throw new AppError(
        'FORBIDDEN',
        `尚未到入场时间（开考前 ${settings.entryBeforeMinutes} 分钟起可登录），暂无权限登录`,
      );
    if (w === 'late')
      throw new AppError(
        'FORBIDDEN',
        `已超过开考后 ${settings.entryCloseAfterMinutes} 分钟，不得入场，按缺考处理（无权限登录）`,
      );
  }
  if (row.token_hash && row.device_id !== b.deviceId)
    throw new AppError('CONFLICT', '该答卷已在另一台设备上登录。如需更换设备，请举手请监考员释放座位后再登录', {
      reason: 'bound_elsewhere',
    });
  const token = randomBytes(32).toString('base64url');
  // Group commit: the bind, its login event and its audit row share one transaction with the logins of the moment
  // (batch.store.ts); the login answers after they are durable.
  const bound = await batchedBind(db, {
    attemptId: row.id,
    hash: tokenHash(token),
    deviceId: b.deviceId,
    after: { ticketNumber: row.ticket_number, deviceId: b.deviceId, ip: opts.ip },
  });
  if (!bound)
    throw new AppError('CONFLICT', '该答卷已在另一台设备上登录。如需更换设备，请举手请监考员释放座位后再登录', {
      reason: 'bound_elsewhere',
    });
  const [[person], names] = await Promise.all([
    candidatesByIds(db, [row.person_id]),
    namesOf(db, row.sitting_id, row.room_id),
  ]);
  const clock = clockOf(row, settings.graceSeconds);
  const startsAt = Number(row.starts_at);
  const candidate: ExamCandidate = {
    attemptId: row.id,
    name: person?.name ?? '',
    idMasked: person?.idMasked ?? '',
    photoUrl: null,
    ticketNumber: row.ticket_number,
    seatNo: row.seat_no,
    roomName: names.roomName,
    siteName: names.siteName,
    sittingTitle: names.sittingTitle,
    itemCount: row.item_count,
    durationMinutes: Math.round((Number(row.ends_at_ms) - startsAt) / 60_000),
    offlineMinutes: settings.offlineMinutes,
    earlyFinishAt: settings.earlyFinishAllowed
      ? earliestFinish(
          { startsAt, openedAt: row.opened_at_ms === null ? null : Number(row.opened_at_ms), deadline: clock.deadline },
          settings,
        )
      : null,
  };
  return { token, candidate, clock };
}

/** The encrypted form (preload: any time after the login; the key comes with the unlock). */
export async function examPaper(db: DbOrTx, opts: { token: string | undefined }) {
  if (!opts.token || opts.token.length > 100) throw unknownToken();
  // One indexed read (the preload of thousands): the token's own row, no clock needed.
  const [p] = await db
    .select({ paperId: examAttempts.paperId, itemCount: examAttempts.itemCount, blob: examAttempts.paperBlob })
    .from(examAttempts)
    .where(eq(examAttempts.tokenHash, tokenHash(opts.token)));
  if (!p) throw unknownToken();
  return p;
}

/** The clock of the token's attempt (and a sign of life: the console shows the candidate online). */
export async function examClock(db: DbOrTx, opts: { token: string | undefined }): Promise<ExamClock> {
  const a = await attemptOrThrow(db, opts.token);
  await db.update(examAttempts).set({ lastSeenAt: new Date() }).where(eq(examAttempts.id, a.id));
  return clockOf(a, (await cbtSettings(db)).graceSeconds);
}

/**
 * R-EXAM-02: the unlock. Allowed once the room is open (the proctor's 开考 or the sitting's start); the first unlock
 * starts the attempt. A started or submitted attempt gets the key again (a resume on another device). One statement
 * shared by the unlocks arriving together (batch.store.ts): the synchronized start is one round trip per batch.
 */
export async function examStart(db: Db, opts: { token: string | undefined }) {
  if (!opts.token || opts.token.length > 100) throw unknownToken();
  const grace = (await cbtSettings(db)).graceSeconds;
  const row = await batchedUnlock(db, { hash: tokenHash(opts.token), grace });
  if (!row) throw unknownToken();
  if (!row.open) throw new AppError('CONFLICT', '考试尚未开始，请等待监考员开考', { reason: 'not_open' });
  // Still ready in an open room: its time is over (the unlock starts only an attempt that is accepting).
  if (row.state === 'ready') throw new AppError('CONFLICT', '考试时间已结束', { reason: 'closed' });
  if (!row.paper_key) throw new AppError('CONFLICT', '试卷尚未准备好，请联系监考员', { reason: 'not_prepared' });
  return { key: row.paper_key, clock: clockOf(row, grace) };
}

/** Why a save or a submission found nothing to do: the matching refusal, with the clock in its details. */
async function refusal(db: DbOrTx, token: string | undefined): Promise<AppError> {
  const a = await attemptOrThrow(db, token);
  const clock = clockOf(a, (await cbtSettings(db)).graceSeconds);
  if (a.state === 'ready')
    return new AppError('CONFLICT', '考试尚未开始，答案未保存', { reason: 'not_started', clock });
  if (a.state === 'submitted')
    return new AppError('CONFLICT', '已交卷，不能再修改答案', { reason: 'submitted', clock, receipt: a.receipt });
  return new AppError('CONFLICT', '考试时间已到，答案未能保存', { reason: 'closed', clock });
}

/**
 * R-EXAM-02: a save, one statement (see `saveAnswers`): acknowledged by the attempt's sequence. No audit row per
 * save: the answers with their sequence are the record.
 */
export async function examSave(
  db: DbOrTx,
  opts: { token: string | undefined; answers: SaveAnswer[] },
): Promise<ExamSaveResponse> {
  if (!opts.token || opts.token.length > 100) throw unknownToken();
  const grace = (await cbtSettings(db)).graceSeconds;
  // Group commit: saves arriving together share one statement and one fsync (batch.store.ts).
  const row = await batchedSave(db, { hash: tokenHash(opts.token), answers: opts.answers, grace });
  if (!row) throw await refusal(db, opts.token);
  return { ackSeq: Number(row.last_seq), clock: clockOf(row, grace) };
}

/** R-EXAM-02: resume after a crash or on another device: every acknowledged answer, the sequence, the clock. */
export async function examResume(db: DbOrTx, opts: { token: string | undefined }): Promise<ExamResumeResponse> {
  const a = await attemptOrThrow(db, opts.token);
  const answers = await db
    .select({ itemNo: examAnswers.itemNo, value: examAnswers.value, seq: examAnswers.seq })
    .from(examAnswers)
    .where(eq(examAnswers.attemptId, a.id))
    .orderBy(examAnswers.itemNo);
  await db.update(examAttempts).set({ lastSeenAt: new Date() }).where(eq(examAttempts.id, a.id));
  return {
    answers: answers.map((x) => ({ itemNo: x.itemNo, value: x.value, seq: Number(x.seq) })),
    ackSeq: Number(a.last_seq),
    clock: clockOf(a, (await cbtSettings(db)).graceSeconds),
    receipt: a.receipt,
  };
}

/**
 * R-EXAM-02: the submission, idempotent: pending answers first, then the state change with the client's key; any
 * replay (any key) returns the one submission. R-EXAM-01: refused before the end unless the settings allow an early
 * finish. An attempt whose time is over is submitted by the server (kind `auto`), as the sweep would.
 */
export async function examSubmit(
  db: DbOrTx,
  opts: { token: string | undefined; body: ExamSubmitBody },
): Promise<ExamSubmitResponse> {
  const a = await attemptOrThrow(db, opts.token);
  if (a.state === 'submitted') return presentSubmission((await submissionOf(db, a.id))!);
  if (a.state === 'ready') throw new AppError('CONFLICT', '考试尚未开始，不能交卷', { reason: 'not_started' });
  const settings = await cbtSettings(db);
  const grace = settings.graceSeconds;
  const now = Number(a.server_now);
  if (
    !a.deadline_passed &&
    now <
      earliestFinish(
        {
          startsAt: Number(a.starts_at),
          openedAt: a.opened_at_ms === null ? null : Number(a.opened_at_ms),
          deadline: Number(a.deadline),
        },
        settings,
      )
  )
    throw new AppError('CONFLICT', '考试结束前不能交卷（考场规则：不得提前交卷离场）', { reason: 'too_early' });
  const hash = tokenHash(opts.token!);
  if (opts.body.answers?.length) await batchedSave(db, { hash, answers: opts.body.answers, grace });
  const done =
    // Group commit, as for saves: the end burst's submissions share statements (batch.store.ts).
    (await batchedSubmit(db, { hash, key: opts.body.clientKey, grace })) ??
    // Past deadline + grace: the server's own submission (what the sweep does), so exactly one exists.
    (await submitAttempt(db, { where: sql`a.token_hash = ${hash}`, kind: 'auto', key: null })) ??
    (await submissionOf(db, a.id));
  if (!done) throw await refusal(db, opts.token);
  return presentSubmission(done);
}

/** Client signals (left full screen, left the tab, copy/paste…): logged for the proctor, nothing else happens. */
export async function examEventsLog(db: DbOrTx, opts: { token: string | undefined; body: ExamEventsBody }) {
  const a = await attemptOrThrow(db, opts.token);
  const now = Date.now();
  await db.insert(examEvents).values(
    opts.body.events.map((e) => ({
      attemptId: a.id,
      kind: e.kind,
      // A client clock far off (or nonsense) is kept out; the server's time is what counts.
      clientAt:
        Number.isFinite(e.clientAt) && Math.abs(e.clientAt - now) < 366 * 86_400_000 ? new Date(e.clientAt) : null,
      detail: e.detail ?? null,
    })),
  );
  await db.update(examAttempts).set({ lastSeenAt: new Date() }).where(eq(examAttempts.id, a.id));
  return { ok: true as const };
}

/** An item image of the token's paper (only once the attempt is unlocked). */
export async function examImageAllowed(db: DbOrTx, opts: { token: string | undefined }) {
  const a = await attemptOrThrow(db, opts.token);
  if (a.state === 'ready') throw new AppError('CONFLICT', '考试尚未开始', { reason: 'not_started' });
}
