import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.js';
import { colleges } from '../../db/schema/index.js';
import { centreSummary } from '../centre/centre.reads.js';
import { assertCollegeScope, authorize, collegeFilter, type Actor } from '../../http/access.js';
import { AppError, notFound } from '../../http/errors.js';
import type { CollegeBody } from '../../../shared/colleges.js';
import { recordAudit } from '../audit/audit.service.js';
import { presentCollege } from './colleges.present.js';

/** R-ORG-07: a college clerk lists only its own college. */
export async function listColleges(db: Db, opts: { actor: Actor | null }) {
  authorize(opts.actor, 'colleges.read');
  const only = collegeFilter(opts.actor);
  const rows = await db
    .select()
    .from(colleges)
    .where(only ? eq(colleges.id, only) : undefined)
    .orderBy(asc(colleges.code));
  return { items: rows.map(presentCollege), total: rows.length };
}

export async function getCollege(db: Db, opts: { actor: Actor | null; id: string }) {
  authorize(opts.actor, 'colleges.read');
  assertCollegeScope(opts.actor, opts.id, '二级学院');
  const [row] = await db.select().from(colleges).where(eq(colleges.id, opts.id));
  if (!row) throw notFound('二级学院');
  return presentCollege(row);
}

export async function createCollege(db: Db, opts: { actor: Actor | null; data: CollegeBody }) {
  authorize(opts.actor, 'colleges.manage');
  const actor = opts.actor;
  return db.transaction(async (tx) => {
    const centre = await centreSummary(tx);
    if (!centre) throw new AppError('CONFLICT', '尚未建立认定中心，不能添加二级学院');
    await assertCodeFree(tx, opts.data.code);
    const [row] = await tx
      .insert(colleges)
      .values({ ...opts.data, centreId: centre.id })
      .returning();
    await recordAudit(tx, actor, { action: 'create', entity: 'college', entityId: row.id, after: presentCollege(row) });
    return presentCollege(row);
  });
}

export async function updateCollege(db: Db, opts: { actor: Actor | null; id: string; data: CollegeBody }) {
  authorize(opts.actor, 'colleges.manage');
  const actor = opts.actor;
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(colleges).where(eq(colleges.id, opts.id)).for('update');
    if (!before) throw notFound('二级学院');
    if (before.code !== opts.data.code) await assertCodeFree(tx, opts.data.code);
    const [row] = await tx.update(colleges).set(opts.data).where(eq(colleges.id, opts.id)).returning();
    await recordAudit(tx, actor, {
      action: 'update',
      entity: 'college',
      entityId: row.id,
      before: presentCollege(before),
      after: presentCollege(row),
    });
    return presentCollege(row);
  });
}

async function assertCodeFree(db: DbOrTx, code: string) {
  const [dup] = await db
    .select({ n: sql<number>`1` })
    .from(colleges)
    .where(and(eq(colleges.code, code)));
  if (dup)
    throw new AppError('CONFLICT', `编码“${code}”已被其他二级学院使用`, [{ field: 'code', message: '编码已被使用' }]);
}
