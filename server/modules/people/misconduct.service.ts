import { and, desc, eq, inArray, ne } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db, DbOrTx } from '../../db/client.js';
import { examStaff, files, misconductRecords } from '../../db/schema/index.js';
import { authorize, type Actor } from '../../http/access.js';
import { AppError, notFound } from '../../http/errors.js';
import { can } from '../../../shared/access.js';
import { misconductActNames } from '../../../shared/people.js';
import type { misconductBody } from '../../../shared/people-appraisal.js';
import { recordAudit } from '../audit/audit.service.js';
import { loadPerson } from './people.store.js';
import { presentMisconduct } from './misconduct.present.js';

/** R-PPL-10: exam-staff misconduct (考务人员违纪处理办法 §5–7): the act ends exam duties; evidence kept; appeal. */

export async function listMisconduct(db: Db, opts: { actor: Actor | null; personId?: string }) {
  authorize(opts.actor, 'misconduct.manage');
  const rows = await db
    .select()
    .from(misconductRecords)
    .where(opts.personId ? eq(misconductRecords.personId, opts.personId) : undefined)
    .orderBy(desc(misconductRecords.occurredOn));
  const items = await presentMisconduct(db, rows);
  return { items, total: items.length };
}

/** Records the act and ends the person's exam duties (§5); the evidence files must exist and be readable. */
export async function recordMisconduct(db: Db, opts: { actor: Actor | null; data: z.infer<typeof misconductBody> }) {
  authorize(opts.actor, 'misconduct.manage');
  const actor = opts.actor;
  const d = opts.data;
  const row = await db.transaction(async (tx) => {
    const p = await loadPerson(tx, actor, d.personId);
    const ids = [...new Set(d.evidenceFileIds)];
    if (ids.length) {
      const found = await tx.select({ id: files.id, ownerId: files.ownerId }).from(files).where(inArray(files.id, ids));
      const readable = found.filter((f) => f.ownerId === actor.userId || can(actor.role, 'files.readAny'));
      if (readable.length !== ids.length)
        throw new AppError('VALIDATION', '证据材料：有文件不存在或无权使用', [
          { field: 'evidenceFileIds', message: '文件不存在' },
        ]);
    }
    const [row] = await tx
      .insert(misconductRecords)
      .values({
        personId: p.id,
        act: d.act,
        occurredOn: d.occurredOn,
        batchRef: d.batchRef ?? null,
        description: d.description,
        evidenceFileIds: ids,
      })
      .returning();
    const ended = await tx
      .update(examStaff)
      .set({ active: false, endedReason: `违纪：${misconductActNames[d.act]}` })
      .where(and(eq(examStaff.personId, p.id), eq(examStaff.active, true)))
      .returning();
    await recordAudit(tx, actor, {
      action: 'create',
      entity: 'misconduct',
      entityId: row.id,
      after: { ...row, name: p.name, endedRoles: ended.map((e) => e.role) },
    });
    return row;
  });
  return (await presentMisconduct(db, [row]))[0];
}

/** §7: the person appeals (recorded by the centre on their behalf). */
export async function fileAppeal(db: Db, opts: { actor: Actor | null; id: string; text: string }) {
  authorize(opts.actor, 'misconduct.manage');
  const actor = opts.actor;
  const row = await db.transaction(async (tx) => {
    const [before] = await tx.select().from(misconductRecords).where(eq(misconductRecords.id, opts.id)).for('update');
    if (!before) throw notFound('违纪记录');
    if (before.appealStatus !== 'none') throw new AppError('CONFLICT', '该违纪记录已申诉过');
    const [row] = await tx
      .update(misconductRecords)
      .set({ appealStatus: 'pending', appealText: opts.text })
      .where(eq(misconductRecords.id, opts.id))
      .returning();
    await recordAudit(tx, actor, { action: 'appeal', entity: 'misconduct', entityId: row.id, before, after: row });
    return row;
  });
  return (await presentMisconduct(db, [row]))[0];
}

/** The appeal's outcome; an overturned record gives back the exam duties it ended, unless another record stands. */
export async function decideAppeal(
  db: Db,
  opts: { actor: Actor | null; id: string; outcome: 'upheld' | 'overturned'; note: string },
) {
  authorize(opts.actor, 'misconduct.manage');
  const actor = opts.actor;
  const row = await db.transaction(async (tx) => {
    const [before] = await tx.select().from(misconductRecords).where(eq(misconductRecords.id, opts.id)).for('update');
    if (!before) throw notFound('违纪记录');
    if (before.appealStatus !== 'pending') throw new AppError('CONFLICT', '该违纪记录没有待处理的申诉');
    const [row] = await tx
      .update(misconductRecords)
      .set({ appealStatus: opts.outcome, appealOutcome: opts.note, appealDecidedAt: new Date() })
      .where(eq(misconductRecords.id, opts.id))
      .returning();
    if (opts.outcome === 'overturned' && !(await isBarredFromExamDuty(tx, before.personId, before.id)))
      await tx
        .update(examStaff)
        .set({ active: true, endedReason: null })
        .where(eq(examStaff.personId, before.personId));
    await recordAudit(tx, actor, {
      action: 'appeal.decide',
      entity: 'misconduct',
      entityId: row.id,
      before,
      after: row,
    });
    return row;
  });
  return (await presentMisconduct(db, [row]))[0];
}

/** For the arrangement: a standing misconduct record bars the person from exam duties (R-PPL-10). */
export async function isBarredFromExamDuty(db: DbOrTx, personId: string, exceptRecordId?: string): Promise<boolean> {
  const rows = await db
    .select({ id: misconductRecords.id })
    .from(misconductRecords)
    .where(
      and(
        eq(misconductRecords.personId, personId),
        ne(misconductRecords.appealStatus, 'overturned'),
        exceptRecordId ? ne(misconductRecords.id, exceptRecordId) : undefined,
      ),
    )
    .limit(1);
  return rows.length > 0;
}
