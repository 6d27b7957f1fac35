import { and, eq, ne } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.js';
import { applications, colleges } from '../../db/schema/index.js';
import { authorize, type Actor } from '../../http/access.js';
import { AppError, notFound } from '../../http/errors.js';
import { isBanned, levelNames, type Level } from '../../../shared/eligibility.js';
import { batchStateNames } from '../../../shared/plans.js';
import {
  applicationStatusNames,
  type ApplicationDetail,
  type ApplicationStatus,
  type ApplyBody,
  type PortalBatch,
  type PortalMe,
  type ResubmitBody,
  applyBody,
  resubmitBody,
} from '../../../shared/registration.js';
import { recordAudit } from '../audit/audit.service.js';
import { isUniqueViolation } from '../../db/errors.js';
import { eligibilityContextFor, factNotes, judgeEligibility, loadFacts } from './facts.service.js';
import { assertOwnFiles, findApplication, recordDecisions } from './applications.store.js';
import { failingReasons, snapshotOf } from './applications.present.js';
import { presentPortalBatch, presentPortalMe } from './portal.present.js';
import { applicationDetail, applicationPage } from './applications.service.js';
import { candidateOfUser, type CandidatePerson } from '../people/people.reads.js';
import { batchIdsOpenForRegistration } from '../plans/plans.reads.js';
import { chinaToday } from '../../../shared/dates.js';
import { assertOnlyPart, retakeOptions } from './kept-parts.service.js';

/**
 * The candidate portal (R-REG-01/02, R-ELIG-00): the candidate's own person, the batches open to them with the
 * engine's answer, applying, correcting and resubmitting, withdrawing. The candidate is the person whose
 * `user_id` is the signed-in account.
 */

type PersonRow = CandidatePerson;

/** The signed-in candidate's person; an account without one cannot apply. */
export async function candidatePerson(tx: DbOrTx, actor: Actor): Promise<PersonRow> {
  const p = await candidateOfUser(tx, actor.userId);
  if (!p) throw new AppError('NOT_FOUND', '您的账号尚未关联考生档案，请联系所在学院或认定中心');
  return p;
}

/** What the 备案表 needs that the person record may lack. */
function missingOf(p: PersonRow): string[] {
  const m: string[] = [];
  if (!p.photoFileId) m.push('照片');
  if (!p.phone) m.push('联系电话');
  if (p.birthYear == null) m.push('出生日期');
  if (p.kind === 'student' && !p.collegeId) m.push('所在学院');
  if (p.kind === 'student' && !p.educationLevel) m.push('培养层次');
  return m;
}

export async function portalMe(db: Db, opts: { actor: Actor | null }): Promise<PortalMe> {
  authorize(opts.actor, 'portal.apply');
  const p = await candidateOfUser(db, opts.actor.userId);
  if (!p) return { person: null, profileComplete: false, missing: ['未关联人员档案'] };
  const [college] = p.collegeId
    ? await db.select({ name: colleges.name }).from(colleges).where(eq(colleges.id, p.collegeId))
    : [];
  const missing = missingOf(p);
  return presentPortalMe(p, college?.name ?? null, missing);
}

/** R-REG-01, R-ELIG-00: batches 报名中 with a published notice and the window open today, with this candidate's levels. */
export async function portalBatches(
  db: Db,
  opts: { actor: Actor | null; today?: string },
): Promise<{ items: PortalBatch[] }> {
  authorize(opts.actor, 'portal.apply');
  const p = await candidatePerson(db, opts.actor);
  const today = opts.today ?? chinaToday();
  const open = await batchIdsOpenForRegistration(db, today);
  const facts = (await loadFacts(db, [p.id])).get(p.id)!;
  const live = await db
    .select({
      id: applications.id,
      batchId: applications.batchId,
      status: applications.status,
      level: applications.level,
    })
    .from(applications)
    .where(and(eq(applications.personId, p.id), ne(applications.status, 'withdrawn')));
  const items: PortalBatch[] = [];
  for (const id of open) {
    const ctx = await eligibilityContextFor(db, id);
    const result = judgeEligibility(facts, ctx);
    const mine = live.find((a) => a.batchId === id);
    const retake =
      ctx.batch.method === 'exam' ? await retakeOptions(db, p.id, ctx.batch.occupationId, ctx.batchDate) : [];
    items.push(
      presentPortalBatch(
        ctx.batch,
        result,
        snapshotOf(result, [...ctx.notes, ...factNotes(facts)]),
        mine ?? null,
        retake,
      ),
    );
  }
  items.sort((a, b) => a.registrationClosesOn.localeCompare(b.registrationClosesOn));
  return { items };
}

const field = (name: string, message: string) => [{ field: name, message }];

/**
 * R-REG-01 / R-REG-03 / R-ELIG-00 / R-ELIG-07: the checks of applying (and of resubmitting): the batch is 报名中
 * with its notice published, today is inside the window, the candidate is not banned, and the engine finds the
 * level eligible. Returns the engine's snapshot to store.
 */
