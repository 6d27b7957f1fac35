import { z } from 'zod';
import { isoDay, text } from './common.js';

/**
 * R-BANK-03: the custody registers, as the Henan handbook keeps them on paper: the 试卷保密室值班记录 (two people on
 * duty, 24 hours, the seal and the count checked) and the 文件移交登记表 (质量保障 3: document, time, place, keeper,
 * receiver, the leader's signature, note). They name documents, never their contents.
 */

/** An instant as ISO 8601 with its offset (`2026-12-06T08:00:00+08:00` or `…Z`). */
const instant = z.string().datetime({ offset: true, message: '时间格式不正确' });
const person = (label: string) => text().trim().min(1, `${label}：必填`).max(50, `${label}：不超过 50 字`);
const note = text().trim().max(500, '备注：不超过 500 字').nullish();

export const custodyDutyBody = z.object({
  /** The papers kept, e.g. "2026 年第二批 电工四级 理论试卷". */
  subject: text().trim().min(1, '保管试卷：必填').max(200),
  batchId: z.string().uuid().nullish(),
  startsAt: instant,
  endsAt: instant,
  keeper1: person('值班人一'),
  keeper2: person('值班人二'),
  sealIntact: z.boolean(),
  count: z.number().int().min(0).max(100000),
  note,
});
export type CustodyDutyBody = z.infer<typeof custodyDutyBody>;

export const documentTransferBody = z.object({
  documentName: text().trim().min(1, '文件名称：必填').max(200),
  batchId: z.string().uuid().nullish(),
  transferredAt: instant,
  place: text().trim().min(1, '移交地点：必填').max(100),
  keeper: person('保管员'),
  receiver: person('接收人'),
  /** H 质量保障 3 (2): an important document leaves only with the leader's signature, so the leader is required. */
  approver: person('领导'),
  count: z.number().int().min(0).max(100000).nullish(),
  sealIntact: z.boolean().nullish(),
  note,
});
export type DocumentTransferBody = z.infer<typeof documentTransferBody>;

/** Filters of both lists: the batch and a range of days (China time). */
export const custodyQuery = z.object({
  batchId: z.string().uuid().optional(),
  from: isoDay.optional(),
  to: isoDay.optional(),
});
export type CustodyQuery = z.infer<typeof custodyQuery>;

export const custodyExportQuery = custodyQuery.extend({ format: z.enum(['pdf', 'xlsx']).default('pdf') });

export const custodyDuty = z.object({
  id: z.string(),
  subject: z.string(),
  batchId: z.string().nullable(),
  batchTitle: z.string().nullable(),
  startsAt: z.string(),
  endsAt: z.string(),
  keeper1: z.string(),
  keeper2: z.string(),
  sealIntact: z.boolean(),
  count: z.number().int(),
  note: z.string().nullable(),
  /** The previous record of the same subject (by start time) counted this many, when different from `count`. */
  previousCount: z.number().int().nullable(),
  /** Warnings shown on the list: a broken seal, a count differing from the previous record of the subject. */
  warnings: z.array(z.string()),
  recordedByName: z.string().nullable(),
  createdAt: z.string(),
});
export type CustodyDuty = z.infer<typeof custodyDuty>;

export const documentTransfer = z.object({
  id: z.string(),
  documentName: z.string(),
  batchId: z.string().nullable(),
  batchTitle: z.string().nullable(),
  transferredAt: z.string(),
  place: z.string(),
  keeper: z.string(),
  receiver: z.string(),
  approver: z.string(),
  count: z.number().int().nullable(),
  sealIntact: z.boolean().nullable(),
  note: z.string().nullable(),
  warnings: z.array(z.string()),
  recordedByName: z.string().nullable(),
  createdAt: z.string(),
});
export type DocumentTransfer = z.infer<typeof documentTransfer>;

/** The batches a record may name (picker and filter of the page). */
export const custodyBatchOption = z.object({ id: z.string(), title: z.string() });

/** "封存完好" / "封存破损" as the registers print them. */
export const sealText = (intact: boolean | null | undefined) =>
  intact === true ? '封存完好' : intact === false ? '封存破损' : '—';

/** `YYYY-MM-DD HH:mm` in China time (UTC+8, no daylight saving), as the registers show and print times. */
export function chinaDateTime(d: Date | string): string {
  const t = new Date(new Date(d).getTime() + 8 * 3600_000).toISOString();
  return `${t.slice(0, 10)} ${t.slice(11, 16)}`;
}

/** A China wall-clock time `YYYY-MM-DD HH:mm` as an instant with its offset (what the forms send). */
export const chinaInstant = (wall: string) => `${wall.replace(' ', 'T')}:00+08:00`;
