import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Config } from '../../../config.js';
import type { Db, DbOrTx } from '../../../db/client.js';
import { arrangementRuns, arrangementSeats, examRooms, examSites } from '../../../db/schema/index.js';
import { personIdsOfUser, personsByIds } from '../../people/people.reads.js';
import { sittingsByIds } from '../../plans/plans.reads.js';
import { applicationsByIds, applicationsOfPersons } from '../../registration/registration.reads.js';
import { authorize, collegeFilter, type Actor } from '../../../http/access.js';
import { AppError, notFound } from '../../../http/errors.js';
import { loadPiiKey } from '../../../http/pii.js';
import type { Batch } from '../../../../shared/plans.js';
import type { PrintOverview, TicketVerification } from '../../../../shared/arrangement.documents.js';
import { levelNames } from '../../../../shared/centre.rules.js';
import { sittingKindNames } from '../../../../shared/plans.js';
import { ticketAllowed } from '../../registration/payments.service.js';
import { recordAudit } from '../../audit/audit.service.js';
import { loadCentre } from '../../centre/centre.service.js';
import type { FileStore } from '../../files/files.service.js';
import type { JobContext } from '../../jobs/jobs.service.js';
import { exportBatchPlanPdf, exportBatchPlanXlsx } from '../../plans/batch.export.js';
import { findBatch, getBatch } from '../../plans/batch.service.js';
import { createExamDocument, toBytes } from './draw.js';
import {
  findPublishedRun,
  loadLotRecords,
  loadRoomSheet,
  loadTickets,
  roomLabel,
  roomNumbers,
  ticketsWithoutPhoto,
  type RunRow,
} from './load.js';
import { planStaffingFromRun } from './plan.js';
import { presentPrintOverview, presentTicketCheck } from './documents.present.js';
import { deriveTicketKey, verifyTicketSignature } from './qr.js';
import { renderDoorList, renderLotRecord, renderSeatChart, renderSignInSheet } from './rooms.js';
import { candidateRules, renderTickets } from './tickets.js';
import type { TicketData } from './types.js';
import { chinaToday } from '../../../../shared/dates.js';
import { downloadName } from '../../../http/download.js';

/**
 * R-ARR-10/11 documents of a published arrangement: tickets (one, or in bulk as a job), room documents, the lot
 * record, and the batch plan with its staffing. Who may print, and when, is decided here.
 */

export interface DocumentsDeps {
  db: Db;
  files: FileStore;
  config: Pick<Config, 'PDF_FONT_PATH' | 'PUBLIC_URL' | 'TICKET_QR_KEY' | 'PII_KEY' | 'DATABASE_URL' | 'dataDir'>;
}

const keys = new WeakMap<object, Buffer>();
/** The QR signing key: TICKET_QR_KEY, else derived from the PII master key (never stored in the database). */
export function ticketQrKey(config: DocumentsDeps['config']): Buffer {
  let k = keys.get(config);
  if (!k) {
    const raw = config.TICKET_QR_KEY?.trim();
    const given = raw ? (/^[0-9a-fA-F]{64}$/.test(raw) ? Buffer.from(raw, 'hex') : Buffer.from(raw, 'base64')) : null;
    if (given && given.length !== 32) throw new Error('TICKET_QR_KEY must be 32 bytes (64 hex characters or base64)');
    k = given ?? deriveTicketKey(loadPiiKey(config));
    keys.set(config, k);
  }
  return k;
}

/**
 * R-ARR-11: a start-banner warning while PUBLIC_URL still names this machine (the default http://localhost:3000):
 * the tickets' QR codes carry that address, and a door checker's phone cannot open it. Null when it is set.
 */
export function publicUrlNote(config: Pick<Config, 'PUBLIC_URL' | 'mode'>): string | null {
  const host = new URL(config.PUBLIC_URL).hostname;
  if (!['localhost', '127.0.0.1', '[::1]', '::1', '0.0.0.0'].includes(host)) return null;
  return (
    `准考证二维码的地址为 ${config.PUBLIC_URL}（PUBLIC_URL${config.mode === 'demo' ? ' 的默认值' : ''}），` +
    '手机扫码无法打开；正式打印准考证前，请把环境变量 PUBLIC_URL 设为考务人员手机可访问的网址（如 https://kaowu.example.edu.cn）'
  );
}

