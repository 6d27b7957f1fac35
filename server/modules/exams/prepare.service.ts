// R-EXAM-02: preparing a computer-based theory sitting before the day. Every published seat gets an attempt holding
// the candidate's published form (without its key) encrypted with the sitting's AES-256-GCM key; candidates download
// the blob at check-in (preload) and receive the key only at the unlock. The encryption and the attempt insert are
// exported for the load benchmark's fixture.
import { createCipheriv, randomBytes } from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.js';
import { examAttempts, examSittings } from '../../db/schema/index.js';
import { authorize, type Actor } from '../../http/access.js';
import { AppError, notFound } from '../../http/errors.js';
import type { ExamMode, ExamPaperPlain } from '../../../shared/exams.js';
import type { ExamSittingRow, PrepareResponse } from '../../../shared/exams-console.js';
import { recordAudit } from '../audit/audit.service.js';
import { currentRunsOfBatches, publishedSeatsOfSitting, roomsWithSites } from '../arrangement/arrangement.reads.js';
import { publishedFormOfCandidate, type ExamPaper } from '../itembank/itembank.reads.js';
import { candidatesByIds } from '../people/people.reads.js';
import { batchChoices, sittingsOfBatches, sittingsWithBatchTitles } from '../plans/plans.reads.js';
import { applicationsByIds } from '../registration/registration.reads.js';
import { ensureExamSitting, ensureRoomSession, recomputeDeadlines, sittingInstant } from './clock.store.js';

/** A fresh AES-256-GCM key (base64, 32 bytes) for one sitting's forms. */
export const newPaperKey = () => randomBytes(32).toString('base64');

/** The URL a candidate's client loads an item image from (public route, the exam token as header or query). */
export const examImageUrl = (fileId: string) => `/api/v1/exam/images/${fileId}`;

/** The form as the client shows it: no key, no version ids, image file ids turned into exam image URLs. */
export function plainPaper(p: ExamPaper): ExamPaperPlain {
  return {
    paperId: p.paperId,
    title: p.title,
    durationMinutes: p.durationMinutes,
    totalPoints: p.totalPoints,
    items: p.items.map((i) => ({
      no: i.no,
      type: i.type as 'single' | 'multiple' | 'truefalse',
      points: i.points,
      stem: i.stem,
      stemImageUrls: i.stemImageFileIds.map(examImageUrl),
      options: i.options.map((o) => ({
        key: o.key,
        text: o.text,
        imageUrl: o.imageFileId ? examImageUrl(o.imageFileId) : null,
      })),
    })),
  };
}

/**
 * AES-256-GCM of the form's JSON with `keyB64`: base64 of iv (12 bytes) ‖ ciphertext ‖ tag (16 bytes), which the
 * client opens with @noble/ciphers `gcm(key, iv).decrypt(ciphertext ‖ tag)`.
 */
export function encryptPaper(keyB64: string, plain: ExamPaperPlain): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', Buffer.from(keyB64, 'base64'), iv);
  const body = Buffer.concat([cipher.update(JSON.stringify(plain), 'utf8'), cipher.final()]);
  return Buffer.concat([iv, body, cipher.getAuthTag()]).toString('base64');
}

/** One attempt as preparation makes it. */
export interface NewAttempt {
  sittingId: string;
  roomSessionId: string;
  applicationId: string;
  personId: string;
  seatNo: number;
  ticketNumber: string;
  idHash: string;
  paperId: string;
  paperBlob: string;
  itemCount: number;
  deadlineAt: Date;
}

/** Inserts attempts in chunks (a sitting of thousands stays under the parameter limit). */
export async function insertAttempts(tx: DbOrTx, rows: NewAttempt[]) {
  for (let i = 0; i < rows.length; i += 500) await tx.insert(examAttempts).values(rows.slice(i, i + 500));
}

async function attemptTallies(db: DbOrTx, sittingIds: string[]) {
  if (!sittingIds.length) return new Map<string, { attempts: number; started: number; submitted: number }>();
  const rows = await db
    .select({
      sittingId: examAttempts.sittingId,
      attempts: sql<number>`count(*)::int`,
      started: sql<number>`(count(*) filter (where ${examAttempts.state} <> 'ready'))::int`,
      submitted: sql<number>`(count(*) filter (where ${examAttempts.state} = 'submitted'))::int`,
    })
    .from(examAttempts)
    .where(inArray(examAttempts.sittingId, sittingIds))
    .groupBy(examAttempts.sittingId);
  return new Map(rows.map((r) => [r.sittingId, r]));
}

