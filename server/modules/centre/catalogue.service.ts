import { and, asc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Db, DbOrTx } from '../../db/client.js';
import { catalogueEditions, occupationJobs, occupations } from '../../db/schema/index.js';
import { authorize, systemActor, type Actor } from '../../http/access.js';
import { AppError, notFound, type FieldIssue } from '../../http/errors.js';
import { assertClean, readSheet } from '../../http/sheet.js';
import type { Occupation } from '../../../shared/scope.js';
import { OCCUPATION_CODE, parseLevels } from '../../../shared/centre.rules.js';
import { recordAudit } from '../audit/audit.service.js';
import { editionSeed, loadCatalogueSeed } from './catalogue.data.js';
import { sameJobName, type CatalogueOccupation } from './centre.rules.js';
import { presentOccupation } from './catalogue.present.js';

type OccRow = typeof occupations.$inferSelect;

async function withJobs(db: DbOrTx, rows: OccRow[]): Promise<Occupation[]> {
  if (!rows.length) return [];
  const jobs = await db
    .select()
    .from(occupationJobs)
    .where(
      inArray(
        occupationJobs.occupationId,
        rows.map((r) => r.id),
      ),
    );
  return rows.map((r) => presentOccupation(r, jobs));
}

/**
 * R-ORG-02: loads both catalogue editions on an empty catalogue, in batches (it runs in every test template too).
 * Idempotent: a catalogue that has occupations is left as it is (hand edits are kept). Returns the number loaded.
 */
export async function seedCatalogue(tx: DbOrTx, actor: Actor = systemActor): Promise<number> {
  const [{ n }] = await tx.select({ n: sql<number>`count(*)::int` }).from(occupations);
  if (Number(n) > 0) return 0;
  await tx.insert(catalogueEditions).values(editionSeed).onConflictDoNothing();
  const seed = loadCatalogueSeed();
  const ids = new Map<string, string>();
  for (let i = 0; i < seed.length; i += 500) {
    const part = seed.slice(i, i + 500);
    const rows = await tx
      .insert(occupations)
      .values(part.map(({ jobs: _jobs, ...o }) => o))
      .returning({ id: occupations.id, edition: occupations.edition, code: occupations.code });
    for (const r of rows) ids.set(`${r.edition}|${r.code}`, r.id);
  }
  const jobs = seed.flatMap((o) => o.jobs.map((j) => ({ occupationId: ids.get(`${o.edition}|${o.code}`)!, ...j })));
  for (let i = 0; i < jobs.length; i += 500) await tx.insert(occupationJobs).values(jobs.slice(i, i + 500));
  const counts = Object.fromEntries(
    editionSeed.map((e) => [e.edition, seed.filter((o) => o.edition === e.edition).length]),
  );
  await recordAudit(tx, actor, {
    action: 'seed',
    entity: 'catalogue',
    entityId: '2015,2022',
    after: { occupations: counts, jobs: jobs.length },
  });
  return seed.length;
}

export async function listEditions(db: Db, opts: { actor: Actor | null }) {
  authorize(opts.actor, 'catalogue.read');
  const rows = await db
    .select({
      edition: catalogueEditions.edition,
      name: catalogueEditions.name,
      isDefault: catalogueEditions.isDefault,
      count: sql<number>`(select count(*)::int from occupations o where o.edition = "catalogue_editions"."edition")`,
    })
    .from(catalogueEditions)
    .orderBy(asc(catalogueEditions.edition));
  return rows.map((r) => ({ ...r, count: Number(r.count) }));
}