async function publishedRun(db: DbOrTx, batchId: string, what: string): Promise<RunRow> {
  const run = await findPublishedRun(db, batchId);
  if (!run) throw new AppError('CONFLICT', `${what}：考场编排尚未发布，不能打印`);
  return run;
}

/**
 * R-ARR-11 (H 四(五)): tickets are printed only after the authority has approved the plan (its approval number is
 * recorded on the batch) and the arrangement is published.
 */
export async function ticketsGate(db: DbOrTx, batch: Batch): Promise<RunRow> {
  if (!batch.approvalNumber)
    throw new AppError('CONFLICT', '准考证：鉴定指导中心尚未批复本批次的认定计划（未登记批复文号），不能打印准考证');
  const run = await findPublishedRun(db, batch.id);
  if (!run) throw new AppError('CONFLICT', '准考证：考场编排尚未发布，不能打印准考证');
  return run;
}

async function auditExport(db: Db, actor: Actor, runId: string, after: Record<string, unknown>) {
  await db.transaction((tx) =>
    recordAudit(tx, actor, { action: 'export', entity: 'arrangement', entityId: runId, after }),
  );
}

/** Tickets as one PDF (two to an A4 sheet). */
export async function renderTicketsPdf(
  fontPath: string,
  centreName: string,
  batchTitle: string,
  tickets: readonly TicketData[],
  onTicket?: (n: number) => void,
) {
  const doc = createExamDocument(fontPath, { title: `准考证 ${batchTitle}`, author: centreName });
  renderTickets(doc, { centreName, batchTitle, rules: candidateRules }, tickets, onTicket);
  return toBytes(doc);
}

// ---------------------------------------------------------------------------------------------------------------
// Room documents and the lot record
// ---------------------------------------------------------------------------------------------------------------

export const roomDocuments = { door: '考场门贴', seats: '考场座位表', signin: '考生签到表' } as const;
export type RoomDocument = keyof typeof roomDocuments;

/** R-ARR-11: a room's door list, seat chart or sign-in sheet for one sitting of a published arrangement. */
export async function roomDocumentPdf(
  deps: DocumentsDeps,
  opts: { actor: Actor | null; batchId: string; sittingId: string; roomId: string; document: RoomDocument },
) {
  authorize(opts.actor, 'arrangement.manage');
  const batch = await getBatch(deps.db, { actor: opts.actor, id: opts.batchId });
  const what = roomDocuments[opts.document];
  const run = await publishedRun(deps.db, batch.id, what);
  return buildRoomDocument(deps, opts.actor, {
    run,
    batch,
    sittingId: opts.sittingId,
    roomId: opts.roomId,
    document: opts.document,
  });
}

/**
 * One room's door list, seat chart or sign-in sheet as PDF, audited as an export of the run: for the centre's print
 * panel and for the staff on duty in that room (`assignments.service.ts`). Null when the run has no such room.
 */
export async function buildRoomDocument(
  deps: DocumentsDeps,
  actor: Actor,
  opts: {
    run: RunRow;
    batch: Batch;
    sittingId: string;
    roomId: string;
    document: RoomDocument;
    own?: boolean;
  },
) {
  const { run, batch } = opts;
  const what = roomDocuments[opts.document];
  const centre = await loadCentre(deps.db);
  const sheet = await loadRoomSheet(deps.db, deps.files, {
    run,
    batch,
    centreName: centre.name,
    sittingId: opts.sittingId,
    roomId: opts.roomId,
  });
  if (!sheet) throw notFound('考场');
  const doc = createExamDocument(deps.config.PDF_FONT_PATH, {
    title: `${what} 第${sheet.roomNo}考场`,
    author: centre.name,
  });
  if (opts.document === 'door') renderDoorList(doc, sheet);
  else if (opts.document === 'seats') renderSeatChart(doc, sheet);
  else renderSignInSheet(doc, sheet);
  const bytes = await toBytes(doc);
  await auditExport(deps.db, actor, run.id, {
    document: opts.document,
    batchId: batch.id,
    sittingId: opts.sittingId,
    roomId: opts.roomId,
    bytes: bytes.length,
    ...(opts.own ? { own: true } : {}),
  });
  return { bytes, name: downloadName(`${batch.title}第${sheet.roomNo}考场（${sheet.day}）`, what, 'pdf') };
}

