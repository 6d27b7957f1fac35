// The exam-day settings (R-EXAM-01's minutes, the grace after the end): one row, made with the defaults on first
// read. `readExamSettings` is for every part of the module (no actor), the computer-based exam's hot path included:
// it keeps the value for a few seconds.
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { examSettings } from '../../db/schema/index.js';
import { defaultExamSettings, examSettings as settingsSchema, type ExamSettings } from '../../../shared/exams.js';

export type ExamSettingsRow = typeof examSettings.$inferSelect;

/** The row (id 1), made with the defaults when absent. */
export async function readExamSettingsRow(db: DbOrTx): Promise<ExamSettingsRow> {
  const [row] = await db.select().from(examSettings).where(eq(examSettings.id, 1));
  if (row) return row;
  await db.insert(examSettings).values({ id: 1, settings: defaultExamSettings }).onConflictDoNothing();
  const [made] = await db.select().from(examSettings).where(eq(examSettings.id, 1));
  return made;
}

/** A stored value parsed against today's schema: missing or broken fields take their defaults. */
export function settingsOf(row: Pick<ExamSettingsRow, 'settings'>): ExamSettings {
  const parsed = settingsSchema.safeParse({ ...defaultExamSettings, ...(row.settings ?? {}) });
  return parsed.success ? parsed.data : defaultExamSettings;
}

const CACHE_MS = 5_000;
let cached: { at: number; db: DbOrTx; value: ExamSettings } | null = null;
let loading: { db: DbOrTx; value: Promise<ExamSettings> } | null = null;

/**
 * The settings, cached for five seconds per database handle (a change takes effect within that time; the service
 * that changes them clears the cache of its process at once). When the value expires under load, the requests of
 * that moment share one read instead of each queueing its own. Pass `{ fresh: true }` inside a transaction that must
 * see the stored value.
 */
export async function readExamSettings(db: DbOrTx, opts: { fresh?: boolean } = {}): Promise<ExamSettings> {
  if (opts.fresh) return settingsOf(await readExamSettingsRow(db));
  if (cached && cached.db === db && Date.now() - cached.at < CACHE_MS) return cached.value;
  if (loading && loading.db === db) return loading.value;
  const at = Date.now();
  const value = readExamSettingsRow(db).then(settingsOf);
  const mine = { db, value };
  loading = mine;
  try {
    const v = await value;
    if (loading === mine) cached = { at, db, value: v };
    return v;
  } finally {
    if (loading === mine) loading = null;
  }
}

/** Forget the cached value (after a change). */
export function clearExamSettingsCache() {
  cached = null;
  loading = null;
}
