// The demo centre's 成绩公示 (R-PUB-01): the first demo batch whose results are signed off (scoring's demo) gets its
// window, with one objection from the public page still open. The window starts on the working day after the exam
// (R-DAYS-01); when the exam is long enough ago, it is dated so that it has just ended (its last day the working day
// before the latest working day up to today) and the centre can resolve the objection, make the results final and
// export them on the demo's first day; otherwise it is still running. Run after scoring's demo; does nothing when no
// batch is ready.
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { publicityObjections, users } from '../../db/schema/index.js';
import type { Actor } from '../../http/access.js';
import { chinaToday } from '../../../shared/dates.js';
import { recordAudit } from '../audit/audit.service.js';
import { loadWorkCalendar } from '../calendar/calendar.service.js';
import { isWorkingDay, workingDaysAfter, workingDaysBefore } from '../calendar/calendar.rules.js';
import { batchesForResults, sittingsOfBatches } from '../plans/plans.reads.js';
import { resultsOfBatch } from '../scoring/scoring.reads.js';
import { startPublicity } from './publicity.service.js';
import { loadPublicitySettings, windowsOf } from './publicity.store.js';

export interface DemoPublicity {
  batchId: string;
  startsOn: string;
  endsOn: string;
}

export async function seedDemoPublicity(db: Db, opts: { today?: string } = {}): Promise<DemoPublicity | null> {
  const today = opts.today ?? chinaToday();
  if ((await windowsOf(db)).length) return null; // first start only
  let batchId: string | null = null;
  for (const b of await batchesForResults(db, { states: ['examining'] })) {
    const r = await resultsOfBatch(db, b.id);
    if (r.signedOff && r.results.length && !r.results.some((x) => x.outcome === 'incomplete')) {
      batchId = b.id;
      break;
    }
  }
  if (!batchId) return null;
  const [cal, settings] = await Promise.all([loadWorkCalendar(db), loadPublicitySettings(db)]);
  // The latest working day up to today may make the results final: the window ends on the working day before it.
  const finalDay = isWorkingDay(cal, today) ? today : workingDaysBefore(cal, today, 1);
  const endedStart = workingDaysBefore(cal, workingDaysBefore(cal, finalDay, 1), settings.workingDays - 1);
  const lastSitting =
    (await sittingsOfBatches(db, [batchId]))
      .map((x) => x.day)
      .sort()
      .pop() ?? today;
  const afterExam = workingDaysAfter(cal, lastSitting, 1);
  const startsOn = endedStart >= afterExam ? endedStart : afterExam <= today ? afterExam : today;
  // The demo's centre head starts it (the window records who published it).
  const [head] = await db.select().from(users).where(eq(users.username, 'zhuren'));
  if (!head) return null;
  const actor: Actor = {
    userId: head.id,
    username: head.username,
    displayName: head.displayName,
    role: head.role,
    collegeId: head.collegeId,
    ip: null,
  };
  const d = await startPublicity(db, { actor, batchId, startsOn, today: startsOn });
  const second = d.entries[1] ?? d.entries[0];
  await db.transaction(async (tx) => {
    const [o] = await tx
      .insert(publicityObjections)
      .values({
        batchId: batchId!,
        source: 'public',
        name: '张先生',
        contact: '13700000000',
        content: `公示名单第 ${second?.no ?? 1} 号的理论成绩与本人所知情况不符，请核实。`,
        applicationId: second?.applicationId ?? null,
        // 10:30 in China on the window's first day (or now, when that is still ahead).
        createdAt: new Date(Math.min(Date.parse(`${startsOn}T02:30:00Z`), Date.now())),
      })
      .returning();
    await recordAudit(tx, null, {
      action: 'publicity.objection',
      entity: 'publicity_objection',
      entityId: o.id,
      after: { batchId, source: 'public', applicationId: o.applicationId, demo: true },
    });
  });
  return { batchId, startsOn, endsOn: d.window!.endsOn };
}
