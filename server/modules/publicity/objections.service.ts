// R-PUB-01: objections to publicised results: from the public page (no login, during the window), from a candidate
// in the portal (its own application, during the window), or recorded by staff (a letter, a call, while the window
// is open); resolved by the centre with a required reason. Every one audited.
import { and, eq } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.js';
import { publicityObjections } from '../../db/schema/index.js';
import { authorize, type Actor } from '../../http/access.js';
import { AppError, notFound } from '../../http/errors.js';
import { chinaToday } from '../../../shared/dates.js';
import type { PublicityObjection } from '../../../shared/publicity.js';
import { recordAudit } from '../audit/audit.service.js';
import { applicationsOfPersons } from '../registration/registration.reads.js';
import { candidateOfUser } from '../people/people.reads.js';
import { objectionRefusal } from './publicity.rules.js';
import { storedEntries, windowOf, type WindowRow } from './publicity.store.js';
import { presentObjection, userNames } from './publicity.present.js';

interface NewObjection {
  source: 'candidate' | 'public' | 'staff';
  name: string;
  contact: string;
  content: string;
  applicationId: string | null;
  createdBy: string | null;
}

/** Locks the window (so making results final waits for an objection being filed, and the other way round). */
async function lockedWindow(tx: DbOrTx, batchId: string): Promise<WindowRow> {
  const w = await windowOf(tx, batchId, true);
  if (!w) throw notFound('成绩公示');
  return w;
}

async function insertObjection(tx: DbOrTx, actor: Actor | null, w: WindowRow, o: NewObjection, ip?: string | null) {
  const [row] = await tx
    .insert(publicityObjections)
    .values({ batchId: w.batchId, ...o })
    .returning();
  await recordAudit(tx, actor, {
    action: 'publicity.objection',
    entity: 'publicity_objection',
    entityId: row.id,
    after: { batchId: w.batchId, source: o.source, applicationId: o.applicationId, ...(ip ? { ip } : {}) },
  });
  return row;
}

const RECEIPT = '异议已登记，认定中心将在公示期结束前核实处理，并通过您留下的联系方式答复。';

/** R-PUB-01: an objection from the public page, during the window only; the entry by its 序号 or ticket number. */
export async function filePublicObjection(
  db: Db,
  opts: {
    batchId: string;
    ip: string | null;
    today?: string;
    data: {
      objectorName: string;
      objectorContact: string;
      objectionText: string;
      entryNo?: number | null;
      ticketNumber?: string | null;
    };
  },
) {
  const today = opts.today ?? chinaToday();
  return db.transaction(async (tx) => {
    const w = await lockedWindow(tx, opts.batchId);
    // A window not yet started is not public: it answers like a missing one.
    if (w.state === 'open' && today < w.startsOn) throw notFound('成绩公示');
    const refusal = objectionRefusal(w, today);
    if (refusal) throw new AppError('CONFLICT', refusal);
    const entries = storedEntries(w);
    let applicationId: string | null = null;
    const d = opts.data;
    if (d.ticketNumber) {
      const e = entries.find((x) => x.ticketNumber === d.ticketNumber);
      if (!e)
        throw new AppError('VALIDATION', '准考证号：公示名单中没有此准考证号', [
          { field: 'ticketNumber', message: '准考证号：公示名单中没有此准考证号' },
        ]);
      applicationId = e.applicationId;
    } else if (d.entryNo) {
      const e = entries[d.entryNo - 1];
      if (!e)
        throw new AppError('VALIDATION', `公示序号：公示名单共 ${entries.length} 条，没有第 ${d.entryNo} 条`, [
          { field: 'entryNo', message: '公示序号：超出公示名单' },
        ]);
      applicationId = e.applicationId;
    }
    const row = await insertObjection(
      tx,
      null,
      w,
      {
        source: 'public',
        name: d.objectorName,
        contact: d.objectorContact,
        content: d.objectionText,
        applicationId,
        createdBy: null,
      },
      opts.ip,
    );
    return { id: row.id, message: RECEIPT };
  });
}