/** R-ARR-02: the proctor lot record of every sitting of the batch. */
export async function lotRecordPdf(deps: DocumentsDeps, opts: { actor: Actor | null; batchId: string }) {
  authorize(opts.actor, 'arrangement.manage');
  const batch = await getBatch(deps.db, { actor: opts.actor, id: opts.batchId });
  const run = await publishedRun(deps.db, batch.id, '抽签记录');
  const centre = await loadCentre(deps.db);
  const lots = await loadLotRecords(deps.db, { run, batch, centreName: centre.name });
  const doc = createExamDocument(deps.config.PDF_FONT_PATH, {
    title: `监考人员抽签记录 ${batch.title}`,
    author: centre.name,
  });
  renderLotRecord(doc, lots);
  const bytes = await toBytes(doc);
  await auditExport(deps.db, opts.actor, run.id, { document: 'lots', batchId: batch.id, bytes: bytes.length });
  return { bytes, name: downloadName(batch.title, '监考抽签记录', 'pdf') };
}

// ---------------------------------------------------------------------------------------------------------------
// R-ARR-10: the batch plan with rooms, proctors, examiners and supervisors
// ---------------------------------------------------------------------------------------------------------------

export async function arrangedPlan(
  deps: DocumentsDeps,
  opts: { actor: Actor | null; batchId: string; format: 'xlsx' | 'pdf' },
) {
  authorize(opts.actor, 'arrangement.manage');
  const batch = await getBatch(deps.db, { actor: opts.actor, id: opts.batchId });
  const run = await findPublishedRun(deps.db, batch.id);
  if (!run)
    throw new AppError('CONFLICT', '认定计划：考场编排尚未发布，请先发布编排（或在认定批次中导出不含考场安排的计划）');
  const staffing = await planStaffingFromRun(deps.db, run, batch.id);
  return opts.format === 'xlsx'
    ? exportBatchPlanXlsx(deps.db, { actor: opts.actor, id: batch.id, staffing })
    : exportBatchPlanPdf(deps.db, { actor: opts.actor, id: batch.id, fontPath: deps.config.PDF_FONT_PATH, staffing });
}

// ---------------------------------------------------------------------------------------------------------------
// Tickets: the candidate's own, the bulk job, and the QR verification
// ---------------------------------------------------------------------------------------------------------------

/**
 * The candidate's own ticket (portal). Shown from the day the room layout is published to candidates (the run's
 * visibleFrom, the day before the first sitting — R-ARR-11), only after the authority's approval, and only for an
 * approved and paid (or free) application.
 */
export async function ownTicketPdf(
  deps: DocumentsDeps,
  opts: { actor: Actor | null; batchId?: string; today?: string },
) {
  authorize(opts.actor, 'portal.apply');
  const actor = opts.actor;
  const today = opts.today ?? chinaToday();
  const apps = new Map(
    (await applicationsOfPersons(deps.db, await personIdsOfUser(deps.db, actor.userId)))
      .filter((a) => a.status !== 'withdrawn' && (!opts.batchId || a.batchId === opts.batchId))
      .map((a) => [a.id, a]),
  );
  const published = apps.size
    ? await deps.db
        .selectDistinct({
          applicationId: arrangementSeats.applicationId,
          firstDay: arrangementRuns.firstDay,
          visibleFrom: arrangementRuns.visibleFrom,
        })
        .from(arrangementSeats)
        .innerJoin(
          arrangementRuns,
          and(eq(arrangementRuns.id, arrangementSeats.runId), eq(arrangementRuns.status, 'published')),
        )
        .where(inArray(arrangementSeats.applicationId, [...apps.keys()]))
        .orderBy(asc(arrangementRuns.firstDay))
    : [];
  const mine = published.map((r) => {
    const a = apps.get(r.applicationId)!;
    return { ...r, batchId: a.batchId, status: a.status, feeStatus: a.feeStatus };
  });
  const pick = mine.find((m) => m.firstDay >= today) ?? mine[mine.length - 1];
  if (!pick) throw new AppError('NOT_FOUND', '准考证：没有已发布考场安排的报名，暂无准考证');
  if (pick.visibleFrom && pick.visibleFrom > today)
    throw new AppError('CONFLICT', `准考证：考场安排将于 ${pick.visibleFrom} 公布，届时可下载准考证`);
  if (pick.status !== 'approved') throw new AppError('CONFLICT', '准考证：报名尚未审核通过，不能打印准考证');
  if (pick.feeStatus !== 'paid' && pick.feeStatus !== 'free')
    throw new AppError('CONFLICT', '准考证：尚未缴纳认定费用，缴费后方可打印准考证');
  const batch = (await findBatch(deps.db, pick.batchId))!;
  const run = await ticketsGate(deps.db, batch);
  const centre = await loadCentre(deps.db);
  const { tickets } = await loadTickets(deps.db, {
    run,
    batch,
    store: deps.files,
    qrKey: ticketQrKey(deps.config),
    baseUrl: deps.config.PUBLIC_URL,
    applicationId: pick.applicationId,
  });
  if (!tickets.length) throw new AppError('CONFLICT', '准考证：准考证号尚未生成，请联系认定中心');
  const bytes = await renderTicketsPdf(deps.config.PDF_FONT_PATH, centre.name, batch.title, tickets);
  await auditExport(deps.db, actor, run.id, {
    document: 'ticket',
    applicationId: pick.applicationId,
    ticketNumber: tickets[0].ticketNumber,
  });
  return { bytes, name: downloadName(tickets[0].name, '准考证', 'pdf') };
}

