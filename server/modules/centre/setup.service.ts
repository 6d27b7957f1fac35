import { asc, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { centres, colleges } from '../../db/schema/index.js';
import { authorize, type Actor } from '../../http/access.js';
import { AppError } from '../../http/errors.js';
import type { CentreBody } from '../../../shared/centre.js';
import { recordAudit } from '../audit/audit.service.js';
import { presentCentre } from './centre.present.js';

/** Advisory-lock key that serialises the first-run creation of the centre (two admins submitting at once). */
const SETUP_LOCK_KEY = 7_201_018;

/** First-run setup (production): whether the centre exists yet, and how many colleges it has. */
export async function describeSetup(db: Db, opts: { actor: Actor | null }) {
  authorize(opts.actor, 'centre.manage');
  const [centre] = await db
    .select({ id: centres.id, name: centres.name })
    .from(centres)
    .orderBy(asc(centres.createdAt))
    .limit(1);
  const [{ n }] = await db.select({ n: sql<number>`count(*)::int` }).from(colleges);
  return { centreExists: !!centre, centreName: centre?.name ?? null, collegeCount: Number(n) };
}

/**
 * First-run setup (R-ORG-01): a production install starts with no centre, and nothing (colleges, people, plans) can
 * be added before it exists. The system admin creates it once, audited; afterwards only `PUT /centre` changes it.
 */
export async function createCentre(db: Db, opts: { actor: Actor | null; data: CentreBody }) {
  authorize(opts.actor, 'centre.manage');
  const actor = opts.actor;
  const d = opts.data;
  if (!!d.filingCode !== !!d.filingDate)
    throw new AppError(
      'VALIDATION',
      d.filingCode ? '备案日期：填写备案号时须同时填写备案日期' : '备案号：填写备案日期时须同时填写备案号',
      [{ field: d.filingCode ? 'filingDate' : 'filingCode', message: '备案号与备案日期须同时填写' }],
    );
  const blank = (v: unknown) => (v === undefined || v === '' ? null : v);
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SETUP_LOCK_KEY})`);
    const [existing] = await tx.select({ id: centres.id }).from(centres).limit(1);
    if (existing) throw new AppError('CONFLICT', '认定中心已建立，请在“认定中心”页面修改其信息');
    const values = Object.fromEntries(
      Object.entries(d).map(([k, v]) => [k, typeof v === 'string' || v == null ? blank(v) : v]),
    );
    const [row] = await tx
      .insert(centres)
      .values({ ...(values as typeof centres.$inferInsert), name: d.name, shortName: d.shortName })
      .returning();
    const created = presentCentre(row);
    await recordAudit(tx, actor, { action: 'create', entity: 'centre', entityId: row.id, after: created });
    return created;
  });
}