/** The sittings of batches with a published arrangement, with their mode and preparation (newest batches first). */
export async function listExamSittings(db: DbOrTx, opts: { actor: Actor | null }) {
  authorize(opts.actor, 'exams.manage');
  const batches = await batchChoices(db, 500);
  const published = new Set(
    (
      await currentRunsOfBatches(
        db,
        batches.map((b) => b.id),
      )
    )
      .filter((r) => r.status === 'published')
      .map((r) => r.batchId),
  );
  const titles = new Map(batches.map((b) => [b.id, b.title]));
  const sittings = await sittingsOfBatches(db, [...published]);
  const ids = sittings.map((s) => s.id);
  const exam = ids.length ? await db.select().from(examSittings).where(inArray(examSittings.sittingId, ids)) : [];
  const examOf = new Map(exam.map((e) => [e.sittingId, e]));
  const tallies = await attemptTallies(db, ids);
  const items: ExamSittingRow[] = [];
  for (const s of sittings) {
    const e = examOf.get(s.id);
    const t = tallies.get(s.id);
    items.push({
      sittingId: s.id,
      batchId: s.batchId,
      batchTitle: titles.get(s.batchId) ?? '',
      kind: s.kind,
      day: s.day,
      startsAt: s.startsAt.slice(0, 5),
      endsAt: s.endsAt.slice(0, 5),
      mode: e?.mode ?? 'paper',
      seats: (await publishedSeatsOfSitting(db, s.id)).length,
      attempts: t?.attempts ?? 0,
      started: t?.started ?? 0,
      submitted: t?.submitted ?? 0,
      preparedAt: e?.preparedAt?.toISOString() ?? null,
    });
  }
  items.sort((a, b) => (a.day === b.day ? a.startsAt.localeCompare(b.startsAt) : a.day < b.day ? 1 : -1));
  return { items, total: items.length };
}

async function sittingOrThrow(db: DbOrTx, sittingId: string) {
  const [s] = await sittingsWithBatchTitles(db, [sittingId]);
  if (!s) throw notFound('考核场次');
  return s;
}

async function anyStarted(db: DbOrTx, sittingId: string) {
  const [r] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(examAttempts)
    .where(and(eq(examAttempts.sittingId, sittingId), sql`${examAttempts.state} <> 'ready'`));
  return (r?.n ?? 0) > 0;
}

/** Paper or computer-based (R-EXAM-02: only a theory sitting can be computer-based; refused once an attempt started). */
export async function setExamMode(db: Db, opts: { actor: Actor | null; sittingId: string; mode: ExamMode }) {
  authorize(opts.actor, 'exams.manage');
  const s = await sittingOrThrow(db, opts.sittingId);
  if (opts.mode === 'computer' && s.kind !== 'theory')
    throw new AppError('CONFLICT', '只有理论知识考试场次可以采用机考');
  return db.transaction(async (tx) => {
    const before = await ensureExamSitting(tx, opts.sittingId);
    if (before.mode === opts.mode) return { ok: true as const };
    if (await anyStarted(tx, opts.sittingId)) throw new AppError('CONFLICT', '已有考生开始作答，不能再更改考试方式');
    await tx
      .update(examSittings)
      .set({ mode: opts.mode, updatedAt: new Date() })
      .where(eq(examSittings.sittingId, opts.sittingId));
    // A sitting turned back to paper keeps no computer attempts (none has started).
    if (opts.mode === 'paper') {
      await tx.delete(examAttempts).where(eq(examAttempts.sittingId, opts.sittingId));
      await tx
        .update(examSittings)
        .set({ paperKey: null, preparedAt: null, preparedBy: null })
        .where(eq(examSittings.sittingId, opts.sittingId));
    }
    await recordAudit(tx, opts.actor, {
      action: 'exam.mode',
      entity: 'exam_sitting',
      entityId: opts.sittingId,
      before: { mode: before.mode },
      after: { mode: opts.mode },
    });
    return { ok: true as const };
  });
}

/**
 * R-EXAM-02: makes the sitting's attempts. Every published seat needs a ticket number and a published form; the
 * seats without are listed (409) and nothing is made. Re-preparing (a new key, new attempts) is refused once any
 * attempt started.
 */