export type TicketGrouping = 'room' | 'college';
interface TicketsJobParams {
  actor: Actor;
  batchId: string;
  groupBy: TicketGrouping;
}

/** Checks the gate now (so the centre is told at once), then queues the bulk print `tickets.bulk`. */
export async function startBulkTickets(
  deps: DocumentsDeps & {
    jobs: { enqueue: (tx: DbOrTx, kind: string, params: object, ownerId: string | null) => Promise<string> };
  },
  opts: { actor: Actor | null; batchId: string; groupBy: TicketGrouping; confirmMissingPhotos?: boolean },
) {
  authorize(opts.actor, 'arrangement.read');
  const actor = opts.actor;
  const batch = await getBatch(deps.db, { actor, id: opts.batchId });
  const run = await ticketsGate(deps.db, batch);
  // A college clerk prints its own college's candidates only, grouped by college (R-ORG-07).
  const groupBy = collegeFilter(actor) ? 'college' : opts.groupBy;
  // R-ARR-11: tickets carry the photo; none is printed without one unless the user has seen who and confirmed.
  const missing = await ticketsWithoutPhoto(deps.db, { run, batch, collegeId: collegeFilter(actor) ?? undefined });
  if (missing.length && !opts.confirmMissingPhotos)
    throw new AppError(
      'CONFLICT',
      `准考证：${missing.length} 名考生没有照片（${missing
        .slice(0, 5)
        .map((m) => m.name)
        .join('、')}${missing.length > 5 ? ' 等' : ''}），请先补充照片；确认仍要打印时，这些准考证将印有“无照片”标记`,
      { field: 'confirmMissingPhotos', missingPhotos: missing },
    );
  return deps.db.transaction(async (tx) => {
    const jobId = await deps.jobs.enqueue(
      tx,
      'tickets.bulk',
      { actor, batchId: batch.id, groupBy } satisfies TicketsJobParams,
      actor.userId,
    );
    await recordAudit(tx, actor, {
      action: 'export',
      entity: 'arrangement',
      entityId: run.id,
      after: { document: 'tickets', batchId: batch.id, groupBy, jobId },
    });
    return { jobId };
  });
}

/**
 * Job `tickets.bulk`: every ticket of the batch as ONE PDF, a bookmark (outline entry) per room — tickets in seat
 * order — or per college, each pile starting on a fresh sheet. One file rather than a ZIP of PDFs: the centre sends
 * one print job and still finds and hands out each pile; and each separate PDF would embed the CJK font subset and
 * lay the rules out again (~0.1 s per file, measured by bench/tickets.ts).
 */
