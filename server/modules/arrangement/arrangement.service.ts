import { and, arrayOverlaps, desc, eq, inArray, like } from 'drizzle-orm';
import type { Db, DbOrTx, Tx } from '../../db/client.js';
import { arrangementRuns, arrangementSeats } from '../../db/schema/index.js';
import { authorize, type Actor } from '../../http/access.js';
import { AppError, notFound } from '../../http/errors.js';
import type { ArrangementView, EditBody } from '../../../shared/arrangement.js';
import { recordAudit } from '../audit/audit.service.js';
import { loadCentre } from '../centre/centre.service.js';
import { getBatch, markArranged } from '../plans/batch.service.js';
import { checkArrangement } from './solver/checker.js';
import { applyEdit, newViolations, unmetFrom, violationText } from './edits.rules.js';
import {
  assertArrangeable,
  buildInput,
  inputHash,
  loadBatches,
  solverInput,
  type SittingSetup,
  type StoredInput,
} from './input.store.js';
import { presentRun } from './arrangement.present.js';
import { solveArrangement } from './solver/solver.js';
import type { ArrangementResult } from './solver/types.js';
import { addDays, chinaToday } from '../../../shared/dates.js';

/**
 * The arrangement's workflow (R-ARR-01, 09, 11): run the solver for one or several batches and keep the result as
 * a draft with its unmet rules; hand edits checked by the independent checker; publish after a final check, with
 * ticket numbers, the batches moved to 已编排, and the room layout visible to candidates from the day before.
 */

type RunRow = typeof arrangementRuns.$inferSelect;

async function lockRun(tx: DbOrTx, id: string): Promise<RunRow> {
  const [row] = await tx.select().from(arrangementRuns).where(eq(arrangementRuns.id, id)).for('update');
  if (!row) throw notFound('编排');
  return row;
}

/** The seats of a result as rows of `arrangement_seats` (tickets are given at publishing). */
async function writeSeats(tx: DbOrTx, runId: string, result: ArrangementResult) {
  await tx.delete(arrangementSeats).where(eq(arrangementSeats.runId, runId));
  const rows = result.seats.map((s) => ({
    runId,
    applicationId: s.candidateId,
    sittingId: s.sittingId,
    roomId: s.roomId,
    seatNo: s.seat,
  }));
  for (let i = 0; i < rows.length; i += 1000) await tx.insert(arrangementSeats).values(rows.slice(i, i + 1000));
}

/** R-ARR-09: the automatic arrangement of `batchIds`, stored as a draft (replacing an earlier draft of those batches). */
export async function runArrangement(
  db: Db,
  opts: {
    actor: Actor | null;
    batchIds: string[];
    seed?: string | null;
    sittings?: SittingSetup[] | null;
    today?: string;
  },
): Promise<ArrangementView> {
  authorize(opts.actor, 'arrangement.manage');
  const actor = opts.actor;
  const today = opts.today ?? chinaToday();
  const run = await db.transaction(async (tx) => {
    const list = await loadBatches(tx, opts.batchIds);
    for (const b of list) assertArrangeable(b, today); // R-ARR-01
    const earlier = await tx
      .select()
      .from(arrangementRuns)
      .where(
        arrayOverlaps(
          arrangementRuns.batchIds,
          list.map((b) => b.id),
        ),
      )
      .for('update');
    if (earlier.some((r) => r.status === 'published'))
      throw new AppError('CONFLICT', '所选批次的编排已发布，不能重新编排');
    const input = await buildInput(tx, { batches: list, setups: opts.sittings, seed: opts.seed });
    if (!input.sittings.some((s) => s.candidates.length))
      throw new AppError('CONFLICT', '所选批次没有审核通过且已缴费（或免费）的考生，无需编排');
    const hash = inputHash(input);
    const result = solveArrangement(solverInput(input)); // same input + seed ⇒ same result
    if (earlier.length)
      await tx.delete(arrangementRuns).where(
        inArray(
          arrangementRuns.id,
          earlier.map((r) => r.id),
        ),
      );
    const [row] = await tx
      .insert(arrangementRuns)
      .values({
        batchIds: list.map((b) => b.id),
        seed: input.seed,
        inputHash: hash,
        input,
        result,
        unmet: result.unmet,
        firstDay: input.sittings.map((s) => s.day).sort()[0],
        createdBy: actor.userId,
      })
      .returning();
    await writeSeats(tx, row.id, result);
    await recordAudit(tx, actor, {
      action: 'run',
      entity: 'arrangement',
      entityId: row.id,
      before: earlier.length ? { replaced: earlier.map((r) => r.id) } : undefined,
      after: {
        batchIds: row.batchIds,
        seed: row.seed,
        inputHash: hash,
        roomsUsed: result.roomsUsed,
        roomsLowerBound: result.roomsLowerBound,
        unmet: result.unmet,
      },
    });
    return row;
  });
  return presentRun(db, run, actor);
}

