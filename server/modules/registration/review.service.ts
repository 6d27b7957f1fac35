import fs from 'node:fs';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.js';
import { applications, files } from '../../db/schema/index.js';
import type { FileStore } from '../files/files.service.js';
import { assertCollegeScope, authorize, collegeFilter, type Actor } from '../../http/access.js';
import { AppError, notFound } from '../../http/errors.js';
import { can } from '../../../shared/access.js';
import {
  applicationStatusNames,
  reviewBody,
  type ApplicationDetail,
  type ApplicationQuery,
  type ApplicationStatus,
  type ReviewBody,
  applicationQuery,
} from '../../../shared/registration.js';
import { recordAudit } from '../audit/audit.service.js';
import { eligibilityContextFor, factNotes, judgeEligibility, loadFacts } from './facts.service.js';
import { filterConditions, findApplication, lockApplications, recordDecisions } from './applications.store.js';
import { snapshotOf } from './applications.present.js';
import { applicationDetail, applicationPage } from './applications.service.js';
import { candidatesByIds } from '../people/people.reads.js';
import * as fees from './fees.service.js';

/** The two-stage review (R-REG-02): lists for reviewers, bulk decisions, the centre's unlock, eligibility re-check. */

export async function listApplications(db: Db, opts: { actor: Actor | null; query: ApplicationQuery }) {
  authorize(opts.actor, 'applications.read');
  const q = applicationQuery.parse(opts.query);
  const cond = await filterConditions(db, q, collegeFilter(opts.actor));
  return applicationPage(db, cond.length ? and(...cond) : undefined, { page: q.page, pageSize: q.pageSize });
}

/** R-ORG-07: another college's application (or a social learner's) answers 404 to a clerk. */
export async function getApplication(
  db: DbOrTx,
  opts: { actor: Actor | null; id: string },
): Promise<ApplicationDetail> {
  authorize(opts.actor, 'applications.read');
  const a = await findApplication(db, opts.id);
  if (!a) throw notFound('报名记录');
  assertCollegeScope(opts.actor, a.collegeId, '报名记录');
  return applicationDetail(db, opts.actor, a.id, false);
}

/** R-REG-02: the stage an actor reviews: a college clerk the first (初审), the centre roles the second (复审). */
function stageOf(actor: Actor) {
  if (can(actor.role, 'applications.reviewCollege'))
    return {
      stage: 'college' as const,
      from: 'pending_college' as const,
      approveTo: 'pending_centre' as const,
      permission: 'applications.reviewCollege' as const,
      name: '学院初审',
    };
  return {
    stage: 'centre' as const,
    from: 'pending_centre' as const,
    approveTo: 'approved' as const,
    permission: 'applications.reviewCentre' as const,
    name: '中心复审',
  };
}

export const MAX_REVIEW = 1000;

/**
 * R-REG-02: approve or reject many applications at once, all or nothing. By `ids`: every one must exist in the
 * actor's scope (else 404 naming it) and wait for the actor's stage (else 409 naming the person and state). By
 * `filter`: the applications matching it that wait for the actor's stage (at most 1000). Set-based: one UPDATE,
 * one INSERT of decisions, one audit row listing the ids, the fee of centre approvals in one statement.
 */
