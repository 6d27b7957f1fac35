import { z } from 'zod';
import { text } from './common.js';

/** Schemas of the arrangement's printed documents (R-ARR-10/11): tickets, room documents, lot record, plan. */

const id = text().uuid('编号格式不正确');

export const roomDocumentParams = z.object({
  batchId: id,
  sittingId: id,
  roomId: id,
  document: z.enum(['door.pdf', 'seats.pdf', 'signin.pdf'], { message: '文档：应为门贴、座位表或签到表' }),
});

export const ticketGroupings = ['room', 'college'] as const;
export const ticketGroupingNames = { room: '按考场', college: '按学院' } as const;
export const bulkTicketsBody = z.object({
  groupBy: z.enum(ticketGroupings, { message: '分组方式：应为按考场或按学院' }).default('room'),
  /** The user has seen the list of candidates without a photo and prints anyway (their tickets say 无照片). */
  confirmMissingPhotos: z.boolean().default(false),
});
export const ticketWithoutPhoto = z.object({
  applicationId: z.string(),
  name: z.string(),
  idTail: z.string(),
  collegeName: z.string().nullable(),
});

export const ownTicketQuery = z.object({ batchId: id.optional() });

export const ticketVerifyQuery = z.object({
  n: text().trim().min(1, '准考证号：请填写').max(40, '准考证号：过长'),
  s: text().trim().min(1, '校验码：请填写').max(64, '校验码：过长'),
});
export const ticketCheckStates = ['valid', 'forged', 'unknown', 'revoked'] as const;
export const ticketCheckStateNames = {
  valid: '准考证有效',
  forged: '二维码无效',
  unknown: '未查到该准考证',
  revoked: '准考证已失效',
} as const;
/**
 * The QR check (public): whether the centre issued the ticket, and for whom — what the paper ticket itself prints
 * (name, ID number's last four, batch, each sitting's time, room and seat), so the door check compares the two.
 * `problems` names the field that failed (`校验码：…`, `准考证号：…`, `报名状态：…`).
 */
export const ticketVerification = z.object({
  valid: z.boolean(),
  state: z.enum(ticketCheckStates),
  message: z.string(),
  problems: z.array(z.object({ field: z.string(), message: z.string() })),
  ticketNumber: z.string().optional(),
  name: z.string().optional(),
  idTail: z.string().optional(),
  batchTitle: z.string().optional(),
  occupation: z.string().optional(),
  level: z.string().optional(),
  sittings: z
    .array(
      z.object({
        kindName: z.string(),
        day: z.string(),
        time: z.string(),
        site: z.string(),
        room: z.string(),
        seat: z.number().int(),
      }),
    )
    .optional(),
});
export type TicketVerification = z.infer<typeof ticketVerification>;

/** What the print panel needs: whether printing is open, and each sitting's rooms. */
export const printOverview = z.object({
  batchId: z.string(),
  batchTitle: z.string(),
  published: z.boolean(),
  approvalNumber: z.string().nullable(),
  /** Why tickets cannot be printed yet (null: they can). */
  ticketsBlocked: z.string().nullable(),
  /** Ticket holders with no photo on file (R-ARR-11): listed before printing; printing them needs a confirmation. */
  missingPhotos: z.array(ticketWithoutPhoto),
  sittings: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      rooms: z.array(
        z.object({
          roomId: z.string(),
          roomNo: z.number().int(),
          roomName: z.string(),
          siteName: z.string(),
          candidateCount: z.number().int(),
        }),
      ),
    }),
  ),
});
export type PrintOverview = z.infer<typeof printOverview>;
