import { asc, desc, eq, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.js';
import { assessmentItems, assessments } from '../../db/schema/index.js';
import { authorize, systemActor, type Actor } from '../../http/access.js';
import { AppError, notFound, type FieldIssue } from '../../http/errors.js';
import type { Assessment, AssessmentBody, AssessmentItem } from '../../../shared/centre.js';
import { recordAudit } from '../audit/audit.service.js';
import { assessmentSheetItems } from './assessment.data.js';
import { loadCentre } from './centre.service.js';
import { scoreAssessment } from './centre.rules.js';

/** R-ORG-06: loads the score sheet once (an empty sheet only: edits by an admin are kept). */
export async function seedAssessmentSheet(tx: DbOrTx, actor: Actor = systemActor): Promise<number> {
  const [{ n }] = await tx.select({ n: sql<number>`count(*)::int` }).from(assessmentItems);
  if (Number(n) > 0) return 0;
  await tx.insert(assessmentItems).values(assessmentSheetItems.map((item, seq) => ({ ...item, seq: seq + 1 })));
  await recordAudit(tx, actor, {
    action: 'seed',
    entity: 'assessment_sheet',
    after: { items: assessmentSheetItems.length },
  });
  return assessmentSheetItems.length;
}

async function loadItems(db: DbOrTx): Promise<AssessmentItem[]> {
  const rows = await db.select().from(assessmentItems).orderBy(asc(assessmentItems.seq));
  return rows;
}

export async function getAssessmentSheet(db: Db, opts: { actor: Actor | null }) {
  authorize(opts.actor, 'filing.read');
  const items = await loadItems(db);
  const centre = await loadCentre(db);
  return {
    items,
    maxTotal: items.filter((i) => i.kind === 'points').reduce((a, i) => a + i.maxPoints, 0),
    passMark: centre.assessmentPassMark,
  };
}

type Row = typeof assessments.$inferSelect;
type Score = Assessment['scores'][number];

function present(r: Row, items: AssessmentItem[], passMark: number): Assessment {
  const scores = r.scores;
  return {
    id: r.id,
    title: r.title,
    scores,
    result: { ...scoreAssessment(items, scores, passMark), passMark },
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

/** R-ORG-06: points within 0..max of their item, a yes/no only on veto items; every problem reported at once. */
function checkScores(items: AssessmentItem[], body: AssessmentBody): Score[] {
  const byId = new Map(items.map((i) => [i.id, i]));
  const issues: FieldIssue[] = [];
  const seen = new Set<string>();
  body.scores.forEach((s, i) => {
    const item = byId.get(s.itemId);
    const at = `第 ${i + 1} 项`;
    if (!item) return issues.push({ field: `scores.${i}.itemId`, message: `${at}：评分项“${s.itemId}”不存在` });
    if (seen.has(s.itemId)) issues.push({ field: `scores.${i}.itemId`, message: `${at}：评分项“${item.content}”重复` });
    seen.add(s.itemId);
    if (item.kind === 'veto' && s.points != null)
      issues.push({ field: `scores.${i}.points`, message: `${at}（${item.content}）：否决项不计分，只评“是/否”` });
    if (item.kind !== 'veto' && s.points != null && s.points > item.maxPoints)
      issues.push({
        field: `scores.${i}.points`,
        message: `${at}（${item.content}）：得分 ${s.points} 超过该项分值 ${item.maxPoints}`,
      });
    return undefined;
  });
  if (issues.length) throw new AppError('VALIDATION', issues.map((i) => i.message).join('；'), issues);
  return body.scores.map((s) => ({
    itemId: s.itemId,
    points: s.points ?? null,
    ok: s.ok ?? null,
    note: s.note ?? null,
  }));
}

export async function listAssessments(db: Db, opts: { actor: Actor | null }) {
  authorize(opts.actor, 'filing.read');
  const [items, centre, rows] = await Promise.all([
    loadItems(db),
    loadCentre(db),
    db.select().from(assessments).orderBy(desc(assessments.updatedAt)),
  ]);
  return { items: rows.map((r) => present(r, items, centre.assessmentPassMark)), total: rows.length };
}

export async function getAssessment(db: DbOrTx, opts: { actor: Actor | null; id: string }) {
  authorize(opts.actor, 'filing.read');
  const [row] = await db.select().from(assessments).where(eq(assessments.id, opts.id));
  if (!row) throw notFound('自评记录');
  return present(row, await loadItems(db), (await loadCentre(db)).assessmentPassMark);
}

export async function saveAssessment(db: Db, opts: { actor: Actor | null; id?: string; body: AssessmentBody }) {
  authorize(opts.actor, 'filing.manage');
  const actor = opts.actor;
  return db.transaction(async (tx) => {
    const centre = await loadCentre(tx);
    const items = await loadItems(tx);
    const scores = checkScores(items, opts.body);
    let before: Assessment | null = null;
    let row: Row;
    if (opts.id) {
      before = await getAssessment(tx, { actor, id: opts.id });
      [row] = await tx
        .update(assessments)
        .set({ title: opts.body.title, scores, updatedAt: new Date() })
        .where(eq(assessments.id, opts.id))
        .returning();
    } else
      [row] = await tx
        .insert(assessments)
        .values({ centreId: centre.id, title: opts.body.title, scores, createdBy: actor.userId })
        .returning();
    const after = present(row, items, centre.assessmentPassMark);
    await recordAudit(tx, actor, {
      action: before ? 'update' : 'create',
      entity: 'assessment',
      entityId: row.id,
      before,
      after,
    });
    return after;
  });
}
