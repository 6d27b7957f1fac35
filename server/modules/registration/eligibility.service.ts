import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { courseResults, occupationJobs, occupations, scopeRows } from '../../db/schema/index.js';
import { authorize, type Actor } from '../../http/access.js';
import { AppError } from '../../http/errors.js';
import { checkEligibility, LEVELS, type ContestResult, type EligibilityFacts, type EligibilityMethod, type XCertificate } from '../../../shared/eligibility.js';
import { scopedPerson, loadRequiredCourses } from './courses.service.js';

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
  /** Facts without a table yet (1+X, contests, R-VIOL-04 bans, the college's 'excellent' flag): given by the caller. */
  excellent?: boolean;
  graduated?: boolean;
  xCertificates?: XCertificate[];
  contestResults?: ContestResult[];
  ban?: { until: string; reason?: string | null } | null;
}

/**
 * R-ELIG-00…07, R-REG-03: gathers what the database holds about a person (education, class type, graduating
 * year, title, course results, required courses, scope and standard levels), adds the facts given by the caller,
 * and runs the engine. `notes` says which facts were given rather than found.
 */
export async function eligibilityFor(db: Db, opts: EligibilityRequest) {
  authorize(opts.actor, 'eligibility.check');
  const p = await scopedPerson(db, opts.actor, opts.personId);
  const notes: string[] = [];

  const [occ] = await db.select().from(occupations).where(and(eq(occupations.edition, opts.occupation.edition), eq(occupations.code, opts.occupation.code)));
  if (!occ) throw new AppError('VALIDATION', `职业：${opts.occupation.edition} 版职业分类大典中没有 ${opts.occupation.code}`, [{ field: 'occupation', message: '职业不存在' }]);
  const rows = await db.select({ levels: scopeRows.levels, jobName: scopeRows.jobName }).from(scopeRows).where(and(eq(scopeRows.occupationId, occ.id), eq(scopeRows.status, 'active')));
  const scopeLevels = [...new Set(rows.filter((r) => !opts.jobName || r.jobName === opts.jobName).flatMap((r) => r.levels))];
  const [job] = opts.jobName ? await db.select().from(occupationJobs).where(and(eq(occupationJobs.occupationId, occ.id), eq(occupationJobs.name, opts.jobName))) : [];
  let standardLevels = job?.levels ?? occ.levels;
  if (!standardLevels) {
    notes.push('职业标准的等级未录入职业目录，暂不按标准限制等级（R-REG-03）');
    standardLevels = [...LEVELS];
  }

  const titles: EligibilityFacts['titles'] = [];
  if (p.titleGrade) {
    if (!p.titleDate) notes.push('职称取得时间未登记，按取得未满 3 年处理（R-ELIG-06）');
    titles.push({ series: p.titleSeries, grade: p.titleGrade as 'junior', obtainedOn: p.titleDate ?? opts.batchDate });
  }
  const results = await db.select().from(courseResults).where(eq(courseResults.personId, p.id));
  if (opts.excellent !== undefined) notes.push('“优秀中职毕业生”由请求给出（学校认定，尚无登记表）');
  if (opts.xCertificates) notes.push('1+X 证书由请求给出（尚无证书登记表），须核对证书原件');
  if (opts.contestResults) notes.push('竞赛成绩由请求给出（尚无竞赛登记表）');
  if (opts.ban !== undefined) notes.push('违纪禁考由请求给出（违纪处理模块 R-VIOL-04 尚未建立）');

  const facts: EligibilityFacts = {
    kind: p.kind as EligibilityFacts['kind'],
    educationLevel: p.educationLevel as EligibilityFacts['educationLevel'],
    classType: p.classType as EligibilityFacts['classType'],
    graduating: p.graduating,
    graduated: opts.graduated,
    enrolmentYear: p.enrolmentYear,
    excellent: opts.excellent,
    xCertificates: opts.xCertificates,
    contestResults: opts.contestResults,
    titles,
    ban: opts.ban ?? null,
    courseResults: results.map((r) => ({ courseCode: r.courseCode, courseName: r.courseName, part: r.part as 'theory', attempt: r.attempt as 'first', score: r.score })),
  };
  const result = checkEligibility(facts, {
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