async function judgeApplication(
  tx: DbOrTx,
  person: PersonRow,
  batchId: string,
  level: number,
  today: string,
  onlyPart?: 'theory' | 'skill' | null,
) {
  const ctx = await eligibilityContextFor(tx, batchId).catch((e) => {
    if (e instanceof AppError && e.code === 'NOT_FOUND')
      throw new AppError('VALIDATION', '认定批次：不存在', field('batchId', '不存在'));
    throw e;
  });
  const b = ctx.batch;
  // R-REG-01: only a published batch that is registering.
  if (b.state !== 'registering' || !b.noticePublished)
    throw new AppError(
      'CONFLICT',
      `认定批次：“${b.title}”当前${b.state !== 'registering' ? `状态为“${batchStateNames[b.state]}”` : '尚未发布认定通知'}，不接受报名`,
      field('batchId', '不在报名中'),
    );
  // R-REG-01: the registration window of the notice.
  if (today < b.registrationOpensOn)
    throw new AppError(
      'CONFLICT',
      `认定批次：报名将于 ${b.registrationOpensOn} 开始，尚未开始报名`,
      field('batchId', '报名尚未开始'),
    );
  if (today > b.registrationClosesOn)
    throw new AppError('CONFLICT', `认定批次：报名已于 ${b.registrationClosesOn} 截止`, field('batchId', '报名已截止'));
  const facts = (await loadFacts(tx, [person.id])).get(person.id)!;
  const result = judgeEligibility(facts, ctx);
  const snapshot = snapshotOf(result, [...ctx.notes, ...factNotes(facts)]);
  // R-ELIG-07: a tier-4 violation bars applying until graduation.
  if (isBanned(facts.ban, ctx.batchDate))
    throw new AppError(
      'CONFLICT',
      `因四级违纪${facts.ban?.reason ? `（${facts.ban.reason}）` : ''}，${facts.ban?.until} 前不得报名`, // R-ELIG-07: no rule id in a candidate's message
      field('batchId', '禁考期内'),
    );
  // R-ELIG-00 / R-REG-03: only an eligible level; the message quotes the engine's reasons.
  // A level no rule decides (social learner, staff without a title) is accepted for manual review: eligible = null.
  const decision = result.levels.find((l) => l.level === level)!;
  if (!decision.eligible && !decision.manual) {
    const reasons = failingReasons(snapshot, level);
    throw new AppError('VALIDATION', `申报等级：不能申报${levelNames[level as Level]}：${reasons.join('；')}`, {
      field: 'level',
      reasons,
      eligibleLevels: result.levels.filter((l) => l.eligible || l.manual).map((l) => l.level),
    });
  }
  // R-SCORE-03: one part alone only with the other part kept and valid on the exam day.
  const part = await assertOnlyPart(tx, {
    personId: person.id,
    occupationId: b.occupationId,
    method: b.method,
    onDay: ctx.batchDate,
    level,
    onlyPart,
  });
  return { ctx, snapshot, eligible: decision.eligible ? true : null, onlyPart: part };
}

/** R-REG-01: apply. A college's candidate goes to the college's review first; a social learner straight to the centre. */
export async function applyForBatch(
  db: Db,
  opts: { actor: Actor | null; data: ApplyBody; today?: string },
): Promise<ApplicationDetail> {
  authorize(opts.actor, 'portal.apply');
  const actor = opts.actor;
  const d = applyBody.parse(opts.data);
  const today = opts.today ?? chinaToday();
  return db.transaction(async (tx) => {
    const p = await candidatePerson(tx, actor);
    // R-REG-01: one live application per person and batch (the unique index applications_live_uq backs this).
    const [dup] = await tx
      .select()
      .from(applications)
      .where(
        and(eq(applications.batchId, d.batchId), eq(applications.personId, p.id), ne(applications.status, 'withdrawn')),
      );
    if (dup)
      throw new AppError(
        'CONFLICT',
        `认定批次：您已报名该批次（${applicationStatusNames[dup.status]}），每人每批次只能有一份有效报名`,
        field('batchId', '重复报名'),
      );
    const { snapshot, eligible, onlyPart } = await judgeApplication(tx, p, d.batchId, d.level, today, d.onlyPart);
    const photoFileId = d.photoFileId ?? p.photoFileId;
    if (!photoFileId)
      throw new AppError('VALIDATION', '照片：请上传本人近期免冠证件照', field('photoFileId', '请上传照片'));
    await assertOwnFiles(tx, actor, photoFileId, d.evidence, p.photoFileId);
    const status: ApplicationStatus = p.collegeId ? 'pending_college' : 'pending_centre';
    const now = new Date();
    const duplicate = () =>
      new AppError('CONFLICT', '认定批次：您已报名该批次，每人每批次只能有一份有效报名', field('batchId', '重复报名'));
    const [row] = await tx
      .insert(applications)
      .values({
        batchId: d.batchId,
        personId: p.id,
        collegeId: p.collegeId,
        level: d.level,
        onlyPart,
        status,
        source: 'portal',
        form: d.form,
        photoFileId,
        evidence: d.evidence,
        eligibility: snapshot,
        eligible,
        eligibilityAt: now,
        submittedAt: now,
        createdBy: actor.userId,
      })
      .returning()
      .catch((e) => {
        throw isUniqueViolation(e) ? duplicate() : e; // R-REG-01: a concurrent second application
      });
    await recordDecisions(tx, actor, [row.id], 'candidate', 'submit', null);
    await recordAudit(tx, actor, {
      action: 'create',
      entity: 'application',
      entityId: row.id,
      after: { batchId: row.batchId, personId: p.id, level: row.level, onlyPart, status, form: d.form },
    });
    return applicationDetail(tx, actor, row.id, true);
  });
}