export async function bulkTicketsJob(deps: DocumentsDeps, ctx: JobContext) {
  const p = ctx.job.params as TicketsJobParams;
  const batch = await findBatch(deps.db, p.batchId);
  if (!batch) throw notFound('认定批次');
  const run = await ticketsGate(deps.db, batch);
  await ctx.progress(2, '读取考生信息和照片');
  const collegeId = collegeFilter(p.actor) ?? undefined;
  const loaded = await loadTickets(deps.db, {
    run,
    batch,
    store: deps.files,
    qrKey: ticketQrKey(deps.config),
    baseUrl: deps.config.PUBLIC_URL,
    collegeId,
  });
  const tickets = loaded.tickets;
  const groups = new Map<string, TicketData[]>();
  const keyOf = (t: TicketData) => (p.groupBy === 'room' ? t.roomKey!.split('/')[0] : t.collegeName!);
  for (const t of [...tickets].sort((a, b) =>
    p.groupBy === 'room' ? a.roomKey!.localeCompare(b.roomKey!) : a.ticketNumber.localeCompare(b.ticketNumber),
  ))
    groups.set(keyOf(t), [...(groups.get(keyOf(t)) ?? []), t]);
  const centre = await loadCentre(deps.db);
  const doc = createExamDocument(deps.config.PDF_FONT_PATH, { title: `准考证 ${batch.title}`, author: centre.name });
  const sheet = { centreName: centre.name, batchTitle: batch.title, rules: candidateRules };
  let done = 0;
  let last = 0;
  for (const [key, list] of groups) {
    const label = p.groupBy === 'room' ? `第${Number(key.slice(0, 3))}考场（${key.slice(4)}）` : key;
    renderTickets(doc, sheet, list, () => done++, `${label} ${list.length}人`);
    if (done - last >= 50 || done === tickets.length) {
      last = done;
      await ctx.progress(2 + (done / Math.max(1, tickets.length)) * 95, `已生成 ${done} / ${tickets.length} 张准考证`);
    }
  }
  if (!groups.size) renderTickets(doc, sheet, []);
  const bytes = await toBytes(doc);
  const fileName = downloadName(batch.title, `准考证（按${p.groupBy === 'room' ? '考场' : '学院'}）`, 'pdf');
  const row = await deps.db.transaction(async (tx) => {
    const f = await deps.files.record(tx, {
      bytes,
      name: fileName,
      mime: 'application/pdf',
      ownerId: p.actor.userId,
      purpose: 'export',
    });
    await recordAudit(tx, p.actor, {
      action: 'create',
      entity: 'file',
      entityId: f.id,
      after: { name: fileName, tickets: tickets.length, groups: groups.size, refused: loaded.refused.length },
    });
    return f;
  });
  return {
    fileId: row.id,
    fileName,
    tickets: tickets.length,
    groups: [...groups].map(([k, l]) => ({
      name: p.groupBy === 'room' ? `第${Number(k.slice(0, 3))}考场（${k.slice(4)}）` : k,
      count: l.length,
    })),
    refused: loaded.refused.length,
    missingNumber: loaded.missingNumber.length,
    withoutPhoto: tickets.filter((t) => !t.photo).length,
  };
}

/**
 * The QR code's target (public, R-ARR-11): whether the centre issued this ticket number, with what the paper ticket
 * prints (name, the ID number's last four, batch, each sitting's time, room and seat) for the door check to compare.
 * Showing the printed facts tells a finder of a lost ticket nothing the paper does not; a forged or altered code
 * answers with the failing field only and reveals nothing.
 */
