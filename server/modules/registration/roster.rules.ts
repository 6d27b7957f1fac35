import { levelNames, type Level } from '../../../shared/eligibility.js';
import { batchMethodNames, type BatchMethod } from '../../../shared/plans.js';

/**
 * R-REG-01, R-REG-03, R-ORG-02: what a roster row applies for (occupation, job, level, method) against the batch it
 * is imported into, the catalogue and the centre's scope. Pure: the service loads the catalogue rows, scope rows and
 * open batches the file names (one query each) and reports what comes back, by row and column.
 */

export interface CatalogueOccupation {
  id: string;
  edition: string;
  code: string;
  name: string;
}
export interface ScopeRow {
  occupationId: string;
  levels: number[];
  jobName: string | null;
}
export interface OpenBatch {
  id: string;
  title: string;
  collegeId: string;
  occupationId: string;
  jobName: string | null;
  levels: number[];
  method: BatchMethod;
}
export interface RosterBatch {
  id: string;
  collegeId: string;
  occupationId: string;
  edition: string;
  code: string;
  occupationName: string;
  jobName: string | null;
  levels: number[];
  method: BatchMethod;
}
/** The cells of one row that say what it applies for ('' / null when blank or the column is absent). */
export interface RowApplication {
  rowNumber: number;
  occupationCode: string;
  occupationName: string;
  jobName: string;
  level: number | null;
  method: BatchMethod | null;
}
export interface RowIssue {
  row: number;
  field: 'occupationCode' | 'occupationName' | 'jobName' | 'level' | 'method';
  message: string;
}

const lv = (l: number) => levelNames[l as Level] ?? `${l}级`;
const levelList = (ls: number[]) =>
  [...ls]
    .sort((a, b) => b - a)
    .map(lv)
    .join('、');
const occLabel = (o: { code: string; name: string }, job?: string | null) =>
  `${o.code} ${o.name}${job ? `（${job}）` : ''}`;

/** How the batch reads in a message: 本批次为 6-31-01-03 电工，四级/中级工，考试考核. */
export const batchLabel = (b: RosterBatch) =>
  `${occLabel({ code: b.code, name: b.occupationName }, b.jobName)}，${levelList(b.levels)}，${batchMethodNames[b.method]}`;

/**
 * The catalogue occupation a row names: by code (the batch's edition first; the name, when given, must agree), or by
 * name alone when one occupation of an edition bears it. `null` with a blank code and name: the batch's occupation.
 */
export function resolveOccupation(
  row: Pick<RowApplication, 'occupationCode' | 'occupationName'>,
  catalogue: CatalogueOccupation[],
  edition: string,
): { occupation: CatalogueOccupation | null; issue?: Omit<RowIssue, 'row'> } {
  const prefer = (xs: CatalogueOccupation[]) =>
    xs.find((o) => o.edition === edition) ?? [...xs].sort((a, b) => (a.edition < b.edition ? 1 : -1))[0];
  if (row.occupationCode) {
    const found = prefer(catalogue.filter((o) => o.code === row.occupationCode));
    if (!found)
      return {
        occupation: null,
        issue: { field: 'occupationCode', message: `职业分类大典中没有职业编码 ${row.occupationCode}，请核对` },
      };
    // A 2015-edition name with its 2022 code (or the reverse) is the same occupation: any edition's name of the code.
    const names = new Set(catalogue.filter((o) => o.code === row.occupationCode).map((o) => o.name));
    if (row.occupationName && !names.has(row.occupationName))
      return {
        occupation: null,
        issue: {
          field: 'occupationName',
          message: `“${row.occupationName}”与职业编码 ${row.occupationCode} 不符（该编码的职业为“${found.name}”），请核对`,
        },
      };
    return { occupation: found };
  }
  if (row.occupationName) {
    const named = catalogue.filter((o) => o.name === row.occupationName);
    const mine = named.filter((o) => o.edition === edition);
    const pool = mine.length ? mine : named;
    if (!pool.length)
      return {
        occupation: null,
        issue: {
          field: 'occupationName',
          message: `职业分类大典中没有名为“${row.occupationName}”的职业，请填写职业编码`,
        },
      };
    if (new Set(pool.map((o) => o.code)).size > 1)
      return {
        occupation: null,
        issue: {
          field: 'occupationName',
          message: `名为“${row.occupationName}”的职业有 ${pool.map((o) => o.code).join('、')}，请填写职业编码`,
        },
      };
    return { occupation: prefer(pool) };
  }
  return { occupation: null };
}

/**
 * R-REG-01: a row belongs to the batch when its occupation, job, level and method are the batch's; R-ORG-02 and
 * R-REG-03: a row outside the centre's active scope (occupation, job, level) is refused as such. A row that belongs
 * elsewhere names the batch 报名中 that it belongs to (the batch's own college first), never is relabelled.
 */
