// R-VIOL-01…04 recorded on the day: the clause of 考生违纪违规处理规定 (its tier follows), the time, the facts and
// the evidence (files of purpose `exam.evidence`). The effect of a tier is applied by the scoring issue, which
// reads them through exams.reads.ts (`violationsOfBatch`).
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.js';
import { examViolations, files, users } from '../../db/schema/index.js';
import type { Actor } from '../../http/access.js';
import { AppError } from '../../http/errors.js';
import { violationClauseByCode } from '../../../shared/exams.js';
import type { Violation, ViolationBody, ViolationList } from '../../../shared/exams-day.js';
import { recordAudit } from '../audit/audit.service.js';
import {
  assertNoConflict,
  assertRecordOpen,
  candidateOfRoom,
  candidatesOfSeats,
  loadRoomDay,
  roomOfActor,
  type RoomDay,
} from './rooms.store.js';

type Room = { actor: Actor | null; sittingId: string; roomId: string; now?: Date };
type ViolationRow = typeof examViolations.$inferSelect;

/** Evidence may be uploaded as exam evidence, or as general evidence by the same person. */
const EVIDENCE_PURPOSES = ['exam.evidence', 'evidence'];

async function presentViolations(db: DbOrTx, day: RoomDay, rows: ViolationRow[]): Promise<Violation[]> {
  const userIds = [...new Set(rows.map((r) => r.recordedBy))];
  const fileIds = [...new Set(rows.flatMap((r) => r.evidenceFileIds))];
  const [names, fileRows, candidates] = await Promise.all([
    userIds.length
      ? db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, userIds))
      : [],
    fileIds.length ? db.select({ id: files.id, name: files.name }).from(files).where(inArray(files.id, fileIds)) : [],
    candidatesOfSeats(
      db,
      day.seats.filter((s) => rows.some((r) => r.applicationId === s.applicationId)),
    ),
  ]);
  const nameOf = new Map(names.map((u) => [u.id, u.name]));
  const fileOf = new Map(fileRows.map((f) => [f.id, f.name]));
  const candidateOf = new Map(candidates.map((c) => [c.applicationId, c]));
  return rows.map((r) => {
    const c = candidateOf.get(r.applicationId);
    return {
      id: r.id,
      sittingId: r.sittingId,
      roomId: r.roomId,
      applicationId: r.applicationId,
      personId: r.personId,
      candidateName: c?.name ?? '',
      seatNo: c?.seatNo ?? null,
      tier: r.tier,
      clause: r.clause,
      clauseName: violationClauseByCode.get(r.clause)?.name ?? r.clause,
      occurredAt: r.occurredAt.toISOString(),
      description: r.description,
      evidence: r.evidenceFileIds.map((id) => ({ id, name: fileOf.get(id) ?? '证据文件', url: `/api/v1/files/${id}` })),
      recordedByName: nameOf.get(r.recordedBy) ?? '',
      createdAt: r.createdAt.toISOString(),
    };
  });
}

/** The room's violations, latest first. */
export async function violationsOfRoom(db: DbOrTx, day: RoomDay, roomId: string): Promise<Violation[]> {
  const rows = await db
    .select()
    .from(examViolations)
    .where(and(eq(examViolations.sittingId, day.sitting.id), eq(examViolations.roomId, roomId)))
    .orderBy(desc(examViolations.occurredAt), desc(examViolations.createdAt));
  return presentViolations(db, day, rows);
}

export async function listViolations(db: Db, opts: Room): Promise<ViolationList> {
  const { scope } = await roomOfActor(db, opts, 'read');
  const day = await loadRoomDay(db, scope);
  return { items: await violationsOfRoom(db, day, scope.room.id) };
}

/** R-VIOL-01…04: a proctor records a violation with its clause (the tier follows) and evidence. */
export async function recordViolation(db: Db, opts: Room & { data: ViolationBody }): Promise<Violation> {
  const { actor, scope } = await roomOfActor(db, opts, 'proctor');
  const d = opts.data;
  const clause = violationClauseByCode.get(d.clause);
  if (!clause)
    throw new AppError('VALIDATION', '违纪条款：不在考生违纪违规处理规定的条款中', [
      { field: 'clause', message: '不在考生违纪违规处理规定的条款中' },
    ]);
  const day = await loadRoomDay(db, scope);
  const candidate = await candidateOfRoom(db, day, d.applicationId);
  await assertNoConflict(db, scope, candidate.personId);
  const evidence = [...new Set(d.evidenceFileIds)];
  if (evidence.length) {
    const found = await db
      .select({ id: files.id, purpose: files.purpose, ownerId: files.ownerId })
      .from(files)
      .where(inArray(files.id, evidence));
    const ok = new Set(
      found.filter((f) => EVIDENCE_PURPOSES.includes(f.purpose) && f.ownerId === actor.userId).map((f) => f.id),
    );
    if (evidence.some((id) => !ok.has(id)))
      throw new AppError('VALIDATION', '证据文件：文件不存在，或不是您上传的违纪证据', [
        { field: 'evidenceFileIds', message: '文件不存在，或不是您上传的违纪证据' },
      ]);
  }
  assertRecordOpen(day);
  const row = await db.transaction(async (tx) => {
    const [made] = await tx
      .insert(examViolations)
      .values({
        sittingId: scope.sittingId,
        roomId: scope.room.id,
        applicationId: candidate.applicationId,
        personId: candidate.personId,
        tier: clause.tier,
        clause: clause.code,
        occurredAt: d.occurredAt ? new Date(d.occurredAt) : (opts.now ?? new Date()),
        description: d.description,
        evidenceFileIds: evidence,
        recordedBy: actor.userId,
      })
      .returning();
    await recordAudit(tx, actor, { action: 'create', entity: 'exam_violation', entityId: made.id, after: made });
    return made;
  });
  const [out] = await presentViolations(db, day, [row]);
  return out;
}
