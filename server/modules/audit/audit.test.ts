import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { auditLog } from '../../db/schema/index.js';
import { systemActor } from '../../http/access.js';
import { recordAudit, verifyAuditChain } from './audit.service.js';
import { canonicalJson } from './audit.rules.js';
import { migrateDatabase, openPglite } from '../../db/client.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ startJobs: true });
});
afterAll(async () => t.close());

describe('R-AUD-01 audit trail', () => {
  it('R-AUD-01: a change writes who, when, from where, what, before and after in the same transaction', async () => {
    const admin = await t.login('admin');
    const res = await admin.post('/api/v1/colleges', { code: 'AUD', name: '审计测试学院' });
    expect(res.statusCode).toBe(200);
    const id = res.json().id;
    await admin.put(`/api/v1/colleges/${id}`, { code: 'AUD', name: '审计测试学院（改）' });
    const rows = await t.database.db
      .select()
      .from(auditLog)
      .where(sql`${auditLog.entityId} = ${id}`)
      .orderBy(auditLog.seq);
    expect(rows.map((r) => r.action)).toEqual(['create', 'update']);
    const upd = rows[1];
    expect(upd.actorName).toBe('系统管理员');
    expect(upd.actorRole).toBe('admin');
    expect(upd.ip).toBeTruthy();
    expect((upd.before as { name: string }).name).toBe('审计测试学院');
    expect((upd.after as { name: string }).name).toBe('审计测试学院（改）');
  });

  it('R-AUD-01: a refused change leaves no audit row and no data', async () => {
    const before = await t.database.db.select({ n: sql<number>`count(*)::int` }).from(auditLog);
    const admin = await t.login('admin'); // the login itself is audited
    const afterLogin = await t.database.db.select({ n: sql<number>`count(*)::int` }).from(auditLog);
    expect(Number(afterLogin[0].n)).toBe(Number(before[0].n) + 1);
    const dup = await admin.post('/api/v1/colleges', { code: 'JD', name: '重复编码学院' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.message).toMatch(/编码/);
    const after = await t.database.db.select({ n: sql<number>`count(*)::int` }).from(auditLog);
    expect(Number(after[0].n)).toBe(Number(afterLogin[0].n));
  });

  it('R-AUD-01: concurrent writers never chain to the same predecessor (bites on PostgreSQL; PGlite runs one connection)', async () => {
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        t.database.db.transaction((tx) =>
          recordAudit(tx, systemActor, { action: 'update', entity: 'test', entityId: String(i) }),
        ),
      ),
    );
    const dupPrev = await t.database.db.execute(
      sql`select prev_hash, count(*) from audit_log group by prev_hash having count(*) > 1`,
    );
    expect((dupPrev as unknown as { rows: unknown[] }).rows).toHaveLength(0);
    expect((await verifyAuditChain(t.database.db)).ok).toBe(true);
  });

  it('R-AUD-01: the database refuses UPDATE and DELETE of audit rows', async () => {
    // The trigger's own refusal (insufficient_privilege), not any other failure of the statement.
    const refusal = async (query: Promise<unknown>) => {
      const e = await query.then(
        () => null,
        (err: unknown) => err as { message: string; code?: string; cause?: { message: string; code?: string } },
      );
      expect(e).not.toBeNull();
      const { message, code } = e!.cause ?? e!;
      return { message, code };
    };
    expect(await refusal(t.database.db.execute(sql`update audit_log set action = 'x' where seq = 1`))).toEqual({
      message: 'audit_log is append-only (UPDATE), R-AUD-01',
      code: '42501',
    });
    expect(await refusal(t.database.db.execute(sql`delete from audit_log where seq = 1`))).toEqual({
      message: 'audit_log is append-only (DELETE), R-AUD-01',
      code: '42501',
    });
    expect(await refusal(t.database.db.execute(sql`truncate audit_log`))).toEqual({
      message: 'audit_log is append-only (TRUNCATE), R-AUD-01',
      code: '42501',
    });
  });

  it('R-AUD-01: tampering with one byte of a row is detected at that row', async () => {
    const report = await verifyAuditChain(t.database.db);
    expect(report.ok).toBe(true);
    const target = Math.max(2, Math.floor(report.checked / 2));
    const [{ entity }] = await t.database.db
      .select({ entity: auditLog.entity })
      .from(auditLog)
      .where(sql`${auditLog.seq} = ${target}`);
    // An attacker with owner rights disables the guard and sets one row's entity (changing its first character).
    const setEntity = (value: string) =>
      t.database.db.transaction(async (tx) => {
        await tx.execute(sql`alter table audit_log disable trigger audit_log_no_update_delete`);
        await tx.execute(sql`update audit_log set entity = ${value} where seq = ${target}`);
        await tx.execute(sql`alter table audit_log enable trigger audit_log_no_update_delete`);
      });
    await setEntity(`X${entity.slice(1)}`);
    try {
      const broken = await verifyAuditChain(t.database.db);
      expect(broken.ok).toBe(false);
      expect(broken.firstBroken?.seq).toBe(target);
      expect(broken.checked).toBe(target - 1);
    } finally {
      await setEntity(entity); // the chain is sound again for the other cases
    }
    expect((await verifyAuditChain(t.database.db)).ok).toBe(true);
  });

  it('R-AUD-01: hashes do not depend on the key order jsonb gives back', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: null } })).toBe(
      canonicalJson({ a: { c: null, d: [1, { x: 1, y: 2 }] }, b: 1 }),
    );
  });
});

