import { eq } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.js';
import { colleges, filings, scopeRows } from '../../db/schema/index.js';
import { authorize, type Actor } from '../../http/access.js';
import { AppError, type FieldIssue } from '../../http/errors.js';
import { assertClean } from '../../http/sheet.js';
import type { ScopeRowBody } from '../../../shared/scope.js';
import { recordAudit } from '../audit/audit.service.js';
import { findOccupation } from './catalogue.service.js';
import { loadCentre } from './centre.service.js';
import { presentCentre } from './centre.present.js';
import { sameJobName } from './centre.rules.js';
import { insertFilingRows, loadFiling } from './filing.service.js';
import { loadScopeRows } from './scope.service.js';
import { parseScopeList, writeScopeList, type ParsedScopeRow } from './scope.xlsx.js';
import { downloadName } from '../../http/download.js';

/** R-ORG-02/05: the active scope as the authority's list (评价机构信息与认定范围清单). */
export async function exportScopeList(db: Db, opts: { actor: Actor | null }) {
  authorize(opts.actor, 'scope.manage');
  const centre = presentCentre(await loadCentre(db));
  const rows = await loadScopeRows(db, eq(scopeRows.status, 'active'));
  await db.transaction((tx) =>
    recordAudit(tx, opts.actor!, { action: 'export', entity: 'scope', after: { rows: rows.length } }),
  );
  return {
    bytes: await writeScopeList(centre, rows),
    name: downloadName(centre.shortName, '评价机构信息与认定范围清单', 'xlsx'),
  };
}

/** R-ORG-05: a filing's lists (its rows; with the 汇总表 sheet). */
export async function exportFilingLists(db: Db, opts: { actor: Actor | null; id: string }) {
  authorize(opts.actor, 'filing.read');
  const f = await loadFiling(db, opts.id);
  const centre = presentCentre(await loadCentre(db));
  const rows = await loadScopeRows(db, eq(scopeRows.filingId, f.id));
  await db.transaction((tx) =>
    recordAudit(tx, opts.actor!, { action: 'export', entity: 'filing', entityId: f.id, after: { lists: rows.length } }),
  );
  return {
    bytes: await writeScopeList(centre, rows, { summary: true }),
    name: downloadName(f.title, '汇总表及认定范围清单', 'xlsx'),
  };
}

/**
 * Which catalogue occupation a row of the list means. The list names no edition unless it is ours; the default
 * 2022 edition is tried first, then 2015, and the name must agree — or be a job of the occupation, as the Zhoukou
 * notice writes `4-01-02-07 直播销售员` (a job of 互联网营销师, 2015 edition).
 */
async function identify(db: DbOrTx, p: ParsedScopeRow): Promise<{ edition: string; jobName: string | null } | string> {
  const tried: string[] = [];
  for (const edition of p.edition ? [p.edition] : ['2022', '2015']) {
    const occ = await findOccupation(db, { edition, code: p.code });
    if (!occ) continue;
    if (!p.name || p.name.replace(/\s+/g, '') === occ.name.replace(/\s+/g, '')) return { edition, jobName: p.jobName };
    const job = occ.jobs.find((j) => sameJobName(j.name, p.name));
    if (job && (!p.jobName || sameJobName(p.jobName, job.name))) return { edition, jobName: job.name };
    tried.push(`${edition} 版为“${occ.name}”`);
  }
  if (tried.length)
    return `职业名称“${p.name}”与目录不符（${p.code} 在${tried.join('，')}），请在“目录版本”列注明版本或改正名称`;
  return `${p.edition ? `${p.edition} 版` : ''}职业目录中没有职业编号 ${p.code}`;
}

/**
 * R-ORG-04: the authority's list imported into a filing (a new draft when none is given): nothing becomes active
 * until the filing is approved. Every bad row is reported by row and column and nothing is imported.
 */
export async function importScopeList(
  db: Db,
  opts: { actor: Actor | null; bytes: Buffer; filingId?: string; collegeId?: string },
) {
  authorize(opts.actor, 'filing.manage');
  const actor = opts.actor;
  const { rows, issues } = await parseScopeList(opts.bytes);
  const all = await db.select({ id: colleges.id, code: colleges.code, name: colleges.name }).from(colleges);
  if (opts.collegeId && !all.some((c) => c.id === opts.collegeId))
    throw new AppError('VALIDATION', '所属二级学院：不存在', [{ field: 'collegeId', message: '不存在' }]);
  const bodies: { body: ScopeRowBody; label: string; row: number }[] = [];
  for (const p of rows) {
    const rowIssues: FieldIssue[] = [];
    const id = await identify(db, p);
    if (typeof id === 'string')
      rowIssues.push({
        row: p.rowNumber,
        column: 'A',
        field: 'name',
        message: `第 ${p.rowNumber} 行 A 列（职业名称）：${id}`,
      });
    const college = p.college
      ? all.find((c) => c.name === p.college || c.code === p.college)
      : all.find((c) => c.id === opts.collegeId);
    if (!college)
      rowIssues.push({
        row: p.rowNumber,
        column: 'G',
        field: 'college',
        message: `第 ${p.rowNumber} 行 G 列（所属二级学院）：${p.college ? `没有名为“${p.college}”的二级学院` : '不能为空（或在导入时选择默认的二级学院）'}`,
      });
    issues.push(...rowIssues);
    if (rowIssues.length || typeof id === 'string' || !college) continue;
    bodies.push({
      row: p.rowNumber,
      label: `第 ${p.rowNumber} 行`,
      body: {
        edition: id.edition as '2015' | '2022',
        code: p.code,
        jobName: id.jobName,
        levels: p.levels,
        standardType: p.standardType,
        collegeId: college.id,
        major: p.major,
      },
    });
  }
  if (!bodies.length) {
    assertClean(issues);
    throw new AppError('VALIDATION', '文件：没有可导入的认定范围行', [{ field: 'file', message: '没有数据行' }]);
  }
  // The good rows are checked against the catalogue and the scope in the transaction, so that one answer names
  // every bad row; any issue rolls the whole import back.
  return db.transaction(async (tx) => {
    let filingId = opts.filingId;
    if (!filingId) {
      const centre = await loadCentre(tx);
      const anyActive = await tx
        .select({ id: scopeRows.id })
        .from(scopeRows)
        .where(eq(scopeRows.status, 'active'))
        .limit(1);
      const category = anyActive.length ? 'incremental' : 'initial';
      const [f] = await tx
        .insert(filings)
        .values({
          centreId: centre.id,
          category,
          title: `${category === 'initial' ? '初次备案' : '增量备案'}（Excel 导入）`,
          createdBy: actor.userId,
        })
        .returning();
      await recordAudit(tx, actor, { action: 'create', entity: 'filing', entityId: f.id, after: f });
      filingId = f.id;
    }
    const f = await loadFiling(tx, filingId, true);
    let ids: string[] = [];
    try {
      ids = await insertFilingRows(tx, actor, f, bodies, { code: 'B', jobName: 'C', levels: 'D', collegeId: 'G' });
    } catch (e) {
      if (!(e instanceof AppError) || !Array.isArray(e.details)) throw e;
      issues.push(...(e.details as FieldIssue[]));
    }
    assertClean(issues.sort((a, b) => (a.row ?? 0) - (b.row ?? 0)));
    return { filingId: f.id, imported: ids.length };
  });
}
