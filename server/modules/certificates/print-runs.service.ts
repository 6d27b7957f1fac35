// R-CERT-03: print runs of certificates in 套打 on blank stock: the sheets a run takes from stock (an issue move of the
// ledger), the pages its job printed, and its settlement: sheets used = printed + spoiled, the spoiled serials
// recorded in the ledger; a run whose numbers do not add up is refused and nothing changes.
import { desc, eq } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.js';
import { certificatePrintRuns, users } from '../../db/schema/index.js';
import { authorize, type Actor } from '../../http/access.js';
import { AppError, notFound } from '../../http/errors.js';
import { printRunStateNames, type PrintRun } from '../../../shared/certificates.print.js';
import { recordAudit } from '../audit/audit.service.js';
import { batchOccupationsByIds } from '../plans/plans.reads.js';
import { moveSheets } from './stock.service.js';

type Opts = { actor: Actor | null };
type RunRow = typeof certificatePrintRuns.$inferSelect;

/** R-CERT-03: a print run takes `sheets` blank sheets from `firstSerial` out of stock (in the caller's transaction). */
export async function createPrintRun(
  tx: DbOrTx,
  actor: Actor,
  r: { batchId: string; batchTitle: string; printer: string | null; firstSerial: number; sheets: number },
): Promise<string> {
  const lastSerial = r.firstSerial + r.sheets - 1;
  await moveSheets(
    tx,
    actor,
    { kind: 'issue', firstSerial: r.firstSerial, lastSerial, stockNote: `打印证书：${r.batchTitle}`.slice(0, 200) },
    'firstSerial',
  );
  const [run] = await tx
    .insert(certificatePrintRuns)
    .values({
      batchId: r.batchId,
      printer: r.printer,
      firstSerial: r.firstSerial,
      lastSerial,
      createdBy: actor.userId,
    })
    .returning();
  await recordAudit(tx, actor, {
    action: 'certificate.print_run',
    entity: 'certificate_print',
    entityId: run.id,
    after: { batchId: r.batchId, printer: r.printer, firstSerial: r.firstSerial, lastSerial, sheets: r.sheets },
  });
  return run.id;
}

export async function setRunJob(tx: DbOrTx, runId: string, jobId: string) {
  await tx.update(certificatePrintRuns).set({ jobId }).where(eq(certificatePrintRuns.id, runId));
}

/** The pages the run's job printed (written by the job). */
export async function setRunPrinted(tx: DbOrTx, runId: string, printed: number) {
  await tx.update(certificatePrintRuns).set({ printed }).where(eq(certificatePrintRuns.id, runId));
}

async function presentRuns(db: DbOrTx, rows: RunRow[]): Promise<PrintRun[]> {
  const [batches, names] = await Promise.all([
    batchOccupationsByIds(db, [...new Set(rows.map((r) => r.batchId))]),
    db.select({ id: users.id, name: users.displayName }).from(users),
  ]);
  const titleOf = new Map(batches.map((b) => [b.id, b.title]));
  const nameOf = new Map(names.map((u) => [u.id, u.name]));
  return rows.map((r) => ({
    id: r.id,
    batchId: r.batchId,
    batchTitle: titleOf.get(r.batchId) ?? '—',
    jobId: r.jobId,
    printer: r.printer,
    firstSerial: r.firstSerial,
    lastSerial: r.lastSerial,
    sheets: r.lastSerial - r.firstSerial + 1,
    printed: r.printed,
    state: r.state,
    stateName: printRunStateNames[r.state],
    printedSheets: r.printedSheets,
    spoiledSerials: r.spoiledSerials ?? [],
    settleNote: r.settleNote,
    settledAt: r.settledAt?.toISOString() ?? null,
    createdBy: r.createdBy ? (nameOf.get(r.createdBy) ?? null) : null,
    createdAt: r.createdAt.toISOString(),
  }));
}

export async function listPrintRuns(db: Db, opts: Opts) {
  authorize(opts.actor, 'certificates.stock');
  const rows = await db.select().from(certificatePrintRuns).orderBy(desc(certificatePrintRuns.createdAt)).limit(200);
  return { items: await presentRuns(db, rows) };
}

/** Consecutive serials as ranges (one spoil move each). */
function ranges(serials: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const s of [...serials].sort((a, b) => a - b)) {
    const last = out[out.length - 1];
    if (last && s === last[1] + 1) last[1] = s;
    else out.push([s, s]);
  }
  return out;
}

const refuse = (field: string, message: string) => new AppError('VALIDATION', message, [{ field, message }]);

/**
 * R-CERT-03: settles a print run: every sheet it took is either printed or spoiled (used = printed + spoiled); the
 * spoiled serials must be the run's own, each once. The spoiled sheets are recorded in the ledger. All or nothing.
 */
export async function settlePrintRun(
  db: Db,
  opts: Opts & { id: string; data: { printedSheets: number; spoiledSerials: number[]; settleNote?: string } },
) {
  authorize(opts.actor, 'certificates.stock');
  const actor = opts.actor;
  const d = opts.data;
  await db.transaction(async (tx) => {
    const [run] = await tx
      .select()
      .from(certificatePrintRuns)
      .where(eq(certificatePrintRuns.id, opts.id))
      .for('update');
    if (!run) throw notFound('打印批次');
    if (run.state === 'settled') throw new AppError('CONFLICT', '该打印批次已结算，不能重复结算');
    const used = run.lastSerial - run.firstSerial + 1;
    const seen = new Set<number>();
    for (const s of d.spoiledSerials) {
      if (s < run.firstSerial || s > run.lastSerial)
        throw refuse(
          'spoiledSerials',
          `作废流水号：${s} 不是本次领用的空白证书（流水号 ${run.firstSerial}–${run.lastSerial}）`,
        );
      if (seen.has(s)) throw refuse('spoiledSerials', `作废流水号：${s} 重复`);
      seen.add(s);
    }
    if (run.printed !== null && d.printedSheets > run.printed)
      throw refuse('printedSheets', `打印成功张数：不能多于本次打印的 ${run.printed} 本证书`);
    if (d.printedSheets + seen.size !== used)
      throw refuse(
        'printedSheets',
        `打印成功张数与作废流水号不符：领用 ${used} 张，应等于打印成功 ${d.printedSheets} 张 + 作废 ${seen.size} 张（现为 ${
          d.printedSheets + seen.size
        } 张）`,
      );
    const [batch] = await batchOccupationsByIds(tx, [run.batchId]);
    for (const [first, last] of ranges([...seen]))
      await moveSheets(
        tx,
        actor,
        {
          kind: 'spoil',
          firstSerial: first,
          lastSerial: last,
          stockNote: `打印作废：${batch?.title ?? ''}`.slice(0, 200),
        },
        'spoiledSerials',
      );
    const spoiledSerials = [...seen].sort((a, b) => a - b);
    await tx
      .update(certificatePrintRuns)
      .set({
        state: 'settled',
        printedSheets: d.printedSheets,
        spoiledSerials,
        settleNote: d.settleNote || null,
        settledAt: new Date(),
        settledBy: actor.userId,
      })
      .where(eq(certificatePrintRuns.id, run.id));
    await recordAudit(tx, actor, {
      action: 'certificate.print_settle',
      entity: 'certificate_print',
      entityId: run.id,
      before: { state: run.state },
      after: { state: 'settled', used, printedSheets: d.printedSheets, spoiledSerials },
    });
  });
  const [row] = await db.select().from(certificatePrintRuns).where(eq(certificatePrintRuns.id, opts.id));
  return (await presentRuns(db, [row]))[0];
}
