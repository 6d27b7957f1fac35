import { randomUUID } from 'node:crypto';
import { and, desc, eq, lt, or, sql, isNull } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.js';
import { rowsOf } from '../../db/client.js';
import { jobs } from '../../db/schema/index.js';
import type { Actor } from '../../http/access.js';
import { AppError, notFound } from '../../http/errors.js';
import { presentJob } from './jobs.present.js';

type JobRow = typeof jobs.$inferSelect;

export interface JobContext {
  job: JobRow;
  /** Reports progress (0..100) and a short Chinese message; also the job's heartbeat. */
  progress(percent: number, message?: string): Promise<void>;
}
export type JobHandler = (ctx: JobContext) => Promise<Record<string, unknown>>;

/** How long a running job may go without a heartbeat before another worker takes it back. */
const STALE_MS = 30_000;
/** A job is tried at most this many times (a restart mid-way counts as a try). */
const MAX_ATTEMPTS = 2;
const POLL_MS = 300;

/**
 * Durable jobs in the database. A worker claims the oldest queued job with FOR UPDATE SKIP LOCKED, so several
 * processes on one PostgreSQL never run the same job twice; a job whose worker died is queued again (or failed,
 * visibly, after MAX_ATTEMPTS).
 */
export class JobRunner {
  readonly workerId = randomUUID();
  private handlers = new Map<string, { name: string; run: JobHandler }>();
  private timer: NodeJS.Timeout | null = null;
  private current: Promise<void> | null = null;
  private stopping = false;

  constructor(private db: Db) {}

  register(kind: string, name: string, run: JobHandler) {
    this.handlers.set(kind, { name, run });
  }

  kindName(kind: string) {
    return this.handlers.get(kind)?.name ?? kind;
  }

  async enqueue(tx: DbOrTx, kind: string, params: object, ownerId: string | null): Promise<string> {
    if (!this.handlers.has(kind)) throw new AppError('INTERNAL', `未知的任务类型：${kind}`);
    const [row] = await tx.insert(jobs).values({ kind, params, ownerId }).returning({ id: jobs.id });
    return row.id;
  }

  start() {
    this.stopping = false;
    const tick = async () => {
      if (this.stopping) return;
      try {
        await this.recoverOrphans();
        while (!this.stopping && (await this.runOne())) {
          /* drain the queue */
        }
      } catch (err) {
        console.error('job runner', err);
      }
      if (!this.stopping) this.timer = setTimeout(tick, POLL_MS);
    };
    this.timer = setTimeout(tick, 0);
  }

  /** Stops claiming and waits for the job in hand (graceful shutdown). */
  async stop() {
    this.stopping = true;
    if (this.timer) clearTimeout(this.timer);
    await this.current;
  }

  /** Requeues (or fails) jobs whose worker stopped sending heartbeats, e.g. after a crash or restart. */
  async recoverOrphans(now = new Date()) {
    const stale = new Date(now.getTime() - STALE_MS);
    const orphanCond = and(eq(jobs.status, 'running'), or(lt(jobs.heartbeatAt, stale), isNull(jobs.heartbeatAt)));
    await this.db
      .update(jobs)
      .set({ status: 'failed', error: '服务中断，任务已重试仍未完成，请重新发起', finishedAt: now, lockedBy: null })
      .where(and(orphanCond, sql`${jobs.attempts} >= ${MAX_ATTEMPTS}`));
    await this.db
      .update(jobs)
      .set({ status: 'queued', message: '服务重启，任务已重新排队', lockedBy: null })
      .where(and(orphanCond, sql`${jobs.attempts} < ${MAX_ATTEMPTS}`));
  }

  /** Claims and runs one queued job; false when there was none. */
  async runOne(): Promise<boolean> {
    const claimed = rowsOf<{ id: string }>(
      await this.db.execute(sql`
        update jobs set status = 'running', locked_by = ${this.workerId}, attempts = attempts + 1,
          started_at = now(), heartbeat_at = now()
        where id = (select id from jobs where status = 'queued' order by created_at for update skip locked limit 1)
        returning id`),
    );
    if (claimed.length === 0) return false;
    const [job] = await this.db.select().from(jobs).where(eq(jobs.id, claimed[0].id));
    this.current = this.execute(job);
    await this.current;
    this.current = null;
    return true;
  }

  private async execute(job: JobRow) {
    const handler = this.handlers.get(job.kind);
    const mine = and(eq(jobs.id, job.id), eq(jobs.lockedBy, this.workerId));
    try {
      if (!handler) throw new Error(`no handler for ${job.kind}`);
      let last = 0;
      const result = await handler.run({
        job,
        progress: async (percent, message) => {
          const p = Math.max(0, Math.min(99, Math.round(percent)));
          if (p === last && !message) return;
          last = p;
          await this.db
            .update(jobs)
            .set({ progress: p, message: message ?? null, heartbeatAt: new Date() })
            .where(mine);
        },
      });
      await this.db
        .update(jobs)
        .set({ status: 'succeeded', progress: 100, result, message: null, finishedAt: new Date(), lockedBy: null })
        .where(mine);
    } catch (err) {
      const message = err instanceof AppError ? err.message : '任务执行出错，请联系系统管理员';
      console.error(`job ${job.id} (${job.kind}) failed`, err);
      await this.db
        .update(jobs)
        .set({ status: 'failed', error: message, finishedAt: new Date(), lockedBy: null })
        .where(mine);
    }
  }
}

/** The jobs the user started, newest first (the latest 50): to come back to an export or an import later. */
export async function listOwnJobs(db: Db, runner: JobRunner, opts: { actor: Actor | null }) {
  if (!opts.actor) throw new AppError('UNAUTHENTICATED', '请先登录');
  const rows = await db
    .select()
    .from(jobs)
    .where(eq(jobs.ownerId, opts.actor.userId))
    .orderBy(desc(jobs.createdAt))
    .limit(50);
  return { items: rows.map((j) => presentJob(j, runner.kindName(j.kind))) };
}

/** A job is seen by whoever started it, and by the system admin. */
export async function getJob(db: Db, runner: JobRunner, opts: { actor: Actor | null; id: string }) {
  if (!opts.actor) throw new AppError('UNAUTHENTICATED', '请先登录');
  const [row] = await db.select().from(jobs).where(eq(jobs.id, opts.id));
  if (!row || (row.ownerId !== opts.actor.userId && opts.actor.role !== 'admin')) throw notFound('任务');
  return presentJob(row, runner.kindName(row.kind));
}
