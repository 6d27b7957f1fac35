// R-CERT-03: the blank-certificate stock: sheets received by serial range, issued to print runs, spoiled or voided,
// destroyed with a register, stocktakes with their difference, and the low-stock alert (a setting).
import { asc, desc, eq, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.js';
import {
  certificateStockMoves,
  certificateStockSettings,
  certificateStocktakes,
  users,
} from '../../db/schema/index.js';
import { authorize, type Actor } from '../../http/access.js';
import { AppError } from '../../http/errors.js';
import { recordAudit } from '../audit/audit.service.js';
import { moveKindNames, moveRefusal, sheetStates, stockCounts, type StockMoveKind } from './stock.rules.js';

type Opts = { actor: Actor | null };
/** The default low-stock alert level (sheets in stock). */
export const DEFAULT_LOW_STOCK = 100;

async function lowStockOf(db: DbOrTx) {
  const [row] = await db.select().from(certificateStockSettings).where(eq(certificateStockSettings.id, 1));
  return row?.lowStock ?? DEFAULT_LOW_STOCK;
}

async function movesOf(db: DbOrTx) {
  return db
    .select()
    .from(certificateStockMoves)
    .orderBy(asc(certificateStockMoves.createdAt), asc(certificateStockMoves.id));
}

/** Serialises the ledger's writers (one advisory lock per transaction). */
const lockLedger = (tx: DbOrTx) => tx.execute(sql`select pg_advisory_xact_lock(hashtext('certificate_stock'))`);

export async function getCertificateStock(db: DbOrTx, opts: Opts) {
  authorize(opts.actor, 'certificates.stock');
  const [moves, takes, lowStockThreshold, names] = await Promise.all([
    movesOf(db),
    db.select().from(certificateStocktakes).orderBy(desc(certificateStocktakes.createdAt)),
    lowStockOf(db),
    db.select({ id: users.id, name: users.displayName }).from(users),
  ]);
  const nameOf = new Map(names.map((u) => [u.id, u.name]));
  const counts = stockCounts(sheetStates(moves));
  return {
    ...counts,
    lowStockThreshold,
    lowStock: counts.inStock <= lowStockThreshold,
    moves: [...moves].reverse().map((m) => ({
      id: m.id,
      kind: m.kind,
      kindName: moveKindNames[m.kind],
      firstSerial: m.firstSerial,
      lastSerial: m.lastSerial,
      sheets: m.lastSerial - m.firstSerial + 1,
      note: m.note,
      createdBy: m.createdBy ? (nameOf.get(m.createdBy) ?? null) : null,
      createdAt: m.createdAt.toISOString(),
    })),
    stocktakes: takes.map((t) => ({
      id: t.id,
      expected: t.expected,
      counted: t.counted,
      difference: t.difference,
      note: t.note,
      createdBy: t.createdBy ? (nameOf.get(t.createdBy) ?? null) : null,
      createdAt: t.createdAt.toISOString(),
    })),
  };
}

/** R-CERT-03: one move of the ledger, refused (nothing saved) when a sheet of the range is not in the state it needs. */
export async function recordStockMove(
  db: Db,
  opts: Opts & { data: { kind: StockMoveKind; firstSerial: number; lastSerial: number; stockNote: string } },
) {
  authorize(opts.actor, 'certificates.stock');
  const actor = opts.actor;
  await db.transaction((tx) => moveSheets(tx, actor, opts.data));
  return getCertificateStock(db, { actor });
}

/**
 * R-CERT-03: one move of the ledger in the caller's transaction (a print run's issue and its spoiled sheets), refused
 * with a Chinese message naming `field` when a sheet of the range is not in the state the move needs.
 */
export async function moveSheets(
  tx: DbOrTx,
  actor: Actor,
  d: { kind: StockMoveKind; firstSerial: number; lastSerial: number; stockNote: string },
  field?: string,
) {
  await lockLedger(tx);
  const refusal = moveRefusal(sheetStates(await movesOf(tx)), d);
  if (refusal)
    throw new AppError('VALIDATION', refusal, [
      { field: field ?? (refusal.startsWith('终止') ? 'lastSerial' : 'firstSerial'), message: refusal },
    ]);
  const [m] = await tx
    .insert(certificateStockMoves)
    .values({
      kind: d.kind,
      firstSerial: d.firstSerial,
      lastSerial: d.lastSerial,
      note: d.stockNote,
      createdBy: actor.userId,
    })
    .returning();
  await recordAudit(tx, actor, {
    action: 'certificate.stock',
    entity: 'certificate_stock',
    entityId: m.id,
    after: { kind: d.kind, firstSerial: d.firstSerial, lastSerial: d.lastSerial, note: d.stockNote },
  });
  return m;
}

/** R-CERT-03: a stocktake: the sheets counted against those the ledger says are in stock; the difference is kept. */
export async function recordStocktake(db: Db, opts: Opts & { data: { countedQuantity: number; stockNote: string } }) {
  authorize(opts.actor, 'certificates.stock');
  const actor = opts.actor;
  await db.transaction(async (tx) => {
    await lockLedger(tx);
    const expected = stockCounts(sheetStates(await movesOf(tx))).inStock;
    const counted = opts.data.countedQuantity;
    const [t] = await tx
      .insert(certificateStocktakes)
      .values({ expected, counted, difference: counted - expected, note: opts.data.stockNote, createdBy: actor.userId })
      .returning();
    await recordAudit(tx, actor, {
      action: 'certificate.stocktake',
      entity: 'certificate_stock',
      entityId: t.id,
      after: { expected, counted, difference: counted - expected },
    });
  });
  return getCertificateStock(db, { actor });
}

export async function putStockSettings(db: Db, opts: Opts & { lowStockThreshold: number }) {
  authorize(opts.actor, 'certificates.stock');
  const actor = opts.actor;
  await db.transaction(async (tx) => {
    const before = await lowStockOf(tx);
    const values = { lowStock: opts.lowStockThreshold, updatedAt: new Date(), updatedBy: actor.userId };
    await tx
      .insert(certificateStockSettings)
      .values({ id: 1, ...values })
      .onConflictDoUpdate({ target: certificateStockSettings.id, set: values });
    await recordAudit(tx, actor, {
      action: 'certificate.stock_settings',
      entity: 'certificate_stock',
      entityId: null,
      before: { lowStockThreshold: before },
      after: { lowStockThreshold: opts.lowStockThreshold },
    });
  });
  return getCertificateStock(db, { actor });
}
