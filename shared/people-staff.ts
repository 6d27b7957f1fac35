import { z } from 'zod';
import { text, isoDay } from './common.js';
import { appraisalRow } from './people-appraisal.js';
import {
  appointment,
  person,
  personDocument,
  conflictRelations,
  examinerGrades,
  occupationRef,
  examinerOccupationRef,
  supervisorDisqualifications,
  titleGrades,
} from './people.js';

/** Examiners, supervisors, experts, proctors and conflicts (R-PPL-04…08). */

const day = isoDay;
const page = {
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
  keyword: text().trim().max(40).optional(),
};

/** valid: in force; expiring: within the reminder window; expired; revoked (dismissed / disqualified / ended). */
export const validity = z.enum(['valid', 'expiring', 'expired', 'revoked']);
export type Validity = z.infer<typeof validity>;
export const validityNames: Record<Validity, string> = {
  valid: '有效',
  expiring: '即将到期',
  expired: '已过期',
  revoked: '已取消',
};

const personSummary = {
  personId: z.string(),
  name: z.string(),
  idMasked: z.string(),
  titleName: z.string().nullable(),
  titleGrade: z.enum(titleGrades).nullable(),
  skillLevel: z.number().nullable(),
  ownStaff: z.boolean(),
};

// ---------------------------------------------------------------- examiners

export const examinerBody = z.object({
  personId: text().uuid('请选择人员'),
  grade: z.enum(examinerGrades),
  trainingHours: z.coerce.number().int().min(0).max(2000),
  skillRelated: z.boolean().default(false),
  certificateNumber: text().trim().min(1, '请填写考评员证书编号').max(40),
  certificateIssuedOn: day,
  firstExaminingYear: z.coerce.number().int().min(1990).max(2100).nullish(),
  termStart: day.nullish(),
  occupations: z.array(examinerOccupationRef).min(1, '至少填写一个可考评的职业').max(10),
});
export type ExaminerBody = z.infer<typeof examinerBody>;

export const examiner = z.object({
  id: z.string(),
  ...personSummary,
  grade: z.enum(examinerGrades),
  trainingHours: z.number(),
  skillRelated: z.boolean(),
  certificateNumber: z.string(),
  certificateIssuedOn: z.string(),
  certificateValidUntil: z.string(),
  firstExaminingYear: z.number().nullable(),
  termStart: z.string().nullable(),
  termEnd: z.string().nullable(),
  occupations: z.array(examinerOccupationRef),
  dismissed: z.boolean(),
  dismissalReason: z.string().nullable(),
  /** R-PPL-04: what, if anything, the examiner lacks today. */
  qualificationProblems: z.array(z.string()),
  validity,
  daysLeft: z.number(),
});
export type Examiner = z.infer<typeof examiner>;
export const examinerQuery = z.object({
  ...page,
  occupationCode: text().trim().max(20).optional(),
  validity: validity.optional(),
});

// ---------------------------------------------------------------- supervisors

export const supervisorBody = z.object({
  personId: text().uuid('请选择人员'),
  basis: z.enum(['examiner', 'management']),
  basisYears: z.coerce.number().int().min(0).max(60),
  certificateNumber: text().trim().min(1, '请填写督导员证书编号').max(40),
  certificateIssuedOn: day,
});
export const supervisor = z.object({
  id: z.string(),
  ...personSummary,
  basis: z.enum(['examiner', 'management']),
  basisYears: z.number(),
  certificateNumber: z.string(),
  certificateIssuedOn: z.string(),
  certificateValidUntil: z.string(),
  disqualified: z.boolean(),
  disqualificationReason: z.enum(supervisorDisqualifications).nullable(),
  disqualificationNote: z.string().nullable(),
  /** R-ARR-07: a supervisor may also be an examiner (never in the same sitting). */
  alsoExaminer: z.boolean(),
  validity,
  daysLeft: z.number(),
});
export type Supervisor = z.infer<typeof supervisor>;
export const disqualifyBody = z.object({
  reason: z.enum(supervisorDisqualifications),
  note: text().trim().max(500).nullish(),
});

// ---------------------------------------------------------------- experts

