import { and, eq, inArray, or, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { occupations } from '../../db/schema/index.js';
import { can, type Permission } from '../../../shared/access.js';
import { chinaToday } from '../../../shared/dates.js';
import { AppError, forbidden, notFound } from '../../http/errors.js';
import type { Actor } from '../../http/access.js';
import { expertOccupationsOfUser } from '../people/people.reads.js';

/**
 * R-BANK-02: who sees what of the bank. The 题库管理员 sees every occupation; an expert sees the occupations of its
 * active expert terms (R-PPL-07, through the person its login is linked to); every other role, and an expert outside
 * the occupation, gets 404 — the bank does not even admit that a blueprint, item or paper exists.
 */
export type BankScope = { all: true } | { all: false; occupationIds: string[] };

/** First line of every bank service function: the permission (404 when missing), then the actor's scope. */
export async function bankScope(
  db: DbOrTx,
  actor: Actor | null | undefined,
  permission: Permission,
): Promise<BankScope> {
  if (!actor) throw new AppError('UNAUTHENTICATED', '请先登录');
  if (!can(actor.role, 'itembank.read')) throw notFound();
  // Within the bank, a missing permission is a plain 403 (an expert may read but not publish).
  if (!can(actor.role, permission)) throw forbidden();
  if (actor.role === 'bank_admin') return { all: true };
  const terms = await expertOccupationsOfUser(db, actor.userId, chinaToday());
  if (!terms.length) return { all: false, occupationIds: [] };
  const rows = await db
    .select({ id: occupations.id })
    .from(occupations)
    .where(
      or(...terms.map((t) => and(eq(occupations.edition, t.edition), eq(occupations.code, t.occupationCode)) as SQL)),
    );
  return { all: false, occupationIds: rows.map((r) => r.id) };
}

/** Throws 404 unless the scope covers the occupation (the record of another occupation "does not exist"). */
export function assertInScope(scope: BankScope, occupationId: string) {
  if (!scope.all && !scope.occupationIds.includes(occupationId)) throw notFound();
}

/** A list query's filter on an occupation id column (undefined: no restriction). */
export function scopeFilter(scope: BankScope, column: Parameters<typeof inArray>[0]): SQL | undefined {
  if (scope.all) return undefined;
  return scope.occupationIds.length
    ? inArray(column, scope.occupationIds)
    : eq(column, '00000000-0000-0000-0000-000000000000');
}
