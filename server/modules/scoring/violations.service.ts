// R-VIOL-01…05: the centre's handling of the violations recorded on the exam day. Their effect on results is applied
// by the rules (results.rules.ts) from the moment they are recorded; the centre's ruling confirms a violation (for
// tier 4 that writes the ban until graduation that eligibility reads, R-ELIG-07) or overturns it on appeal with a
// reason (its effect and any ban are lifted). Either way the ruling is audited and the candidate is told in the portal.
import { eq, inArray } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.js';
import { violationRulings } from '../../db/schema/index.js';
import { authorize, type Actor } from '../../http/access.js';
import { AppError } from '../../http/errors.js';
import { scorePartNames } from '../../../shared/scoring.js';
import { violationClauseByCode } from '../../../shared/exams.js';
import { recordAudit } from '../audit/audit.service.js';
import { violationsOfBatch, type RecordedViolation } from '../exams/exams.reads.js';
import { candidatesByIds, personsByIds } from '../people/people.reads.js';
import { sittingsByIds } from '../plans/plans.reads.js';
import { liftViolationBan, recordViolationBan } from '../registration/candidate-facts.service.js';
import { banUntil } from './results.rules.js';
import { effectOf } from './violations.rules.js';
import { readScoringSettings } from './scoring.store.js';

export async function listViolations(db: Db, opts: { actor: Actor | null; batchId: string }) {
  authorize(opts.actor, 'scoring.manage');
  const violations = await violationsOfBatch(db, opts.batchId);
  if (!violations.length) return { items: [] };
  const [rulings, sittings, people] = await Promise.all([
    db
      .select()
      .from(violationRulings)
      .where(
        inArray(
          violationRulings.violationId,
          violations.map((v) => v.id),
        ),
      ),
    sittingsByIds(db, [...new Set(violations.map((v) => v.sittingId))]),
    personsByIds(db, [...new Set(violations.map((v) => v.personId))]),
  ]);
  const rulingOf = new Map(rulings.map((r) => [r.violationId, r]));
  const kindOf = new Map(sittings.map((s) => [s.id, s.kind]));
  const nameOf = new Map(people.map((p) => [p.id, p.name]));
  return {
    items: violations.map((v) => {
      const r = rulingOf.get(v.id);
      const part = scorePartNames[kindOf.get(v.sittingId) ?? 'theory'];
      return {
        violationId: v.id,
        applicationId: v.applicationId,
        name: nameOf.get(v.personId) ?? '',
        kindName: part,
        tier: v.tier,
        clauseName: violationClauseByCode.get(v.clause)?.name ?? v.clause,
        occurredAt: v.occurredAt,
        description: v.description,
        effect: effectOf(v.tier, part),
        ruling: r
          ? {
              state: r.state,
              reason: r.reason,
              decidedAt: r.decidedAt.toISOString(),
              banUntil: r.banId ? r.banUntil : null,
            }
          : null,
      };
    }),
  };
}

/**
 * What a ruling sets off in modules scoring cannot import (certificates builds on scoring's results): handed to the
 * routes by server/app.ts.
 */
export interface ViolationHooks {
  /**
   * R-VIOL-05: revokes the valid certificates of an application, in the ruling's transaction; returns their numbers.
   */
  revokeCertificates?: (tx: DbOrTx, applicationId: string, reason: string, actor: Actor) => Promise<string[]>;
}

/**
 * The centre's ruling on a violation: upheld (tier 4 writes the ban until graduation, R-VIOL-04/R-ELIG-07) or
 * overturned with its reason (the effect is lifted, a ban written before is lifted too). A ruling may be changed
 * (an appeal decided later); each change is audited.
 */
export async function ruleViolation(
  db: Db,
  opts: {
    actor: Actor | null;
    violationId: string;
    batchId: string;
    state: 'upheld' | 'overturned';
    reason: string;
    hooks?: ViolationHooks;
  },
) {
  authorize(opts.actor, 'scoring.manage');
  const actor = opts.actor;
  const violation: RecordedViolation | undefined = (await violationsOfBatch(db, opts.batchId)).find(
    (v) => v.id === opts.violationId,
  );
  if (!violation) throw new AppError('NOT_FOUND', '未找到该违纪记录');
  const settings = await readScoringSettings(db);
  await db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(violationRulings)
      .where(eq(violationRulings.violationId, violation.id))
      .for('update');
    if (before?.state === opts.state)
      throw new AppError('CONFLICT', opts.state === 'upheld' ? '该违纪已确认' : '该违纪已撤销');
    let banId = before?.banId ?? null;
    let until = before?.banUntil ?? null;
    if (opts.state === 'upheld' && violation.tier === 4 && !banId) {
      const [p] = await candidatesByIds(tx, [violation.personId]);
      until = banUntil(
        { kind: p?.kind ?? null, enrolmentYear: p?.enrolmentYear ?? null },
        violation.occurredAt.slice(0, 10),
        settings,
      );
      banId = await recordViolationBan(tx, actor, {
        personId: violation.personId,
        until,
        reason: `第四类违纪：${violationClauseByCode.get(violation.clause)?.name ?? violation.clause}（${violation.occurredAt.slice(0, 10)}）`,
      });
    }
    if (opts.state === 'overturned' && banId) {
      await liftViolationBan(tx, actor, banId, opts.reason);
      banId = null;
      until = null;
    }
    const values = {
      state: opts.state,
      reason: opts.reason,
      banId,
      banUntil: until,
      decidedBy: actor.userId,
      decidedAt: new Date(),
    };
    await tx
      .insert(violationRulings)
      .values({ violationId: violation.id, ...values })
      .onConflictDoUpdate({ target: violationRulings.violationId, set: values });
    const upheld = opts.state === 'upheld';
    // R-VIOL-05: every tier takes the pass away (a part cancelled or scored 0, or the whole batch): a violation upheld
    // after certificates were issued revokes them at once; the certificates' export to the authority then changes.
    const revoked =
      upheld && opts.hooks?.revokeCertificates
        ? await opts.hooks.revokeCertificates(
            tx,
            violation.applicationId,
            `违纪确认（${violationClauseByCode.get(violation.clause)?.name ?? violation.clause}）：${opts.reason}`,
            actor,
          )
        : [];
    await recordAudit(tx, actor, {
      action: upheld ? 'scoring.violation.uphold' : 'scoring.violation.overturn',
      entity: 'exam_violation',
      entityId: violation.id,
      before: before ? { state: before.state, reason: before.reason } : null,
      after: {
        state: opts.state,
        reason: opts.reason,
        tier: violation.tier,
        banUntil: until,
        ...(revoked.length ? { certificatesRevoked: revoked } : {}),
      },
    });
  });
  return listViolations(db, { actor, batchId: opts.batchId });
}
