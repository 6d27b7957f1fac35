import { and, asc, desc, eq } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.js';
import { candidateBans, contestResults, files, occupations, users, xCertificates } from '../../db/schema/index.js';
import { authorize, type Actor } from '../../http/access.js';
import { AppError, notFound } from '../../http/errors.js';
import {
  banBody,
  contestResultBody,
  xCertificateBody,
  type CandidateFacts,
  type ContestResultBody,
  type XCertificateBody,
} from '../../../shared/registration.js';
import { recordAudit } from '../audit/audit.service.js';
import { candidatesByIds } from '../people/people.reads.js';
import { setExcellentFlag } from '../people/roster.service.js';
import { presentFacts } from './facts.present.js';
import { scopedPerson } from './courses.service.js';
import { candidatePerson } from './portal.service.js';

/**
 * The facts behind eligibility that are not in the person record: 1+X certificates (R-ELIG-02), contest results
 * (R-ELIG-05), bans (R-ELIG-07; the violations module will write them too) and the college's 优秀中职毕业生 flag
 * (R-ELIG-01). Staff with candidateFacts.manage edit them (a clerk for its own college's persons); a candidate
 * adds its own certificate or contest result with an evidence file that reviewers check.
 */

type Kind = 'x-certificates' | 'contest-results' | 'bans';
const tables = { 'x-certificates': xCertificates, 'contest-results': contestResults, bans: candidateBans } as const;
const entity = {
  'x-certificates': 'x_certificate',
  'contest-results': 'contest_result',
  bans: 'candidate_ban',
} as const;
const schemas = { 'x-certificates': xCertificateBody, 'contest-results': contestResultBody, bans: banBody } as const;
const what = { 'x-certificates': '1+X 证书', 'contest-results': '竞赛成绩', bans: '禁考记录' } as const;

export async function readFacts(tx: DbOrTx, personId: string): Promise<CandidateFacts> {
  const [[p], certs, contests, bans] = await Promise.all([
    candidatesByIds(tx, [personId]),
    tx.select().from(xCertificates).where(eq(xCertificates.personId, personId)).orderBy(asc(xCertificates.issuedOn)),
    tx
      .select()
      .from(contestResults)
      .where(eq(contestResults.personId, personId))
      .orderBy(asc(contestResults.createdAt)),
    tx
      .select({ b: candidateBans, by: users.displayName })
      .from(candidateBans)
      .leftJoin(users, eq(users.id, candidateBans.createdBy))
      .where(eq(candidateBans.personId, personId))
      .orderBy(desc(candidateBans.until)),
  ]);
  if (!p) throw notFound('人员');
  return presentFacts(p, certs, contests, bans);
}

export async function getCandidateFacts(db: Db, opts: { actor: Actor | null; personId: string }) {
  authorize(opts.actor, 'candidateFacts.manage');
  await scopedPerson(db, opts.actor, opts.personId);
  return readFacts(db, opts.personId);
}

/** The certificate or contest result names an occupation of the catalogue; its evidence file exists. */
async function checkFact(tx: DbOrTx, kind: Kind, data: Record<string, unknown>, actor: Actor, ownFilesOnly: boolean) {
  if (kind === 'bans') return;
  const [occ] = await tx
    .select({ id: occupations.id })
    .from(occupations)
    .where(and(eq(occupations.edition, String(data.edition)), eq(occupations.code, String(data.occupationCode))));
  if (!occ)
    throw new AppError('VALIDATION', `职业编码：${data.edition} 版职业目录中没有 ${data.occupationCode}`, [
      { field: 'occupationCode', message: '不在职业目录中' },
    ]);
  const fileId = data.evidenceFileId as string | null | undefined;
  if (ownFilesOnly && !fileId)
    throw new AppError('VALIDATION', '证明材料：请上传证书扫描件或照片，供审核人员核对', [
      { field: 'evidenceFileId', message: '请上传证明材料' },
    ]);
  if (fileId) {
    const [f] = await tx.select({ ownerId: files.ownerId }).from(files).where(eq(files.id, fileId));
    if (!f || (ownFilesOnly && f.ownerId !== actor.userId))
      throw new AppError('VALIDATION', '证明材料：文件不存在或不是本人上传的', [
        { field: 'evidenceFileId', message: '文件不存在' },
      ]);
  }
}

function values(kind: Kind, d: Record<string, unknown>, actor: Actor) {
  if (kind === 'bans') return { until: d.until as string, reason: d.reason as string, createdBy: actor.userId };
  return {
    ...d,
    evidenceFileId: (d.evidenceFileId as string | null | undefined) ?? null,
    ...(kind === 'x-certificates'
      ? { certificateNumber: (d.certificateNumber as string | null) ?? null }
      : { rank: (d.rank as string | null) ?? null }),
  };
}

/** Adds a fact of a person (R-ELIG-02/05/07). */
export async function addFact(db: Db, opts: { actor: Actor | null; personId: string; kind: Kind; data: unknown }) {
  authorize(opts.actor, 'candidateFacts.manage');
  const actor = opts.actor;
  const d = schemas[opts.kind].parse(opts.data) as Record<string, unknown>;
  return db.transaction(async (tx) => {
    await scopedPerson(tx, actor, opts.personId);
    await checkFact(tx, opts.kind, d, actor, false);
    const table = tables[opts.kind];
    const [row] = await tx
      .insert(table)
      .values({ personId: opts.personId, ...values(opts.kind, d, actor) } as never)
      .returning();
    await recordAudit(tx, actor, {
      action: 'create',
      entity: entity[opts.kind],
      entityId: (row as { id: string }).id,
      after: row,
    });
    return readFacts(tx, opts.personId);
  });
}