/** R-ORG-02: the picker's search, by code (prefix) or name (part), in one edition (the default 2022 unless given). */
export async function searchOccupations(
  db: Db,
  opts: { actor: Actor | null; edition?: string; keyword?: string; page: number; pageSize: number },
) {
  authorize(opts.actor, 'catalogue.read');
  const where: SQL[] = [eq(occupations.edition, opts.edition ?? '2022')];
  const k = opts.keyword?.trim();
  if (k) {
    const like = `%${k.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    where.push(
      or(
        ilike(occupations.code, `${k.replace(/[%_\\]/g, (c) => `\\${c}`)}%`),
        ilike(occupations.name, like),
        sql`exists (select 1 from occupation_jobs j where j.occupation_id = "occupations"."id" and j.name ilike ${like})`,
      )!,
    );
  }
  const cond = and(...where);
  const [rows, [{ total }]] = await Promise.all([
    db
      .select()
      .from(occupations)
      .where(cond)
      .orderBy(asc(occupations.code))
      .limit(opts.pageSize)
      .offset((opts.page - 1) * opts.pageSize),
    db
      .select({ total: sql<number>`count(*)::int` })
      .from(occupations)
      .where(cond),
  ]);
  return { items: await withJobs(db, rows), total: Number(total) };
}

/** For other modules: one occupation of an edition with its jobs and standard levels, or null. */
export async function findOccupation(
  db: DbOrTx,
  opts: { edition: string; code: string },
): Promise<(CatalogueOccupation & { id: string }) | null> {
  const [row] = await db
    .select()
    .from(occupations)
    .where(and(eq(occupations.edition, opts.edition), eq(occupations.code, opts.code)));
  if (!row) return null;
  const [o] = await withJobs(db, [row]);
  return {
    id: o.id,
    edition: o.edition,
    code: o.code,
    name: o.name,
    levels: o.levels,
    jobs: o.jobs.map((j) => ({ name: j.name, levels: j.levels })),
  };
}

export async function getOccupation(db: DbOrTx, opts: { actor: Actor | null; id: string }) {
  authorize(opts.actor, 'catalogue.read');
  const [row] = await db.select().from(occupations).where(eq(occupations.id, opts.id));
  if (!row) throw notFound('职业');
  return (await withJobs(db, [row]))[0];
}

/** R-ORG-02: levels are known for few occupations, so they stay editable. */
export async function setOccupationLevels(
  db: Db,
  opts: { actor: Actor | null; id: string; levels: number[] | null; levelsNote?: string | null },
) {
  authorize(opts.actor, 'catalogue.manage');
  const actor = opts.actor;
  return db.transaction(async (tx) => {
    const before = await getOccupation(tx, { actor, id: opts.id });
    const levels = opts.levels ? [...opts.levels].sort((a, b) => b - a) : null;
    await tx
      .update(occupations)
      .set({ levels, levelsNote: opts.levelsNote ?? null, updatedAt: new Date() })
      .where(eq(occupations.id, opts.id));
    const after = await getOccupation(tx, { actor, id: opts.id });
    await recordAudit(tx, actor, { action: 'update', entity: 'occupation', entityId: opts.id, before, after });
    return after;
  });
}

export async function addOccupationJob(
  db: Db,
  opts: { actor: Actor | null; id: string; name: string; levels?: number[] | null },
) {
  authorize(opts.actor, 'catalogue.manage');
  const actor = opts.actor;
  return db.transaction(async (tx) => {
    const before = await getOccupation(tx, { actor, id: opts.id });
    if (before.jobs.some((j) => sameJobName(j.name, opts.name)))
      throw new AppError('CONFLICT', `名称：工种“${opts.name}”已存在`, [{ field: 'name', message: '工种已存在' }]);
    const levels = opts.levels ? [...opts.levels].sort((a, b) => b - a) : null;
    await tx
      .insert(occupationJobs)
      .values({ occupationId: opts.id, name: opts.name, levels, source: `${actor.displayName} 手工添加` });
    const after = await getOccupation(tx, { actor, id: opts.id });
    await recordAudit(tx, actor, { action: 'update', entity: 'occupation', entityId: opts.id, before, after });
    return after;
  });
}

const jobColumns = [
  {
    key: 'edition',
    headers: ['目录版本', '版本'],
    required: true,
    schema: z.enum(['2015', '2022'], { message: '应为 2015 或 2022' }),
    textOnly: false,
  },
  {
    key: 'code',
    headers: ['职业编码', '职业编号'],
    required: true,
    schema: z.string().regex(OCCUPATION_CODE, '格式应为 N-NN-NN-NN'),
  },
  {
    key: 'jobName',
    headers: ['工种名称', '工种/职业方向', '工种'],
    required: true,
    schema: z.string().min(2, '至少 2 个字').max(50),
  },
  {
    key: 'levels',
    headers: ['等级', '级别'],
    schema: z.string().transform((v, ctx) => {
      if (!v) return null;
      const r = parseLevels(v);
      if (typeof r === 'string') ctx.addIssue({ code: 'custom', message: r });
      return typeof r === 'string' ? null : r;
    }),
  },
];

/** R-ORG-02: jobs (and their levels) from Excel; every bad row reported by row and column, nothing half-imported. */
export async function importOccupationJobs(db: Db, opts: { actor: Actor | null; bytes: Buffer }) {
  authorize(opts.actor, 'catalogue.manage');
  const actor = opts.actor;
  const { rows, issues } = await readSheet(opts.bytes, { columns: jobColumns, maxRows: 5000 });
  return db.transaction(async (tx) => {
    const found = new Map<string, Occupation>();
    const seen = new Set<string>();
    const toAdd: { occupationId: string; name: string; levels: number[] | null }[] = [];
    let skipped = 0;
    for (const r of rows) {
      const v = r.values as { edition?: string; code?: string; jobName?: string; levels?: number[] | null };
      if (!v.edition || !v.code || !v.jobName) continue;
      const key = `${v.edition}|${v.code}`;
      if (!found.has(key)) {
        const [o] = await tx
          .select()
          .from(occupations)
          .where(and(eq(occupations.edition, v.edition), eq(occupations.code, v.code)));
        if (o) found.set(key, (await withJobs(tx, [o]))[0]);
      }
      const occ = found.get(key);
      if (!occ) {
        issues.push({
          row: r.rowNumber,
          column: 'B',
          field: 'code',
          message: `第 ${r.rowNumber} 行 B 列（职业编码）：${v.edition} 版目录中没有职业 ${v.code}`,
        } as FieldIssue);
        continue;
      }
      const jobKey = `${occ.id}|${v.jobName.replace(/\s+/g, '')}`;
      if (seen.has(jobKey) || occ.jobs.some((j) => sameJobName(j.name, v.jobName!))) {
        skipped++;
        continue;
      }
      seen.add(jobKey);
      toAdd.push({ occupationId: occ.id, name: v.jobName, levels: v.levels ?? null });
    }
    assertClean(issues);
    if (toAdd.length)
      await tx.insert(occupationJobs).values(toAdd.map((j) => ({ ...j, source: `${actor.displayName} Excel 导入` })));
    await recordAudit(tx, actor, { action: 'import', entity: 'occupation_job', after: { added: toAdd, skipped } });
    return { added: toAdd.length, skipped };
  });
}
