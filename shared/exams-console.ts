import { z } from 'zod';
import { text } from './common.js';
import { attemptStates, checkinStatuses, examModes, submitKinds } from './exams.js';

/**
 * The staff side of the computer-based exam (R-EXAM-02): the sittings and their preparation (centre), and the
 * proctor's console of one room (seat map, clock, actions). The candidate API is in `shared/exams.ts`.
 */

export const sittingRoomParams = z.object({
  sittingId: z.string().uuid('场次编号格式不正确'),
  roomId: z.string().uuid('考场编号格式不正确'),
});
export const sittingParam = z.object({ sittingId: z.string().uuid('场次编号格式不正确') });

/** A sitting of a batch with a published arrangement, as the centre prepares it. */
export const examSittingRow = z.object({
  sittingId: z.string(),
  batchId: z.string(),
  batchTitle: z.string(),
  kind: z.enum(['theory', 'skill', 'review']),
  day: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  mode: z.enum(examModes),
  seats: z.number().int(),
  attempts: z.number().int(),
  started: z.number().int(),
  submitted: z.number().int(),
  preparedAt: z.string().nullable(),
});
export type ExamSittingRow = z.infer<typeof examSittingRow>;

export const examSittingsResponse = z.object({ items: z.array(examSittingRow), total: z.number().int() });

export const examModeBody = z.object({ mode: z.enum(examModes) });

/** An IPv4 address, or an IPv4 CIDR range (`10.1.2.0/24`). */
export function isIpRange(value: string): boolean {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?:\/(\d{1,2}))?$/.exec(value);
  if (!m) return false;
  if (m.slice(1, 5).some((p) => Number(p) > 255 || (p.length > 1 && p.startsWith('0')))) return false;
  return m[5] === undefined || Number(m[5]) <= 32;
}

/** R-EXAM-02: a room's allowed address ranges, one per entry; an empty list lifts the limit. */
export const roomIpRangesBody = z.object({
  ipRanges: z
    .array(text().trim().max(18, '不超过 18 个字符'))
    .max(20, '最多 20 项')
    .superRefine((list, ctx) => {
      list.forEach((r, i) => {
        if (!isIpRange(r))
          ctx.addIssue({
            code: 'custom',
            path: [i],
            message: `「${r}」格式不正确，应为 IPv4 地址或网段，如 10.1.2.0/24`,
          });
      });
    }),
});
export type RoomIpRangesBody = z.infer<typeof roomIpRangesBody>;

/** The result of a preparation: the attempts made, per room. */
export const prepareResponse = z.object({
  sittingId: z.string(),
  attempts: z.number().int(),
  rooms: z.array(z.object({ roomId: z.string(), roomName: z.string(), seats: z.number().int() })),
  preparedAt: z.string(),
});
export type PrepareResponse = z.infer<typeof prepareResponse>;

/** The console's room: clock, state and (for proctors and the site head) the room code. */
export const consoleRoom = z.object({
  sittingId: z.string(),
  roomId: z.string(),
  roomName: z.string(),
  siteName: z.string(),
  sittingTitle: z.string(),
  mode: z.enum(examModes),
  prepared: z.boolean(),
  /** Shown to proctors and the site head only (null for a supervisor). */
  roomCode: z.string().nullable(),
  /** R-EXAM-02: the addresses candidates of this room may sign in from (IPv4 CIDR or single); empty = any. */
  ipRanges: z.array(z.string()),
  openedAt: z.string().nullable(),
  pausedAt: z.string().nullable(),
  pausedSeconds: z.number().int(),
  extensionSeconds: z.number().int(),
  startsAt: z.string().nullable(),
  /** The sitting's end plus the room's extensions and pauses. */
  endsAt: z.string().nullable(),
  entryOpensAt: z.string().nullable(),
  entryClosesAt: z.string().nullable(),
  clockVersion: z.number().int(),
  serverNow: z.number(),
});
export type ConsoleRoom = z.infer<typeof consoleRoom>;

export const consoleSeat = z.object({
  seatNo: z.number().int(),
  applicationId: z.string(),
  personId: z.string().nullable(),
  name: z.string(),
  idMasked: z.string(),
  photoUrl: z.string().nullable(),
  ticketNumber: z.string().nullable(),
  checkin: z.enum(checkinStatuses).nullable(),
  checkinAt: z.string().nullable(),
  attempt: z
    .object({
      id: z.string(),
      state: z.enum(attemptStates),
      bound: z.boolean(),
      online: z.boolean(),
      lastSaveAgeSeconds: z.number().int().nullable(),
      offlineSeconds: z.number().int().nullable(),
      answered: z.number().int(),
      itemCount: z.number().int(),
      deadline: z.string(),
      extensionSeconds: z.number().int(),
      submittedAt: z.string().nullable(),
      submitKind: z.enum(submitKinds).nullable(),
      signals: z.number().int(),
    })
    .nullable(),
  /** R-PPL-08: the viewing proctor has a conflict with this candidate (must not proctor them). */
  conflict: z.boolean(),
});
export type ConsoleSeat = z.infer<typeof consoleSeat>;

export const consoleCounts = z.object({
  seats: z.number().int(),
  present: z.number().int(),
  absent: z.number().int(),
  notSignedIn: z.number().int(),
  answering: z.number().int(),
  offline: z.number().int(),
  submitted: z.number().int(),
});

export const consoleSnapshot = z.object({ room: consoleRoom, seats: z.array(consoleSeat), counts: consoleCounts });
export type ConsoleSnapshot = z.infer<typeof consoleSnapshot>;

export const attemptIdParam = z.object({ id: z.string().uuid('答卷编号格式不正确') });

export const collectBody = z.object({
  reason: text().trim().min(1, '收卷原因：必填').max(200, '收卷原因：不超过 200 字'),
});
export const releaseBody = z.object({
  reason: text().trim().max(200, '释放原因：不超过 200 字').optional(),
});

export const attemptEvent = z.object({
  id: z.number().int(),
  kind: z.string(),
  kindName: z.string(),
  at: z.string(),
  clientAt: z.string().nullable(),
  detail: z.string().nullable(),
});
export const attemptEventsResponse = z.object({ items: z.array(attemptEvent), total: z.number().int() });

export const collectResponse = z.object({
  receipt: z.string(),
  submittedAt: z.number(),
  kind: z.enum(submitKinds),
  answered: z.number().int(),
  itemCount: z.number().int(),
});
