// 考生投诉 (R-CMP-01…04), the centre's side: record a complaint received in person, by phone or letter; list with
// the due days and overdue flags; assign a handler who is not complained about; decide within 3 working days whether
// to investigate; extend the result's limit with a reason; record the result; close, which archives it.
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.js';
import { complaints, users } from '../../db/schema/index.js';
import { authorize, type Actor } from '../../http/access.js';
import { AppError } from '../../http/errors.js';
import { chinaToday } from '../../../shared/dates.js';
import type { ComplaintDetail, ComplaintState, RecordComplaintBody } from '../../../shared/complaints.js';
import { recordAudit } from '../audit/audit.service.js';
import { isWorkingDay } from '../calendar/calendar.rules.js';
import { loadWorkCalendar } from '../calendar/calendar.service.js';
import { personIdsOfUser } from '../people/people.reads.js';
import {
  complaintDueDays,
  effectiveResultDue,
  isRespondent,
  overdueFlags,
  RESPONDENT_REFUSAL,
  stepRefusal,
} from './complaints.rules.js';
import {
  checkAppeal,
  checkBatch,
  checkEvidence,
  checkRespondents,
  complaintById,
  HANDLER_ROLES,
  newTrackingCode,
  presentDetail,
  presentSummaries,
  trackingHash,
  type ComplaintRow,
} from './complaints.store.js';

const fieldError = (field: string, message: string) => new AppError('VALIDATION', message, [{ field, message }]);

interface NewComplaint {
  channel: ComplaintRow['channel'];
  source: ComplaintRow['source'];
  complainantName: string;
  complainantUnit: string | null;
  complainantContact: string;
  content: string;
  evidenceFileIds: string[];
  batchId: string | null;
  respondentPersonIds: string[];
  respondentUserIds: string[];
  respondentText: string | null;
  appealKind: ComplaintRow['appealKind'];
  appealId: string | null;
  receivedOn: string;
  handlerId: string | null;
  createdBy: string | null;
}

/**
 * R-CMP-01 / R-CMP-02: stores a complaint with its two due days (R-DAYS-01) and a tracking code, shown once.
 * Shared by the staff record, the public form and the portal.
 */
export async function insertComplaint(tx: DbOrTx, actor: Actor | null, c: NewComplaint, ip?: string | null) {
  const due = complaintDueDays(await loadWorkCalendar(tx), c.receivedOn);
  const trackingCode = newTrackingCode();
  const [row] = await tx
    .insert(complaints)
    .values({ ...c, ...due, trackingHash: trackingHash(trackingCode) })
    .returning();
  await recordAudit(tx, actor, {
    action: 'complaint.record',
    entity: 'complaint',
    entityId: row.id,
    after: {
      channel: row.channel,
      source: row.source,
      receivedOn: row.receivedOn,
      acceptDueOn: row.acceptDueOn,
      resultDueOn: row.resultDueOn,
      ...(ip ? { ip } : {}),
    },
  });
  return {
    id: row.id,
    trackingCode,
    receivedOn: row.receivedOn,
    acceptDueOn: row.acceptDueOn,
    resultDueOn: row.resultDueOn,
    message: `投诉已登记。认定中心将在 ${row.acceptDueOn} 前决定是否进行调查并书面通知您，在 ${row.resultDueOn} 前作出处理结果。请妥善保存查询码，凭查询码可查询办理进度。`,
  };
}

/** R-CMP-03: refuses a handler (or an acting user) who is among those complained about. */
async function assertNotRespondent(tx: DbOrTx, c: ComplaintRow, userId: string) {
  if (isRespondent(c, userId, await personIdsOfUser(tx, userId)))
    throw new AppError('CONFLICT', RESPONDENT_REFUSAL, [{ field: 'handlerId', message: RESPONDENT_REFUSAL }]);
}

