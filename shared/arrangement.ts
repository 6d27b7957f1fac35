import { z } from 'zod';
import { text, isoDay } from './common.js';

/** Schemas and labels of the arrangement module (考场编排, R-ARR-01…11): sites, rooms, runs, hand edits, seats. */

const n = z.string().nullable();
const uuid = (label: string) => text().uuid(`${label}：编号格式不正确`);
const hhmm = (label: string) => z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, `${label}：时间格式应为 HH:MM`);
// The field's Chinese name comes from shared/labels.ts; the label argument documents the call site.
const day = (_label: string) => isoDay;

export const roomKinds = ['theory', 'computer', 'skill'] as const;
export type RoomKindName = (typeof roomKinds)[number];
export const roomKindLabels: Record<RoomKindName, string> = { theory: '理论考场', computer: '机房', skill: '实操考场' };
export const runStatusNames = { draft: '草稿', published: '已发布' } as const;
export const arrangementRuleNames: Record<string, string> = {
  'R-ARR-01': '考场与座位',
  'R-ARR-02': '监考人员',
  'R-ARR-03': '考点工作人员',
  'R-ARR-04': '考评组',
  'R-ARR-05': '考评员资格',
  'R-ARR-06': '考评员轮换',
  'R-ARR-07': '督导员不得在本场考评',
  'R-ARR-08': '回避关系',
  'R-ARR-09': '同一时段多项任务',
  'R-EQ-03': '计量器具检定过期',
  'R-PPL-04': '考评员资格',
  'R-PPL-05': '考评员等级',
  'R-PPL-10': '违纪暂停考务',
};

// ---------------------------------------------------------------- sites and rooms

export const siteBody = z.object({
  name: text().trim().min(2, '考点名称：至少 2 个字').max(60, '考点名称：不超过 60 个字'),
  address: text().trim().max(200, '地址：不超过 200 个字').nullish(),
  headPersonId: uuid('考场负责人').nullish(),
  active: z.boolean().default(true),
  note: text().trim().max(500).nullish(),
});
export type SiteBody = z.input<typeof siteBody>;
export const site = z.object({
  id: z.string(),
  name: z.string(),
  address: n,
  headPersonId: n,
  headName: n,
  active: z.boolean(),
  note: n,
  roomCount: z.number().int(),
  seatCount: z.number().int(),
});
export type Site = z.infer<typeof site>;

export const roomBody = z.object({
  siteId: uuid('考点'),
  name: text().trim().min(1, '考场名称：请填写').max(40, '考场名称：不超过 40 个字'),
  kind: z.enum(roomKinds, { message: '考场类型：应为理论考场、机房或实操考场' }),
  capacity: z.coerce.number().int('容量：应为整数').min(1, '容量：至少 1').max(500, '容量：最多 500').default(30),
  stations: z.coerce.number().int().min(0, '工位数：不能为负').max(500).nullish(),
  equipment: z.array(text().trim().min(1).max(40)).max(30, '设备：最多 30 项').default([]),
  active: z.boolean().default(true),
  note: text().trim().max(500).nullish(),
});
export const unavailability = z.object({
  id: z.string(),
  day: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  reason: z.string(),
});
export const room = z.object({
  id: z.string(),
  siteId: z.string(),
  siteName: z.string(),
  name: z.string(),
  kind: z.enum(roomKinds),
  capacity: z.number().int(),
  stations: z.number().int().nullable(),
  equipment: z.array(z.string()),
  active: z.boolean(),
  note: n,
  unavailable: z.array(unavailability),
});
export type Room = z.infer<typeof room>;
export const roomQuery = z.object({ siteId: text().uuid().optional() });
export const unavailabilityBody = z
  .object({
    day: day('日期'),
    startsAt: hhmm('开始时间'),
    endsAt: hhmm('结束时间'),
    reason: text().trim().min(2, '原因：至少 2 个字').max(200),
  })
  .refine((b) => b.startsAt < b.endsAt, { message: '结束时间：应晚于开始时间', path: ['endsAt'] });
export const unavailabilityParams = z.object({ id: text().uuid('编号格式不正确'), uid: text().uuid('编号格式不正确') });

// ---------------------------------------------------------------- runs

export const sittingSetup = z.object({
  sittingId: uuid('场次'),
  siteId: uuid('考点'),
  /** Further sites (in order) whose rooms the sitting may use when its own site's do not suffice. */
  extraSiteIds: z.array(uuid('备用考点')).max(10, '备用考点：最多 10 个').nullish(),
  roomKind: z.enum(roomKinds).nullish(),
  equipment: z.array(text().trim().min(1).max(40)).max(30).nullish(),
});
export const runBody = z.object({
  batchIds: z.array(uuid('认定批次')).min(1, '认定批次：请至少选择一个').max(20, '认定批次：一次最多 20 个'),
  /** The draw number (抽签号): the same data and the same number give the same arrangement. */
  seed: text().trim().min(1).max(60, '抽签号：不超过 60 个字符').nullish(),
  /** Which site (and room kind, equipment) each sitting uses; default: the site named in the sitting's place. */
  sittings: z.array(sittingSetup).max(100).nullish(),
});
export type RunBody = z.input<typeof runBody>;