/** A run, readable by whoever may read every batch of it (a clerk: its own college's batch, its own candidates). */
export async function getRun(db: DbOrTx, opts: { actor: Actor | null; id: string }): Promise<ArrangementView> {
  authorize(opts.actor, 'arrangement.read');
  const [row] = await db.select().from(arrangementRuns).where(eq(arrangementRuns.id, opts.id));
  if (!row) throw notFound('编排');
  for (const id of row.batchIds) await getBatch(db, { actor: opts.actor, id }); // R-ORG-07: 404 for another college's
  return presentRun(db, row, opts.actor);
}

/** The latest run of a batch, or null before the first run. */
export async function getBatchArrangement(
  db: DbOrTx,
  opts: { actor: Actor | null; batchId: string },
): Promise<{ run: ArrangementView | null }> {
  authorize(opts.actor, 'arrangement.read');
  await getBatch(db, { actor: opts.actor, id: opts.batchId });
  const [row] = await db
    .select()
    .from(arrangementRuns)
    .where(arrayOverlaps(arrangementRuns.batchIds, [opts.batchId]))
    .orderBy(desc(arrangementRuns.createdAt))
    .limit(1);
  if (!row) return { run: null };
  for (const id of row.batchIds) await getBatch(db, { actor: opts.actor, id });
  return { run: await presentRun(db, row, opts.actor) };
}

/** The run's input rebuilt from the database now (new staff, changed conflicts), with its setups and seed. */
async function freshInput(tx: DbOrTx, run: RunRow): Promise<StoredInput> {
  const stored = run.input;
  return buildInput(tx, {
    batches: await loadBatches(tx, run.batchIds),
    setups: stored.setups,
    seed: run.seed,
    excludeRunId: run.id,
  });
}

function describeEdit(input: StoredInput, e: EditBody): string {
  const name = (id: string) => input.staff.find((s) => s.id === id)?.name ?? id;
  const room = (id: string) => input.rooms.find((r) => r.id === id)?.name ?? id;
  const s = input.sittings.find((x) => x.id === e.sittingId);
  const where = s ? `${s.occupationName} ${s.kind === 'theory' ? '理论' : '技能'} ${s.day}` : '';
  switch (e.kind) {
    case 'moveCandidate':
      return `${where}：调整考生座位至 ${room(e.roomId)}${e.seat ? ` ${e.seat} 号` : ''}`;
    case 'swapProctor':
      return `${where}：${room(e.roomId)} 监考 ${name(e.fromId)} → ${name(e.toId)}`;
    case 'replaceExaminer':
      return `${where}：考评员 ${name(e.fromId)} → ${name(e.toId)}`;
    case 'addExaminer':
      return `${where}：增加考评员 ${name(e.staffId)}${e.leader ? '（任组长）' : ''}`;
  }
}

/**
 * R-ARR-09: a hand edit, checked against the same rules by the independent checker on the database as it is now.
 * Refused (naming each rule) when it brings a hard-rule violation the arrangement did not have; otherwise saved
 * with the unmet list recomputed. A published arrangement takes staff changes only (swap a proctor, replace or add an examiner),
 * until its last exam day.
 */
export async function editRun(
  db: Db,
  opts: { actor: Actor | null; id: string; edit: EditBody; today?: string },
): Promise<ArrangementView> {
  authorize(opts.actor, 'arrangement.manage');
  const actor = opts.actor;
  const row = await db.transaction(async (tx) => {
    const run = await lockRun(tx, opts.id);
    if (run.status === 'published') {
      // After publishing, staff may still change (a proctor falls ill) under the same checks; candidates' seats
      // are on printed tickets and door lists, and nothing changes once the exams are over.
      if (opts.edit.kind === 'moveCandidate')
        throw new AppError('CONFLICT', '编排已发布，准考证和考场名单已生成，不能再调整考生座位');
      const input = run.input;
      const lastDay =
        input.sittings
          .map((s) => s.day)
          .sort()
          .at(-1) ?? run.firstDay;
      if (lastDay < (opts.today ?? chinaToday())) throw new AppError('CONFLICT', '考试已结束，编排不能再修改');
    }
    const input = await freshInput(tx, run);
    const before = run.result;
    const after = applyEdit(input, before, opts.edit);
    const added = newViolations(input, before, after);
    if (added.length)
      throw new AppError('CONFLICT', `调整不符合编排规则，未保存：${violationText(input, added)}`, {
        rules: [...new Set(added.map((v) => v.rule))],
      });
    const unmet = unmetFrom(input, checkArrangement(input, after), run.unmet);
    after.unmet = unmet;
    const edits = [
      ...run.edits,
      { at: new Date().toISOString(), by: actor.displayName, text: describeEdit(input, opts.edit) },
    ];
    const [saved] = await tx
      .update(arrangementRuns)
      .set({ input, inputHash: inputHash(input), result: after, unmet, edits, updatedAt: new Date() })
      .where(eq(arrangementRuns.id, run.id))
      .returning();
    if (opts.edit.kind === 'moveCandidate') await writeSeats(tx, run.id, after);
    await recordAudit(tx, actor, {
      action: 'edit',
      entity: 'arrangement',
      entityId: run.id,
      before: { unmet: run.unmet },
      after: { edit: opts.edit, unmet, afterPublishing: run.status === 'published' },
    });
    return saved;
  });
  return presentRun(db, row, actor);
}

