import { z } from 'zod';
import { text } from './common.js';

/**
 * An examiner's or supervisor's own exam duties (我的考务安排), read from the published arrangements (R-ARR-11):
 * each sitting with the duty the person takes, its rooms, colleagues and the room documents it may print.
 */

const id = text().uuid('编号格式不正确');

/** The duties of the arrangement (R-ARR-02/03/04), the examiner group's leader apart. */
export const assignmentDuties = ['leader', 'examiner', 'proctor', 'site_head', 'supervisor', 'exam_staff'] as const;
export type AssignmentDuty = (typeof assignmentDuties)[number];
export const assignmentDutyNames: Record<AssignmentDuty, string> = {
  leader: '考评组长',
  examiner: '考评员',
  proctor: '监考员',
  site_head: '考场负责人',
  supervisor: '质量督导员',
  exam_staff: '考务人员',
};

export const assignmentDocuments = ['door', 'seats', 'signin'] as const;
export const assignmentDocumentNames = { door: '考场门贴', seats: '考场座位表', signin: '考生签到表' } as const;

export const assignmentRoom = z.object({
  roomId: z.string(),
  roomName: z.string(),
  siteName: z.string(),
  candidateCount: z.number(),
  documents: z.array(z.enum(assignmentDocuments)),
});

export const assignmentColleague = z.object({
  name: z.string(),
  duty: z.enum(assignmentDuties),
  /** The room, for a proctor. */
  roomName: z.string().nullable(),
});

export const assignment = z.object({
  runId: z.string(),
  batchId: z.string(),
  batchTitle: z.string(),
  sittingId: z.string(),
  sittingKind: z.enum(['theory', 'skill']),
  occupationName: z.string(),
  day: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  siteNames: z.array(z.string()),
  duty: z.enum(assignmentDuties),
  rooms: z.array(assignmentRoom),
  colleagues: z.array(assignmentColleague),
  /** The sitting's day is today or later. */
  upcoming: z.boolean(),
});
export type Assignment = z.infer<typeof assignment>;

export const myAssignments = z.object({
  linked: z.boolean(),
  message: z.string().nullable(),
  items: z.array(assignment),
});
export type MyAssignments = z.infer<typeof myAssignments>;

export const assignmentRunParams = z.object({ runId: id });

export const assignmentDocumentParams = z.object({
  runId: id,
  sittingId: id,
  roomId: id,
  document: z.enum(['door.pdf', 'seats.pdf', 'signin.pdf'], { message: '文档：应为门贴、座位表或签到表' }),
});
