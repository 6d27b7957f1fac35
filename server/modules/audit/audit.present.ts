import { inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { auditLog, colleges, files, occupations, users } from '../../db/schema/index.js';
import { auditActionName, auditEntityName, type AuditRow } from '../../../shared/audit.js';
import type { AuditObjectNamer, AuditObjectRef } from './audit.types.js';

type AuditRecord = typeof auditLog.$inferSelect;

/** The key of one object in an `AuditObjectNamer`'s answer. */
export const objectKey = (entity: string, id: string) => `${entity}:${id}`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Ids that can be looked up (rows also store ids such as `bulk:4`, `batch:<id>`, a year or `2015,2022`). */
export const lookupIds = (refs: readonly AuditObjectRef[], entities: readonly string[]) => [
  ...new Set(refs.filter((r) => entities.includes(r.entity) && UUID.test(r.entityId)).map((r) => r.entityId)),
];

/** The object's own title or name, when the row's after/before carries one (most creates and updates do). */
function ownLabel(r: AuditRecord): string | null {
  for (const v of [r.after, r.before]) {
    if (!v || typeof v !== 'object' || Array.isArray(v)) continue;
    const o = v as Record<string, unknown>;
    for (const k of ['title', 'name', 'displayName', 'fileName', 'username'])
      if (typeof o[k] === 'string' && o[k]) return o[k] as string;
  }
  return null;
}

/** Names of the objects in the reference tables every module may read: accounts, colleges, occupations, files. */
async function referenceNames(db: DbOrTx, refs: readonly AuditObjectRef[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const userIds = lookupIds(refs, ['user']);
  const collegeIds = lookupIds(refs, ['college']);
  const occupationIds = lookupIds(refs, ['occupation']);
  const fileIds = lookupIds(refs, ['file']);
  const [us, cs, os, fs] = await Promise.all([
    userIds.length
      ? db
          .select({ id: users.id, name: users.displayName, username: users.username })
          .from(users)
          .where(inArray(users.id, userIds))
      : [],
    collegeIds.length
      ? db.select({ id: colleges.id, name: colleges.name }).from(colleges).where(inArray(colleges.id, collegeIds))
      : [],
    occupationIds.length
      ? db
          .select({ id: occupations.id, name: occupations.name, code: occupations.code })
          .from(occupations)
          .where(inArray(occupations.id, occupationIds))
      : [],
    fileIds.length ? db.select({ id: files.id, name: files.name }).from(files).where(inArray(files.id, fileIds)) : [],
  ]);
  for (const u of us) out.set(objectKey('user', u.id), `${u.name}（${u.username}）`);
  for (const c of cs) out.set(objectKey('college', c.id), c.name);
  for (const o of os) out.set(objectKey('occupation', o.id), `${o.code} ${o.name}`);
  for (const f of fs) out.set(objectKey('file', f.id), f.name);
  return out;
}

/** Fixed ids some callers record instead of a row's id (`entity:id`), in words. */
const fixedIds: Record<string, string> = {
  'audit:checkpoint': '签名检查点',
  'audit:checkpoints': '签名检查点文件',
  'user:initial:id6': '初始激活码的考生账号',
  'course_results:centre': '认定中心',
  'peopleSettings:1': '人员设置',
};

/** Ids that name a group rather than one object: a bulk review, a whole batch's applications, a fixed id. */
function groupLabel(r: AuditRecord, batchTitle: (id: string) => string | undefined): string | null {
  const id = r.entityId ?? '';
  if (fixedIds[objectKey(r.entity, id)]) return fixedIds[objectKey(r.entity, id)];
  if (r.entity === 'person' && r.action === 'import') return id === 'examiners' ? '考评员名单' : '教职工名单';
  const bulk = /^bulk:(\d+)$/.exec(id);
  if (bulk) return `${bulk[1]} 份${auditEntityName(r.entity)}（批量）`;
  const batch = /^batch:(.+)$/.exec(id);
  if (batch) return `${batchTitle(batch[1]) ?? '认定批次'}的全部${auditEntityName(r.entity)}`;
  return null;
}

/**
 * Audit rows as the page and the export show them (issue 9): the Chinese action and object type, and a readable
 * object (the batch's title, the person's name, the account's name), the raw id kept beside it for the tooltip.
 * Names are looked up once per page: the reference tables here, other modules' objects through `namer`.
 */
export async function presentAuditRows(db: DbOrTx, rows: AuditRecord[], namer?: AuditObjectNamer): Promise<AuditRow[]> {
  const refs: AuditObjectRef[] = rows.flatMap((r) => {
    if (!r.entityId) return [];
    const batch = /^batch:(.+)$/.exec(r.entityId)?.[1];
    return batch ? [{ entity: 'batch', entityId: batch }] : [{ entity: r.entity, entityId: r.entityId }];
  });
  const [own, theirs] = await Promise.all([referenceNames(db, refs), namer ? namer(db, refs) : new Map()]);
  const name = (entity: string, id: string) => own.get(objectKey(entity, id)) ?? theirs.get(objectKey(entity, id));
  return rows.map((r) => ({
    seq: r.seq,
    at: r.at.toISOString(),
    actorId: r.actorId,
    actorName: r.actorName,
    actorRole: r.actorRole,
    ip: r.ip,
    action: r.action,
    actionName: auditActionName(r.action),
    entity: r.entity,
    entityName: auditEntityName(r.entity),
    entityId: r.entityId,
    objectLabel:
      (r.entityId && (name(r.entity, r.entityId) ?? groupLabel(r, (id) => name('batch', id)))) || ownLabel(r) || null,
    before: r.before,
    after: r.after,
    hash: r.hash,
  }));
}
