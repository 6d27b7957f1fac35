/**
 * Pure rules of the centre module (no I/O). The ones the web needs as well live in shared/centre.rules.ts and are
 * re-exported here, so the server has one place to import them from.
 */
import { formatLevels } from '../../../shared/centre.rules.js';

export {
  OCCUPATION_CODE,
  checkCreditCode,
  checkFilingCode,
  creditCodeCheckChar,
  filingStatus,
  filingValidUntil,
  formatLevels,
  parseLevels,
  provinceCodes,
  scoreAssessment,
} from '../../../shared/centre.rules.js';

export interface CatalogueOccupation {
  edition: string;
  code: string;
  name: string;
  levels: number[] | null;
  jobs: { name: string; levels: number[] | null }[];
}

export interface ScopeIssue {
  field: 'jobName' | 'levels' | 'occupation';
  message: string;
}

/** Job names compared the way clerks type them: spaces and line breaks (汽车车身 整形修复工) do not matter. */
export const sameJobName = (a: string, b: string) => a.replace(/\s+/g, '') === b.replace(/\s+/g, '');

/**
 * R-ORG-02: a scope row against the catalogue. Where the catalogue lists 工种 for the occupation the row must name
 * one of them (H §三(三), 填表说明 6: “工种名称要与该职业包含的工种名称一致”); the levels must be within those the
 * national standard defines, where known (the job's own levels first, then the occupation's).
 */
export function checkScopeRow(
  occ: CatalogueOccupation,
  row: { jobName: string | null; levels: number[] },
): ScopeIssue[] {
  const issues: ScopeIssue[] = [];
  let standardLevels = occ.levels;
  if (occ.jobs.length > 0) {
    if (!row.jobName) {
      const names = occ.jobs
        .slice(0, 6)
        .map((j) => j.name)
        .join('、');
      issues.push({
        field: 'jobName',
        message: `职业“${occ.name}”下设工种，须填写工种（${names}${occ.jobs.length > 6 ? '等' : ''}）`,
      });
    } else {
      const job = occ.jobs.find((j) => sameJobName(j.name, row.jobName!));
      if (!job)
        issues.push({
          field: 'jobName',
          message: `“${row.jobName}”不是职业“${occ.name}”（${occ.edition} 版 ${occ.code}）的工种；可先在职业目录中添加该工种`,
        });
      else if (job.levels?.length) standardLevels = job.levels;
    }
  }
  if (row.levels.length === 0) issues.push({ field: 'levels', message: '请至少选择一个等级' });
  else if (standardLevels?.length) {
    const outside = row.levels.filter((l) => !standardLevels!.includes(l));
    if (outside.length)
      issues.push({
        field: 'levels',
        message: `等级 ${formatLevels(outside)} 超出国家职业技能标准规定的等级（${formatLevels(standardLevels)}）`,
      });
  }
  return issues;
}

/** A scope row's identity within the scope: occupation (edition + code) and job. */
export const scopeKey = (r: { edition: string; code: string; jobName: string | null }) =>
  `${r.edition}|${r.code}|${(r.jobName ?? '').replace(/\s+/g, '')}`;