export async function verifyTicket(
  deps: DocumentsDeps,
  opts: { ticketNumber: string; signature: string },
): Promise<TicketVerification> {
  const refuse = (state: TicketVerification['state'], field: string, problem: string): TicketVerification => ({
    valid: false,
    state,
    message: `${field}：${problem}`,
    problems: [{ field, message: `${field}：${problem}` }],
  });
  if (!verifyTicketSignature(ticketQrKey(deps.config), opts.ticketNumber, opts.signature))
    return refuse('forged', '校验码', '与准考证号不符，二维码是伪造的或已被改动');
  const seats = await deps.db
    .select({
      runId: arrangementSeats.runId,
      applicationId: arrangementSeats.applicationId,
      sittingId: arrangementSeats.sittingId,
      roomId: arrangementSeats.roomId,
      seat: arrangementSeats.seatNo,
      roomName: examRooms.name,
      siteName: examSites.name,
    })
    .from(arrangementSeats)
    .innerJoin(arrangementRuns, eq(arrangementRuns.id, arrangementSeats.runId))
    .innerJoin(examRooms, eq(examRooms.id, arrangementSeats.roomId))
    .innerJoin(examSites, eq(examSites.id, examRooms.siteId))
    .where(and(eq(arrangementSeats.ticketNumber, opts.ticketNumber), eq(arrangementRuns.status, 'published')));
  const sittings = new Map(
    (
      await sittingsByIds(
        deps.db,
        seats.map((x) => x.sittingId),
      )
    ).map((x) => [x.id, x]),
  );
  const lines = seats
    .filter((x) => sittings.has(x.sittingId))
    .map((x) => ({ ...x, sitting: sittings.get(x.sittingId)! }))
    .sort((a, b) => `${a.sitting.day} ${a.sitting.startsAt}`.localeCompare(`${b.sitting.day} ${b.sitting.startsAt}`));
  const first = lines[0];
  const [app] = first ? await applicationsByIds(deps.db, [first.applicationId]) : [];
  const [person] = app ? await personsByIds(deps.db, [app.personId]) : [];
  if (!first || !app || !person) return refuse('unknown', '准考证号', '未查到已发布的考场安排，本中心未签发此准考证');
  if (!ticketAllowed(app))
    return app.status !== 'approved'
      ? refuse('revoked', '报名状态', '报名已撤回或未通过审核，此准考证已作废')
      : refuse('revoked', '缴费状态', '认定费用未缴或已退费，此准考证已作废');
  const batch = await findBatch(deps.db, first.sitting.batchId);
  const numbers = await roomNumbers(deps.db, first.runId, first.sitting.batchId); // 第 N 考场, as on the paper
  return presentTicketCheck({
    ticketNumber: opts.ticketNumber,
    name: person.name,
    idMasked: person.idMasked,
    batchTitle: batch?.title ?? '',
    occupation: batch ? `${batch.occupationName}${batch.jobName ? `（${batch.jobName}）` : ''}` : '',
    level: levelNames[app.level] ?? `${app.level}级`,
    sittings: lines.map((x) => ({
      kindName: sittingKindNames[x.sitting.kind] ?? x.sitting.kind,
      day: x.sitting.day,
      time: `${x.sitting.startsAt.slice(0, 5)}–${x.sitting.endsAt.slice(0, 5)}`,
      site: x.siteName,
      room: roomLabel(numbers.get(`${x.sittingId}/${x.roomId}`), x.roomName),
      seat: x.seat,
    })),
  });
}

/** The print panel's data: whether the arrangement is published, whether tickets may be printed, and the rooms. */
export async function printOverview(
  deps: DocumentsDeps,
  opts: { actor: Actor | null; batchId: string },
): Promise<PrintOverview> {
  authorize(opts.actor, 'arrangement.read');
  const batch = await getBatch(deps.db, { actor: opts.actor, id: opts.batchId });
  const run = await findPublishedRun(deps.db, batch.id);
  let ticketsBlocked: string | null = null;
  try {
    await ticketsGate(deps.db, batch);
  } catch (e) {
    ticketsBlocked = e instanceof AppError ? e.message : '不能打印准考证';
  }
  const rows = run
    ? await deps.db
        .select({
          sittingId: arrangementSeats.sittingId,
          roomId: arrangementSeats.roomId,
          roomName: examRooms.name,
          siteName: examSites.name,
          n: sql<number>`count(*)::int`,
        })
        .from(arrangementSeats)
        .innerJoin(examRooms, eq(examRooms.id, arrangementSeats.roomId))
        .innerJoin(examSites, eq(examSites.id, examRooms.siteId))
        .where(
          and(
            eq(arrangementSeats.runId, run.id),
            inArray(
              arrangementSeats.sittingId,
              batch.sittings.map((x) => x.id),
            ),
          ),
        )
        .groupBy(arrangementSeats.sittingId, arrangementSeats.roomId, examRooms.name, examSites.name)
    : [];
  const collegeId = collegeFilter(opts.actor) ?? undefined;
  const missingPhotos = run ? await ticketsWithoutPhoto(deps.db, { run, batch, collegeId }) : [];
  return presentPrintOverview(batch, { published: !!run, ticketsBlocked, rooms: rows, missingPhotos });
}
