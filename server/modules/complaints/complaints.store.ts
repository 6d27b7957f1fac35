// The complaints module's own queries and its rows → response shapes (shared/complaints.ts).
import { createHash, randomInt } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { complaints, files, users } from '../../db/schema/index.js';
import { AppError, notFound } from '../../http/errors.js';
import {
  appealKindNames,
  complaintChannelNames,
  complaintSourceNames,
  complaintStateNames,
  type AppealKind,
  type ComplaintDetail,
  type ComplaintStatus,
  type ComplaintSummary,
} from '../../../shared/complaints.js';
import { violationClauseByCode } from '../../../shared/exams.js';
import { misconductActNames } from '../../../shared/people.js';
import { batchTitlesByIds } from '../plans/plans.reads.js';
import { misconductByIds, personsByIds } from '../people/people.reads.js';
import { violationsByIds } from '../exams/exams.reads.js';
import { effectiveResultDue, overdueFlags } from './complaints.rules.js';

export type ComplaintRow = typeof complaints.$inferSelect;

/** Roles that handle complaints (the handler is one of their accounts). */
export const HANDLER_ROLES = ['admin', 'centre_head', 'exam_admin'] as const;

export async function complaintById(tx: DbOrTx, id: string, lock = false): Promise<ComplaintRow> {
  const q = tx.select().from(complaints).where(eq(complaints.id, id));
  const [row] = lock ? await q.for('update') : await q;
  if (!row) throw notFound('投诉');
  return row;
}

const fieldError = (field: string, message: string) => new AppError('VALIDATION', message, [{ field, message }]);

// ── The public tracking code: shown once, only its hash kept ──