/** R-PUB-01: a candidate's objection to its own result, from the portal, during the window only. */
export async function fileCandidateObjection(
  db: Db,
  opts: {
    actor: Actor | null;
    today?: string;
    data: { applicationId: string; objectorContact: string; objectionText: string };
  },
) {
  authorize(opts.actor, 'publicity.own');
  const actor = opts.actor;
  const today = opts.today ?? chinaToday();
  const person = await candidateOfUser(db, actor.userId);
  const app = person
    ? (await applicationsOfPersons(db, [person.id])).find((a) => a.id === opts.data.applicationId)
    : undefined;
  if (!person || !app) throw notFound('报名申请');
  return db.transaction(async (tx) => {
    const w = await lockedWindow(tx, app.batchId);
    const refusal = objectionRefusal(w, today);
    if (refusal) throw new AppError('CONFLICT', refusal);
    const row = await insertObjection(tx, actor, w, {
      source: 'candidate',
      name: person.name,
      contact: opts.data.objectorContact,
      content: opts.data.objectionText,
      applicationId: app.id,
      createdBy: actor.userId,
    });
    return { id: row.id, message: RECEIPT };
  });
}

/** R-PUB-01: staff record an objection received another way (a letter, a call) while the window is open. */
export async function recordStaffObjection(
  db: Db,
  opts: {
    actor: Actor | null;
    batchId: string;
    data: { objectorName: string; objectorContact: string; objectionText: string; applicationId?: string | null };
  },
): Promise<PublicityObjection> {
  authorize(opts.actor, 'publicity.manage');
  const actor = opts.actor;
  return db.transaction(async (tx) => {
    const w = await lockedWindow(tx, opts.batchId);
    if (w.state === 'final') throw new AppError('CONFLICT', '本批次成绩已确定，不能再登记异议');
    const entries = storedEntries(w);
    const d = opts.data;
    if (d.applicationId && !entries.some((e) => e.applicationId === d.applicationId))
      throw new AppError('VALIDATION', '报名申请：不在本批次的公示名单中', [
        { field: 'applicationId', message: '报名申请：不在本批次的公示名单中' },
      ]);
    const row = await insertObjection(tx, actor, w, {
      source: 'staff',
      name: d.objectorName,
      contact: d.objectorContact,
      content: d.objectionText,
      applicationId: d.applicationId ?? null,
      createdBy: actor.userId,
    });
    return presentObjection(row, new Map(), new Map(entries.map((e) => [e.applicationId, e])));
  });
}

/** R-PUB-01: an objection is resolved with its reason (required); results become final only when none is open. */
export async function resolveObjection(
  db: Db,
  opts: { actor: Actor | null; id: string; resolution: string },
): Promise<PublicityObjection> {
  authorize(opts.actor, 'publicity.manage');
  const actor = opts.actor;
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(publicityObjections)
      .where(eq(publicityObjections.id, opts.id))
      .for('update');
    if (!before) throw notFound('异议');
    if (before.state !== 'open') throw new AppError('CONFLICT', '该异议已处理');
    const [after] = await tx
      .update(publicityObjections)
      .set({ state: 'resolved', resolution: opts.resolution, resolvedBy: actor.userId, resolvedAt: new Date() })
      .where(and(eq(publicityObjections.id, opts.id), eq(publicityObjections.state, 'open')))
      .returning();
    await recordAudit(tx, actor, {
      action: 'publicity.resolve',
      entity: 'publicity_objection',
      entityId: after.id,
      before: { state: before.state },
      after: { state: after.state, resolution: after.resolution },
    });
    const w = await windowOf(tx, after.batchId);
    const entries = w ? storedEntries(w) : [];
    return presentObjection(
      after,
      await userNames(tx, [after.resolvedBy]),
      new Map(entries.map((e) => [e.applicationId, e])),
    );
  });
}
