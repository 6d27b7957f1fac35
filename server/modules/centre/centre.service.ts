import { asc, eq, inArray } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.js';
import { centres, occupations, regulations, venues } from '../../db/schema/index.js';
import { authorize, type Actor } from '../../http/access.js';
import { AppError } from '../../http/errors.js';
import { can } from '../../../shared/access.js';
import type { CentreBody, Venue } from '../../../shared/centre.js';
import { filingValidityNames } from '../../../shared/centre.rules.js';
import type { z } from 'zod';
import type { regulationItem, venueItem } from '../../../shared/centre.js';
import { recordAudit } from '../audit/audit.service.js';
import { presentCentre, presentRegulation } from './centre.present.js';
import { filingStatus } from './centre.rules.js';
import { chinaToday } from '../../../shared/dates.js';

type CentreRow = typeof centres.$inferSelect;

/** The centre of this deployment (the first one; several centres per deployment are not used yet). */
export async function loadCentre(db: DbOrTx, lock = false): Promise<CentreRow> {
  const q = db.select().from(centres).orderBy(asc(centres.createdAt)).limit(1);
  const [row] = lock ? await q.for('update') : await q;
  if (!row) throw new AppError('CONFLICT', '尚未建立认定中心');
  return row;
}

export async function getCentre(db: Db, opts: { actor: Actor | null; today?: string }) {
  authorize(opts.actor, 'centre.read');
  return presentCentre(await loadCentre(db), opts.today);
}

/** R-ORG-01: the profile, filing code and date, the school's legal data and the centre's settings. */
export async function updateCentre(db: Db, opts: { actor: Actor | null; data: CentreBody }) {
  authorize(opts.actor, 'centre.manage');
  const actor = opts.actor;
  const d = opts.data;
  if (!!d.filingCode !== !!d.filingDate)
    throw new AppError(
      'VALIDATION',
      d.filingCode ? '备案日期：填写备案号时须同时填写备案日期' : '备案号：填写备案日期时须同时填写备案号',
      [{ field: d.filingCode ? 'filingDate' : 'filingCode', message: '备案号与备案日期须同时填写' }],
    );
  const blank = (v: string | null | undefined) => (v === undefined || v === '' ? null : v);
  return db.transaction(async (tx) => {
    const before = await loadCentre(tx, true);
    const values = Object.fromEntries(
      Object.entries(d).map(([k, v]) => [k, typeof v === 'string' || v == null ? blank(v as string) : v]),
    );
    const [row] = await tx
      .update(centres)
      .set({
        ...values,
        filingWarnDays: d.filingWarnDays ?? before.filingWarnDays,
        assessmentPassMark: d.assessmentPassMark ?? before.assessmentPassMark,
        updatedAt: new Date(),
      })
      .where(eq(centres.id, before.id))
      .returning();
    await recordAudit(tx, actor, {
      action: 'update',
      entity: 'centre',
      entityId: row.id,
      before: presentCentre(before),
      after: presentCentre(row),
    });
    return presentCentre(row);
  });
}

/** R-ORG-01: the home page's reminder when the filing is about to expire or has expired. */
export async function describeCentreReminders(db: Db, opts: { actor: Actor; today?: string }) {
  if (!can(opts.actor.role, 'centre.read') || opts.actor.role === 'college_clerk') return [];
  const [row] = await db.select().from(centres).orderBy(asc(centres.createdAt)).limit(1);
  if (!row) return [];
  const f = filingStatus(row, opts.today ?? chinaToday(), row.filingWarnDays);
  const link = '/centre';
  if (f.status === 'expired')
    return [
      {
        level: 'error' as const,
        text: `认定中心备案已于 ${f.validUntil} 到期（${filingValidityNames.expired}），不能再安排新的认定批次，请尽快办理备案`,
        link,
      },
    ];
  if (f.status === 'expiring')
    return [
      {
        level: 'warning' as const,
        text: `认定中心备案将于 ${f.validUntil} 到期（还有 ${f.daysLeft} 天），请及时办理重新备案`,
        link,
      },
    ];
  if (f.status === 'none') return [{ level: 'warning' as const, text: '认定中心尚未录入备案号和备案日期', link }];
  return [];
}

