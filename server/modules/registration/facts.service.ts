import { and, asc, eq, sql, type AnyColumn } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import {
  candidateBans,
  colleges,
  contestResults,
  courseResults,
  occupationJobs,
  occupations,
  xCertificates,
} from '../../db/schema/index.js';
import { notFound } from '../../http/errors.js';
import {
  checkEligibility,
  LEVELS,
  type EligibilityContext,
  type EligibilityResult,
  type EligibilityFacts,
  type EligibilityMethod,
} from '../../../shared/eligibility.js';
import type { BatchState } from '../../../shared/plans.js';
import { loadRequiredCourses } from './courses.service.js';
import { activeScopeOfOccupation } from '../centre/centre.reads.js';
import { candidatesByIds } from '../people/people.reads.js';
import { batchesForRegistration } from '../plans/plans.reads.js';

/**
 * The facts the eligibility engine (shared/eligibility.ts) judges, read from the tables: the person record
 * (R-ELIG-01/03/06), course results (R-ELIG-04), 1+X certificates (R-ELIG-02), contest results (R-ELIG-05) and
 * bans (R-ELIG-07). `loadFacts` runs a fixed number of set-based queries whatever the number of persons (roster
 * imports check 20,000 rows at once): five per chunk of CHUNK persons, never one per person.
 */

const CHUNK = 10_000;
/** `column = any($1::uuid[])`: one array parameter instead of 10,000 (much faster to bind and plan). */
const anyOf = (column: AnyColumn, ids: string[]) => sql`${column} = any(${sql.param(ids)}::uuid[])`;
const chunks = <T>(xs: T[]) =>
  Array.from({ length: Math.ceil(xs.length / CHUNK) }, (_, i) => xs.slice(i * CHUNK, (i + 1) * CHUNK));

export async function loadFacts(
  tx: DbOrTx,
  personIds: string[],
  opts: { edition?: string } = {},
): Promise<Map<string, EligibilityFacts>> {
  const out = new Map<string, EligibilityFacts>();
  const ids = [...new Set(personIds)];
  for (const part of chunks(ids)) {
    const edition = <C extends typeof xCertificates.edition | typeof contestResults.edition>(col: C) =>
      opts.edition ? [eq(col, opts.edition)] : [];
    const [people, courses, certs, contests, bans] = await Promise.all([
      candidatesByIds(tx, part),
      tx
        .select({
          personId: courseResults.personId,
          courseCode: courseResults.courseCode,
          courseName: courseResults.courseName,
          part: courseResults.part,
          attempt: courseResults.attempt,
          score: courseResults.score,
        })
        .from(courseResults)
        .where(anyOf(courseResults.personId, part)),
      tx
        .select()
        .from(xCertificates)
        .where(and(anyOf(xCertificates.personId, part), ...edition(xCertificates.edition)))
        .orderBy(asc(xCertificates.issuedOn)),
      tx
        .select()
        .from(contestResults)
        .where(and(anyOf(contestResults.personId, part), ...edition(contestResults.edition))),
      // R-ELIG-07: the latest `until` of a person's bans decides (distinct on keeps its reason).
      tx
        .selectDistinctOn([candidateBans.personId], {
          personId: candidateBans.personId,
          until: candidateBans.until,
          reason: candidateBans.reason,
        })
        .from(candidateBans)
        .where(anyOf(candidateBans.personId, part))
        .orderBy(candidateBans.personId, sql`${candidateBans.until} desc`),
    ]);
    for (const p of people) {
      out.set(p.id, {
        kind: p.kind,
        educationLevel: p.educationLevel,
        classType: p.classType,
        graduating: p.graduating,
        enrolmentYear: p.enrolmentYear,
        excellent: p.excellent, // R-ELIG-01: flagged by the college
        // R-ELIG-06: a title without its date ('' here) is dated on the batch day by `judgeEligibility`: held < 3 years.
        titles: p.titleGrade ? [{ series: p.titleSeries, grade: p.titleGrade, obtainedOn: p.titleDate ?? '' }] : [],
        xCertificates: [],
        contestResults: [],
        courseResults: [],
        ban: null,
      });
    }
    for (const r of courses)
      out.get(r.personId)?.courseResults!.push({
        courseCode: r.courseCode,
        courseName: r.courseName,
        part: r.part,
        attempt: r.attempt,
        score: r.score,
      });
    for (const c of certs)
      out.get(c.personId)?.xCertificates!.push({
        name: c.name,
        occupation: { edition: c.edition, code: c.occupationCode },
        level: c.level,
        issuedOn: c.issuedOn,
      });
    for (const c of contests)
      out.get(c.personId)?.contestResults!.push({
        contest: c.contest,
        rank: c.rank,
        occupation: { edition: c.edition, code: c.occupationCode },
        grantedLevel: c.grantedLevel,
      });
    for (const b of bans) {
      const f = out.get(b.personId);
      if (f) f.ban = { until: b.until, reason: b.reason };
    }
  }
  return out;
}