export const expertBody = z.object({
  personId: text().uuid('请选择人员'),
  occupation: occupationRef,
  leader: z.boolean().default(false),
  examiningYears: z.coerce.number().int().min(0).max(60),
  /** 新开发的职业: a leader needs 1 year of examining instead of 3. */
  newOccupation: z.boolean().default(false),
  termStart: day,
});
export type ExpertBody = z.infer<typeof expertBody>;
export const expert = z.object({
  id: z.string(),
  ...personSummary,
  /** R-PPL-02: the year only beside the mask (the age check derives the full date from the number). */
  birthYear: z.number().nullable(),
  occupation: occupationRef,
  leader: z.boolean(),
  examiningYears: z.number(),
  newOccupation: z.boolean(),
  termStart: z.string(),
  termEnd: z.string(),
  revoked: z.boolean(),
  validity,
  daysLeft: z.number(),
});
export type Expert = z.infer<typeof expert>;

// ---------------------------------------------------------------- proctors and exam staff

export const examStaffBody = z.object({ personId: text().uuid('请选择人员'), role: z.enum(['proctor', 'exam_staff']) });
export const examStaffRow = z.object({
  id: z.string(),
  ...personSummary,
  role: z.enum(['proctor', 'exam_staff']),
  active: z.boolean(),
  endedReason: z.string().nullable(),
});

export const staffQuery = z.object(page);

// ---------------------------------------------------------------- conflicts (R-PPL-08)

export const conflictBody = z.object({
  staffPersonId: text().uuid('请选择工作人员'),
  candidatePersonId: text().uuid('请选择考生'),
  relation: z.enum(conflictRelations),
  note: text().trim().max(200).nullish(),
});
export const conflict = z.object({
  id: z.string().nullable(),
  staffPersonId: z.string(),
  staffName: z.string(),
  candidatePersonId: z.string(),
  candidateName: z.string(),
  candidateIdMasked: z.string(),
  relation: z.enum(conflictRelations),
  /** manual: entered by hand; class: derived from a teacher-class assignment. */
  source: z.enum(['manual', 'class']),
  note: z.string().nullable(),
});
export type Conflict = z.infer<typeof conflict>;
export const conflictQuery = z.object({ ...page, personId: text().uuid().optional() });

export const teacherClassBody = z.object({
  teacherPersonId: text().uuid('请选择教师'),
  collegeId: text().uuid('请选择二级学院'),
  className: text().trim().min(1, '请填写班级').max(40),
  enrolmentYear: z.coerce.number().int().min(1980).max(2100),
});
export const teacherClass = teacherClassBody.extend({
  id: z.string(),
  teacherName: z.string(),
  collegeName: z.string(),
  studentCount: z.number(),
});

// ---------------------------------------------------------------- reminders and settings

export const expiringItem = z.object({
  kind: z.enum(['examiner', 'supervisor', 'expert']),
  id: z.string(),
  personId: z.string(),
  name: z.string(),
  what: z.string(),
  until: z.string(),
  daysLeft: z.number(),
});
export type ExpiringItem = z.infer<typeof expiringItem>;
export const expiringList = z.object({ days: z.number(), items: z.array(expiringItem) });

export const peopleSettingsBody = z.object({
  expertMaxAge: z.coerce.number().int().min(50, '不能小于 50').max(80, '不能大于 80'),
  reminderDays: z.coerce.number().int().min(7, '不能少于 7 天').max(365, '不能多于 365 天'),
});
export type PeopleSettings = z.infer<typeof peopleSettingsBody>;

// ---------------------------------------------------------------- a person's whole record

/** A person with their file (档案): documents, appointment letters and staff roles. */
export const personDetail = person.extend({
  documents: z.array(personDocument),
  appointments: z.array(appointment),
  examiner: examiner.nullable(),
  supervisor: supervisor.nullable(),
  experts: z.array(expert),
  examStaff: z.array(examStaffRow),
});
export type PersonDetail = z.infer<typeof personDetail>;

/**
 * 我的档案 of an examiner or supervisor: the person linked to the login with its qualifications, and the
 * examiner's annual appraisals (R-PPL-09), newest year first. `linked: false` with a message when no person holds
 * the login yet (the admin links it), which is a state of the account, not an error.
 */
export const ownRecord = z.object({
  linked: z.boolean(),
  message: z.string().nullable(),
  person: personDetail.nullable(),
  appraisals: z.array(appraisalRow),
});
export type OwnRecord = z.infer<typeof ownRecord>;