const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export function newTrackingCode(): string {
  const chars = Array.from({ length: 12 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
  return `TS-${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`;
}
/** Case, spaces and dashes do not matter when the code is typed back. */
export const trackingHash = (code: string) =>
  createHash('sha256')
    .update(code.toUpperCase().replace(/[^A-Z0-9]/g, ''))
    .digest('hex');

// ── Checks of what a complaint names (R-CMP-01) ──

/** Evidence must be uploaded files of an evidence purpose; from the portal, the candidate's own uploads. */
export async function checkEvidence(tx: DbOrTx, ids: readonly string[], ownerId: string | null) {
  if (!ids.length) return [];
  const unique = [...new Set(ids)];
  const rows = await tx
    .select({ id: files.id, ownerId: files.ownerId })
    .from(files)
    .where(and(inArray(files.id, unique), inArray(files.purpose, ['complaint.evidence', 'evidence'])));
  const ok = rows.filter((r) => ownerId === null || r.ownerId === ownerId);
  if (ok.length !== unique.length) throw fieldError('evidenceFileIds', '证据材料：文件不存在，请重新上传');
  return unique;
}

export async function checkBatch(tx: DbOrTx, batchId: string | null | undefined) {
  if (!batchId) return null;
  if (!(await batchTitlesByIds(tx, [batchId])).length) throw fieldError('batchId', '批次：不存在');
  return batchId;
}

/** R-VIOL / R-PPL-10: the decision appealed must exist; `personId` limits it to the candidate's own violations. */
export async function checkAppeal(
  tx: DbOrTx,
  kind: AppealKind | null | undefined,
  id: string | null | undefined,
  personId?: string,
) {
  if (!kind && !id) return { appealKind: null, appealId: null };
  if (!kind) throw fieldError('appealKind', '申诉类型：请选择申诉的是哪类处理决定');
  if (!id) throw fieldError('appealId', '申诉的处理决定：请选择');
  const found =
    kind === 'violation' ? await violationsByIds(tx, [id]) : personId ? [] : await misconductByIds(tx, [id]);
  if (!found.length || (personId && found[0].personId !== personId))
    throw fieldError('appealId', '申诉的处理决定：不存在');
  return { appealKind: kind, appealId: id };
}

export async function checkRespondents(tx: DbOrTx, personIds: readonly string[], userIds: readonly string[]) {
  const p = [...new Set(personIds)];
  const u = [...new Set(userIds)];
  if (p.length && (await personsByIds(tx, p)).length !== p.length)
    throw fieldError('respondentPersonIds', '被投诉人员：人员不存在');
  if (u.length && (await tx.select({ id: users.id }).from(users).where(inArray(users.id, u))).length !== u.length)
    throw fieldError('respondentUserIds', '被投诉工作人员账号：账号不存在');
  return { respondentPersonIds: p, respondentUserIds: u };
}

// ── Presenting ──

const iso = (d: Date | null) => (d ? d.toISOString() : null);

async function userNames(tx: DbOrTx, ids: (string | null)[]) {
  const set = [...new Set(ids.filter((x): x is string => !!x))];
  if (!set.length) return new Map<string, string>();
  const rows = await tx.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, set));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export function presentSummary(r: ComplaintRow, names: Map<string, string>, today: string): ComplaintSummary {
  return {
    id: r.id,
    channel: r.channel,
    channelName: complaintChannelNames[r.channel],
    source: r.source,
    sourceName: complaintSourceNames[r.source],
    complainantName: r.complainantName,
    complaintText: r.content,
    receivedOn: r.receivedOn,
    state: r.state,
    stateName: complaintStateNames[r.state],
    handlerId: r.handlerId,
    handlerName: r.handlerId ? (names.get(r.handlerId) ?? null) : null,
    acceptDueOn: r.acceptDueOn,
    resultDueOn: r.resultDueOn,
    extendedDueOn: r.extendedDueOn,
    ...overdueFlags(r, today),
    archived: r.state === 'archived',
  };
}

export async function presentSummaries(tx: DbOrTx, rows: ComplaintRow[], today: string) {
  const names = await userNames(
    tx,
    rows.map((r) => r.handlerId),
  );
  return rows.map((r) => presentSummary(r, names, today));
}

/** R-CMP-03: the staff accounts that may handle it: handler roles, enabled, none complained about. */
export async function handlerChoices(tx: DbOrTx, r: ComplaintRow) {
  const linked = (await personsByIds(tx, r.respondentPersonIds)).map((p) => p.userId).filter((x): x is string => !!x);
  const excluded = new Set([...r.respondentUserIds, ...linked]);
  const rows = await tx
    .select({ id: users.id, name: users.displayName })
    .from(users)
    .where(and(inArray(users.role, [...HANDLER_ROLES]), eq(users.disabled, false)))
    .orderBy(users.displayName);
  return rows.filter((u) => !excluded.has(u.id));
}

async function appealLabel(tx: DbOrTx, r: ComplaintRow): Promise<string | null> {
  if (!r.appealKind || !r.appealId) return null;
  if (r.appealKind === 'violation') {
    const [v] = await violationsByIds(tx, [r.appealId]);
    if (!v) return null;
    const [p] = await personsByIds(tx, [v.personId]);
    const clause = violationClauseByCode.get(v.clause)?.name ?? v.clause;
    return `${p?.name ?? ''} 第 ${v.tier} 类违纪：${clause}`;
  }
  const [m] = await misconductByIds(tx, [r.appealId]);
  if (!m) return null;
  const [p] = await personsByIds(tx, [m.personId]);
  const act = (misconductActNames as Record<string, string>)[m.act] ?? m.act;
  return `${p?.name ?? ''} ${m.occurredOn}：${act}`;
}

export async function presentDetail(tx: DbOrTx, r: ComplaintRow, today: string): Promise<ComplaintDetail> {
  const names = await userNames(tx, [r.handlerId, r.decidedBy, r.resultBy, ...r.respondentUserIds]);
  const [persons, evidence, batch, appeal, choices] = await Promise.all([
    personsByIds(tx, r.respondentPersonIds),
    r.evidenceFileIds.length
      ? tx.select({ id: files.id, name: files.name }).from(files).where(inArray(files.id, r.evidenceFileIds))
      : Promise.resolve([]),
    r.batchId ? batchTitlesByIds(tx, [r.batchId]) : Promise.resolve([]),
    appealLabel(tx, r),
    handlerChoices(tx, r),
  ]);
  return {
    ...presentSummary(r, names, today),
    complainantUnit: r.complainantUnit,
    complainantContact: r.complainantContact,
    evidence,
    batchId: r.batchId,
    batchTitle: batch[0]?.title ?? null,
    respondentPersons: persons.map((p) => ({ id: p.id, name: p.name })),
    respondentUsers: r.respondentUserIds.map((id) => ({ id, name: names.get(id) ?? '' })),
    respondentText: r.respondentText,
    appealKind: r.appealKind,
    appealKindName: r.appealKind ? appealKindNames[r.appealKind] : null,
    appealId: r.appealId,
    appealLabel: appeal,
    extensionReason: r.extensionReason,
    extendedAt: iso(r.extendedAt),
    investigate: r.investigate === null ? null : r.investigate === 'yes',
    decisionReason: r.decisionReason,
    decidedAt: iso(r.decidedAt),
    decidedByName: r.decidedBy ? (names.get(r.decidedBy) ?? null) : null,
    decisionNotifiedOn: r.decisionNotifiedOn,
    result: r.result,
    resultAt: iso(r.resultAt),
    resultByName: r.resultBy ? (names.get(r.resultBy) ?? null) : null,
    resultNotifiedOn: r.resultNotifiedOn,
    closedAt: iso(r.closedAt),
    archivedAt: iso(r.archivedAt),
    createdAt: r.createdAt.toISOString(),
    handlerChoices: choices,
  };
}

export const presentStatus = (r: ComplaintRow): ComplaintStatus => ({
  state: r.state,
  stateName: complaintStateNames[r.state],
  receivedOn: r.receivedOn,
  acceptDueOn: r.acceptDueOn,
  resultDueOn: effectiveResultDue(r),
});
