// R-SCORE-04: after the 成绩登记表 is signed a score changes only by a correction: asked for with its reason by the
// centre's staff, approved by the centre head (never by the person who asked), applied in the same transaction as
// the approval, audited with the old and new value. Everything that reads results (publicity, certificates) reads
// the corrected score from then on.
import { desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { scoreCorrections, scoreEntries, scoreSheets, users } from '../../db/schema/index.js';
import { authorize, type Actor } from '../../http/access.js';
import { AppError } from '../../http/errors.js';
import { scorePartNames } from '../../../shared/scoring.js';
import { recordAudit } from '../audit/audit.service.js';
import { sittingsWithBatchTitles } from '../plans/plans.reads.js';
import { personsByIds } from '../people/people.reads.js';
import { applicationsByIds } from '../registration/registration.reads.js';
import { loadSittingScores } from './scoring.store.js';

const show = (absent: string, score: number | null) =>
  absent === 'yes' ? '缺考' : score === null ? '—' : String(score);

type Row = typeof scoreCorrections.$inferSelect;

async function present(db: Db, rows: Row[]) {
  const [sittings, apps, names] = await Promise.all([
    sittingsWithBatchTitles(db, [...new Set(rows.map((r) => r.sittingId))]),
    applicationsByIds(db, [...new Set(rows.map((r) => r.applicationId))]),
    (async () => {
      const ids = [...new Set(rows.flatMap((r) => [r.requestedBy, r.decidedBy ?? r.requestedBy]))];
      return ids.length
        ? db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, ids))
        : [];
    })(),
  ]);
  const people = await personsByIds(
    db,
    apps.map((a) => a.personId),
  );
  const sittingOf = new Map(sittings.map((s) => [s.id, s]));
  const personOfApp = new Map(apps.map((a) => [a.id, people.find((p) => p.id === a.personId)?.name ?? '']));
  const userName = new Map(names.map((u) => [u.id, u.name]));
  return rows.map((r) => {
    const s = sittingOf.get(r.sittingId);
    return {
      id: r.id,
      sittingId: r.sittingId,
      batchTitle: s?.batchTitle ?? '',
      kindName: s ? scorePartNames[s.kind] : '',
      applicationId: r.applicationId,
      name: personOfApp.get(r.applicationId) ?? '',
      from: show(r.fromAbsent, r.fromScore),
      to: show(r.toAbsent, r.toScore),
      reason: r.reason,
      state: r.state,
      requestedByName: userName.get(r.requestedBy) ?? '',
      requestedAt: r.requestedAt.toISOString(),
      decidedByName: r.decidedBy ? (userName.get(r.decidedBy) ?? '') : null,
      decidedAt: r.decidedAt?.toISOString() ?? null,
      decisionNote: r.decisionNote,
    };
  });
}

export async function listCorrections(db: Db, opts: { actor: Actor | null; state?: string }) {
  authorize(opts.actor, 'scoring.manage');
  const rows = await db
    .select()
    .from(scoreCorrections)
    .where(opts.state ? eq(scoreCorrections.state, opts.state as Row['state']) : undefined)
    .orderBy(desc(scoreCorrections.requestedAt))
    .limit(500);
  return { items: await present(db, rows) };
}

/** Asks for a correction of a signed sheet's score. */
export async function requestCorrection(
  db: Db,
  opts: {
    actor: Actor | null;
    sittingId: string;
    applicationId: string;
    absent: boolean;
    score: number | null;
    reason: string;
  },
) {
  authorize(opts.actor, 'scoring.manage');
  const actor = opts.actor;
  if (!opts.absent && opts.score === null)
    throw new AppError('VALIDATION', '成绩：请填写更正后的成绩，或选择缺考', [
      { field: 'score', message: '请填写成绩' },
    ]);
  const row = await db.transaction(async (tx) => {
    const ss = await loadSittingScores(tx, opts.sittingId);
    if (!ss.sheet.signedAt)
      throw new AppError('CONFLICT', '成绩登记表尚未签字，可直接在登记表中修改成绩，无需更正申请');
    const c = ss.candidates.find((x) => x.applicationId === opts.applicationId);
    if (!c) throw new AppError('NOT_FOUND', '本场次没有该考生');
    const fromAbsent = c.absent ? 'yes' : 'no';
    const toAbsent = opts.absent ? 'yes' : 'no';
    const toScore = opts.absent ? null : opts.score;
    if (fromAbsent === toAbsent && c.score === toScore)
      throw new AppError('VALIDATION', '成绩：更正后的成绩与原成绩相同', [{ field: 'score', message: '与原成绩相同' }]);
    const [made] = await tx
      .insert(scoreCorrections)
      .values({
        sittingId: ss.sitting.id,
        applicationId: c.applicationId,
        fromScore: c.absent ? null : c.score,
        fromAbsent,
        toScore,
        toAbsent,
        reason: opts.reason,
        requestedBy: actor.userId,
      })
      .returning();
    await recordAudit(tx, actor, {
      action: 'scoring.correction.request',
      entity: 'score_correction',
      entityId: made.id,
      after: { candidate: c.name, from: show(fromAbsent, c.score), to: show(toAbsent, toScore), reason: opts.reason },
    });
    return made;
  });
  return (await present(db, [row]))[0];
}

/** The centre head approves (the score changes now) or rejects a correction; never the person who asked. */
export async function decideCorrection(
  db: Db,
  opts: { actor: Actor | null; id: string; approve: boolean; note?: string | null },
) {
  authorize(opts.actor, 'scoring.approve');
  const actor = opts.actor;
  const row = await db.transaction(async (tx) => {
    const [c] = await tx.select().from(scoreCorrections).where(eq(scoreCorrections.id, opts.id)).for('update');
    if (!c) throw new AppError('NOT_FOUND', '未找到该更正申请');
    if (c.state !== 'requested') throw new AppError('CONFLICT', '该更正申请已处理');
    if (c.requestedBy === actor.userId) throw new AppError('FORBIDDEN', '更正申请须由申请人以外的中心负责人审批');
    const [sheet] = await tx.select().from(scoreSheets).where(eq(scoreSheets.sittingId, c.sittingId));
    if (!sheet?.signedAt) throw new AppError('CONFLICT', '成绩登记表未签字，无需更正');
    const now = new Date();
    if (opts.approve) {
      const values = {
        absent: c.toAbsent as 'yes' | 'no',
        score: c.toScore,
        source: 'correction',
        note: c.reason,
        enteredBy: actor.userId,
        updatedAt: now,
      };
      await tx
        .insert(scoreEntries)
        .values({ sittingId: c.sittingId, applicationId: c.applicationId, ...values })
        .onConflictDoUpdate({ target: [scoreEntries.sittingId, scoreEntries.applicationId], set: values });
    }
    const [done] = await tx
      .update(scoreCorrections)
      .set({
        state: opts.approve ? 'approved' : 'rejected',
        decidedBy: actor.userId,
        decidedAt: now,
        decisionNote: opts.note ?? null,
      })
      .where(eq(scoreCorrections.id, c.id))
      .returning();
    await recordAudit(tx, actor, {
      action: opts.approve ? 'scoring.correction.approve' : 'scoring.correction.reject',
      entity: 'score_correction',
      entityId: c.id,
      before: { score: show(c.fromAbsent, c.fromScore) },
      after: {
        score: opts.approve ? show(c.toAbsent, c.toScore) : show(c.fromAbsent, c.fromScore),
        note: opts.note ?? null,
      },
    });
    return done;
  });
  return (await present(db, [row]))[0];
}
