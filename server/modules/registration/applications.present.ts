import { can, roleNames, type Role } from '../../../shared/access.js';
import type { EligibilityResult } from '../../../shared/eligibility.js';
import {
  eligibilityOut,
  type ApplicationDecision,
  type ApplicationDetail,
  type ApplicationRow,
  type EligibilityOut,
} from '../../../shared/registration.js';
import type { Actor } from '../../http/access.js';
import type { ApplicationRecord, ApplicationView, DecisionRecord } from './applications.types.js';

/** Applications as the API answers them: list rows, the detail, decisions and the eligibility snapshot. */

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
  const s = a.eligibility;
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

export function presentRow(v: ApplicationView): ApplicationRow {
  const { a, person } = v;
  return {
    id: a.id,
    batchId: a.batchId,
    batchTitle: v.batch.title,
    occupationName: v.occupation.name,
    code: v.occupation.code,
    personId: a.personId,
    name: person.name,
    idMasked: person.idMasked,
    studentNumber: person.studentNumber ?? null,
    collegeId: a.collegeId,
    collegeName: v.collegeName,
    className: person.className ?? null,
    level: a.level,
    onlyPart: a.onlyPart ?? null,
    status: a.status,
    rejectedStage: a.rejectedStage ?? null,
    source: a.source,
    eligible: a.eligible,
    eligibilitySummary: summarize(failingReasons(storedEligibility(a), a.level)),
    feeDue: Number(a.feeDue),
    feeStatus: a.feeStatus,
    submittedAt: a.submittedAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
  };
}

export function presentDecision(d: DecisionRecord): ApplicationDecision {
  return {
    id: d.id,
    stage: d.stage,
    action: d.action,
    reason: d.reason,
    actorName: d.actorName,
    roleName:
      d.stage === 'candidate' && d.action !== 'import'
        ? '考生'
        : d.role
          ? (roleNames[d.role as Role] ?? d.role)
          : '系统',
    at: d.at.toISOString(),
  };
}

/** What a viewer may do next; the screens show buttons from it. */
export function allowedActions(actor: Actor, a: ApplicationRecord, own: boolean): ApplicationDetail['can'] {
  const st = a.status;
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
export function presentDetail(
  v: ApplicationView,
  decisions: DecisionRecord[],
  actor: Actor,
  own: boolean,
): ApplicationDetail {
  const { a, person } = v;
  return {
    ...presentRow(v),
    method: v.batch.method,
    gender: person.gender,
    birthYear: person.birthYear,
    kind: person.kind,
    major: person.major,
    educationLevel: person.educationLevel,
    form: a.form ?? {},
    photoFileId: a.photoFileId,
    evidence: a.evidence ?? [],
    eligibility: storedEligibility(a),
    decisions: decisions.map(presentDecision),
    can: allowedActions(actor, a, own),
  };
}