export async function reviewApplications(db: Db, opts: { actor: Actor | null; body: ReviewBody }) {
  authorize(opts.actor, 'applications.read');
  const actor = opts.actor;
  const s = stageOf(actor);
  authorize(actor, s.permission);
  const body = reviewBody.parse(opts.body);
  const reason = body.reason?.trim() || null;
  const to: ApplicationStatus = body.decision === 'approve' ? s.approveTo : 'rejected';
  const only = collegeFilter(actor);
  return db.transaction(async (tx) => {
    let ids: string[];
    if (body.ids) ids = [...new Set(body.ids)];
    else {
      const cond = await filterConditions(tx, { ...body.filter!, status: undefined }, only);
      const rows = await tx
        .select({ id: applications.id })
        .from(applications)
        .where(and(...cond, eq(applications.status, s.from)))
        .limit(MAX_REVIEW + 1);
      if (body.filter!.status && body.filter!.status !== s.from) rows.length = 0;
      if (rows.length > MAX_REVIEW)
        throw new AppError('VALIDATION', `筛选结果超过 ${MAX_REVIEW} 条，请缩小筛选范围后分批审核`, [
          { field: 'filter', message: '超过上限' },
        ]);
      if (!rows.length)
        throw new AppError('VALIDATION', `没有符合筛选条件且${applicationStatusNames[s.from]}的报名`, [
          { field: 'filter', message: '没有可审核的报名' },
        ]);
      ids = rows.map((r) => r.id);
    }
    const locked = await lockApplications(tx, ids);
    const byId = new Map(locked.map((a) => [a.id, a]));
    // R-ORG-07: unknown and other colleges' applications read alike: not found.
    const missing = ids.find((id) => !byId.has(id) || (only !== null && byId.get(id)!.collegeId !== only));
    if (missing)
      throw new AppError('NOT_FOUND', `报名记录 ${missing} 不存在或无权查看`, [
        { field: 'ids', message: `${missing} 不存在或无权查看` },
      ]);
    // R-REG-02: the stages in order; anything not waiting for this stage refuses the whole request.
    const wrong = locked.filter((a) => a.status !== s.from);
    if (wrong.length) {
      const names = new Map(
        (
          await candidatesByIds(
            tx,
            wrong.slice(0, 5).map((a) => a.personId),
          )
        ).map((p) => [p.id, p.name]),
      );
      const list = wrong
        .slice(0, 5)
        .map((a) => `${names.get(a.personId) ?? a.id}（${applicationStatusNames[a.status]}）`)
        .join('、');
      throw new AppError(
        'CONFLICT',
        `${list}${wrong.length > 5 ? ` 等 ${wrong.length} 条` : ''}不在${s.name}阶段，本次审核未执行（共选择 ${ids.length} 条）`,
        {
          field: 'ids',
          notReviewable: wrong.map((a) => ({ id: a.id, status: a.status })),
        },
      );
    }
    await tx
      .update(applications)
      .set({ status: to, rejectedStage: to === 'rejected' ? s.stage : null, updatedAt: new Date() })
      .where(inArray(applications.id, ids));
    await recordDecisions(tx, actor, ids, s.stage, body.decision, reason);
    if (to === 'approved') await assignFees(tx, ids);
    await recordAudit(tx, actor, {
      action: body.decision,
      entity: 'application',
      entityId: ids.length === 1 ? ids[0] : `bulk:${ids.length}`,
      before: { status: s.from },
      after: { status: to, stage: s.stage, reason, ids },
    });
    return { count: ids.length, status: to, ids };
  });
}

/** R-FEE-01: the fee due of applications the centre approved: helper D's `feeForApplications` (fee standards, student price). */
async function assignFees(tx: DbOrTx, ids: string[]) {
  await fees.feeForApplications(tx, ids);
}

/** R-REG-02: an approved application is locked; only this recorded centre action reopens it (to 待中心复审). */
export async function unlockApplication(
  db: Db,
  opts: { actor: Actor | null; id: string; reason: string },
): Promise<ApplicationDetail> {
  authorize(opts.actor, 'applications.unlock');
  const actor = opts.actor;
  const reason = opts.reason?.trim();
  if (!reason || reason.length < 2)
    throw new AppError('VALIDATION', '解锁原因：必须填写（至少 2 个字）', [{ field: 'reason', message: '必须填写' }]);
  return db.transaction(async (tx) => {
    const [a] = await lockApplications(tx, [opts.id]);
    if (!a) throw notFound('报名记录');
    if (a.status !== 'approved')
      throw new AppError(
        'CONFLICT',
        `报名记录当前为“${applicationStatusNames[a.status]}”，只有审核通过（已锁定）的报名需要解锁`,
        { status: a.status },
      );
    await tx
      .update(applications)
      .set({ status: 'pending_centre', updatedAt: new Date() })
      .where(eq(applications.id, a.id));
    await recordDecisions(tx, actor, [a.id], 'centre', 'unlock', reason);
    await recordAudit(tx, actor, {
      action: 'unlock',
      entity: 'application',
      entityId: a.id,
      before: { status: 'approved' },
      after: { status: 'pending_centre', reason },
    });
    return applicationDetail(tx, actor, a.id, false);
  });
}