/** What the registration module needs to know about a batch besides the engine's context. */
export interface BatchForRegistration {
  id: string;
  title: string;
  state: BatchState;
  collegeId: string;
  collegeName: string;
  occupationId: string;
  edition: string;
  code: string;
  occupationName: string;
  jobName: string | null;
  levels: number[];
  method: EligibilityMethod;
  registrationOpensOn: string;
  registrationClosesOn: string;
  registrationPlace: string | null;
  fee: number;
  firstSittingDay: string | null;
  noticePublished: boolean;
}

/**
 * R-ELIG-00, R-REG-03: the engine's context for a batch: occupation, method, batch date (the first sitting day),
 * the centre's active scope levels for the occupation (and job), the standard's levels (the job's, else the
 * occupation's; all five when the catalogue has none), the batch's levels, the Zhoukou setting and required courses.
 */
export async function eligibilityContextFor(
  tx: DbOrTx,
  batchId: string,
): Promise<EligibilityContext & { batch: BatchForRegistration; notes: string[] }> {
  const [b] = await batchesForRegistration(tx, [batchId]);
  if (!b) throw notFound('认定批次');
  const [[occ], [college], scope, [job]] = await Promise.all([
    tx.select().from(occupations).where(eq(occupations.id, b.occupationId)),
    tx.select({ name: colleges.name }).from(colleges).where(eq(colleges.id, b.collegeId)),
    activeScopeOfOccupation(tx, b.occupationId),
    b.jobName
      ? tx
          .select()
          .from(occupationJobs)
          .where(and(eq(occupationJobs.occupationId, b.occupationId), eq(occupationJobs.name, b.jobName)))
      : Promise.resolve([]),
  ]);
  if (!occ || !college) throw notFound('认定批次');
  const notes: string[] = [];
  let standardLevels = job?.levels ?? occ.levels;
  if (!standardLevels) {
    notes.push('职业标准的等级未录入职业目录，暂不按标准限制等级（R-REG-03）');
    standardLevels = [...LEVELS];
  }
  const batchDate = b.firstSittingDay ?? b.registrationClosesOn;
  return {
    occupation: { edition: occ.edition, code: occ.code, name: occ.name },
    method: b.method,
    batchDate,
    scopeLevels: [
      ...new Set(scope.filter((r) => !b.jobName || !r.jobName || r.jobName === b.jobName).flatMap((r) => r.levels)),
    ],
    standardLevels,
    batchLevels: b.levels,
    zhoukou: b.zhoukouCourseVariant,
    requiredCourses: await loadRequiredCourses(tx, occ),
    notes,
    batch: {
      id: b.id,
      title: b.title,
      state: b.state,
      collegeId: b.collegeId,
      collegeName: college.name,
      occupationId: occ.id,
      edition: occ.edition,
      code: occ.code,
      occupationName: occ.name,
      jobName: b.jobName,
      levels: b.levels,
      method: b.method,
      registrationOpensOn: b.registrationOpensOn,
      registrationClosesOn: b.registrationClosesOn,
      registrationPlace: b.registrationPlace,
      fee: b.fee,
      firstSittingDay: b.firstSittingDay,
      noticePublished: b.noticePublished,
    },
  };
}

/** Runs the engine on stored facts; a title with no recorded date counts as obtained on the batch day (R-ELIG-06). */
export function judgeEligibility(facts: EligibilityFacts, ctx: EligibilityContext): EligibilityResult {
  const titles = facts.titles?.map((t) => (t.obtainedOn ? t : { ...t, obtainedOn: ctx.batchDate }));
  return checkEligibility({ ...facts, titles }, ctx);
}

/** Notes on facts the engine had to assume (said, not hidden). */
export function factNotes(facts: EligibilityFacts): string[] {
  return facts.titles?.some((t) => !t.obtainedOn) ? ['职称取得时间未登记，按取得未满 3 年处理（R-ELIG-06）'] : [];
}
