// R-SCORE-05: `direct` (1+X certificate), `process` (course results) and `contest` batches get their results from
// the evidence registration already checked, through the same 成绩登记表 and sign-off. Process: each part's score is
// the mean of the occupation's required courses of that part (best of first attempt and retake, R-ELIG-03/04; the
// skill part reads the practical courses). Direct and contest: passed on the evidence, no score (依据材料认定合格).
// A candidate whose stored eligibility no longer holds is left without an entry and named.
import type { Db } from '../../db/client.js';
import { scoreEntries } from '../../db/schema/index.js';
import { authorize, type Actor } from '../../http/access.js';
import { AppError } from '../../http/errors.js';
import { batchMethodNames } from '../../../shared/plans.js';
import { scorePartNames } from '../../../shared/scoring.js';
import { recordAudit } from '../audit/audit.service.js';
import { occupationKeyOfBatch } from '../plans/plans.reads.js';
import { evidenceOfApplications } from '../registration/registration.reads.js';
import { loadSittingScores, lockSheet } from './scoring.store.js';

export async function scoresFromEvidence(db: Db, opts: { actor: Actor | null; sittingId: string }) {
  authorize(opts.actor, 'scoring.manage');
  const actor = opts.actor;
  return db.transaction(async (tx) => {
    await lockSheet(tx, opts.sittingId);
    const ss = await loadSittingScores(tx, opts.sittingId);
    if (ss.batch.method === 'exam')
      throw new AppError('CONFLICT', '考试方式的批次按考试成绩评定，不能依据材料生成成绩');
    if (ss.sheet.signedAt) throw new AppError('CONFLICT', '成绩登记表已签字，成绩不能再直接修改');
    if (ss.part === 'review') throw new AppError('CONFLICT', '综合评审成绩由评审组录入，不能依据材料生成');
    const occupation = await occupationKeyOfBatch(tx, ss.batch.id);
    if (!occupation) throw new AppError('NOT_FOUND', '未找到该批次的职业');
    const pending = ss.candidates.filter((c) => !c.stored);
    const evidence = await evidenceOfApplications(
      tx,
      pending.map((c) => c.applicationId),
      occupation,
    );
    const missing: string[] = [];
    let written = 0;
    for (const e of evidence) {
      const c = pending.find((x) => x.applicationId === e.applicationId)!;
      let score: number | null = null;
      if (ss.batch.method === 'process') {
        score = ss.part === 'theory' ? e.courseMeans.theory : e.courseMeans.practical;
        if (score === null) {
          missing.push(`${c.name}（无${ss.part === 'theory' ? '理论' : '实践'}课程成绩）`);
          continue;
        }
      } else if (!e.eligible) {
        missing.push(`${c.name}（报名资格证明不成立）`);
        continue;
      }
      await tx
        .insert(scoreEntries)
        .values({
          sittingId: ss.sitting.id,
          applicationId: e.applicationId,
          absent: 'no',
          score,
          source: 'evidence',
          enteredBy: actor.userId,
        })
        .onConflictDoNothing();
      written++;
    }
    await recordAudit(tx, actor, {
      action: 'scoring.evidence',
      entity: 'score_sheet',
      entityId: ss.sitting.id,
      after: {
        sitting: `${ss.batch.title} ${scorePartNames[ss.part]}`,
        method: batchMethodNames[ss.batch.method as keyof typeof batchMethodNames] ?? ss.batch.method,
        written,
        missing,
      },
    });
    return { written, missing };
  });
}
