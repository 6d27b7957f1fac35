// The exam-day settings (考试实施设置): R-EXAM-01's entry window and early finish, the computer-based exam's grace and
// offline time. Everyone with `exams.read` reads them; the centre (`exams.manage`) changes them.
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { examSettings, users } from '../../db/schema/index.js';
import { authorize, type Actor } from '../../http/access.js';
import type { ExamSettings } from '../../../shared/exams.js';
import type { ExamSettingsResponse } from '../../../shared/exams-day.js';
import { recordAudit } from '../audit/audit.service.js';
import { clearExamSettingsCache, readExamSettingsRow, settingsOf, type ExamSettingsRow } from './settings.store.js';

async function present(db: Db, row: ExamSettingsRow): Promise<ExamSettingsResponse> {
  const [by] = row.updatedBy
    ? await db.select({ name: users.displayName }).from(users).where(eq(users.id, row.updatedBy))
    : [];
  return {
    settings: settingsOf(row),
    updatedAt: row.updatedBy ? row.updatedAt.toISOString() : null,
    updatedByName: by?.name ?? null,
  };
}

export async function getExamSettings(db: Db, opts: { actor: Actor | null }): Promise<ExamSettingsResponse> {
  authorize(opts.actor, 'exams.read');
  return present(db, await readExamSettingsRow(db));
}

export async function putExamSettings(
  db: Db,
  opts: { actor: Actor | null; data: ExamSettings },
): Promise<ExamSettingsResponse> {
  authorize(opts.actor, 'exams.manage');
  const actor = opts.actor;
  const row = await db.transaction(async (tx) => {
    const before = await readExamSettingsRow(tx);
    const [after] = await tx
      .update(examSettings)
      .set({ settings: opts.data, updatedAt: new Date(), updatedBy: actor.userId })
      .where(eq(examSettings.id, 1))
      .returning();
    await recordAudit(tx, actor, {
      action: 'update',
      entity: 'exam_settings',
      entityId: '1',
      before: before.settings,
      after: after.settings,
    });
    return after;
  });
  clearExamSettingsCache();
  return present(db, row);
}
