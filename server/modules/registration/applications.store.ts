import { asc, count, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { applicationDecisions, applications, colleges, files, occupations, users } from '../../db/schema/index.js';
import { AppError } from '../../http/errors.js';
import type { ApplicationFilter, DecisionAction, EvidenceItem, ReviewStage } from '../../../shared/registration.js';
import type { Actor } from '../../http/access.js';
import { candidatesByIds, personIdsMatching, personNameOrder } from '../people/people.reads.js';
import { batchesForRegistration } from '../plans/plans.reads.js';
import type { ApplicationRecord, ApplicationView, DecisionRecord } from './applications.types.js';

/** Internal reads and writes shared by the applications services (portal, review, facts, PDF). */

/** `column = any($1::uuid[])`: one array parameter however many ids. */
const anyId = (column: typeof applications.personId, ids: string[]) => sql`${column} = any(${sql.param(ids)}::uuid[])`;

/**
 * The applications with their person, batch, occupation and college (people's and plans' through their reads), in
 * the order given; an application whose person or batch is missing is left out.
 */
export async function viewsOf(tx: DbOrTx, rows: ApplicationRecord[]): Promise<ApplicationView[]> {
  if (!rows.length) return [];
  const [people, batches] = await Promise.all([
    candidatesByIds(
      tx,
      rows.map((r) => r.personId),
    ),
    batchesForRegistration(
      tx,
      rows.map((r) => r.batchId),
    ),
  ]);
  const collegeIds = [...new Set(rows.map((r) => r.collegeId).filter((id): id is string => !!id))];
  const occupationIds = [...new Set(batches.map((b) => b.occupationId))];
  const [collegeRows, occupationRows] = await Promise.all([
    collegeIds.length
      ? tx.select({ id: colleges.id, name: colleges.name }).from(colleges).where(inArray(colleges.id, collegeIds))
      : [],
    occupationIds.length
      ? tx
          .select({ id: occupations.id, name: occupations.name, code: occupations.code })
          .from(occupations)
          .where(inArray(occupations.id, occupationIds))
      : [],
  ]);
  const personById = new Map(people.map((p) => [p.id, p]));
  const batchById = new Map(batches.map((b) => [b.id, b]));
  const collegeName = new Map(collegeRows.map((c) => [c.id, c.name]));
  const occupationById = new Map(occupationRows.map((o) => [o.id, o]));
  const out: ApplicationView[] = [];
  for (const a of rows) {
    const person = personById.get(a.personId);
    const batch = batchById.get(a.batchId);
    const occupation = batch && occupationById.get(batch.occupationId);
    if (!person || !batch || !occupation) continue;
    out.push({
      a,
      person,
      batch,
      occupation,
      collegeName: a.collegeId ? (collegeName.get(a.collegeId) ?? null) : null,
    });
  }
  return out;
}

/** One application with its person, batch, occupation and college, or null. */
export async function findView(tx: DbOrTx, id: string): Promise<ApplicationView | null> {
  const a = await findApplication(tx, id);
  return a ? ((await viewsOf(tx, [a]))[0] ?? null) : null;
}

/**
 * The SQL conditions of the review list's filters; a clerk's college scope is added by the caller. A keyword
 * matches the person's name, 学号 or masked ID number: people finds the persons, the list keeps their applications.
 */
export async function filterConditions(tx: DbOrTx, f: ApplicationFilter, only: string | null): Promise<SQL[]> {
  const cond: SQL[] = [];
  if (only) cond.push(eq(applications.collegeId, only));
  if (f.batchId) cond.push(eq(applications.batchId, f.batchId));
  if (f.status) cond.push(eq(applications.status, f.status));
  if (f.collegeId) cond.push(eq(applications.collegeId, f.collegeId));
  if (f.eligible !== undefined)
    cond.push(f.eligible === null ? isNull(applications.eligible) : eq(applications.eligible, f.eligible));
  if (f.level) cond.push(eq(applications.level, f.level));
  if (f.keyword) cond.push(anyId(applications.personId, await personIdsMatching(tx, f.keyword)));
  return cond;
}

/**
 * A page of applications, newest submission first and by the person's name within one submission time (a roster's
 * rows share theirs). The database sorts and cuts the page; people supplies the name expression.
 */
export async function listViews(tx: DbOrTx, where: SQL | undefined, page?: { page: number; pageSize: number }) {
  const query = tx
    .select()
    .from(applications)
    .where(where)
    .orderBy(desc(applications.submittedAt), personNameOrder(applications.personId), asc(applications.id));
  const rows = page ? await query.limit(page.pageSize).offset((page.page - 1) * page.pageSize) : await query;
  const [{ total }] = page
    ? await tx.select({ total: count() }).from(applications).where(where)
    : [{ total: rows.length }];
  return { views: await viewsOf(tx, rows), total };
}

export async function findApplication(tx: DbOrTx, id: string): Promise<ApplicationRecord | null> {
  const [row] = await tx.select().from(applications).where(eq(applications.id, id));
  return row ?? null;
}

/** Row-locks applications (FOR UPDATE) so two reviewers cannot decide the same one at once. */
export async function lockApplications(tx: DbOrTx, ids: string[]): Promise<ApplicationRecord[]> {
  if (!ids.length) return [];
  return tx
    .select()
    .from(applications)
    .where(inArray(applications.id, ids))
    .orderBy(asc(applications.id))
    .for('update');
}

export async function decisionsOf(tx: DbOrTx, id: string): Promise<DecisionRecord[]> {
  const rows = await tx
    .select({ d: applicationDecisions, role: users.role })
    .from(applicationDecisions)
    .leftJoin(users, eq(users.id, applicationDecisions.actorId))
    .where(eq(applicationDecisions.applicationId, id))
    .orderBy(asc(applicationDecisions.at), asc(applicationDecisions.id));
  return rows.map(({ d, role }) => ({ ...d, role }));
}

/** R-REG-02: one decision row per application, in one statement (bulk reviews insert 1,000 at once). */
export async function recordDecisions(
  tx: DbOrTx,
  actor: Actor,
  ids: string[],
  stage: ReviewStage,
  action: DecisionAction,
  reason: string | null,
) {
  if (!ids.length) return;
  await tx.insert(applicationDecisions).values(
    ids.map((applicationId) => ({
      applicationId,
      stage,
      action,
      reason,
      actorId: actor.userId,
      actorName: actor.displayName,
    })),
  );
}

/**
 * R-REG-01: the photo and evidence files of an application must be the candidate's own uploads (or the person's
 * photo on record), of the right purpose, so nobody attaches another person's documents.
 */
export async function assertOwnFiles(
  tx: DbOrTx,
  actor: Actor,
  photoFileId: string | null | undefined,
  evidence: EvidenceItem[],
  personPhoto: string | null,
) {
  const wanted = [
    ...new Set([
      ...(photoFileId && photoFileId !== personPhoto ? [photoFileId] : []),
      ...evidence.map((e) => e.fileId),
    ]),
  ];
  if (!wanted.length) return;
  const rows = await tx
    .select({ id: files.id, ownerId: files.ownerId, purpose: files.purpose })
    .from(files)
    .where(inArray(files.id, wanted));
  const byId = new Map(rows.map((r) => [r.id, r]));
  if (photoFileId && photoFileId !== personPhoto) {
    const f = byId.get(photoFileId);
    if (!f || f.ownerId !== actor.userId)
      throw new AppError('VALIDATION', '照片：文件不存在或不是本人上传的', [
        { field: 'photoFileId', message: '文件不存在或不是本人上传的' },
      ]);
    if (f.purpose !== 'photo')
      throw new AppError('VALIDATION', '照片：请以“照片”用途上传 JPEG 或 PNG 图片', [
        { field: 'photoFileId', message: '不是照片' },
      ]);
  }
  evidence.forEach((e, i) => {
    const f = byId.get(e.fileId);
    if (!f || f.ownerId !== actor.userId)
      throw new AppError('VALIDATION', `证明材料第 ${i + 1} 份：文件不存在或不是本人上传的`, [
        { field: `evidence.${i}.fileId`, message: '文件不存在或不是本人上传的' },
      ]);
  });
}