export function checkRowApplication(
  row: RowApplication,
  o: {
    batch: RosterBatch;
    catalogue: CatalogueOccupation[];
    /** Job names the catalogue lists, by occupation id. */
    jobs: Map<string, string[]>;
    scope: ScopeRow[];
    openBatches: OpenBatch[];
  },
): RowIssue[] {
  const { batch } = o;
  const issue = (field: RowIssue['field'], message: string): RowIssue[] => [{ row: row.rowNumber, field, message }];
  const resolved = resolveOccupation(row, o.catalogue, batch.edition);
  if (resolved.issue) return issue(resolved.issue.field, resolved.issue.message);
  const occ = resolved.occupation ?? {
    id: batch.occupationId,
    edition: batch.edition,
    code: batch.code,
    name: batch.occupationName,
  };
  const own = occ.id === batch.occupationId;
  const occField = row.occupationCode ? 'occupationCode' : 'occupationName';
  const level = row.level;
  const method = row.method ?? batch.method;
  const scope = o.scope.filter((s) => s.occupationId === occ.id);

  // The job (工种): one of the catalogue's jobs of the occupation, or one the scope or the batch names.
  if (row.jobName) {
    const known = new Set([
      ...(o.jobs.get(occ.id) ?? []),
      ...scope.flatMap((s) => (s.jobName ? [s.jobName] : [])),
      ...(own && batch.jobName ? [batch.jobName] : []),
    ]);
    if (!known.has(row.jobName))
      return issue(
        'jobName',
        `职业 ${occLabel(occ)} 没有工种“${row.jobName}”${known.size ? `（可填：${[...known].join('、')}）` : '（该职业不分工种，请留空）'}`,
      );
  }
  const job = row.jobName || (own ? batch.jobName : null) || null;

  // R-ORG-02, R-REG-03: inside the centre's active scope (occupation, then its job, then the level).
  if (!scope.length) return issue(occField, `${occLabel(occ)} 不在本中心认定范围内，不能报名`);
  const jobScope = scope.filter((s) => !s.jobName || !job || s.jobName === job);
  if (!jobScope.length) return issue('jobName', `${occLabel(occ, job)} 不在本中心认定范围内，不能报名`);
  const scopeLevels = [...new Set(jobScope.flatMap((s) => s.levels))];
  if (level !== null && !scopeLevels.includes(level))
    return issue(
      'level',
      `${occLabel(occ, job)} 的认定范围只含 ${levelList(scopeLevels)}，不含${lv(level)}，不在本中心认定范围内`,
    );

  // R-REG-01: the batch's occupation, job, method and level, or the batch the row belongs to.
  const field: RowIssue['field'] | null = !own
    ? occField
    : batch.jobName && job !== batch.jobName
      ? 'jobName'
      : method !== batch.method
        ? 'method'
        : level !== null && !batch.levels.includes(level)
          ? 'level'
          : null;
  if (!field) return [];
  const what =
    field === 'level'
      ? lv(level!)
      : field === 'method'
        ? batchMethodNames[method]
        : field === 'jobName'
          ? `工种“${job}”`
          : occLabel(occ, job);
  const target = o.openBatches
    .filter(
      (b) =>
        b.id !== batch.id &&
        b.occupationId === occ.id &&
        (!b.jobName || !job || b.jobName === job) &&
        (level === null || b.levels.includes(level)) &&
        b.method === method,
    )
    .sort((a, b) => Number(b.collegeId === batch.collegeId) - Number(a.collegeId === batch.collegeId))[0];
  const where = target
    ? `应报名批次「${target.title}」`
    : `目前没有 ${occLabel(occ, job)}${level !== null ? ` ${lv(level)}` : ''}（${batchMethodNames[method]}）报名中的批次，请待其开放后另行报名`;
  return issue(field, `${what} 不属于本批次（本批次为 ${batchLabel(batch)}），${where}`);
}

/**
 * R-ELIG-00…05: the highest level any eligibility rule can grant a student under a batch's method, whatever the
 * student's facts: R-ELIG-01 exam — 三级 (本科/高职 graduating-year students; "excellent" 中职 graduates); R-ELIG-02
 * direct — 三级 (a 1+X advanced or intermediate certificate); R-ELIG-03 process, the Zhoukou variant included — 三级
 * (本科/专科, 技工院校 高级工班/预备技师班; ≥8 related courses). R-ELIG-05 contest: the college's contest rules may
 * grant any level (null: no bound). A roster row asking a student for a higher level can never be granted and is
 * refused at import; below the bound the engine's verdict is stored and the reviewers decide (R-REG-02).
 * Staff (R-ELIG-06) do not come by roster; social learners have no rule of the documents (reviewed by hand).
 */
export const studentCeiling: Record<BatchMethod, Level | null> = { exam: 3, direct: 3, process: 3, contest: null };

/** R-ELIG-00: the level a roster row asks for a student, when no rule can ever grant it; null when it may be. */
export function levelNoRuleGrants(
  kind: 'student' | 'staff' | 'social',
  method: BatchMethod,
  level: number,
): string | null {
  const ceiling = studentCeiling[method];
  if (kind !== 'student' || ceiling === null || level >= ceiling) return null;
  return `在校学生以${batchMethodNames[method]}方式最高只能申报${lv(ceiling)}，任何申报条件都不能申报${lv(level)}`;
}