describe('audit page and export', () => {
  it('R-AUD-01: the centre head searches the trail by person, entity and date', async () => {
    // This case's own college change by the admin, today.
    const admin = await t.login('admin');
    expect((await admin.post('/api/v1/colleges', { code: 'AUDS', name: '审计检索学院' })).statusCode).toBe(200);
    const head = await t.login('zhuren');
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const res = await head.get(
      `/api/v1/audit?actor=${encodeURIComponent('系统管理员')}&entity=college&from=${today}&to=${today}`,
    );
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.total).toBeGreaterThan(0);
    expect(
      body.items.every(
        (r: { entity: string; actorName: string }) => r.entity === 'college' && r.actorName === '系统管理员',
      ),
    ).toBe(true);
    const bad = await head.get('/api/v1/audit?from=2026-13-45x');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/开始日期/);
  });

  it('R-AUD-01: the trail is not readable by roles outside the centre leadership', async () => {
    for (const u of ['kaowu', 'jidian', 'kaopingyuan', 'caiwu']) {
      expect((await (await t.login(u)).get('/api/v1/audit')).statusCode).toBe(403);
    }
  });

  it('exports the trail to Excel as a durable job with progress', async () => {
    const admin = await t.login('admin');
    expect((await admin.post('/api/v1/colleges', { code: 'AUDX', name: '审计导出学院' })).statusCode).toBe(200);
    const head = await t.login('zhuren');
    const started = await head.post('/api/v1/audit/exports', { entity: 'college' });
    expect(started.statusCode).toBe(200);
    const jobId = started.json().jobId;
    let job;
    for (let i = 0; i < 100; i++) {
      job = (await head.get(`/api/v1/jobs/${jobId}`)).json();
      if (job.status === 'succeeded' || job.status === 'failed') break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(job.status).toBe('succeeded');
    expect(job.progress).toBe(100);
    const file = await head.get(`/api/v1/files/${job.result.fileId}`);
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.subarray(0, 2).toString()).toBe('PK');
    // Another user cannot see the job or its file.
    const other = await t.login('kaowu');
    expect((await other.get(`/api/v1/jobs/${jobId}`)).statusCode).toBe(404);
  });
});

describe('npm run audit:verify', () => {
  it('R-AUD-01: the command passes a sound chain and names the first broken row of a tampered one', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'skillcert-verify-'));
    const database = await openPglite({ dataDir: path.join(dataDir, 'pgdata') });
    await migrateDatabase(database);
    for (let i = 0; i < 5; i++)
      await database.db.transaction((tx) =>
        recordAudit(tx, systemActor, { action: 'update', entity: 'test', entityId: String(i) }),
      );
    await database.close();
    const run = () =>
      spawnSync('npx', ['tsx', 'server/modules/audit/verify.cli.ts'], {
        encoding: 'utf8',
        env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' },
      });
    const good = run();
    expect(good.status).toBe(0);
    expect(good.stdout).toMatch(/共 5 条/);
    const again = await openPglite({ dataDir: path.join(dataDir, 'pgdata') });
    await again.db.transaction(async (tx) => {
      await tx.execute(sql`alter table audit_log disable trigger audit_log_no_update_delete`);
      await tx.execute(sql`update audit_log set after = '{"x":1}' where seq = 3`);
      await tx.execute(sql`alter table audit_log enable trigger audit_log_no_update_delete`);
    });
    await again.close();
    const bad = run();
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/第 3 条/);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);
});
