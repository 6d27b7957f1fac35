import type { EligibilityResult } from '../../../shared/eligibility.js';
import type {
  ApplicationStatus,
  EligibilityOut,
  PortalBatch,
  PortalMe,
  RetakeOption,
} from '../../../shared/registration.js';
import type { CandidatePerson } from '../people/people.reads.js';
import type { BatchForRegistration } from './facts.service.js';

/** The candidate portal's answers: the candidate's own record and the batches open to them. */

export function presentPortalMe(p: CandidatePerson, collegeName: string | null, missing: string[]): PortalMe {
  return {
    person: {
      id: p.id,
      name: p.name,
      gender: p.gender,
      idMasked: p.idMasked,
      birthYear: p.birthYear,
      kind: p.kind,
      collegeId: p.collegeId,
      collegeName,
      studentNumber: p.studentNumber,
      major: p.major,
      className: p.className,
      educationLevel: p.educationLevel,
      phone: p.phone,
      workUnit: p.workUnit,
      photoFileId: p.photoFileId,
    },
    profileComplete: missing.length === 0,
    missing,
  };
}

/** An open batch with the engine's answer for this candidate and the candidate's live application to it, if any. */
export function presentPortalBatch(
  b: BatchForRegistration,
  result: EligibilityResult,
  eligibility: EligibilityOut,
  mine: { id: string; status: ApplicationStatus; level: number } | null,
  retakeOptions: RetakeOption[],
): PortalBatch {
  return {
    id: b.id,
    title: b.title,
    collegeName: b.collegeName,
    edition: b.edition,
    code: b.code,
    occupationName: b.occupationName,
    jobName: b.jobName,
    method: b.method,
    levels: b.levels,
    registrationOpensOn: b.registrationOpensOn,
    registrationClosesOn: b.registrationClosesOn,
    registrationPlace: b.registrationPlace,
    firstSittingDay: b.firstSittingDay,
    fee: b.fee,
    eligibility,
    // R-ELIG-00: eligible levels, and levels open to manual review where no rule of the documents decides.
    eligibleLevels: result.levels.filter((l) => l.eligible || l.manual).map((l) => l.level),
    manualLevels: result.levels.filter((l) => l.manual).map((l) => l.level),
    application: mine ? { id: mine.id, status: mine.status, level: mine.level } : null,
    // R-SCORE-03: only levels the candidate may apply for at all.
    retakeOptions: retakeOptions.filter((o) =>
      result.levels.some((l) => l.level === o.level && (l.eligible || l.manual)),
    ),
  };
}