// ---- 文件、规章制度清单, 场地, 设施设备 (R-ORG-05): each edited as a whole list, like the form's tables ----

export async function listRegulations(db: DbOrTx, opts: { actor: Actor | null }) {
  authorize(opts.actor, 'filing.read');
  const centre = await loadCentre(db);
  return (
    await db.select().from(regulations).where(eq(regulations.centreId, centre.id)).orderBy(asc(regulations.seq))
  ).map(presentRegulation);
}

export async function saveRegulations(db: Db, opts: { actor: Actor | null; items: z.infer<typeof regulationItem>[] }) {
  authorize(opts.actor, 'filing.manage');
  const actor = opts.actor;
  return db.transaction(async (tx) => {
    const centre = await loadCentre(tx, true);
    const before = await listRegulations(tx, { actor });
    await tx.delete(regulations).where(eq(regulations.centreId, centre.id));
    if (opts.items.length)
      await tx.insert(regulations).values(
        opts.items.map((r, seq) => ({
          centreId: centre.id,
          seq,
          name: r.name,
          issuedOn: r.issuedOn ?? null,
          issuer: r.issuer ?? null,
        })),
      );
    const after = await listRegulations(tx, { actor });
    await recordAudit(tx, actor, { action: 'update', entity: 'regulations', entityId: centre.id, before, after });
    return after;
  });
}

async function occupationNames(db: DbOrTx, ids: (string | null)[]) {
  const list = [...new Set(ids.filter((x): x is string => !!x))];
  if (!list.length) return new Map<string, { code: string; name: string }>();
  const rows = await db
    .select({ id: occupations.id, code: occupations.code, name: occupations.name })
    .from(occupations)
    .where(inArray(occupations.id, list));
  return new Map(rows.map((r) => [r.id, r]));
}

async function assertOccupationsExist(db: DbOrTx, ids: (string | null | undefined)[], field: string) {
  const names = await occupationNames(
    db,
    ids.map((x) => x ?? null),
  );
  const issues = ids.flatMap((id, i) =>
    id && !names.has(id) ? [{ field: `items.${i}.${field}`, message: `第 ${i + 1} 项的职业：不存在` }] : [],
  );
  if (issues.length) throw new AppError('VALIDATION', issues.map((x) => x.message).join('；'), issues);
}

export async function listVenues(db: DbOrTx, opts: { actor: Actor | null }): Promise<Venue[]> {
  authorize(opts.actor, 'filing.read');
  const centre = await loadCentre(db);
  const rows = await db
    .select()
    .from(venues)
    .where(eq(venues.centreId, centre.id))
    .orderBy(asc(venues.kind), asc(venues.place));
  const names = await occupationNames(
    db,
    rows.map((r) => r.occupationId),
  );
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    occupationId: r.occupationId,
    occupationName: r.occupationId ? (names.get(r.occupationId)?.name ?? null) : null,
    place: r.place,
    area: r.area,
    count: r.count,
    note: r.note,
  }));
}

export async function saveVenues(db: Db, opts: { actor: Actor | null; items: z.infer<typeof venueItem>[] }) {
  authorize(opts.actor, 'filing.manage');
  const actor = opts.actor;
  await assertOccupationsExist(
    db,
    opts.items.map((v) => v.occupationId),
    'occupationId',
  );
  return db.transaction(async (tx) => {
    const centre = await loadCentre(tx, true);
    const before = await listVenues(tx, { actor });
    await tx.delete(venues).where(eq(venues.centreId, centre.id));
    if (opts.items.length)
      await tx.insert(venues).values(
        opts.items.map((v) => ({
          ...v,
          occupationId: v.occupationId ?? null,
          area: v.area ?? null,
          note: v.note ?? null,
          centreId: centre.id,
        })),
      );
    const after = await listVenues(tx, { actor });
    await recordAudit(tx, actor, { action: 'update', entity: 'venues', entityId: centre.id, before, after });
    return after;
  });
}
