import { and, desc, eq, type SQL } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.js';
import { colleges, occupations, trainingClasses } from '../../db/schema/index.js';
import { assertCollegeScope, authorize, collegeFilter, type Actor } from '../../http/access.js';
import { AppError, notFound } from '../../http/errors.js';
import type { TrainingClass, TrainingClassBody } from '../../../shared/plans.js';
import { recordAudit } from '../audit/audit.service.js';
import { loadWorkCalendar } from '../calendar/calendar.service.js';
import { findOccupation } from '../centre/catalogue.service.js';
import { loadPlanSettings } from './plans.service.js';
import { trainingFilingDeadline } from './plans.rules.js';
import { chinaToday } from '../../../shared/dates.js';
import { presentTrainingClass } from './training.present.js';

/** 培训班 (R-PLAN-06): filed within N (20) working days after enrolment closes; overdue ones stand out. */

async function select(db: DbOrTx, where?: SQL) {
  return db
    .select({
      t: trainingClasses,
      collegeName: colleges.name,
      edition: occupations.edition,
      code: occupations.code,
      occupationName: occupations.name,
    })
    .from(trainingClasses)
    .innerJoin(colleges, eq(colleges.id, trainingClasses.collegeId))
    .innerJoin(occupations, eq(occupations.id, trainingClasses.occupationId))
    .where(where)
    .orderBy(desc(trainingClasses.enrolmentClosesOn));
}

export async function listTrainingClasses(db: Db, opts: { actor: Actor | null; today?: string }) {
  authorize(opts.actor, 'training.manage');
  const only = collegeFilter(opts.actor);
  const rows = await select(db, only ? eq(trainingClasses.collegeId, only) : undefined);
  const [cal, settings] = await Promise.all([loadWorkCalendar(db), loadPlanSettings(db)]);
  const today = opts.today ?? chinaToday();
  const items = rows.map((r) => presentTrainingClass(r, cal, settings.trainingFilingDays, today));
  return { items, total: items.length };
}

export async function getTrainingClass(db: DbOrTx, opts: { actor: Actor | null; id: string; today?: string }) {
  authorize(opts.actor, 'training.manage');
  const [row] = await select(db, eq(trainingClasses.id, opts.id));
  if (!row) throw notFound('培训班');
  assertCollegeScope(opts.actor, row.t.collegeId, '培训班');
  const [cal, settings] = await Promise.all([loadWorkCalendar(db), loadPlanSettings(db)]);
  return presentTrainingClass(row, cal, settings.trainingFilingDays, opts.today ?? chinaToday());
}

/** R-PLAN-06: the filing deadline for an enrolment closing day, before the class is saved (for the form). */
export async function previewTrainingDeadline(db: Db, opts: { actor: Actor | null; enrolmentClosesOn: string }) {
  authorize(opts.actor, 'training.manage');
  const [cal, settings] = await Promise.all([loadWorkCalendar(db), loadPlanSettings(db)]);
  const base = { enrolmentClosesOn: opts.enrolmentClosesOn, days: settings.trainingFilingDays };
  try {
    return {
      ...base,
      deadline: trainingFilingDeadline(cal, opts.enrolmentClosesOn, settings.trainingFilingDays),
      error: null,
    };
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    return { ...base, deadline: null, error: e.message };
  }
}

export async function saveTrainingClass(db: Db, opts: { actor: Actor | null; id?: string; data: TrainingClassBody }) {
  authorize(opts.actor, 'training.manage');
  const actor = opts.actor;
  const d = opts.data;
  assertCollegeScope(actor, d.collegeId, '二级学院');
  return db.transaction(async (tx) => {
    const occ = await findOccupation(tx, { edition: d.edition, code: d.code });
    if (!occ)
      throw new AppError('VALIDATION', `职业编码：${d.code} 不在 ${d.edition} 版职业目录中`, [
        { field: 'code', message: '职业编码：不在目录中' },
      ]);
    const values = {
      collegeId: d.collegeId,
      name: d.name,
      occupationId: occ.id,
      jobName: d.jobName || null,
      level: d.level,
      enrolmentClosesOn: d.enrolmentClosesOn,
      traineeCount: d.traineeCount,
      note: d.note ?? null,
    };
    let id = opts.id;
    let before: TrainingClass | null = null;
    if (id) {
      before = await getTrainingClass(tx, { actor, id });
      await tx.update(trainingClasses).set(values).where(eq(trainingClasses.id, id));
    } else id = (await tx.insert(trainingClasses).values(values).returning())[0].id;
    const after = await getTrainingClass(tx, { actor, id });
    await recordAudit(tx, actor, {
      action: before ? 'update' : 'create',
      entity: 'training_class',
      entityId: id,
      before,
      after,
    });
    return after;
  });
}

/** R-PLAN-06: records the filing (date and number); a date after the deadline is kept and shown as late. */
export async function recordTrainingFiling(
  db: Db,
  opts: { actor: Actor | null; id: string; filedOn: string; filingNumber?: string | null },
) {
  authorize(opts.actor, 'training.manage');
  const actor = opts.actor;
  return db.transaction(async (tx) => {
    const before = await getTrainingClass(tx, { actor, id: opts.id });
    if (opts.filedOn < before.enrolmentClosesOn)
      throw new AppError('VALIDATION', `备案日期：不能早于报名截止日期 ${before.enrolmentClosesOn}`, [
        { field: 'filedOn', message: '备案日期：早于报名截止日期' },
      ]);
    await tx
      .update(trainingClasses)
      .set({ filedOn: opts.filedOn, filingNumber: opts.filingNumber ?? null })
      .where(and(eq(trainingClasses.id, opts.id)));
    const after = await getTrainingClass(tx, { actor, id: opts.id });
    await recordAudit(tx, actor, { action: 'file', entity: 'training_class', entityId: opts.id, before, after });
    return after;
  });
}
