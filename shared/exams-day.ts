import { z } from 'zod';
import { isoDay, text } from './common.js';
import {
  absenceReasons,
  attemptStates,
  checkinMethods,
  checkinStatuses,
  creditScopes,
  creditStates,
  examModes,
  examSettings,
} from './exams.js';
import { sittingKinds } from './plans.js';

/**
 * 考试实施, the staff side (R-EXAM-01, R-EXAM-03, R-EXAM-04, R-VIOL-01…04 recorded, R-PPL-08, R-SUP-03): the rooms of
 * one's duties, check-in, incidents with credited time, violations, the room record (考场情况记录表). Routes under
 * /api/v1/exams/. The catalogues and the settings are in `shared/exams.ts`.
 */

const uuid = (label: string) => z.string().uuid(`${label}：编号格式不正确`);

/** The settings as stored, with who changed them last. */
export const examSettingsResponse = z.object({
  settings: examSettings,
  updatedAt: z.string().nullable(),
  updatedByName: z.string().nullable(),
});
export type ExamSettingsResponse = z.infer<typeof examSettingsResponse>;

export const roomParams = z.object({ sittingId: uuid('场次'), roomId: uuid('考场') });
export type RoomParams = z.infer<typeof roomParams>;

export const examRoomsQuery = z.object({
  /** The day (China time); today when absent. */
  day: isoDay.optional(),
});

/** The actor's standing in a room: its published duty, or the centre. */
export const roomDuties = ['proctor', 'site_head', 'supervisor', 'centre'] as const;
export type RoomDuty = (typeof roomDuties)[number];
export const roomDutyNames: Record<RoomDuty, string> = {
  proctor: '监考员',
  site_head: '考场负责人',
  supervisor: '督导员',
  centre: '鉴定中心',
};

export const roomCounts = z.object({
  seats: z.number().int(),
  present: z.number().int(),
  absent: z.number().int(),
  /** Seats with no check-in yet. */
  pending: z.number().int(),
  /** Incidents whose credited time waits for the site head's approval. */
  pendingCredits: z.number().int(),
  incidents: z.number().int(),
  violations: z.number().int(),
});
export type RoomCounts = z.infer<typeof roomCounts>;

/** A room of a sitting as "my rooms" lists it. Instants are ISO 8601 strings. */
export const examRoomItem = z.object({
  sittingId: z.string(),
  roomId: z.string(),
  batchId: z.string(),
  batchTitle: z.string(),
  sittingKind: z.enum(sittingKinds),
  day: z.string(),
  /** HH:MM, China time. */
  startsAt: z.string(),
  endsAt: z.string(),
  mode: z.enum(examModes),
  siteId: z.string(),
  siteName: z.string(),
  roomName: z.string(),
  duty: z.enum(roomDuties),
  /** What the actor may do here. */
  may: z.object({ proctor: z.boolean(), approve: z.boolean(), observe: z.boolean() }),
  counts: roomCounts,
  /** Entry window (R-EXAM-01) as instants. */
  entryOpensAt: z.string(),
  entryClosesAt: z.string(),
  /** Every proctor of the room has signed the record: attendance, incidents and violations are closed. */
  signed: z.boolean(),
});
export type ExamRoomItem = z.infer<typeof examRoomItem>;
export const examRoomsResponse = z.object({ day: z.string(), items: z.array(examRoomItem) });
export type ExamRoomsResponse = z.infer<typeof examRoomsResponse>;