async function checkHandler(
  tx: DbOrTx,
  c: Pick<ComplaintRow, 'respondentUserIds' | 'respondentPersonIds'>,
  id: string,
) {
  const [u] = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, id), inArray(users.role, [...HANDLER_ROLES]), eq(users.disabled, false)));
  if (!u) throw fieldError('handlerId', '承办人：应为认定中心在职的管理人员账号');
  // R-CMP-03: a person complained about may not handle the complaint.
  if (isRespondent(c, id, await personIdsOfUser(tx, id)))
    throw new AppError('CONFLICT', RESPONDENT_REFUSAL, [{ field: 'handlerId', message: RESPONDENT_REFUSAL }]);
}

/** R-CMP-01: staff record a complaint received orally, by phone, by letter or online (e.g. by e-mail). */
export async function recordComplaint(
  db: Db,
  opts: { actor: Actor | null; today?: string; data: RecordComplaintBody },
) {
  authorize(opts.actor, 'complaints.manage');
  const actor = opts.actor;
  const today = opts.today ?? chinaToday();
  const d = opts.data;
  const receivedOn = d.receivedOn ?? today;
  if (receivedOn > today) throw fieldError('receivedOn', '收到日期：不能晚于今天');
  return db.transaction(async (tx) => {
    const respondents = await checkRespondents(tx, d.respondentPersonIds ?? [], d.respondentUserIds ?? []);
    if (d.handlerId) await checkHandler(tx, respondents, d.handlerId);
    return insertComplaint(tx, actor, {
      channel: d.channel,
      source: 'staff',
      complainantName: d.complainantName,
      complainantUnit: d.complainantUnit || null,
      complainantContact: d.complainantContact,
      content: d.complaintText,
      evidenceFileIds: await checkEvidence(tx, d.evidenceFileIds ?? [], null),
      batchId: await checkBatch(tx, d.batchId),
      ...respondents,
      respondentText: d.respondentText || null,
      ...(await checkAppeal(tx, d.appealKind, d.appealId)),
      receivedOn,
      handlerId: d.handlerId ?? null,
      createdBy: actor.userId,
    });
  });
}

/** R-CMP-02: the complaints, newest first, with their due days and overdue flags. */
export async function listComplaints(
  db: Db,
  opts: { actor: Actor | null; today?: string; state?: ComplaintState; overdue?: boolean },
) {
  authorize(opts.actor, 'complaints.read');
  const today = opts.today ?? chinaToday();
  return db.transaction(async (tx) => {
    const rows = await tx
      .select()
      .from(complaints)
      .where(opts.state ? eq(complaints.state, opts.state) : undefined)
      .orderBy(desc(complaints.receivedOn), desc(complaints.createdAt))
      .limit(500);
    const kept = opts.overdue
      ? rows.filter((r) => {
          const f = overdueFlags(r, today);
          return f.acceptOverdue || f.resultOverdue;
        })
      : rows;
    return { items: await presentSummaries(tx, kept, today), total: kept.length };
  });
}

export async function getComplaint(
  db: Db,
  opts: { actor: Actor | null; id: string; today?: string },
): Promise<ComplaintDetail> {
  authorize(opts.actor, 'complaints.read');
  return db.transaction(async (tx) => presentDetail(tx, await complaintById(tx, opts.id), opts.today ?? chinaToday()));
}

/** One step on a complaint: lock, refuse an archived one (R-CMP-04) and a respondent acting (R-CMP-03), audit. */
async function step(
  db: Db,
  opts: { actor: Actor; id: string; today?: string },
  kind: 'assign' | 'decide' | 'extend' | 'result' | 'close',
  change: (c: ComplaintRow, today: string, tx: DbOrTx) => Promise<Partial<typeof complaints.$inferInsert>>,
) {
  const actor = opts.actor;
  const today = opts.today ?? chinaToday();
  return db.transaction(async (tx) => {
    const before = await complaintById(tx, opts.id, true);
    const refusal = stepRefusal(before.state, kind);
    if (refusal) throw new AppError('CONFLICT', refusal);
    // R-CMP-03: whoever acts on a complaint must not be among those complained about.
    await assertNotRespondent(tx, before, actor.userId);
    const set = await change(before, today, tx);
    const [after] = await tx.update(complaints).set(set).where(eq(complaints.id, before.id)).returning();
    await recordAudit(tx, actor, {
      action: (
        {
          assign: 'complaint.assign',
          decide: 'complaint.decide',
          extend: 'complaint.extend',
          result: 'complaint.result',
          close: 'complaint.close',
        } as const
      )[kind],
      entity: 'complaint',
      entityId: after.id,
      before: { state: before.state, handlerId: before.handlerId },
      after: { state: after.state, ...set },
    });
    return presentDetail(tx, after, today);
  });
}

