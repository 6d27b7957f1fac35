import { asc, desc, eq, ilike, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import {
  applicationDecisions,
  applications,
  batches,
  colleges,
  files,
  occupations,
  persons,
  users,
} from '../../db/schema/index.js';
import { AppError, notFound } from '../../http/errors.js';
import { can, roleNames, type Role } from '../../../shared/access.js';
import type { EligibilityResult } from '../../../shared/eligibility.js';
import {
  type ApplicationDecision,
  type ApplicationDetail,
  type ApplicationFilter,
  type ApplicationRow,
  type ApplicationStatus,
  type DecisionAction,
  type EligibilityOut,
  type EvidenceItem,
  type ReviewStage,
  eligibilityOut,
} from '../../../shared/registration.js';
import type { Actor } from '../../http/access.js';

/** Internal reads and writes shared by the applications services (portal, review, facts, PDF). */

export type ApplicationRecord = typeof applications.$inferSelect;

/** R-ELIG-00: the snapshot stored on the application: the engine's result, its notes and when it ran. */
export function snapshotOf(result: EligibilityResult, notes: string[]): EligibilityOut {
  return {
    levels: result.levels,
    highest: result.highest,
    reasons: result.reasons,
    notes,
    at: new Date().toISOString(),
  };
}

/**
 * The stored snapshot as the response schema wants it. Roster imports before this fix stored it without `at` (the
 * detail answered 500); such rows take the column `eligibility_at`, missing lists become empty, and a snapshot that
 * still does not fit is shown as none rather than failing the whole application.
 */
export function storedEligibility(a: ApplicationRecord): EligibilityOut | null {
  const s = a.eligibility as Partial<EligibilityOut> | null;
  if (!s || typeof s !== 'object' || Array.isArray(s)) return null;
  const parsed = eligibilityOut.safeParse({
    ...s,
    levels: s.levels ?? [],
    highest: s.highest ?? null,
    reasons: s.reasons ?? [],
    notes: s.notes ?? [],
    at: typeof s.at === 'string' ? s.at : (a.eligibilityAt ?? a.submittedAt).toISOString(),
  });
  return parsed.success ? parsed.data : null;
}

/** The failing reasons of one level, short (for list rows and refusal messages). */
export function failingReasons(snapshot: EligibilityOut | null, level: number): string[] {
  const d = snapshot?.levels.find((l) => l.level === level);
  if (!d || d.eligible) return [];
  return [...new Set(d.reasons.filter((r) => !r.ok).map((r) => r.text))];
}
const summarize = (texts: string[]) => {
  const s = texts.join('；');
  return s.length > 120 ? `${s.slice(0, 118)}…` : s;
};

const rowColumns = {
  a: applications,
  personName: persons.name,
  idMasked: persons.idMasked,
  studentNumber: persons.studentNumber,
  className: persons.className,
  gender: persons.gender,
  birthYear: persons.birthYear,
  kind: persons.kind,
  major: persons.major,
  educationLevel: persons.educationLevel,
  collegeName: colleges.name,
  batchTitle: batches.title,
  method: batches.method,
  occupationName: occupations.name,
  code: occupations.code,
};
type Joined = { a: ApplicationRecord } & Record<Exclude<keyof typeof rowColumns, 'a'>, unknown>;

function selectRows(tx: DbOrTx) {
  return tx
    .select(rowColumns)
    .from(applications)
    .innerJoin(persons, eq(persons.id, applications.personId))
    .innerJoin(batches, eq(batches.id, applications.batchId))
    .innerJoin(occupations, eq(occupations.id, batches.occupationId))
    .leftJoin(colleges, eq(colleges.id, applications.collegeId));
}

export function presentRow(r: Joined): ApplicationRow {
  const a = r.a;
  const snap = storedEligibility(a);
  return {
    id: a.id,
    batchId: a.batchId,
    batchTitle: r.batchTitle as string,
    occupationName: r.occupationName as string,
    code: r.code as string,
    personId: a.personId,
    name: r.personName as string,
    idMasked: r.idMasked as string,
    studentNumber: (r.studentNumber as string | null) ?? null,
    collegeId: a.collegeId,
    collegeName: (r.collegeName as string | null) ?? null,
    className: (r.className as string | null) ?? null,
    level: a.level,
    status: a.status as ApplicationStatus,
    rejectedStage: (a.rejectedStage as ReviewStage | null) ?? null,
    source: a.source as 'portal',
    eligible: a.eligible,
    eligibilitySummary: summarize(failingReasons(snap, a.level)),
    feeDue: Number(a.feeDue),
    feeStatus: a.feeStatus as ApplicationRow['feeStatus'],
    submittedAt: a.submittedAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
  };
}

/** The SQL conditions of the review list's filters; a clerk's college scope is added by the caller. */
export function filterConditions(f: ApplicationFilter, only: string | null): SQL[] {
  const cond: SQL[] = [];
  if (only) cond.push(eq(applications.collegeId, only));
  if (f.batchId) cond.push(eq(applications.batchId, f.batchId));
  if (f.status) cond.push(eq(applications.status, f.status));
  if (f.collegeId) cond.push(eq(applications.collegeId, f.collegeId));
  if (f.eligible !== undefined)
    cond.push(f.eligible === null ? isNull(applications.eligible) : eq(applications.eligible, f.eligible));
  if (f.level) cond.push(eq(applications.level, f.level));
  if (f.keyword) {
    const k = `%${f.keyword.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    cond.push(or(ilike(persons.name, k), ilike(persons.studentNumber, k), ilike(persons.idMasked, k))!);
  }
  return cond;
}

export async function listRows(tx: DbOrTx, where: SQL | undefined, page?: { page: number; pageSize: number }) {
  const q = selectRows(tx).where(where).orderBy(desc(applications.submittedAt), asc(persons.name));
  const rows = page ? await q.limit(page.pageSize).offset((page.page - 1) * page.pageSize) : await q;
  const [{ n }] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(applications)
    .innerJoin(persons, eq(persons.id, applications.personId))
    .where(where);
  return { items: rows.map(presentRow), total: Number(n) };
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

export async function decisionsOf(tx: DbOrTx, id: string): Promise<ApplicationDecision[]> {
  const rows = await tx
    .select({ d: applicationDecisions, role: users.role })
    .from(applicationDecisions)
    .leftJoin(users, eq(users.id, applicationDecisions.actorId))
    .where(eq(applicationDecisions.applicationId, id))
    .orderBy(asc(applicationDecisions.at), asc(applicationDecisions.id));
  return rows.map(({ d, role }) => ({
    id: d.id,
    stage: d.stage as ReviewStage,
    action: d.action as DecisionAction,
    reason: d.reason,
    actorName: d.actorName,
    roleName:
      d.stage === 'candidate' && d.action !== 'import' ? '考生' : role ? (roleNames[role as Role] ?? role) : '系统',
    at: d.at.toISOString(),
  }));
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

/** What a viewer may do next; the screens show buttons from it. */
export function allowedActions(actor: Actor, a: ApplicationRecord, own: boolean): ApplicationDetail['can'] {
  const st = a.status as ApplicationStatus;
  return {
    resubmit: own && st === 'rejected',
    withdraw: own && (st === 'pending_college' || st === 'pending_centre' || st === 'rejected'),
    review:
      (st === 'pending_college' && actor.role === 'college_clerk' && can(actor.role, 'applications.reviewCollege')) ||
      (st === 'pending_centre' && can(actor.role, 'applications.reviewCentre')),
    unlock: st === 'approved' && can(actor.role, 'applications.unlock'),
  };
}

/** The full application (shared by the portal and the review screens). */
export async function presentDetail(tx: DbOrTx, actor: Actor, id: string, own: boolean): Promise<ApplicationDetail> {
  const [r] = await selectRows(tx).where(eq(applications.id, id));
  if (!r) throw notFound('报名记录');
  const a = r.a;
  return {
    ...presentRow(r),
    method: r.method,
    gender: r.gender,
    birthYear: r.birthYear,
    kind: r.kind as ApplicationDetail['kind'],
    major: r.major,
    educationLevel: r.educationLevel,
    form: (a.form ?? {}) as ApplicationDetail['form'],
    photoFileId: a.photoFileId,
    evidence: (a.evidence ?? []) as EvidenceItem[],
    eligibility: storedEligibility(a),
    decisions: await decisionsOf(tx, a.id),
    can: allowedActions(actor, a, own),
  };
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