/** The candidate's own application, locked for a change; another person's answers 404. */
async function ownApplication(tx: DbOrTx, actor: Actor, id: string) {
  const p = await candidatePerson(tx, actor);
  const [a] = await tx
    .select()
    .from(applications)
    .where(and(eq(applications.id, id), eq(applications.personId, p.id)))
    .for('update');
  if (!a) throw notFound('报名记录');
  return { p, a };
}

/**
 * R-REG-02: correct a rejected application and resubmit it. It goes back to the first stage it must pass: a
 * college's candidate to 待学院初审 (the college reviews the corrected form again, even when the centre rejected
 * it), a social learner to 待中心复审.
 */
export async function resubmitApplication(
  db: Db,
  opts: { actor: Actor | null; id: string; data: ResubmitBody; today?: string },
): Promise<ApplicationDetail> {
  authorize(opts.actor, 'portal.apply');
  const actor = opts.actor;
  const d = resubmitBody.parse(opts.data);
  const today = opts.today ?? chinaToday();
  return db.transaction(async (tx) => {
    const { p, a } = await ownApplication(tx, actor, opts.id);
    if (a.status !== 'rejected')
      throw new AppError(
        'CONFLICT',
        `报名记录当前为“${applicationStatusNames[a.status]}”，只有已退回的报名可以修改后重新提交`,
        { status: a.status },
      );
    const { snapshot, eligible, onlyPart } = await judgeApplication(tx, p, a.batchId, d.level, today, d.onlyPart);
    const photoFileId = d.photoFileId ?? a.photoFileId ?? p.photoFileId;
    await assertOwnFiles(
      tx,
      actor,
      photoFileId === a.photoFileId ? null : photoFileId,
      d.evidence.filter((e) => !(a.evidence ?? []).some((x) => x.fileId === e.fileId)),
      p.photoFileId,
    );
    const status: ApplicationStatus = a.collegeId ? 'pending_college' : 'pending_centre';
    const now = new Date();
    await tx
      .update(applications)
      .set({
        level: d.level,
        onlyPart,
        form: d.form,
        photoFileId,
        evidence: d.evidence,
        status,
        rejectedStage: null,
        eligibility: snapshot,
        eligible,
        eligibilityAt: now,
        submittedAt: now,
        updatedAt: now,
      })
      .where(eq(applications.id, a.id));
    await recordDecisions(tx, actor, [a.id], 'candidate', 'resubmit', null);
    await recordAudit(tx, actor, {
      action: 'resubmit',
      entity: 'application',
      entityId: a.id,
      before: { status: a.status, level: a.level, onlyPart: a.onlyPart, form: a.form },
      after: { status, level: d.level, onlyPart, form: d.form },
    });
    return applicationDetail(tx, actor, a.id, true);
  });
}

/** R-REG-02: the candidate withdraws before approval (an approved application is locked). */
export async function withdrawApplication(
  db: Db,
  opts: { actor: Actor | null; id: string; reason?: string | null },
): Promise<ApplicationDetail> {
  authorize(opts.actor, 'portal.apply');
  const actor = opts.actor;
  return db.transaction(async (tx) => {
    const { a } = await ownApplication(tx, actor, opts.id);
    if (a.status === 'approved')
      throw new AppError('LOCKED', '报名已审核通过并锁定，不能撤回；如需变更请联系认定中心', { status: a.status });
    if (a.status === 'withdrawn') throw new AppError('CONFLICT', '报名已撤回', { status: a.status });
    await tx.update(applications).set({ status: 'withdrawn', updatedAt: new Date() }).where(eq(applications.id, a.id));
    await recordDecisions(tx, actor, [a.id], 'candidate', 'withdraw', opts.reason ?? null);
    await recordAudit(tx, actor, {
      action: 'withdraw',
      entity: 'application',
      entityId: a.id,
      before: { status: a.status },
      after: { status: 'withdrawn', reason: opts.reason ?? null },
    });
    return applicationDetail(tx, actor, a.id, true);
  });
}

export async function listOwnApplications(db: Db, opts: { actor: Actor | null }) {
  authorize(opts.actor, 'portal.apply');
  const p = await candidatePerson(db, opts.actor);
  return applicationPage(db, eq(applications.personId, p.id));
}

export async function getOwnApplication(db: Db, opts: { actor: Actor | null; id: string }): Promise<ApplicationDetail> {
  authorize(opts.actor, 'portal.apply');
  const p = await candidatePerson(db, opts.actor);
  const a = await findApplication(db, opts.id);
  if (!a || a.personId !== p.id) throw notFound('报名记录');
  return applicationDetail(db, opts.actor, a.id, true);
}
