import type { SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import type { Actor } from '../../http/access.js';
import { notFound } from '../../http/errors.js';
import type { ApplicationDetail, ApplicationRow } from '../../../shared/registration.js';
import { presentDetail, presentRow } from './applications.present.js';
import { decisionsOf, findView, listViews } from './applications.store.js';

/** An application as its detail screen shows it (the portal's and the reviewers'); the caller has checked access. */
export async function applicationDetail(
  tx: DbOrTx,
  actor: Actor,
  id: string,
  own: boolean,
): Promise<ApplicationDetail> {
  const v = await findView(tx, id);
  if (!v) throw notFound('报名记录');
  return presentDetail(v, await decisionsOf(tx, id), actor, own);
}

/** A page of application rows (all of them without `page`), newest first. */
export async function applicationPage(
  tx: DbOrTx,
  where: SQL | undefined,
  page?: { page: number; pageSize: number },
): Promise<{ items: ApplicationRow[]; total: number }> {
  const { views, total } = await listViews(tx, where, page);
  return { items: views.map(presentRow), total };
}
