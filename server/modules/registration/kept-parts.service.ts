// R-SCORE-03: a part passed while the other failed stays valid for a year; within it the candidate applies for the
// other part alone. Publicity writes the kept parts when a batch's results become final (`recordKeptParts`); applying
// reads them (`retakeOptions`, `assertOnlyPart`).
import { and, asc, eq, gte, lte } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { keptParts } from '../../db/schema/index.js';
import type { Actor } from '../../http/access.js';
import { AppError } from '../../http/errors.js';
import type { RetakeOption, SinglePart } from '../../../shared/registration.js';
import { recordAudit } from '../audit/audit.service.js';

export interface KeptPartInput {
  applicationId: string;
  personId: string;
  level: number;
  part: SinglePart;
  score: number | null;
  passedOn: string;
  validUntil: string;
}

/**
 * R-SCORE-03: records the parts a final batch keeps (one row per application and part; a second call for the same
 * batch changes nothing). Called by publicity in the transaction that makes the results final.
 */
export async function recordKeptParts(
  tx: DbOrTx,
  actor: Actor,
  occupationId: string,
  rows: readonly KeptPartInput[],
): Promise<number> {
  if (!rows.length) return 0;
  const written = await tx
    .insert(keptParts)
    .values(
      rows.map((r) => ({
        personId: r.personId,
        occupationId,
        level: r.level,
        part: r.part,
        score: r.score === null ? null : String(r.score),
        passedOn: r.passedOn,
        validUntil: r.validUntil,
        applicationId: r.applicationId,
      })),
    )
    .onConflictDoNothing()
    .returning({ id: keptParts.id });
  if (written.length)
    await recordAudit(tx, actor, {
      action: 'create',
      entity: 'kept_part',
      entityId: rows[0].applicationId,
      after: { occupationId, count: written.length },
    });
  return written.length;
}

const otherPart = (p: SinglePart): SinglePart => (p === 'theory' ? 'skill' : 'theory');

/**
 * R-SCORE-03: what a person may apply for alone in a batch of `occupationId` examined on `onDay`: per level, the
 * part to take, because the other one is kept and still valid on that day (the latest pass of each part counts).
 */
export async function retakeOptions(
  db: DbOrTx,
  personId: string,
  occupationId: string,
  onDay: string,
): Promise<RetakeOption[]> {
  const rows = await db
    .select()
    .from(keptParts)
    .where(
      and(
        eq(keptParts.personId, personId),
        eq(keptParts.occupationId, occupationId),
        lte(keptParts.passedOn, onDay),
        gte(keptParts.validUntil, onDay),
      ),
    )
    .orderBy(asc(keptParts.level), asc(keptParts.passedOn));
  const best = new Map<string, (typeof rows)[number]>();
  for (const r of rows) best.set(`${r.level}|${r.part}`, r); // the latest pass of a part counts
  const out: RetakeOption[] = [];
  for (const r of best.values()) {
    // Both parts kept at one level would be a pass, not a retake: no option then.
    if (best.has(`${r.level}|${otherPart(r.part)}`)) continue;
    out.push({
      level: r.level,
      part: otherPart(r.part),
      keptPart: r.part,
      keptScore: r.score === null ? null : Number(r.score),
      passedOn: r.passedOn,
      validUntil: r.validUntil,
    });
  }
  return out.sort((a, b) => a.level - b.level);
}

/**
 * R-SCORE-03: an application for `onlyPart` alone needs the other part kept at that level and still valid on the
 * batch's exam day, in an exam batch (evidence-based batches have no parts to take).
 */
export async function assertOnlyPart(
  db: DbOrTx,
  opts: {
    personId: string;
    occupationId: string;
    method: string;
    onDay: string;
    level: number;
    onlyPart: SinglePart | null | undefined;
  },
): Promise<SinglePart | null> {
  if (!opts.onlyPart) return null;
  const partName = opts.onlyPart === 'theory' ? '理论知识' : '操作技能';
  if (opts.method !== 'exam')
    throw new AppError('VALIDATION', '单科报考：只有考试认定的批次可以单科报考', [
      { field: 'onlyPart', message: '本批次不是考试认定' },
    ]);
  const options = await retakeOptions(db, opts.personId, opts.occupationId, opts.onDay);
  if (!options.some((o) => o.level === opts.level && o.part === opts.onlyPart))
    throw new AppError(
      'VALIDATION',
      `单科报考：您没有在 ${opts.onDay} 仍有效的本职业该等级${opts.onlyPart === 'theory' ? '操作技能' : '理论知识'}合格成绩，不能只报考${partName}`,
      [{ field: 'onlyPart', message: '没有可保留的合格成绩' }],
    );
  return opts.onlyPart;
}