/**
 * R-ARR-11 ticket numbers: the centre's filing code (last 4 digits), the first exam day (YYMMDD), the batch's
 * serial on that day, the room's number in the first sitting and the seat: 16 digits, unique.
 */
async function assignTickets(tx: Tx, run: RunRow, input: StoredInput, result: ArrangementResult) {
  const centre = await loadCentre(tx);
  const tail = (centre.filingCode ?? '').replace(/\D/g, '').slice(-4).padStart(4, '0');
  for (const batchId of run.batchIds) {
    const sittings = input.sittings.filter((s) => s.batchId === batchId && s.candidates.length);
    if (!sittings.length) continue;
    const first = sittings[0]; // sittings are in time order
    const prefix = `${tail}${first.day.slice(2).replace(/-/g, '')}`;
    const taken = await tx
      .select({ t: arrangementSeats.ticketNumber })
      .from(arrangementSeats)
      .where(like(arrangementSeats.ticketNumber, `${prefix}%`));
    const serial = Math.max(0, ...taken.map((x) => Number(x.t!.slice(10, 12)))) + 1;
    const rooms = [...new Set(result.seats.filter((s) => s.sittingId === first.id).map((s) => s.roomId))].sort(
      (a, b) => {
        const ra = input.rooms.find((r) => r.id === a)?.name ?? a;
        const rb = input.rooms.find((r) => r.id === b)?.name ?? b;
        return ra.localeCompare(rb, 'zh', { numeric: true });
      },
    );
    for (const seat of result.seats.filter((s) => s.sittingId === first.id)) {
      const ticket = `${prefix}${String(serial).padStart(2, '0')}${String(rooms.indexOf(seat.roomId) + 1).padStart(2, '0')}${String(seat.seat).padStart(2, '0')}`;
      await tx
        .update(arrangementSeats)
        .set({ ticketNumber: ticket })
        .where(and(eq(arrangementSeats.runId, run.id), eq(arrangementSeats.applicationId, seat.candidateId)));
    }
  }
}

/**
 * R-ARR-09/11: publish after a final check (refused while any hard rule is unmet, naming each); the batches move
 * to 已编排 through the plans module, tickets get their numbers, and candidates see room and seat from the day
 * before the first sitting.
 */
export async function publishRun(db: Db, opts: { actor: Actor | null; id: string }): Promise<ArrangementView> {
  authorize(opts.actor, 'arrangement.manage');
  const actor = opts.actor;
  const row = await db.transaction(async (tx) => {
    const run = await lockRun(tx, opts.id);
    if (run.status !== 'draft') throw new AppError('CONFLICT', '编排已发布');
    const input = await freshInput(tx, run);
    const result = run.result;
    const violations = checkArrangement(input, result);
    if (violations.length)
      throw new AppError('CONFLICT', `仍有未满足的硬性规则，不能发布：${violationText(input, violations)}`, {
        rules: [...new Set(violations.map((v) => v.rule))],
      });
    for (const b of await loadBatches(tx, run.batchIds)) {
      if (b.state !== 'reviewed')
        throw new AppError('CONFLICT', `批次“${b.title}”尚未完成报名审核（状态须为“审核完成”），不能发布编排`, {
          state: b.state,
        });
      await markArranged(tx, { actor, id: b.id, note: '考场编排已发布' }); // a savepoint inside this transaction
    }
    await assignTickets(tx, run, input, result);
    const [saved] = await tx
      .update(arrangementRuns)
      .set({
        status: 'published',
        unmet: [],
        publishedAt: new Date(),
        publishedBy: actor.userId,
        visibleFrom: addDays(run.firstDay, -1),
        updatedAt: new Date(),
      })
      .where(eq(arrangementRuns.id, run.id))
      .returning();
    await recordAudit(tx, actor, {
      action: 'publish',
      entity: 'arrangement',
      entityId: run.id,
      after: { batchIds: run.batchIds, visibleFrom: saved.visibleFrom, seed: run.seed },
    });
    return saved;
  });
  return presentRun(db, row, actor);
}