/** One seat of the room with its check-in. */
export const checkinRow = z.object({
  applicationId: z.string(),
  personId: z.string(),
  seatNo: z.number().int(),
  name: z.string(),
  /** The ID number with only its last four characters shown. */
  idMasked: z.string(),
  /** The candidate's photo for the proctor to compare (served by the exams module to staff of the room). */
  photoUrl: z.string().nullable(),
  ticketNumber: z.string().nullable(),
  /** null: not checked in yet. */
  status: z.enum(checkinStatuses).nullable(),
  reason: z.enum(absenceReasons).nullable(),
  method: z.enum(checkinMethods).nullable(),
  ticketChecked: z.boolean(),
  idChecked: z.boolean(),
  at: z.string().nullable(),
  byName: z.string().nullable(),
  /** R-PPL-08: the actor's persons have a conflict with this candidate (the actor may not check in or record). */
  conflict: z.boolean(),
  /** Computer-based sittings: the attempt's state, when one exists. */
  attemptState: z.enum(attemptStates).nullable(),
});
export type CheckinRow = z.infer<typeof checkinRow>;

export const checkinListResponse = z.object({
  room: examRoomItem,
  /** Server time (ISO), for the window shown on the phone. */
  serverNow: z.string(),
  items: z.array(checkinRow),
});
export type CheckinListResponse = z.infer<typeof checkinListResponse>;

export const checkinBody = z.object({
  /** The typed ticket number, or the ticket QR's content (its verify URL). */
  code: text().trim().min(1, '准考证号：必填').max(500, '准考证号：不超过 500 字符'),
  ticketChecked: z.boolean(),
  idChecked: z.boolean(),
  method: z.enum(checkinMethods).default('typed'),
});
export type CheckinBody = z.infer<typeof checkinBody>;

/** The outcome of a check-in: what was recorded (or was already there) and a message for the proctor. */
export const checkinResult = z.object({
  outcome: z.enum(['present', 'absent', 'already']),
  message: z.string(),
  row: checkinRow,
});
export type CheckinResult = z.infer<typeof checkinResult>;

export const absenceBody = z.object({
  applicationId: uuid('考生'),
  reason: z.enum(absenceReasons, { message: '缺考原因不正确' }),
  note: text().trim().max(500, '备注：不超过 500 字').nullish(),
});
export type AbsenceBody = z.infer<typeof absenceBody>;

/** An instant (ISO 8601 with offset). */
const instant = z.string().datetime({ offset: true, message: '时间格式不正确' });

export const incident = z.object({
  id: z.string(),
  sittingId: z.string(),
  roomId: z.string(),
  applicationId: z.string().nullable(),
  candidateName: z.string().nullable(),
  seatNo: z.number().int().nullable(),
  kind: z.string(),
  kindName: z.string(),
  occurredAt: z.string(),
  description: z.string(),
  handling: z.string(),
  creditMinutes: z.number().int(),
  creditScope: z.enum(creditScopes),
  creditState: z.enum(creditStates),
  decidedByName: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decisionNote: z.string().nullable(),
  recordedByName: z.string(),
  createdAt: z.string(),
});
export type Incident = z.infer<typeof incident>;

export const incidentBody = z.object({
  kind: text().trim().min(1, '事件类型：必填').max(40),
  /** The candidate concerned; absent for a room-wide incident. */
  applicationId: uuid('考生').nullish(),
  /** When it happened; now when absent. */
  occurredAt: instant.nullish(),
  description: text().trim().min(1, '情况说明：必填').max(2000, '情况说明：不超过 2000 字'),
  /** Prefilled from the catalogue; the proctor may edit it. Absent: the catalogue's handling. */
  handling: text().trim().max(2000, '处理办法：不超过 2000 字').nullish(),
  /** Time to credit (顺延), only for kinds that allow it; needs the site head's approval. */
  creditMinutes: z.number().int().min(0, '补时分钟：不能为负').max(240, '补时分钟：不超过 240').default(0),
});
export type IncidentBody = z.infer<typeof incidentBody>;

export const incidentDecisionBody = z.object({
  approve: z.boolean(),
  note: text().trim().max(500, '意见：不超过 500 字').nullish(),
});
export type IncidentDecisionBody = z.infer<typeof incidentDecisionBody>;

export const extensionBody = z.object({
  /** The candidate; absent for the whole room. */
  applicationId: uuid('考生').nullish(),
  minutes: z.number().int().min(1, '延时分钟：至少 1 分钟').max(240, '延时分钟：不超过 240'),
  reason: text().trim().min(1, '延时原因：必填').max(2000, '延时原因：不超过 2000 字'),
  kind: z.enum(['equipment_failure', 'power_outage', 'other']).default('other'),
});
export type ExtensionBody = z.infer<typeof extensionBody>;

