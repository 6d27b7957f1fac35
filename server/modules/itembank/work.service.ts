import { and, count, eq, isNotNull, isNull, ne } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { assemblies, assemblyPlans, blueprints, items, occupations, papers } from '../../db/schema/index.js';
import type { Actor } from '../../http/access.js';
import { can } from '../../../shared/access.js';
import { levelNames } from '../../../shared/centre.rules.js';
import { bankPartNames } from '../../../shared/itembank.js';
import type { HomeTask, HomeTaskLine } from '../../../shared/home.js';
import { bankScope, scopeFilter } from './bank.access.js';

/**
 * The bank's work on the home page (R-BANK-01/02): an expert's items waiting for its review (never its own) and its
 * own items returned to it; the bank admin's reviewed items waiting for activation and assembled papers not yet
 * published. Counted per blueprint, in the actor's scope; nothing for roles outside the bank.
 */
export async function describeBankWork(db: DbOrTx, opts: { actor: Actor }): Promise<HomeTask[]> {
  const { actor } = opts;
  if (!can(actor.role, 'itembank.read')) return [];
  const scope = await bankScope(db, actor, 'itembank.read');
  const inScope = scopeFilter(scope, blueprints.occupationId);
  const titled = async (where: ReturnType<typeof and>, link: (blueprintId: string) => string) => {
    const rows = await db
      .select({
        blueprintId: blueprints.id,
        level: blueprints.level,
        part: blueprints.part,
        occupation: occupations.name,
        n: count(),
      })
      .from(items)
      .innerJoin(blueprints, eq(blueprints.id, items.blueprintId))
      .innerJoin(occupations, eq(occupations.id, blueprints.occupationId))
      .where(and(where, inScope))
      .groupBy(blueprints.id, blueprints.level, blueprints.part, occupations.name);
    return rows
      .sort((a, b) => b.n - a.n)
      .map((r): HomeTaskLine => ({
        text: `${r.occupation} ${levelNames[r.level]} ${bankPartNames[r.part]}`,
        count: r.n,
        link: link(r.blueprintId),
      }));
  };
  const sum = (lines: HomeTaskLine[]) => lines.reduce((n, l) => n + (l.count ?? 0), 0);
  const tasks: HomeTask[] = [];
  if (can(actor.role, 'itembank.review')) {
    // R-BANK-01: a second expert reviews; the author never sees its own item here.
    const waiting = await titled(
      and(eq(items.state, 'draft'), isNull(items.reviewerId), ne(items.authorId, actor.userId)),
      (id) => `/itembank/items?blueprintId=${id}&state=draft`,
    );
    tasks.push({
      key: 'itemsToReview',
      title: '待审核的试题',
      level: 'warning',
      count: sum(waiting),
      link: '/itembank/items?state=draft',
      linkText: '去审核',
      lines: waiting,
      empty: '没有等待您审核的试题',
    });
    const returned = await titled(
      and(eq(items.state, 'draft'), eq(items.authorId, actor.userId), isNotNull(items.reviewNote)),
      (id) => `/itembank/items?blueprintId=${id}&state=draft`,
    );
    if (returned.length)
      tasks.push({
        key: 'itemsReturned',
        title: '被退回修改的试题',
        level: 'error',
        count: sum(returned),
        link: '/itembank/items?state=draft',
        linkText: '去修改',
        lines: returned,
      });
  }
  if (can(actor.role, 'itembank.manage')) {
    const reviewed = await titled(
      eq(items.state, 'reviewed'),
      (id) => `/itembank/items?blueprintId=${id}&state=reviewed`,
    );
    tasks.push({
      key: 'itemsToActivate',
      title: '待启用的试题（已审核）',
      level: 'warning',
      count: sum(reviewed),
      link: '/itembank/items?state=reviewed',
      linkText: '去启用',
      lines: reviewed,
      empty: '没有等待启用的试题',
    });
    const drafts = await db
      .select({ assemblyId: assemblies.id, plan: assemblyPlans.name, n: count() })
      .from(papers)
      .innerJoin(assemblies, eq(assemblies.id, papers.assemblyId))
      .innerJoin(assemblyPlans, eq(assemblyPlans.id, assemblies.planId))
      .where(eq(papers.state, 'draft'))
      .groupBy(assemblies.id, assemblyPlans.name);
    tasks.push({
      key: 'papersToPublish',
      title: '待发布的试卷',
      level: 'info',
      count: drafts.reduce((n, d) => n + d.n, 0),
      link: '/itembank/papers',
      linkText: '去发布',
      lines: drafts.map((d) => ({ text: d.plan, count: d.n, link: `/itembank/assemblies/${d.assemblyId}` })),
      empty: '没有未发布的试卷',
    });
  }
  return tasks;
}