/** Changes a fact of a person. */
export async function updateFact(
  db: Db,
  opts: { actor: Actor | null; personId: string; kind: Kind; id: string; data: unknown },
) {
  authorize(opts.actor, 'candidateFacts.manage');
  const actor = opts.actor;
  const d = schemas[opts.kind].parse(opts.data) as Record<string, unknown>;
  return db.transaction(async (tx) => {
    await scopedPerson(tx, actor, opts.personId);
    const table = tables[opts.kind];
    const [before] = await tx
      .select()
      .from(table)
      .where(and(eq(table.id, opts.id), eq(table.personId, opts.personId)));
    if (!before) throw notFound(what[opts.kind]);
    await checkFact(tx, opts.kind, d, actor, false);
    const v = values(opts.kind, d, actor) as Record<string, unknown>;
    delete v.createdBy;
    await tx
      .update(table)
      .set(v as never)
      .where(eq(table.id, opts.id));
    await recordAudit(tx, actor, { action: 'update', entity: entity[opts.kind], entityId: opts.id, before, after: v });
    return readFacts(tx, opts.personId);
  });
}

export async function deleteFact(db: Db, opts: { actor: Actor | null; personId: string; kind: Kind; id: string }) {
  authorize(opts.actor, 'candidateFacts.manage');
  const actor = opts.actor;
  return db.transaction(async (tx) => {
    await scopedPerson(tx, actor, opts.personId);
    const table = tables[opts.kind];
    const [before] = await tx
      .select()
      .from(table)
      .where(and(eq(table.id, opts.id), eq(table.personId, opts.personId)));
    if (!before) throw notFound(what[opts.kind]);
    await tx.delete(table).where(eq(table.id, opts.id));
    await recordAudit(tx, actor, { action: 'delete', entity: entity[opts.kind], entityId: opts.id, before });
    return readFacts(tx, opts.personId);
  });
}

/** R-ELIG-01: the college flags an 优秀中职毕业生 (students only). */
export async function setExcellent(db: Db, opts: { actor: Actor | null; personId: string; excellent: boolean }) {
  authorize(opts.actor, 'candidateFacts.manage');
  const actor = opts.actor;
  return db.transaction(async (tx) => {
    const p = await scopedPerson(tx, actor, opts.personId);
    if (p.kind !== 'student')
      throw new AppError('VALIDATION', '优秀中职毕业生：只能标记在校学生', [
        { field: 'excellent', message: '不是在校学生' },
      ]);
    await setExcellentFlag(tx, p.id, opts.excellent);
    await recordAudit(tx, actor, {
      action: 'update',
      entity: 'person',
      entityId: p.id,
      before: { excellent: p.excellent },
      after: { excellent: opts.excellent },
    });
    return readFacts(tx, p.id);
  });
}

export async function ownFacts(db: Db, opts: { actor: Actor | null }) {
  authorize(opts.actor, 'portal.apply');
  const p = await candidatePerson(db, opts.actor);
  return readFacts(db, p.id);
}

/** A candidate adds its own 1+X certificate or contest result; the evidence file is required (reviewers check it). */
export async function addOwnFact(
  db: Db,
  opts: { actor: Actor | null; kind: 'x-certificates' | 'contest-results'; data: XCertificateBody | ContestResultBody },
) {
  authorize(opts.actor, 'portal.apply');
  const actor = opts.actor;
  const d = schemas[opts.kind].parse(opts.data) as Record<string, unknown>;
  return db.transaction(async (tx) => {
    const p = await candidatePerson(tx, actor);
    await checkFact(tx, opts.kind, d, actor, true);
    const [row] = await tx
      .insert(tables[opts.kind])
      .values({ personId: p.id, ...values(opts.kind, d, actor) } as never)
      .returning();
    await recordAudit(tx, actor, {
      action: 'create',
      entity: entity[opts.kind],
      entityId: (row as { id: string }).id,
      after: row,
    });
    return readFacts(tx, p.id);
  });
}

/**
 * R-VIOL-04 / R-ELIG-07: the ban a tier-4 violation brings, written by scoring's ruling in the caller's transaction
 * (the ruling's service has authorised its user). Returns the ban's id.
 */
export async function recordViolationBan(
  tx: DbOrTx,
  actor: Actor,
  ban: { personId: string; until: string; reason: string },
): Promise<string> {
  const [row] = await tx
    .insert(candidateBans)
    .values({ personId: ban.personId, until: ban.until, reason: ban.reason, createdBy: actor.userId })
    .returning();
  await recordAudit(tx, actor, { action: 'create', entity: 'candidate_ban', entityId: row.id, after: row });
  return row.id;
}

/** Lifts a ban written by `recordViolationBan` when its violation is overturned (the audit trail keeps it). */
export async function liftViolationBan(tx: DbOrTx, actor: Actor, banId: string, reason: string) {
  const [before] = await tx.delete(candidateBans).where(eq(candidateBans.id, banId)).returning();
  if (before)
    await recordAudit(tx, actor, {
      action: 'delete',
      entity: 'candidate_ban',
      entityId: banId,
      before,
      after: { reason },
    });
}