/**
 * R-ELIG-00: recompute the eligibility snapshot of a batch's open applications (facts may have changed since they
 * were submitted). Approved applications are locked (R-REG-02) and keep theirs; withdrawn ones are left alone.
 */
export async function recheckEligibility(db: Db, opts: { actor: Actor | null; batchId: string }) {
  authorize(opts.actor, 'applications.reviewCentre');
  const actor = opts.actor;
  return db.transaction(async (tx) => {
    const ctx = await eligibilityContextFor(tx, opts.batchId);
    const rows = await tx
      .select({
        id: applications.id,
        personId: applications.personId,
        level: applications.level,
        eligible: applications.eligible,
      })
      .from(applications)
      .where(
        and(
          eq(applications.batchId, opts.batchId),
          inArray(applications.status, ['pending_college', 'pending_centre', 'rejected']),
        ),
      );
    const facts = await loadFacts(
      tx,
      rows.map((r) => r.personId),
    );
    const updates = rows.map((r) => {
      const f = facts.get(r.personId)!;
      const result = judgeEligibility(f, ctx);
      const d = result.levels.find((l) => l.level === r.level)!;
      const ok = d.eligible ? true : d.manual ? null : false; // null: 须人工审核 (R-ELIG-00)
      return {
        id: r.id,
        snapshot: snapshotOf(result, [...ctx.notes, ...factNotes(f)]),
        ok,
        changed: ok !== r.eligible,
      };
    });
    for (let i = 0; i < updates.length; i += 500) {
      const values = sql.join(
        updates
          .slice(i, i + 500)
          .map((u) => sql`(${u.id}::uuid, ${JSON.stringify(u.snapshot)}::jsonb, ${u.ok}::boolean)`),
        sql`, `,
      );
      await tx.execute(sql`update applications as a set eligibility = v.e, eligible = v.ok, eligibility_at = now(), updated_at = now()
        from (values ${values}) as v(id, e, ok) where a.id = v.id`);
    }
    const result = {
      count: updates.length,
      eligible: updates.filter((u) => u.ok).length,
      notEligible: updates.filter((u) => u.ok === false).length,
      changed: updates.filter((u) => u.changed).length,
    };
    await recordAudit(tx, actor, {
      action: 'recheck',
      entity: 'application',
      entityId: `batch:${opts.batchId}`,
      after: result,
    });
    return result;
  });
}

/** The photo or an evidence file of an application, for its reviewers (a clerk has no general file access). */
export async function openApplicationFile(
  db: Db,
  store: FileStore,
  opts: { actor: Actor | null; id: string; fileId: string },
) {
  authorize(opts.actor, 'applications.read');
  const a = await findApplication(db, opts.id);
  if (!a) throw notFound('报名记录');
  assertCollegeScope(opts.actor, a.collegeId, '报名记录');
  const attached = [a.photoFileId, ...(a.evidence ?? []).map((e) => e.fileId)];
  if (!attached.includes(opts.fileId)) throw notFound('文件');
  const [row] = await db.select().from(files).where(eq(files.id, opts.fileId));
  if (!row || !fs.existsSync(store.pathOf(row.sha256))) throw notFound('文件');
  return { row, bytes: await store.read(row) }; // R-PPL-02: sealed at rest, unsealed for its reviewers
}