export const editBody = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('moveCandidate'),
    sittingId: uuid('场次'),
    applicationId: uuid('考生'),
    roomId: uuid('考场'),
    seat: z.number().int().min(1, '座位号：至少 1').max(500).nullish(),
  }),
  z.object({
    kind: z.literal('swapProctor'),
    sittingId: uuid('场次'),
    roomId: uuid('考场'),
    fromId: uuid('原监考人员'),
    toId: uuid('新监考人员'),
  }),
  z.object({
    kind: z.literal('replaceExaminer'),
    sittingId: uuid('场次'),
    fromId: uuid('原考评员'),
    toId: uuid('新考评员'),
  }),
  z.object({
    kind: z.literal('addExaminer'),
    sittingId: uuid('场次'),
    staffId: uuid('考评员'),
    leader: z.boolean().default(false),
  }),
]);
export type EditBody = z.input<typeof editBody>;

const person = z.object({ id: z.string(), name: z.string() });
/** A rule that is not met: its id (a small reference for staff) and the Chinese reason. */
export const ruleReason = z.object({ rule: z.string(), text: z.string() });
export const unmetItem = z.object({
  rule: z.string(),
  sittingId: z.string(),
  sittingLabel: z.string(),
  message: z.string(),
  fix: z.string(),
});
export const seatRow = z.object({
  applicationId: z.string(),
  seat: z.number().int(),
  name: z.string(),
  collegeName: n,
  level: z.number().int(),
  ticketNumber: n,
});
export const sittingView = z.object({
  id: z.string(),
  batchId: z.string(),
  label: z.string(),
  kind: z.string(),
  day: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  siteId: z.string(),
  siteName: z.string(),
  candidateCount: z.number().int(),
  rooms: z.array(
    z.object({
      roomId: z.string(),
      roomName: z.string(),
      capacity: z.number().int(),
      candidateCount: z.number().int(),
      proctors: z.array(person),
      seats: z.array(seatRow),
    }),
  ),
  siteHeads: z.array(person),
  supervisors: z.array(person),
  examStaff: z.array(person),
  examiners: z.array(person.extend({ leader: z.boolean(), changed: z.boolean() })),
  changedRequired: z.number().int(),
  /** R-ARR-04: the sitting's exam modules and who in the group can examine each. */
  modules: z.array(z.object({ name: z.string(), examiners: z.array(person) })),
});
export type SittingView = z.infer<typeof sittingView>;
export const arrangementView = z.object({
  id: z.string(),
  status: z.enum(['draft', 'published']),
  seed: z.string(),
  inputHash: z.string(),
  batches: z.array(z.object({ id: z.string(), title: z.string(), state: z.string() })),
  firstDay: z.string(),
  visibleFrom: n,
  publishedAt: n,
  createdAt: z.string(),
  updatedAt: z.string(),
  summary: z.object({
    candidates: z.number().int(),
    roomsUsed: z.number().int(),
    roomsLowerBound: z.number().int(),
    staffCount: z.number().int(),
    workloadMin: z.number(),
    workloadMax: z.number(),
    workloadAverage: z.number(),
    withinOneShare: z.number(),
  }),
  unmet: z.array(unmetItem),
  sittings: z.array(sittingView),
  /** The lot record (R-ARR-02): per sitting, the order of the draw. */
  lots: z.array(
    z.object({
      sittingId: z.string(),
      seed: z.string(),
      draws: z.array(z.object({ order: z.number().int(), name: z.string(), roomName: z.string() })),
    }),
  ),
  /** Who may take which duty (for the hand-edit pickers); empty for a college clerk. */
  staff: z.array(z.object({ id: z.string(), name: z.string(), duties: z.array(z.string()) })),
  edits: z.array(z.object({ at: z.string(), by: z.string(), text: z.string() })),
  /**
   * R-ARR-09: why 发布 is refused now (the checker's violations on today's data, and a batch not yet 审核完成); empty
   * when it may be published, and for a published run or a reader who may not publish.
   */
  publishBlockers: z.array(ruleReason),
});
export type ArrangementView = z.infer<typeof arrangementView>;

/**
 * The 增加考评员 / 更换考评员 picker of one sitting: every examiner on record, those who may take it first, the others
 * with the rules that exclude them (R-PPL-04/05/10, R-ARR-05…09), so an empty choice explains itself.
 */
export const examinerOptions = z.object({
  sittingId: z.string(),
  sittingLabel: z.string(),
  occupationName: z.string(),
  items: z.array(z.object({ id: z.string(), name: z.string(), eligible: z.boolean(), reasons: z.array(ruleReason) })),
});
export type ExaminerOptions = z.infer<typeof examinerOptions>;
export const examinerOptionsParams = z.object({
  id: text().uuid('编号格式不正确'),
  sittingId: text().uuid('场次：编号格式不正确'),
});
export const examinerOptionsQuery = z.object({ replaceId: text().uuid('原考评员：编号格式不正确').optional() });
export const batchArrangement = z.object({ run: arrangementView.nullable() });
export const batchIdParam = z.object({ batchId: text().uuid('编号格式不正确') });

/** R-ARR-11: what a candidate sees of its seats, from the day before the first sitting. */
export const portalSeat = z.object({
  batchId: z.string(),
  batchTitle: z.string(),
  sittingLabel: z.string(),
  day: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  siteName: z.string(),
  roomName: z.string(),
  seat: z.number().int(),
  ticketNumber: n,
});
export const portalSeats = z.object({ items: z.array(portalSeat), notice: n });
