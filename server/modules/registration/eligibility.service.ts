import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { occupationJobs, occupations } from '../../db/schema/index.js';
import { authorize, type Actor } from '../../http/access.js';
import { AppError } from '../../http/errors.js';
import { LEVELS, type EligibilityMethod } from '../../../shared/eligibility.js';
import { activeScopeOfOccupation } from '../centre/centre.reads.js';
import { scopedPerson, loadRequiredCourses } from './courses.service.js';
import { factNotes, judgeEligibility, loadFacts } from './facts.service.js';

export interface EligibilityRequest {
  actor: Actor | null;
  personId: string;
  occupation: { edition: string; code: string; name?: string };
  jobName?: string | null;
  method: EligibilityMethod;
  batchDate: string;
  zhoukou?: boolean;
  /** The levels the batch opens (R-ELIG-00); null: all. */
  levels?: number[] | null;
  /** 已毕业: no table holds it (the person record has the graduating year only). */
  graduated?: boolean;
}

/**
 * R-ELIG-00…07, R-REG-03: a reviewer's what-if check outside a batch: the stored facts of a person (person record,
 * course results, 1+X certificates, contest results, bans: `loadFacts`) against an occupation, method and day.
 */
export async function eligibilityFor(db: Db, opts: EligibilityRequest) {
  authorize(opts.actor, 'eligibility.check');
  const p = await scopedPerson(db, opts.actor, opts.personId);
  const notes: string[] = [];

  const [occ] = await db
    .select()
    .from(occupations)
    .where(and(eq(occupations.edition, opts.occupation.edition), eq(occupations.code, opts.occupation.code)));
  if (!occ)
    throw new AppError('VALIDATION', `职业：${opts.occupation.edition} 版职业分类大典中没有 ${opts.occupation.code}`, [
      { field: 'occupation', message: '职业不存在' },
    ]);
  const rows = await activeScopeOfOccupation(db, occ.id);
  const scopeLevels = [
    ...new Set(rows.filter((r) => !opts.jobName || !r.jobName || r.jobName === opts.jobName).flatMap((r) => r.levels)),
  ];
  const [job] = opts.jobName
    ? await db
        .select()
        .from(occupationJobs)
        .where(and(eq(occupationJobs.occupationId, occ.id), eq(occupationJobs.name, opts.jobName)))
    : [];
  let standardLevels = job?.levels ?? occ.levels;
  if (!standardLevels) {
    notes.push('职业标准的等级未录入职业目录，暂不按标准限制等级（R-REG-03）');
    standardLevels = [...LEVELS];
  }

  const facts = (await loadFacts(db, [p.id])).get(p.id)!;
  if (opts.graduated !== undefined) facts.graduated = opts.graduated;
  notes.push(...factNotes(facts));
  const result = judgeEligibility(facts, {
    occupation: { edition: occ.edition, code: occ.code, name: occ.name },
    method: opts.method,
    batchDate: opts.batchDate,
    scopeLevels,
    standardLevels,
    batchLevels: opts.levels ?? null,
    zhoukou: opts.zhoukou ?? false,
    requiredCourses: await loadRequiredCourses(db, occ),
  });
  return { ...result, notes };
}
