import { and, asc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db, DbOrTx } from '../../db/client.js';
import { examRooms, examSites, roomUnavailability } from '../../db/schema/index.js';
import { authorize, type Actor } from '../../http/access.js';
import { AppError, notFound } from '../../http/errors.js';
import type { Room, Site, roomBody, siteBody, unavailabilityBody } from '../../../shared/arrangement.js';
import { recordAudit } from '../audit/audit.service.js';
import { isUniqueViolation } from '../../db/errors.js';
import { personsByIds } from '../people/people.reads.js';
import { presentRooms, presentSites } from './venues.present.js';

/** 考点 and 考场 (R-ARR-01): sites, rooms of three kinds with capacity and equipment, and when a room is unavailable. */

type SiteData = z.output<typeof siteBody>;
type RoomData = z.output<typeof roomBody>;
type UnavailabilityData = z.output<typeof unavailabilityBody>;

export async function listSites(db: DbOrTx, opts: { actor: Actor | null }) {
  authorize(opts.actor, 'arrangement.read');
  const items = await presentSites(db, await db.select().from(examSites).orderBy(asc(examSites.name)));
  return { items, total: items.length };
}

async function checkSite(db: DbOrTx, d: SiteData) {
  if (d.headPersonId && !(await personsByIds(db, [d.headPersonId])).length)
    throw new AppError('VALIDATION', '考场负责人：人员不存在', [
      { field: 'headPersonId', message: '考场负责人：人员不存在' },
    ]);
}

const duplicateSite = () =>
  new AppError('CONFLICT', '考点名称：已被使用', [{ field: 'name', message: '考点名称：已被使用' }]);

export async function saveSite(db: Db, opts: { actor: Actor | null; id?: string; data: SiteData }): Promise<Site> {
  authorize(opts.actor, 'arrangement.manage');
  const actor = opts.actor;
  await checkSite(db, opts.data);
  const values = {
    name: opts.data.name,
    address: opts.data.address ?? null,
    headPersonId: opts.data.headPersonId ?? null,
    active: opts.data.active,
    note: opts.data.note ?? null,
  };
  try {
    const row = await db.transaction(async (tx) => {
      if (!opts.id) {
        const [created] = await tx.insert(examSites).values(values).returning();
        await recordAudit(tx, actor, { action: 'create', entity: 'exam_site', entityId: created.id, after: created });
        return created;
      }
      const [before] = await tx.select().from(examSites).where(eq(examSites.id, opts.id)).for('update');
      if (!before) throw notFound('考点');
      const [after] = await tx
        .update(examSites)
        .set({ ...values, updatedAt: new Date() })
        .where(eq(examSites.id, opts.id))
        .returning();
      await recordAudit(tx, actor, { action: 'update', entity: 'exam_site', entityId: after.id, before, after });
      return after;
    });
    return (await presentSites(db, [row]))[0];
  } catch (e) {
    if (isUniqueViolation(e)) throw duplicateSite();
    throw e;
  }
}

export async function listRooms(db: DbOrTx, opts: { actor: Actor | null; siteId?: string }) {
  authorize(opts.actor, 'arrangement.read');
  const rows = await db
    .select()
    .from(examRooms)
    .where(opts.siteId ? eq(examRooms.siteId, opts.siteId) : undefined)
    .orderBy(asc(examRooms.siteId), asc(examRooms.kind), asc(examRooms.name));
  const items = await presentRooms(db, rows);
  return {
    items: items.sort(
      (a, b) => a.siteName.localeCompare(b.siteName, 'zh') || a.name.localeCompare(b.name, 'zh', { numeric: true }),
    ),
    total: items.length,
  };
}

export async function getRoom(db: DbOrTx, opts: { actor: Actor | null; id: string }): Promise<Room> {
  authorize(opts.actor, 'arrangement.read');
  const [row] = await db.select().from(examRooms).where(eq(examRooms.id, opts.id));
  if (!row) throw notFound('考场');
  return (await presentRooms(db, [row]))[0];
}

export async function saveRoom(db: Db, opts: { actor: Actor | null; id?: string; data: RoomData }): Promise<Room> {
  authorize(opts.actor, 'arrangement.manage');
  const actor = opts.actor;
  const d = opts.data;
  // R-ARR-01: a standard theory room seats at most 30 (the solver never seats more even if more is entered).
  if (d.kind === 'theory' && d.capacity > 30)
    throw new AppError('VALIDATION', '容量：标准理论考场不超过 30 座（R-ARR-01）', [
      { field: 'capacity', message: '容量：标准理论考场不超过 30 座' },
    ]);
  const [siteRow] = await db.select().from(examSites).where(eq(examSites.id, d.siteId));
  if (!siteRow) throw new AppError('VALIDATION', '考点：不存在', [{ field: 'siteId', message: '考点：不存在' }]);
  const values = {
    siteId: d.siteId,
    name: d.name,
    kind: d.kind,
    capacity: d.capacity,
    stations: d.stations ?? null,
    equipment: [...new Set(d.equipment)],
    active: d.active,
    note: d.note ?? null,
  };
  try {
    const row = await db.transaction(async (tx) => {
      if (!opts.id) {
        const [created] = await tx.insert(examRooms).values(values).returning();
        await recordAudit(tx, actor, { action: 'create', entity: 'exam_room', entityId: created.id, after: created });
        return created;
      }
      const [before] = await tx.select().from(examRooms).where(eq(examRooms.id, opts.id)).for('update');
      if (!before) throw notFound('考场');
      const [after] = await tx
        .update(examRooms)
        .set({ ...values, updatedAt: new Date() })
        .where(eq(examRooms.id, opts.id))
        .returning();
      await recordAudit(tx, actor, { action: 'update', entity: 'exam_room', entityId: after.id, before, after });
      return after;
    });
    return (await presentRooms(db, [row]))[0];
  } catch (e) {
    if (isUniqueViolation(e))
      throw new AppError('CONFLICT', '考场名称：该考点已有同名考场', [
        { field: 'name', message: '考场名称：该考点已有同名考场' },
      ]);
    throw e;
  }
}

export async function addUnavailability(
  db: Db,
  opts: { actor: Actor | null; roomId: string; data: UnavailabilityData },
): Promise<Room> {
  authorize(opts.actor, 'arrangement.manage');
  const actor = opts.actor;
  await db.transaction(async (tx) => {
    const [room] = await tx.select().from(examRooms).where(eq(examRooms.id, opts.roomId));
    if (!room) throw notFound('考场');
    const [row] = await tx
      .insert(roomUnavailability)
      .values({ roomId: room.id, ...opts.data })
      .returning();
    await recordAudit(tx, actor, { action: 'unavailable.add', entity: 'exam_room', entityId: room.id, after: row });
  });
  return getRoom(db, { actor, id: opts.roomId });
}

export async function removeUnavailability(
  db: Db,
  opts: { actor: Actor | null; roomId: string; id: string },
): Promise<Room> {
  authorize(opts.actor, 'arrangement.manage');
  const actor = opts.actor;
  await db.transaction(async (tx) => {
    const [row] = await tx
      .delete(roomUnavailability)
      .where(and(eq(roomUnavailability.id, opts.id), eq(roomUnavailability.roomId, opts.roomId)))
      .returning();
    if (!row) throw notFound('不可用时段');
    await recordAudit(tx, actor, {
      action: 'unavailable.remove',
      entity: 'exam_room',
      entityId: opts.roomId,
      before: row,
    });
  });
  return getRoom(db, { actor, id: opts.roomId });
}