/** An incident and where the clock now stands (the room's end time, with extensions; the candidate's deadline). */
export const incidentResult = z.object({
  incident,
  /** The room's end (ISO) with the room's approved extensions. */
  roomEndsAt: z.string(),
  /** The candidate's deadline (ISO) when a computer-based attempt exists. */
  candidateDeadline: z.string().nullable(),
});
export type IncidentResult = z.infer<typeof incidentResult>;

export const violation = z.object({
  id: z.string(),
  sittingId: z.string(),
  roomId: z.string(),
  applicationId: z.string(),
  personId: z.string(),
  candidateName: z.string(),
  seatNo: z.number().int().nullable(),
  tier: z.number().int(),
  clause: z.string(),
  clauseName: z.string(),
  occurredAt: z.string(),
  description: z.string(),
  evidence: z.array(z.object({ id: z.string(), name: z.string(), url: z.string() })),
  recordedByName: z.string(),
  createdAt: z.string(),
});
export type Violation = z.infer<typeof violation>;

export const violationBody = z.object({
  applicationId: uuid('考生'),
  clause: text().trim().min(1, '违纪条款：必填').max(40),
  occurredAt: instant.nullish(),
  description: text().trim().min(1, '违纪事实：必填').max(2000, '违纪事实：不超过 2000 字'),
  /** Files uploaded with purpose `exam.evidence`. */
  evidenceFileIds: z.array(uuid('证据文件')).max(20, '证据文件：不超过 20 个').default([]),
});
export type ViolationBody = z.infer<typeof violationBody>;

export const signature = z.object({
  personId: z.string().nullable(),
  userId: z.string(),
  name: z.string(),
  signedAt: z.string(),
});
export const observation = z.object({ userId: z.string(), name: z.string(), text: z.string(), at: z.string() });

/** R-EXAM-03: the room's record (考场情况记录表). */
export const roomRecord = z.object({
  room: examRoomItem,
  attendance: z.object({
    seats: z.number().int(),
    present: z.number().int(),
    absent: z.number().int(),
    pending: z.number().int(),
    absentees: z.array(
      z.object({
        applicationId: z.string(),
        seatNo: z.number().int(),
        name: z.string(),
        ticketNumber: z.string().nullable(),
        reason: z.enum(absenceReasons),
      }),
    ),
  }),
  incidents: z.array(incident),
  violations: z.array(violation),
  /** Computer-based sittings with attempts: how they ended. */
  computer: z
    .object({
      attempts: z.number().int(),
      started: z.number().int(),
      submitted: z.number().int(),
      byCandidate: z.number().int(),
      auto: z.number().int(),
      byProctor: z.number().int(),
    })
    .nullable(),
  /** The room's end with approved room extensions (ISO). */
  roomEndsAt: z.string(),
  /** The proctors of the room (published duties) and who has signed. */
  proctors: z.array(z.object({ personId: z.string(), name: z.string(), signedAt: z.string().nullable() })),
  signatures: z.array(signature),
  observations: z.array(observation),
  /** Every proctor has signed: the record is closed. */
  signed: z.boolean(),
});
export type RoomRecord = z.infer<typeof roomRecord>;

export const observationBody = z.object({
  text: text().trim().min(1, '督导意见：必填').max(2000, '督导意见：不超过 2000 字'),
});
export type ObservationBody = z.infer<typeof observationBody>;

export const incidentIdParam = z.object({ id: uuid('事件') });
export const photoParams = roomParams.extend({ applicationId: uuid('考生') });

export const incidentList = z.object({ items: z.array(incident) });
export type IncidentList = z.infer<typeof incidentList>;
export const violationList = z.object({ items: z.array(violation) });
export type ViolationList = z.infer<typeof violationList>;
