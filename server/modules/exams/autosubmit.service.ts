// R-EXAM-02: the server's side of the end. A loop in every app process (all state is in the database, so several
// processes may sweep at once: each submission is a conditional update that only one wins) submits every started
// attempt whose deadline + grace has passed and whose room is not paused (kind `auto`), then scores submitted
// attempts in batches. Scores wait for the scoring issue's sign-off: candidates are never shown them here.
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.js';
import { examAnswers, examAttempts } from '../../db/schema/index.js';
import type { PartialCreditRule } from '../../../shared/itembank.js';
import { multiplePartialCredit, publishedPaperKey } from '../itembank/itembank.reads.js';
import { cbtSettings, rowsOf, submitAttempt } from './cbt.store.js';
import { scorePaper, type KeyItem } from './scoring.rules.js';

/** Submits every attempt past deadline + grace (room not paused); returns how many. */
export async function autoSubmitDue(db: DbOrTx, limit = 500): Promise<number> {
  const grace = (await cbtSettings(db)).graceSeconds;
  const due = rowsOf<{ id: string }>(
    await db.execute(sql`
      select a.id from exam_attempts a join exam_room_sessions r on r.id = a.room_session_id
       where a.state = 'started' and r.paused_at is null
         and a.deadline_at + make_interval(secs => ${grace}) < now()
       order by a.deadline_at limit ${limit}`),
  );
  let n = 0;
  for (const { id } of due) {
    const done = await submitAttempt(db, {
      where: sql`a.id = ${id} and r.paused_at is null and a.deadline_at + make_interval(secs => ${grace}) < now()`,
      kind: 'auto',
      key: null,
    });
    if (done) n++;
  }
  return n;
}

const keyCache = new Map<string, KeyItem[]>();

async function keyOf(db: DbOrTx, paperId: string): Promise<KeyItem[] | null> {
  const hit = keyCache.get(paperId);
  if (hit) return hit;
  const key = await publishedPaperKey(db, paperId);
  if (!key) return null;
  if (keyCache.size > 20_000) keyCache.clear();
  keyCache.set(paperId, key);
  return key;
}

/** R-EXAM-02: scores submitted, unscored attempts (a batch); returns how many. */
export async function scoreSubmitted(db: DbOrTx, limit = 200): Promise<number> {
  const rows = await db
    .select({ id: examAttempts.id, paperId: examAttempts.paperId })
    .from(examAttempts)
    .where(and(eq(examAttempts.state, 'submitted'), isNull(examAttempts.scoredAt)))
    .limit(limit);
  if (!rows.length) return 0;
  const rule: PartialCreditRule = await multiplePartialCredit(db);
  const answers = await db
    .select({ attemptId: examAnswers.attemptId, itemNo: examAnswers.itemNo, value: examAnswers.value })
    .from(examAnswers)
    .where(
      inArray(
        examAnswers.attemptId,
        rows.map((r) => r.id),
      ),
    );
  const byAttempt = new Map<string, Map<number, string>>();
  for (const a of answers) {
    if (!byAttempt.has(a.attemptId)) byAttempt.set(a.attemptId, new Map());
    byAttempt.get(a.attemptId)!.set(a.itemNo, a.value);
  }
  let n = 0;
  for (const r of rows) {
    const key = await keyOf(db, r.paperId);
    if (!key) continue;
    const { score, detail } = scorePaper(key, byAttempt.get(r.id) ?? new Map(), rule);
    await db
      .update(examAttempts)
      .set({ score: score.toFixed(2), scoreDetail: detail, scoredAt: new Date() })
      .where(and(eq(examAttempts.id, r.id), isNull(examAttempts.scoredAt)));
    n++;
  }
  return n;
}

/** One sweep: due submissions, then scoring. */
export async function sweepOnce(db: DbOrTx) {
  const submitted = await autoSubmitDue(db);
  let scored = 0;
  for (let i = 0; i < 10; i++) {
    const k = await scoreSubmitted(db);
    scored += k;
    if (k < 200) break;
  }
  return { submitted, scored };
}

/** The loop of one app process: a sweep every `everyMs` (2 s), never two at once; errors are logged, not thrown. */
export function startAutoSubmit(db: Db, log: { error: (o: object, m: string) => void }, everyMs = 2_000) {
  let running = false;
  let stopped = false;
  const timer = setInterval(() => {
    if (running || stopped) return;
    running = true;
    sweepOnce(db)
      .catch((err: unknown) => log.error({ err }, 'exam auto-submit sweep failed'))
      .finally(() => {
        running = false;
      });
  }, everyMs);
  timer.unref();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      while (running) await new Promise((r) => setTimeout(r, 20));
    },
  };
}