const notifiedDay = (c: ComplaintRow, today: string, day: string | null | undefined) => {
  const d = day ?? today;
  if (d < c.receivedOn || d > today) throw fieldError('notifiedOn', '通知日期：应在收到日期和今天之间');
  return d;
};

/** R-CMP-03: assigns the handler, never one complained about. */
export async function assignHandler(db: Db, opts: { actor: Actor | null; id: string; handlerId: string }) {
  authorize(opts.actor, 'complaints.manage');
  return step(db, { actor: opts.actor, id: opts.id }, 'assign', async (c, _today, tx) => {
    await checkHandler(tx, c, opts.handlerId);
    return { handlerId: opts.handlerId };
  });
}

/** R-CMP-02: the decision whether to investigate, with its reason and the day the complainant was told in writing. */
export async function decideComplaint(
  db: Db,
  opts: {
    actor: Actor | null;
    id: string;
    today?: string;
    data: { investigate: boolean; decisionReason: string; notifiedOn?: string | null };
  },
) {
  authorize(opts.actor, 'complaints.decide');
  const actor = opts.actor;
  return step(db, { actor, id: opts.id, today: opts.today }, 'decide', async (c, today) => ({
    state: opts.data.investigate ? 'investigating' : 'not_investigated',
    investigate: opts.data.investigate ? 'yes' : 'no',
    decisionReason: opts.data.decisionReason,
    decisionNotifiedOn: notifiedDay(c, today, opts.data.notifiedOn),
    decidedAt: new Date(),
    decidedBy: actor.userId,
    handlerId: c.handlerId ?? actor.userId,
  }));
}

/** R-CMP-02: "如遇特殊情况需要延长的，可适当延长，并及时通知": a later working day and the reason. */
export async function extendComplaint(
  db: Db,
  opts: { actor: Actor | null; id: string; today?: string; data: { extendedDueOn: string; extensionReason: string } },
) {
  authorize(opts.actor, 'complaints.manage');
  const actor = opts.actor;
  return step(db, { actor, id: opts.id, today: opts.today }, 'extend', async (c, _today, tx) => {
    const day = opts.data.extendedDueOn;
    if (day <= effectiveResultDue(c))
      throw fieldError('extendedDueOn', `延长后的期限：应晚于现在的期限 ${effectiveResultDue(c)}`);
    if (!isWorkingDay(await loadWorkCalendar(tx), day)) throw fieldError('extendedDueOn', '延长后的期限：应为工作日');
    return {
      extendedDueOn: day,
      extensionReason: opts.data.extensionReason,
      extendedAt: new Date(),
      extendedBy: actor.userId,
    };
  });
}

/** R-CMP-02: the result of an investigated complaint and the day the complainant was told. */
export async function recordComplaintResult(
  db: Db,
  opts: { actor: Actor | null; id: string; today?: string; data: { result: string; notifiedOn?: string | null } },
) {
  authorize(opts.actor, 'complaints.decide');
  const actor = opts.actor;
  return step(db, { actor, id: opts.id, today: opts.today }, 'result', async (c, today) => ({
    state: 'decided',
    result: opts.data.result,
    resultNotifiedOn: notifiedDay(c, today, opts.data.notifiedOn),
    resultAt: new Date(),
    resultBy: actor.userId,
  }));
}

/** R-CMP-04: a handled complaint is closed and archived; it is read-only from then on. */
export async function closeComplaint(db: Db, opts: { actor: Actor | null; id: string; today?: string }) {
  authorize(opts.actor, 'complaints.decide');
  const actor = opts.actor;
  return step(db, { actor, id: opts.id, today: opts.today }, 'close', async () => {
    const now = new Date();
    return { state: 'archived', closedAt: now, closedBy: actor.userId, archivedAt: now };
  });
}