export async function prepareSitting(
  db: Db,
  opts: { actor: Actor | null; sittingId: string },
): Promise<PrepareResponse> {
  authorize(opts.actor, 'exams.manage');
  const s = await sittingOrThrow(db, opts.sittingId);
  const exam = await ensureExamSitting(db, opts.sittingId);
  if (exam.mode !== 'computer') throw new AppError('CONFLICT', '该场次不是机考，请先把考试方式设为机考');
  if (await anyStarted(db, opts.sittingId)) throw new AppError('CONFLICT', '已有考生开始作答，不能重新准备');
  const seats = await publishedSeatsOfSitting(db, opts.sittingId);
  if (!seats.length) throw new AppError('CONFLICT', '该场次没有已发布的考场编排');
  const apps = new Map(
    (
      await applicationsByIds(
        db,
        seats.map((x) => x.applicationId),
      )
    ).map((a) => [a.id, a]),
  );
  const people = new Map(
    (
      await candidatesByIds(
        db,
        [...apps.values()].map((a) => a.personId),
      )
    ).map((p) => [p.id, p]),
  );
  const rooms = new Map(
    (
      await roomsWithSites(
        db,
        seats.map((x) => x.roomId),
      )
    ).map((r) => [r.id, r]),
  );
  const missing: { seatNo: number; roomName: string; ticketNumber: string | null; name: string; reason: string }[] = [];
  const ready: { seat: (typeof seats)[number]; personId: string; idHash: string; form: ExamPaper }[] = [];
  for (const seat of seats) {
    const app = apps.get(seat.applicationId);
    const person = app ? people.get(app.personId) : undefined;
    const form = person ? await publishedFormOfCandidate(db, { sittingId: opts.sittingId, personId: person.id }) : null;
    const roomName = rooms.get(seat.roomId)?.name ?? '';
    const name = person?.name ?? '';
    if (!person || !form || !seat.ticketNumber)
      missing.push({
        seatNo: seat.seatNo,
        roomName,
        ticketNumber: seat.ticketNumber,
        name,
        reason: !person ? '考生信息缺失' : !seat.ticketNumber ? '没有准考证号' : '没有已发布的试卷',
      });
    else ready.push({ seat, personId: person.id, idHash: person.idHash, form });
  }
  if (missing.length)
    throw new AppError('CONFLICT', `有 ${missing.length} 名考生没有已发布的试卷或准考证号，未生成任何答卷`, {
      missing,
    });

  const startsAt = sittingInstant(s.day, s.startsAt);
  const endsAt = sittingInstant(s.day, s.endsAt);
  const key = newPaperKey();
  const preparedAt = new Date();
  return db.transaction(async (tx) => {
    if (await anyStarted(tx, opts.sittingId)) throw new AppError('CONFLICT', '已有考生开始作答，不能重新准备');
    await tx.delete(examAttempts).where(eq(examAttempts.sittingId, opts.sittingId));
    await tx
      .update(examSittings)
      .set({
        paperKey: key,
        startsAt,
        endsAt,
        preparedAt,
        preparedBy: opts.actor?.userId ?? null,
        updatedAt: preparedAt,
      })
      .where(eq(examSittings.sittingId, opts.sittingId));
    const sessions = new Map<string, string>();
    for (const roomId of new Set(seats.map((x) => x.roomId)))
      sessions.set(roomId, (await ensureRoomSession(tx, opts.sittingId, roomId)).id);
    await insertAttempts(
      tx,
      ready.map((r) => ({
        sittingId: opts.sittingId,
        roomSessionId: sessions.get(r.seat.roomId)!,
        applicationId: r.seat.applicationId,
        personId: r.personId,
        seatNo: r.seat.seatNo,
        ticketNumber: r.seat.ticketNumber!,
        idHash: r.idHash,
        paperId: r.form.paperId,
        paperBlob: encryptPaper(key, plainPaper(r.form)),
        itemCount: r.form.items.length,
        deadlineAt: endsAt,
      })),
    );
    // The room's extensions and pauses (if any were recorded already) apply to the new attempts.
    for (const id of sessions.values()) await recomputeDeadlines(tx, { roomSessionId: id });
    const roomsOut = [...sessions.keys()].map((roomId) => ({
      roomId,
      roomName: rooms.get(roomId)?.name ?? '',
      seats: ready.filter((r) => r.seat.roomId === roomId).length,
    }));
    await recordAudit(tx, opts.actor, {
      action: 'exam.prepare',
      entity: 'exam_sitting',
      entityId: opts.sittingId,
      after: { attempts: ready.length, rooms: roomsOut.map((r) => ({ roomId: r.roomId, seats: r.seats })) },
    });
    return {
      sittingId: opts.sittingId,
      attempts: ready.length,
      rooms: roomsOut,
      preparedAt: preparedAt.toISOString(),
    };
  });
}
