import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, inArray } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { jobs, users } from '../../db/schema/index.js';
import { JobRunner } from './jobs.service.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('durable jobs', () => {
  it('a job whose worker died is queued again, and fails visibly after its last attempt', async () => {
    const runner = new JobRunner(t.database.db);
    runner.register('test.noop', '测试任务', async () => ({}));
    const old = new Date(Date.now() - 5 * 60_000);
    const [again] = await t.database.db
      .insert(jobs)
      .values({ kind: 'test.noop', status: 'running', attempts: 1, heartbeatAt: old, lockedBy: 'dead-worker' })
      .returning();
    const [last] = await t.database.db
      .insert(jobs)
      .values({ kind: 'test.noop', status: 'running', attempts: 2, heartbeatAt: old, lockedBy: 'dead-worker' })
      .returning();
    const [alive] = await t.database.db
      .insert(jobs)
      .values({ kind: 'test.noop', status: 'running', attempts: 1, heartbeatAt: new Date(), lockedBy: 'live-worker' })
      .returning();
    await runner.recoverOrphans();
    const get = async (id: string) => (await t.database.db.select().from(jobs).where(eq(jobs.id, id)))[0];
    expect((await get(again.id)).status).toBe('queued');
    expect((await get(again.id)).message).toMatch(/重新排队/);
    expect((await get(last.id)).status).toBe('failed');
    expect((await get(last.id)).error).toMatch(/服务中断/);
    expect((await get(alive.id)).status).toBe('running');
    // The requeued job then runs to completion.
    while (await runner.runOne()) {
      /* drain */
    }
    expect((await get(again.id)).status).toBe('succeeded');
  });

  it('two workers never run the same job (bites on PostgreSQL; PGlite runs one connection)', async () => {
    const ran: string[] = [];
    const make = () => {
      const r = new JobRunner(t.database.db);
      r.register('test.count', '计数任务', async (ctx) => {
        ran.push(ctx.job.id);
        await ctx.progress(50, '一半');
        return {};
      });
      return r;
    };
    const a = make();
    const b = make();
    await t.database.db.transaction(async (tx) => {
      for (let i = 0; i < 10; i++) await a.enqueue(tx, 'test.count', { i }, null);
    });
    const drain = async (r: JobRunner) => {
      while (await r.runOne()) {
        /* drain */
      }
    };
    await Promise.all([drain(a), drain(b)]);
    expect(ran).toHaveLength(10);
    expect(new Set(ran).size).toBe(10);
  });

  it('each user lists only the jobs it started, newest first; anonymous gets 401', async () => {
    const [kaowu, jidian] = [await t.login('kaowu'), await t.login('jidian')];
    const ids = async (c: typeof kaowu) =>
      ((await c.get('/api/v1/jobs')).json().items as { id: string }[]).map((j) => j.id);
    const before = await ids(kaowu);
    const [u] = await t.database.db.select().from(users).where(eq(users.username, 'kaowu'));
    const first = await t.database.db.transaction((tx) => t.app.ctx.jobs.enqueue(tx, 'audit.export', {}, u.id));
    const second = await t.database.db.transaction((tx) => t.app.ctx.jobs.enqueue(tx, 'audit.export', {}, u.id));
    expect(await ids(kaowu)).toEqual([second, first, ...before]);
    const listed = (await kaowu.get('/api/v1/jobs')).json().items[0];
    expect(listed).toMatchObject({ id: second, kindName: '导出审计日志', status: 'queued' });
    expect(await ids(jidian)).not.toContain(first);
    expect((await t.anonymous().get('/api/v1/jobs')).statusCode).toBe(401);
    // Out of the queue again, so the other tests' runners claim only their own jobs.
    await t.database.db
      .update(jobs)
      .set({ status: 'failed', error: '测试' })
      .where(inArray(jobs.id, [first, second]));
  });

  it('a failing job records a Chinese error and never a stack trace', async () => {
    const r = new JobRunner(t.database.db);
    r.register('test.fail', '失败任务', async () => {
      throw new Error('boom at line 12');
    });
    const id = await t.database.db.transaction((tx) => r.enqueue(tx, 'test.fail', {}, null));
    await r.runOne();
    const [row] = await t.database.db.select().from(jobs).where(eq(jobs.id, id));
    expect(row.status).toBe('failed');
    expect(row.error).toBe('任务执行出错，请联系系统管理员');
  });
});
